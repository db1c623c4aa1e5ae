"""首页: the office's standing, pillar by pillar, against the city standards in force, and what
is left to deal with before the period's return can be signed.

The figures come from :func:`db.compliance.evaluate`; this page only draws them. Each figure
is one row: a coloured status, its name, its value, a bar with the standard marked (when
the figure has a standard) and the one-sentence reason.

Under the pillars, 签署报表前还需处理 lists the blocking errors, then the warnings that need a
written explanation, as the 报表 page's pre-flight finds them (:func:`db.returns.preflight.run_preflight`,
run in the background: the cards show at once, the list fills in when the check is done).
Clicking an item (or Enter on it) asks the window to open its record (:attr:`DashboardPage.open_requested`).
The page is judged again when the period changes and when it is shown again.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QHideEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from db import kinds
from db.errors import ShequError
from db.periods import Period, current_period, parse_period
from db.timeutil import local_today
from db.validation import kind_label
from desktop.common.figures import STATUS_COLOURS, format_number, period_choices, status_label, with_unit
from desktop.common.i18n import label, period_label, text
from desktop.common.tasks import Progress, TaskHandle, TaskRunner
from desktop.shell.goto import page_for

if TYPE_CHECKING:
    from db.returns.preflight import Preflight
    from db.validation import Issue

_TRACK = "#e6e6e6"
_STANDARD_LINE = "#333333"


def _t(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


class FigureBar(QWidget):
    """A horizontal bar: the value against a scale, the standard drawn as a dark line."""

    HEIGHT = 14

    def __init__(self, value: Any, standard: Any, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = float(value) if value is not None else None
        self.standard = float(standard) if standard is not None else None
        self.colour = QColor(STATUS_COLOURS.get(status, "#777777"))
        self.setMinimumWidth(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(300, self.HEIGHT + 4)

    @property
    def scale(self) -> float:
        """The value the full bar stands for: a fifth beyond the standard, or the value."""
        standard = self.standard or 0.0
        return max(standard * 1.2, self.value or 0.0, 1.0)

    def fill_fraction(self) -> float:
        return 0.0 if self.value is None else max(0.0, min(1.0, self.value / self.scale))

    def standard_fraction(self) -> float | None:
        return None if self.standard is None else self.standard / self.scale

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(0, 2, self.width(), self.HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_TRACK))
        painter.drawRoundedRect(rect, 4, 4)
        fill = self.fill_fraction()
        if fill > 0:
            painter.setBrush(self.colour)
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), rect.width() * fill, rect.height()), 4, 4)
        mark = self.standard_fraction()
        if mark is not None:
            x = rect.left() + rect.width() * mark
            painter.setPen(QPen(QColor(_STANDARD_LINE), 2))
            painter.drawLine(int(x), 0, int(x), self.height())
        painter.end()


class StatusBadge(QLabel):
    """The status in words on its colour."""

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(status_label(status), parent)
        self.status = status
        colour = STATUS_COLOURS.get(status, "#777777")
        self.setStyleSheet(f"QLabel {{ background: {colour}; color: white; border-radius: 3px; padding: 1px 6px; }}")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class FigureRow(QWidget):
    """One figure: status, name, value (and standard), bar, reason."""

    def __init__(self, figure: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure_key: str = figure.key
        self.status = str(figure.status)

        name = QLabel(label(figure.label))
        bold = name.font()
        bold.setBold(True)
        name.setFont(bold)
        value_text = with_unit(format_number(figure.value, figure.unit), figure.unit)
        if figure.standard is not None:
            value_text += "　" + _t("标准 {0}").format(
                with_unit(format_number(figure.standard, figure.unit), figure.unit)
            )
        self.value_label = QLabel(value_text)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(8)
        top.addWidget(StatusBadge(self.status))
        top.addWidget(name)
        top.addStretch(1)
        top.addWidget(self.value_label)

        self.reason_label = QLabel(text(figure.reason))
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_label.setStyleSheet("color: #444444;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        layout.addLayout(top)
        self.bar: FigureBar | None = None
        if figure.standard is not None:
            self.bar = FigureBar(figure.value, figure.standard, self.status)
            layout.addWidget(self.bar)
        layout.addWidget(self.reason_label)


class PillarSection(QFrame):
    """One pillar: its title with its overall status, then its figures."""

    def __init__(self, pillar: Any, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key: str = pillar.key
        self.status = str(pillar.status)
        self.setObjectName("pillar")
        colour = STATUS_COLOURS.get(self.status, "#777777")
        self.setStyleSheet(
            f"QFrame#pillar {{ border: 1px solid #cfcfcf; border-top: 4px solid {colour};"
            " border-radius: 4px; background: white; }"
        )

        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        self.badge = StatusBadge(self.status)
        top.addWidget(self.badge)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(top)
        self.rows = [FigureRow(figure) for figure in pillar.figures]
        for row in self.rows:
            layout.addWidget(row)
        layout.addStretch(1)


# The pillars as the app's navigation names them.
PILLAR_TITLES = {"people": "有人管事", "money": "有钱办事", "place": "有场所议事", "service": "一化服务"}
TWO_COLUMNS_FROM = 760  # the sections side by side from this width of the page (px), one under the other below

# --- what is left before signing ------------------------------------------------------------------

ERROR_COLOUR = STATUS_COLOURS["fail"]
WARNING_COLOUR = STATUS_COLOURS["warning"]
OK_COLOUR = STATUS_COLOURS["pass"]
MAX_SHOWN = 200  # lines listed; the 报表 page lists them all
MAX_VISIBLE_ROWS = 12  # the list's height; it scrolls beyond
TO_FIX_ROLE = Qt.ItemDataRole.UserRole + 1
_KEYBOARD_LINKS = Qt.TextInteractionFlag.LinksAccessibleByKeyboard

# The ledger where a figure's records are kept (a figure judged 需说明 opens that list).
FIGURE_LEDGERS = {
    "staff": "staff",
    "secretary": "staff",
    "party_orgs": "party_orgs",
    "operating_funds_per_worker": "funding",
    "office_area": "facilities",
    "service_area": "facilities",
    "one_centre_three_rooms": "facilities",
    "activities": "activities",
    "pairings": "pairings",
    "visits": "pairings",
    "post_claims": "party_members",
    "partner_units": "partner_units",
}


@dataclass(frozen=True)
class ToFix:
    """One thing to deal with before the period's return can be signed."""

    error: bool  # a blocking error (else a warning that needs a written explanation)
    kind: str  # the kind of record ("" when it concerns no ledger)
    record_id: str  # "" for the period (or the office) as a whole
    title: str  # the record's title, or the figure's name
    field: str  # the field to fix ("" when none)
    message: str


@dataclass(frozen=True)
class SigningCheck:
    """The pre-flight of one period as the list shows it: errors first, then warnings."""

    period: Period
    items: list[ToFix]

    @property
    def errors(self) -> int:
        return sum(1 for item in self.items if item.error)

    @property
    def warnings(self) -> int:
        return len(self.items) - self.errors


def _from_issue(issue: Issue) -> ToFix:
    return ToFix(
        issue.is_error, issue.kind or "", issue.record_id or "", issue.record_title, issue.field, issue.message
    )


def things_to_fix(preflight: Preflight) -> list[ToFix]:
    """The pre-flight's blocking errors, then its warnings, in the 报表 page's order."""
    items = [_from_issue(issue) for issue in preflight.report.errors]
    for warning in preflight.warnings:
        if warning.issue is not None:
            items.append(_from_issue(warning.issue))
            continue
        pillar_key, _, figure_key = warning.key.partition(".")
        try:
            figure = preflight.result.figure(pillar_key, figure_key)
        except KeyError:
            items.append(ToFix(False, "", "", "", "", warning.text))
            continue
        items.append(ToFix(False, FIGURE_LEDGERS.get(figure.key, ""), "", figure.label, "", figure.reason))
    return items


def check_before_signing(
    session_factory: Callable[[], Session], period: Period, office_code: str | None
) -> SigningCheck:
    """Run the returns' pre-flight for ``period`` (in a worker: its own session, plain data back)."""
    from db.returns.preflight import run_preflight

    with session_factory() as session:
        preflight = run_preflight(session, period, office_code)
    return SigningCheck(period, things_to_fix(preflight))


def _ledger_name(kind_key: str) -> str:
    if not kind_key:
        return ""
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
        self.setStyleSheet("QFrame#signing { border: 1px solid #cfcfcf; border-radius: 4px; background: white; }")
        self.check: SigningCheck | None = None

        heading = QLabel(_t("签署报表前还需处理"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.status)
        top.addStretch(1)

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
        metrics = self.list.fontMetrics()
        for column, width in enumerate(
            (
                max(metrics.horizontalAdvance(_t("需说明")), metrics.horizontalAdvance(_t("错误"))) + 28,
                max(metrics.horizontalAdvance(label(kind.label)) for kind in kinds.KINDS) + 28,
                metrics.horizontalAdvance("中" * 16) + 16,
            )
        ):
            header.resizeSection(column, width)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)

        self.more = QLabel()
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

    # --- states ---------------------------------------------------------------------------

    def show_checking(self, period: Period) -> None:
        """The check of ``period`` is under way. The same period's list stays until the new one
        arrives (the records changed little); another period's is taken away at once."""
        self.status.setText(f"<span style='color:#777777'>{_t('正在检查…')}</span>")
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
        self.status.setText(_t("{0}，{1}").format(*parts) if len(parts) == 2 else parts[0])

        shown = check.items[:MAX_SHOWN]
        self.list.addTopLevelItems([self._item(item) for item in shown])
        rows = min(len(shown), MAX_VISIBLE_ROWS)
        row_height = self.list.sizeHintForRow(0) if shown else 0
        frame = 2 * self.list.frameWidth()
        self.list.setFixedHeight(self.list.header().sizeHint().height() + rows * row_height + frame + 2)
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
        return [self.list.topLevelItem(row).data(0, TO_FIX_ROLE) for row in range(self.list.topLevelItemCount())]

    def line_texts(self) -> list[tuple[str, str, str, str]]:
        """The lines as shown: (类别, 台账, 记录, 问题)."""
        return [
            (item.text(0), item.text(1), item.text(2), item.text(3))
            for item in (self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount()))
        ]

    def _item(self, item: ToFix) -> QTreeWidgetItem:
        colour = QBrush(QColor(ERROR_COLOUR if item.error else WARNING_COLOUR))
        texts = [
            _t("错误") if item.error else _t("需说明"),
            _ledger_name(item.kind),
            (item.title if item.record_id else label(item.title)) or "—",  # a figure's name is a label
            text(item.message),
        ]
        row = QTreeWidgetItem(texts)
        row.setData(0, TO_FIX_ROLE, item)
        bold = row.font(0)
        bold.setBold(True)
        row.setFont(0, bold)
        row.setForeground(0, colour)
        row.setForeground(3, colour)
        where = page_for(item.kind) if item.kind else None
        tip = text(item.message)
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


class DashboardPage(QWidget):
    """首页: choose a period, see each pillar's figures and what is left before signing."""

    open_requested = Signal(str, str, str)  # kind key, record id ("" for the ledger's list), field
    reports_requested = Signal(str)  # period code: show the 报表 page on it

    def __init__(
        self,
        session_factory: Callable[[], Session],
        office_name: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
        *,
        office_code: str | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._session_factory = session_factory
        self._office_code = office_code
        self.runner = runner or TaskRunner(self)
        today = today or local_today()
        self.sections: dict[str, PillarSection] = {}
        self._check_serial = 0
        self._check_handle: TaskHandle[SigningCheck] | None = None
        self._stale = False  # hidden since the last judgement: judge again when shown

        title = QLabel(_t("{0} “三有一化”达标情况").format(office_name).strip())
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        self.period_box = QComboBox()
        self.period_box.setAccessibleName(_t("报告期"))
        for period in period_choices(today):
            self.period_box.addItem(period_label(period), period.code)
        self.period_box.setCurrentIndex(self.period_box.findData(current_period(today, "year").code))
        self.overall = QLabel()
        self.summary = QLabel()  # what is left before signing, in short; a link down to the list
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse | _KEYBOARD_LINKS)
        self.summary.linkActivated.connect(lambda _link: self.show_signing())

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(_t("报告期：")))
        top.addWidget(self.period_box)

        self._grid_host = QWidget()
        self._columns = 2
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)
        self.signing = SigningSection()
        self.signing.open_requested.connect(self._open)
        self.signing.reports_requested.connect(lambda: self.reports_requested.emit(self.period.code))
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(12)
        content_layout.addWidget(self._grid_host)
        content_layout.addWidget(self.signing)
        content_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.scroll.viewport().installEventFilter(self)  # two columns or one, as the width allows

        layout = QVBoxLayout(self)
        overall = QHBoxLayout()
        overall.addWidget(self.overall)
        overall.addStretch(1)
        overall.addWidget(self.summary)
        layout.addLayout(top)
        layout.addLayout(overall)
        layout.addWidget(self.scroll, 1)

        self.period_box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    @property
    def period(self) -> Period:
        return parse_period(str(self.period_box.currentData()))

    @property
    def checking(self) -> bool:
        """Whether the check before signing is still running."""
        return self._check_handle is not None

    def refresh(self) -> None:
        """Judge the chosen period again: redraw the sections now, check before signing in the background."""
        from db.compliance import evaluate

        self._stale = False
        with self._session_factory() as session:
            result = evaluate(session, self.period, self._office_code)
        for section in self.sections.values():
            self._grid.removeWidget(section)
            section.deleteLater()
        self.sections = {}
        for pillar in result.pillars:
            self.sections[pillar.key] = PillarSection(pillar, label(PILLAR_TITLES.get(pillar.key, pillar.label)))
        self._place_sections()
        status = str(result.status)
        self.overall.setText(
            _t("{0}总体：<b style='color:{1}'>{2}</b>　（按本期有效的市级标准评判）").format(
                period_label(result.period), STATUS_COLOURS.get(status, "#777777"), status_label(status)
            )
        )
        self.check_before_signing()

    def _wanted_columns(self) -> int:
        """Two columns of sections when there is room for two, else one under the other."""
        return 2 if self.scroll.viewport().width() >= TWO_COLUMNS_FROM else 1

    def _place_sections(self) -> None:
        self._columns = self._wanted_columns()
        for section in self.sections.values():
            self._grid.removeWidget(section)
        for position, section in enumerate(self.sections.values()):
            self._grid.addWidget(section, position // self._columns, position % self._columns)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < self._columns else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.scroll.viewport()
            and event.type() == QEvent.Type.Resize
            and self.sections
            and self._wanted_columns() != self._columns
        ):
            self._place_sections()
        return False

    def check_before_signing(self) -> None:
        """Run the returns' pre-flight for the chosen period in the background."""
        period = self.period
        factory, office_code = self._session_factory, self._office_code
        self._check_serial += 1
        serial = self._check_serial
        if self._check_handle is not None:
            self._check_handle.cancel()  # its outcome is dropped
        self.signing.show_checking(period)
        self._show_summary()

        def work(progress: Progress) -> SigningCheck:
            check = check_before_signing(factory, period, office_code)
            progress.check()  # a later check was asked for meanwhile
            return check

        def current() -> bool:
            if not shiboken6.isValid(self) or serial != self._check_serial:
                return False
            self._check_handle = None
            return True

        def arrived(check: SigningCheck) -> None:
            if current():
                self.signing.show_check(check)
                self._show_summary()

        def failed(exc: BaseException) -> None:
            if not current():
                return
            if isinstance(exc, ShequError):
                self.signing.show_failed(str(exc))
                self._show_summary()
            else:
                self.signing.show_failed(_t("程序出错，详见错误报告"))
                self._show_summary()
                sys.excepthook(type(exc), exc, exc.__traceback__)  # a bug: the crash dialog and the log

        def cancelled() -> None:
            current()

        self._check_handle = self.runner.run(
            work, on_success=arrived, on_error=failed, on_cancel=cancelled, show_progress=False
        )

    def _show_summary(self) -> None:
        check = self.signing.check
        if self.checking:
            self.summary.setText(f"<span style='color:#777777'>{_t('签署报表前的检查：正在检查…')}</span>")
        elif check is None:
            self.summary.setText("")
        elif not check.items:
            self.summary.setText(f"<b style='color:{OK_COLOUR}'>{_t('可以签署报表')}</b>")
        else:
            colour = ERROR_COLOUR if check.errors else WARNING_COLOUR
            text = _t("签署报表前还需处理 {0} 项").format(len(check.items))
            self.summary.setText(f"<a href='signing' style='color:{colour}; font-weight:bold'>{text} ↓</a>")

    def show_signing(self) -> None:
        """Scroll down to 签署报表前还需处理 and put the keyboard on its list."""
        content = self.scroll.widget().layout()
        if content is not None:
            content.activate()  # the list may just have changed its height
        self.scroll.ensureWidgetVisible(self.signing, 0, 0)
        if self.signing.list.isVisible():
            self.signing.list.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.signing.list.currentItem() is None and self.signing.list.topLevelItemCount():
                self.signing.list.setCurrentItem(self.signing.list.topLevelItem(0))

    def _open(self, item: ToFix) -> None:
        self.open_requested.emit(item.kind, item.record_id, item.field)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not event.spontaneous():
            self.refresh()  # records may have changed on the other pages meanwhile

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():
            self._stale = True
