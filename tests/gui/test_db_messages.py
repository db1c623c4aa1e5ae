"""Sentences from db/ (validation messages, compliance reasons): Chinese str values, English in the app."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Iterator
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from build_scripts import build_translations as bt
from db.compliance import ComplianceInputs, judge
from db.i18n import Joined, Label, Text, date_text, tr
from db.periods import parse_period
from db.validation import validate_values
from desktop.common.i18n import text
from desktop.shell.main_window import MainWindow
from tests.support.gui import fill, list_page, new_editor, show_dashboard

TODAY = date(2026, 8, 15)


@pytest.fixture(scope="module")
def qm_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return bt.release(bt.TS_FILE, tmp_path_factory.mktemp("qm") / "shequ_en.qm")


@pytest.fixture
def english(qapp, qm_file: Path) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(qm_file))
    assert QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


def test_messages_are_text_whose_value_is_the_chinese_sentence() -> None:
    report = validate_values("staff", {"name": "张三", "birth_date": "2026-13-01"}, today=TODAY)
    (issue,) = report.for_field("birth_date")
    assert isinstance(issue.message, Text)
    assert issue.message == "出生日期“2026-13-01”不是有效的日期，请按 2026-03-05 的样式填写"
    assert issue.message.template == "{label}“{value}”不是有效的日期，请按 2026-03-05 的样式填写"
    assert isinstance(issue.message.params["label"], Label)
    assert issue.to_dict()["message"] == str(issue.message)

    inputs = ComplianceInputs(staff_count=3, worker_years={"community": Fraction(5, 2)})
    staff = judge(inputs, {}, parse_period("2026")).figure("people", "staff")
    assert isinstance(staff.reason, Text)
    assert staff.reason == "本期在岗社区工作者 3 人，折合 2.5 人·年"


def test_text_survives_copies_and_pickles() -> None:
    message = tr("{label}（{date}）晚于今天，请核对", label=Label("入党日期"), date=date_text(date(2026, 3, 5)))
    assert message == "入党日期（2026年3月5日）晚于今天，请核对"
    for again in (copy.copy(message), copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert again == message and isinstance(again, Text) and again.template == message.template
    listed = Joined([Label("党群服务中心"), Label("议事室")])
    assert listed == "党群服务中心、议事室" and pickle.loads(pickle.dumps(listed)).items == listed.items


def test_without_a_translation_the_chinese_is_shown(qapp) -> None:
    message = tr("{label}应为整数，现在是“{value}”", label=Label("参加人数"), value="十")
    assert text(message) == str(message) == "参加人数应为整数，现在是“十”"
    assert text("普通的句子") == "普通的句子"


def test_english_messages_keep_the_values_people_typed(english: QTranslator) -> None:
    report = validate_values("staff", {"name": "张三", "birth_date": "2026-13-01"}, today=TODAY)
    (issue,) = report.for_field("birth_date")
    assert text(issue.message) == "Date of birth: “2026-13-01” is not a valid date; please write it like 2026-03-05"
    report = validate_values("staff", {"name": "张三", "start_date": "2021-05-01", "end_date": "2020-01-01"})
    shown = text(report.for_field("end_date")[0].message)
    assert "(2020-01-01) is before" in shown and "(2021-05-01)" in shown and "年" not in shown

    result = judge(ComplianceInputs(), {}, parse_period("2026Q3"))
    assert text(result.figure("people", "staff").reason) == "No community workers in post this period"
    assert text(tr("{period}没有经费到账记录，请核对经费台账是否漏填", period=parse_period("2026Q3").label_text)) == (
        "No funds received in Q3 2026; please check whether the funding ledger is missing entries"
    )
    # a translation that cannot be filled falls back to the Chinese instead of raising
    broken = Text("{label}应为整数，现在是“{value}”", {"label": Label("参加人数")} | {"value": "十"})
    broken.params.pop("value")
    assert text(broken) == str(broken)


def test_the_editor_shows_english_messages(qtbot, english: QTranslator, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    fill(qtbot, editor.form, "start_date", date(2021, 5, 1))
    fill(qtbot, editor.form, "end_date", date(2020, 1, 1))
    message = editor.form.message("end_date")
    assert "(2020-01-01) is before" in message and "please check" in message
    # leave no invalid form behind: a window closed on one disturbs the next test's prompts
    qtbot.keyClick(editor.form.widget("end_date"), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.form.widget("end_date"), Qt.Key.Key_Delete)
    assert editor.form.message("end_date") == ""


def test_the_dashboard_shows_english_reasons(qtbot, english: QTranslator, store, office) -> None:
    page = show_dashboard(qtbot, store)
    rows = {row.figure_key: row for row in page.sections["place"].rows}
    assert "below the standard of 300 m²" in rows["service_area"].reason_label.text()


def test_a_refusal_of_a_file_too_large_or_a_full_disk_is_shown_in_english(english: QTranslator, tmp_path: Path) -> None:
    from db.fileio import DiskFull, disk_full
    from db.sheets.errors import SheetFileTooLarge
    from db.sheets.read import check_file
    from desktop.common.i18n import error_text

    huge = tmp_path / "党员.csv"
    with huge.open("wb") as handle:
        handle.truncate(64 * 1024 * 1024)
    with pytest.raises(SheetFileTooLarge) as refused:
        check_file(huge)
    shown = error_text(refused.value)
    assert "党员.csv" in shown and "Nothing was written" in shown and "上限" not in shown
    full = disk_full(OSError(28, "No space left on device"), tmp_path)
    assert isinstance(full, DiskFull)
    shown = error_text(full)
    assert shown.startswith("The disk is full") and str(tmp_path) in shown
