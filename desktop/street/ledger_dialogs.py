"""添加工作者… and 添加经费… on 本街道台账: a small form whose values are given as typed to
:mod:`db.exchange.street_ledger` (it reads dates, money in 元 and choices as the office's forms do). A
refusal is one sentence under the form and the dialog stays open with everything typed; Enter saves,
Escape cancels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.enums import CodedEnum, FundingPurpose, FundingSource, Gender, PayPeriod, StaffPosition
from db.errors import ShequError
from desktop.common.i18n import error_text, label
from desktop.common.page_parts import ERROR_COLOUR
from desktop.common.window_size import keep_minimum_size
from desktop.street.texts import _t


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # translated
    choices: type[CodedEnum] | None = None
    hint: str = ""  # placeholder: how to type it
    required: bool = False


def staff_fields() -> list[Field]:
    return [
        Field("name", _t("姓名"), required=True),
        Field("gender", _t("性别"), Gender),
        Field("position", _t("职务"), StaffPosition),
        Field("start", _t("任职日期"), hint=_t("如 2024-03-01")),
        Field("end", _t("离任日期"), hint=_t("仍在职不填")),
        Field("pay", _t("报酬（元）"), hint=_t("如 4800 或 1.2万")),
        Field("pay_period", _t("报酬计算方式"), PayPeriod),
        Field("phone", _t("联系电话")),
        Field("note", _t("备注")),
    ]


def funding_fields() -> list[Field]:
    return [
        Field("received_on", _t("到账日期"), hint=_t("如 2026-01-15"), required=True),
        Field("amount", _t("金额（元）"), hint=_t("如 12000 或 1.2万"), required=True),
        Field("source", _t("经费来源"), FundingSource, required=True),
        Field("purpose", _t("用途"), FundingPurpose, required=True),
        Field("fiscal_year", _t("预算年度"), hint=_t("不填即到账的年份")),
        Field("note", _t("备注")),
    ]


class EntryDialog(QDialog):
    """A form of ``fields`` and 录入人; 保存 calls ``save(values, entered_by)``, which writes or raises
    a :class:`ShequError` (then said under the form, nothing lost)."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        fields: Sequence[Field],
        save: Callable[[dict[str, str], str], object],
        entered_by: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save_fn = save
        self.saved: object = None
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        form = QFormLayout()
        for item in fields:
            widget: QLineEdit | QComboBox
            if item.choices is not None:
                widget = QComboBox()
                if not item.required:
                    widget.addItem("", "")
                for member in item.choices:
                    widget.addItem(label(member.label), member.value)
            else:
                widget = QLineEdit()
                widget.setPlaceholderText(item.hint)
            widget.setAccessibleName(item.label)
            self.inputs[item.key] = widget
            form.addRow(item.label + ("*" if item.required else "") + _t("："), widget)
        self.entered_by = QLineEdit(entered_by)
        self.entered_by.setAccessibleName(_t("录入人"))
        form.addRow(_t("录入人*："), self.entered_by)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        keep_minimum_size(self, 460)

    def values(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for key, widget in self.inputs.items():
            found[key] = str(widget.currentData() or "") if isinstance(widget, QComboBox) else widget.text()
        return found

    def try_save(self) -> None:
        """保存 (Enter): written and closed, or the one reason under the form."""
        try:
            self.saved = self.save_fn(self.values(), self.entered_by.text())
        except ShequError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        self.accept()
