"""Questions the app asks people, behind one small service so tests can answer them.

Widgets call ``prompts().confirm(...)`` and friends instead of building message boxes, and
tests install a :class:`ScriptedPrompts` with the answers they want (Picard's
``UserDialogService`` pattern). The real service uses Qt's standard dialogs, which speak
Chinese once ``qtbase_zh_CN`` is loaded.

Every file dialog says what it is for (``purpose``: :data:`EXCEL`, :data:`PDF`, :data:`EXCHANGE` …):
it starts in the folder given (a USB stick, the folder of a path typed) when that is there, else in
the folder last used for that purpose, else in Documents, and remembers the new choice
(:mod:`desktop.common.file_dialogs`). :class:`ScriptedPrompts` goes through the same steps, so a test
sees where the dialog would have started and what it remembers.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


# What a file dialog is for: each purpose remembers its own last folder (desktop.common.settings).
EXCEL = "excel"  # workbooks imported and lists exported
TEMPLATE = "template"  # blank import templates
PDF = "pdf"  # returns saved, printed to a file or verified
EXCHANGE = "exchange"  # data bundles and the city's receipts (the USB stick first)
CERTIFICATE = "certificate"  # registration requests and certificates (the USB stick first)
BACKUP = "backup"  # copies of the database


@dataclass(frozen=True)
class FileQuestion:
    """A file dialog as :class:`ScriptedPrompts` saw it."""

    method: str  # "open_file", "open_files", "save_file", "choose_folder"
    purpose: str
    title: str
    start: Path  # the folder the dialog would have started in
    name: str = ""  # the file name a save dialog suggests
    file_filter: str = ""


class Choice(Enum):
    """The answer to "save your changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Prompts:
    """The real prompts: modal Qt dialogs."""

    def confirm(
        self, parent: QWidget | None, title: str, text: str, ok_label: str = "", *, danger: bool = False
    ) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question, title, text, parent=parent)
        ok = box.addButton(ok_label or _t("确定"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(_t("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel if danger else ok)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is ok

    def save_discard_cancel(self, parent: QWidget | None, title: str, text: str) -> Choice:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        save = box.addButton(_t("保存"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_t("不保存"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(_t("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return Choice.SAVE
        if clicked is discard:
            return Choice.DISCARD
        return Choice.CANCEL

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, default: str = "", *, password: bool = False
    ) -> str | None:
        """A line of text, or None when the person cancels."""
        mode = QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal
        text, accepted = QInputDialog.getText(parent, title, label, mode, default)
        return text if accepted else None

    def ask_passphrase(
        self,
        parent: QWidget | None,
        *,
        first_time: bool,
        title: str = "",
        intro: str = "",
        field_label: str = "",
        ok_label: str = "",
        minimum: int | None = None,
    ) -> str | None:
        """A passphrase (masked; the first time chosen and typed twice), or None when the person
        cancels. By default the office's signing passphrase; the other arguments adapt the dialog
        to another key (see :class:`desktop.common.passphrase.PassphraseDialog`)."""
        from desktop.common.passphrase import PassphraseDialog

        extra = {} if minimum is None else {"minimum": minimum}
        dialog = PassphraseDialog(
            first_time=first_time,
            parent=parent,
            title=title,
            intro=intro,
            field_label=field_label,
            ok_label=ok_label,
            **extra,
        )
        return dialog.passphrase() if dialog.exec() == PassphraseDialog.DialogCode.Accepted else None

    def choose(
        self, parent: QWidget | None, title: str, text: str, options: Sequence[str], default: int = 0
    ) -> int | None:
        """One of ``options`` (buttons, ``default`` the one Enter presses): its index, or None when
        the dialog is closed without a choice."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
        if buttons:
            box.setDefaultButton(buttons[default])
        box.exec()
        clicked = box.clickedButton()
        return next((index for index, button in enumerate(buttons) if button is clicked), None)

    def choose_folder(
        self, parent: QWidget | None, title: str, folder: str | Path | None = None, *, purpose: str
    ) -> Path | None:
        """A folder (a USB stick, a folder on the PC) for ``purpose``, or None."""
        from desktop.common.file_dialogs import DialogKind, ask

        chosen = ask(parent, DialogKind.FOLDER, title, purpose, folder)
        return chosen[0] if chosen else None

    def open_files(
        self, parent: QWidget | None, title: str, folder: str | Path | None, file_filter: str, *, purpose: str
    ) -> list[Path]:
        """Files to open for ``purpose`` (several may be chosen), or an empty list."""
        from desktop.common.file_dialogs import DialogKind, ask

        return ask(parent, DialogKind.OPEN_MANY, title, purpose, folder, file_filter)

    def open_file(
        self, parent: QWidget | None, title: str, folder: str | Path | None, file_filter: str, *, purpose: str
    ) -> Path | None:
        """A file to open for ``purpose``, or None."""
        from desktop.common.file_dialogs import DialogKind, ask

        chosen = ask(parent, DialogKind.OPEN, title, purpose, folder, file_filter)
        return chosen[0] if chosen else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str | Path, file_filter: str, *, purpose: str
    ) -> Path | None:
        """Where to save a file for ``purpose``, or None. ``suggested`` is the file name (in the
        purpose's folder) or a path (its folder used when it is there). The filter's first
        extension is added to a name typed without it, and the dialog asks before replacing a file."""
        from desktop.common.file_dialogs import DialogKind, ask, split_suggestion

        folder, name = split_suggestion(suggested)
        chosen = ask(parent, DialogKind.SAVE, title, purpose, folder, file_filter, name)
        return chosen[0] if chosen else None


class ScriptedPrompts(Prompts):
    """Answers given in advance, for tests: each call takes the next answer of its kind.

    Every question asked is kept in ``asked`` as ``(method, title, text)`` so a test can check
    what the person would have seen. A question with no answer left fails the test loudly.
    """

    def __init__(self, **answers: list[Any]) -> None:
        self.answers: dict[str, deque[Any]] = {name: deque(values) for name, values in answers.items()}
        self.asked: list[tuple[str, str, str]] = []
        self.files: list[FileQuestion] = []  # the file dialogs, with their purpose and start folder

    def _file(
        self,
        method: str,
        purpose: str,
        title: str,
        folder: str | Path | None,
        file_filter: str,
        name: str = "",
    ) -> Any:
        """The next answer to a file dialog, which starts (and remembers) as the real one does;
        ``asked`` gets the folder it starts in (a save dialog: the path it suggests)."""
        from desktop.common.file_dialogs import start_folder

        start = start_folder(purpose, folder)
        self.files.append(FileQuestion(method, purpose, title, start, name, file_filter))
        return self._next(method, title, str(start / name) if name else str(start))

    @staticmethod
    def _remember(purpose: str, chosen: Path | None, *, is_folder: bool = False) -> Path | None:
        if chosen is not None:
            from desktop.common.file_dialogs import remember_choice

            remember_choice(purpose, chosen, is_folder=is_folder)
        return chosen

    def _next(self, method: str, title: str, text: str) -> Any:
        self.asked.append((method, title, text))
        queue = self.answers.get(method)
        if not queue:
            raise AssertionError(f"unexpected {method} prompt: {title} / {text}")
        return queue.popleft()

    def confirm(
        self, parent: QWidget | None, title: str, text: str, ok_label: str = "", *, danger: bool = False
    ) -> bool:
        return bool(self._next("confirm", title, text))

    def save_discard_cancel(self, parent: QWidget | None, title: str, text: str) -> Choice:
        answer = self._next("save_discard_cancel", title, text)
        return answer if isinstance(answer, Choice) else Choice(answer)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("info", title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("error", title, text))

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, default: str = "", *, password: bool = False
    ) -> str | None:
        answer = self._next("ask_text", title, label)
        return None if answer is None else str(answer)

    def ask_passphrase(
        self,
        parent: QWidget | None,
        *,
        first_time: bool,
        title: str = "",
        intro: str = "",
        field_label: str = "",
        ok_label: str = "",
        minimum: int | None = None,
    ) -> str | None:
        answer = self._next("ask_passphrase", "first_time" if first_time else "again", title)
        return None if answer is None else str(answer)

    def choose(
        self, parent: QWidget | None, title: str, text: str, options: Sequence[str], default: int = 0
    ) -> int | None:
        answer = self._next("choose", title, text)
        return None if answer is None else int(answer)

    def choose_folder(
        self, parent: QWidget | None, title: str, folder: str | Path | None = None, *, purpose: str
    ) -> Path | None:
        answer = self._file("choose_folder", purpose, title, folder, "")
        return self._remember(purpose, None if answer is None else Path(answer), is_folder=True)

    def open_files(
        self, parent: QWidget | None, title: str, folder: str | Path | None, file_filter: str, *, purpose: str
    ) -> list[Path]:
        chosen = [Path(item) for item in self._file("open_files", purpose, title, folder, file_filter) or []]
        if chosen:
            self._remember(purpose, chosen[0])
        return chosen

    def open_file(
        self, parent: QWidget | None, title: str, folder: str | Path | None, file_filter: str, *, purpose: str
    ) -> Path | None:
        answer = self._file("open_file", purpose, title, folder, file_filter)
        return self._remember(purpose, None if answer is None else Path(answer))

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str | Path, file_filter: str, *, purpose: str
    ) -> Path | None:
        from desktop.common.file_dialogs import split_suggestion

        folder, name = split_suggestion(suggested)
        answer = self._file("save_file", purpose, title, folder, file_filter, name)
        return self._remember(purpose, None if answer is None else Path(answer))


_service: Prompts = Prompts()


def prompts() -> Prompts:
    """The prompt service in use."""
    return _service


def install_prompts(service: Prompts) -> Prompts:
    """Use ``service`` from now on; returns the one it replaces (tests put it back)."""
    global _service
    previous, _service = _service, service
    return previous
