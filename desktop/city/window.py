"""The city's window (市级汇总): every office's bundles, returns and standing, side by side.

Opened instead of an office's window when the data folder holds the city's installation
(``shequ city init``; :func:`db.folder.is_city_folder`). No sign-in: what matters — opening the
offices' bundles, signing acknowledgements, certificates and the consolidated return — needs the
city's passphrase, asked the first time and kept in memory for the window's session once it worked
(:class:`~desktop.common.passphrase.PassphraseCache`): 文件 ▸ 锁定 (Ctrl+L), closing the window or
:data:`~desktop.common.passphrase.PASSPHRASE_TIMEOUT` without use forget it.

The menus follow the main window's: 文件 (导入报送数据…, 锁定, 退出 — Ctrl+Q, the close button's path),
帮助 (使用手册 — F1, the chapter of the tab shown —, 关于社区台账).

* 报送情况 (:mod:`~desktop.city.status_tab`): the period chosen; one row per registered office — its
  last bundle, its return (arrived, late, missing) and the city's decision, its standing per pillar
  against the city's standards (green 达标, red 未达标, amber 需说明), conflicts waiting. Under it
  the office selected: its returns (接收 / 退回… with the reason the office will see, 查看报表), its
  figures, 查看数据… (its records, read-only), 生成回执….
* 导入记录 (:mod:`~desktop.city.imports_tab`): the files of the last 导入数据包… (each one's result or
  its one clear refusal reason) and every bundle imported so far.
* 同步冲突, 社区名单 (登记社区… from a request file, 吊销证书…), 汇总报表 (the consolidated return,
  made as the offices' returns are, signed with the city's key, shown, printed, saved).

Each action is a helper of its own (:mod:`~desktop.city.import_action`, :mod:`~desktop.city.decisions`,
:mod:`~desktop.city.receipts`, :mod:`~desktop.city.certificates`, :mod:`~desktop.city.consolidated`);
what they show is worked out in plain modules (:mod:`~desktop.city.texts`,
:mod:`~desktop.city.status_state`, :mod:`~desktop.city.importing`). An action that changed data
publishes one :class:`db.changes.Changes` through the window's :class:`ChangeHub` (:attr:`CityWindow.hub`);
each tab listens and reads again what the change touches — no tab calls another.

Everything slow runs in the background with a progress bar (:mod:`desktop.common.tasks`); the work is
:mod:`db.exchange`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.changes import Changes
from db.enums import ReturnState
from db.errors import ShequError
from db.periods import Period, parse_period
from db.timeutil import local_today
from desktop.city import (
    certificates,
    conflicts_tab,
    consolidated,
    database,
    decisions,
    help_actions,
    import_action,
    receipts,
    review_comments,
)
from desktop.city.imports_tab import ImportsTab
from desktop.city.keeper import PassphraseKeeper
from desktop.city.office_data import OfficeDataDialog
from desktop.city.registry_tab import RegistryTab
from desktop.city.return_tab import ReturnTab
from desktop.city.status_tab import StatusTab
from desktop.city.texts import _t, period_options
from desktop.city.unlock import UnlockTab
from desktop.common.changes import ChangeHub
from desktop.common.drives import DriveChooser, DriveSource
from desktop.common.exchange_texts import period_text
from desktop.common.exchange_widgets import ResultFrame
from desktop.common.page_parts import NEUTRAL_COLOUR, bold
from desktop.common.passphrase import PassphraseCache
from desktop.common.prompts import EXCHANGE, prompts
from desktop.common.shortcuts import quit_keys
from desktop.common.tasks import BusyWork, Progress, TaskHandle, TaskRunner

if TYPE_CHECKING:
    from db.exchange.pki import CityAuthority
    from db.store import Store
    from desktop.common.exchange_widgets import ConflictsPanel
    from desktop.common.import_run import ImportRun

__all__ = ["CityWindow"]


class CityWindow(BusyWork, QMainWindow):
    """The city's window (see the module's notes); to its tabs and actions, a
    :class:`~desktop.city.parts.CityParts`."""

    def __init__(
        self,
        store: Store,
        authority: CityAuthority,
        *,
        runner: TaskRunner | None = None,
        drives: DriveSource | None = None,
        today: date | None = None,
        clock: Callable[[], datetime] | None = None,
        passphrases: PassphraseCache | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.authority = authority
        self.runner = runner or TaskRunner(self)
        self.today = today or local_today()
        self.clock = clock  # the import time recorded (None: now); decides whether a return is late
        self.city_name = authority.name
        self.hub = ChangeHub(self)  # what each action changed, for every tab
        self.keeper = PassphraseKeeper(passphrases or PassphraseCache(), self)  # the city's passphrase
        self.passphrases = self.keeper.cache
        self.last_import: ImportRun | None = None
        self.data_dialogs: list[OfficeDataDialog] = []
        self._built = False
        self.setWindowTitle(_t("市级汇总：{0}").format(self.city_name))  # Qt adds " — 社区台账"
        self.resize(1280, 820)

        heading = QLabel(_t("{0} · 各社区报送和达标情况").format(self.city_name))
        bold(heading, 1.4)
        heading.setWordWrap(True)  # two lines rather than a window wider than the screen (English, 设置 ▸ 字号)
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(_t("报告期"))
        for period in period_options(self.today):
            self.period_box.addItem(period_text(period.code), period.code)
        self.period_box.setCurrentIndex(max(0, self.period_box.findData(str(self.today.year))))
        self.refresh_button = QPushButton(_t("重新统计"))
        self.refresh_button.setToolTip(_t("重新读取各社区的情况"))
        self.import_button = QPushButton(_t("导入数据包…"))
        bold(self.import_button)
        self.import_button.setToolTip(_t("导入各社区 U 盘上的数据包（可以一次选多个文件）"))
        self.drives = DriveChooser(drives)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(QLabel(_t("报告期：")))
        top.addWidget(self.period_box)
        top.addWidget(self.refresh_button)
        drive_row = QHBoxLayout()
        drive_row.addWidget(QLabel(_t("U 盘：")))
        drive_row.addWidget(self.drives, 1)
        drive_row.addSpacing(12)
        drive_row.addWidget(self.import_button)

        self.result_frame = ResultFrame(close_label=_t("关闭"))
        self.result_heading = self.result_frame.heading
        self.result_text = self.result_frame.text
        self.tabs = QTabWidget()
        self.status = StatusTab(self)
        self.tabs.addTab(self.status, _t("报送情况"))
        self.imports = ImportsTab(self)
        self.tabs.addTab(self.imports, _t("导入记录"))
        self.conflicts = self._build_conflicts_tab()
        self.tabs.addTab(self.conflicts, _t("同步冲突"))
        self.registry = RegistryTab(self)
        self.tabs.addTab(self.registry, _t("社区名单"))
        self.return_tab = ReturnTab(self)
        self.tabs.addTab(self.return_tab, _t("汇总报表"))
        self.unlock_tab = UnlockTab(self)  # 解锁申请 (desktop.city.unlock)
        self.tabs.addTab(self.unlock_tab, self.unlock_tab.title())

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addLayout(drive_row)
        layout.addWidget(self.result_frame)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(self.keeper.label)
        self.statusBar().addPermanentWidget(QLabel(_t("数据文件夹：{0}").format(store.data_dir)))
        self.database_label = database.status_label(self)  # 数据保存在本机 / 服务器 (desktop.city.database)
        self._build_menus()
        self._built = True

        # every tab reads again what a change touches (in the order they were read before)
        self.hub.changed.connect(self.registry.changed)
        self.hub.changed.connect(self.imports.changed)
        self.hub.changed.connect(self._conflicts_changed)
        self.hub.changed.connect(self.status.changed)
        self.hub.changed.connect(self.unlock_tab.changed)
        self.period_box.currentIndexChanged.connect(lambda _index: self.status.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.import_button.clicked.connect(self.choose_and_import)
        self._connect_actions()
        self.refresh()

    def _connect_actions(self) -> None:
        status, registry, shown = self.status, self.registry, self.return_tab
        status.table.cellDoubleClicked.connect(lambda row, _column: self.open_office_data(status.code_at(row)))
        status.returns_list.itemActivated.connect(lambda _item, _column: self.view_return())
        status.receive_button.clicked.connect(lambda: self.decide(ReturnState.RECEIVED))
        status.reject_button.clicked.connect(lambda: self.decide(ReturnState.RETURNED))
        status.problem_button.clicked.connect(lambda: self.decide(ReturnState.PROBLEM))
        status.view_return_button.clicked.connect(self.view_return)
        status.data_button.clicked.connect(lambda: self.open_office_data(status.selected_code()))
        status.ack_button.clicked.connect(self.write_acks)
        status.comment_button.clicked.connect(lambda: review_comments.comment_on_figure(self))
        registry.issue_button.clicked.connect(lambda: self.register_office())  # noqa: PLW0108 (not `checked` as the path)
        registry.revoke_button.clicked.connect(self.revoke_selected)
        shown.draft_button.clicked.connect(lambda: self.make_city_return(sign=False))
        shown.sign_button.clicked.connect(lambda: self.make_city_return(sign=True))
        shown.save_button.clicked.connect(self.save_shown)
        shown.print_button.clicked.connect(self.print_shown)
        shown.print_preview_button.clicked.connect(lambda: consolidated.preview_shown(self))

    def _build_menus(self) -> None:
        """The menu bar, as the main window's: 文件, 查看 (the text size), 帮助."""
        file_menu = self.menuBar().addMenu(_t("文件(&F)"))
        self.import_action = self._action(file_menu, _t("导入报送数据(&I)…"), self.choose_and_import)
        file_menu.addSeparator()
        self.lock_action = self._action(file_menu, _t("锁定(&L)"), self.lock, QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip(_t("忘记已输入的市级口令：下次需要时重新询问"))
        self.lock_action.setEnabled(self.keeper.kept)
        self.keeper.kept_changed.connect(self.lock_action.setEnabled)
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, _t("退出(&X)"), self.close)
        self.quit_action.setShortcuts(quit_keys())

        from desktop.common.text_size import add_text_size_actions

        self.text_size_actions = add_text_size_actions(self, self.menuBar().addMenu(_t("查看(&V)")))  # Ctrl+= - 0
        self.database_action = database.add_menu(self)  # 设置 ▸ 数据库…

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

    def _build_conflicts_tab(self) -> ConflictsPanel:
        panel = conflicts_tab.make_panel()
        panel.list.itemSelectionChanged.connect(self._update_buttons)
        panel.resolve_requested.connect(self.resolve_selected)
        return panel

    # --- reading -------------------------------------------------------------------------

    @property
    def period(self) -> Period:
        return parse_period(str(self.period_box.currentData()))

    def set_period(self, code: str) -> None:
        index = self.period_box.findData(code)
        if index < 0:
            self.period_box.addItem(period_text(code), code)
            index = self.period_box.count() - 1
        self.period_box.setCurrentIndex(index)  # refreshes

    def use_authority(self, authority: CityAuthority) -> None:
        """The city's authority after its database moved to a server (desktop.city.database)."""
        self.authority = authority

    def refresh(self) -> None:
        """Read everything again: the registry, the imports, the conflicts, then (in the background) the status."""
        self.hub.publish(Changes.all())

    def refresh_status(self) -> None:
        """Work out the chosen period's status of every office, in the background."""
        self.status.refresh()

    def select_office(self, code: str) -> None:
        self.status.select_office(code)

    def _conflicts_changed(self, changes: Changes) -> None:
        if changes.touches_exchange():
            self._show_conflicts()

    def _show_conflicts(self) -> None:
        conflicts_tab.show_conflicts(self)
        self._update_buttons()

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
        from db.exchange.errors import CityPassphraseWrong

        if isinstance(exc, CityPassphraseWrong):  # a kept one that no longer opens the key goes too
            self.keeper.forget()
        self.result_frame.report(self, exc, title or _t("没有完成"), title or _t("市级汇总"))

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
        for button in (self.import_button, self.refresh_button):
            button.setEnabled(idle)
        self.import_action.setEnabled(idle)
        self.status.update_buttons()
        self.registry.update_buttons()
        self.conflicts.set_idle(idle)
        self.return_tab.update_buttons()

    def ask_passphrase(self, title: str, ok_label: str, why: str) -> str | None:
        """The city's passphrase: the one kept, else asked (kept once it worked: :meth:`passphrase_worked`)."""
        return self.keeper.ask(title, ok_label, why)

    def passphrase_worked(self, passphrase: str) -> None:
        self.keeper.worked(passphrase)

    def lock(self) -> None:
        """文件 ▸ 锁定: forget the city's passphrase; the next act that needs it asks again."""
        if self.keeper.forget():
            self.say(NEUTRAL_COLOUR, _t("已锁定"), _t("市级口令已忘记，下次需要时会重新询问。"))

    def folder_or_ask(self, title: str) -> Path | None:
        """The stick chosen; with none, a folder asked for (``title``), or None when the person cancels."""
        folder = self.drives.folder()
        if folder is not None and folder.is_dir():
            return folder
        chosen = prompts().choose_folder(self, title, purpose=EXCHANGE)  # the folder last used, else Documents
        if chosen is None:
            return None
        self.drives.select(chosen)  # the next act writes there too
        return chosen

    # --- the actions (each in its own module) ----------------------------------------------

    def choose_and_import(self) -> None:
        """导入数据包…: one or more files from the stick."""
        import_action.choose_and_import(self)

    def import_paths(self, paths: Sequence[Path], *, allow_gap: bool = False, passphrase: str | None = None) -> None:
        """Import ``paths`` in the background; each file's result, or its refusal, is listed."""
        import_action.import_paths(self, paths, allow_gap=allow_gap, passphrase=passphrase)

    def decide(self, status: ReturnState) -> None:
        """通过 / 退回… / 有问题… the return selected (the last two ask the comment the office will
        see), with the reviewer's name."""
        decisions.decide(self, status)

    def view_return(self) -> None:
        """查看报表: the office's signed return, as it arrived, in the preview."""
        decisions.view_return(self)

    def write_acks(self) -> None:
        """生成回执…: an acknowledgement for each office selected, on the stick."""
        receipts.write_acks(self)

    def make_city_return(self, *, sign: bool) -> None:
        """生成汇总表 / 签署汇总表…: the consolidated return of the period chosen, in the preview."""
        consolidated.make_city_return(self, sign=sign)

    def save_shown(self) -> None:
        """另存为…: the PDF shown, as made (signed), where the person chooses."""
        consolidated.save_shown(self)

    def print_shown(self) -> None:
        consolidated.print_shown(self)

    def register_office(self, path: Path | None = None) -> None:
        """登记社区…: a certificate for the office whose request file is chosen."""
        certificates.register_office(self, path)

    def revoke_selected(self) -> None:
        """吊销证书…: stop trusting every certificate the office was issued."""
        certificates.revoke_selected(self)

    def show_manual(self) -> None:
        """帮助 ▸ 使用手册 (F1): the chapter of the tab shown."""
        help_actions.show_manual(self)

    def show_about(self) -> None:
        help_actions.show_about(self)

    def open_office_data(self, code: str) -> OfficeDataDialog | None:
        """查看数据…: the office's records, read-only."""
        row = self.status.row_of(code)
        if row is None:
            return None
        dialog = OfficeDataDialog(
            self.store, code, row.name, self, on_comment=partial(review_comments.comment_on_record, self, code)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(
            lambda _obj=None, d=dialog: self.data_dialogs.remove(d) if d in self.data_dialogs else None
        )
        self.data_dialogs.append(dialog)
        dialog.show()
        return dialog

    def resolve_selected(self, keep: str) -> None:
        """Settle the conflict selected (保留市级已有的 / 采用数据包的)."""
        conflicts_tab.resolve_selected(self, keep)

    # --- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Wait for the work under way, then back up the city's database (as an office's window does)."""
        for dialog in list(self.data_dialogs):
            dialog.close()
        self.runner.wait()
        super().closeEvent(event)
        if event.isAccepted():
            self.keeper.stop()
            self._back_up()

    def _back_up(self) -> None:
        from db.backup import REASON_EXIT, make_backup, prune_backups
        from desktop.shell.backups import backups_to_keep

        if not self.store.keeps_backups:  # a database on a PostgreSQL server: pg_dump backs it up (README)
            return
        try:
            make_backup(self.store, REASON_EXIT)
            prune_backups(self.store.data_dir, backups_to_keep())
        except ShequError as exc:
            prompts().error(self, _t("备份没有完成"), str(exc))
