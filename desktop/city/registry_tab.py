"""社区名单: the offices registered at the city, their certificates, 登记社区… and 吊销证书…."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeWidgetItem, QVBoxLayout, QWidget

from db.errors import ShequError
from desktop.city.texts import CODE_ROLE, _t
from desktop.common.page_parts import ERROR_COLOUR, hint, local_time, plain_list

if TYPE_CHECKING:
    from db.changes import Changes
    from db.exchange.pki import RegisteredOffice
    from desktop.city.services import CityServices


class RegistryTab(QWidget):
    """社区名单 (see the module's notes)."""

    def __init__(self, services: CityServices) -> None:
        super().__init__()
        self.services = services
        self.registry_list = plain_list(
            [_t("社区代码"), _t("社区名称"), _t("颁发时间"), _t("有效期至"), _t("状态")], (110, 140, 130, 130)
        )
        self.registry_list.setAccessibleName(_t("社区名单"))
        self.issue_button = QPushButton(_t("登记社区…"))
        self.issue_button.setToolTip(_t("根据社区的注册申请文件（<代码>-request.pem）颁发证书"))
        self.revoke_button = QPushButton(_t("吊销证书…"))
        self.revoke_button.setToolTip(_t("U 盘或电脑丢失、密钥可能泄露时吊销；之后该社区的数据包都会被拒收"))
        self.registry_note = hint()
        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        buttons.addWidget(self.registry_note)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                _t(
                    "社区在“数据交换”页生成注册申请，用 U 盘送来；在这里登记后把证书文件交回社区安装。"
                    "颁发前请与社区电话核对密钥指纹。"
                )
            )
        )
        layout.addWidget(self.registry_list, 1)
        layout.addLayout(buttons)
        self.registry_list.itemSelectionChanged.connect(self.update_buttons)

    def changed(self, changes: Changes) -> None:
        """An office registered or revoked: the list again."""
        if changes.touches_office():
            self.show_registry()

    def show_registry(self) -> None:
        offices: list[RegisteredOffice]
        try:
            offices = self.services.authority.offices()
        except ShequError as exc:
            self.services.say(ERROR_COLOUR, _t("社区名单无法读取"), str(exc))
            offices = []
        self.registry_list.clear()
        for office in offices:
            if office.revoked:
                state = _t("已吊销（{0}，{1}）").format(local_time(office.revoked_at), office.revoke_reason)
            else:
                state = _t("有效")
            item = QTreeWidgetItem(
                [office.code, office.name, local_time(office.issued_at), local_time(office.not_after), state]
            )
            item.setData(0, CODE_ROLE, office.code)
            if office.revoked:
                item.setForeground(4, QBrush(QColor(ERROR_COLOUR)))
            self.registry_list.addTopLevelItem(item)
        self.registry_note.setText(_t("共 {0} 个社区。").format(len(offices)))

    def selected_code(self) -> str:
        items = self.registry_list.selectedItems()
        return str(items[0].data(0, CODE_ROLE)) if items else ""

    def update_buttons(self) -> None:
        idle = not self.services.busy
        self.issue_button.setEnabled(idle)
        self.revoke_button.setEnabled(idle and bool(self.registry_list.selectedItems()))
