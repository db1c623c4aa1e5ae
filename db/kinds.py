"""The registry of record kinds: one entry per ledger, the single place that lists them.

Everything that works "for every kind" (statistics, checks, lists, exchange) walks this
registry instead of naming tables one by one.
"""

from __future__ import annotations

from dataclasses import dataclass

from db import models
from db.models import SyncedRecord


@dataclass(frozen=True)
class RecordKind:
    """A kind of record the office keeps."""

    key: str  # stable key used by the command line, JSON output and bundles
    model: type[SyncedRecord]
    label: str  # Chinese name of the ledger
    title_field: str  # the field that names a record in lists and messages
    search_fields: tuple[str, ...] = ()  # matched by a list's search box
    person_id_field: str | None = None  # the ID-number field, for people


KINDS: tuple[RecordKind, ...] = (
    RecordKind("staff", models.Staff, "社区工作者", "name", ("name", "id_number", "phone", "note"), "id_number"),
    RecordKind("funding", models.Funding, "经费", "note", ("note",)),
    RecordKind("facilities", models.Facility, "场所设施", "name", ("name", "opening_hours", "note")),
    RecordKind("party_orgs", models.PartyOrg, "党组织", "name", ("name", "secretary", "note")),
    RecordKind(
        "party_members",
        models.PartyMember,
        "党员",
        "name",
        ("name", "id_number", "phone", "work_unit", "address", "note"),
        "id_number",
    ),
    RecordKind("member_posts", models.MemberPostClaim, "认领岗位", "post", ("note",)),
    RecordKind(
        "residents", models.Resident, "帮扶对象", "name", ("name", "id_number", "phone", "address", "note"), "id_number"
    ),
    RecordKind(
        "volunteers",
        models.Volunteer,
        "志愿者",
        "name",
        ("name", "id_number", "phone", "team", "skills", "note"),
        "id_number",
    ),
    RecordKind("pairings", models.Pairing, "结对帮扶", "help_kind", ("note",)),
    RecordKind("visits", models.Visit, "帮扶记录", "content", ("content", "result")),
    RecordKind("partner_units", models.PartnerUnit, "共建单位", "name", ("name", "contact_person", "phone", "note")),
    RecordKind("contributions", models.Contribution, "共建单位贡献", "description", ("description", "note")),
    RecordKind("activities", models.Activity, "活动", "title", ("title", "outcome", "description")),
    RecordKind("activity_partners", models.ActivityPartner, "活动共建单位", "unit_id"),
    RecordKind("awards", models.Award, "创建评比", "title", ("title", "awardee", "note")),
)

# The kinds counted by ``shequ stats`` (the ledgers people keep; link tables are left out).
COUNTED_KINDS: tuple[str, ...] = (
    "staff",
    "funding",
    "facilities",
    "party_orgs",
    "party_members",
    "residents",
    "volunteers",
    "pairings",
    "visits",
    "partner_units",
    "activities",
    "awards",
)

_BY_KEY = {kind.key: kind for kind in KINDS}
_BY_TABLE = {kind.model.__tablename__: kind for kind in KINDS}


def kind(key: str) -> RecordKind:
    """The kind registered under ``key``; KeyError when there is none."""
    return _BY_KEY[key]


def kind_of_table(table_name: str) -> RecordKind | None:
    """The kind whose table is ``table_name``, or None (office, operators, standards)."""
    return _BY_TABLE.get(str(table_name))
