"""USB sticks on Windows: the drive type is asked with the root in Windows' own form.

Qt names a Windows volume's root ``E:/``; ``GetDriveTypeW`` answers DRIVE_NO_ROOT_DIR (1) for
that and wants ``E:\\``. Here Windows' kernel32 is a fake that answers, like the real one, only
for native roots, and the volumes are what ``QStorageInfo`` reports on a Windows PC with a system
disk, a second fixed disk, a USB stick and a CD drive.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop.common.drives import DriveChooser, mounted_drives, native_root

DRIVE_NO_ROOT_DIR = 1
# What GetDriveTypeW answers on that PC, by native root.
TYPES = {"C:\\": 3, "D:\\": 3, "E:\\": 2, "F:\\": 5}  # fixed, fixed, removable, CD-ROM


@dataclass
class WindowsVolume:
    """A volume as QStorageInfo describes it on Windows (root with a forward slash)."""

    root: str
    label: str
    free: int = 8_000_000_000
    read_only: bool = False

    def isValid(self) -> bool:
        return True

    def isReady(self) -> bool:
        return True

    def isReadOnly(self) -> bool:
        return self.read_only

    def rootPath(self) -> str:
        return self.root

    def displayName(self) -> str:
        return self.label

    def name(self) -> str:
        return self.label

    def bytesAvailable(self) -> int:
        return self.free


VOLUMES = [
    WindowsVolume("C:/", "系统"),
    WindowsVolume("D:/", "资料"),
    WindowsVolume("E:/", "KINGSTON", free=12_300_000_000),
    WindowsVolume("F:/", "光盘", free=0, read_only=True),
]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Windows' kernel32, faked: the roots GetDriveTypeW was asked about."""
    roots: list[str] = []

    def get_drive_type_w(root: str) -> int:
        roots.append(root)
        return TYPES.get(root, DRIVE_NO_ROOT_DIR)

    windll = SimpleNamespace(kernel32=SimpleNamespace(GetDriveTypeW=get_drive_type_w))
    monkeypatch.setattr(ctypes, "windll", windll, raising=False)
    monkeypatch.setenv("SYSTEMDRIVE", "C:")
    return roots


def test_native_root() -> None:
    assert native_root("E:/") == "E:\\"
    assert native_root("E:") == "E:\\"
    assert native_root("E:\\") == "E:\\"
    assert native_root("//server/share/") == "\\\\server\\share\\"
    assert native_root("C:/mnt/stick") == "C:\\mnt\\stick\\"  # a volume mounted in a folder


def test_the_usb_stick_is_offered_first(asked: list[str]) -> None:
    drives = mounted_drives(VOLUMES, windows=True)
    assert [(drive.path, drive.name, drive.removable) for drive in drives] == [
        (Path("E:/"), "KINGSTON", True),
        (Path("D:/"), "资料", False),  # another fixed disk: an external one often says it is fixed
    ]
    assert asked and all(root.endswith("\\") and "/" not in root for root in asked)
    assert "E:\\" in asked


def test_the_chooser_shows_the_stick(qtbot, asked: list[str]) -> None:  # type: ignore[no-untyped-def]
    chooser = DriveChooser(lambda: mounted_drives(VOLUMES, windows=True))
    qtbot.addWidget(chooser)
    assert chooser.folder() == Path("E:/")
    assert chooser.combo.currentText().startswith("U 盘 KINGSTON（")
    texts = [chooser.combo.itemText(i) for i in range(chooser.combo.count())]
    assert not any("没有找到 U 盘" in text for text in texts)
    assert any(text.startswith("磁盘 资料（") for text in texts)


def test_without_kernel32_nothing_is_taken_for_a_stick(monkeypatch: pytest.MonkeyPatch) -> None:
    """No answer from Windows (unknown type): no drive is offered, none is called a USB stick."""
    monkeypatch.delattr(ctypes, "windll", raising=False)
    assert mounted_drives(VOLUMES, windows=True) == []
