"""数据交换: the office's certificate, bundles to the city on a USB stick, and what comes back.

On the left: the USB stick (or another folder) files go to; the certificate (self-signed until
the city issues one) with 生成注册申请… and 安装证书…; 导出数据包 (to the city, or to another
computer of the office under a passphrase typed twice; only the changes since what the city
acknowledged, or everything); 导入交换文件… (the city's acknowledgement, or another computer's
bundle); the result of the last action. On the right: the returns and what the city did with
them (退回 with the city's reason stands out at the top of the page), the bundles sent and
received, and the conflicts imports kept, each settled by keeping this computer's version or
taking the other one.

The page is split by what each part does:

* :mod:`~desktop.exchange.state` — what the page shows, read from the data folder, and the
  :class:`~db.changes.Changes` each action publishes (plain Python);
* :mod:`~desktop.exchange.texts` — the words, made from that state (plain Python);
* :mod:`~desktop.exchange.panels` — the widgets, thin;
* :mod:`~desktop.exchange.certificate`, :mod:`~desktop.exchange.export`,
  :mod:`~desktop.exchange.imports` — one module per action (and settling a conflict).

The page reads again only from the window's :class:`~desktop.common.changes.ChangeHub`: its own
actions publish what they changed there like every other page's, so a return signed on the 报表
page shows here as soon as it is published (when the page is next shown, if it is hidden).

The work is :mod:`db.exchange` (``export_bundle``, ``import_bundle``, ``import_ack``,
``make_request``, ``install_issued``, ``resolve_conflict``); anything slow runs in the background
(:mod:`desktop.common.tasks`) with a progress bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from db.changes import Changes
from desktop.common.changes import ChangeHub, StaleGuard
from desktop.common.drives import DriveSource
from desktop.common.exchange_widgets import ResultFrame
from desktop.common.page_parts import bold, hint
from desktop.common.tasks import TaskRunner
from desktop.common.text_size import follow_font, text_width
from desktop.common.workspace import Workspace
from desktop.exchange import certificate as certificate_actions
from desktop.exchange import export as export_action
from desktop.exchange import imports as import_actions
from desktop.exchange.host import ExchangeHost
from desktop.exchange.panels import (
    CertificateBox,
    DriveBox,
    ExportBox,
    HistoryTab,
    ImportBox,
    ReturnedBanner,
    ReturnsTab,
    conflicts_panel,
)
from desktop.exchange.review_comments import add_comment_rows
from desktop.exchange.state import (
    CertificateState,
    Overview,
    certificate_touched,
    read_certificate_state,
    read_overview,
    shown_by_page,
)
from desktop.exchange.unlock import UnlockBox

__all__ = ["ExchangePage"]

CONTEXT = "ExchangePage"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ExchangePage(ExchangeHost):
    """数据交换 (see the module's notes)."""

    reports_requested = Signal(str)  # a period code: show the 报表 page on it

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner | None = None,
        drives: DriveSource | None = None,
        parent: QWidget | None = None,
        *,
        hub: ChangeHub,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.store = workspace.store
        self.runner = runner or TaskRunner(self)
        self.hub = hub
        self.overview = Overview()
        self.certificate = CertificateState()
        self._pending = Changes()  # what the hub said while the page was hidden

        heading = QLabel(_t("数据交换"))
        bold(heading, 1.4)
        intro = hint(
            _t(
                "社区没有网络，数据用 U 盘送到市委组织部：在这里导出数据包，市里导入后写回执，"
                "把回执拿回来在这里导入，就知道报表是否被接收。"
            )
        )
        self.returned_banner = ReturnedBanner()
        self.drive_box = DriveBox(drives)
        self.certificate_box = CertificateBox()
        self.export_box = ExportBox()
        self.import_box = ImportBox()
        self.unlock_box = UnlockBox(self)  # 锁定与解锁 (desktop.exchange.unlock)
        self.result_frame = ResultFrame()
        self.returns_tab = ReturnsTab()
        self.history_tab = HistoryTab()
        self.conflicts = conflicts_panel()
        self._name_parts()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        for box in (self.drive_box, self.certificate_box, self.export_box, self.import_box, self.unlock_box):
            left_layout.addWidget(box)
        left_layout.addStretch(1)
        # word-wrapped labels would otherwise be squeezed to nothing when the window is low
        left_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        follow_font(scroll, lambda: scroll.setMinimumWidth(text_width(scroll, 32)))  # 420 px at 100 %, 设置 ▸ 字号

        self.tabs = QTabWidget()
        self.tabs.addTab(self.returns_tab, _t("报表状态"))
        self.tabs.addTab(self.history_tab, _t("交换记录"))
        self.tabs.addTab(self.conflicts, _t("同步冲突"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.result_frame)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([text_width(scroll, 36), text_width(scroll, 48)])  # 470 : 620 px at 100 %
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.returned_banner)
        layout.addWidget(splitter, 1)

        self.banner_button.clicked.connect(self._open_returned)
        self.drives.changed.connect(self._drive_changed)
        self.request_button.clicked.connect(self.make_request)
        self.install_button.clicked.connect(lambda: self.install_certificate())  # noqa: PLW0108 (not `checked` as the path)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.choose_and_import)
        self.conflict_list.itemSelectionChanged.connect(self._update_buttons)
        self.conflicts.resolve_requested.connect(self.resolve_selected)
        self._guard = StaleGuard(self, self._read_pending)
        hub.changed.connect(self._changed)

        self.refresh()

    def _name_parts(self) -> None:
        """The widgets by the names the page has always given them (tests and scripts use them)."""
        banner, cert, out = self.returned_banner, self.certificate_box, self.export_box
        self.banner_heading, self.banner_text, self.banner_button = banner.heading, banner.text, banner.button
        self.drives = self.drive_box.drives
        self.cert_state, self.cert_form, self.cert_hint = cert.state, cert.form, cert.hint
        self.cert_city, self.cert_until, self.cert_key, self.cert_root = cert.city, cert.until, cert.key, cert.root
        self.request_button, self.install_button = cert.request_button, cert.install_button
        self.new_key_box = cert.new_key_box
        self.to_city, self.to_device, self.purpose_group = out.to_city, out.to_device, out.purpose_group
        self.full_box, self.export_hint, self.export_button = out.full_box, out.hint, out.button
        self.import_button = self.import_box.button
        self.result_heading, self.result_text = self.result_frame.heading, self.result_frame.text
        self.returns_list, self.returns_empty = self.returns_tab.list, self.returns_tab.empty
        self.history_list, self.history_empty = self.history_tab.list, self.history_tab.empty
        self.conflict_list, self.conflict_detail = self.conflicts.list, self.conflicts.detail
        self.keep_mine_button, self.take_theirs_button = self.conflicts.keep_button, self.conflicts.take_button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.busy:
            self.drives.reload()  # a stick may have been plugged in meanwhile
        self._guard.shown()

    # --- what changed ----------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if not shown_by_page(changes):
            return
        self._pending = self._pending | changes
        self._guard.touch()

    def _read_pending(self) -> None:
        pending, self._pending = self._pending, Changes()
        if certificate_touched(pending):
            self.refresh()
        else:
            self.refresh_lists()

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the certificate and the lists again."""
        self.certificate = read_certificate_state(self.store.data_dir)
        self.certificate_box.show_state(self.certificate)
        self.refresh_lists()

    def refresh_lists(self) -> None:
        """Read the returns, the history and the conflicts again."""
        self.overview = read_overview(self.store, self.workspace.office_code)
        self.returned_banner.show_returned(self.overview.returned)
        self.returns_tab.show_returns(self.overview.returns)
        self._show_review_comments()
        self.history_tab.show_history(self.overview)
        self.conflicts.show_conflicts(self.overview.conflicts)
        self.unlock_box.refresh()
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts), self.conflicts.tab_title())
        self._update_buttons()

    def _show_review_comments(self) -> None:
        """The city's comments on single figures and records, under the return they are on."""
        from db.exchange.comments import comments_by_return

        with self.store.session() as session:
            comments = comments_by_return(session, self.workspace.office_code)
        self.review_comments = add_comment_rows(self.returns_list, self.overview.returns, comments)

    def _open_returned(self) -> None:
        if self.overview.returned:
            self.reports_requested.emit(self.overview.returned[0].period_code)

    # --- the actions (one module each) ---------------------------------------------------

    def make_request(self) -> None:
        """生成注册申请…: the key (made on first use) and ``<code>-request.pem`` on the stick."""
        certificate_actions.make_request(self)

    def install_certificate(self, path: Path | None = None) -> None:
        """安装证书…: the certificate file the city issued."""
        certificate_actions.install_certificate(self, path)

    def export(self) -> None:
        """导出数据包…: the next bundle, to the city or to another computer of the office."""
        export_action.export(self)

    def choose_and_import(self) -> None:
        """导入交换文件…: choose a file on the stick and import it."""
        import_actions.choose_and_import(self)

    def import_file(self, path: Path) -> None:
        """Import ``path``: what its header says it is decides how."""
        import_actions.import_file(self, path)

    def resolve_selected(self, keep: str) -> None:
        """保留本机的 (``local``) / 采用对方的 (``incoming``) for the conflict selected."""
        import_actions.resolve_selected(self, keep)

    # --- the buttons ------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        idle = not self.busy
        for button in (self.request_button, self.install_button, self.export_button, self.import_button):
            button.setEnabled(idle)
        self.conflicts.set_idle(idle)
