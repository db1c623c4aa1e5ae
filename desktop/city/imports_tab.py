"""导入记录: the files of the last 导入数据包… (each one's result or its one refusal reason) and every
bundle imported so far."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTreeWidgetItem, QVBoxLayout, QWidget

from db.errors import ShequError
from desktop.city.texts import _t
from desktop.common.page_parts import bold, hint, local_time, plain_list

if TYPE_CHECKING:
    from db.changes import Changes
    from db.exchange.history import ReceivedEntry
    from desktop.city.services import CityServices
    from desktop.common.import_run import ImportRun


class ImportsTab(QWidget):
    """导入记录 (see the module's notes)."""

    def __init__(self, services: CityServices) -> None:
        super().__init__()
        self.services = services
        self.outcome_list = plain_list([_t("文件"), _t("结果"), _t("说明")], (220, 80))
        self.outcome_list.setAccessibleName(_t("上次导入的文件"))
        self.outcome_list.setWordWrap(True)
        self.outcome_list.setUniformRowHeights(False)
        self.received_list = plain_list(
            [_t("导入时间"), _t("社区"), _t("编号"), _t("文件"), _t("缺口")], (130, 200, 50, 220)
        )
        self.received_list.setAccessibleName(_t("已导入的数据包"))
        self.received_note = hint()
        layout = QVBoxLayout(self)
        last = QLabel(_t("上次导入"))
        bold(last)
        layout.addWidget(last)
        layout.addWidget(self.outcome_list, 1)
        every = QLabel(_t("已导入的数据包"))
        bold(every)
        layout.addWidget(every)
        layout.addWidget(self.received_list, 2)
        layout.addWidget(self.received_note)

    def changed(self, changes: Changes) -> None:
        """Bundles came in (or an office's name changed): the list of bundles imported."""
        if changes.touches_exchange() or changes.touches_office():
            self.show_received()

    def show_outcomes(self, run: ImportRun) -> None:
        self.outcome_list.clear()
        for outcome in run.outcomes:
            state, colour, text = outcome.shown()
            item = QTreeWidgetItem([outcome.path.name, state, text])
            item.setForeground(1, QBrush(QColor(colour)))
            item.setToolTip(0, str(outcome.path))
            item.setToolTip(2, text)
            self.outcome_list.addTopLevelItem(item)

    def show_received(self) -> None:
        from db.exchange.apply import KIND_OFFICE_TO_CITY
        from db.exchange.history import received_bundles

        with self.services.store.session() as session:
            received: list[ReceivedEntry] = received_bundles(session, kind=KIND_OFFICE_TO_CITY)
        try:
            offices = self.services.authority.offices()
        except ShequError:
            offices = []
        names = {office.code: office.name for office in offices}
        self.received_list.clear()
        for entry in received:
            who = f"{names.get(entry.sender, '')}（{entry.sender}）" if entry.sender in names else entry.sender
            item = QTreeWidgetItem(
                [local_time(entry.imported_at), who, str(entry.seq), entry.file_name, entry.gap_note]
            )
            item.setToolTip(4, entry.gap_note)
            self.received_list.addTopLevelItem(item)
        self.received_note.setText(_t("共 {0} 个。").format(len(received)) if received else _t("还没有导入过数据包。"))
