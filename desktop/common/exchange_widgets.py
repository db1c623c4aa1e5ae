"""What the office's 数据交换 page and the city's window show alike: the framed result of the last
action, and the conflicts imports kept — the list, the differing values of the one selected, and
the two buttons that settle it (this side's version, or the one the file brought).

The words that differ between the two (the columns, the buttons, the note above the list) are
given by the page, in its own translation context; the rest are translated here.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTreeWidgetItem, QVBoxLayout, QWidget

from db.errors import ShequError
from desktop.common.i18n import label
from desktop.common.page_parts import ERROR_COLOUR, NEUTRAL_COLOUR, bold, framed_style, hint, plain_list
from desktop.common.prompts import prompts
from desktop.common.tasks import Cancelled

if TYPE_CHECKING:
    from db.exchange.apply import Conflict

CONTEXT = "ExchangeWidgets"
CONFLICT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# --- what a conflict is about, as people read it -----------------------------------------------


def conflict_title(conflict: Conflict) -> str:
    """A conflict's record as people recognise it: its name or title, else the start of its id."""
    from db.kinds import kind_of_table

    found = kind_of_table(conflict.table)
    values = conflict.local_values or conflict.incoming_values
    for name in ((found.title_field,) if found else ()) + ("name", "title"):
        value = values.get(name)
        if isinstance(value, str) and value.strip() and len(value) < 60:
            return value.strip()
    return conflict.record_id[:8]


def field_value_text(table: str, field_name: str, value: Any) -> str:
    """A stored value as the list shows it (labels for codes, 元 for fen), else as stored."""
    from db.kinds import kind_of_table
    from desktop.common.columns import columns_for

    if value is None or value == "":
        return _t("（空）")
    found = kind_of_table(table)
    if found is not None:
        try:
            return columns_for(found.key).column(field_name).format(value)
        except KeyError:
            pass
    return str(value)


def field_name_text(table: str, field_name: str) -> str:
    from db.kinds import kind_of_table
    from db.validation.rules import field_label

    found = kind_of_table(table)
    return label(field_label(field_name, found.key if found else None))


# --- the result of the last action ---------------------------------------------------------------


class ResultFrame(QFrame):
    """A heading and a text in a frame of the outcome's colour; hidden until :meth:`say`. With
    ``close_label``, a flat button beside them hides it again."""

    def __init__(self, close_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("result")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        bold(self.heading)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if close_label is None:
            layout = QVBoxLayout(self)
            layout.setContentsMargins(12, 8, 12, 8)
            layout.addWidget(self.heading)
            layout.addWidget(self.text)
        else:
            close = QPushButton(close_label)
            close.setFlat(True)
            close.clicked.connect(self.hide)
            text = QVBoxLayout()
            text.addWidget(self.heading)
            text.addWidget(self.text)
            row = QHBoxLayout(self)
            row.setContentsMargins(12, 6, 12, 6)
            row.addLayout(text, 1)
            row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def say(self, colour: str, heading: str, text: str = "") -> None:
        self.setStyleSheet(framed_style("result", colour, "palette(base)"))
        self.heading.setStyleSheet(f"color: {colour};")
        self.heading.setText(heading)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.show()

    def say_cancelled(self) -> None:
        """The work was cancelled before it changed anything."""
        self.say(NEUTRAL_COLOUR, _t("已取消"), _t("没有做任何修改。"))

    def report(self, parent: QWidget, exc: BaseException, heading: str, title: str) -> None:
        """A refusal (:class:`ShequError`) here and in a message box titled ``title``; a bug to the
        crash dialog and the log."""
        if isinstance(exc, ShequError):
            self.say(ERROR_COLOUR, heading, str(exc))
            prompts().error(parent, title, str(exc))
            return
        if isinstance(exc, Cancelled):
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)


# --- the conflicts ------------------------------------------------------------------------------


class ConflictsPanel(QWidget):
    """The conflicts kept by imports: a note, the list, the values that differ in the one selected,
    and the buttons that keep this side's version (``local``) or take the file's (``incoming``).

    ``headers`` name the columns; with ``office_column`` the first is the office's code. ``detail``
    says one differing field: ``{0}`` its name, ``{1}`` this side's value, ``{2}`` the file's."""

    resolve_requested = Signal(str)  # "local" or "incoming", for the conflict selected

    def __init__(
        self,
        headers: list[str],
        widths: tuple[int, ...],
        *,
        note: str,
        keep_label: str,
        take_label: str,
        detail: str,
        office_column: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.detail_text = detail
        self.office_column = office_column
        self.conflicts: dict[str, Conflict] = {}
        self.list = plain_list(headers, widths)
        self.list.setAccessibleName(_t("同步冲突"))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep_button = QPushButton(keep_label)
        self.take_button = QPushButton(take_label)
        self.count_note = hint()
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_note, 1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(note))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.list.itemSelectionChanged.connect(self._selected)
        self.keep_button.clicked.connect(lambda: self.resolve_requested.emit("local"))
        self.take_button.clicked.connect(lambda: self.resolve_requested.emit("incoming"))

    def show_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        from db.exchange.history import table_label

        self.conflicts = {c.conflict_id: c for c in conflicts}
        self.list.clear()
        for conflict in conflicts:
            fields = "、".join(field_name_text(conflict.table, name) for name in conflict.differing_fields())
            cells = [conflict.office_code] if self.office_column else []
            cells += [
                label(table_label(conflict.table)),
                conflict_title(conflict),
                fields or _t("（删除或恢复）"),
                _t("第 {0} 版").format(conflict.local_version),
                _t("第 {0} 版").format(conflict.incoming_version),
            ]
            item = QTreeWidgetItem(cells)
            item.setData(0, CONFLICT_ID_ROLE, conflict.conflict_id)
            self.list.addTopLevelItem(item)
        self.count_note.setText(_t("待处理 {0} 处。").format(len(conflicts)) if conflicts else _t("没有待处理的冲突。"))
        self._selected()

    def tab_title(self) -> str:
        """The title of the tab the panel is on: 同步冲突, with the number waiting."""
        return _t("同步冲突（{0}）").format(len(self.conflicts)) if self.conflicts else _t("同步冲突")

    def selected(self) -> Conflict | None:
        items = self.list.selectedItems()
        return self.conflicts.get(str(items[0].data(0, CONFLICT_ID_ROLE))) if items else None

    def set_idle(self, idle: bool) -> None:
        """The buttons work when nothing else runs and a conflict is selected."""
        chosen = idle and self.selected() is not None
        self.keep_button.setEnabled(chosen)
        self.take_button.setEnabled(chosen)

    def _selected(self) -> None:
        conflict = self.selected()
        if conflict is None:
            self.detail.setText("")
            self.detail.hide()
            return
        lines = [
            self.detail_text.format(
                field_name_text(conflict.table, name),
                field_value_text(conflict.table, name, conflict.local_values.get(name)),
                field_value_text(conflict.table, name, conflict.incoming_values.get(name)),
            )
            for name in conflict.differing_fields()
        ]
        self.detail.setText("\n".join(lines) or _t("两边的版本不同（删除或恢复）。"))
        self.detail.show()
