"""The city's window (市级汇总): every office's bundles, returns and standing, side by side.

Opened instead of an office's window when the data folder holds the city's installation
(``shequ city init``; :func:`db.folder.is_city_folder`). No sign-in: what matters — opening the
offices' bundles, signing acknowledgements, certificates and the consolidated return — needs the
city's passphrase, asked each time.

* 报送情况: the period chosen; one row per registered office — its last bundle, its return
  (arrived, late, missing) and the city's decision, its standing per pillar against the city's
  standards (green 达标, red 未达标, amber 需说明), conflicts waiting. Under it the office
  selected: its returns (接收 / 退回… with the reason the office will see, 查看报表), its
  figures, 查看数据… (its records, read-only), 生成回执….
* 导入记录: the files of the last 导入数据包… (each one's result or its one clear refusal
  reason) and every bundle imported so far.
* 同步冲突, 社区名单 (登记社区… from a request file, 吊销证书…), 汇总报表 (the consolidated return,
  made as the offices' returns are, signed with the city's key, shown, printed, saved).

Everything slow runs in the background with a progress bar (:mod:`desktop.common.tasks`); the work is
:mod:`db.exchange`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.errors import ShequError
from db.periods import Period, parse_period
from db.timeutil import local_today
from desktop.common.drives import DriveChooser, DriveSource
from desktop.common.exchange_texts import ask_about_gap, missing_text, period_text, reporter
from desktop.common.exchange_widgets import ConflictsPanel, ResultFrame
from desktop.common.i18n import label, text
from desktop.common.page_parts import (
    ERROR_COLOUR,
    NEUTRAL_COLOUR,
    OK_COLOUR,
    WARNING_COLOUR,
    bold,
    hint,
    local_time,
    plain_list,
)
from desktop.common.prompts import prompts
from desktop.common.tasks import BusyWork, Cancelled, Progress, TaskHandle, TaskRunner

if TYPE_CHECKING:
    from db.compliance import ComplianceResult
    from db.exchange.apply import ApplyResult
    from db.exchange.city_status import OfficeStatus
    from db.exchange.history import ReceivedEntry, ReturnStatus
    from db.exchange.pki import CityAuthority, RegisteredOffice
    from db.store import Store
    from desktop.common.record_table import RecordTableModel

CONTEXT = "CityWindow"
PILLARS = (("people", "有人管事"), ("money", "有钱办事"), ("place", "有场所议事"), ("service", "一化服务"))
STATUS_BACKGROUND = {"pass": "#e3f1e4", "fail": "#fbe3e1", "warning": "#fdf0d9"}
STATUS_COLOUR = {"pass": OK_COLOUR, "fail": ERROR_COLOUR, "warning": WARNING_COLOUR}
STATUS_MARK = {"pass": "√", "fail": "×", "warning": "△"}
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
PILLAR_ROLE = Qt.ItemDataRole.UserRole + 2
YEARS_OFFERED = 4

# the status table's columns
COL_CODE, COL_NAME, COL_BUNDLE, COL_RETURN, COL_DECISION = range(5)
COL_PILLARS = 5  # four columns, one per pillar
COL_CONFLICTS = COL_PILLARS + len(PILLARS)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_text(status: str) -> str:
    from desktop.common.figures import status_label

    return f"{STATUS_MARK.get(status, '')} {status_label(status)}".strip()


def period_options(today: date, years: int = YEARS_OFFERED) -> list[Period]:
    """The periods the city chooses from: each year, its halves and quarters, as far as they have begun."""
    found: list[Period] = []
    for year in range(today.year, today.year - years, -1):
        for suffix in ("", "H1", "H2", "Q1", "Q2", "Q3", "Q4"):
            period = parse_period(f"{year}{suffix}")
            if period.start <= today:
                found.append(period)
    return found


def figure_value_text(figure: Any) -> str:
    from desktop.common.figures import format_number, with_unit

    return with_unit(format_number(figure.value, figure.unit), figure.unit)


def figure_standard_text(figure: Any) -> str:
    from desktop.common.figures import format_number, with_unit

    if figure.standard is None:
        return "—"
    return with_unit(format_number(figure.standard, figure.unit), figure.unit)


def pillar_tooltip(compliance: ComplianceResult, key: str) -> str:
    pillar = compliance.pillar(key)
    return "\n".join(
        _t("{0}：{1}（标准 {2}）{3}").format(
            label(figure.label),
            figure_value_text(figure),
            figure_standard_text(figure),
            status_text(figure.status.value),
        )
        for figure in pillar.figures
    )


# --- the background work (no widgets here) -----------------------------------------------


def compute_status(
    store: Store, authority: CityAuthority, period: Period, today: date, progress: Progress
) -> list[OfficeStatus]:
    """The city's view of ``period``, office by office (progress per office)."""
    from db.exchange.acks import ensure_city_standards
    from db.exchange.city_status import city_status

    ensure_city_standards(store)
    offices = authority.offices()
    rows: list[OfficeStatus] = []
    with store.session() as session:
        for number, office in enumerate(offices, start=1):
            progress.update(number - 1, len(offices), _t("正在统计 {0}…").format(office.name))
            progress.check()
            rows.extend(city_status(session, period, [office], today=today))
    progress.update(len(offices), len(offices), "")
    return rows


@dataclass
class FileOutcome:
    """What became of one file of an import."""

    path: Path
    sender: str = ""
    seq: int = 0
    result: ApplyResult | None = None
    error: str = ""
    missing: Any = None  # the BundleMissing refusal: waiting for an earlier bundle
    cancelled: bool = False

    @property
    def imported(self) -> bool:
        return self.result is not None and not self.result.already_imported

    def line(self) -> str:
        if self.result is not None:
            mark = "＝" if self.result.already_imported else "✔"
            return f"{mark} {self.path.name}：{self.result.message()}"
        if self.missing is not None:
            return f"… {self.path.name}：{missing_text(self.missing)}"
        if self.cancelled:
            return "— " + _t("{0}：已取消，没有导入。").format(self.path.name)
        return f"✘ {self.path.name}：{self.error}"


@dataclass
class ImportRun:
    outcomes: list[FileOutcome] = field(default_factory=list)


def import_files(
    store: Store,
    authority: CityAuthority,
    passphrase: str,
    paths: Sequence[Path],
    progress: Progress,
    *,
    allow_gap: bool = False,
    now: datetime | None = None,
) -> ImportRun:
    """Import ``paths`` one after another — each office's in the order of their numbers, whatever
    order they were chosen in — each with its own result or refusal. A wrong passphrase refuses
    the whole run before any file is opened; Cancel stops between files (or rolls back the file
    being imported)."""
    from db.exchange.bundle import import_bundle, peek_bundle_file
    from db.exchange.data_errors import BundleMissing

    authority.exchange_key(passphrase)  # CityPassphraseWrong: nothing is tried
    run = ImportRun()
    ordered: list[tuple[tuple[int, str, int, str], FileOutcome]] = []
    for path in paths:
        outcome = FileOutcome(path)
        try:
            header = peek_bundle_file(path)
            outcome.sender = str(header.get("from", ""))
            seq = header.get("seq")
            outcome.seq = seq if isinstance(seq, int) else 0
            key = (1, outcome.sender, outcome.seq, path.name)
        except ShequError as exc:
            outcome.error = str(exc)
            key = (0, "", 0, path.name)
        ordered.append((key, outcome))
    ordered.sort(key=lambda item: item[0])
    total = len(ordered)
    stopped = False
    for index, (_key, outcome) in enumerate(ordered):
        run.outcomes.append(outcome)
        if outcome.error:
            continue
        if stopped or progress.cancelled:
            stopped, outcome.cancelled = True, True
            continue
        text = _t("正在导入第 {0} 个文件（共 {1} 个）：{2}").format(index + 1, total, outcome.path.name)
        progress.update(index * 1000, total * 1000, text)
        try:
            outcome.result = import_bundle(
                store,
                outcome.path,
                city=authority,
                passphrase=passphrase,
                allow_gap=allow_gap,
                progress=reporter(progress, text, offset=index, parts=total),
                now=now,
            )
        except Cancelled:
            stopped, outcome.cancelled = True, True
        except BundleMissing as exc:
            outcome.missing = exc
        except ShequError as exc:
            outcome.error = str(exc)
    progress.update(total, total, "")
    return run


# --- the drill-down ---------------------------------------------------------------------------


class OfficeDataDialog(QDialog):
    """An office's records at the city, ledger by ledger: read-only (the city never edits them)."""

    def __init__(self, store: Store, office_code: str, office_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from db.kinds import kind
        from desktop.common.columns import LISTS

        self.store = store
        self.office_code = office_code
        self.setWindowTitle(_t("{0}（{1}）的数据 — 只读").format(office_name, office_code))
        self.resize(1100, 640)
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(_t("台账"))
        for key in LISTS:
            self.kind_box.addItem(label(kind(key).label), key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_t("搜索…"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(_t("台账：")))
        top.addWidget(self.kind_box)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        top.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.model: RecordTableModel | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            hint(
                _t(
                    "这是社区报送的数据，市级只能查看，不能修改。身份证号、电话、住址不报送市级，这里是空的。"
                    "如数据有误，请退回报表并写明原因，由社区改正后重新报送。"
                )
            )
        )
        layout.addWidget(self.table, 1)
        self.kind_box.currentIndexChanged.connect(lambda _index: self.show_kind(str(self.kind_box.currentData())))
        self.search.returnPressed.connect(self._search)
        self.search.textChanged.connect(lambda text: self._search() if not text else None)
        self.show_kind(str(self.kind_box.currentData()))

    @property
    def kind_key(self) -> str:
        return str(self.kind_box.currentData())

    def show_kind(self, kind_key: str) -> None:
        from db.exchange.payload import PURPOSE_CITY, withheld_fields
        from db.kinds import kind
        from db.listing import ListFilter
        from desktop.common.columns import columns_for
        from desktop.common.record_table import RecordTableModel

        if self.kind_box.currentData() != kind_key:
            self.kind_box.setCurrentIndex(self.kind_box.findData(kind_key))  # calls back
            return
        spec = columns_for(kind_key)
        model = RecordTableModel(self.store.session, spec, self)
        model.set_filter(ListFilter(equals={"office_code": self.office_code}), refresh=False)
        model.refreshed.connect(self._count)
        model.set_search(self.search.text())
        old, self.model = self.model, model
        self.table.setModel(model)
        if old is not None:
            old.deleteLater()
        blank = withheld_fields(PURPOSE_CITY).get(str(kind(kind_key).model.__tablename__), frozenset())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for position, column in enumerate(spec.columns):
            header.resizeSection(position, column.width)
            self.table.setColumnHidden(position, column.field in blank)  # never at the city
        self._count()

    def _search(self) -> None:
        if self.model is not None:
            self.model.set_search(self.search.text())

    def _count(self) -> None:
        count = self.model.rowCount() if self.model is not None else 0
        self.count_label.setText(_t("共 {0} 条").format(count))


# --- the window -------------------------------------------------------------------------------


class CityWindow(BusyWork, QMainWindow):
    """The city's window (see the module's notes)."""

    def __init__(
        self,
        store: Store,
        authority: CityAuthority,
        *,
        runner: TaskRunner | None = None,
        drives: DriveSource | None = None,
        today: date | None = None,
        clock: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from desktop.common.pdf_view import PdfPreview

        self.store = store
        self.authority = authority
        self.runner = runner or TaskRunner(self)
        self.today = today or local_today()
        self.clock = clock  # the import time recorded (None: now); decides whether a return is late
        self.city_name = authority.name
        self.rows: list[OfficeStatus] = []
        self.office_returns: list[ReturnStatus] = []
        self.last_import: ImportRun | None = None
        self.city_return: tuple[bytes, str] | None = None  # the PDF made last, and its file name
        self.data_dialogs: list[OfficeDataDialog] = []
        self._status_serial = 0
        self._status_handle: TaskHandle[Any] | None = None
        self._save_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.setWindowTitle(_t("社区台账 — 市级汇总：{0}").format(self.city_name))
        self.resize(1280, 820)

        heading = QLabel(_t("{0} · 各社区报送和达标情况").format(self.city_name))
        bold(heading, 1.4)
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
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel(_t("报告期：")))
        top.addWidget(self.period_box)
        top.addWidget(self.refresh_button)
        drive_row = QHBoxLayout()
        drive_row.addWidget(QLabel(_t("U 盘：")))
        drive_row.addWidget(self.drives, 1)
        drive_row.addSpacing(12)
        drive_row.addWidget(self.import_button)

        self.result_frame = self._build_result_frame()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_status_tab(), _t("报送情况"))
        self.tabs.addTab(self._build_imports_tab(), _t("导入记录"))
        self.tabs.addTab(self._build_conflicts_tab(), _t("同步冲突"))
        self.tabs.addTab(self._build_registry_tab(), _t("社区名单"))
        self.preview = PdfPreview(_t("点“生成汇总表”或“签署汇总表…”后在这里预览；也可以在“报送情况”中查看社区的报表。"))
        self.tabs.addTab(self._build_return_tab(), _t("汇总报表"))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addLayout(drive_row)
        layout.addWidget(self.result_frame)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(QLabel(_t("数据文件夹：{0}").format(store.data_dir)))

        self.period_box.currentIndexChanged.connect(lambda _index: self.refresh_status())
        self.refresh_button.clicked.connect(self.refresh)
        self.import_button.clicked.connect(self.choose_and_import)
        self.refresh()

    # --- building ------------------------------------------------------------------------

    def _build_result_frame(self) -> ResultFrame:
        frame = ResultFrame(close_label=_t("关闭"))
        self.result_heading = frame.heading
        self.result_text = frame.text
        return frame

    def _build_status_tab(self) -> QWidget:
        headers = [_t("社区代码"), _t("社区名称"), _t("最近数据包"), _t("报表"), _t("市级处理")]
        headers += [_t(text) for _key, text in PILLARS] + [_t("冲突")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(_t("各社区报送情况"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((110, 130, 210, 150, 90, 92, 92, 100, 92, 50)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.status_note = hint()
        self.status_note.setWordWrap(False)
        self.totals = QLabel()
        bold(self.totals)

        # the office selected
        self.office_heading = QLabel()
        bold(self.office_heading, 1.15)
        self.office_info = QLabel()
        self.office_info.setWordWrap(True)
        self.office_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.returns_list = plain_list(
            [_t("报告期"), _t("版本"), _t("到达时间"), _t("市级处理"), _t("原因")], (120, 60, 130, 80)
        )
        self.returns_list.setAccessibleName(_t("社区的报表"))
        self.receive_button = QPushButton(_t("接收"))
        self.reject_button = QPushButton(_t("退回…"))
        self.reject_button.setToolTip(_t("退回报表并写明原因，社区导入回执后会看到"))
        self.view_return_button = QPushButton(_t("查看报表"))
        self.data_button = QPushButton(_t("查看数据…"))
        self.data_button.setToolTip(_t("查看这个社区报送的台账（只读）；也可以双击表格中的社区"))
        self.ack_button = QPushButton(_t("生成回执…"))
        self.ack_button.setToolTip(_t("给选中的社区写回执（确认收到的数据包、报表接收或退回、城市标准），保存到 U 盘"))
        bold(self.ack_button)
        buttons = QHBoxLayout()
        for button in (self.receive_button, self.reject_button, self.view_return_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.data_button)
        buttons.addWidget(self.ack_button)
        self.figures_list = plain_list(
            [_t("方面"), _t("指标"), _t("数值"), _t("标准"), _t("判断")], (86, 160, 140, 130)
        )
        self.figures_list.setAccessibleName(_t("达标情况"))
        self.figures_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        returns_box = QWidget()
        returns_layout = QVBoxLayout(returns_box)
        returns_layout.setContentsMargins(0, 0, 0, 0)
        returns_layout.addWidget(self.returns_list, 1)
        returns_layout.addLayout(buttons)
        office_split = QSplitter()
        office_split.addWidget(returns_box)
        office_split.addWidget(self.figures_list)
        office_split.setSizes([560, 560])
        office_split.setChildrenCollapsible(False)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.office_heading)
        details_layout.addWidget(self.office_info)
        details_layout.addWidget(office_split, 1)
        self.details = details

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.totals)
        row.addStretch(1)
        row.addWidget(self.status_note)
        upper_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(details)
        split.setSizes([380, 300])
        split.setChildrenCollapsible(False)

        self.table.itemSelectionChanged.connect(self._office_selected)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.open_office_data(self._code_at(row)))
        self.returns_list.itemSelectionChanged.connect(self._update_buttons)
        self.returns_list.itemActivated.connect(lambda _item, _column: self.view_return())
        self.receive_button.clicked.connect(lambda: self.decide(received=True))
        self.reject_button.clicked.connect(lambda: self.decide(received=False))
        self.view_return_button.clicked.connect(self.view_return)
        self.data_button.clicked.connect(lambda: self.open_office_data(self.selected_code()))
        self.ack_button.clicked.connect(self.write_acks)
        return split

    def _build_imports_tab(self) -> QWidget:
        self.outcome_list = plain_list([_t("文件"), _t("结果"), _t("说明")], (220, 80))
        self.outcome_list.setAccessibleName(_t("上次导入的文件"))
        self.outcome_list.setWordWrap(True)
        self.outcome_list.setUniformRowHeights(False)
        self.received_list = plain_list(
            [_t("导入时间"), _t("社区"), _t("编号"), _t("文件"), _t("缺口")], (130, 200, 50, 220)
        )
        self.received_list.setAccessibleName(_t("已导入的数据包"))
        self.received_note = hint()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        last = QLabel(_t("上次导入"))
        bold(last)
        layout.addWidget(last)
        layout.addWidget(self.outcome_list, 1)
        every = QLabel(_t("已导入的数据包"))
        bold(every)
        layout.addWidget(every)
        layout.addWidget(self.received_list, 2)
        layout.addWidget(self.received_note)
        return tab

    def _build_conflicts_tab(self) -> QWidget:
        self.conflicts = ConflictsPanel(
            [_t("社区"), _t("台账"), _t("记录"), _t("不同的内容"), _t("市级版本"), _t("数据包版本")],
            (110, 90, 110, 180, 70),
            note=_t(
                "同一条记录，市级已有的和数据包带来的版本号相同、内容不同：导入没有覆盖，两边都保留在这里。"
                "一般应采用社区最新报送的内容；拿不准时请与社区核实。"
            ),
            keep_label=_t("保留市级已有的"),
            take_label=_t("采用数据包的"),
            detail=_t("{0}：市级“{1}”，数据包“{2}”"),
            office_column=True,
        )
        self.conflicts.list.itemSelectionChanged.connect(self._update_buttons)
        self.conflicts.resolve_requested.connect(self.resolve_selected)
        return self.conflicts

    def _build_registry_tab(self) -> QWidget:
        self.registry_list = plain_list(
            [_t("社区代码"), _t("社区名称"), _t("颁发时间"), _t("有效期至"), _t("状态")], (110, 140, 130, 130)
        )
        self.registry_list.setAccessibleName(_t("社区名单"))
        self.issue_button = QPushButton(_t("登记社区…"))
        self.issue_button.setToolTip(_t("根据社区的注册申请文件（<代码>-request.pem）颁发证书"))
        self.revoke_button = QPushButton(_t("吊销证书…"))
        self.revoke_button.setToolTip(_t("U 盘或电脑丢失、密钥可能泄露时吊销；之后该社区的数据包都会被拒收"))
        self.registry_note = hint()
        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        buttons.addWidget(self.registry_note)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(
            hint(
                _t(
                    "社区在“数据交换”页生成注册申请，用 U 盘送来；在这里登记后把证书文件交回社区安装。"
                    "颁发前请与社区电话核对密钥指纹。"
                )
            )
        )
        layout.addWidget(self.registry_list, 1)
        layout.addLayout(buttons)
        self.registry_list.itemSelectionChanged.connect(self._update_buttons)
        self.issue_button.clicked.connect(lambda: self.register_office())  # noqa: PLW0108 (not `checked` as the path)
        self.revoke_button.clicked.connect(self.revoke_selected)
        return tab

    def _build_return_tab(self) -> QWidget:
        self.draft_button = QPushButton(_t("生成汇总表"))
        self.draft_button.setToolTip(_t("按所选报告期生成市级汇总表（不签名），可预览、打印、另存"))
        self.sign_button = QPushButton(_t("签署汇总表…"))
        self.sign_button.setToolTip(_t("用市级密钥签名，社区和上级可以核验"))
        bold(self.sign_button)
        self.save_button = QPushButton(_t("另存为…"))
        self.print_button = QPushButton(_t("打印…"))
        self.preview_title = QLabel()
        bold(self.preview_title)
        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.preview, 1)
        self.draft_button.clicked.connect(lambda: self.make_city_return(sign=False))
        self.sign_button.clicked.connect(lambda: self.make_city_return(sign=True))
        self.save_button.clicked.connect(self.save_shown)
        self.print_button.clicked.connect(self.print_shown)
        return tab

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

    def refresh(self) -> None:
        """Read everything again: the registry, the imports, the conflicts, then (in the background) the status."""
        self._show_registry()
        self._show_received()
        self._show_conflicts()
        self.refresh_status()

    def refresh_status(self) -> None:
        """Work out the chosen period's status of every office, in the background."""
        period, today = self.period, self.today
        store, authority = self.store, self.authority
        self._status_serial += 1
        serial = self._status_serial
        self.status_note.setText(_t("正在统计{0}…").format(period_text(period.code)))

        def work(progress: Progress) -> list[OfficeStatus]:
            return compute_status(store, authority, period, today, progress)

        def arrived(rows: list[OfficeStatus]) -> None:
            if serial == self._status_serial:
                self._show_status(rows)

        def cancelled() -> None:
            if serial == self._status_serial:
                self.status_note.setText(_t("统计已取消。点“刷新”再统计一次。"))

        if self._status_handle is not None:
            self._status_handle.cancel()
        self._status_handle = self._run(work, arrived, _t("正在统计各社区的情况…"), on_cancel=cancelled)

    def _code_at(self, row: int) -> str:
        item = self.table.item(row, COL_CODE)
        return str(item.data(CODE_ROLE)) if item is not None else ""

    def selected_code(self) -> str:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return self._code_at(rows[0]) if rows else ""

    def selected_codes(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._code_at(row) for row in rows]

    def row_of(self, code: str) -> OfficeStatus | None:
        return next((row for row in self.rows if row.code == code), None)

    def select_office(self, code: str) -> None:
        for row in range(self.table.rowCount()):
            if self._code_at(row) == code:
                self.table.selectRow(row)
                return

    def _show_status(self, rows: list[OfficeStatus]) -> None:
        from db.enums import ReturnState
        from db.exchange.city_status import ARRIVED, LATE, MISSING, report_deadline

        kept = self.selected_codes()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            code = QTableWidgetItem(row.code)
            code.setData(CODE_ROLE, row.code)
            name = QTableWidgetItem(row.name + (_t("（证书已吊销）") if row.revoked else ""))
            if row.last_bundle_seq is not None:
                bundle_text = _t("第 {0} 号（{1}）").format(row.last_bundle_seq, local_time(row.last_bundle_at))
                if row.gaps:
                    bundle_text += _t("，有缺口")
            else:
                bundle_text = _t("尚未收到")
            bundle = QTableWidgetItem(bundle_text)
            bundle.setToolTip("\n".join([_t("共收到 {0} 个数据包").format(row.bundles), *row.gaps]))
            report_text = {ARRIVED: _t("已报送"), LATE: _t("逾期报送"), MISSING: _t("未报送")}[row.return_state]
            if row.overdue:
                report_text += _t("（已过期限）")
            if row.return_version is not None:
                report_text += _t("（第 {0} 版）").format(row.return_version)
            report = QTableWidgetItem(report_text)
            if row.return_state == MISSING:
                report.setForeground(QBrush(QColor(ERROR_COLOUR if row.overdue else NEUTRAL_COLOUR)))
            elif row.return_state == LATE:
                report.setForeground(QBrush(QColor(WARNING_COLOUR)))
            if row.arrived_at is not None:
                report.setToolTip(_t("到达时间：{0}").format(local_time(row.arrived_at)))
            decision = QTableWidgetItem(label(ReturnState.label_of(row.decision)) if row.decision else "")
            if row.decision == ReturnState.RETURNED.value:
                decision.setForeground(QBrush(QColor(ERROR_COLOUR)))
                decision.setToolTip(_t("退回原因：{0}").format(row.decision_reason))
            elif row.decision == ReturnState.RECEIVED.value:
                decision.setForeground(QBrush(QColor(OK_COLOUR)))
            cells = [code, name, bundle, report, decision]
            for key, _text in PILLARS:
                if row.compliance is None:
                    cell = QTableWidgetItem(_t("无数据"))
                    cell.setForeground(QBrush(QColor(NEUTRAL_COLOUR)))
                else:
                    pillar = row.compliance.pillar(key)
                    status = pillar.status.value
                    cell = QTableWidgetItem(status_text(status))
                    cell.setBackground(QBrush(QColor(STATUS_BACKGROUND[status])))
                    cell.setForeground(QBrush(QColor(STATUS_COLOUR[status])))
                    cell.setToolTip(pillar_tooltip(row.compliance, key))
                    cell.setData(PILLAR_ROLE, pillar.to_dict())
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cells.append(cell)
            conflicts = QTableWidgetItem(str(row.conflicts) if row.conflicts else "")
            if row.conflicts:
                conflicts.setForeground(QBrush(QColor(WARNING_COLOUR)))
            cells.append(conflicts)
            for column, cell in enumerate(cells):
                self.table.setItem(number, column, cell)
        arrived = sum(1 for row in rows if row.return_state == ARRIVED)
        late = sum(1 for row in rows if row.return_state == LATE)
        missing = sum(1 for row in rows if row.return_state == MISSING)
        self.totals.setText(
            _t("共 {0} 个社区：按期报送 {1} 个，逾期报送 {2} 个，未报送 {3} 个").format(
                len(rows), arrived, late, missing
            )
        )
        self.status_note.setText(
            _t("{0}，报送期限 {1}。双击一个社区查看它的数据。").format(
                period_text(self.period.code), report_deadline(self.period).isoformat()
            )
            if rows
            else _t("还没有登记任何社区：请在“社区名单”中登记。")
        )
        if kept:
            for code in kept:
                self.select_office(code)
        elif rows:
            self.table.selectRow(0)
        self._office_selected()

    def _office_selected(self) -> None:
        code = self.selected_code()
        row = self.row_of(code)
        if row is None:
            self.office_heading.setText(_t("选择一个社区查看详情"))
            self.office_info.setText("")
            self.returns_list.clear()
            self.figures_list.clear()
            self.office_returns = []
            self._update_buttons()
            return
        from db.exchange.history import returns_with_receipts

        self.office_heading.setText(f"{row.name}（{row.code}）" + (_t("　证书已吊销") if row.revoked else ""))
        info = []
        if row.last_bundle_seq is not None:
            info.append(
                _t("最近数据包：第 {0} 号，{1} 导入；共收到 {2} 个。").format(
                    row.last_bundle_seq, local_time(row.last_bundle_at), row.bundles
                )
            )
        else:
            info.append(_t("还没有收到这个社区的数据包。"))
        info.extend(_t("缺口：{0}").format(gap) for gap in row.gaps)
        if row.conflicts:
            info.append(_t("待处理的同步冲突 {0} 处（见“同步冲突”）。").format(row.conflicts))
        self.office_info.setText("\n".join(info))
        with self.store.session() as session:
            self.office_returns = returns_with_receipts(session, code)
        self._show_office_returns(row)
        self._show_figures(row)
        self._update_buttons()

    def _show_office_returns(self, row: OfficeStatus) -> None:
        from db.enums import ReturnState

        self.returns_list.clear()
        chosen: QTreeWidgetItem | None = None
        for item in self.office_returns:
            decision = label(ReturnState.label_of(item.decision)) if item.decision else _t("待处理")
            shown = QTreeWidgetItem(
                [
                    period_text(item.period_code),
                    _t("第 {0} 版").format(item.return_version),
                    local_time(item.arrived_at),
                    decision,
                    item.reason,
                ]
            )
            shown.setData(0, CODE_ROLE, item.return_id)
            shown.setToolTip(4, item.reason)
            if item.returned:
                shown.setForeground(3, QBrush(QColor(ERROR_COLOUR)))
            elif item.decision == ReturnState.RECEIVED.value:
                shown.setForeground(3, QBrush(QColor(OK_COLOUR)))
            self.returns_list.addTopLevelItem(shown)
            if item.return_id == row.return_id:
                chosen = shown
        if chosen is None and self.returns_list.topLevelItemCount():
            chosen = self.returns_list.topLevelItem(0)
        if chosen is not None:
            self.returns_list.setCurrentItem(chosen)

    def _show_figures(self, row: OfficeStatus) -> None:
        self.figures_list.clear()
        if row.compliance is None:
            empty = QTreeWidgetItem(["", _t("还没有这个社区的数据")])
            self.figures_list.addTopLevelItem(empty)
            return
        for pillar in row.compliance.pillars:
            for figure in pillar.figures:
                item = QTreeWidgetItem(
                    [
                        label(pillar.label),
                        label(figure.label),
                        figure_value_text(figure),
                        figure_standard_text(figure),
                        status_text(figure.status.value),
                    ]
                )
                item.setForeground(4, QBrush(QColor(STATUS_COLOUR[figure.status.value])))
                item.setToolTip(1, text(figure.reason))
                item.setToolTip(4, text(figure.reason))
                self.figures_list.addTopLevelItem(item)

    def selected_return(self) -> ReturnStatus | None:
        items = self.returns_list.selectedItems()
        if not items:
            return None
        wanted = str(items[0].data(0, CODE_ROLE))
        return next((item for item in self.office_returns if item.return_id == wanted), None)

    def _show_registry(self) -> None:
        try:
            offices = self.authority.offices()
        except ShequError as exc:
            self._say(ERROR_COLOUR, _t("社区名单无法读取"), str(exc))
            offices = []
        self.registry_list.clear()
        for office in offices:
            if office.revoked:
                state = _t("已吊销（{0}，{1}）").format(local_time(office.revoked_at), office.revoke_reason)
            else:
                state = _t("有效")
            item = QTreeWidgetItem(
                [office.code, office.name, local_time(office.issued_at), local_time(office.not_after), state]
            )
            item.setData(0, CODE_ROLE, office.code)
            if office.revoked:
                item.setForeground(4, QBrush(QColor(ERROR_COLOUR)))
            self.registry_list.addTopLevelItem(item)
        self.registry_note.setText(_t("共 {0} 个社区。").format(len(offices)))

    def _show_received(self) -> None:
        from db.exchange.apply import KIND_OFFICE_TO_CITY
        from db.exchange.history import received_bundles

        with self.store.session() as session:
            received: list[ReceivedEntry] = received_bundles(session, kind=KIND_OFFICE_TO_CITY)
        names = {office.code: office.name for office in self._offices_or_empty()}
        self.received_list.clear()
        for entry in received:
            who = f"{names.get(entry.sender, '')}（{entry.sender}）" if entry.sender in names else entry.sender
            item = QTreeWidgetItem(
                [local_time(entry.imported_at), who, str(entry.seq), entry.file_name, entry.gap_note]
            )
            item.setToolTip(4, entry.gap_note)
            self.received_list.addTopLevelItem(item)
        self.received_note.setText(_t("共 {0} 个。").format(len(received)) if received else _t("还没有导入过数据包。"))

    def _offices_or_empty(self) -> list[RegisteredOffice]:
        try:
            return self.authority.offices()
        except ShequError:
            return []

    def _show_conflicts(self) -> None:
        from db.exchange.apply import list_conflicts

        self.conflicts.show_conflicts(list_conflicts(self.store))
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts), self.conflicts.tab_title())
        self._update_buttons()

    # --- background work -----------------------------------------------------------------

    def _show_error(self, exc: BaseException, title: str = "") -> None:
        self.result_frame.report(self, exc, title or _t("没有完成"), title or _t("市级汇总"))

    def _show_cancelled(self) -> None:
        self.result_frame.say_cancelled()

    def _say(self, colour: str, heading: str, text: str = "") -> None:
        self.result_frame.say(colour, heading, text)

    def _update_buttons(self) -> None:
        idle = not self.busy
        chosen_return = self.selected_return() if hasattr(self, "returns_list") else None
        office = bool(self.selected_code()) if hasattr(self, "table") else False
        for button in (self.import_button, self.issue_button, self.draft_button, self.sign_button, self.refresh_button):
            button.setEnabled(idle)
        self.receive_button.setEnabled(idle and chosen_return is not None)
        self.reject_button.setEnabled(idle and chosen_return is not None)
        self.view_return_button.setEnabled(idle and chosen_return is not None)
        self.data_button.setEnabled(office)
        self.ack_button.setEnabled(idle and office)
        registry = bool(self.registry_list.selectedItems()) if hasattr(self, "registry_list") else False
        self.revoke_button.setEnabled(idle and registry)
        self.conflicts.set_idle(idle)
        has_pdf = self.city_return is not None and self.preview.page_count > 0
        self.save_button.setEnabled(idle and has_pdf)
        self.print_button.setEnabled(idle and has_pdf)

    def _ask_passphrase(self, title: str, ok_label: str, why: str) -> str | None:
        return prompts().ask_passphrase(
            self,
            first_time=False,
            title=title,
            intro=why + "\n\n" + _t("请输入市级口令（建立市级安装时设定的）。"),
            field_label=_t("市级口令："),
            ok_label=ok_label,
        )

    def _folder_or_say(self) -> Path | None:
        folder = self.drives.folder()
        if folder is None or not folder.is_dir():
            self._say(ERROR_COLOUR, _t("没有可用的 U 盘"), _t("请插入 U 盘后点“刷新”，或选择“其他位置…”。"))
            return None
        return folder

    # --- importing -------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        """导入数据包…: one or more files from the stick."""
        start = str(self.drives.folder() or Path.home())
        paths = prompts().open_files(
            self, _t("选择社区报送的数据包（可以多选）"), start, _t("交换文件 (*.shequ);;所有文件 (*)")
        )
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: Sequence[Path], *, allow_gap: bool = False, passphrase: str | None = None) -> None:
        """Import ``paths`` in the background; each file's result, or its refusal, is listed."""
        if self.busy:
            return
        if passphrase is None:
            passphrase = self._ask_passphrase(
                _t("导入数据包"), _t("导入"), _t("社区的数据包用市级的交换证书加密，要用市级密钥打开。")
            )
            if passphrase is None:
                return
        store, authority, chosen = self.store, self.authority, list(paths)
        now = self.clock() if self.clock is not None else None

        def work(progress: Progress) -> ImportRun:
            return import_files(store, authority, passphrase, chosen, progress, allow_gap=allow_gap, now=now)

        def done(run: ImportRun) -> None:
            self._imported(run, passphrase, allow_gap)

        self._run(work, done, _t("正在导入数据包…"), on_error=lambda exc: self._show_error(exc, _t("没有导入")))

    def _imported(self, run: ImportRun, passphrase: str, allow_gap: bool) -> None:
        previous = self.last_import
        if allow_gap and previous is not None:  # the second round: the files that waited, now imported
            by_path = {outcome.path: outcome for outcome in run.outcomes}
            run = ImportRun([by_path.get(outcome.path, outcome) for outcome in previous.outcomes])
        self.last_import = run
        self._show_outcomes(run)
        waiting = [outcome for outcome in run.outcomes if outcome.missing is not None]
        if waiting and not allow_gap:
            message = "\n".join(missing_text(outcome.missing) for outcome in waiting)
            if ask_about_gap(self, message):  # the second round shows everything when it is done
                self.import_paths([outcome.path for outcome in waiting], allow_gap=True, passphrase=passphrase)
                return
        self.refresh()
        imported = sum(1 for outcome in run.outcomes if outcome.imported)
        again = sum(1 for outcome in run.outcomes if outcome.result is not None and outcome.result.already_imported)
        refused = sum(1 for outcome in run.outcomes if outcome.error)
        waited = len(waiting) if not allow_gap else 0
        cancelled = sum(1 for outcome in run.outcomes if outcome.cancelled)
        parts = [_t("导入 {0} 个").format(imported)]
        if again:
            parts.append(_t("以前已导入过 {0} 个（没有改动）").format(again))
        if waited:
            parts.append(_t("等待缺少的数据包 {0} 个").format(waited))
        if refused:
            parts.append(_t("拒收 {0} 个").format(refused))
        if cancelled:
            parts.append(_t("取消 {0} 个").format(cancelled))
        heading = _t("{0} 个文件：").format(len(run.outcomes)) + "，".join(parts)
        colour = ERROR_COLOUR if refused else WARNING_COLOUR if waited or cancelled else OK_COLOUR
        self._say(colour, heading, "\n".join(outcome.line() for outcome in run.outcomes))

    def _show_outcomes(self, run: ImportRun) -> None:
        self.outcome_list.clear()
        for outcome in run.outcomes:
            if outcome.result is not None:
                state, colour = (
                    (_t("已导入过"), NEUTRAL_COLOUR) if outcome.result.already_imported else (_t("已导入"), OK_COLOUR)
                )
                text = outcome.result.message()
            elif outcome.missing is not None:
                state, colour, text = _t("等待"), WARNING_COLOUR, missing_text(outcome.missing)
            elif outcome.cancelled:
                state, colour, text = _t("已取消"), NEUTRAL_COLOUR, _t("没有导入。")
            else:
                state, colour, text = _t("拒收"), ERROR_COLOUR, outcome.error
            item = QTreeWidgetItem([outcome.path.name, state, text])
            item.setForeground(1, QBrush(QColor(colour)))
            item.setToolTip(0, str(outcome.path))
            item.setToolTip(2, text)
            self.outcome_list.addTopLevelItem(item)

    # --- the city's decisions and acknowledgements -----------------------------------------

    def decide(self, *, received: bool) -> None:
        """接收 / 退回… the return selected (退回 asks the reason the office will see)."""
        from db.enums import ReturnState
        from db.exchange.acks import decide_return

        chosen = self.selected_return()
        row = self.row_of(self.selected_code())
        if chosen is None or row is None or self.busy:
            return
        what = _t("{0}（{1}）{2}报表第 {3} 版").format(
            row.name, row.code, period_text(chosen.period_code), chosen.return_version
        )
        reason = ""
        if not received:
            answer = prompts().ask_text(
                self,
                _t("退回报表"),
                _t("退回{0}的原因（社区会看到）：").format(what),
                chosen.reason if chosen.returned else "",
            )
            if answer is None:
                return
            reason = answer.strip()
            if not reason:
                self._say(
                    ERROR_COLOUR, _t("没有退回"), _t("退回报表需要写明原因，社区会看到它。请重新点“退回…”并填写原因。")
                )
                return
        status = ReturnState.RECEIVED if received else ReturnState.RETURNED
        try:
            decide_return(self.store, chosen.return_id, status, reason=reason, decided_by=self.city_name)
        except ShequError as exc:
            self._show_error(exc, _t("没有完成"))
            return
        self._say(
            ERROR_COLOUR if not received else OK_COLOUR,
            _t("已将{0}标记为{1}").format(what, label(status.label)),
            (_t("原因：{0}").format(reason) + "\n" if reason else "")
            + _t("社区要在导入回执后才知道：请点“生成回执…”写到 U 盘交给社区。"),
        )
        self.refresh_status()

    def write_acks(self) -> None:
        """生成回执…: an acknowledgement for each office selected, on the stick."""
        codes = [code for code in self.selected_codes() if code]
        if not codes or self.busy:
            return
        revoked = [code for code in codes if (row := self.row_of(code)) is not None and row.revoked]
        codes = [code for code in codes if code not in revoked]
        if not codes:
            self._say(ERROR_COLOUR, _t("没有生成回执"), _t("选中的社区证书已被吊销，不能给它写回执。"))
            return
        folder = self._folder_or_say()
        if folder is None:
            return
        passphrase = self._ask_passphrase(
            _t("生成回执"), _t("生成回执"), _t("回执用市级密钥签名，社区据此确认来自市里。")
        )
        if passphrase is None:
            return
        store, authority = self.store, self.authority

        def work(progress: Progress) -> list[tuple[str, str, bool]]:
            from db.exchange.bundle import export_ack

            written: list[tuple[str, str, bool]] = []
            for number, code in enumerate(codes):
                progress.update(number, len(codes), _t("正在给社区 {0} 写回执…").format(code))
                try:
                    result = export_ack(store, authority, passphrase, code, folder)
                except ShequError as exc:
                    from db.exchange.errors import CityPassphraseWrong

                    if isinstance(exc, CityPassphraseWrong):
                        raise
                    written.append((code, str(exc), False))
                    continue
                written.append((code, _t("已写出第 {0} 号回执：{1}").format(result.seq, result.path), True))
            return written

        def done(written: list[tuple[str, str, bool]]) -> None:
            ok = sum(1 for _code, _text, good in written if good)
            lines = [f"{'✔' if good else '✘'} {code}：{text}" for code, text, good in written]
            lines += [_t("✘ {0}：证书已吊销，没有写回执。").format(code) for code in revoked]
            lines.append(_t("下一步：把 U 盘交给社区，在社区的“数据交换”页点“导入交换文件…”导入回执。"))
            failed = len(written) - ok + len(revoked)
            self._say(
                OK_COLOUR if not failed else WARNING_COLOUR,
                _t("已生成 {0} 份回执").format(ok) + (_t("，{0} 个社区没有写成").format(failed) if failed else ""),
                "\n".join(lines),
            )

        self._run(work, done, _t("正在生成回执…"), on_error=lambda exc: self._show_error(exc, _t("没有生成回执")))

    def view_return(self) -> None:
        """查看报表: the office's signed return, as it arrived, in the preview."""
        from db.models import ReturnSnapshot

        chosen = self.selected_return()
        row = self.row_of(self.selected_code())
        if chosen is None or row is None or self.busy:
            return
        with self.store.session() as session:
            snapshot = session.get(ReturnSnapshot, chosen.return_id)
        if snapshot is None:
            return
        data_dir = self.store.data_dir
        title = _t("{0}{1}报表（第 {2} 版）").format(row.name, period_text(chosen.period_code), chosen.return_version)

        def work(progress: Progress) -> tuple[bytes, bytes]:
            from db.returns.display import with_signature_stamps
            from db.returns.snapshot import snapshot_pdf

            pdf = snapshot_pdf(data_dir, snapshot)
            return pdf, with_signature_stamps(pdf)

        def shown(result: tuple[bytes, bytes]) -> None:
            pdf, display = result
            self._show_pdf(pdf, display, title, f"{title}.pdf")

        self._run(work, shown, _t("正在打开报表…"))

    # --- the consolidated return -----------------------------------------------------------

    def make_city_return(self, *, sign: bool) -> None:
        """生成汇总表 / 签署汇总表…: the consolidated return of the period chosen, in the preview."""
        if self.busy:
            return
        passphrase = None
        if sign:
            passphrase = self._ask_passphrase(
                _t("签署汇总表"), _t("签署"), _t("汇总表用市级密钥签名（PAdES），社区和上级可以核验它的来源和完整性。")
            )
            if passphrase is None:
                return
        store, authority, period = self.store, self.authority, self.period

        def work(progress: Progress) -> tuple[bytes, bytes, int, bool]:
            from db.exchange.city_return import make_city_return
            from db.returns.display import with_signature_stamps

            progress.update(0, 0, _t("正在生成市级汇总表…"))
            made = make_city_return(store, authority, period, sign=sign, passphrase=passphrase)
            return made.pdf, with_signature_stamps(made.pdf) if made.signed else made.pdf, made.pages, made.signed

        def made(result: tuple[bytes, bytes, int, bool]) -> None:
            pdf, display, pages, signed = result
            state = _t("已签名") if signed else _t("未签名")
            title = _t("{0}{1}汇总表（{2}）").format(self.city_name, period_text(period.code), state)
            self._show_pdf(pdf, display, title, _t("{0}{1}汇总表.pdf").format(self.city_name, period_text(period.code)))
            self._say(
                OK_COLOUR,
                _t("已生成{0}市级汇总表（共 {1} 页，{2}）").format(period_text(period.code), pages, state),
                _t("可以打印，或点“另存为…”保存。"),
            )

        self._run(
            work,
            made,
            _t("正在生成市级汇总表…"),
            cancellable=not sign,
            on_error=lambda e: self._show_error(e, _t("汇总表没有生成")),
        )

    def _show_pdf(self, pdf: bytes, display: bytes, title: str, file_name: str) -> None:
        self.city_return = (pdf, file_name)
        pages = self.preview.load(display)
        self.preview_title.setText(_t("{0}（共 {1} 页）").format(title, pages) if pages else title)
        self.tabs.setCurrentIndex(self.tabs.count() - 1)
        self._update_buttons()

    def save_shown(self) -> None:
        """另存为…: the PDF shown, as made (signed), where the person chooses."""
        if self.city_return is None:
            return
        from desktop.common.pdf_view import save_pdf

        pdf, name = self.city_return
        target = save_pdf(
            self,
            pdf,
            title=_t("另存为"),
            folder=self._save_folder,
            file_name=name,
            failed=lambda text: self._show_error(ShequError(text)),
        )
        if target is None:
            return
        self._save_folder = str(target.parent)
        self._say(OK_COLOUR, _t("已保存：{0}").format(target))

    def print_shown(self) -> None:
        if self.city_return is None or not self.preview.page_count:
            return
        from desktop.common.pdf_view import print_preview

        pages = print_preview(self, self.preview, self.city_return[1], error_title=_t("打印"))
        if pages is not None:
            self._say(OK_COLOUR, _t("已送往打印机：{0} 页。").format(pages))

    # --- offices and certificates ------------------------------------------------------------

    def open_office_data(self, code: str) -> OfficeDataDialog | None:
        """查看数据…: the office's records, read-only."""
        row = self.row_of(code)
        if row is None:
            return None
        dialog = OfficeDataDialog(self.store, code, row.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(
            lambda _obj=None, d=dialog: self.data_dialogs.remove(d) if d in self.data_dialogs else None
        )
        self.data_dialogs.append(dialog)
        dialog.show()
        return dialog

    def register_office(self, path: Path | None = None) -> None:
        """登记社区…: a certificate for the office whose request file is chosen."""
        from db.exchange.envelope import key_fingerprint
        from db.exchange.errors import BadRequestFile
        from db.exchange.pki import office_code_of_name, office_name_of_name, parse_request, spoken_fingerprint

        if self.busy:
            return
        if path is None:
            start = str(self.drives.folder() or Path.home())
            path = prompts().open_file(
                self, _t("选择社区的注册申请文件"), start, _t("注册申请 (*-request.pem *.pem);;所有文件 (*)")
            )
            if path is None:
                return
        try:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise BadRequestFile(str(path), exc.strerror or str(exc)) from None
            request = parse_request(data, path.name)
        except ShequError as exc:
            self._show_error(exc, _t("没有登记"))
            return
        code = office_code_of_name(request.subject) or ""
        name = office_name_of_name(request.subject)
        fingerprint = spoken_fingerprint(key_fingerprint(request.public_key()))
        existing = self.authority.office(code)
        text = _t("社区：{0}\n代码：{1}\n密钥指纹：{2}\n\n请先与社区电话核对密钥指纹（社区生成申请时看到的）。").format(
            name, code, fingerprint
        )
        if existing is not None:
            text += "\n\n" + _t("这个社区已经登记过，新证书将取代原来的证书。")
        if not prompts().confirm(self, _t("登记社区并颁发证书"), text, _t("颁发证书")):
            return
        folder = self._folder_or_say()
        if folder is None:
            return
        passphrase = self._ask_passphrase(_t("颁发证书"), _t("颁发"), _t("证书用市级根证书签发。"))
        if passphrase is None:
            return
        authority = self.authority

        def work(progress: Progress) -> tuple[Path, Any]:
            from db.fileio import write_atomic

            progress.update(0, 0, _t("正在颁发证书…"))
            issued = authority.issue(data, passphrase, source=path.name)
            target = folder / issued.filename
            try:
                write_atomic(target, issued.file_bytes())
            except OSError as exc:
                from db.exchange.errors import OutputFolderMissing

                raise OutputFolderMissing(f"{target}（{exc.strerror or exc}）") from None
            return target, issued

        def done(result: tuple[Path, Any]) -> None:
            target, issued = result
            self.refresh()
            text = _t(
                "证书文件：{0}\n有效期至：{1}\n下一步：把这个文件交给社区，在社区的“数据交换”页点“安装证书…”安装。"
            ).format(target, local_time(issued.certificate.not_valid_after_utc))
            if issued.replaced is not None:
                text += "\n" + _t("该社区此前的证书已被这份新证书取代。")
            self._say(OK_COLOUR, _t("已为 {0}（{1}）颁发证书").format(issued.office_name, issued.office_code), text)

        self._run(
            work, done, _t("正在颁发证书…"), cancellable=False, on_error=lambda e: self._show_error(e, _t("没有登记"))
        )

    def revoke_selected(self) -> None:
        """吊销证书…: stop trusting every certificate the office was issued."""
        items = self.registry_list.selectedItems()
        if not items or self.busy:
            return
        code = str(items[0].data(0, CODE_ROLE))
        office = self.authority.office(code)
        if office is None:
            return
        if office.revoked:
            self._say(NEUTRAL_COLOUR, _t("{0} 的证书已经吊销").format(office.name), office.revoke_reason)
            return
        reason = prompts().ask_text(self, _t("吊销证书"), _t("吊销 {0}（{1}）证书的原因：").format(office.name, code))
        if reason is None:
            return
        if not reason.strip():
            self._say(ERROR_COLOUR, _t("没有吊销"), _t("吊销证书需要写明原因，如“U 盘丢失，密钥可能泄露”。"))
            return
        if not prompts().confirm(
            self,
            _t("吊销证书"),
            _t("吊销后，{0} 的所有数据包都会被拒收，直到它换新密钥、重新登记。确定吊销吗？").format(office.name),
            _t("吊销"),
            danger=True,
        ):
            return
        passphrase = self._ask_passphrase(_t("吊销证书"), _t("吊销"), _t("吊销证书需要市级口令。"))
        if passphrase is None:
            return
        authority = self.authority

        def work(progress: Progress) -> Any:
            progress.update(0, 0, _t("正在吊销证书…"))
            return authority.revoke(code, reason, passphrase)

        def done(revoked: Any) -> None:
            self.refresh()
            self._say(
                WARNING_COLOUR,
                _t("已吊销 {0}（{1}）的证书").format(revoked.name, code),
                _t(
                    "原因：{0}\n今后用这些证书签名的数据包都会被拒收；该社区需要在“数据交换”页换新密钥、重新申请。"
                ).format(revoked.revoke_reason),
            )

        self._run(
            work, done, _t("正在吊销证书…"), cancellable=False, on_error=lambda e: self._show_error(e, _t("没有吊销"))
        )

    def resolve_selected(self, keep: str) -> None:
        from db.exchange.apply import resolve_conflict

        conflict = self.conflicts.selected()
        if conflict is None or self.busy:
            return
        try:
            resolve_conflict(
                self.store, conflict.conflict_id, keep=keep, operator_name=self.city_name, bump_version=False
            )
        except ShequError as exc:
            self._show_error(exc, _t("冲突没有处理"))
        self._show_conflicts()
        self.refresh_status()

    # --- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Wait for the work under way, then back up the city's database (as an office's window does)."""
        for dialog in list(self.data_dialogs):
            dialog.close()
        self.runner.wait()
        super().closeEvent(event)
        if event.isAccepted():
            self._back_up()

    def _back_up(self) -> None:
        from db.backup import REASON_EXIT, make_backup, prune_backups
        from desktop.shell.backups import backups_to_keep

        try:
            make_backup(self.store, REASON_EXIT)
            prune_backups(self.store.data_dir, backups_to_keep())
        except ShequError as exc:
            prompts().error(self, _t("备份没有完成"), str(exc))
