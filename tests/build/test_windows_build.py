"""The Windows build's inputs (build_scripts/windows/): icon, version resource, installer script.

Nothing here runs on Windows; these check the files are present, current and say what they must.
"""

from __future__ import annotations

import struct
from pathlib import Path

from build_scripts.windows import make_version_info

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "build_scripts" / "windows"


def _ico_sizes(path: Path) -> set[int]:
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)  # an icon file
    sizes = set()
    for index in range(count):
        width, height = struct.unpack_from("<BB", data, 6 + 16 * index)
        assert width == height
        sizes.add(width or 256)
    return sizes


def test_icon_has_the_windows_sizes() -> None:
    assert {16, 32, 48, 256} <= _ico_sizes(WINDOWS / "shequ.ico")


def test_window_icon_png(qapp) -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(ROOT / "resources" / "icons" / "shequ.png"))
    assert (image.width(), image.height()) == (256, 256)


def test_version_info_is_current() -> None:
    """After changing desktop.__version__, run build_scripts/windows/make_version_info.py."""
    from desktop import __version__

    text = (WINDOWS / "version_info.txt").read_text("utf-8")
    assert text == make_version_info.render(__version__)
    assert "StringStruct('FileDescription', '社区台账')" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text


def test_installer_is_per_user_and_keeps_the_data() -> None:
    raw = (WINDOWS / "shequ.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Inno Setup reads the Chinese right
    text = raw.decode("utf-8-sig")
    lines = [line.strip() for line in text.splitlines()]
    assert "PrivilegesRequired=lowest" in lines
    assert r"DefaultDirName={localappdata}\Programs\Shequ" in lines
    assert any(line.startswith(r'Source: "..\..\dist\shequ\*"') for line in lines)
    assert any(line.startswith(r'Name: "{autoprograms}\{#AppName}"') for line in lines)
    assert '#define AppName "社区台账"' in lines
    start = lines.index("[UninstallDelete]")
    following = lines[start + 1 :]
    end = next((i for i, line in enumerate(following) if line.startswith("[")), len(following))
    section = "\n".join(following[:end])
    entries = [line for line in section.splitlines() if line.strip() and not line.lstrip().startswith(";")]
    assert entries and all('Name: "{app}' in line for line in entries)  # never the data folder
