"""签署报表前还需处理 on 首页: the list of :class:`desktop.home.signing.ToFix` lines; a line asks
the page to open its record. The city's comment on a figure or a record reads 市级意见：… on its line."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.periods import Period
from desktop.common.figures import STATUS_COLOURS
from desktop.common.i18n import label, text
from desktop.common.text_size import follow_font
from desktop.home.signing import SigningCheck, ToFix
from desktop.shell.navigation import page_for


def _t(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


ERROR_COLOUR = STATUS_COLOURS["fail"]


WARNING_COLOUR = STATUS_COLOURS["warning"]


OK_COLOUR = STATUS_COLOURS["pass"]


COMMENT_COLOUR = "#8a4b00"  # the city's comments: brown, apart from errors and warnings


MAX_SHOWN = 200  # lines listed; the 报表 page lists them all


MAX_VISIBLE_ROWS = 12  # the list's height; it scrolls beyond


TO_FIX_ROLE = Qt.ItemDataRole.UserRole + 1


_KEYBOARD_LINKS = Qt.TextInteractionFlag.LinksAccessibleByKeyboard


def _ledger_name(kind_key: str) -> str:
    if not kind_key:
        return ""
    from db.validation import kind_label  # the data layer: not on the start-up path

    try:
        return label(kind_label(kind_key))
    except KeyError:
        return kind_key


class SigningSection(QFrame):
    """签署报表前还需处理: the pre-flight's errors (red) and warnings (amber), one line each."""

    open_requested = Signal(object)  # the ToFix chosen
    reports_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signing")
        self.setStyleSheet(
            "QFrame#signing { border: 1px solid #cfcfcf; border-radius: 4px; background: palette(base); }"
        )
        self.check: SigningCheck | None = None
        self._fitted_to_kinds = False  # the ledger column fitted to the ledgers' names (db.kinds loaded)

        heading = QLabel(_t("签署报表前还需处理"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.status, 1)

        self.list = QTreeWidget()
        self.list.setColumnCount(4)
        self.list.setHeaderLabels([_t("类别"), _t("台账"), _t("记录"), _t("问题")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(_t("签署报表前还需处理的问题"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.list.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        follow_font(self.list, self._fit_to_font)  # 设置 ▸ 字号: the columns and the height follow the text
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)

        self.more = QLabel()
        self.more.setWordWrap(True)  # never wider than the page (English, a large 字号)
        self.more.setStyleSheet("color: #444444;")
        self.more.setTextFormat(Qt.TextFormat.RichText)
        self.more.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse | _KEYBOARD_LINKS)
        self.more.linkActivated.connect(lambda _link: self.reports_requested.emit())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addWidget(self.more)
        self.list.hide()  # until a check has found something
        self.more.hide()

    def _fit_to_font(self) -> None:
        """Columns wide enough for their words, the list as high as its rows, in the list's font.
        The ledgers' names are known once the data layer has loaded (the list is filled only then;
        before, at start-up, the page may show without it: see desktop/home/dashboard.py)."""
        metrics = self.list.fontMetrics()
        header = self.list.header()
        kinds = sys.modules.get("db.kinds")
        self._fitted_to_kinds = kinds is not None
        ledgers = [label(kind.label) for kind in kinds.KINDS] if kinds is not None else ["中" * 6]
        for column, width in enumerate(
            (
                max(metrics.horizontalAdvance(_t(word)) for word in ("需说明", "错误", "市级意见")) + 28,
                max(metrics.horizontalAdvance(name) for name in ledgers) + 28,
                metrics.horizontalAdvance("中" * 16) + 16,
            )
        ):
            header.resizeSection(column, width)
        self._fit_height()

    def _fit_height(self) -> None:
        """As high as the rows shown (up to MAX_VISIBLE_ROWS; it scrolls beyond)."""
        shown = self.list.topLevelItemCount()
        if not shown:
            return
        rows = min(shown, MAX_VISIBLE_ROWS)
        row_height = self.list.sizeHintForRow(0)
        frame = 2 * self.list.frameWidth()
        self.list.setFixedHeight(self.list.header().sizeHint().height() + rows * row_height + frame + 2)

    # --- states ---------------------------------------------------------------------------

    def show_checking(self, period: Period) -> None:
        """The check of ``period`` is under way. The same period's list stays until the new one
        arrives (the records changed little); another period's is taken away at once."""
        self.status.setText(f"<span style='color:#666666'>{_t('正在检查…')}</span>")
        if self.check is not None and self.check.period != period:
            self.check = None
            self.list.clear()
            self.list.hide()
            self.more.hide()

    def show_failed(self, message: str) -> None:
        self.check = None
        self.status.setText(f"<span style='color:{ERROR_COLOUR}'>{_t('检查没有完成：{0}').format(message)}</span>")
        self.list.clear()
        self.list.hide()
        self.more.hide()

    def show_check(self, check: SigningCheck) -> None:
        self.check = check
        if not self._fitted_to_kinds:
            self._fit_to_font()
        self.list.clear()
        if not check.items:
            self.status.setText(f"<b style='color:{OK_COLOUR}'>{_t('可以签署报表')}</b>")
            self.list.hide()
            self.more.hide()
            return
        parts = []
        if check.errors:
            text = _t("{0} 个错误必须先改正").format(check.errors)
            parts.append(f"<b style='color:{ERROR_COLOUR}'>{text}</b>")
        if check.warnings:
            text = _t("{0} 条提醒需写明说明").format(check.warnings)
            parts.append(f"<b style='color:{WARNING_COLOUR}'>{text}</b>")
        if not parts:
            parts.append(f"<b style='color:{OK_COLOUR}'>{_t('可以签署报表')}</b>")
        if check.comments:
            if not check.street_comments:
                text = _t("市级意见 {0} 条，请逐条查看").format(check.comments)
            elif check.street_comments == check.comments:
                text = _t("街道意见 {0} 条，请逐条查看").format(check.comments)
            else:
                text = _t("街道和市级意见 {0} 条，请逐条查看").format(check.comments)
            parts.append(f"<b style='color:{COMMENT_COLOUR}'>{text}</b>")
        status = parts[0]
        for part in parts[1:]:
            status = _t("{0}，{1}").format(status, part)
        self.status.setText(status)

        shown = check.items[:MAX_SHOWN]
        self.list.addTopLevelItems([self._item(item) for item in shown])
        self._fit_height()
        self.list.show()

        hidden = len(check.items) - len(shown)
        link = f"<a href='reports'>{_t('打开报表页')}</a>"
        if hidden:
            note = _t("还有 {0} 项未列出；报表页列出全部。").format(hidden)
        else:
            note = _t("点一项即可打开要改的记录；提醒的说明在报表页填写。")
        self.more.setText(f"{note}　{link}")
        self.more.show()

    @property
    def shown_items(self) -> list[ToFix]:
        return [item.data(0, TO_FIX_ROLE) for item in self._rows()]

    def line_texts(self) -> list[tuple[str, str, str, str]]:
        """The lines as shown: (类别, 台账, 记录, 问题)."""
        return [(item.text(0), item.text(1), item.text(2), item.text(3)) for item in self._rows()]

    def _rows(self) -> list[QTreeWidgetItem]:
        rows = (self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount()))
        return [item for item in rows if item is not None]

    def _item(self, item: ToFix) -> QTreeWidgetItem:
        if item.only_comment:
            colour = QBrush(QColor(COMMENT_COLOUR))
            category = _t("街道意见") if item.street_comment else _t("市级意见")
        else:
            colour = QBrush(QColor(ERROR_COLOUR if item.error else WARNING_COLOUR))
            category = _t("错误") if item.error else _t("需说明")
        problem = text(item.message)
        if item.comment:
            said = (_t("街道意见：{0}") if item.street_comment else _t("市级意见：{0}")).format(item.comment)
            problem = _t("{0}　{1}").format(problem, said) if problem else said
        texts = [
            category,
            _ledger_name(item.kind),
            (item.title if item.record_id else label(item.title)) or "—",  # a figure's name is a label
            problem,
        ]
        row = QTreeWidgetItem(texts)
        row.setData(0, TO_FIX_ROLE, item)
        bold = row.font(0)
        bold.setBold(True)
        row.setFont(0, bold)
        row.setForeground(0, colour)
        row.setForeground(3, colour)
        where = page_for(item.kind) if item.kind else None
        tip = problem
        if where is None:
            tip += "\n" + _t("（这一项不在台账中修改）")
        elif item.record_id:
            tip += "\n" + _t("点击或按回车打开这条记录")
        else:
            tip += "\n" + _t("点击或按回车打开这本台账")
        for column in range(4):
            row.setToolTip(column, tip)
        return row

    def _chosen(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        if not self.isVisible():  # the click before a double-click already went to the record
            return
        item = row.data(0, TO_FIX_ROLE)
        if isinstance(item, ToFix) and item.kind and page_for(item.kind) is not None:
            self.open_requested.emit(item)
