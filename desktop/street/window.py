"""The street's window (街道审核): the offices that report through the street, their returns and the
street's review, opened instead of an office's window when the data folder holds a street's
installation (``shequ street init``; :func:`db.folder.is_street_folder`).

No sign-in: what matters — opening the offices' bundles, countersigning a return, forwarding to the
city, writing receipts — needs the street's passphrase, asked the first time and kept in memory for the
window's session once it worked (:class:`~desktop.common.passphrase_keeper.PassphraseKeeper`):
文件 ▸ 锁定 (Ctrl+L), closing the window or the time-out without use forget it.

* 社区报送情况 (:mod:`~desktop.street.status_tab`): the period chosen, one row per office on the city's
  roster and where its return stands level by level; the backlog at the top (``待审核 3 份``); 写回执….
* 审核 (:mod:`~desktop.street.review_tab`): the returns, waiting ones first; the one selected with its
  figures, the import's finding and the comments; 通过（加签）…, 退回…, 有问题…, 对这一项提意见…, 查看报表
  (:mod:`~desktop.street.decisions`).

Menus: 文件 (导入社区数据包…, 导入文件夹中的数据包…, 报送市级…, 写回执…, 安装市级证书…, 安装社区名单…,
生成证书申请…, 锁定, 退出), 查看 (text size), 帮助 (使用手册 — F1 —, 关于社区台账). Each action is a helper of its
own (:mod:`~desktop.street.import_action`, :mod:`~desktop.street.installing`,
:mod:`~desktop.street.forwarding`); an action that changed data publishes one :class:`db.changes.Changes`
through the window's :class:`ChangeHub`, and each tab reads again what the change touches.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.changes import Changes
from db.enums import ReturnState
from db.errors import ShequError
from db.periods import Period, parse_period
from db.timeutil import local_today
from desktop.common.changes import ChangeHub
from desktop.common.drives import DriveSource
from desktop.common.exchange_widgets import ResultFrame
from desktop.common.page_parts import ERROR_COLOUR, NEUTRAL_COLOUR
from desktop.common.passphrase import PassphraseCache
from desktop.common.passphrase_keeper import KeeperWords, PassphraseKeeper
from desktop.common.prompts import EXCHANGE, prompts
from desktop.common.shortcuts import quit_keys
from desktop.common.tasks import BusyWork, Progress, TaskHandle, TaskRunner
from desktop.street import decisions, forwarding, help_actions, import_action, installing, ledger_actions
from desktop.street.ledger_tab import LedgerTab
from desktop.street.review_tab import ReviewTab
from desktop.street.status_tab import StatusTab
from desktop.street.texts import _t
from desktop.street.top_bar import TopBar

if TYPE_CHECKING:
    from db.exchange.street import StreetInstallation
    from db.store import Store

__all__ = ["StreetWindow"]


def _open_with_system(path: Path) -> bool:
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def _keeper_words() -> KeeperWords:
    return KeeperWords(
        ask=_t("请输入街道口令（建立街道安装时设定的）。"),
        remembered=_t("口令正确时，本窗口会记住它，{0} 分钟不用自动忘记；点“文件 ▸ 锁定”可以立即忘记。"),
        field_label=_t("街道口令："),
        kept=_t("已记住街道口令"),
        kept_tip=_t("点“文件 ▸ 锁定”（Ctrl+L）立即忘记"),
    )


class StreetWindow(BusyWork, QMainWindow):
    """The street's window (see the module's notes); to its tabs and actions, a
    :class:`~desktop.street.services.StreetParts`."""

    def __init__(
        self,
        store: Store,
        street: StreetInstallation,
        *,
        runner: TaskRunner | None = None,
        drives: DriveSource | None = None,
        today: date | None = None,
        clock: Callable[[], datetime] | None = None,
        passphrases: PassphraseCache | None = None,
        open_document: Callable[[Path], bool] = _open_with_system,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.street = street
        self.street_name = street.name
        self.runner = runner or TaskRunner(self)
        self.today = today or local_today()
        self.clock = clock  # the decisions' time (None: now)
        self.open_document = open_document  # 查看报表: the computer's PDF reader
        self.hub = ChangeHub(self)
        self.keeper = PassphraseKeeper(passphrases or PassphraseCache(), self, _keeper_words())
        self.passphrases = self.keeper.cache
        self.reviewer = ""
        self._built = False
        self.setWindowTitle(_t("街道审核：{0}").format(self.street_name))  # Qt adds " — 社区台账"
        self.resize(1280, 820)

        bar = TopBar(self.street_name, self.today, drives)
        self.top_bar = bar
        self.period_box, self.refresh_button, self.drives = bar.period_box, bar.refresh_button, bar.drives
        self.import_button, self.forward_button = bar.import_button, bar.forward_button
        self.installation_note = bar.installation_note

        self.result_frame = ResultFrame(close_label=_t("关闭"))
        self.result_heading = self.result_frame.heading
        self.result_text = self.result_frame.text
        self.tabs = QTabWidget()
        self.status = StatusTab(self)
        self.tabs.addTab(self.status, _t("社区报送情况"))
        self.review = ReviewTab(self)
        self.tabs.addTab(self.review, _t("审核"))
        self.ledger = LedgerTab(self)
        self.tabs.addTab(self.ledger, _t("本街道台账"))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(bar)
        layout.addWidget(self.result_frame)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(self.keeper.label)
        self.statusBar().addPermanentWidget(QLabel(_t("数据文件夹：{0}").format(store.data_dir)))
        self._build_menus()
        self._built = True

        self.hub.changed.connect(self._installation_changed)
        self.hub.changed.connect(self._review_changed)
        self.hub.changed.connect(self.status.changed)
        self.hub.changed.connect(self.ledger.changed)
        self.period_box.currentIndexChanged.connect(lambda _index: self._period_changed())
        self.refresh_button.clicked.connect(self.refresh)
        self.import_button.clicked.connect(self.choose_and_import)
        self.forward_button.clicked.connect(self.forward_to_city)
        self._connect_actions()
        self.refresh()

    def _connect_actions(self) -> None:
        status, review = self.status, self.review
        status.table.activated.connect(lambda _index: self.review_selected_office())
        status.review_button.clicked.connect(self.review_selected_office)
        status.ack_button.clicked.connect(self.write_ack)
        review.returns_list.itemActivated.connect(lambda _item, _column: self.view_return())
        review.pass_button.clicked.connect(lambda: self.decide(ReturnState.RECEIVED))
        review.return_button.clicked.connect(lambda: self.decide(ReturnState.RETURNED))
        review.problem_button.clicked.connect(lambda: self.decide(ReturnState.PROBLEM))
        review.view_button.clicked.connect(self.view_return)
        review.comment_button.clicked.connect(self.comment_on_figure)
        review.returns_list.itemSelectionChanged.connect(self._update_buttons)
        ledger = self.ledger
        ledger.add_staff_button.clicked.connect(lambda: ledger_actions.add_staff(self))
        ledger.add_funding_button.clicked.connect(lambda: ledger_actions.add_funding(self))
        ledger.remove_button.clicked.connect(lambda: ledger_actions.remove_selected(self))
        ledger.return_button.clicked.connect(lambda: ledger_actions.make_return(self))

    def _build_menus(self) -> None:
        """The menu bar, as the city's window: 文件, 查看 (the text size), 帮助."""
        file_menu = self.menuBar().addMenu(_t("文件(&F)"))
        self.import_action = self._action(
            file_menu, _t("导入社区数据包(&I)…"), self.choose_and_import, QKeySequence("Ctrl+I")
        )
        self.import_folder_action = self._action(
            file_menu, _t("导入文件夹中的数据包(&D)…"), self.choose_folder_and_import
        )
        file_menu.addSeparator()
        self.forward_action = self._action(file_menu, _t("报送市级(&S)…"), self.forward_to_city)
        self.ack_action = self._action(file_menu, _t("写回执(&R)…"), self.write_ack)
        file_menu.addSeparator()
        self.certificate_action = self._action(file_menu, _t("安装市级证书(&C)…"), self.install_certificate)
        self.roster_action = self._action(file_menu, _t("安装社区名单(&N)…"), self.install_roster)
        self.request_action = self._action(file_menu, _t("生成证书申请(&Q)…"), self.write_request)
        file_menu.addSeparator()
        self.lock_action = self._action(file_menu, _t("锁定(&L)"), self.lock, QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip(_t("忘记已输入的街道口令：下次需要时重新询问"))
        self.lock_action.setEnabled(self.keeper.kept)
        self.keeper.kept_changed.connect(self.lock_action.setEnabled)
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, _t("退出(&X)"), self.close)
        self.quit_action.setShortcuts(quit_keys())

        from desktop.common.text_size import add_text_size_actions

        self.text_size_actions = add_text_size_actions(self, self.menuBar().addMenu(_t("查看(&V)")))

        help_menu = self.menuBar().addMenu(_t("帮助(&H)"))
        self.manual_action = self._action(
            help_menu, _t("使用手册"), self.show_manual, QKeySequence(QKeySequence.StandardKey.HelpContents)
        )
        self.about_action = self._action(help_menu, _t("关于社区台账"), self.show_about)

    def _action(
        self, menu: QMenu, text: str, slot: Callable[[], object], shortcut: QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        menu.addAction(action)
        return action

    # --- reading -------------------------------------------------------------------------

    @property
    def period(self) -> Period:
        return parse_period(str(self.period_box.currentData()))

    def set_period(self, code: str) -> None:
        self.top_bar.set_period(code)  # refreshes

    def refresh(self) -> None:
        """Read everything again."""
        self.hub.publish(Changes.all())

    def _period_changed(self) -> None:
        self.status.refresh()
        self.ledger.refresh()

    def _installation_changed(self, changes: Changes) -> None:
        if changes.touches_office():
            self._show_installation()

    def _show_installation(self) -> None:
        text, missing = help_actions.installation_text(self)
        self.installation_note.setText(text)
        self.installation_note.setStyleSheet(f"color: {ERROR_COLOUR};" if missing else "")

    def _review_changed(self, changes: Changes) -> None:
        self.review.changed(changes)
        self._show_review_count()

    def _show_review_count(self) -> None:
        pending = sum(1 for item in self.review.returns if not item.street_status)
        title = _t("审核（待审核 {0} 份）").format(pending) if pending else _t("审核")
        self.tabs.setTabText(self.tabs.indexOf(self.review), title)

    def review_selected_office(self) -> None:
        """审核这个社区的报表: the office's latest return of the period, on 审核."""
        code = self.status.selected_code()
        if code and self.review.select_office(code, self.period.code):
            self.tabs.setCurrentWidget(self.review)
            self.review.returns_list.setFocus()

    # --- what every action uses ----------------------------------------------------------

    def run(
        self,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        title: str,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        cancellable: bool = True,
    ) -> TaskHandle[Any]:
        """``work`` in the background (:meth:`BusyWork._run`), for the tabs and the actions."""
        return self._run(work, on_success, title, on_error=on_error, on_cancel=on_cancel, cancellable=cancellable)

    def show_error(self, exc: BaseException, title: str = "") -> None:
        from db.exchange.street import StreetPassphraseWrong

        if isinstance(exc, StreetPassphraseWrong):  # a kept one that no longer opens the key goes too
            self.keeper.forget()
        self.result_frame.report(self, exc, title or _t("没有完成"), title or _t("街道审核"))

    def _show_error(self, exc: BaseException) -> None:
        self.show_error(exc)

    def _show_cancelled(self) -> None:
        self.result_frame.say_cancelled()

    def say(self, colour: str, heading: str, text: str = "") -> None:
        self.result_frame.say(colour, heading, text)

    def _update_buttons(self) -> None:
        if not self._built:
            return
        idle = not self.busy
        for widget in (self.import_button, self.refresh_button, self.forward_button):
            widget.setEnabled(idle)
        for action in (
            self.import_action,
            self.import_folder_action,
            self.forward_action,
            self.certificate_action,
            self.roster_action,
            self.request_action,
        ):
            action.setEnabled(idle)
        self.ack_action.setEnabled(idle and bool(self.status.selected_code()))
        self.status.update_buttons()
        self.review.update_buttons()
        self.ledger.update_buttons()

    def ask_passphrase(self, title: str, ok_label: str, why: str) -> str | None:
        return self.keeper.ask(title, ok_label, why)

    def passphrase_worked(self, passphrase: str) -> None:
        self.keeper.worked(passphrase)

    def lock(self) -> None:
        """文件 ▸ 锁定: forget the street's passphrase; the next act that needs it asks again."""
        if self.keeper.forget():
            self.say(NEUTRAL_COLOUR, _t("已锁定"), _t("街道口令已忘记，下次需要时会重新询问。"))

    def folder_or_ask(self, title: str) -> Path | None:
        """The stick chosen; with none, a folder asked for (``title``), or None when the person cancels."""
        folder = self.drives.folder()
        if folder is not None and folder.is_dir():
            return folder
        chosen = prompts().choose_folder(self, title, purpose=EXCHANGE)
        if chosen is None:
            return None
        self.drives.select(chosen)
        return chosen

    # --- the actions (each in its own module) ----------------------------------------------

    def choose_and_import(self) -> None:
        import_action.choose_and_import(self)

    def choose_folder_and_import(self) -> None:
        import_action.choose_folder_and_import(self)

    def import_paths(self, paths: list[Path], *, passphrase: str | None = None) -> None:
        import_action.import_paths(self, paths, passphrase=passphrase)

    def decide(self, status: ReturnState) -> None:
        decisions.decide(self, status)

    def comment_on_figure(self) -> None:
        decisions.comment_on_figure(self)

    def view_return(self) -> None:
        decisions.view_return(self)

    def forward_to_city(self) -> None:
        forwarding.forward_to_city(self)

    def write_ack(self) -> None:
        forwarding.write_ack(self)

    def install_certificate(self, path: Path | None = None) -> None:
        installing.install_certificate(self, path)

    def install_roster(self, path: Path | None = None) -> None:
        installing.install_roster(self, path)

    def write_request(self) -> None:
        installing.write_request(self)

    def show_manual(self) -> None:
        help_actions.show_manual(self)

    def show_about(self) -> None:
        help_actions.show_about(self)

    # --- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Wait for the work under way, then back up the street's database (as the city's window does)."""
        self.runner.wait()
        super().closeEvent(event)
        if event.isAccepted():
            self.keeper.stop()
            self._back_up()

    def _back_up(self) -> None:
        from db.backup import REASON_EXIT, make_backup, prune_backups
        from desktop.shell.backups import backups_to_keep

        try:
            make_backup(self.store, REASON_EXIT)
            prune_backups(self.store.data_dir, backups_to_keep())
        except ShequError as exc:
            prompts().error(self, _t("备份没有完成"), str(exc))
