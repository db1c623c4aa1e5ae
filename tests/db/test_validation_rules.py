"""Field rules (validate_values), rules across records (validate_record) and the Report type."""

from __future__ import annotations

import inspect
import json
import re
from datetime import date
from typing import Any

import pytest

from db import enums, kinds, models
from db.audit import LedgerSession, tombstone
from db.sortkey import SORT_KEY_OF
from db.validation import FIELD_LABELS, Issue, Report, Severity, check_digit, validate_record, validate_values
from db.validation.rules import EXTRA_KINDS, KIND_ORDER, RULES, field_label, model_of, record_title

TODAY = date(2026, 6, 1)


def make_id(birth: date, *, male: bool = True, region: str = "150802", sequence: int = 12) -> str:
    body = f"{region}{birth:%Y%m%d}{(sequence * 10 + (1 if male else 0)) % 1000:03d}"
    return body + check_digit(body)


STAFF_BIRTH = date(1980, 5, 6)
MEMBER_BIRTH = date(1975, 3, 8)
RESIDENT_BIRTH = date(1940, 11, 20)
VOLUNTEER_BIRTH = date(1998, 2, 14)

VALID: dict[str, dict[str, Any]] = {
    "office": {
        "code": "150802001001",
        "name": "新华社区",
        "phone": "0478-8123456",
        "households": 1200,
        "residents": 3500,
        "area_km2": 1.5,
        "party_org_type": "committee",
    },
    "operators": {"name": "王玥", "role": "filler"},
    "staff": {
        "name": "张伟",
        "gender": "male",
        "id_number": make_id(STAFF_BIRTH),
        "birth_date": STAFF_BIRTH,
        "ethnicity": "mongol",
        "education": "bachelor",
        "political_status": "party_member",
        "position": "secretary",
        "worker_type": "community",
        "secretary_director_one": True,
        "selection_method": "public_nomination",
        "start_date": date(2021, 1, 1),
        "end_date": date(2026, 12, 31),
        "pay_fen": 450_000,
        "pay_period": "month",
        "phone": "138 1234 5678",
    },
    "funding": {
        "received_on": date(2026, 3, 5),
        "fiscal_year": 2026,
        "source": "fiscal",
        "amount_fen": 8_000_000,
        "purpose": "office",
    },
    "facilities": {
        "name": "社区服务中心",
        "facility_type": "service_center",
        "area_m2": 320.5,
        "area_class": "service",
        "acquisition": "new_build",
        "fund_higher_fen": 10_000_000,
        "fund_local_fen": 0,
        "fund_paired_fen": 500_000,
        "fund_street_fen": 0,
        "in_use_since": date(2015, 1, 1),
        "computers": 5,
        "status": "in_use",
    },
    "party_orgs": {
        "name": "新华社区党委",
        "org_type": "committee",
        "branch_kind": "geographic",
        "founded_on": date(2005, 7, 1),
    },
    "party_members": {
        "name": "李娜",
        "gender": "female",
        "id_number": make_id(MEMBER_BIRTH, male=False),
        "birth_date": MEMBER_BIRTH,
        "ethnicity": "han",
        "joined_on": date(2000, 7, 1),
        "membership": "full",
        "category": "employed",
        "registered_on": date(2015, 3, 1),
        "phone": "0478-8123456",
    },
    "member_posts": {
        "member_id": "m1",
        "post": "security",
        "claimed_on": date(2024, 1, 1),
        "ended_on": date(2025, 1, 1),
    },
    "residents": {
        "name": "赵芳",
        "gender": "female",
        "id_number": make_id(RESIDENT_BIRTH, male=False),
        "category": "elderly_alone",
        "needs": "daily_care,medical",
        "status": "active",
        "phone": "13912345678",
    },
    "volunteers": {
        "name": "孙强",
        "gender": "male",
        "id_number": make_id(VOLUNTEER_BIRTH),
        "phone": "",
        "joined_on": date(2020, 5, 1),
    },
    "partner_units": {
        "name": "巴彦淖尔市第一中学",
        "unit_kind": "school",
        "support_kinds": "policy,venue",
        "opened_facilities": "sports",
        "phone": "(0478)8234567",
        "agreement_date": date(2023, 1, 1),
    },
    "contributions": {"unit_id": "u1", "given_on": date(2026, 1, 1), "description": "捐赠图书", "value_fen": 50_000},
    "pairings": {
        "resident_id": "r1",
        "helper_kind": "volunteer",
        "volunteer_id": "v1",
        "start_date": date(2025, 1, 1),
        "end_date": date(2026, 12, 31),
        "help_kind": "daily_life",
        "status": "active",
    },
    "visits": {"pairing_id": "p1", "visited_on": date(2026, 2, 1), "content": "上门打扫卫生", "hours": 2.5},
    "activities": {
        "held_on": date(2026, 4, 1),
        "title": "主题党日",
        "activity_kind": "party_day",
        "topic": "policy",
        "service_form": "appointment",
        "participants": 40,
        "member_participants": 25,
    },
    "activity_partners": {"activity_id": "a1", "unit_id": "u1"},
    "awards": {
        "title": "文明社区",
        "award_kind": "civic_community",
        "year": 2025,
        "awardee": "新华社区",
        "level": "city",
    },
    "standards": {"key": "office_area", "value": "120", "unit": "平方米", "effective_from": date(2012, 1, 1)},
}


def check(kind: str, **changes: Any) -> Report:
    return validate_values(kind, {**VALID[kind], **changes}, today=TODAY)


def codes(kind: str, **changes: Any) -> set[str]:
    return set(check(kind, **changes).codes)


# ---------------------------------------------------------------------------------------
# Report


def test_report_collects_and_sorts_issues() -> None:
    report = Report()
    assert report.ok and not report.has_errors and len(report) == 0
    warning = report.warning("phone", "phone.no_area_code", "请加上区号", number="8123456")
    report.error("phone", "phone.invalid", "格式不对")
    report.add("name", Severity.ERROR, "name.required", "请填写姓名")
    assert warning.param("number") == "8123456"
    assert warning.param("missing", "x") == "x"
    assert len(report) == 3
    assert not report.ok and report.has_errors
    assert [i.code for i in report.errors] == ["phone.invalid", "name.required"]
    assert [i.code for i in report.warnings] == ["phone.no_area_code"]
    assert [i.code for i in report.for_field("phone")] == ["phone.invalid", "phone.no_area_code"]
    assert report.for_field("gender") == []
    assert [i.code for i in report] == ["phone.no_area_code", "phone.invalid", "name.required"]

    report.extend([Issue("x", Severity.WARNING, "x.y", "m", kind="staff", record_id="s1", record_title="张伟")])
    assert len(report) == 4
    report.extend([Issue("z", Severity.WARNING, "z.w", "m")])
    assert len(report) == 5
    assert report.for_record("s1")[0].record_title == "张伟"
    assert report.summary() == "2 个错误，3 个提醒"
    assert Report().summary() == "没有发现问题"


def test_report_to_dicts_is_json_ready() -> None:
    report = Report()
    report.warning("id_number", "id_number.duplicate", "重复", other_id="abc")
    attached = report.for_record_of("staff", "s1", "张伟")
    data = attached.to_dicts()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == [
        {
            "field": "id_number",
            "severity": "warning",
            "code": "id_number.duplicate",
            "message": "重复",
            "params": {"other_id": "abc"},
            "kind": "staff",
            "record_id": "s1",
            "record_title": "张伟",
        }
    ]
    assert report.to_dicts()[0]["record_id"] is None  # the original is unchanged


def test_report_refuses_truth_testing() -> None:
    with pytest.raises(TypeError):
        bool(Report())
    with pytest.raises(ValueError):
        Report().add("name", None, "", "")


def test_issues_are_immutable_and_hashable() -> None:
    issue = Issue("name", Severity.ERROR, "name.required", "请填写姓名")
    with pytest.raises(AttributeError):
        issue.code = "x"  # type: ignore[misc]
    assert {issue, Issue("name", Severity.ERROR, "name.required", "请填写姓名")} == {issue}


# ---------------------------------------------------------------------------------------
# The rules as data: complete for every kind and field


@pytest.mark.parametrize("kind", KIND_ORDER)
def test_a_complete_valid_record_has_no_issues(kind: str) -> None:
    report = validate_values(kind, VALID[kind], today=TODAY)
    assert report.issues == []


def test_rules_cover_every_kind() -> None:
    assert set(RULES) == {k.key for k in kinds.KINDS} | set(EXTRA_KINDS)
    assert set(KIND_ORDER) == set(RULES)


def test_every_column_has_a_chinese_label() -> None:
    bookkeeping = {"version", "modified_at", "modified_by", "deleted_at"}
    for kind in KIND_ORDER:
        for column in model_of(kind).__table__.columns:  # type: ignore[attr-defined]
            if column.key in bookkeeping or SORT_KEY_OF in column.info:  # derived pinyin sort keys: never shown
                continue
            label = field_label(column.key, kind)
            assert label != column.key, f"{kind}.{column.key} has no label"
            assert re.search(r"[\u4e00-\u9fff]", label)
    assert FIELD_LABELS["id_number"] == "身份证号"
    assert FIELD_LABELS["received_on"] == "到账日期"
    assert FIELD_LABELS["amount_fen"] == "金额"
    assert field_label("start_date", "staff") == "任职日期"
    assert field_label("category", "residents") == "帮扶对象类别"


_ENUM_COMMENT = re.compile(r"^\s+(\w+): str(?: \| None)? = .*#\s*(\w+)( codes, comma-separated)?\s*$")
_ENUM_FIELD = re.compile(r"^\s+(\w+): str(?: \| None)?\s*#\s*(\w+)\s*$")


@pytest.mark.parametrize("kind", KIND_ORDER)
def test_every_coded_field_is_checked_against_its_enumeration(kind: str) -> None:
    """The models name each coded field's enumeration in a comment; the rules must agree."""
    rules = RULES[kind]
    source = inspect.getsource(model_of(kind))
    for line in source.splitlines():
        match = _ENUM_COMMENT.match(line) or _ENUM_FIELD.match(line)
        if not match:
            continue
        name, enum_name = match.group(1), match.group(2)
        enum_cls = getattr(enums, enum_name, None)
        if not (isinstance(enum_cls, type) and issubclass(enum_cls, enums.CodedEnum)):
            continue
        if name in rules.multi_codes:
            assert rules.multi_codes[name] is enum_cls
        else:
            assert rules.codes.get(name) is enum_cls, f"{kind}.{name} should be checked against {enum_name}"


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError):
        validate_values("spaceships", {})


# ---------------------------------------------------------------------------------------
# Field rules, failing cases (each asserts the exact set of codes found)

CASES: list[tuple[str, dict[str, Any], set[str]]] = [
    # required fields
    ("staff", {"name": "  "}, {"name.required"}),
    ("funding", {"amount_fen": None}, {"amount_fen.required"}),
    ("member_posts", {"member_id": None}, {"member_id.required"}),
    ("pairings", {"help_kind": ""}, {"help_kind.required"}),
    ("office", {"code": ""}, {"code.required"}),
    ("standards", {"value": ""}, {"value.required"}),
    ("activity_partners", {"unit_id": None}, {"unit_id.required"}),
    # enumeration codes
    ("staff", {"ethnicity": "martian"}, {"ethnicity.unknown_code"}),
    ("staff", {"position": "emperor"}, {"position.unknown_code"}),
    ("residents", {"needs": "daily_care,flying"}, {"needs.unknown_code"}),
    ("partner_units", {"support_kinds": "policy,,money"}, {"support_kinds.unknown_code"}),
    ("partner_units", {"opened_facilities": "pool"}, {"opened_facilities.unknown_code"}),
    ("operators", {"role": "king"}, {"role.unknown_code"}),
    ("awards", {"level": "galactic"}, {"level.unknown_code"}),
    # ID numbers
    ("staff", {"id_number": "150802800506123"}, {"id_number.old_15"}),
    ("staff", {"id_number": make_id(STAFF_BIRTH)[:17] + "0"}, {"id_number.check_digit"}),
    ("residents", {"id_number": make_id(RESIDENT_BIRTH, region="990802")}, {"id_number.region"}),
    ("volunteers", {"id_number": make_id(date(2026, 6, 2))}, {"id_number.birth_future"}),
    ("staff", {"birth_date": date(1980, 5, 7)}, {"birth_date.id_mismatch"}),
    ("party_members", {"gender": "male"}, {"gender.id_mismatch"}),
    ("residents", {"id_number": "", "birth_date": date(2026, 7, 1)}, {"birth_date.future"}),
    ("residents", {"id_number": "", "birth_date": date(1890, 1, 1)}, {"birth_date.implausible"}),
    # phones
    ("staff", {"phone": "1381234567"}, {"phone.mobile_length"}),
    ("office", {"phone": "8123456"}, {"phone.no_area_code"}),
    ("partner_units", {"phone": "无"}, {"phone.invalid"}),
    # dates in order
    ("staff", {"end_date": date(2020, 12, 31)}, {"end_date.before_start"}),
    ("pairings", {"end_date": date(2024, 12, 31)}, {"end_date.before_start"}),
    ("member_posts", {"ended_on": date(2023, 12, 31)}, {"ended_on.before_start"}),
    ("standards", {"effective_to": date(2011, 12, 31)}, {"effective_to.before_start"}),
    ("party_members", {"joined_on": date(1970, 1, 1)}, {"joined_on.before_birth"}),
    ("party_members", {"registered_on": date(1975, 3, 7)}, {"registered_on.before_birth"}),
    ("staff", {"start_date": date(1979, 1, 1)}, {"start_date.before_birth"}),
    ("volunteers", {"joined_on": date(1997, 1, 1)}, {"joined_on.before_birth"}),  # birth read from the ID
    ("party_members", {"joined_on": date(1991, 3, 7)}, {"joined_on.underage"}),
    ("party_members", {"membership": "probationary", "joined_on": date(2024, 7, 1)}, {"membership.probation_overdue"}),
    # dates in the future
    ("funding", {"received_on": date(2026, 6, 2)}, {"received_on.future"}),
    ("activities", {"held_on": date(2026, 8, 1)}, {"held_on.future"}),
    ("visits", {"visited_on": date(2027, 1, 1)}, {"visited_on.future"}),
    ("contributions", {"given_on": date(2026, 6, 30)}, {"given_on.future"}),
    # values that are not of their type (a form's text)
    ("visits", {"visited_on": "2026-13-01"}, {"visited_on.bad_date"}),
    ("activities", {"participants": "十"}, {"participants.not_integer"}),
    ("facilities", {"area_m2": "很大"}, {"area_m2.not_number"}),
    # money, areas and counts
    ("facilities", {"fund_local_fen": -1}, {"fund_local_fen.negative"}),
    ("staff", {"pay_fen": -100}, {"pay_fen.negative"}),
    ("contributions", {"value_fen": -5000}, {"value_fen.negative"}),
    ("funding", {"amount_fen": 0}, {"amount_fen.not_positive"}),
    ("funding", {"amount_fen": -100}, {"amount_fen.not_positive"}),
    ("funding", {"amount_fen": 2_000_000_000}, {"amount_fen.too_large"}),
    ("facilities", {"area_m2": 0}, {"area_m2.not_positive"}),
    ("office", {"area_km2": -1.0}, {"area_km2.not_positive"}),
    ("facilities", {"computers": -2}, {"computers.negative"}),
    ("office", {"households": -1}, {"households.negative"}),
    ("activities", {"participants": -1}, {"participants.negative"}),
    ("activities", {"member_participants": 41}, {"member_participants.more_than_participants"}),
    ("visits", {"hours": -1}, {"hours.negative"}),
    ("visits", {"hours": 30}, {"hours.too_many"}),
    # years
    ("funding", {"fiscal_year": 1980}, {"fiscal_year.out_of_range"}),
    ("funding", {"fiscal_year": 2028}, {"fiscal_year.out_of_range"}),
    ("funding", {"fiscal_year": 2025}, {"fiscal_year.mismatch"}),
    ("funding", {"fiscal_year": 2027}, {"fiscal_year.mismatch"}),  # next year is in range, but not this receipt's
    ("awards", {"year": 1980}, {"year.out_of_range"}),
    ("awards", {"year": 2027}, {"year.out_of_range"}),
    # pairings: exactly one helper of the named kind
    ("pairings", {"volunteer_id": None}, {"helper_kind.missing_helper"}),
    ("pairings", {"member_id": "m1"}, {"helper_kind.extra_helper"}),
    ("pairings", {"helper_kind": "partner_unit"}, {"helper_kind.missing_helper", "helper_kind.extra_helper"}),
    ("pairings", {"helper_kind": "robot"}, {"helper_kind.unknown_code"}),
    # office code
    ("office", {"code": "15080200100A"}, {"code.format"}),
    ("office", {"code": "1508020010011"}, {"code.format"}),
    ("office", {"code": "110101001001"}, {"code.outside_city"}),
    # kind-specific
    ("facilities", {"area_class": "office"}, {"area_class.mismatch"}),
    ("staff", {"political_status": "masses"}, {"political_status.secretary_not_member"}),
    ("staff", {"position": "grid_worker"}, {"secretary_director_one.position"}),
    ("standards", {"value": "abc"}, {"value.not_positive_number"}),
    ("standards", {"value": "-120"}, {"value.not_positive_number"}),
    ("standards", {"key": "one_centre_three_rooms", "value": "clinic,spa"}, {"value.unknown_code"}),
]


@pytest.mark.parametrize(("kind", "changes", "expected"), CASES)
def test_failing_values(kind: str, changes: dict[str, Any], expected: set[str]) -> None:
    report = check(kind, **changes)
    assert set(report.codes) == expected
    for issue in report:
        assert issue.code.split(".")[0] in (issue.field, "helper_kind")
        assert re.search(r"[\u4e00-\u9fff]", issue.message), issue.message
        assert issue.kind is None and issue.record_id is None  # attached only by validate_record / check_office


PASSING: list[tuple[str, dict[str, Any]]] = [
    ("staff", {"id_number": "", "birth_date": None}),  # optional for staff
    ("staff", {"id_number": make_id(STAFF_BIRTH)[:17].lower() + make_id(STAFF_BIRTH)[17].lower()}),
    ("staff", {"birth_date": None}),  # derived from the ID number
    ("staff", {"end_date": date(2021, 1, 1)}),  # same day is fine
    ("staff", {"phone": "0478-8123456/13812345678"}),
    ("staff", {"position": "director", "political_status": "masses"}),
    ("staff", {"start_date": date(2027, 1, 1), "end_date": None}),  # warned, see below
    ("residents", {"needs": ""}),
    ("partner_units", {"support_kinds": "funds, materials"}),
    ("funding", {"received_on": "2026-03-05", "fiscal_year": "2026", "amount_fen": "100"}),  # form text
    ("funding", {"amount_fen": 1}),
    ("visits", {"hours": None}),
    ("visits", {"hours": 0}),
    ("activities", {"participants": 0, "member_participants": 0}),
    ("pairings", {"helper_kind": "party_member", "volunteer_id": None, "member_id": "m1"}),
    ("pairings", {"end_date": None}),
    ("party_members", {"membership": "probationary", "joined_on": date(2026, 1, 1)}),
    ("party_members", {"joined_on": date(1993, 3, 8)}),  # the 18th birthday
    ("awards", {"year": 2026}),
    ("standards", {"key": "new_city_rule", "value": "任意"}),
    ("standards", {"key": "one_centre_three_rooms", "value": "service_center,clinic"}),
    ("office", {"phone": "", "households": 0, "area_km2": None}),
]


@pytest.mark.parametrize(("kind", "changes"), PASSING)
def test_passing_values(kind: str, changes: dict[str, Any]) -> None:
    found = check(kind, **changes)
    if changes.get("start_date") == date(2027, 1, 1):
        assert found.codes == ["start_date.future"]
        assert found.ok
    else:
        assert found.issues == []


def test_messages_read_naturally() -> None:
    assert check("staff", name="").issues[0].message == "请填写姓名"
    assert check("member_posts", member_id="").issues[0].message == "请选择党员"
    assert check("funding", source="").issues[0].message == "请选择经费来源"
    message = check("funding", amount_fen=-12345).issues[0].message
    assert "-123.45 元" in message and "金额" in message
    message = check("facilities", fund_local_fen=-150_000).issues[0].message
    assert "-1,500.00 元" in message and "地方财政投入资金" in message
    message = check("staff", end_date=date(2020, 12, 31)).issues[0].message
    assert message == "离任日期（2020年12月31日）早于任职日期（2021年1月1日），请核对"
    message = check("staff", birth_date=date(1980, 5, 7)).issues[0].message
    assert "1980年5月6日" in message
    assert check("residents", needs="flying").issues[0].message == "帮扶需求里的“flying”不是可选的项目，请从列表中选择"
    assert "请加上区号，如 0478-" in check("office", phone="8123456").issues[0].message
    issue = check("staff", phone="1381234567").issues[0]
    assert issue.severity is Severity.ERROR and issue.field == "phone"
    assert check("office", code="110101001001").issues[0].severity is Severity.WARNING
    assert check("funding", fiscal_year=2025).issues[0].severity is Severity.WARNING


def test_record_titles() -> None:
    assert record_title("staff", VALID["staff"]) == "张伟"
    assert record_title("member_posts", VALID["member_posts"]) == "治安维护"
    assert (
        record_title("funding", {**VALID["funding"], "note": "一季度"}) == "2026-03-05 财政保障 80,000.00 元（一季度）"
    )
    assert record_title("visits", VALID["visits"]) == "2026-02-01 上门打扫卫生"
    assert record_title("office", VALID["office"]) == "新华社区"
    assert record_title("standards", {"key": "office_area", "title": ""}) == "office_area"


# ---------------------------------------------------------------------------------------
# validate_record: rules across records, with a real database


def add(session: LedgerSession, *records: models.SyncedRecord) -> None:
    session.add_all(records)
    session.commit()


def resident(name: str, id_number: str, **extra: Any) -> models.Resident:
    return models.Resident(name=name, id_number=id_number, category="low_income", **extra)


def test_record_issues_are_attached_to_the_record(session: LedgerSession) -> None:
    staff = models.Staff(name="张伟", phone="12345", id_number="")
    add(session, staff)
    report = validate_record(session, staff, today=TODAY)
    assert report.codes == ["phone.mobile_length"]
    issue = report.issues[0]
    assert (issue.kind, issue.record_id, issue.record_title) == ("staff", staff.id, "张伟")


def test_valid_record_has_no_issues(session: LedgerSession) -> None:
    office = models.Office(code="150802001001", name="新华社区", phone="0478-8123456")
    add(session, office)
    assert validate_record(session, office, today=TODAY).issues == []


def test_likely_duplicate_id_number(session: LedgerSession) -> None:
    number = make_id(date(1950, 1, 2), male=False)
    first = resident("赵芳", number)
    gone = resident("赵芳(旧)", number)
    add(session, first, gone)
    tombstone(session, gone)
    session.commit()
    second = resident("赵 芳", number.lower())
    unique = resident("钱丽", make_id(date(1951, 1, 2), male=False))
    add(session, second, unique)

    report = validate_record(session, second, today=TODAY)
    assert report.codes == ["id_number.duplicate"]
    issue = report.issues[0]
    assert issue.severity is Severity.WARNING
    assert issue.param("other_id") == first.id
    assert "赵芳" in issue.message and "帮扶对象" in issue.message
    assert issue.record_id == second.id

    assert validate_record(session, first, today=TODAY).issues[0].param("other_id") == second.id
    assert validate_record(session, unique, today=TODAY).issues == []
    # another kind with the same number is not a duplicate
    volunteer = models.Volunteer(name="赵芳", id_number=number)
    add(session, volunteer)
    assert validate_record(session, volunteer, today=TODAY).issues == []


def test_unsaved_record_is_compared_without_being_flushed(session: LedgerSession) -> None:
    number = make_id(date(1950, 1, 2))
    add(session, models.Staff(name="周杰", id_number=number))
    draft = models.Staff(name="周杰", id_number=number, office_code="150802001001")
    session.add(draft)
    report = validate_record(session, draft, today=TODAY)
    assert report.codes == ["id_number.duplicate"]
    assert draft in session.new  # validation did not flush the pending record
    session.rollback()


def member(name: str, category: str, **extra: Any) -> models.PartyMember:
    return models.PartyMember(name=name, category=category, **extra)


@pytest.mark.parametrize(
    ("category", "post", "expected", "severity"),
    [
        ("employed", "security", [], None),
        ("employed", "convenience", [], None),
        ("employed", "mediation", ["post.category_mismatch"], Severity.ERROR),
        ("without_post", "policy_publicity", [], None),
        ("without_post", "sanitation", ["post.category_mismatch"], Severity.ERROR),
        ("retired", "poverty_relief", [], None),
        ("retired", "security", ["post.category_mismatch"], Severity.ERROR),
        ("mobile", "mediation", ["post.mobile_member"], Severity.WARNING),
    ],
)
def test_post_must_fit_the_members_category(
    session: LedgerSession, category: str, post: str, expected: list[str], severity: Severity | None
) -> None:
    holder = member("刘洋", category)
    add(session, holder)
    claim = models.MemberPostClaim(member_id=holder.id, post=post)
    add(session, claim)
    report = validate_record(session, claim, today=TODAY)
    assert report.codes == expected
    if severity is not None:
        assert report.issues[0].severity is severity
        assert "刘洋" in report.issues[0].message
        assert report.issues[0].field == "post"


def test_post_mismatch_message_lists_the_allowed_posts(session: LedgerSession) -> None:
    holder = member("刘洋", "employed")
    add(session, holder)
    claim = models.MemberPostClaim(member_id=holder.id, post="mediation")
    report = validate_record(session, claim, today=TODAY)
    assert report.issues[0].message == (
        "“刘洋”是在职党员，可认领的岗位是治安维护、环境卫生、文体活动、便民利民，“民事调解”不在其中，请重新选择"
    )


def test_post_of_a_deleted_member(session: LedgerSession) -> None:
    holder = member("刘洋", "employed")
    add(session, holder)
    claim = models.MemberPostClaim(member_id=holder.id, post="security")
    add(session, claim)
    tombstone(session, holder)
    session.commit()
    assert validate_record(session, claim, today=TODAY).codes == ["member_id.missing"]


def make_pairing(session: LedgerSession, start: date, end: date | None) -> models.Pairing:
    person = resident("吴敏", "")
    helper = models.Volunteer(name="郑凯")
    add(session, person, helper)
    pairing = models.Pairing(
        resident_id=person.id,
        helper_kind="volunteer",
        volunteer_id=helper.id,
        start_date=start,
        end_date=end,
        help_kind="daily_life",
    )
    add(session, pairing)
    return pairing


def test_visit_must_fall_within_its_pairing(session: LedgerSession) -> None:
    pairing = make_pairing(session, date(2026, 1, 1), date(2026, 3, 31))
    inside = models.Visit(pairing_id=pairing.id, visited_on=date(2026, 3, 31), content="送药")
    before = models.Visit(pairing_id=pairing.id, visited_on=date(2025, 12, 31), content="送药")
    after = models.Visit(pairing_id=pairing.id, visited_on=date(2026, 4, 2), content="送药")
    add(session, inside, before, after)
    assert validate_record(session, inside, today=TODAY).issues == []
    for visit in (before, after):
        report = validate_record(session, visit, today=TODAY)
        assert report.codes == ["visited_on.outside_pairing"]
        assert report.issues[0].severity is Severity.ERROR
        assert "2026年1月1日至2026年3月31日" in report.issues[0].message


def test_visit_of_an_open_pairing_and_of_a_deleted_one(session: LedgerSession) -> None:
    pairing = make_pairing(session, date(2026, 1, 1), None)
    late = models.Visit(pairing_id=pairing.id, visited_on=date(2026, 5, 30), content="聊天")
    add(session, late)
    assert validate_record(session, late, today=TODAY).issues == []
    tombstone(session, pairing)
    session.commit()
    assert validate_record(session, late, today=TODAY).codes == ["pairing_id.missing"]


def test_pairing_dates_must_keep_its_visits_inside(session: LedgerSession) -> None:
    pairing = make_pairing(session, date(2026, 1, 1), None)
    add(
        session,
        *(
            models.Visit(pairing_id=pairing.id, visited_on=day, content="走访")
            for day in (date(2026, 1, 10), date(2026, 2, 10), date(2026, 3, 10))
        ),
    )
    assert validate_record(session, pairing, today=TODAY).issues == []

    pairing.end_date = date(2026, 1, 31)
    pairing.start_date = date(2026, 1, 15)
    report = validate_record(session, pairing, today=TODAY)
    assert sorted(report.codes) == ["end_date.visits_outside", "start_date.visits_outside"]
    end_issue = report.for_field("end_date")[0]
    assert end_issue.severity is Severity.ERROR
    assert end_issue.param("count") == "2"
    assert end_issue.param("first") == "2026-02-10"
    assert "有 2 条帮扶记录晚于结对结束日期" in end_issue.message
    assert report.for_field("start_date")[0].param("count") == "1"
    assert pairing in session.dirty  # the edit was not flushed by the checks
    session.rollback()
