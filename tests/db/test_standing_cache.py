"""The standing kept for the next start (db/standing_cache.py), and the start-up checks it leans on:
the audit log's mark read before the engine, and the quick_check a claim may leave to its caller."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from db.audit import Actor
from db.compliance import evaluate
from db.errors import CorruptDatabase
from db.folder import DB_FILENAME, claim_folder, head_revision, peek_profile
from db.i18n import Joined, Label, Text, tr
from db.models import Staff
from db.periods import parse_period
from db.standing_cache import (
    CACHE_FILENAME,
    MAX_BYTES,
    cache_path,
    decode_standing,
    encode_standing,
    read_standing,
    standing_of,
    write_standing,
)
from db.store import attach_store, open_store
from tests.support.office import OFFICE_CODE, sample_office

PERIOD = parse_period("2026")


def _standing(folder: Path, mark: int | None = None):  # type: ignore[no-untyped-def]
    with open_store(folder) as store, store.session() as session:
        result = evaluate(session, PERIOD, OFFICE_CODE)
    profile = peek_profile(folder / DB_FILENAME)
    assert profile is not None and profile.data_mark is not None
    return result, standing_of(
        result, office_code=OFFICE_CODE, revision=head_revision(), data_mark=profile.data_mark if mark is None else mark
    )


def _read(folder: Path, **changes: object):  # type: ignore[no-untyped-def]
    profile = peek_profile(folder / DB_FILENAME)
    assert profile is not None
    wanted: dict[str, object] = {
        "office_code": OFFICE_CODE,
        "revision": head_revision(),
        "data_mark": profile.data_mark,
        "period_code": PERIOD.code,
    }
    wanted.update(changes)
    return read_standing(folder, **wanted)  # type: ignore[arg-type]


def test_the_figures_come_back_as_they_were_judged_with_their_sentences(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    result, standing = _standing(folder)
    assert write_standing(folder, standing)
    assert [p.name for p in folder.iterdir() if p.name.endswith(".partial")] == []
    size = (folder / CACHE_FILENAME).stat().st_size
    assert 0 < size < 16 * 1024  # small

    back = _read(folder)
    assert back is not None
    assert (back.office_code, back.period_code, back.status) == (OFFICE_CODE, "2026", result.status.value)
    assert back.computed_at == standing.computed_at
    assert [p.key for p in back.pillars] == [p.key for p in result.pillars]
    for pillar, judged in zip(back.pillars, result.pillars, strict=True):
        assert pillar.status == judged.status.value
        for figure, original in zip(pillar.figures, judged.figures, strict=True):
            assert (figure.key, figure.label, figure.value, figure.standard, figure.unit, figure.status) == (
                original.key,
                original.label,
                original.value,
                original.standard,
                original.unit,
                original.status.value,
            )
            assert type(figure.value) is type(original.value)  # Decimal stays Decimal, int int
            assert figure.reason == original.reason  # the Chinese sentence
            if isinstance(original.reason, Text):  # and what the app translates it from
                assert isinstance(figure.reason, Text)
                assert figure.reason.template == original.reason.template
                assert dict(figure.reason.params) == dict(original.reason.params)


def test_sentences_nested_labels_lists_and_dates_survive() -> None:
    reason = tr(
        "{names}齐全，{when}起，共 {count} 个，{ratio}",
        names=Joined([Label("社区服务中心"), Label("警务室")]),
        when=tr("{y}年{m}月{d}日", y=2026, m=3, d=5),
        count=4,
        ratio="86.1%",
    )

    class Figure:
        key, label, value, standard, unit, status = "f", Label("共建单位"), 4, None, "个", "pass"

    Figure.reason = reason  # type: ignore[attr-defined]

    class Pillar:
        key, label, status, figures = "service", "一化服务", "pass", (Figure,)

    class Result:
        period, status, pillars = PERIOD, "pass", (Pillar,)

    standing = standing_of(Result, office_code=OFFICE_CODE, revision="0007", data_mark=3)
    back = decode_standing(encode_standing(standing))
    figure = back.pillars[0].figures[0]
    assert figure.reason == reason and isinstance(figure.reason, Text)
    names = figure.reason.params["names"]
    assert isinstance(names, Joined) and all(isinstance(item, Label) for item in names.items)
    assert isinstance(figure.reason.params["when"], Text) and figure.reason.params["count"] == 4
    assert isinstance(figure.label, Label)


@pytest.mark.parametrize(
    "damage",
    [
        "garbage",
        "empty",
        "truncated",
        "other_format",
        "not_an_object",
        "missing_field",
        "wrong_type",
        "bad_number",
        "template_without_its_params",
        "naive_time",
        "too_large",
        "deeply_nested",
    ],
)
def test_a_damaged_file_is_ignored(tmp_path: Path, damage: str) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    _result, standing = _standing(folder)
    data = encode_standing(standing)
    document = json.loads(data)
    if damage == "garbage":
        data = bytes(range(256)) * 4
    elif damage == "empty":
        data = b""
    elif damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "other_format":
        document["format"] = 99
    elif damage == "not_an_object":
        data = b"[1, 2, 3]"
    elif damage == "missing_field":
        del document["pillars"][0]["figures"][0]["reason"]
    elif damage == "wrong_type":
        document["pillars"][0]["figures"] = "人"
    elif damage == "bad_number":
        document["pillars"][0]["figures"][0]["value"] = {"d": "NaN"}
    elif damage == "template_without_its_params":
        document["pillars"][0]["figures"][0]["reason"] = {"t": "共 {count} 人", "p": {}}
    elif damage == "naive_time":
        document["computed_at"] = "2026-12-07T15:02:00"
    elif damage == "too_large":
        document["padding"] = "x" * MAX_BYTES
    elif damage == "deeply_nested":
        data = b'{"format": 1, "pillars": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    if document != json.loads(encode_standing(standing)):  # an edit of the document
        data = json.dumps(document, ensure_ascii=False).encode("utf-8")
    cache_path(folder).write_bytes(data)
    assert _read(folder) is None


def test_it_is_kept_for_its_own_database_only(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    _result, standing = _standing(folder)
    write_standing(folder, standing)
    assert _read(folder) is not None
    assert _read(folder, office_code="150802001002") is None  # another office's folder
    assert _read(folder, revision="0001") is None  # another schema
    assert _read(folder, period_code="2027") is None  # the page opens on another period now
    assert _read(folder, data_mark=standing.data_mark - 1) is None  # an older database (a backup restored)
    assert _read(folder, data_mark=None) is None
    # a newer database (changed since): still given, for the app to show marked as of its time
    assert _read(folder, data_mark=standing.data_mark + 10) is not None


def test_the_audit_mark_grows_with_every_change(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    before = peek_profile(folder / DB_FILENAME)
    assert before is not None and before.data_mark is not None and before.data_mark > 0
    with open_store(folder) as store, store.transaction(Actor(OFFICE_CODE, None, "测试")) as session:
        session.add(Staff(name="新来的", office_code=OFFICE_CODE))
    after = peek_profile(folder / DB_FILENAME)
    assert after is not None and after.data_mark is not None and after.data_mark > before.data_mark
    with sqlite3.connect(folder / DB_FILENAME) as db:
        assert after.data_mark == db.execute("SELECT sum(last) FROM change_counter").fetchone()[0]
    db.close()


def test_writing_where_it_cannot_costs_only_the_quick_view(tmp_path: Path) -> None:
    _result, standing = _standing_of_an_empty_result()
    assert write_standing(tmp_path / "gone", standing) is False  # no such folder: logged, not raised


def _standing_of_an_empty_result():  # type: ignore[no-untyped-def]
    class Result:
        period, status, pillars = PERIOD, "fail", ()

    return Result, standing_of(
        Result, office_code=OFFICE_CODE, revision="0007", data_mark=1, computed_at=datetime.now(UTC) - timedelta(1)
    )


def test_the_times_are_kept_in_utc_and_shown_in_the_offices_zone() -> None:
    _result, standing = _standing_of_an_empty_result()
    moment = datetime(2026, 12, 7, 16, 30, tzinfo=UTC)
    back = decode_standing(encode_standing(replace(standing, computed_at=moment)))
    assert back.computed_at == moment
    assert back.computed_local.date() == date(2026, 12, 8) and back.computed_local.hour == 0  # Asia/Shanghai


# --- the quick_check a claim leaves to its caller ---------------------------------------------------


def _damage_late_pages(folder: Path) -> bytes:
    """Damage the file where the office, its operators and the audit log's last entries are not:
    the profile still reads, SQLite's quick_check does not pass. The damaged bytes are returned."""
    db_file = folder / DB_FILENAME
    with sqlite3.connect(db_file) as db:
        db.execute("CREATE TABLE filler (x TEXT)")
        db.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,) for _ in range(200)])
    db.close()
    with sqlite3.connect(db_file) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(db_file.read_bytes())
    data[-2 * 4096 :] = b"\xff" * (2 * 4096)
    db_file.write_bytes(bytes(data))
    return bytes(data)


def test_a_deferred_check_is_left_to_the_caller_and_run_by_attach_if_nobody_did(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    damaged = _damage_late_pages(folder)
    with pytest.raises(CorruptDatabase):
        claim_folder(folder)  # checked at once, as always
    claim = claim_folder(folder, defer_check=True)
    assert claim.unchecked and not claim.needs_migration
    assert peek_profile(claim.db_path) is not None  # what the window shows first still reads
    with pytest.raises(CorruptDatabase):
        attach_store(claim)  # never an engine on a file nobody checked
    assert (folder / DB_FILENAME).read_bytes() == damaged  # refused untouched
    claim_folder(folder, defer_check=True).release()  # the refusal released the folder


def test_a_sound_deferred_claim_attaches(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    claim = claim_folder(folder, defer_check=True)
    assert claim.unchecked
    with attach_store(claim) as store:
        assert not claim.unchecked
        with store.session() as session:
            assert evaluate(session, PERIOD, OFFICE_CODE).pillars


def test_a_migration_is_never_deferred(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    with sqlite3.connect(folder / DB_FILENAME) as db:  # as if made by the previous version
        db.execute("UPDATE alembic_version SET version_num = '0006'")
    db.close()
    claim = claim_folder(folder, defer_check=True)
    try:
        assert claim.needs_migration and not claim.unchecked  # checked before its backup
        assert claim.backup is not None
    finally:
        claim.release()
