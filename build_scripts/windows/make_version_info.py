"""Write ``build_scripts/windows/version_info.txt``, the Windows version resource of shequ.exe.

    .venv/bin/python build_scripts/windows/make_version_info.py

PyInstaller reads it (``EXE(..., version="build_scripts/windows/version_info.txt")`` in the spec,
or ``pyinstaller --version-file``); Explorer shows it under 属性 ▸ 详细信息. The version comes from
``desktop.__version__``; run this after changing it (``tests/build/test_windows_build.py`` checks).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "build_scripts" / "windows" / "version_info.txt"
COMPANY = "社区台账项目组"
PRODUCT = "社区台账"
DESCRIPTION = "社区台账"
COPYRIGHT = "© 2026 社区台账项目组"


def read_version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text("utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("no __version__ in desktop/__init__.py")
    return match.group(1)


def numeric(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → (0, 1, 0, 0); anything after the numbers (``rc1``, ``.dev2``) is dropped."""
    parts = [int(part) for part in re.findall(r"\d+", version.split("+", 1)[0])[:4]]
    return (*parts, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def render(version: str) -> str:
    four = numeric(version)
    dotted = ".".join(str(n) for n in four)
    strings = [
        ("CompanyName", COMPANY),
        ("FileDescription", DESCRIPTION),
        ("FileVersion", dotted),
        ("InternalName", "shequ"),
        ("LegalCopyright", COPYRIGHT),
        ("OriginalFilename", "shequ.exe"),
        ("ProductName", PRODUCT),
        ("ProductVersion", version),
    ]
    table = ",\n".join(f"          StringStruct('{key}', '{value}')" for key, value in strings)
    return f"""# UTF-8
# The Windows version resource of shequ.exe (PyInstaller VSVersionInfo).
# Made by build_scripts/windows/make_version_info.py from desktop.__version__ = "{version}"; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={four},
    prodvers={four},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '080404b0',
        [
{table}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""


def main() -> int:
    OUT.write_text(render(read_version()), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {read_version()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
