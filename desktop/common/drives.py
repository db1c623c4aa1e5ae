"""Where exchange files go: the USB sticks plugged in, or another folder chosen.

:func:`mounted_drives` lists the writable volumes, removable ones (USB sticks) first — on Windows
by the drive type (``GetDriveTypeW``, asked with the root in Windows' own form, ``E:\\``, not
Qt's ``E:/``), on Linux and macOS by where they are mounted (``/media``, ``/run/media``,
``/mnt``, ``/Volumes``). :class:`DriveChooser` shows them (name, folder, free space) with a
刷新 button and 其他位置… (any folder). The list's source can be given (tests give a folder).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from desktop.common.prompts import EXCHANGE, prompts

CONTEXT = "Drives"
OTHER = "\x00other"  # the item data of 其他位置…
NONE_FOUND = "\x00none"
REMOVABLE_ROOTS = ("/media", "/run/media", "/mnt", "/Volumes")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Drive:
    """A place to write exchange files to."""

    path: Path
    name: str
    free_bytes: int = -1  # unknown when negative
    removable: bool = True


DriveSource = Callable[[], list[Drive]]


class Volume(Protocol):
    """What :func:`mounted_drives` reads of a mounted volume (a ``QStorageInfo``, Qt's names)."""

    def isValid(self) -> bool: ...
    def isReady(self) -> bool: ...
    def isReadOnly(self) -> bool: ...
    def rootPath(self) -> str: ...
    def displayName(self) -> str: ...
    def name(self) -> str: ...
    def bytesAvailable(self) -> int: ...


DRIVE_REMOVABLE = 2  # GetDriveTypeW's answers that matter here
DRIVE_FIXED = 3


def native_root(root: str) -> str:
    """Qt's root path (``E:/``, ``//server/share/``) as Windows wants it (``E:\\``,
    ``\\\\server\\share\\``): backslashes, and one at the end (``GetDriveTypeW`` answers
    "no such root" for ``E:/`` and for ``E:``)."""
    native = root.replace("/", "\\")
    return native if native.endswith("\\") else native + "\\"


def _windows_drive_type(root: str) -> int:
    """``GetDriveTypeW`` for Qt's ``root``; 0 (unknown) without Windows' kernel32."""
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return 0
    return int(windll.kernel32.GetDriveTypeW(native_root(root)))


def _is_removable(root: str, windows: bool) -> bool:
    if windows:
        return _windows_drive_type(root) == DRIVE_REMOVABLE
    return any(root == base or root.startswith(base + "/") for base in REMOVABLE_ROOTS)


def _other_offered(root: str, windows: bool) -> bool:
    """A fixed volume worth offering: on Windows another drive letter than the system's (an
    external disk often says it is fixed); elsewhere none (the system's own mounts)."""
    if not windows:
        return False
    system = os.environ.get("SYSTEMDRIVE", "C:").rstrip("\\/").upper()
    return not root.upper().startswith(system) and _windows_drive_type(root) == DRIVE_FIXED


def mounted_drives(volumes: Iterable[Volume] | None = None, *, windows: bool | None = None) -> list[Drive]:
    """The writable volumes to offer, removable first, then by folder.

    ``volumes`` are Qt's mounted volumes unless given; ``windows`` (this system's unless given)
    says whether to ask Windows for each drive's type."""
    if volumes is None:
        from PySide6.QtCore import QStorageInfo

        volumes = QStorageInfo.mountedVolumes()
    if windows is None:
        windows = sys.platform == "win32"
    found: list[Drive] = []
    for volume in volumes:
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        root = volume.rootPath()
        removable = _is_removable(root, windows)
        if not removable and not _other_offered(root, windows):
            continue
        name = volume.displayName() or volume.name() or root
        found.append(Drive(Path(root), name, int(volume.bytesAvailable()), removable))
    found.sort(key=lambda drive: (not drive.removable, str(drive.path)))
    return found


def free_space_text(free_bytes: int) -> str:
    if free_bytes < 0:
        return ""
    return QLocale().formattedDataSize(free_bytes, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def drive_text(drive: Drive) -> str:
    """``U盘 KINGSTON（/media/usb，可用 12.3 GB）``"""
    kind = _t("U 盘") if drive.removable else _t("磁盘")
    free = free_space_text(drive.free_bytes)
    name = drive.name if drive.name and drive.name != str(drive.path) else ""
    where = _t("{0}，可用 {1}").format(drive.path, free) if free else str(drive.path)
    return f"{kind} {name}（{where}）" if name else f"{kind}（{where}）"


class DriveChooser(QWidget):
    """A drop-down of the drives plugged in (removable first), 其他位置…, and 刷新."""

    changed = Signal()

    def __init__(self, source: DriveSource | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source or mounted_drives
        self.other: Path | None = None  # a folder chosen with 其他位置…
        self.combo = QComboBox()
        self.combo.setAccessibleName(_t("保存到"))
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.refresh_button = QPushButton(_t("刷新"))
        self.refresh_button.setToolTip(_t("插入或拔出 U 盘后，点这里重新查找"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.refresh_button)
        self._previous = 0
        self.combo.activated.connect(self._activated)
        self.combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.refresh_button.clicked.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Look for the drives again (the choice stays when it is still there)."""
        kept = self.folder()
        try:
            drives = self.source()
        except OSError:
            drives = []
        self.combo.blockSignals(True)
        self.combo.clear()
        for drive in drives:
            self.combo.addItem(drive_text(drive), str(drive.path))
            self.combo.setItemData(self.combo.count() - 1, str(drive.path), Qt.ItemDataRole.ToolTipRole)
        if not any(drive.removable for drive in drives):
            self.combo.insertItem(0, _t("没有找到 U 盘：请插入 U 盘后点“刷新”"), NONE_FOUND)
        if self.other is not None and all(str(drive.path) != str(self.other) for drive in drives):
            self.combo.addItem(_t("文件夹（{0}）").format(self.other), str(self.other))
        self.combo.insertSeparator(self.combo.count())
        self.combo.addItem(_t("其他位置…"), OTHER)
        index = self.combo.findData(str(kept)) if kept is not None else -1
        if index < 0:
            index = next(
                (i for i in range(self.combo.count()) if self.combo.itemData(i) not in (NONE_FOUND, OTHER, None)), 0
            )
        self.combo.setCurrentIndex(index)
        self._previous = index
        self.combo.blockSignals(False)
        self.changed.emit()

    def folder(self) -> Path | None:
        """The folder chosen, or None (no drive found, nothing chosen)."""
        data = self.combo.currentData()
        if not isinstance(data, str) or data in (OTHER, NONE_FOUND):
            return None
        return Path(data)

    def choose_other(self) -> Path | None:
        """其他位置…: a folder chosen in the file dialog (kept in the list), or None."""
        start = self.folder() or self.other  # else the folder last used for exchange files
        chosen = prompts().choose_folder(self, _t("选择保存交换文件的文件夹"), start, purpose=EXCHANGE)
        if chosen is None:
            self.combo.setCurrentIndex(self._previous)
            return None
        self.other = chosen
        self.reload()
        self.combo.setCurrentIndex(self.combo.findData(str(chosen)))
        self._previous = self.combo.currentIndex()
        return chosen

    def select(self, folder: Path) -> None:
        """Choose ``folder`` (added to the list when it is not a drive)."""
        index = self.combo.findData(str(folder))
        if index < 0:
            self.other = folder
            self.reload()
            index = self.combo.findData(str(folder))
        self.combo.setCurrentIndex(index)
        self._previous = index

    def _activated(self, index: int) -> None:
        if self.combo.itemData(index) == OTHER:
            self.choose_other()
        else:
            self._previous = index
