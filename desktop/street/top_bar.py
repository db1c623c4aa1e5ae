"""The top of the street's window: its name, the period chosen (报告期, Alt+P) and 重新统计; where its
certificate and roster stand; the USB stick, 导入社区数据包… and 报送市级…."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.common.drives import DriveChooser, DriveSource
from desktop.common.exchange_texts import period_text
from desktop.common.figures import period_choices
from desktop.common.page_parts import bold, hint
from desktop.street.texts import _t


class TopBar(QWidget):
    """See the module's notes; the window connects the buttons."""

    def __init__(self, street_name: str, today: date, drives: DriveSource | None) -> None:
        super().__init__()
        heading = QLabel(_t("{0} · 各社区报送和审核情况").format(street_name))
        bold(heading, 1.4)
        heading.setWordWrap(True)
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(_t("报告期"))
        for period in period_choices(today):
            self.period_box.addItem(period_text(period.code), period.code)
        self.period_box.setCurrentIndex(max(0, self.period_box.findData(str(today.year))))
        period_label = QLabel(_t("报告期(&P)："))
        period_label.setBuddy(self.period_box)
        self.refresh_button = QPushButton(_t("重新统计"))
        self.refresh_button.setToolTip(_t("重新读取各社区的情况"))
        self.import_button = QPushButton(_t("导入社区数据包…"))
        bold(self.import_button)
        self.import_button.setToolTip(_t("导入社区经本街道报送的数据包（可以一次选多个文件）"))
        self.forward_button = QPushButton(_t("报送市级…"))
        self.forward_button.setToolTip(_t("把审核过的报表和街道的审核结果写到 U 盘，交给市级"))
        bold(self.forward_button)
        self.drives = DriveChooser(drives)
        self.installation_note = hint()
        self.installation_note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(period_label)
        top.addWidget(self.period_box)
        top.addWidget(self.refresh_button)
        drive_row = QHBoxLayout()
        drive_row.addWidget(QLabel(_t("U 盘：")))
        drive_row.addWidget(self.drives, 1)
        drive_row.addSpacing(12)
        drive_row.addWidget(self.import_button)
        drive_row.addWidget(self.forward_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.installation_note)
        layout.addLayout(drive_row)

    def set_period(self, code: str) -> None:
        index = self.period_box.findData(code)
        if index < 0:
            self.period_box.addItem(period_text(code), code)
            index = self.period_box.count() - 1
        self.period_box.setCurrentIndex(index)
