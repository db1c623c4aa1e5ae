"""本街道台账: the street's own workers (街道(镇)工作者) and funds for the year of the period chosen, its
standing against the city's standard (funds per street worker), and the buttons 添加工作者…, 添加经费…,
删除选中的…, 生成街道汇总报表… (the street's consolidated return, signed by the street, opened in the
PDF reader). The data is :mod:`db.exchange.street_ledger` / :mod:`db.exchange.street_standing`; the
consolidated return :func:`db.exchange.street_return.make_street_return`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidgetItem, QVBoxLayout, QWidget

from db.enums import FundingPurpose, FundingSource, Gender, PayPeriod, StaffPosition
from desktop.common.figures import status_label
from desktop.common.i18n import label, text
from desktop.common.page_parts import ERROR_COLOUR, OK_COLOUR, WARNING_COLOUR, bold, plain_list
from desktop.street.texts import CODE_ROLE, _t

if TYPE_CHECKING:
    from db.changes import Changes
    from db.exchange.street_standing import StreetFunding, StreetStaff, StreetStanding
    from desktop.street.services import StreetServices

STATUS_COLOURS = {"pass": OK_COLOUR, "fail": ERROR_COLOUR, "warning": WARNING_COLOUR}


def _yuan(fen: int | None) -> str:
    return "" if fen is None else f"{fen / 100:,.2f}"


def staff_texts(item: StreetStaff) -> list[str]:
    pay = _yuan(item.pay_fen)
    if pay and item.pay_period:
        pay += " " + label(PayPeriod.label_of(item.pay_period))
    return [
        item.name,
        label(Gender.label_of(item.gender)) if item.gender else "",
        label(StaffPosition.label_of(item.position)) if item.position else "",
        item.start_date.isoformat() if item.start_date else "",
        item.end_date.isoformat() if item.end_date else _t("在职"),
        pay,
    ]


def funding_texts(item: StreetFunding) -> list[str]:
    return [
        item.received_on.isoformat(),
        _yuan(item.amount_fen),
        label(FundingSource.label_of(item.source)),
        label(FundingPurpose.label_of(item.purpose)),
        item.note,
    ]


def standing_text(standing: StreetStanding) -> str:
    per_worker = f"{standing.per_worker:,.2f}" if standing.per_worker is not None else "—"
    standard = f"{standing.standard:,.2f}" if standing.standard is not None else "—"
    return _t("街道工作者 {0} 人，运营经费 {1} 元，人均 {2} 元/人·年（标准 {3} 元/人·年）：{4}").format(
        standing.staff_count,
        _yuan(standing.operating_funds_fen),
        per_worker,
        standard,
        status_label(standing.status.value),
    )


class LedgerTab(QWidget):
    """本街道台账 (see the module's notes); the window connects the buttons to :mod:`desktop.street.ledger_actions`."""

    def __init__(self, services: StreetServices) -> None:
        super().__init__()
        self.services = services
        self.standing = QLabel()
        bold(self.standing, 1.1)
        self.standing.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.staff_list = plain_list(
            [_t("姓名"), _t("性别"), _t("职务"), _t("任职日期"), _t("离任日期"), _t("报酬")], (110, 50, 150, 100, 100)
        )
        self.staff_list.setAccessibleName(_t("街道工作者"))
        self.funding_list = plain_list(
            [_t("到账日期"), _t("金额（元）"), _t("来源"), _t("用途"), _t("备注")], (100, 110, 110, 100)
        )
        self.funding_list.setAccessibleName(_t("街道经费"))
        self.add_staff_button = QPushButton(_t("添加工作者…"))
        self.add_funding_button = QPushButton(_t("添加经费…"))
        self.remove_button = QPushButton(_t("删除选中的…"))
        self.remove_button.setToolTip(_t("删除选中的工作者或经费（写明原因，记录在修改记录中）"))
        self.return_button = QPushButton(_t("生成街道汇总报表…"))
        self.return_button.setToolTip(_t("各社区的报表和本街道的台账汇总成一份报表，用街道密钥签名"))
        bold(self.return_button)
        buttons = QHBoxLayout()
        for button in (self.add_staff_button, self.add_funding_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.return_button)
        lists = QHBoxLayout()
        staff_box = QVBoxLayout()
        staff_box.addWidget(QLabel(_t("街道工作者：")))
        staff_box.addWidget(self.staff_list, 1)
        funding_box = QVBoxLayout()
        funding_box.addWidget(QLabel(_t("街道经费：")))
        funding_box.addWidget(self.funding_list, 1)
        lists.addLayout(staff_box, 1)
        lists.addLayout(funding_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.standing)
        layout.addWidget(self.reason)
        layout.addLayout(lists, 1)
        layout.addLayout(buttons)
        self.staff_list.itemSelectionChanged.connect(lambda: self._selected_in(self.staff_list, self.funding_list))
        self.funding_list.itemSelectionChanged.connect(lambda: self._selected_in(self.funding_list, self.staff_list))

    def _selected_in(self, chosen: Any, other: Any) -> None:
        """One selection across both lists: what 删除选中的… removes."""
        if chosen.selectedItems():
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        self.update_buttons()

    def changed(self, changes: Changes) -> None:
        if changes.touches("staff") or changes.touches("funding") or changes.touches_office() or changes.periods:
            self.refresh()

    def refresh(self) -> None:
        """Read the lists and the standing again (the street's own rows: quick)."""
        from db.exchange.street_standing import street_funding, street_staff, street_standing

        services = self.services
        store, code, period = services.store, services.street.code, services.period
        year = period.start.year
        self.staff_list.clear()
        for item in street_staff(store, code, year=year):
            row = QTreeWidgetItem(staff_texts(item))
            row.setData(0, CODE_ROLE, ("staff", item.id, item.name))
            self.staff_list.addTopLevelItem(row)
        self.funding_list.clear()
        for funds in street_funding(store, code, year=year):
            row = QTreeWidgetItem(funding_texts(funds))
            row.setData(
                0,
                CODE_ROLE,
                ("funding", funds.id, _t("{0} 到账 {1} 元").format(funds.received_on, _yuan(funds.amount_fen))),
            )
            self.funding_list.addTopLevelItem(row)
        standing = street_standing(store, code, period)
        self.standing.setText(standing_text(standing))
        self.standing.setStyleSheet(f"color: {STATUS_COLOURS.get(standing.status.value, '')};")
        self.reason.setText(text(standing.reason))
        self.update_buttons()

    def selected(self) -> tuple[str, str, str] | None:
        """The row selected in either list: (``staff`` / ``funding``, its id, how people name it)."""
        for tree in (self.staff_list, self.funding_list):
            items = tree.selectedItems()
            if items:
                kind, record_id, name = items[0].data(0, CODE_ROLE)
                return str(kind), str(record_id), str(name)
        return None

    def update_buttons(self) -> None:
        idle = not self.services.busy
        for button in (self.add_staff_button, self.add_funding_button, self.return_button):
            button.setEnabled(idle)
        self.remove_button.setEnabled(idle and self.selected() is not None)
