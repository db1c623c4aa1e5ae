"""Where the city's data is, in the city window: the status bar's line and 设置 ▸ 数据库….

* :func:`status_label` — always visible at the bottom of the window: 数据保存在本机, or 数据保存在服务器
  <host>/<database> (never a password). :func:`location_text` says it for any store.
* :func:`add_menu` — 设置 ▸ 数据库… (:class:`DatabaseDialog`): the same in plain words, in large text.
  For a city on its SQLite file: the file, and 迁移到服务器… (an empty PostgreSQL database's address);
  for a city on a server: the server, the database, the schema revision, how many sessions are
  connected to it now (``pg_stat_activity``) and the backup advice (``pg_dump``).
* :func:`start_move` — the move (:mod:`db.citymove`) in the background with the window's progress
  window (取消 = nothing changed, as a failure). When the copy is verified and committed on the
  server, the window's store and the city's authority are pointed at it
  (:func:`db.citymove.switch_store`): the window goes on, on the server, without a restart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from db.errors import ShequError
from desktop.city.services import CityServices
from desktop.city.texts import _t
from desktop.common.page_parts import ERROR_COLOUR, NEUTRAL_COLOUR, OK_COLOUR, bold
from desktop.common.prompts import prompts

if TYPE_CHECKING:
    from db.citymove import CopiedCity, DatabaseFacts
    from db.exchange.pki import CityAuthority
    from db.store import Store
    from desktop.common.tasks import Progress, TaskHandle

__all__ = ["DatabaseDialog", "add_menu", "location_text", "start_move", "status_label"]

TEXT_SCALE = 1.2  # the dialog's text, larger than the window's
MANUAL_TOPIC = "city-database"  # docs/manual/*/city-database.html


class CityWindow(CityServices, Protocol):
    """What this module uses of the city's window (:class:`desktop.city.window.CityWindow`) beyond
    what its tabs and actions see of it."""

    database_label: QLabel

    def menuBar(self) -> QMenuBar: ...
    def statusBar(self) -> QStatusBar: ...
    def refresh(self) -> None: ...
    def use_authority(self, authority: CityAuthority) -> None:
        """The city's authority after its database moved (the store was switched in place)."""
        ...


def location_text(store: Store) -> str:
    """数据保存在本机 / 数据保存在服务器 <host>/<database> (no password, no query to the database)."""
    if store.database_url is None:
        return _t("数据保存在本机")
    from db.citymove import server_place

    host, name = server_place(store.database_url)
    return _t("数据保存在服务器 {0}/{1}").format(host, name)


def status_label(window: CityWindow) -> QLabel:
    """The status bar's line saying where the city's data is (kept up to date by :func:`start_move`)."""
    label = QLabel(location_text(window.store))
    label.setObjectName("databaseLocation")
    label.setAccessibleName(_t("数据保存在哪里"))
    window.statusBar().addPermanentWidget(label)
    return label


def add_menu(window: CityWindow) -> QAction:
    """设置 ▸ 数据库… on the window's menu bar (keyboard: Alt+S, D)."""
    menu = window.menuBar().addMenu(_t("设置(&S)"))
    action = QAction(_t("数据库(&D)…"), window.window())
    action.setStatusTip(_t("市级数据保存在哪里；把本机的数据迁移到服务器"))
    action.triggered.connect(lambda _checked=False: open_dialog(window))
    menu.addAction(action)
    return action


def open_dialog(window: CityWindow) -> DatabaseDialog:
    dialog = DatabaseDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _larger(widget: QWidget) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
    widget.setFont(font)


class DatabaseDialog(QDialog):
    """设置 ▸ 数据库…: where the city's data is, in plain words (see the module's notes)."""

    def __init__(self, window: CityWindow) -> None:
        super().__init__(window.window())
        self.window_ = window
        self.setWindowTitle(_t("数据库"))
        self.setMinimumWidth(640)
        _larger(self)
        store = window.store
        self.heading = QLabel(location_text(store))
        bold(self.heading, TEXT_SCALE * 1.2)
        self.heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        self.facts: DatabaseFacts | None = None
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.hide()
        self.address: QLineEdit | None = None
        self.move_button: QPushButton | None = None
        try:
            from db.citymove import database_facts

            self.facts = database_facts(store)
        except ShequError as exc:
            self._say_problem(str(exc))
        except Exception as exc:  # the server stopped answering: said, not a crash
            self._say_problem(_t("现在读不到数据库的情况：{0}").format(str(exc).splitlines()[0] if str(exc) else ""))
        if store.database_url is None:
            self._local_part(layout, str(store.db_path))
        else:
            self._server_part(layout)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.help_button = buttons.addButton(_t("使用说明(&H)"), QDialogButtonBox.ButtonRole.HelpRole)
        self.close_button = buttons.addButton(_t("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        buttons.helpRequested.connect(self.show_help)
        help_key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)  # F1
        help_key.activated.connect(self.show_help)
        layout.addWidget(buttons)
        if self.address is not None:
            self.address.setFocus()
        else:
            self.close_button.setFocus()

    def show_help(self) -> None:
        """使用说明 (F1): the manual's page 数据库在哪里."""
        from desktop.common.manual import show_manual

        show_manual(self, MANUAL_TOPIC)

    # the two kinds of city

    def _local_part(self, layout: QVBoxLayout, path: str) -> None:
        revision = self.facts.revision if self.facts is not None else None
        explained = QLabel(
            _t(
                "市级数据保存在这台电脑的数据文件夹里，只有这台电脑能使用：\n{0}\n"
                "数据结构版本：{1}。社区台账每次关闭时会自动备份这个文件。"
            ).format(path, revision or "-")
        )
        explained.setWordWrap(True)
        explained.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(explained)
        why = QLabel(
            _t(
                "组织部有几台电脑要一起审核时，可以把数据迁移到服务器：请数据库管理员在 PostgreSQL 服务器上"
                "新建一个空数据库，把它的地址填在下面。迁移时全部数据复制过去并逐表核对；没有完成就什么都不改。"
                "迁移后，其他电脑用 “shequ city join --database 地址” 加入。"
            )
        )
        why.setWordWrap(True)
        layout.addWidget(why)
        self.address = QLineEdit()
        self.address.setPlaceholderText(_t("postgresql+psycopg://用户名@服务器/数据库名"))
        self.address.setAccessibleName(_t("服务器数据库地址"))
        self.address.setMinimumWidth(480)
        label = QLabel(_t("服务器数据库地址(&A)："))
        label.setBuddy(self.address)
        self.move_button = QPushButton(_t("迁移到服务器(&M)…"))
        self.move_button.setEnabled(False)
        self.address.textChanged.connect(self._address_changed)
        self.address.returnPressed.connect(self.move_requested)
        self.move_button.clicked.connect(self.move_requested)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.address, 1)
        layout.addLayout(row)
        layout.addWidget(self.move_button, 0, Qt.AlignmentFlag.AlignRight)

    def _server_part(self, layout: QVBoxLayout) -> None:
        facts = self.facts
        form = QFormLayout()
        if facts is not None:
            form.addRow(_t("服务器："), QLabel(facts.host))
            form.addRow(_t("数据库："), QLabel(facts.database))
            form.addRow(_t("地址："), QLabel(facts.shown_url))
            form.addRow(_t("数据结构版本："), QLabel(facts.revision or "-"))
            sessions = (
                _t("{0} 个，来自 {1} 台电脑（包括这一台）").format(facts.sessions, facts.computers or 1)
                if facts.sessions is not None
                else _t("服务器没有提供")
            )
            self.sessions_label = QLabel(sessions)
            form.addRow(_t("现在的连接："), self.sessions_label)
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addLayout(form)
        shared = QLabel(
            _t(
                "几台电脑共用这个数据库：按 “重新统计” 就能看到其他电脑刚做的导入、审核和颁发证书。"
                "新的电脑用 “shequ city join --database 地址” 加入。"
            )
        )
        shared.setWordWrap(True)
        layout.addWidget(shared)
        backup = QLabel(
            _t(
                "备份：服务器上的数据不由社区台账备份。请数据库管理员用 pg_dump 每天备份这个数据库，"
                "并把备份文件保存到另一台电脑或移动硬盘上（见使用说明）。"
            )
        )
        backup.setWordWrap(True)
        bold(backup, TEXT_SCALE)
        layout.addWidget(backup)

    # the move

    def _say_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def _address_changed(self, value: str) -> None:
        if self.move_button is not None:
            self.move_button.setEnabled(bool(value.strip()) and not self.window_.busy)
        self._say_problem("")

    def move_requested(self) -> None:
        """迁移到服务器…: the address checked (said here when wrong), confirmed, then the move."""
        if self.address is None or not self.address.text().strip():
            return
        from db.citydb import check_database_url

        try:
            url = check_database_url(self.address.text())
        except ShequError as exc:
            self._say_problem(str(exc))
            self.address.setFocus()
            return
        if start_move(self.window_, url) is not None:
            self.accept()


def start_move(window: CityWindow, url: str) -> TaskHandle[Any] | None:
    """Move the city onto ``url`` (asked first) in the background; None when the person said no or
    the window is busy."""
    from db.citydb import shown_url
    from db.citymove import copy_to_server

    if window.busy:
        return None
    shown = shown_url(url)
    if not prompts().confirm(
        window.window(),
        _t("迁移到服务器"),
        _t(
            "把市级数据迁移到服务器 {0}？\n\n"
            "全部数据会复制到服务器并逐表核对，完成后这台电脑就使用服务器上的数据，"
            "原来的数据文件改名保留。迁移没有完成（或按了取消）时，什么都不会改变。\n"
            "迁移期间请不要关闭社区台账。"
        ).format(shown),
        _t("开始迁移"),
    ):
        return None
    store = window.store

    def work(progress: Progress) -> CopiedCity:
        def report(done: int, total: int, table: str) -> None:
            progress.update(done, total, _t("正在复制数据（{0}）").format(table))

        return copy_to_server(store.engine, url, progress=report, check=progress.check)

    return window.run(
        work,
        lambda copied: _switch(window, copied),
        _t("正在迁移到服务器"),
        on_error=lambda exc: window.show_error(exc, _t("迁移没有完成")),
        on_cancel=lambda: window.say(NEUTRAL_COLOUR, _t("已取消迁移"), _t("市级数据仍保存在本机，和迁移前完全一样。")),
    )


def _switch(window: CityWindow, copied: CopiedCity) -> None:
    """The copy is on the server: the folder names it, the store and the authority use it."""
    from db.citymove import switch_store
    from db.exchange.pki import CityAuthority
    from desktop.common.i18n import text

    window.authority.close()  # its own SQLite connections, if it opened any
    try:
        result = switch_store(window.store, copied)
    except ShequError as exc:
        window.show_error(exc, _t("迁移没有完成"))
        return
    window.use_authority(CityAuthority.of_store(window.store))
    window.database_label.setText(location_text(window.store))
    window.say(OK_COLOUR, _t("已迁移到服务器"), text(result.summary()))
    window.refresh()
