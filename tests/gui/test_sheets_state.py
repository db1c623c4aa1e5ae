"""The import wizard's plain parts: what it knows so far, what a commit changed, its words."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from db.changes import Changes
from db.sheets import CommitResult
from desktop.sheets.import_state import ImportState, file_stamp, import_changes, source_of
from desktop.sheets.import_texts import column_letter


def result(created: tuple[str, ...] = (), updated: tuple[str, ...] = ()) -> CommitResult:
    says_kind = "kind_key" in {field.name for field in fields(CommitResult)}  # newer results name their ledger
    return CommitResult(
        created=len(created),
        updated=len(updated),
        unchanged=0,
        errors=0,
        skipped=0,
        reason="从 Excel 导入：a.xlsx",
        created_ids=created,
        updated_ids=updated,
        **({"kind_key": "party_members"} if says_kind else {}),
    )


def test_a_commit_changes_the_records_it_created_and_updated() -> None:
    changes = import_changes("party_members", result(("a", "b"), ("c",)))
    assert changes.kinds == {"party_members"} and changes.records == {"a", "b", "c"}
    assert changes.touches("party_members") and not changes.touches("residents")
    assert import_changes("party_members", result()).empty  # nothing written: nothing to publish
    assert isinstance(import_changes("party_members", result(("a",))), Changes)


def test_a_plan_is_kept_for_the_same_file_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("姓名\n张三\n", encoding="utf-8")
    state = ImportState()
    source = source_of(path, None)
    assert source == (path, None, file_stamp(path)) and not state.has_plan_for(source)
    state.planned(object(), source)  # type: ignore[arg-type]  # only its identity matters here
    assert state.has_plan_for(source_of(path, None))
    assert not state.has_plan_for(source_of(path, "Sheet2"))  # another sheet
    path.write_text("姓名\n张三\n李四\n", encoding="utf-8")  # saved again: read again
    assert not state.has_plan_for(source_of(path, None))
    assert file_stamp(tmp_path / "gone.csv") is None


def test_column_letters_as_excel_shows_them() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]
