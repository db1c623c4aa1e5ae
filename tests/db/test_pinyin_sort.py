"""Pinyin order: the sort key (db/sortkey.py), kept with the record on every write path, and lists,
exports and the migration that adds it."""

from __future__ import annotations

import hashlib
import itertools
import random
import shutil
import sqlite3
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import select

from db import listing
from db.audit import Actor, LedgerSession
from db.exchange.apply import KIND_OFFICE_TO_CITY, apply_payload
from db.exchange.payload import PURPOSE_CITY, build_payload, column_names, decode_document
from db.models import AuditEntry, PartyMember, Staff, Volunteer
from db.sheets.commit import commit_preview
from db.sheets.export import export_list
from db.sortkey import KEY_CHARS, is_sort_column, pinyin_key, readings, sorted_fields
from db.store import DB_FILENAME, Store, open_store
from tests.support.exchange_sites import Site, small_office, table_rows
from tests.support.sheets_support import OFFICE_CODE, preview_file, set_up_office

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schema"

# ---------------------------------------------------------------------------------------
# The key


def _sorted(texts: list[str]) -> list[str]:
    return sorted(texts, key=lambda text: (pinyin_key(text), text))


def test_names_sort_by_pinyin_not_by_code_point() -> None:
    names = ["周杰", "王五", "阿明", "张三", "李四", "陈红", "安静", "八一", "欧阳娜娜", "吴", "赵六", "孙七"]
    assert _sorted(names) == [
        "阿明",
        "安静",
        "八一",
        "陈红",
        "李四",
        "欧阳娜娜",
        "孙七",
        "王五",
        "吴",
        "张三",
        "赵六",
        "周杰",
    ]
    assert sorted(names) != _sorted(names)  # code point order is not what people expect


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("张三", "章三"),  # same syllable and tone: the character decides, the same way every time
        ("张三", "张三丰"),  # a name before its longer forms
        ("张三丰", "章一"),  # one surname's people stay together
        ("李敏", "李明"),  # min3 before ming2: the syllable before the tone
        ("黎明", "李明"),  # li2 before li3
        ("2号楼", "10号楼"),  # numbers by value
        ("10号楼", "A座"),  # digits before letters
        ("Li Ming", "李明"),  # a Latin word just before the same pinyin
        ("安", "Bob"),  # … and after pinyin of earlier letters
        ("Bob", "八"),
        ("lily", "Lucy"),  # Latin letters without regard to case
        ("王", "王𠮷"),
        ("王二", "王𠮷"),  # a character pypinyin does not know after every known one
        ("王𠮷", "吴"),  # … at the same position only
        (" 张三", "张三丰"),  # leading white space ignored
        ("努力", "女"),  # nu before nv (ü)
        ("", "阿"),  # empty first
    ],
)
def test_pairs_in_order(first: str, second: str) -> None:
    assert pinyin_key(first) < pinyin_key(second)


def test_phrase_readings_of_polyphones() -> None:
    assert pinyin_key("长大").startswith("zhang3")  # pypinyin's phrase dictionary
    assert pinyin_key("长城").startswith("chang2")
    assert pinyin_key("重庆").startswith("chong2")
    assert pinyin_key("重量").startswith("zhong4")


def test_full_width_and_accented_letters_and_digits_sort_as_their_plain_forms() -> None:
    assert pinyin_key("１２号") == pinyin_key("12号")
    assert pinyin_key("Ａnna")[:1] == "a" and pinyin_key("Élodie")[:1] == "e"


def test_only_the_first_characters_make_the_key() -> None:
    long_text = "社区" * KEY_CHARS
    assert pinyin_key(long_text) == pinyin_key(long_text + "之后的文字")


ASCII_PRINTABLE = set(string.printable) - set("\t\n\r\x0b\x0c")
KNOWN_CHARS = (  # common characters
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
    "面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
    "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比"
    "或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做"
    "必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权"
    "收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信"
    "马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连"
    "断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存"
    "候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
)
KNOWN = st.sampled_from(KNOWN_CHARS)
UNKNOWN = st.sampled_from("𠮷𠀂𠀄\U000323af\U0002ebf0☃🙂Ωж")  # none in pypinyin's dictionary (𪚥, 堃 are)


@given(st.text(max_size=60))
@settings(max_examples=400, deadline=None)
def test_any_text_gives_a_printable_ascii_key(text: str) -> None:
    key = pinyin_key(text)
    assert set(key) <= ASCII_PRINTABLE and " " not in key
    assert pinyin_key(text) == key  # the same every time


@given(st.lists(st.text(max_size=12), min_size=2, max_size=30))
@settings(max_examples=150, deadline=None)
def test_sorting_by_the_key_is_a_total_order_whatever_the_input_order(texts: list[str]) -> None:
    once = _sorted(texts)
    assert _sorted(list(reversed(texts))) == once
    assert _sorted(random.Random(len(texts)).sample(texts, len(texts))) == once
    keys = [(pinyin_key(text), text) for text in once]
    assert all(a <= b for a, b in itertools.pairwise(keys))


@given(st.text(alphabet=KNOWN_CHARS + "长重行乐的了着𪚥堃㛃", min_size=1, max_size=16))
@settings(max_examples=300, deadline=None)
def test_readings_are_pypinyins_own(run: str) -> None:
    from pypinyin import Style, lazy_pinyin

    assert readings(run) == lazy_pinyin(run, style=Style.TONE3, neutral_tone_with_five=True)


def test_distinct_known_characters_have_distinct_keys() -> None:
    keys = {pinyin_key(char) for char in KNOWN_CHARS}
    assert len(keys) == len(set(KNOWN_CHARS))


@given(st.text(alphabet=string.ascii_letters + string.digits + " ", max_size=8), KNOWN, UNKNOWN)
@settings(max_examples=300, deadline=None)
def test_an_unknown_character_sorts_after_every_known_one_at_the_same_place(
    prefix: str, known: str, unknown: str
) -> None:
    prefix = prefix.strip() and prefix + "-"  # ends with a separator: the prefix reads the same in both
    assert pinyin_key(prefix + known) < pinyin_key(prefix + unknown)


@given(st.integers(min_value=0, max_value=10**30), st.integers(min_value=0, max_value=10**30))
def test_numbers_sort_by_value(a: int, b: int) -> None:
    if a != b:
        assert (pinyin_key(f"{a}号") < pinyin_key(f"{b}号")) == (a < b)


@given(
    st.text(alphabet=string.ascii_letters, min_size=1, max_size=10),
    st.text(alphabet=string.ascii_letters, min_size=1, max_size=10),
)
def test_latin_words_sort_without_regard_to_case(a: str, b: str) -> None:
    if a.lower() != b.lower():
        assert (pinyin_key(a) < pinyin_key(b)) == (a.lower() < b.lower())


# ---------------------------------------------------------------------------------------
# Kept with the record


ACTOR = Actor(office_code=OFFICE_CODE, operator_id=None, operator_name="测试员")


def test_the_orm_save_path_stamps_the_key_without_auditing_it(store: Store, session: LedgerSession) -> None:
    member = PartyMember(name="曾小军", category="retired", note="备注")
    session.add(member)
    session.commit()
    assert (member.name_sort, member.note_sort, member.address_sort) == (pinyin_key("曾小军"), pinyin_key("备注"), "")
    assert member.version == 1

    member.name = "单田芳"
    session.add(member)
    session.commit()
    assert member.name_sort == pinyin_key("单田芳")
    assert member.version == 2
    fields = session.exec(select(AuditEntry.field).where(AuditEntry.record_id == member.id)).all()
    assert "name" in fields and not any(field.endswith("_sort") for field in fields)


def _names(count: int, seed: int = 20261207) -> list[str]:
    rng = random.Random(seed)
    surnames = [
        "王",
        "李",
        "张",
        "章",
        "刘",
        "陈",
        "曾",
        "单",
        "区",
        "长孙",
        "欧阳",
        "吕",
        "女",
        "𠮷",
        "堃",
        "阿",
        "巴特尔",
    ]
    given_chars = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华建国海燕玉红文长重乐行𪚥"
    names = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.02:
            names.append(rng.choice(["Anna", "bob", "Li Ming", "Zhang Wei", "Ａlice"]) + str(rng.randrange(1, 30)))
        else:
            names.append(rng.choice(surnames) + "".join(rng.choice(given_chars) for _ in range(rng.choice((1, 2)))))
    return names


def test_twenty_thousand_names_imported_in_bulk_list_in_pinyin_order(store: Store, tmp_path: Path) -> None:
    set_up_office(store)
    names = _names(20_000)
    csv_file = tmp_path / "志愿者.csv"
    lines = ["姓名,联系电话"] + [f"{name},139{index:08d}" for index, name in enumerate(names)]
    csv_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _plan, preview = preview_file(store, ACTOR, csv_file, kind="volunteers")
    with store.session(ACTOR) as session:
        result = commit_preview(session, preview)
    assert result.created == 20_000

    with store.session(ACTOR) as session:
        rows = session.exec(select(Volunteer.id, Volunteer.name, Volunteer.name_sort)).all()
        assert all(key == pinyin_key(name) for _id, name, key in rows)
        expected = [record_id for record_id, _name, _key in sorted(rows, key=lambda r: (pinyin_key(r[1]), r[1], r[0]))]
        assert listing.page_ids(session, "volunteers") == expected
        assert listing.page_ids(session, "volunteers", order_by="name", descending=True) == expected[::-1]
        titles = listing.titles_by_ids(session, "volunteers", expected[:5])
    first = [titles[record_id] for record_id in expected[:5]]
    assert all(name.startswith(("Anna", "Ａlice", "阿")) for name in first)


def test_an_import_that_changes_a_name_changes_its_key(store: Store, tmp_path: Path) -> None:
    set_up_office(store)
    csv_file = tmp_path / "志愿者.csv"
    csv_file.write_text("姓名,联系电话,特长\n王伟,13900000001,唱歌\n", encoding="utf-8")
    with store.session(ACTOR) as session:
        commit_preview(session, preview_file(store, ACTOR, csv_file, kind="volunteers")[1])
    csv_file.write_text("姓名,联系电话,特长\n王伟,13900000001,跳舞\n", encoding="utf-8")
    with store.session(ACTOR) as session:
        result = commit_preview(session, preview_file(store, ACTOR, csv_file, kind="volunteers")[1])
    assert result.updated == 1
    with store.session(ACTOR) as session:
        volunteer = session.exec(select(Volunteer)).one()
    assert (volunteer.skills, volunteer.skills_sort) == ("跳舞", pinyin_key("跳舞"))


def test_lists_by_reference_sort_by_the_referenced_name(store: Store, session: LedgerSession) -> None:
    members = {name: PartyMember(name=name, category="retired") for name in ("周红", "安娜", "李强")}
    session.add_all(members.values())
    session.commit()
    for name, member in members.items():
        session.add(Volunteer(name=f"志愿者{name}", member_id=member.id))
    session.commit()
    key = listing.SortKey("member_id", references=(listing.Reference("member_id", "party_members"),))
    ids = listing.page_ids(session, "volunteers", order_by=key)
    titles = listing.titles_by_ids(session, "volunteers", ids)
    assert [titles[record_id] for record_id in ids] == ["志愿者安娜", "志愿者李强", "志愿者周红"]


def test_an_exported_list_is_in_pinyin_order(store: Store, session: LedgerSession, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    for name in ("周杰", "阿明", "张三", "李四"):
        session.add(Staff(name=name))
    session.commit()
    path = tmp_path / "社区工作者.xlsx"
    export_list(session, "staff", path)
    sheet = load_workbook(path, read_only=True).worksheets[0]
    values = [
        cell for row in sheet.iter_rows(values_only=True) for cell in row if cell in ("周杰", "阿明", "张三", "李四")
    ]
    assert values == ["阿明", "李四", "张三", "周杰"]


def test_exchange_payloads_leave_the_key_out_and_the_receiver_derives_it(tmp_path: Path) -> None:
    office = small_office(tmp_path / "office")
    city_folder = tmp_path / "city"
    city = Site(city_folder, open_store(city_folder, create=True), None, "city")  # type: ignore[arg-type]
    try:
        assert not any(is_sort_column(Staff.__table__, name) for name in column_names("staff"))  # type: ignore[attr-defined]
        watermark: int | None = None
        previous: str | None = None
        for seq, new_name in enumerate((None, "乌云其木格"), 1):
            if new_name is not None:
                with office.store.transaction(office.actor()) as s:
                    staff = s.exec(select(Staff).where(Staff.name == "李娜")).one()
                    staff.name = new_name
                    s.add(staff)
            built = build_payload(
                office.store,
                purpose=PURPOSE_CITY,
                since=watermark,
                meta={"chain_id": "c", "chain_first_seq": 1, "seq": seq},
            )
            watermark = built.watermark
            document = decode_document(built.data)
            assert not any(column.endswith("_sort") for table in document["tables"] for column in table["columns"])
            header = {"kind": KIND_OFFICE_TO_CITY, "from": office.code, "to": "city", "seq": seq, "prev": previous}
            previous = hashlib.sha256(built.data).hexdigest()
            apply_payload(city.store, built.data, header=header, signer_office=office.code, bundle_sha256=previous)
        rows = table_rows(city, "SELECT name, name_sort FROM staff ORDER BY name_sort")
        assert rows == sorted(((name, pinyin_key(name)) for name in ("巴特尔", "乌云其木格")), key=lambda r: r[1])
    finally:
        office.close()
        city.close()


# ---------------------------------------------------------------------------------------
# The migration


def test_upgrading_a_0003_database_fills_every_key(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copyfile(FIXTURES / "shequ-0003.sqlite", data_dir / DB_FILENAME)
    with open_store(data_dir) as store:
        assert store.migration_backup is not None
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        checked = 0
        for table in ("staff", "party_member", "resident", "volunteer", "activity", "award", "facility", "funding"):
            fields = sorted_fields(PartyMember.metadata.tables[table])
            listed = ", ".join([*fields, *fields.values()])
            for row in conn.execute(f"SELECT {listed} FROM {table}"):
                half = len(fields)
                assert list(row[half:]) == [pinyin_key(value) for value in row[:half]]
                checked += 1
        assert checked > 500
        assert conn.execute("SELECT count(*) FROM party_member WHERE name_sort = ''").fetchone() == (0,)
        query = "SELECT id FROM party_member WHERE deleted_at IS NULL ORDER BY name_sort, name, id"  # db.listing's
        plan = " ".join(str(row) for row in conn.execute(f"EXPLAIN QUERY PLAN {query}"))
        assert "COVERING INDEX ix_party_member_live_name" in plan and "TEMP B-TREE" not in plan  # read in order
    finally:
        conn.close()


def test_a_number_cut_by_the_key_length_still_sorts_by_value() -> None:
    # found by hypothesis: a 24-digit and a 29-digit number both cut to their first 24 digits
    assert pinyin_key("100000000000001978931891号") < pinyin_key("10000000000000000000000000000号")
    assert pinyin_key("甲" * 20 + "12345678") < pinyin_key("甲" * 20 + "123456789")
