"""已签署的报表: the office's stored signed returns, each with its state (已签署 / 已报送 / 已接收 /
退回, with the city's reason); double-click or 打开 to show one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeWidgetItem, QVBoxLayout, QWidget

from db.enums import ReturnState
from db.timeutil import format_local
from desktop.common.i18n import label
from desktop.common.page_parts import ERROR_COLOUR, hint, plain_list
from desktop.returns.state import SignedReturns
from desktop.returns.texts import _t, period_text

SNAPSHOT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SignedTab(QWidget):
    """The list of signed returns; :attr:`open_requested` carries the snapshot id to show."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signed_list = plain_list(
            [_t("报告期"), _t("版本"), _t("状态"), _t("签署时间"), _t("SHA-256")], (96, 56, 58, 124)
        )
        self.signed_list.setAccessibleName(_t("已签署的报表"))
        self.open_button = QPushButton(_t("打开"))
        self.open_button.setEnabled(False)
        self.empty = hint(_t("还没有签署过报表。"))
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(_t("签署后的报表保存在数据文件夹中，不能修改；如需更正，请重新签署，生成新的版本。双击一行打开。"))
        )
        layout.addWidget(self.signed_list, 1)
        layout.addLayout(row)
        self._idle = True
        self.signed_list.itemSelectionChanged.connect(self._update_button)
        self.signed_list.itemActivated.connect(lambda item, _column: self.open_requested.emit(_snapshot_id(item)))
        self.open_button.clicked.connect(self._open_selected)

    def show_returns(self, signed: SignedReturns) -> None:
        """List ``signed`` (newest first)."""
        self.signed_list.clear()
        for snapshot in signed.snapshots:
            item = QTreeWidgetItem(
                [
                    period_text(snapshot.period_code),
                    _t("第 {0} 版").format(snapshot.return_version),
                    label(ReturnState.label_of(snapshot.state)),
                    format_local(snapshot.signed_at),
                    snapshot.pdf_sha256[:10],
                ]
            )
            item.setData(0, SNAPSHOT_ID_ROLE, snapshot.id)
            item.setToolTip(4, snapshot.pdf_sha256)
            item.setToolTip(0, _t("签名人：{0}").format(snapshot.signer))
            if snapshot.id in signed.sent_back:  # the city's reason, as the 数据交换 page shows it too
                returned = snapshot.state == ReturnState.RETURNED.value
                if snapshot.id in signed.by_street:
                    said = _t("街道退回原因：{0}") if returned else _t("街道审核意见：{0}")
                else:
                    said = _t("市级退回原因：{0}") if returned else _t("市级审核意见：{0}")
                item.setToolTip(2, said.format(signed.sent_back[snapshot.id]))
                item.setForeground(2, QBrush(QColor(ERROR_COLOUR)))
            self.signed_list.addTopLevelItem(item)
        count = len(signed.snapshots)
        self.empty.setText(_t("共 {0} 份。").format(count) if count else _t("还没有签署过报表。"))
        self._update_button()

    def set_idle(self, idle: bool) -> None:
        self._idle = idle
        self._update_button()

    def _update_button(self) -> None:
        self.open_button.setEnabled(self._idle and bool(self.signed_list.selectedItems()))

    def _open_selected(self) -> None:
        items = self.signed_list.selectedItems()
        if items:
            self.open_requested.emit(_snapshot_id(items[0]))


def _snapshot_id(item: QTreeWidgetItem) -> str:
    return str(item.data(0, SNAPSHOT_ID_ROLE))
