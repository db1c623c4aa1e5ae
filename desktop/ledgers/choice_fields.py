"""Choice inputs of a record form: one choice from a list, several check boxes, and a linked record
found by searching (see :mod:`desktop.ledgers.fields` for what every input offers)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QWidget
from sqlmodel import Session

from db.forms import FormField
from desktop.common.i18n import label
from desktop.ledgers.fields import FieldInput, _t
from desktop.ledgers.pickers import RecordPicker


class _Choices(QComboBox):
    """A form's drop-down list that the mouse wheel leaves alone: turning the wheel to scroll the
    form over it neither changes the choice nor takes the keyboard (the list still opens with a click
    or Alt+↓, and ↑/↓ still change it)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # to the form's scroll area, which scrolls


class ChoiceInput(FieldInput):
    """One choice from a list of Chinese labels; the value is the stored code."""

    def __init__(self, spec: FormField, required: bool, *, allow_empty: bool) -> None:
        super().__init__(spec, required)
        assert spec.enum is not None
        self.combo = _Choices()
        if allow_empty:
            self.combo.addItem(_t("请选择…") if required else _t("（未填）"), "")
        for member in spec.enum:
            self.combo.addItem(label(member.label), member.value)
        self.combo.setMaxVisibleItems(15)
        self.combo.currentIndexChanged.connect(self._emit)
        self.widget = self.combo

    def value(self) -> str:
        return str(self.combo.currentData() or "")

    def set_value(self, value: Any) -> None:
        self.combo.blockSignals(True)
        index = self.combo.findData(str(value or ""))
        if index < 0 and value:  # a code this version does not know: keep it visible
            self.combo.addItem(str(value), str(value))
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)


class ChoicesInput(FieldInput):
    """Several choices, each a check box; the value is the codes joined by commas."""

    COLUMNS = 3

    def __init__(self, spec: FormField, required: bool) -> None:
        super().__init__(spec, required)
        assert spec.enum is not None
        self.widget = QWidget()
        grid = QGridLayout(self.widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.boxes: dict[str, QCheckBox] = {}
        for position, member in enumerate(spec.enum):
            box = QCheckBox(label(member.label))
            box.toggled.connect(self._emit)
            grid.addWidget(box, position // self.COLUMNS, position % self.COLUMNS)
            self.boxes[member.value] = box

    def focus_widgets(self) -> list[QWidget]:
        return list(self.boxes.values())

    def value(self) -> str:
        return ",".join(sorted(code for code, box in self.boxes.items() if box.isChecked()))

    def set_value(self, value: Any) -> None:
        codes = {part.strip() for part in str(value or "").split(",") if part.strip()}
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)


class RecordInput(FieldInput):
    """A linked record, chosen by searching (:class:`desktop.ledgers.pickers.RecordPicker`)."""

    def __init__(self, spec: FormField, required: bool, session_factory: Callable[[], Session]) -> None:
        super().__init__(spec, required)
        assert spec.ref_kind is not None
        self.picker = RecordPicker(session_factory, spec.ref_kind)
        self.picker.changed.connect(self._emit)
        self.widget = self.picker

    def focus_widgets(self) -> list[QWidget]:
        return [self.picker.line]

    def value(self) -> str | None:
        return self.picker.value()

    def set_value(self, value: Any) -> None:
        self.picker.set_value(str(value) if value else None)

    def pending_issue(self) -> str:
        text = self.picker.pending_text()
        if not text:
            return ""
        return _t("“{0}”还没有选定，请在下拉列表中选择（输入后按回车可查找）").format(text)

    def handle_enter(self) -> bool:
        return self.picker.handle_enter()
