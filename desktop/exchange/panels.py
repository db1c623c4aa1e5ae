"""The parts of the 数据交换 page, thin: each builds its widgets and shows what
:mod:`desktop.exchange.state` read, in the words of :mod:`desktop.exchange.texts`. What the buttons
do is the page's (and the action modules').
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.common.drives import DriveChooser, DriveSource
from desktop.common.exchange_widgets import ConflictsPanel
from desktop.common.page_parts import ERROR_COLOUR, OK_COLOUR, bold, framed_style, hint, local_time, plain_list
from desktop.common.text_size import scaled
from desktop.exchange.state import CertificateState, Overview
from desktop.exchange.texts import (
    certificate_texts,
    file_tip,
    history_rows,
    history_summary,
    purpose_hint,
    return_rows,
    returned_texts,
    returns_summary,
)

if TYPE_CHECKING:
    from db.exchange.history import ReturnStatus

CONTEXT = "ExchangePage"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ReturnedBanner(QFrame):
    """退回 by the city, with the reasons, over the whole page; hidden while nothing is sent back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnedBanner")
        self.setStyleSheet(framed_style("returnedBanner", ERROR_COLOUR, "#fdecea"))
        self.heading = QLabel()
        bold(self.heading, 1.15)
        self.heading.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(_t("去报表页修改并重新签署"))
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.text)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        row.addLayout(text, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_returned(self, returned: Sequence[ReturnStatus]) -> None:
        if not returned:
            self.hide()
            return
        heading, text = returned_texts(returned)
        self.heading.setText(heading)
        self.text.setText(text)
        self.show()


class DriveBox(QGroupBox):
    """U 盘: where files go, and where imports look first."""

    def __init__(self, source: DriveSource | None, parent: QWidget | None = None) -> None:
        super().__init__(_t("U 盘"), parent)
        self.drives = DriveChooser(source)  # None: the drives plugged in
        layout = QVBoxLayout(self)
        layout.addWidget(self.drives)
        layout.addWidget(hint(_t("导出的数据包和注册申请保存在这里；导入时也先在这里找文件。")))


class CertificateBox(QGroupBox):
    """本社区的证书: its state and details, 生成注册申请…, 安装证书…, and 换一把新密钥."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_t("本社区的证书"), parent)
        self.state = QLabel()
        self.state.setWordWrap(True)
        bold(self.state)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.city = QLabel()
        self.until = QLabel()
        self.key = QLabel()
        self.root = QLabel()
        for shown in (self.city, self.until, self.key, self.root):
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
        self.form.addRow(_t("颁发单位："), self.city)
        self.form.addRow(_t("有效期至："), self.until)
        self.form.addRow(_t("密钥指纹："), self.key)
        self.form.addRow(_t("市级根证书指纹："), self.root)
        self.hint = hint()
        self.request_button = QPushButton(_t("生成注册申请…"))
        self.request_button.setToolTip(_t("生成证书申请文件，保存到 U 盘，交市委组织部颁发证书"))
        self.install_button = QPushButton(_t("安装证书…"))
        self.install_button.setToolTip(_t("安装市委组织部颁发的证书文件（<代码>-certificate.json）"))
        self.new_key_box = QCheckBox(_t("换一把新密钥（证书被吊销或密钥丢失时）"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.install_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.new_key_box)

    def show_state(self, state: CertificateState) -> None:
        texts = certificate_texts(state)
        self.state.setText(texts.text)
        self.state.setStyleSheet(f"color: {texts.colour};")
        self.hint.setText(texts.advice)
        self.hint.setVisible(bool(texts.advice))
        rows_visible = state.has_key and not state.problem
        issued = rows_visible and not state.self_signed
        self.city.setText(state.city_name)
        self.until.setText(local_time(state.not_after))
        self.key.setText(state.key_fingerprint)
        self.root.setText(state.city_fingerprint)
        self.form.setRowVisible(self.city, issued)
        self.form.setRowVisible(self.until, rows_visible)
        self.form.setRowVisible(self.key, rows_visible)
        self.form.setRowVisible(self.root, issued and bool(state.city_fingerprint))
        self.new_key_box.setVisible(state.has_key)
        if not state.has_key:
            self.new_key_box.setChecked(False)


class ExportBox(QGroupBox):
    """导出数据包: to the city or another computer of the office; everything or the changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_t("导出数据包"), parent)
        self.to_city = QRadioButton(_t("报送市委组织部"))
        self.to_device = QRadioButton(_t("给本社区的另一台电脑"))
        self.to_city.setChecked(True)
        self.purpose_group = QButtonGroup(self)
        self.purpose_group.addButton(self.to_city)
        self.purpose_group.addButton(self.to_device)
        self.full_box = QCheckBox(_t("全部数据（不只是市里确认收到之后的改动）"))
        self.hint = hint()
        self.button = QPushButton(_t("导出数据包…"))
        bold(self.button)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.to_city)
        layout.addWidget(self.to_device)
        layout.addWidget(self.full_box)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        self.to_city.toggled.connect(self._purpose_changed)
        self._purpose_changed()

    def _purpose_changed(self) -> None:
        self.hint.setText(purpose_hint(to_city=self.to_city.isChecked()))


class ImportBox(QGroupBox):
    """导入交换文件: the city's acknowledgement, or another computer's bundle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_t("导入交换文件"), parent)
        self.button = QPushButton(_t("导入交换文件…"))
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                _t(
                    "市委组织部的回执（city-<代码>-<编号>.shequ）：确认收到的数据包、报表接收或退回、新的市级标准。"
                    "街道的回执（<代码>-street-ack-<编号>.shequ）：街道审核通过或退回、街道的意见。"
                    "本社区另一台电脑导出的数据包（<代码>-device-<编号>.shequ）：合并两台电脑的台账。"
                )
            )
        )
        layout.addLayout(row)


NOTE_COLUMN = 4  # 报表状态's 说明


class WrappedColumn(QStyledItemDelegate):
    """Rows as tall as the text of ``column`` wrapped to the column's width (Qt's own size hint ignores it)."""

    def __init__(self, tree: QTreeWidget, column: int) -> None:
        super().__init__(tree)
        self.tree = tree
        self.column = column

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != self.column:
            return size
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        width = max(self.tree.columnWidth(self.column) - scaled(12), scaled(40))
        bounds = QRect(0, 0, width, 1_000_000)
        height = shown.fontMetrics.boundingRect(bounds, int(Qt.TextFlag.TextWordWrap), shown.text).height()
        return QSize(size.width(), max(size.height(), height + scaled(6)))


class ReturnsTab(QWidget):
    """报表状态: each signed return and what the city did with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = plain_list([_t("报告期"), _t("版本"), _t("状态"), _t("市级处理"), _t("说明")], (130, 60, 70, 80))
        self.list.setAccessibleName(_t("报表状态"))
        # a reviewer's comment is shown whole in 说明, on as many lines as it takes
        self.list.setUniformRowHeights(False)
        self.list.setWordWrap(True)
        self.list.setItemDelegate(WrappedColumn(self.list, NOTE_COLUMN))
        self.list.header().sectionResized.connect(lambda *_: self.list.doItemsLayout())  # wrapped anew
        self.empty = hint()
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                _t(
                    "签署的报表导出后为“已报送”；导入市级回执后显示市里的处理：已接收（该报告期锁定）或退回（写明原因）。"
                    "经街道报送的报表，导入街道回执后还显示街道的审核。"
                )
            )
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)

    def show_returns(self, returns: Sequence[ReturnStatus]) -> None:
        self.list.clear()
        for shown in return_rows(returns):
            row = QTreeWidgetItem(shown.cells)
            row.setToolTip(4, shown.cells[4])
            if shown.returned:
                for column in range(5):
                    row.setForeground(column, QBrush(QColor(ERROR_COLOUR)))
                font = row.font(3)
                font.setBold(True)
                row.setFont(3, font)
            elif shown.received:
                row.setForeground(3, QBrush(QColor(OK_COLOUR)))
            for level, said, colour in shown.levels:  # a return that went through a street: 街道：… and 市级：…
                child = QTreeWidgetItem(["", "", "", level, said])
                child.setToolTip(4, said)
                if colour:
                    child.setForeground(3, QBrush(QColor(colour)))
                    child.setForeground(4, QBrush(QColor(colour)))
                row.addChild(child)
            self.list.addTopLevelItem(row)
            row.setExpanded(bool(shown.levels))
        self.empty.setText(returns_summary(len(returns)))


class HistoryTab(QWidget):
    """交换记录: the bundles sent and the files imported, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = plain_list([_t("时间"), _t("方向"), _t("种类"), _t("编号"), _t("情况")], (125, 44, 76, 44))
        self.list.setAccessibleName(_t("交换记录"))
        self.empty = hint()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)

    def show_history(self, overview: Overview) -> None:
        rows = history_rows(overview)
        self.list.clear()
        for shown in rows:
            item = QTreeWidgetItem(shown.cells)
            for column in range(4):
                item.setToolTip(column, file_tip(shown.file_name))
            item.setToolTip(4, shown.cells[4])
            self.list.addTopLevelItem(item)
        self.empty.setText(history_summary(len(rows)))


def conflicts_panel() -> ConflictsPanel:
    """同步冲突: what imports kept when both computers changed the same record."""
    return ConflictsPanel(
        [_t("台账"), _t("记录"), _t("不同的内容"), _t("本机版本"), _t("对方版本")],
        (90, 110, 160, 60),
        note=_t(
            "两台电脑改了同一条记录时，导入不会覆盖本机的内容，而是把两边都保留在这里。"
            "请逐条选择保留哪一边；选定的内容在下次交换时也会送到另一台电脑。"
        ),
        keep_label=_t("保留本机的"),
        take_label=_t("采用对方的"),
        detail=_t("{0}：本机“{1}”，对方“{2}”"),
    )
