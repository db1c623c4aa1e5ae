"""Excel in the app: the import wizard, 导出 Excel… on a list, blank templates (pytest-qt, offscreen).

Workbooks are made with openpyxl the way offices make them; the wizard is driven through its
widgets (file dialogs answered by ScriptedPrompts); the database is real SQLite.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QEvent, QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QBrush, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget, QWizard
from sqlalchemy import select

from db.audit import LedgerSession
from db.changes import Changes
from db.models import AuditEntry, PartyMember, Resident
from db.sheets import MappingMemory, sheet_kind
from db.store import Store
from desktop.common.changes import ChangeHub
from desktop.common.excel_files import SavedFileNotice
from desktop.common.prompts import ScriptedPrompts, install_prompts
from desktop.common.workspace import workspace_for
from desktop.ledgers.list_page import ListPage
from desktop.sheets.import_wizard import ImportWizard, start_import
from desktop.sheets.preview_model import COL_ACTION, COL_PROBLEMS, ERROR_BACKGROUND, FIRST_FIELD, PreviewModel
from desktop.shell.main_window import MainWindow
from tests.support.gui import type_chinese
from tests.support.office import add_sample_ledgers
from tests.support.sheets_support import bad_check_digit, make_id, write_xlsx

ZHANG = make_id(date(1980, 1, 1), 11)
LI = make_id(date(1985, 5, 5), 22)
WANG = make_id(date(1972, 9, 9), 33)
QIAN = make_id(date(1966, 6, 6), 55)
HEADERS = ["序号", "姓  名", "性别", "身份证号码", "入党时间", "党员类别", "联系电话", "所在支部", "工作地点"]
WAIT_MS = 15_000


@pytest.fixture
def scripted() -> Iterator[ScriptedPrompts]:
    answers = ScriptedPrompts()
    previous = install_prompts(answers)
    yield answers
    install_prompts(previous)


@pytest.fixture
def window(qtbot, store: Store, session: LedgerSession, scripted: ScriptedPrompts) -> MainWindow:
    add_sample_ledgers(store, session)  # 胜利社区 with 第一党支部 and one member, 王芳
    main = MainWindow(workspace_for(store))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def hub(window: MainWindow) -> ChangeHub:
    return window.hub


@pytest.fixture
def published(hub: ChangeHub) -> list[Changes]:
    """What the wizard published on the hub, in order."""
    seen: list[Changes] = []
    hub.changed.connect(seen.append)
    return seen


def members_workbook(path: Path, *, zhang_phone: object = 13812345678, corrected: bool = False) -> Path:
    """A 党员花名册: merged title row, the office's own headers, a month-only date, a wrong ID
    number, the same person twice, an unknown category, a total and a footer."""
    return write_xlsx(
        path,
        [
            HEADERS,
            [1, "张三", "男", ZHANG, "2003.07", "在职", zhang_phone, "第一党支部", "临河区医院"],
            [2, "李四", None, LI, datetime(2010, 7, 1), "退休", "0478-8123456", "第一党支部", None],
            [3, "王五", "男", WANG if corrected else bad_check_digit(WANG), 40000, "无职", None, None, None],
            [4, "张三", "男", ZHANG, "2003年7月1日", "在职", None, None, None],
            [5, "钱七", "男", QIAN, "1988.7.1", "在职" if corrected else "预备役", None, None, None],
            ["合计", "5人"],
            ["填表人：王玥", None, None, "审核人：李娜"],
        ],
        title="胜利社区党员花名册（2026年）",
        merge_title=len(HEADERS),
        sheet="党员",
    )


# --- driving the wizard ----------------------------------------------------------------------


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_wizard(qtbot, window: MainWindow, scripted: ScriptedPrompts, path: Path) -> ImportWizard:
    """文件 ▸ 从 Excel 导入…, 浏览… (answered with ``path``), and the file's sheets listed."""
    window.import_action.trigger()
    wizard = window.import_wizard
    assert isinstance(wizard, ImportWizard) and wizard.isVisible() and wizard.hub is window.hub
    assert wizard.currentId() == ImportWizard.PAGE_FILE
    scripted.answers["open_file"] = deque([path])
    qtbot.mouseClick(wizard.file_page.browse, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.file_page.isComplete() or bool(wizard.file_page.error), timeout=WAIT_MS)
    return wizard


def to_mapping(qtbot, wizard: ImportWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_MAPPING, timeout=WAIT_MS)


def to_preview(qtbot, wizard: ImportWizard) -> PreviewModel:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_PREVIEW, timeout=WAIT_MS)
    model = wizard.preview_page.model
    assert isinstance(model, PreviewModel)
    return model


def commit(qtbot, wizard: ImportWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_DONE, timeout=WAIT_MS)


def combo_for(wizard: ImportWizard, header: str) -> QComboBox:
    plan = wizard.state.plan
    assert plan is not None
    return wizard.mapping_page.combos[list(plan.sheet.headers).index(header)]


def view_row(model: PreviewModel, number: int) -> int:
    found = model.view_row_of(number)
    assert found is not None
    return found


def column_of(model: PreviewModel, name: str) -> int:
    return FIRST_FIELD + [field.name for field in model.fields].index(name)


def start_editing(qtbot, wizard: ImportWizard, number: int, name: str) -> QModelIndex:
    """Double-click the cell of sheet row ``number``, field ``name``."""
    page = wizard.preview_page
    model = page.model
    assert model is not None
    index = model.index(view_row(model, number), column_of(model, name))
    page.table.scrollTo(index)
    centre = page.table.visualRect(index).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # as a double-click starts
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    return index


def open_editor(wizard: ImportWizard, kind: type[QWidget]) -> QWidget:
    """The editor open on the preview's table (one closed a moment ago may not be deleted yet)."""
    viewport = wizard.preview_page.table.viewport()
    (editor,) = [
        child
        for child in viewport.findChildren(kind, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisible()
    ]
    return editor


def members(store: Store) -> list[PartyMember]:
    with store.session() as session:
        return list(session.scalars(select(PartyMember).order_by(PartyMember.name)).all())


# --- importing -------------------------------------------------------------------------------


def test_import_a_members_workbook_check_skip_fix_and_commit(
    qtbot,
    window: MainWindow,
    store: Store,
    data_dir: Path,
    scripted: ScriptedPrompts,
    tmp_path: Path,
    published: list[Changes],
) -> None:
    listed = window.show_page("party_members")
    assert isinstance(listed, ListPage) and listed.count_label.text() == "共 1 条"
    path = members_workbook(tmp_path / "党员花名册.xlsx")
    wizard = open_wizard(qtbot, window, scripted, path)
    assert wizard.file_page.path.text() == str(path)
    assert wizard.file_page.sheet.currentText() == "党员"  # the only sheet

    # step 2: the ledger is guessed from the headers, the columns are mapped by their words
    to_mapping(qtbot, wizard)
    mapping_page = wizard.mapping_page
    assert mapping_page.kind.currentData() == "party_members"
    assert "“党员”台账" in mapping_page.guess.text()
    assert "表头在第 2 行，下面有 5 行数据" in mapping_page.source.text()
    assert combo_for(wizard, "序号").currentText() == "不导入"
    assert combo_for(wizard, "姓  名").currentData() == "name"
    assert combo_for(wizard, "身份证号码").currentData() == "id_number"
    assert combo_for(wizard, "入党时间").currentData() == "joined_on"
    assert combo_for(wizard, "所在支部").currentData() == "org_id"
    where = combo_for(wizard, "工作地点")
    assert where.currentData() is None  # a header the app does not know
    where.setCurrentIndex(where.findData("work_unit"))  # the person says what it is
    assert mapping_page.mapping is not None and mapping_page.mapping.column_of("work_unit") == 8
    assert mapping_page.missing.isHidden()

    # step 3: every row with what the import does with it
    model = to_preview(qtbot, wizard)
    assert model.rowCount() == 5
    assert [model.index(r, 0).data() for r in range(5)] == ["3", "4", "5", "6", "7"]
    actions = {model.index(r, 0).data(): model.index(r, COL_ACTION).data() for r in range(5)}
    assert actions == {"3": "新增", "4": "新增", "5": "有错误", "6": "有错误", "7": "有错误"}
    wrong_id = model.index(view_row(model, 5), column_of(model, "id_number"))
    assert "校验" in model.index(view_row(model, 5), COL_PROBLEMS).data()
    assert model.data(wrong_id, Qt.ItemDataRole.BackgroundRole) == QBrush(ERROR_BACKGROUND)
    assert "错误" in model.data(wrong_id, Qt.ItemDataRole.ToolTipRole)
    assert "与第 3 行相同" in model.index(view_row(model, 6), COL_PROBLEMS).data()
    assert "预备役" in model.index(view_row(model, 7), COL_PROBLEMS).data()
    assert "只写了年月" in model.index(view_row(model, 3), COL_PROBLEMS).data()  # a warning: imported all the same
    gender = model.index(view_row(model, 4), column_of(model, "gender"))
    assert gender.data() == "女"  # blank in the sheet, read from the ID number (shown in grey)
    assert gender.data(Qt.ItemDataRole.EditRole) == ""
    page = wizard.preview_page
    counts = page.counts.text()
    assert "新增 2 条" in counts and "有错误 3 行" in counts and "疑似重复 1 行" in counts
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "导入 2 条(&I)"

    page.problems_only.setChecked(True)
    assert model.rowCount() == 4  # 李四 has nothing to say
    page.problems_only.setChecked(False)
    assert model.rowCount() == 5

    # skip the second 张三 (Delete on the table does the same as the button)
    page.table.selectRow(view_row(model, 6))
    assert page.skip_button.text() == "跳过所选行(&K)"
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert model.index(view_row(model, 6), COL_ACTION).data() == "跳过"
    assert page.skip_button.text() == "恢复导入所选行(&K)"
    assert "跳过 1 行" in page.counts.text()
    wizard.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # Delete takes it back in …
    assert model.index(view_row(model, 6), COL_ACTION).data() == "有错误"
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # … and leaves it out again
    assert model.index(view_row(model, 6), COL_ACTION).data() == "跳过"

    # Enter on a cell corrects it (it does not press 导入)
    page.table.setCurrentIndex(model.index(view_row(model, 4), column_of(model, "phone")))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.table.state() == page.table.State.EditingState
    assert wizard.currentId() == ImportWizard.PAGE_PREVIEW
    qtbot.keyClick(open_editor(wizard, QLineEdit), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.table.state() != page.table.State.EditingState, timeout=WAIT_MS)
    assert model.index(view_row(model, 4), column_of(model, "phone")).data() == "0478-8123456"

    # correct the ID number: double-click, type, Enter — the row is checked again
    start_editing(qtbot, wizard, 5, "id_number")
    editor = open_editor(wizard, QLineEdit)
    assert isinstance(editor, QLineEdit) and editor.text() == bad_check_digit(WANG)
    editor.selectAll()
    qtbot.keyClicks(editor, WANG)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the editor's text right after
    qtbot.waitUntil(lambda: model.index(view_row(model, 5), COL_ACTION).data() == "新增", timeout=WAIT_MS)
    assert model.index(view_row(model, 5), COL_PROBLEMS).data() == ""

    # correct the category from a drop-down of the choices (typed as a Pinyin input method does)
    start_editing(qtbot, wizard, 7, "category")
    choice = open_editor(wizard, QComboBox)
    assert isinstance(choice, QComboBox) and choice.isEditable()
    assert choice.findText("在职党员") >= 0
    choice.lineEdit().selectAll()
    type_chinese(choice.lineEdit(), "在职")
    qtbot.keyClick(choice, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(view_row(model, 7), COL_ACTION).data() == "新增", timeout=WAIT_MS)
    assert "新增 4 条" in page.counts.text() and "没有错误" in page.counts.text()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "导入 4 条(&I)"

    # step 4: in, in one go; the summary, the change published once, the audit log naming the file
    signalled: list[str] = []
    wizard.imported.connect(lambda kind_key, _result: signalled.append(kind_key))
    assert published == []
    commit(qtbot, wizard)
    assert wizard.done_page.summary.text() == "已新增 4 条，更新 0 条，跳过 1 条。"
    assert "从 Excel 导入：党员花名册.xlsx" in wizard.done_page.notes.text()
    stored = {member.name: member for member in members(store)}
    assert sorted(stored) == ["张三", "李四", "王五", "王芳", "钱七"]
    assert stored["王五"].id_number == WANG and stored["钱七"].category == "employed"
    assert stored["张三"].work_unit == "临河区医院" and stored["张三"].joined_on == date(2003, 7, 1)
    assert stored["李四"].gender == "female" and stored["张三"].org_id == stored["王芳"].org_id
    with store.session() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "party_member")).all()
        imported = [entry for entry in entries if entry.reason == "从 Excel 导入：党员花名册.xlsx"]
        assert {entry.record_id for entry in imported} == {stored[name].id for name in ("张三", "李四", "王五", "钱七")}
        assert {(entry.action, entry.operator_name) for entry in imported} == {
            ("create", window.workspace.operator_name)
        }
    (changes,) = published
    assert changes.kinds == {"party_members"} and not changes.everything
    assert changes.records == {stored[name].id for name in ("张三", "李四", "王五", "钱七")}
    assert signalled == ["party_members"]  # e.g. for the window to show the ledger
    assert window.show_page("party_members") is listed
    assert listed.count_label.text() == "共 5 条"  # the list read again, told by the hub
    assert MappingMemory(data_dir).for_kind("party_members")["工作地点"] == "work_unit"  # remembered
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()


def test_importing_the_same_file_again_updates_instead_of_duplicating(
    qtbot, window: MainWindow, store: Store, scripted: ScriptedPrompts, tmp_path: Path
) -> None:
    path = members_workbook(tmp_path / "党员花名册.xlsx", corrected=True)
    wizard = open_wizard(qtbot, window, scripted, path)
    to_mapping(qtbot, wizard)
    where = combo_for(wizard, "工作地点")
    where.setCurrentIndex(where.findData("work_unit"))
    to_preview(qtbot, wizard)
    commit(qtbot, wizard)
    assert wizard.done_page.summary.text() == "已新增 4 条，更新 0 条，跳过 1 条。"  # the second 张三 has an error
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    first = {member.name: member.id for member in members(store)}

    members_workbook(path, zhang_phone="139 0478 0000", corrected=True)  # 张三 has a new phone
    wizard = open_wizard(qtbot, window, scripted, path)
    to_mapping(qtbot, wizard)
    assert combo_for(wizard, "工作地点").currentData() == "work_unit"  # the office's choice, remembered
    model = to_preview(qtbot, wizard)
    actions = {model.index(r, 0).data(): model.index(r, COL_ACTION).data() for r in range(model.rowCount())}
    assert actions == {"3": "更新", "4": "无变化", "5": "无变化", "6": "有错误", "7": "无变化"}
    phone = model.index(view_row(model, 3), column_of(model, "phone"))
    assert "13812345678" in model.data(phone, Qt.ItemDataRole.ToolTipRole)  # what it was
    wizard.preview_page.table.selectRow(view_row(model, 3))
    assert "将更新：联系电话" in wizard.preview_page.details.toPlainText()
    commit(qtbot, wizard)
    assert wizard.done_page.summary.text() == "已新增 0 条，更新 1 条，跳过 1 条。"

    after = {member.name: member for member in members(store)}
    assert {name: member.id for name, member in after.items()} == first  # the same records, none added
    assert after["张三"].phone == "13904780000" and after["张三"].version == 2
    with store.session() as session:
        update = session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == after["张三"].id, AuditEntry.action == "update")
        ).one()
        assert (update.field, update.reason) == ("phone", "从 Excel 导入：党员花名册.xlsx")


def test_a_csv_whose_ledger_is_not_clear_and_lacks_a_required_column(
    qtbot, window: MainWindow, store: Store, scripted: ScriptedPrompts, tmp_path: Path
) -> None:
    path = tmp_path / "困难户.csv"
    rows = ["姓名,身份证号,家庭住址", f"赵大娘,{make_id(date(1950, 2, 2), 22)},胜利路1号"]
    path.write_bytes("\r\n".join(rows).encode("gb18030"))  # as Excel on Chinese Windows saves it
    wizard = open_wizard(qtbot, window, scripted, path)
    assert not wizard.file_page.sheet.isEnabled()
    to_mapping(qtbot, wizard)
    page = wizard.mapping_page
    # 姓名, 身份证号, 家庭住址 fit 党员 and 帮扶对象 equally: the first is chosen, and the doubt said
    assert page.kind.currentData() == "party_members"
    assert "分不清" in page.guess.text() and "“帮扶对象”" in page.guess.text()
    page.kind.setCurrentIndex(page.kind.findData("residents"))
    assert page.guess.text() == "已改为“帮扶对象”台账（按列名猜的是“党员”）。"
    assert page.missing.isVisible() and "帮扶对象类别" in page.missing.text()
    category = page.constant_editors["category"]
    assert isinstance(category, QComboBox)
    category.setCurrentIndex(category.findData("低保户"))
    assert page.missing.isHidden()
    model = to_preview(qtbot, wizard)
    assert [model.index(r, COL_ACTION).data() for r in range(model.rowCount())] == ["新增"]
    commit(qtbot, wizard)
    assert "从 CSV 文件导入：困难户.csv" in wizard.done_page.notes.text()
    with store.session() as session:
        resident = session.scalars(select(Resident).where(Resident.name == "赵大娘")).one()
        assert (resident.category, resident.address) == ("low_income", "胜利路1号")


def _ole2(path: Path, streams: list[str]) -> Path:
    body = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    for name in streams:
        body += name.encode("utf-16-le") + b"\x00" * 64
    path.write_bytes(body + b"\x00" * 2048)
    return path


def _huge(folder: Path) -> Path:
    path = folder / "大表.xlsx"
    with path.open("wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(50 * 1024 * 1024)  # sparse: nothing like 50 MB is written
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda folder: _ole2(folder / "旧台账.xls", ["Workbook"]), "另存为"),
        (lambda folder: _ole2(folder / "加密.xlsx", ["EncryptionInfo", "EncryptedPackage"]), "密码"),
        (_huge, "拆成"),
    ],
    ids=["xls", "password", "50MB"],
)
def test_a_file_that_cannot_be_read_is_explained_when_chosen(
    qtbot,
    window: MainWindow,
    store: Store,
    data_dir: Path,
    scripted: ScriptedPrompts,
    tmp_path: Path,
    make,
    words,
) -> None:
    path = make(tmp_path)
    wizard = open_wizard(qtbot, window, scripted, path)
    page = wizard.file_page
    assert page.error and words in page.error and "没有写入" in page.error
    assert page.status.text() == page.error
    assert ("error", "从 Excel 导入", page.error) in scripted.asked
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert len(members(store)) == 1
    assert not (data_dir / "sheet-mappings.json").exists()


def test_a_sheet_without_a_header_is_explained_on_next(
    qtbot, window: MainWindow, store: Store, scripted: ScriptedPrompts, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "数字.xlsx", [[1, 2, 3], [4, 5, 6]])
    wizard = open_wizard(qtbot, window, scripted, path)
    assert wizard.file_page.isComplete()  # the file opens …
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: any(kind == "error" for kind, _title, _text in scripted.asked), timeout=WAIT_MS)
    (message,) = [text for kind, _title, text in scripted.asked if kind == "error"]
    assert "没有找到表头" in message and "没有写入" in message  # … but has no header row
    assert wizard.currentId() == ImportWizard.PAGE_FILE
    assert len(members(store)) == 1


def test_importing_needs_someone_signed_in(window: MainWindow, scripted: ScriptedPrompts, hub: ChangeHub) -> None:
    window.signed_in(None)
    window.import_action.trigger()
    assert window.import_wizard is None
    assert start_import(window, window.workspace, hub) is None
    assert len(scripted.asked) == 2
    for asked in scripted.asked:
        assert asked[:2] == ("error", "从 Excel 导入") and "切换操作人员" in asked[2]


def test_the_preview_model_passes_the_model_tester(
    qtbot, qtmodeltester, window: MainWindow, scripted: ScriptedPrompts, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, window, scripted, members_workbook(tmp_path / "a.xlsx"))
    to_mapping(qtbot, wizard)
    model = to_preview(qtbot, wizard)
    qtmodeltester.check(model)
    model.set_problems_only(True)
    qtmodeltester.check(model)


# --- exporting and templates -----------------------------------------------------------------


def notice_shown(window: MainWindow) -> bool:
    notice = window.findChild(SavedFileNotice)
    return notice is not None and notice.isVisible()


def test_export_a_searched_and_filtered_list(
    qtbot, window: MainWindow, scripted: ScriptedPrompts, tmp_path: Path
) -> None:
    page = window.show_page("staff")
    assert isinstance(page, ListPage)
    gender = page.filters.combos["gender"]
    gender.setCurrentIndex(gender.findText("男"))
    type_chinese(page.search, "张")  # 张三 (男), not 张丽 (女) nor 巴特尔 (not 张)
    target = tmp_path / "导出" / "男张"
    target.parent.mkdir()
    scripted.answers["save_file"] = deque([target])
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    method, title, suggested = scripted.asked[-1]
    assert (method, title) == ("save_file", "把列表导出为 Excel")
    assert Path(suggested).name == f"社区工作者-{date.today().isoformat()}.xlsx"
    written = target.with_name("男张.xlsx")
    qtbot.waitUntil(lambda: notice_shown(window), timeout=WAIT_MS)
    notice = window.findChild(SavedFileNotice)
    assert notice.label.text() == "已导出 1 条社区工作者记录：男张.xlsx"
    assert notice.path == written and notice.button.text() == "打开文件夹"

    sheet = load_workbook(written).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [field.header for field in sheet_kind("staff").fields]
    assert len(rows) == 2
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["姓名"] == "张三" and record["性别"] == "男"
    assert record["身份证号"] == "150802198001011234"  # text, every digit kept
    assert record["联系电话"] == "13904781234"
    assert isinstance(record["任职日期"], datetime) and record["任职日期"].date() == date(2020, 3, 1)
    assert record["报酬（元）"] == pytest.approx(3500.50)
    assert sheet.freeze_panes == "A2"


def test_a_blank_template_from_the_file_menu(
    qtbot, window: MainWindow, scripted: ScriptedPrompts, tmp_path: Path
) -> None:
    window.show_page("residents")
    window.template_action.trigger()
    dialog = window.templates.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind_key == "residents"  # the ledger shown
    dialog.kind.setCurrentIndex(dialog.kind.findData("volunteers"))
    scripted.answers["save_file"] = deque([tmp_path / "志愿者登记"])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _method, title, suggested = scripted.asked[-1]
    assert title == "保存空白模板" and Path(suggested).name == "志愿者导入模板.xlsx"
    written = tmp_path / "志愿者登记.xlsx"
    qtbot.waitUntil(lambda: notice_shown(window), timeout=WAIT_MS)
    assert window.findChild(SavedFileNotice).label.text() == "已保存志愿者的空白模板：志愿者登记.xlsx"
    workbook = load_workbook(written)
    sheet = workbook["志愿者"]
    headers = [cell.value for cell in sheet[2]]
    assert "姓名*" in headers and "填写说明" in workbook.sheetnames


def test_the_actions_wait_for_the_data(qtbot, store: Store, session: LedgerSession) -> None:
    add_sample_ledgers(store, session)
    from desktop.common.workspace import Workspace

    ready = workspace_for(store)
    pending = Workspace(ready.data_dir, ready.office_code, ready.office_name, ready.operator_id, ready.operator_name)
    main = MainWindow(pending)
    qtbot.addWidget(main)
    assert not main.import_action.isEnabled() and not main.template_action.isEnabled()
    main.attach(store)
    assert main.import_action.isEnabled() and main.template_action.isEnabled()


def test_a_workbook_dropped_on_the_window_opens_the_wizard_with_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = members_workbook(tmp_path / "党员花名册.xlsx")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    for kind in (QEvent.Type.DragEnter, QEvent.Type.Drop):
        event_class = QDragEnterEvent if kind == QEvent.Type.DragEnter else QDropEvent
        event = event_class(
            QPoint(20, 20) if kind == QEvent.Type.DragEnter else QPointF(20, 20),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window, event)
        assert event.isAccepted()
    wizard = window.import_wizard
    assert isinstance(wizard, ImportWizard)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=WAIT_MS)
    assert wizard.file_page.path.text() == str(path)
    wizard.reject()


def test_back_and_forth_keeps_the_choices_and_a_file_saved_again_is_read_again(
    qtbot, window: MainWindow, scripted: ScriptedPrompts, tmp_path: Path
) -> None:
    path = members_workbook(tmp_path / "党员花名册.xlsx")
    wizard = open_wizard(qtbot, window, scripted, path)
    to_mapping(qtbot, wizard)
    where = combo_for(wizard, "工作地点")
    where.setCurrentIndex(where.findData("work_unit"))
    model = to_preview(qtbot, wizard)
    model.set_skipped([view_row(model, 6)], True)
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.currentId() == ImportWizard.PAGE_FILE

    to_mapping(qtbot, wizard)  # the same file, unchanged: nothing is read again, nothing forgotten
    assert combo_for(wizard, "工作地点").currentData() == "work_unit"
    assert to_preview(qtbot, wizard) is model and wizard.state.preview is not None
    assert wizard.state.preview.row(6).skipped

    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    workbook = load_workbook(path)
    workbook.active.insert_rows(8)
    for column, value in enumerate([6, "孙八", "男", make_id(date(1991, 4, 4), 77), "2019.7.1", "在职"], 1):
        workbook.active.cell(row=8, column=column, value=value)
    workbook.save(path)  # corrected in Excel meanwhile
    to_mapping(qtbot, wizard)
    assert "下面有 6 行数据" in wizard.mapping_page.source.text()
    assert combo_for(wizard, "工作地点").currentData() == "work_unit"  # the same columns: the same choices
    assert to_preview(qtbot, wizard).rowCount() == 6
