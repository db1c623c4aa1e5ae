"""The file dialogs behind :class:`desktop.common.prompts.Prompts` (open, open several, save, folder):
where each starts, what it remembers, and Qt's own dialog in the app's language.

**Where a dialog starts** (:func:`start_folder`): the folder the caller gives when it is there (the
USB stick the exchange screens show, the folder of a path typed), else the folder last used for the
same purpose (``Settings.last_folder``: ``"excel"``, ``"pdf"``, ``"exchange"`` …), else the
Documents folder, else the home folder — never the working directory. What the person chooses
becomes the purpose's last folder (:func:`remember_choice`).

**Qt's own dialog** (used where there is no native one: Linux desktops without a platform dialog,
the offscreen tests) speaks Chinese through ``qtbase_zh_CN`` (:mod:`desktop.shell.qt_translations`),
but its list takes sizes and dates from the system's locale (``QLocale::system()``: "25.3 KiB",
"2 12 2026" on an English or C system). :class:`LocalisedFileDialog` shows them in the app's
locale (``QLocale()``, set at start to Chinese or English): "25.3 KB", "2026/12/2 09:51".
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, QStandardPaths, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFileSystemModel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from desktop.common.settings import settings

SIZE_COLUMN = 1  # QFileSystemModel's columns: name, size, type, date modified
TYPE_COLUMN = 2
DATE_COLUMN = 3
_FIRST_SUFFIX = re.compile(r"\*\.([A-Za-z0-9]+)")


class DialogKind(Enum):
    OPEN = "open"
    OPEN_MANY = "open_many"
    SAVE = "save"
    FOLDER = "folder"


def documents_folder() -> Path:
    """The user's Documents folder when it is there, else the home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _usable(folder: str | Path | None) -> Path | None:
    if folder is None or str(folder) in ("", "."):
        return None
    path = Path(folder)
    return path if path.is_absolute() and path.is_dir() else None


def start_folder(purpose: str, folder: str | Path | None = None) -> Path:
    """Where a file dialog for ``purpose`` starts: ``folder`` when it is there, else the folder
    last used for ``purpose``, else Documents (see the module's notes)."""
    return _usable(folder) or _usable(settings().last_folder(purpose)) or documents_folder()


def remember_choice(purpose: str, chosen: Path, *, is_folder: bool = False) -> None:
    """The next dialog for ``purpose`` starts where ``chosen`` is (or in ``chosen``, a folder)."""
    folder = chosen if is_folder else chosen.parent
    if folder.is_absolute():
        settings().set_last_folder(purpose, folder)


def split_suggestion(suggested: str | Path) -> tuple[Path | None, str]:
    """A save dialog's suggestion → (its folder, or None when only a name is given; the name)."""
    path = Path(suggested)
    if not str(suggested) or path.name == str(suggested):
        return None, str(suggested)
    return path.parent, path.name


def default_suffix(file_filter: str) -> str:
    """The extension of the filter's first pattern (``"PDF 文件 (*.pdf)"`` → ``"pdf"``), or ""."""
    match = _FIRST_SUFFIX.search(file_filter)
    return match.group(1) if match is not None else ""


class LocalisedColumns(QStyledItemDelegate):
    """The file list's size and date columns in the app's locale (``QLocale()``)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        model = index.model()
        if not isinstance(model, QFileSystemModel):
            return
        if index.column() == SIZE_COLUMN:
            option.text = "" if model.isDir(index) else size_text(model.size(index))
        elif index.column() == DATE_COLUMN:
            modified = model.lastModified(index)
            text = QLocale().toString(modified, QLocale.FormatType.ShortFormat) if modified.isValid() else ""
            option.text = text


def size_text(size: int) -> str:
    """A file's size as people read it in the app's language: ``25.3 KB`` (1 KB = 1024 bytes, as
    Windows shows it)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class LocalisedFileDialog(QFileDialog):
    """Qt's file dialog, its sizes and dates in the app's locale (a native dialog is left as it is)."""

    def showEvent(self, event: QShowEvent) -> None:
        self.localise_list()
        super().showEvent(event)

    def localise_list(self) -> bool:
        """Show the list's sizes and dates in the app's locale; False when there is no list (a
        native dialog)."""
        view = self.findChild(QTreeView, "treeView")
        if view is None:
            return False
        if not isinstance(view.itemDelegateForColumn(DATE_COLUMN), LocalisedColumns):
            delegate = LocalisedColumns(view)
            view.setItemDelegateForColumn(SIZE_COLUMN, delegate)
            view.setItemDelegateForColumn(DATE_COLUMN, delegate)
            widen_columns(view)
        return True


def widen_columns(view: QTreeView) -> None:
    """Room for a size, a type and a date as they are written (Qt's widths cut them short:
    "25…iB")."""
    metrics = view.fontMetrics()
    header = view.header()
    padding = 4 * metrics.averageCharWidth()
    samples = {
        SIZE_COLUMN: size_text(1023 * 1024 * 1024),
        TYPE_COLUMN: "Microsoft Excel 工作表",
        DATE_COLUMN: QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale.FormatType.ShortFormat),
    }
    for column, sample in samples.items():
        wanted = metrics.horizontalAdvance(sample) + padding
        if column < header.count() and header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)


def make_dialog(
    parent: QWidget | None, kind: DialogKind, title: str, start: Path, file_filter: str = "", name: str = ""
) -> LocalisedFileDialog:
    """A file dialog of ``kind`` in ``start`` (``name`` suggested when saving); not shown yet."""
    dialog = LocalisedFileDialog(parent, title, str(start), file_filter)
    if kind is DialogKind.SAVE:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        suffix = default_suffix(file_filter)
        if suffix:  # a name typed without it gets it, and replacing that file is asked about
            dialog.setDefaultSuffix(suffix)
        if name:
            dialog.selectFile(str(start / name))
    elif kind is DialogKind.FOLDER:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        many = kind is DialogKind.OPEN_MANY
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if many else QFileDialog.FileMode.ExistingFile)
    dialog.setDirectory(str(start))
    return dialog


def ask(
    parent: QWidget | None,
    kind: DialogKind,
    title: str,
    purpose: str,
    folder: str | Path | None,
    file_filter: str = "",
    name: str = "",
) -> list[Path]:
    """Show a file dialog of ``kind`` for ``purpose`` (modal) and remember where the choice was;
    the paths chosen (empty when cancelled)."""
    dialog = make_dialog(parent, kind, title, start_folder(purpose, folder), file_filter, name)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        chosen = [Path(path) for path in dialog.selectedFiles() if path]
    finally:
        dialog.deleteLater()
    if chosen:
        remember_choice(purpose, chosen[0], is_folder=kind is DialogKind.FOLDER)
    return chosen
