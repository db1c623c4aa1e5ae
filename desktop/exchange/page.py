"""数据交换: the office's certificate, bundles to the city on a USB stick, and what comes back.

On the left: the USB stick (or another folder) files go to; the certificate (self-signed until
the city issues one) with 生成注册申请… and 安装证书…; 导出数据包 (to the city, or to another
computer of the office under a passphrase typed twice; only the changes since what the city
acknowledged, or everything); 导入交换文件… (the city's acknowledgement, or another computer's
bundle); the result of the last action. On the right: the returns and what the city did with
them (退回 with the city's reason stands out at the top of the page), the bundles sent and
received, and the conflicts imports kept, each settled by keeping this computer's version or
taking the other one.

The work is :mod:`db.exchange` (``export_bundle``, ``import_bundle``, ``import_ack``,
``make_request``, ``install_issued``, ``resolve_conflict``); anything slow runs in the background
(:mod:`desktop.common.tasks`) with a progress bar.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.errors import ShequError
from desktop.common.drives import DriveChooser, DriveSource
from desktop.common.exchange_texts import ask_about_gap, missing_text, period_text, reporter
from desktop.common.exchange_widgets import ConflictsPanel, ResultFrame, conflict_title
from desktop.common.i18n import label
from desktop.common.page_parts import (
    ERROR_COLOUR,
    NEUTRAL_COLOUR,
    OK_COLOUR,
    WARNING_COLOUR,
    bold,
    framed_style,
    hint,
    local_time,
    plain_list,
)
from desktop.common.prompts import prompts
from desktop.common.tasks import BusyWork, Progress, TaskRunner
from desktop.common.workspace import Workspace

if TYPE_CHECKING:
    from db.exchange.acks import AckResult
    from db.exchange.apply import ApplyResult, Conflict
    from db.exchange.bundle import ExportResult
    from db.exchange.history import ReceivedEntry, ReturnStatus, SentEntry

CONTEXT = "ExchangePage"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def contents_text(counts: dict[str, int]) -> str:
    """What a bundle holds, as people read it: ``社区工作者 12 条、经费 30 条 …``."""
    from db.exchange.history import table_label

    skip = {"audit_entry", "return_record", "pdfs", "return_snapshot"}
    parts = [
        _t("{0} {1} 条").format(label(table_label(name)), count)
        for name, count in counts.items()
        if count and name not in skip
    ]
    if counts.get("return_snapshot"):
        parts.append(_t("报表 {0} 份").format(counts["return_snapshot"]))
    if counts.get("audit_entry"):
        parts.append(_t("修改记录 {0} 条").format(counts["audit_entry"]))
    return "、".join(parts) if parts else _t("没有新的改动")


# --- what the page shows (read from the data folder; no widgets here) ---------------------------


@dataclass(frozen=True)
class CertificateState:
    """The office's key and certificate, as the page shows them."""

    has_key: bool = False
    self_signed: bool = True
    city_name: str = ""
    not_after: datetime | None = None
    key_fingerprint: str = ""  # spoken (groups of four hex digits)
    city_fingerprint: str = ""
    problem: str = ""  # the key folder could not be read


def read_certificate_state(data_dir: Path) -> CertificateState:
    from db.exchange.envelope import certificate_fingerprint, key_fingerprint
    from db.exchange.pki import installed_city, spoken_fingerprint
    from db.returns.sign import KeyStore

    keys = KeyStore(data_dir)
    if not keys.exists():
        return CertificateState()
    try:
        cert = keys.certificate()
        city = installed_city(keys)
    except ShequError as exc:
        return CertificateState(has_key=True, problem=str(exc))
    self_signed = cert.issuer == cert.subject
    return CertificateState(
        has_key=True,
        self_signed=self_signed,
        city_name=city.name if city is not None and not self_signed else "",
        not_after=cert.not_valid_after_utc,
        key_fingerprint=spoken_fingerprint(key_fingerprint(cert.public_key())),
        city_fingerprint=spoken_fingerprint(certificate_fingerprint(city.ca_certificate)) if city else "",
    )


@dataclass
class Overview:
    """The lists on the right of the page, read in one go."""

    returns: list[ReturnStatus] = field(default_factory=list)
    returned: list[ReturnStatus] = field(default_factory=list)
    sent: list[SentEntry] = field(default_factory=list)
    received: list[ReceivedEntry] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def read_overview(store: Any, office_code: str) -> Overview:
    from db.exchange.apply import list_conflicts
    from db.exchange.history import received_bundles, returned_returns, returns_with_receipts, sent_bundles

    with store.session() as session:
        return Overview(
            returns=returns_with_receipts(session, office_code),
            returned=returned_returns(session, office_code),
            sent=sent_bundles(session),
            received=received_bundles(session),
            conflicts=list_conflicts(store),
        )


# --- the page ----------------------------------------------------------------------------------


class ExchangePage(BusyWork, QWidget):
    """数据交换 (see the module's notes)."""

    reports_requested = Signal(str)  # a period code: show the 报表 page on it
    data_imported = Signal()  # records or returns' states came in: other pages read them again

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner | None = None,
        drives: DriveSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.store = workspace.store
        self.runner = runner or TaskRunner(self)
        self.overview = Overview()
        self.certificate = CertificateState()
        self.last_export: ExportResult | None = None
        self.last_import: ApplyResult | AckResult | None = None
        self._drive_source = drives

        heading = QLabel(_t("数据交换"))
        bold(heading, 1.4)
        intro = hint(
            _t(
                "社区没有网络，数据用 U 盘送到市委组织部：在这里导出数据包，市里导入后写回执，"
                "把回执拿回来在这里导入，就知道报表是否被接收。"
            )
        )

        self.returned_banner = self._build_banner()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._build_drive_group())
        left_layout.addWidget(self._build_certificate_group())
        left_layout.addWidget(self._build_export_group())
        left_layout.addWidget(self._build_import_group())
        left_layout.addStretch(1)
        # word-wrapped labels would otherwise be squeezed to nothing when the window is low
        left_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(420)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_returns_tab(), _t("报表状态"))
        self.tabs.addTab(self._build_history_tab(), _t("交换记录"))
        self.tabs.addTab(self._build_conflicts_tab(), _t("同步冲突"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._build_result_frame())
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 620])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.returned_banner)
        layout.addWidget(splitter, 1)

        self.refresh()

    # --- building ------------------------------------------------------------------------

    def _build_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("returnedBanner")
        banner.setStyleSheet(framed_style("returnedBanner", ERROR_COLOUR, "#fdecea"))
        self.banner_heading = QLabel()
        bold(self.banner_heading, 1.15)
        self.banner_heading.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_button = QPushButton(_t("去报表页修改并重新签署"))
        self.banner_button.clicked.connect(self._open_returned)
        text = QVBoxLayout()
        text.addWidget(self.banner_heading)
        text.addWidget(self.banner_text)
        row = QHBoxLayout(banner)
        row.setContentsMargins(14, 8, 14, 8)
        row.addLayout(text, 1)
        row.addWidget(self.banner_button, 0, Qt.AlignmentFlag.AlignVCenter)
        banner.hide()
        return banner

    def _build_drive_group(self) -> QGroupBox:
        box = QGroupBox(_t("U 盘"))
        self.drives = DriveChooser(self._drive_source)  # None: the drives plugged in
        layout = QVBoxLayout(box)
        layout.addWidget(self.drives)
        layout.addWidget(hint(_t("导出的数据包和注册申请保存在这里；导入时也先在这里找文件。")))
        return box

    def _build_certificate_group(self) -> QGroupBox:
        box = QGroupBox(_t("本社区的证书"))
        self.cert_state = QLabel()
        self.cert_state.setWordWrap(True)
        bold(self.cert_state)
        self.cert_form = QFormLayout()
        self.cert_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.cert_city = QLabel()
        self.cert_until = QLabel()
        self.cert_key = QLabel()
        self.cert_root = QLabel()
        for shown in (self.cert_city, self.cert_until, self.cert_key, self.cert_root):
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
        self.cert_form.addRow(_t("颁发单位："), self.cert_city)
        self.cert_form.addRow(_t("有效期至："), self.cert_until)
        self.cert_form.addRow(_t("密钥指纹："), self.cert_key)
        self.cert_form.addRow(_t("市级根证书指纹："), self.cert_root)
        self.cert_hint = hint()
        self.request_button = QPushButton(_t("生成注册申请…"))
        self.request_button.setToolTip(_t("生成证书申请文件，保存到 U 盘，交市委组织部颁发证书"))
        self.install_button = QPushButton(_t("安装证书…"))
        self.install_button.setToolTip(_t("安装市委组织部颁发的证书文件（<代码>-certificate.json）"))
        self.new_key_box = QCheckBox(_t("换一把新密钥（证书被吊销或密钥丢失时）"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.install_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.cert_state)
        layout.addLayout(self.cert_form)
        layout.addWidget(self.cert_hint)
        layout.addLayout(buttons)
        layout.addWidget(self.new_key_box)
        self.request_button.clicked.connect(self.make_request)
        self.install_button.clicked.connect(lambda: self.install_certificate())  # noqa: PLW0108 (not `checked` as the path)
        return box

    def _build_export_group(self) -> QGroupBox:
        box = QGroupBox(_t("导出数据包"))
        self.to_city = QRadioButton(_t("报送市委组织部"))
        self.to_device = QRadioButton(_t("给本社区的另一台电脑"))
        self.to_city.setChecked(True)
        self.purpose_group = QButtonGroup(self)
        self.purpose_group.addButton(self.to_city)
        self.purpose_group.addButton(self.to_device)
        self.full_box = QCheckBox(_t("全部数据（不只是市里确认收到之后的改动）"))
        self.export_hint = hint()
        self.export_button = QPushButton(_t("导出数据包…"))
        bold(self.export_button)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.to_city)
        layout.addWidget(self.to_device)
        layout.addWidget(self.full_box)
        layout.addWidget(self.export_hint)
        layout.addLayout(row)
        self.to_city.toggled.connect(self._purpose_changed)
        self.export_button.clicked.connect(self.export)
        self._purpose_changed()
        return box

    def _build_import_group(self) -> QGroupBox:
        box = QGroupBox(_t("导入交换文件"))
        self.import_button = QPushButton(_t("导入交换文件…"))
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(
            hint(
                _t(
                    "市委组织部的回执（city-<代码>-<编号>.shequ）：确认收到的数据包、报表接收或退回、新的城市标准。"
                    "本社区另一台电脑导出的数据包（<代码>-device-<编号>.shequ）：合并两台电脑的台账。"
                )
            )
        )
        layout.addLayout(row)
        self.import_button.clicked.connect(self.choose_and_import)
        return box

    def _build_result_frame(self) -> ResultFrame:
        self.result_frame = ResultFrame()
        self.result_heading = self.result_frame.heading
        self.result_text = self.result_frame.text
        return self.result_frame

    def _build_returns_tab(self) -> QWidget:
        self.returns_list = plain_list(
            [_t("报告期"), _t("版本"), _t("状态"), _t("市级处理"), _t("说明")], (130, 60, 70, 80)
        )
        self.returns_list.setAccessibleName(_t("报表状态"))
        self.returns_empty = hint()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(
            hint(
                _t(
                    "签署的报表导出后为“已报送”；导入市级回执后显示市里的处理：已接收（该报告期锁定）或退回（写明原因）。"
                )
            )
        )
        layout.addWidget(self.returns_list, 1)
        layout.addWidget(self.returns_empty)
        return tab

    def _build_history_tab(self) -> QWidget:
        self.history_list = plain_list([_t("时间"), _t("方向"), _t("种类"), _t("编号"), _t("情况")], (125, 44, 76, 44))
        self.history_list.setAccessibleName(_t("交换记录"))
        self.history_empty = hint()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.history_list, 1)
        layout.addWidget(self.history_empty)
        return tab

    def _build_conflicts_tab(self) -> QWidget:
        self.conflicts = ConflictsPanel(
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
        self.conflict_list = self.conflicts.list
        self.conflict_detail = self.conflicts.detail
        self.keep_mine_button = self.conflicts.keep_button
        self.take_theirs_button = self.conflicts.take_button
        self.conflict_list.itemSelectionChanged.connect(self._update_buttons)
        self.conflicts.resolve_requested.connect(self.resolve_selected)
        return self.conflicts

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if hasattr(self, "drives") and not self.busy:
            self.drives.reload()  # a stick may have been plugged in meanwhile

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the certificate and the lists again."""
        self.certificate = read_certificate_state(self.store.data_dir)
        self.overview = read_overview(self.store, self.workspace.office_code)
        self._show_certificate()
        self._show_banner()
        self._show_returns()
        self._show_history()
        self._show_conflicts()
        self._update_buttons()

    def _show_certificate(self) -> None:
        state = self.certificate
        rows_visible = state.has_key and not state.problem
        if state.problem:
            colour, text = ERROR_COLOUR, state.problem
            advice = ""
        elif not state.has_key:
            colour, text = NEUTRAL_COLOUR, _t("还没有签名密钥")
            advice = _t("点“生成注册申请…”生成本社区的签名密钥和证书申请文件，把申请文件交给市委组织部。")
        elif state.self_signed:
            colour, text = WARNING_COLOUR, _t("自签名证书：市委组织部尚未颁发证书")
            advice = _t(
                "可以签署报表，但还不能报送市级。请点“生成注册申请…”，把申请文件交给市委组织部；"
                "市里颁发证书后点“安装证书…”安装。"
            )
        else:
            colour, text = OK_COLOUR, _t("市级颁发的证书")
            advice = _t("签署的报表和导出的数据包都使用这个证书，市里可以确认它们来自本社区。")
        self.cert_state.setText(text)
        self.cert_state.setStyleSheet(f"color: {colour};")
        self.cert_hint.setText(advice)
        self.cert_hint.setVisible(bool(advice))
        issued = rows_visible and not state.self_signed
        self.cert_city.setText(state.city_name)
        self.cert_until.setText(local_time(state.not_after))
        self.cert_key.setText(state.key_fingerprint)
        self.cert_root.setText(state.city_fingerprint)
        self.cert_form.setRowVisible(self.cert_city, issued)
        self.cert_form.setRowVisible(self.cert_until, rows_visible)
        self.cert_form.setRowVisible(self.cert_key, rows_visible)
        self.cert_form.setRowVisible(self.cert_root, issued and bool(state.city_fingerprint))
        self.new_key_box.setVisible(state.has_key)
        if not state.has_key:
            self.new_key_box.setChecked(False)

    def _show_banner(self) -> None:
        returned = self.overview.returned
        if not returned:
            self.returned_banner.hide()
            return
        self.banner_heading.setText(_t("市委组织部退回了 {0} 份报表，请修改后重新签署、报送").format(len(returned)))
        lines = [
            _t("{0}报表（第 {1} 版）退回原因：{2}").format(
                period_text(item.period_code), item.return_version, item.reason or _t("（未写原因）")
            )
            for item in returned
        ]
        self.banner_text.setText("\n".join(lines))
        self.returned_banner.show()

    def _open_returned(self) -> None:
        if self.overview.returned:
            self.reports_requested.emit(self.overview.returned[0].period_code)

    def _show_returns(self) -> None:
        from db.enums import ReturnState

        self.returns_list.clear()
        for item in self.overview.returns:
            decision = label(ReturnState.label_of(item.decision)) if item.decision else ""
            if item.returned:
                note = _t("退回原因：{0}").format(item.reason)
            elif item.decision == ReturnState.RECEIVED.value:
                note = _t("已接收，该报告期已锁定；如需修改，请走更正流程")
            elif item.state == ReturnState.SENT.value:
                note = _t("已导出给市级，等待市级回执")
            elif item.state == ReturnState.SIGNED.value:
                note = _t("还没有导出给市级")
            else:
                note = ""
            row = QTreeWidgetItem(
                [
                    period_text(item.period_code),
                    _t("第 {0} 版").format(item.return_version),
                    label(ReturnState.label_of(item.state)),
                    decision,
                    note,
                ]
            )
            row.setToolTip(4, note)
            if item.returned:
                for column in range(5):
                    row.setForeground(column, QBrush(QColor(ERROR_COLOUR)))
                font = row.font(3)
                font.setBold(True)
                row.setFont(3, font)
            elif item.decision == ReturnState.RECEIVED.value:
                row.setForeground(3, QBrush(QColor(OK_COLOUR)))
            self.returns_list.addTopLevelItem(row)
        count = len(self.overview.returns)
        self.returns_empty.setText(_t("共 {0} 份签署的报表。").format(count) if count else _t("还没有签署过报表。"))

    def _show_history(self) -> None:
        from db.exchange.apply import KIND_CITY_TO_OFFICE, KIND_DEVICE

        rows: list[tuple[datetime, list[str], str]] = []
        for sent in self.overview.sent:
            kind = _t("报送市级") if sent.purpose == "city" else _t("设备之间")
            scope = _t("完整") if sent.full else _t("增量")
            if sent.purpose == "city":
                state = (
                    _t("市级已确认收到（{0}）").format(local_time(sent.acknowledged_at))
                    if sent.acknowledged_at
                    else _t("等待市级确认")
                )
            else:
                state = ""
            records = sum(v for k, v in sent.counts.items() if k not in ("audit_entry", "return_record", "pdfs"))
            text = "；".join(part for part in (scope, _t("记录 {0} 条").format(records), state) if part)
            rows.append(
                (sent.created_at, [local_time(sent.created_at), _t("导出"), kind, str(sent.seq), text], sent.file_name)
            )
        for received in self.overview.received:
            if received.kind == KIND_CITY_TO_OFFICE:
                kind = _t("市级回执")
                counts = received.counts
                text = _t("确认收到数据包 {0} 个，接收报表 {1} 份，退回 {2} 份").format(
                    counts.get("acknowledged", 0), counts.get("received", 0), counts.get("returned", 0)
                )
            elif received.kind == KIND_DEVICE:
                kind = _t("设备之间")
                text = _t("另一台电脑的数据")
            else:
                kind, text = received.kind, ""
            if received.gap_note:
                text += "；" + _t("缺口：{0}").format(received.gap_note)
            rows.append(
                (received.imported_at, [local_time(received.imported_at), _t("导入"), kind, str(received.seq), text],
                 received.file_name)
            )  # fmt: skip
        rows.sort(key=lambda row: row[0], reverse=True)
        self.history_list.clear()
        for _moment, cells, file_name in rows:
            item = QTreeWidgetItem(cells)
            for column in range(4):
                item.setToolTip(column, _t("文件：{0}").format(file_name))
            item.setToolTip(4, cells[4])
            self.history_list.addTopLevelItem(item)
        self.history_empty.setText(_t("共 {0} 条。").format(len(rows)) if rows else _t("还没有导出或导入过交换文件。"))

    def _show_conflicts(self) -> None:
        self.conflicts.show_conflicts(self.overview.conflicts)
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts), self.conflicts.tab_title())
        self._update_buttons()

    # --- background work -----------------------------------------------------------------

    def _show_error(self, exc: BaseException, title: str = "") -> None:
        self.result_frame.report(self, exc, title or _t("没有完成"), title or _t("数据交换"))

    def _show_cancelled(self) -> None:
        self.result_frame.say_cancelled()

    def _say(self, colour: str, heading: str, text: str = "") -> None:
        """The result of the last action, in the frame under the buttons."""
        self.result_frame.say(colour, heading, text)

    def _update_buttons(self) -> None:
        idle = not self.busy
        for button in (self.request_button, self.install_button, self.export_button, self.import_button):
            button.setEnabled(idle)
        self.conflicts.set_idle(idle)

    def _purpose_changed(self) -> None:
        if self.to_city.isChecked():
            self.export_hint.setText(
                _t(
                    "数据包用本社区的密钥签名、用市委组织部的证书加密，只有市里能打开；身份证号、电话、住址不会报送。"
                    "平时只导出市里确认收到之后的改动；第一次或市里要求时选“全部数据”。"
                )
            )
        else:
            self.export_hint.setText(
                _t(
                    "把本机的台账带到本社区的另一台电脑（包含全部内容），用你设定的交换口令加密。"
                    "在另一台电脑上点“导入交换文件…”，输入同一个口令。"
                )
            )

    def _ask_passphrase(self, title: str, intro: str, ok_label: str, *, field_label: str = "") -> str | None:
        """A passphrase already set (the office's signing one, or another computer's bundle's)."""
        return prompts().ask_passphrase(
            self, first_time=False, title=title, intro=intro, field_label=field_label, ok_label=ok_label
        )

    def _folder_or_say(self) -> Path | None:
        folder = self.drives.folder()
        if folder is None:
            self._say(ERROR_COLOUR, _t("没有选择 U 盘"), _t("请插入 U 盘后点“刷新”，或选择“其他位置…”。"))
            return None
        if not folder.is_dir():
            self._say(
                ERROR_COLOUR,
                _t("找不到 U 盘"),
                _t("{0} 不存在或已拔出。请插好 U 盘后点“刷新”，或选择“其他位置…”。").format(folder),
            )
            return None
        return folder

    # --- the certificate -------------------------------------------------------------------

    def make_request(self) -> None:
        """生成注册申请…: the key (made on first use) and ``<code>-request.pem`` on the stick."""
        from db.returns.sign import KeyStore

        folder = self._folder_or_say()
        if folder is None:
            return
        keys = KeyStore(self.store.data_dir)
        new_key = self.new_key_box.isChecked() and keys.exists()
        first_time = not keys.exists() or new_key
        if first_time:
            intro = _t(
                "现在为本社区生成签名密钥。请设定签名口令（至少 8 个字符）：它加密保护密钥，"
                "以后签署报表、导出数据包都要输入。请牢记并妥善保管。"
            )
        else:
            intro = _t("请输入本社区的签名口令：申请文件要用本社区的密钥签名。")
        if new_key:
            intro = (
                _t(
                    "原来的密钥将停用（保存在 keys/retired 中，已签署的报表仍可核验），"
                    "换用新密钥，需要市里重新颁发证书。"
                )
                + "\n\n"
                + intro
            )
        passphrase = prompts().ask_passphrase(
            self, first_time=first_time, title=_t("生成注册申请"), intro=intro, ok_label=_t("生成申请")
        )
        if passphrase is None:
            return
        data_dir, code, name = self.store.data_dir, self.workspace.office_code, self.workspace.office_name

        def work(progress: Progress) -> tuple[Path, str]:
            from db.exchange.envelope import key_fingerprint
            from db.exchange.pki import make_request, parse_request, request_filename, spoken_fingerprint
            from db.fileio import write_atomic

            data = make_request(KeyStore(data_dir), passphrase, code, name, new_key=new_key)
            target = folder / request_filename(code)
            try:
                write_atomic(target, data)
            except OSError as exc:
                from db.exchange.errors import OutputFolderMissing

                raise OutputFolderMissing(f"{target}（{exc.strerror or exc}）") from None
            return target, spoken_fingerprint(key_fingerprint(parse_request(data).public_key()))

        def made(result: tuple[Path, str]) -> None:
            target, fingerprint = result
            self.new_key_box.setChecked(False)
            self.refresh()
            self._say(
                OK_COLOUR,
                _t("已生成注册申请：{0}").format(target.name),
                _t(
                    "保存在：{0}\n密钥指纹：{1}（市里颁发证书时会显示同样的指纹，可以电话核对）\n"
                    "下一步：把这个文件交给市委组织部；市里颁发证书后，点“安装证书…”安装。"
                ).format(target, fingerprint),
            )

        self._run(work, made, _t("正在生成注册申请…"), cancellable=False)

    def install_certificate(self, path: Path | None = None) -> None:
        """安装证书…: the certificate file the city issued."""
        if path is None:
            start = str(self.drives.folder() or Path.home())
            path = prompts().open_file(self, _t("选择市里颁发的证书文件"), start, _t("证书文件 (*.json);;所有文件 (*)"))
            if path is None:
                return
        self._install(path, replace_city=False)

    def _install(self, path: Path, *, replace_city: bool) -> None:
        data_dir = self.store.data_dir

        def work(progress: Progress) -> Any:
            from db.exchange.errors import BadCertificateFile
            from db.exchange.pki import install_issued
            from db.returns.sign import KeyStore

            try:
                data = path.read_bytes()
            except OSError as exc:
                raise BadCertificateFile(str(path), exc.strerror or str(exc)) from None
            return install_issued(KeyStore(data_dir), data, replace_city=replace_city, source=path.name)

        def installed(result: Any) -> None:
            from db.exchange.envelope import certificate_fingerprint
            from db.exchange.pki import spoken_fingerprint

            self.refresh()
            text = _t("社区 {0}，由“{1}”颁发，有效期至 {2}。").format(
                result.office_code, result.city.name, local_time(result.certificate.not_valid_after_utc)
            )
            text += "\n" + _t("市级根证书指纹：{0}（请与市委组织部核对）").format(
                spoken_fingerprint(certificate_fingerprint(result.city.ca_certificate))
            )
            if result.replaced_city:
                text += "\n" + _t("已用新的市级根证书替换了原来的。")
            text += "\n" + _t("今后签署的报表和导出的数据包都使用这个证书。")
            self._say(OK_COLOUR, _t("已安装市级颁发的证书"), text)

        def failed(exc: BaseException) -> None:
            from db.exchange.errors import CityChanged

            if isinstance(exc, CityChanged) and prompts().confirm(
                self,
                _t("更换市级根证书"),
                str(exc) + "\n\n" + _t("只有市委组织部确已更换根证书时才替换。要替换吗？"),
                _t("替换并安装"),
                danger=True,
            ):
                self._install(path, replace_city=True)
                return
            self._show_error(exc, _t("证书没有安装"))

        self._run(work, installed, _t("正在安装证书…"), on_error=failed, cancellable=False)

    # --- export ----------------------------------------------------------------------------

    def export(self) -> None:
        """导出数据包…: the next bundle, to the city or to another computer of the office."""
        from db.returns.sign import KeyStore

        folder = self._folder_or_say()
        if folder is None:
            return
        device = self.to_device.isChecked()
        full = self.full_box.isChecked()
        keys = KeyStore(self.store.data_dir)
        if not keys.exists():
            self._say(
                ERROR_COLOUR,
                _t("还没有签名密钥"),
                _t("数据包要用本社区的密钥签名。请先点“生成注册申请…”生成密钥，或在“报表”页签署一次报表。"),
            )
            return
        if not device:
            from db.exchange.pki import city_recipient

            try:
                city_recipient(keys)  # no certificate from the city: say so before asking anything
            except ShequError as exc:
                self._say(ERROR_COLOUR, _t("还不能报送市级"), str(exc))
                return
        passphrase = self._ask_passphrase(
            _t("导出数据包"),
            _t("请输入本社区的签名口令：数据包用本社区的密钥签名，市里据此确认数据来自本社区。"),
            _t("导出"),
        )
        if passphrase is None:
            return
        device_passphrase: str | None = None
        if device:
            from db.exchange.envelope import MIN_BUNDLE_PASSPHRASE

            device_passphrase = prompts().ask_passphrase(
                self,
                first_time=True,
                title=_t("设定交换口令"),
                intro=_t(
                    "给这个数据包设定一个交换口令（至少 {0} 个字符）：它加密 U 盘上的文件，"
                    "在另一台电脑导入时要输入同一个口令。请不要把口令写在 U 盘上。"
                ).format(MIN_BUNDLE_PASSPHRASE),
                field_label=_t("交换口令："),
                ok_label=_t("导出"),
                minimum=MIN_BUNDLE_PASSPHRASE,
            )
            if device_passphrase is None:
                return
        store = self.store

        def work(progress: Progress) -> ExportResult:
            from db.exchange.bundle import export_bundle
            from db.exchange.payload import PURPOSE_CITY, PURPOSE_DEVICE

            return export_bundle(
                store,
                keys,
                passphrase,
                folder,
                full=full,
                purpose=PURPOSE_DEVICE if device else PURPOSE_CITY,
                device_passphrase=device_passphrase,
                progress=reporter(progress, _t("正在导出数据包…")),
            )

        self._run(
            work, self._exported, _t("正在导出数据包…"), on_error=lambda exc: self._show_error(exc, _t("没有导出"))
        )

    def _exported(self, result: ExportResult) -> None:
        self.last_export = result
        self.full_box.setChecked(False)
        self.refresh()
        device = result.purpose == "device"
        what = _t("给本社区另一台电脑的") if device else _t("报送市级的")
        scope = _t("全部数据") if result.full else _t("增量（市里确认收到之后的改动）")
        lines = [
            _t("文件：{0}").format(result.path),
            _t("范围：{0}").format(scope),
            _t("内容：{0}").format(contents_text(result.counts)),
        ]
        if result.returns_sent:
            lines.append(_t("其中签署的报表 {0} 份，已标记为“已报送”。").format(result.returns_sent))
        if device:
            lines.append(_t("下一步：在另一台电脑的“数据交换”页点“导入交换文件…”，输入刚才设定的交换口令。"))
        else:
            lines.append(_t("下一步：把 U 盘交给市委组织部导入；市里的回执拿回来后在这里导入。"))
        self._say(
            OK_COLOUR, _t("已导出{0}第 {1} 号数据包：{2}").format(what, result.seq, result.path.name), "\n".join(lines)
        )

    # --- import ----------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        """导入交换文件…: choose a file on the stick and import it."""
        start = str(self.drives.folder() or Path.home())
        path = prompts().open_file(self, _t("选择要导入的交换文件"), start, _t("交换文件 (*.shequ);;所有文件 (*)"))
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Import ``path``: what its header says it is decides how."""
        from db.exchange.apply import KIND_CITY_TO_OFFICE, KIND_DEVICE, KIND_OFFICE_TO_CITY
        from db.exchange.bundle import peek_bundle_file

        try:
            header = peek_bundle_file(path)
        except ShequError as exc:
            self._show_error(exc, _t("没有导入"))
            return
        kind = header.get("kind")
        if kind == KIND_CITY_TO_OFFICE:
            self._import_ack(path)
        elif kind == KIND_DEVICE:
            passphrase = self._ask_passphrase(
                _t("导入另一台电脑的数据包"),
                _t("请输入导出这个数据包时设定的交换口令。"),
                _t("导入"),
                field_label=_t("交换口令："),
            )
            if passphrase is not None:
                self._import_device(path, passphrase, allow_gap=False)
        elif kind == KIND_OFFICE_TO_CITY:
            self._say(
                ERROR_COLOUR,
                _t("没有导入"),
                _t("这是社区 {0} 报送市级的第 {1} 号数据包，只能在市委组织部导入；没有做任何修改。").format(
                    header.get("from", ""), header.get("seq", "")
                ),
            )
        else:
            self._say(ERROR_COLOUR, _t("没有导入"), _t("这个文件的种类无法识别（{0}），没有做任何修改。").format(kind))

    def _import_ack(self, path: Path) -> None:
        passphrase = self._ask_passphrase(
            _t("导入市级回执"),
            _t("请输入本社区的签名口令：市级回执用本社区的证书加密，要用本社区的密钥打开。"),
            _t("导入"),
        )
        if passphrase is None:
            return
        store = self.store

        def work(progress: Progress) -> AckResult:
            from db.exchange.bundle import import_ack

            progress.update(0, 0, _t("正在导入市级回执…"))
            return import_ack(store, path, passphrase=passphrase)

        def imported(result: AckResult) -> None:
            self.last_import = result
            self.refresh()
            self.data_imported.emit()
            if result.already_imported:
                self._say(NEUTRAL_COLOUR, _t("这份回执以前已经导入过"), result.message())
                return
            colour = ERROR_COLOUR if result.returned else OK_COLOUR
            heading = (
                _t("已导入市级回执：有报表被退回")
                if result.returned
                else _t("已导入市级第 {0} 号回执").format(result.seq)
            )
            self._say(colour, heading, result.message())
            if result.returned:
                self.tabs.setCurrentIndex(0)

        self._run(
            work,
            imported,
            _t("正在导入市级回执…"),
            on_error=lambda exc: self._show_error(exc, _t("回执没有导入")),
            cancellable=False,
        )

    def _import_device(self, path: Path, passphrase: str, *, allow_gap: bool) -> None:
        store = self.store

        def work(progress: Progress) -> ApplyResult:
            from db.exchange.bundle import import_bundle

            return import_bundle(
                store,
                path,
                city=None,
                passphrase=passphrase,
                allow_gap=allow_gap,
                progress=reporter(progress, _t("正在导入 {0}…").format(path.name)),
            )

        def imported(result: ApplyResult) -> None:
            self.last_import = result
            self.refresh()
            if result.already_imported:
                self._say(NEUTRAL_COLOUR, _t("这个数据包以前已经导入过"), result.message())
                return
            self.data_imported.emit()
            heading = _t("已导入另一台电脑的第 {0} 号数据包").format(result.seq)
            if result.conflicts:
                self._say(WARNING_COLOUR, heading, result.message())
                self.tabs.setCurrentIndex(2)
            else:
                self._say(OK_COLOUR, heading, result.message())

        def failed(exc: BaseException) -> None:
            from db.exchange.data_errors import BundleMissing

            if isinstance(exc, BundleMissing) and not allow_gap:
                if ask_about_gap(self, missing_text(exc)):
                    self._import_device(path, passphrase, allow_gap=True)
                    return
                self._say(
                    WARNING_COLOUR,
                    _t("等待缺少的数据包"),
                    missing_text(exc) + "\n" + _t("拿到缺少的数据包后，先导入它，再导入这个文件。"),
                )
                return
            self._show_error(exc, _t("没有导入"))

        self._run(work, imported, _t("正在导入数据包…"), on_error=failed)

    # --- conflicts -------------------------------------------------------------------------

    def resolve_selected(self, keep: str) -> None:
        """保留本机的 (``local``) / 采用对方的 (``incoming``) for the conflict selected."""
        from db.exchange.apply import resolve_conflict

        conflict = self.conflicts.selected()
        if conflict is None or self.busy:
            return
        ws = self.workspace
        try:
            resolve_conflict(
                self.store,
                conflict.conflict_id,
                keep=keep,
                operator_id=ws.operator_id,
                operator_name=ws.operator_name or _t("操作人员"),
                bump_version=True,
            )
        except ShequError as exc:
            self._show_error(exc, _t("冲突没有处理"))
            self.refresh()
            return
        self.refresh()
        self.data_imported.emit()
        which = _t("保留了本机的版本") if keep == "local" else _t("采用了对方的版本")
        self._say(OK_COLOUR, _t("已处理冲突：{0}").format(conflict_title(conflict)), which)


