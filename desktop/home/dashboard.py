"""首页: the office's standing, pillar by pillar, against the city standards in force, and what
is left to deal with before the period's return can be signed.

The figures come from :func:`db.compliance.evaluate`; this page only draws them. Each figure
is one row: a coloured status, its name, its value, a bar with the standard marked (when
the figure has a standard) and the one-sentence reason.

Under the pillars, 签署报表前还需处理 lists the blocking errors, then the warnings that need a
written explanation, as the 报表 page's pre-flight finds them (:func:`db.returns.preflight.run_preflight`,
run in the background: the cards show at once, the list fills in when the check is done).
Clicking an item (or Enter on it) asks the window to open its record (:attr:`DashboardPage.open_requested`).
The page is judged again when the period changes, and when a change published on the window's
hub touches the ledgers, the standards or the office (at once if shown, else when next shown).
The cards are :mod:`desktop.home.pillars`, the list :mod:`desktop.home.signing_view` over the plain
data of :mod:`desktop.home.signing`.

At start-up the page can be built before the data layer has loaded (``session_factory`` None),
from the standing kept at the end of the last judgement (:mod:`db.standing_cache`): its figures
show at once under 以下为 … 的结果，正在更新…, the period cannot be changed yet, and :meth:`attach`
(the store is open) judges the period again, which takes the mark away. Every judgement of the
period the page opens on is kept again (``database`` given: in its folder, on a background thread).
This module and those it imports at the top stay free of SQLAlchemy (tests/gui/test_dashboard_cache.py).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.errors import ShequError
from db.periods import Period, current_period, parse_period
from db.standing_cache import CachedStanding, local_today
from desktop.common.changes import ChangeHub, StaleGuard
from desktop.common.figures import STATUS_COLOURS, period_choices, status_label
from desktop.common.i18n import label, period_label
from desktop.common.processes import run_in_process
from desktop.common.tasks import Progress, TaskHandle, TaskRunner
from desktop.common.text_size import text_width
from desktop.home.pillars import PILLAR_TITLES, PillarSection
from desktop.home.signing import SigningCheck, ToFix, check_before_signing, check_before_signing_in
from desktop.home.signing_view import _KEYBOARD_LINKS, ERROR_COLOUR, OK_COLOUR, WARNING_COLOUR, SigningSection

if TYPE_CHECKING:
    from sqlmodel import Session

    from db.changes import Changes


def _t(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


# The pillars as the app's navigation names them.
# The sections side by side from this width of the page, in characters of its text (760 px at the
# standard size), one under the other below: at a larger 设置 ▸ 字号 one column comes sooner.
TWO_COLUMNS_FROM = 57

# --- what is left before signing ------------------------------------------------------------------


# The ledger where a figure's records are kept (a figure judged 需说明 opens that list).


class DashboardPage(QWidget):
    """首页: choose a period, see each pillar's figures and what is left before signing."""

    open_requested = Signal(str, str, str)  # kind key, record id ("" for the ledger's list), field
    reports_requested = Signal(str)  # period code: show the 报表 page on it

    def __init__(
        self,
        session_factory: Callable[[], Session] | None,
        office_name: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
        *,
        office_code: str | None = None,
        runner: TaskRunner | None = None,
        hub: ChangeHub | None = None,
        database: Path | None = None,
        cached: CachedStanding | None = None,
    ) -> None:
        """``database``: the file ``session_factory`` opens; when given, the check before signing
        runs in the helper process (:mod:`desktop.common.processes`), which leaves this one's GIL
        to the window, else on a background thread; and the standing of the period the page
        opens on is kept in its folder for the next start. ``session_factory`` None: the data is
        not open yet; the page shows ``cached`` (if it is of the period shown), marked with its
        time, until :meth:`attach`."""
        super().__init__(parent)
        self._session_factory = session_factory
        self._database = database
        self._office_code = office_code
        self.runner = runner or TaskRunner(self)
        today = today or local_today()
        self._opening_period = current_period(today, "year")  # the period the next start opens on too
        self._keeping: threading.Thread | None = None  # writing the standing for the next start
        self.shown_as_of: CachedStanding | None = None  # the kept standing shown, until judged again
        self.sections: dict[str, PillarSection] = {}
        self._check_serial = 0
        self._check_handle: TaskHandle[SigningCheck] | None = None
        self._changed = StaleGuard(self, self.refresh)  # judge again when a change touches the figures
        self.hub = hub or ChangeHub(self)
        self.hub.changed.connect(self._on_changes)

        title = QLabel(_t("{0} “三有一化”达标情况").format(office_name).strip())
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)  # the office's name can be long; at a large 字号 it takes two lines

        self.period_box = QComboBox()
        self.period_box.setAccessibleName(_t("报告期"))
        for period in period_choices(today):
            self.period_box.addItem(period_label(period), period.code)
        self.period_box.setCurrentIndex(self.period_box.findData(self._opening_period.code))
        self.as_of = QLabel()  # 以下为 … 的结果，正在更新…: figures kept from the last session
        self.as_of.setWordWrap(True)
        self.as_of.setStyleSheet(
            "QLabel { background: #fff4d6; color: #5c4300; border: 1px solid #e8c76a;"
            " border-radius: 3px; padding: 4px 8px; }"
        )
        self.as_of.hide()
        self.overall = QLabel()
        self.overall.setWordWrap(True)
        self.summary = QLabel()  # what is left before signing, in short; a link down to the list
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse | _KEYBOARD_LINKS)
        self.summary.linkActivated.connect(lambda _link: self.show_signing())

        top = QHBoxLayout()
        top.addWidget(title, 1)
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
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        self.scroll_area.viewport().installEventFilter(self)  # two columns or one, as the width allows

        layout = QVBoxLayout(self)
        overall = QHBoxLayout()
        overall.addWidget(self.overall, 1)
        overall.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.as_of)
        layout.addLayout(overall)
        layout.addWidget(self.scroll_area, 1)

        self.period_box.currentIndexChanged.connect(self.refresh)
        if session_factory is not None:
            self.refresh()
        else:
            self._show_kept(cached)

    @property
    def attached(self) -> bool:
        """Whether the data is open (else the page waits for :meth:`attach`)."""
        return self._session_factory is not None

    def attach(self, session_factory: Callable[[], Session], database: Path | None = None) -> None:
        """The data is open: judge the period (now if the page is shown, else when it next is)."""
        self._session_factory = session_factory
        self._database = database
        self.period_box.setEnabled(True)
        self.period_box.setToolTip("")
        self._changed.touch()

    def _show_kept(self, cached: CachedStanding | None) -> None:
        """Before the data is open: the standing kept last time, marked as of its time."""
        self.period_box.setEnabled(False)  # nothing to judge another period with yet
        self.period_box.setToolTip(_t("正在打开数据，稍后可选择其他报告期"))
        self.signing.show_checking(self.period)
        if cached is None or cached.period_code != self.period.code:
            self.overall.setText(_t("正在计算…"))
            self._show_summary()
            return
        self._draw(cached.pillars, cached.status, parse_period(cached.period_code))
        self.shown_as_of = cached
        self.as_of.setText(_t("以下为 {0} 的结果，正在更新…").format(self._when(cached)))
        self.as_of.show()
        self._show_summary()

    @staticmethod
    def _when(cached: CachedStanding) -> str:
        moment = cached.computed_local
        clock = f"{moment.hour:02d}:{moment.minute:02d}"
        if moment.year == local_today().year:
            return _t("{0}月{1}日 {2}").format(moment.month, moment.day, clock)
        return _t("{0}年{1}月{2}日 {3}").format(moment.year, moment.month, moment.day, clock)

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

        if self._session_factory is None:  # not open yet: attach() judges it
            return
        self._changed.stale = False
        period = self.period
        keep = self._database is not None and period == self._opening_period
        with self._session_factory() as session:
            mark = _data_mark(session) if keep else 0
            result = evaluate(session, period, self._office_code)
        self._draw(result.pillars, str(result.status), result.period)
        self.shown_as_of = None
        self.as_of.hide()
        if keep:
            self._keep(result, mark)
        self.check_before_signing()

    def _draw(self, pillars: Sequence[Any], status: str, period: Period) -> None:
        """The pillars' cards and the overall line (a judgement's, or the kept standing's)."""
        for section in self.sections.values():
            self._grid.removeWidget(section)
            section.deleteLater()
        self.sections = {}
        for pillar in pillars:
            self.sections[pillar.key] = PillarSection(pillar, label(PILLAR_TITLES.get(pillar.key, pillar.label)))
        self._place_sections()
        self.overall.setText(
            _t("{0}总体：<b style='color:{1}'>{2}</b>　（按本期有效的市级标准评判）").format(
                period_label(period), STATUS_COLOURS.get(status, "#666666"), status_label(status)
            )
        )

    def _keep(self, result: Any, mark: int) -> None:
        """Keep the standing for the next start, written on a background thread (a few KB, fsynced)."""
        from db.folder import head_revision
        from db.standing_cache import standing_of, write_standing

        assert self._database is not None
        standing = standing_of(result, office_code=self._office_code or "", revision=head_revision(), data_mark=mark)
        folder = self._database.parent
        self._keeping = threading.Thread(
            target=write_standing, args=(folder, standing), name="shequ-keep-standing", daemon=True
        )
        self._keeping.start()

    def wait_kept(self, timeout: float = 30.0) -> None:
        """Wait until the standing being kept is written (tests; the app never waits)."""
        if self._keeping is not None:
            self._keeping.join(timeout)

    def _wanted_columns(self) -> int:
        """Two columns of sections when there is room for two, else one under the other."""
        return 2 if self.scroll_area.viewport().width() >= text_width(self, TWO_COLUMNS_FROM) else 1

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
            watched is self.scroll_area.viewport()
            and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange)
            and self.sections
            and self._wanted_columns() != self._columns
        ):
            self._place_sections()
        return False

    def check_before_signing(self) -> None:
        """Run the returns' pre-flight for the chosen period in the background."""
        period = self.period
        factory, office_code, database = self._session_factory, self._office_code, self._database
        if factory is None:  # not open yet: attach() judges the period, then checks
            return
        self._check_serial += 1
        serial = self._check_serial
        if self._check_handle is not None:
            self._check_handle.cancel()  # its outcome is dropped
        self.signing.show_checking(period)
        self._show_summary()

        def work(progress: Progress) -> SigningCheck:
            if database is not None:
                check = run_in_process(check_before_signing_in, database, period, office_code)
            else:
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
        if self.checking or self._session_factory is None:
            self.summary.setText(f"<span style='color:#666666'>{_t('签署报表前的检查：正在检查…')}</span>")
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
        content = self.scroll_area.widget()
        if content is not None and (layout := content.layout()) is not None:
            layout.activate()  # the list may just have changed its height
        self.scroll_area.ensureWidgetVisible(self.signing, 0, 0)
        if self.signing.list.isVisible():
            self.signing.list.setFocus(Qt.FocusReason.OtherFocusReason)
            first = self.signing.list.topLevelItem(0)
            if self.signing.list.currentItem() is None and first is not None:
                self.signing.list.setCurrentItem(first)

    def _open(self, item: ToFix) -> None:
        self.open_requested.emit(item.kind, item.record_id, item.field)

    def _on_changes(self, changes: Changes) -> None:
        # records, the standards they are judged by, or the returns (the city's comments on the latest one)
        if changes.ledgers or changes.touches_office() or changes.touches_returns():
            self._changed.touch()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self._changed.shown()


def _data_mark(session: Session) -> int:
    """The audit log's high-water mark (db.standing_cache): what the kept standing is tied to."""
    value = session.connection().exec_driver_sql("SELECT coalesce(sum(last), 0) FROM change_counter").scalar()
    return int(value or 0)
