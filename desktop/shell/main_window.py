"""The main window: navigation by the four pillars on the left, the chosen page on the right.

Pages are built the first time they are shown. Every page gets the window's :class:`ChangeHub`:
an operation anywhere publishes its :class:`db.changes.Changes` there once, and each page reads
again what it touches — the window never refreshes pages itself. Keyboard: Ctrl+F searches the
current list, Alt+1…9 jumps to the first nine pages, Ctrl+PgDown / Ctrl+PgUp go to the next /
previous page; F1 opens the user manual at the page shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.common.changes import ChangeHub
from desktop.common.shortcuts import quit_keys
from desktop.common.text_size import add_text_size_actions, follow_font
from desktop.common.workspace import OperatorLike, Workspace
from desktop.shell.navigation import NAVIGATION, PAGE_KEYS

if TYPE_CHECKING:
    from db.store import Store
    from desktop.ledgers.deletions import EditingContext
    from desktop.ledgers.list_page import ListPage
    from desktop.returns.page import ReturnsPage
    from desktop.sheets.templates import TemplateSaver
    from desktop.shell.backups import BackupController

CONTEXT = "MainWindow"
PAGE_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class LoadingPage(QWidget):
    """What the window shows for the moment between appearing and its data being open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(_t("正在打开社区台账的数据…"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)


class MainWindow(QMainWindow):
    """The main window. It can be shown before its data is open (start-up shows the frame at
    once, then :meth:`attach` gives it the open store); pages that read data are built only
    once attached."""

    attached = Signal()  # the store is open and the current page has been built
    file_opened = Signal(str, str)  # a page key and the file given to it (open_file)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.hub = ChangeHub(self)  # what changed, published once for every page
        self.editing: EditingContext | None = None
        self.backups: BackupController | None = None
        self.templates: TemplateSaver | None = None
        self._wanted = "home"  # the page to show once attached
        self._files: list[Path] = []  # files to open (open_file), waiting for the data or a dialog
        self._files_waiting = False  # a later look at them is planned
        # Qt adds the application's name (社区台账) after a window's title itself
        self.setWindowTitle(workspace.office_name or _t("社区台账"))
        self.resize(1280, 800)

        self.nav = QTreeWidget()
        self.nav.setHeaderHidden(True)
        self.nav.setRootIsDecorated(False)
        self.nav.setItemsExpandable(False)
        self.nav.setExpandsOnDoubleClick(False)
        self.nav.setIndentation(16)
        self.nav.setMinimumWidth(150)
        nav_font = self.nav.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.1)
        self.nav.setFont(nav_font)
        self.nav.setStyleSheet("QTreeWidget::item { padding: 3px 4px; }")
        self.nav.setAccessibleName(_t("导航"))
        self._nav_items: dict[str, QTreeWidgetItem] = {}
        self._build_navigation()
        follow_font(self.nav, self._fit_navigation)  # as wide as its words at any 设置 ▸ 字号

        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self.loading = LoadingPage()
        self.stack.addWidget(self.loading)

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1100])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self._build_status_bar()
        self._build_actions()
        self.nav.currentItemChanged.connect(self._on_nav_changed)
        if workspace.attached:
            self._start_services()
        self.show_page("home")

    def attach(self, store: Store) -> None:
        """The data is open: start what needs it and build the page asked for meanwhile."""
        self.workspace.attach(store)
        self._start_services()
        self.show_page(self._wanted)
        self.attached.emit()
        self._open_files()

    def _start_services(self) -> None:
        from desktop.common.file_drop import SHEET_SUFFIXES, FileDropFilter
        from desktop.ledgers.deletions import install_editing
        from desktop.returns.pdf_drop import PdfDropFilter
        from desktop.shell.backups import BackupController

        # Record editors share it: sessions as the operator signed in now, deletions to undo (Ctrl+Z).
        self.editing = install_editing(self, self.workspace.store.session, lambda: self.workspace.actor, hub=self.hub)
        # A return's PDF dropped anywhere on the window is verified on the 报表 page.
        self.pdf_drops = PdfDropFilter(self, lambda path: self.reports_page().verify_file(path))
        # A copy on close, daily copies, 恢复备份… (which reopens the data in a new window).
        self.backups = BackupController(self, self.workspace, MainWindow.reopened, self.restore_action)
        # A workbook dropped on the window opens the import wizard with it (desktop/sheets/import_wizard.py).
        self.sheet_drops = FileDropFilter(self, SHEET_SUFFIXES, self.import_sheet)
        for needs_data in (self.switch_action, self.import_action, self.template_action):
            needs_data.setEnabled(True)
        self._allow_restore()

    def _allow_restore(self) -> None:
        """Only an administrator restores a backup: it replaces every record of the office."""
        allowed = self.workspace.attached and self.workspace.is_admin
        self.restore_action.setEnabled(allowed)
        self.restore_action.setToolTip("" if allowed else _t("只有管理员可以恢复备份"))

    # --- building --------------------------------------------------------------------------

    def _build_navigation(self) -> None:
        for group in NAVIGATION:
            parent: QTreeWidgetItem | None = None
            if group.label is not None:
                parent = QTreeWidgetItem(self.nav, [_t(group.label)])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
            for entry in group.entries:
                item = QTreeWidgetItem([_t(entry.label)])
                item.setData(0, PAGE_KEY_ROLE, entry.key)
                if parent is None:
                    self.nav.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                self._nav_items[entry.key] = item
        self.nav.expandAll()

    def _fit_navigation(self) -> None:
        bold = self.nav.font()
        bold.setBold(True)
        groups = [self.nav.topLevelItem(row) for row in range(self.nav.topLevelItemCount())]
        widest = max(
            QFontMetrics(bold).horizontalAdvance(item.text(0)) + (self.nav.indentation() if item.parent() else 0)
            for item in [*self._nav_items.values(), *(group for group in groups if group is not None)]
        )
        scroll_bar = self.nav.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)  # many rows at a large size
        self.nav.setMinimumWidth(max(150, widest + self.nav.fontMetrics().horizontalAdvance("中") * 2 + scroll_bar))

    def _build_status_bar(self) -> None:
        ws = self.workspace
        office = f"{ws.office_name}（{ws.office_code}）" if ws.office_code else _t("尚未建立社区信息")
        self.office_label = QLabel(_t("社区：{0}").format(office))
        self.office_label.setToolTip(_t("数据文件夹：{0}").format(ws.data_dir))
        operator = ws.operator_name or _t("未设置")
        self.operator_label = QLabel(_t("操作人员：{0}").format(operator))
        bar = self.statusBar()
        bar.addPermanentWidget(self.office_label)
        bar.addPermanentWidget(self.operator_label)

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(_t("文件(&F)"))
        self.switch_action = QAction(_t("切换操作人员(&O)…"), self)
        self.switch_action.triggered.connect(self.switch_operator)
        file_menu.addAction(self.switch_action)
        file_menu.addSeparator()
        self.import_action = QAction(_t("从 Excel 导入(&I)…"), self)
        self.import_action.triggered.connect(lambda: self.import_sheet())  # noqa: PLW0108 (not `checked` as the path)
        file_menu.addAction(self.import_action)
        self.template_action = QAction(_t("下载空白模板(&T)…"), self)
        self.template_action.triggered.connect(self.save_template)
        file_menu.addAction(self.template_action)
        file_menu.addSeparator()
        self.restore_action = QAction(_t("恢复备份…"), self)  # BackupController connects it
        file_menu.addAction(self.restore_action)
        for needs_data in (self.switch_action, self.restore_action, self.import_action, self.template_action):
            needs_data.setEnabled(self.workspace.attached)
        file_menu.addSeparator()
        quit_action = QAction(_t("退出(&X)"), self)
        quit_action.setShortcuts(quit_keys())
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(_t("转到(&G)"))
        self.find_action = self._action(go_menu, _t("搜索当前列表"), QKeySequence.StandardKey.Find, self.focus_search)
        self._action(go_menu, _t("下一页"), QKeySequence("Ctrl+PgDown"), lambda: self.step_page(1))
        self._action(go_menu, _t("上一页"), QKeySequence("Ctrl+PgUp"), lambda: self.step_page(-1))
        go_menu.addSeparator()
        for number, key in enumerate(PAGE_KEYS[:9], start=1):
            label = self._nav_items[key].text(0)
            self._action(go_menu, label, QKeySequence(f"Alt+{number}"), self._opener(key))

        view_menu = self.menuBar().addMenu(_t("查看(&V)"))  # 放大字号 Ctrl+=, 缩小字号 Ctrl+-, 恢复标准字号 Ctrl+0
        self.text_size_actions = add_text_size_actions(self, view_menu)

        help_menu = self.menuBar().addMenu(_t("帮助(&H)"))
        # F1: the manual at the page shown (desktop/common/manual_topics.py PAGE_TOPICS)
        self.manual_action = self._action(help_menu, _t("使用手册"), QKeySequence("F1"), self.show_help)
        help_menu.addSeparator()
        about = QAction(_t("关于社区台账"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _action(
        self, menu: QMenu, text: str, shortcut: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        menu.addAction(action)
        return action

    def _opener(self, key: str) -> Callable[[], None]:
        def open_page() -> None:
            self.show_page(key)

        return open_page

    def _make_page(self, key: str) -> QWidget:
        factory = self.workspace.store.session
        if key == "home":
            from desktop.home.dashboard import DashboardPage

            home = DashboardPage(
                factory,
                self.workspace.office_name,
                office_code=self.workspace.office_code or None,
                hub=self.hub,
                database=self.workspace.store.db_path,
            )
            home.open_requested.connect(self.open_record)
            home.reports_requested.connect(self.open_reports)
            return home
        if key == "settings":
            from desktop.settings.page import SettingsPage

            return SettingsPage(self.workspace, hub=self.hub)
        if key == "reports":
            from desktop.returns.page import ReturnsPage

            return ReturnsPage(self.workspace, hub=self.hub)
        if key == "exchange":
            from desktop.exchange.page import ExchangePage

            exchange = ExchangePage(self.workspace, hub=self.hub)
            exchange.reports_requested.connect(self.open_reports)
            return exchange
        from desktop.ledgers.list_page import ListPage

        return ListPage(factory, key, editing=self.editing, hub=self.hub)

    # --- pages -----------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use (before the data is open: the loading page,
        unless one was adopted for it)."""
        page = self._pages.get(key)
        if page is None and not self.workspace.attached:
            return self.loading
        if page is None:
            page = self._make_page(key)
            self._pages[key] = page
            self.stack.addWidget(page)
        return page

    def adopt_page(self, key: str, page: QWidget) -> QWidget:
        """Take ``page`` as the page for ``key``, built before the data is open (start-up's 首页
        from the standing kept last time: desktop/shell/startup.py, which attaches it later);
        shown at once if ``key`` is the page shown."""
        self._pages[key] = page
        self.stack.addWidget(page)
        if self._wanted == key:
            self.stack.setCurrentWidget(page)
        return page

    def built_pages(self) -> tuple[str, ...]:
        return tuple(self._pages)

    @property
    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(0, PAGE_KEY_ROLE)) if item is not None else "home"

    def show_page(self, key: str) -> QWidget:
        """Show the page for ``key`` (and select it in the navigation)."""
        item = self._nav_items[key]
        if self.nav.currentItem() is not item:
            self.nav.setCurrentItem(item)  # calls back _on_nav_changed
        self._wanted = key
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        return page

    def open_record(self, kind_key: str, record_id: str = "", field: str = "") -> QWidget | None:
        """Go to ``record_id`` of ``kind_key`` where it is kept, its editor open with the cursor in
        ``field`` (without a record id, the ledger's list); see :mod:`desktop.shell.goto`."""
        from desktop.shell.goto import go_to_record

        return go_to_record(self.show_page, self.workspace.store, kind_key, record_id, field)

    def reports_page(self) -> ReturnsPage:
        """The 报表 page, shown."""
        from desktop.returns.page import ReturnsPage

        page = self.show_page("reports")
        assert isinstance(page, ReturnsPage)
        return page

    def open_reports(self, period_code: str) -> ReturnsPage:
        """The 报表 page, checking the period ``period_code``."""
        page = self.reports_page()
        page.set_period(period_code)
        return page

    def open_file(self, path: Path) -> None:
        """Open ``path`` on the page that takes it (a file the app was started with, or handed
        over by a second start: desktop/shell/single_instance.py): a bundle (``*.shequ``) is
        imported on 数据交换, a certificate file (``*-certificate.json``) installed there, a PDF
        verified on 报表 (desktop/shell/file_args.py). It waits for the data to be open, for a
        dialog in front to close and for the page's work under way to end."""
        self._files.append(path)
        self._open_files()

    def _open_files(self) -> None:
        while self._files and self.workspace.attached:  # (not attached: attach() looks again)
            if QApplication.activeModalWidget() is None:
                path = self._files.pop(0)  # taken first: its page may ask in a dialog of its own
                if self._open_file(path):
                    continue
                self._files.insert(0, path)
            if not self._files_waiting:  # look again in a moment
                self._files_waiting = True
                QTimer.singleShot(300, self._look_again)
            return

    def _look_again(self) -> None:
        self._files_waiting = False
        self._open_files()

    def _open_file(self, path: Path) -> bool:
        """Give ``path`` to its page; False when that page is busy (try again later)."""
        from desktop.shell.file_args import BUNDLE, CERTIFICATE, RETURN_PDF, file_kind

        kind = file_kind(path)
        if kind == RETURN_PDF:
            reports = self.reports_page()
            self.file_opened.emit("reports", str(path))  # before: the page may answer in a dialog
            reports.verify_file(path)  # waits itself for work under way
            return True
        if kind not in (BUNDLE, CERTIFICATE):
            return True  # nothing opens it (desktop/gui.py passes only these)
        from desktop.exchange.page import ExchangePage

        page = self.show_page("exchange")
        assert isinstance(page, ExchangePage)
        if page.busy:
            return False
        self.file_opened.emit("exchange", str(path))  # before: the import may ask in a dialog
        if kind == BUNDLE:
            page.import_file(path)
        else:
            page.install_certificate(path)
        return True

    def ledger_pages(self) -> list[ListPage]:
        """The ledgers' list pages built so far."""
        from desktop.ledgers.list_page import ListPage

        return [page for page in self._pages.values() if isinstance(page, ListPage)]

    def step_page(self, step: int) -> None:
        position = PAGE_KEYS.index(self.current_key)
        self.show_page(PAGE_KEYS[(position + step) % len(PAGE_KEYS)])

    def focus_search(self) -> None:
        from desktop.ledgers.list_page import ListPage

        page = self.stack.currentWidget()
        if isinstance(page, ListPage):
            page.focus_search()

    def _on_nav_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        key = current.data(0, PAGE_KEY_ROLE)
        if key:
            self.show_page(str(key))

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.ledger_pages():  # an editor with unsaved changes asks first
            if not page.maybe_leave():
                event.ignore()
                return
        # Anything that may refuse the close (unsaved changes) goes before this line;
        # the backup runs only once the close is accepted.
        super().closeEvent(event)
        if event.isAccepted() and self.backups is not None:
            self.backups.window_closing()

    def switch_operator(self) -> None:
        """文件 → 切换操作人员: someone else signs in; changes from now on are theirs."""
        from desktop.shell.signin import SignInDialog, load_operators

        ws = self.workspace
        dialog = SignInDialog(load_operators(ws.store), ws.office_name, self, current_id=ws.operator_id, switching=True)
        self.sign_in_dialog = dialog
        dialog.accepted.connect(lambda: self.signed_in(dialog.chosen))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def signed_in(self, operator: OperatorLike | None) -> None:
        self.workspace.sign_in(operator)
        self._allow_restore()
        self.operator_label.setText(_t("操作人员：{0}").format(self.workspace.operator_name or _t("未设置")))
        self.hub.operator_changed.emit()

    def import_sheet(self, path: Path | None = None) -> None:
        """文件 ▸ 从 Excel 导入… (or a workbook dropped on the window): the import wizard."""
        from desktop.sheets.import_wizard import start_import

        self.import_wizard = start_import(self, self.workspace, self.hub, path)
        if self.import_wizard is not None:  # the imported ledger shows behind the summary
            self.import_wizard.imported.connect(lambda kind_key, _result: self.show_page(kind_key))

    def save_template(self) -> None:
        """文件 ▸ 下载空白模板…: choose a ledger (the one shown, if it can be imported), then where."""
        from desktop.sheets.templates import TemplateSaver

        if self.templates is None:
            self.templates = TemplateSaver(self)
        self.templates.choose(self.current_key)

    def show_help(self) -> None:
        """帮助 ▸ 使用手册 (F1): the manual, at the topic of the page shown."""
        from desktop.common.manual import show_manual, topic_for_page

        show_manual(self, topic_for_page(self.current_key))

    def _about(self) -> None:
        """帮助 ▸ 关于社区台账: versions, folders and licences (desktop/settings/about.py)."""
        from desktop.settings.about import AboutDialog

        dialog = AboutDialog(self.workspace.data_dir, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()

    @staticmethod
    def reopened(workspace: Workspace) -> MainWindow:
        """A new window on a store reopened after a restore; it closes that store when it closes."""
        window = MainWindow(workspace)
        assert window.backups is not None
        window.backups.owns_store = True
        return window
