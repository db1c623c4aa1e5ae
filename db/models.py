"""The ledgers as SQLModel tables.

Every table but the audit log derives from :class:`SyncedRecord`, which makes it ready for
offline exchange: a UUID key, the office it belongs to, a version counter, who changed it
last and when, and a tombstone instead of row removal. Enumerated fields store the stable
codes of :mod:`db.enums`; money is stored as integer fen (分, 1/100 元), never float; times
are UTC (:class:`db.timeutil.UTCDateTime`); dates are plain dates.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Index, LargeBinary
from sqlmodel import Field, SQLModel

from db.sortkey import SORT_KEY_OF
from db.timeutil import UTCDateTime, utcnow

# Column.info key of a column each database fills for itself, which never travels in a bundle
LOCAL_ONLY = "local_only"


def new_id() -> str:
    """A fresh record key: a random UUID in its canonical text form."""
    return str(uuid.uuid4())


def fen_to_yuan(fen: int | None) -> Decimal:
    """Integer fen as an exact Decimal amount in yuan (元)."""
    return (Decimal(fen or 0) / 100).quantize(Decimal("0.01"))


def sort_key(of: str) -> Any:
    """A derived column: the pinyin sort key of the text field ``of`` (:func:`db.sortkey.pinyin_key`).

    Written on every write path, never audited nor exchanged.
    """
    return Field(default="", sa_column_kwargs={"info": {SORT_KEY_OF: of}, "server_default": ""})


def live_order(table: str, field: str) -> Index:
    """The index a list of live records ordered by ``field``'s pinyin key reads in order.

    ``WHERE deleted_at IS NULL ORDER BY <field>_sort, <field>, id`` (db.listing) becomes one
    covering index scan, no sort: the kind's title, its list's default order and its pickers.
    """
    return Index(f"ix_{table}_live_{field}", "deleted_at", f"{field}_sort", field, "id")


def live_by_date(table: str, field: str) -> Index:
    """The index a list of live records ordered by a date (or year) column reads in order.

    ``WHERE deleted_at IS NULL ORDER BY <field> DESC, id DESC`` (db.listing, a list's default
    order: the newest first) becomes one covering index scan, no sort — tens of thousands of
    visits or activities in a few milliseconds.
    """
    return Index(f"ix_{table}_live_{field}", "deleted_at", field, "id")


def office_by_date(table: str, field: str, *covering: str) -> Index:
    """The index a batch of offices' live records of a period are read through at the city, where a
    database holds hundreds of offices: ``WHERE office_code IN (…) AND deleted_at IS NULL AND
    <field> BETWEEN …`` (db.compliance, for each batch of offices in ``city status`` and the
    consolidated return). Without it SQLite read the period's records of every office through
    :func:`live_by_date` for each office (1.7 s per office at 300 offices of scale 10). ``covering``:
    the other columns a count reads, so that it never visits the table's rows."""
    return Index(f"ix_{table}_office_live_{field}", "office_code", "deleted_at", field, *covering)


def office_live(table: str, *covering: str) -> Index:
    """The index a batch of offices' live records are counted through at the city, for a table with
    no date to range over (``WHERE office_code IN (…) AND deleted_at IS NULL``; see
    :func:`office_by_date`)."""
    return Index(f"ix_{table}_office_live", "office_code", "deleted_at", *covering)


class SyncedRecord(SQLModel):
    """Fields every exchanged record carries."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    office_code: str = Field(default="", index=True, max_length=12)  # "" takes the session actor's
    version: int = Field(default=1)
    modified_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    modified_by: str | None = Field(default=None, max_length=36)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


# ---------------------------------------------------------------------------------------
# The office and the people who use the app


class Office(SyncedRecord, table=True):
    """社区基本情况: the office profile (one row per installation for an office)."""

    __tablename__ = "office"

    code: str = Field(unique=True, max_length=12)
    name: str
    street: str = ""
    district: str = ""
    city: str = "巴彦淖尔市"
    address: str = ""
    households: int | None = None
    residents: int | None = None
    area_km2: float | None = None
    party_org_type: str | None = None  # PartyOrgType
    contact_person: str = ""
    phone: str = ""


class Operator(SyncedRecord, table=True):
    """A person who uses the app: 填表人, 负责人 or 管理员; the password is optional."""

    __tablename__ = "operator"

    name: str
    role: str  # OperatorRole
    password_hash: str | None = None
    active: bool = True


# ---------------------------------------------------------------------------------------
# 有人管事: staff and party organizations


class Staff(SyncedRecord, table=True):
    """社区工作者."""

    __tablename__ = "staff"
    __table_args__ = (live_order("staff", "name"),)

    name: str
    gender: str | None = None  # Gender
    id_number: str = Field(default="", index=True, max_length=18)
    birth_date: date | None = None
    ethnicity: str | None = None  # Ethnicity
    education: str | None = None  # Education
    political_status: str | None = None  # PoliticalStatus
    position: str | None = None  # StaffPosition
    worker_type: str = "community"  # WorkerType
    secretary_director_one: bool = False  # 书记主任"一肩挑"
    selection_method: str | None = None  # SelectionMethod
    start_date: date | None = None
    end_date: date | None = None
    pay_fen: int | None = None
    pay_period: str = "month"  # PayPeriod
    pension_insurance: bool = False
    medical_insurance: bool = False
    phone: str = ""
    note: str = ""
    # pinyin sort keys (db.sortkey)
    name_sort: str = sort_key("name")
    note_sort: str = sort_key("note")


class PartyOrg(SyncedRecord, table=True):
    """党组织."""

    __tablename__ = "party_org"
    __table_args__ = (live_order("party_org", "name"),)

    name: str
    org_type: str  # PartyOrgType
    branch_kind: str | None = None  # BranchKind
    parent_id: str | None = Field(default=None, foreign_key="party_org.id", max_length=36)
    secretary: str = ""
    founded_on: date | None = None
    note: str = ""
    # pinyin sort keys (db.sortkey)
    name_sort: str = sort_key("name")
    secretary_sort: str = sort_key("secretary")
    note_sort: str = sort_key("note")


class PartyMember(SyncedRecord, table=True):
    """党员."""

    __tablename__ = "party_member"
    __table_args__ = (
        live_order("party_member", "name"),
        office_live("party_member", "category", "registered_on", "id"),  # eligible members, and their posts'
    )

    name: str
    gender: str | None = None  # Gender
    id_number: str = Field(default="", index=True, max_length=18)
    birth_date: date | None = None
    ethnicity: str | None = None  # Ethnicity
    education: str | None = None  # Education
    joined_on: date | None = None
    membership: str = "full"  # MembershipStatus
    category: str  # MemberCategory
    work_unit: str = ""
    org_id: str | None = Field(default=None, foreign_key="party_org.id", max_length=36)
    registered_on: date | None = None  # 到社区报到日期
    phone: str = ""
    address: str = ""
    note: str = ""
    # pinyin sort keys (db.sortkey)
    name_sort: str = sort_key("name")
    work_unit_sort: str = sort_key("work_unit")
    address_sort: str = sort_key("address")
    note_sort: str = sort_key("note")


class MemberPostClaim(SyncedRecord, table=True):
    """认领岗位: a post a party member has claimed, with its dates."""

    __tablename__ = "member_post"
    # a member's live posts as db.compliance counts them, read from the index alone
    __table_args__ = (
        Index("ix_member_post_member_live", "member_id", "deleted_at", "post", "claimed_on", "ended_on", "office_code"),
    )

    member_id: str = Field(foreign_key="party_member.id", index=True, max_length=36)
    post: str  # MemberPost
    claimed_on: date | None = None
    ended_on: date | None = None
    note: str = ""


# ---------------------------------------------------------------------------------------
# 有钱办事: funding


class Funding(SyncedRecord, table=True):
    """经费: one receipt of funds."""

    __tablename__ = "funding"
    __table_args__ = (live_by_date("funding", "received_on"), office_by_date("funding", "received_on"))

    received_on: date
    fiscal_year: int
    source: str  # FundingSource
    amount_fen: int
    purpose: str  # FundingPurpose
    note: str = ""
    # pinyin sort keys (db.sortkey)
    note_sort: str = sort_key("note")


# ---------------------------------------------------------------------------------------
# 有场所议事: facilities


class Facility(SyncedRecord, table=True):
    """场所设施, with its construction funding by the "四个一点"."""

    __tablename__ = "facility"
    __table_args__ = (live_order("facility", "name"),)

    name: str
    facility_type: str  # FacilityType
    area_m2: float
    area_class: str  # AreaClass: counts as office or service area
    acquisition: str | None = None  # AcquisitionMethod
    fund_higher_fen: int = 0  # 上级争取
    fund_local_fen: int = 0  # 地方财政投入
    fund_paired_fen: int = 0  # 结对部门帮扶
    fund_street_fen: int = 0  # 街道(镇)自筹
    in_use_since: date | None = None
    opening_hours: str = ""
    computers: int = 0
    has_network: bool = False
    has_display: bool = False
    status: str = "in_use"  # FacilityStatus
    note: str = ""
    # pinyin sort keys (db.sortkey)
    name_sort: str = sort_key("name")
    opening_hours_sort: str = sort_key("opening_hours")
    note_sort: str = sort_key("note")


# ---------------------------------------------------------------------------------------
# 一化: residents in need, volunteers, pairings, partner units, activities, awards


class Resident(SyncedRecord, table=True):
    """帮扶对象 (residents in need). Sensitive personal data."""

    __tablename__ = "resident"
    __table_args__ = (live_order("resident", "name"),)

    name: str
    gender: str | None = None  # Gender
    id_number: str = Field(default="", index=True, max_length=18)
    birth_date: date | None = None
    category: str  # ResidentCategory
    address: str = ""
    phone: str = ""
    needs: str = ""  # ResidentNeed codes, comma-separated
    status: str = "active"  # ResidentStatus
    note: str = ""
    # pinyin sort keys (db.sortkey)
    name_sort: str = sort_key("name")
    address_sort: str = sort_key("address")
    note_sort: str = sort_key("note")


class Volunteer(SyncedRecord, table=True):
    """志愿者."""

    __tablename__ = "volunteer"
    __table_args__ = (live_order("volunteer", "name"),)

    name: str
    gender: str | None = None  # Gender
    id_number: str = Field(default="", index=True, max_length=18)
    phone: str = ""
    team: str = ""
    member_id: str | None = Field(default=None, foreign_key="party_member.id", max_length=36)
    skills: str = ""
    joined_on: date | None = None
    note: str = ""
    # pinyin sort keys (db.sortkey)
    name_sort: str = sort_key("name")
    team_sort: str = sort_key("team")
    skills_sort: str = sort_key("skills")
    note_sort: str = sort_key("note")


class PartnerUnit(SyncedRecord, table=True):
    """结对共建单位 / 驻区单位."""

    __tablename__ = "partner_unit"
    __table_args__ = (live_order("partner_unit", "name"),)

    name: str
    unit_kind: str  # PartnerKind
    has_party_org: bool = False
    contact_person: str = ""
    phone: str = ""
    agreement_date: date | None = None
    support_kinds: str = ""  # SupportKind codes, comma-separated
    opened_facilities: str = ""  # OpenedFacility codes, comma-separated
    note: str = ""
    # pinyin sort keys (db.sortkey)
    name_sort: str = sort_key("name")
    contact_person_sort: str = sort_key("contact_person")
    note_sort: str = sort_key("note")


class Contribution(SyncedRecord, table=True):
    """A partner unit's contribution: date, what, value."""

    __tablename__ = "contribution"

    unit_id: str = Field(foreign_key="partner_unit.id", index=True, max_length=36)
    given_on: date
    description: str
    value_fen: int = 0
    note: str = ""


class Pairing(SyncedRecord, table=True):
    """结对帮扶: a helper (volunteer, party member or partner unit) paired with a resident."""

    __tablename__ = "pairing"
    __table_args__ = (live_by_date("pairing", "start_date"), office_by_date("pairing", "start_date"))

    resident_id: str = Field(foreign_key="resident.id", index=True, max_length=36)
    helper_kind: str  # HelperKind
    volunteer_id: str | None = Field(default=None, foreign_key="volunteer.id", max_length=36)
    member_id: str | None = Field(default=None, foreign_key="party_member.id", max_length=36)
    unit_id: str | None = Field(default=None, foreign_key="partner_unit.id", max_length=36)
    start_date: date
    end_date: date | None = None
    help_kind: str  # HelpKind
    status: str = "active"  # PairingStatus
    note: str = ""
    # pinyin sort keys (db.sortkey)
    note_sort: str = sort_key("note")


class Visit(SyncedRecord, table=True):
    """帮扶记录: one visit within a pairing."""

    __tablename__ = "visit"
    __table_args__ = (live_by_date("visit", "visited_on"), office_by_date("visit", "visited_on", "pairing_id"))

    pairing_id: str = Field(foreign_key="pairing.id", index=True, max_length=36)
    visited_on: date
    content: str
    hours: float | None = None
    result: str = ""


class Activity(SyncedRecord, table=True):
    """活动."""

    __tablename__ = "activity"
    __table_args__ = (
        live_order("activity", "title"),
        live_by_date("activity", "held_on"),
        office_by_date("activity", "held_on"),
    )

    held_on: date = Field(index=True)
    title: str
    activity_kind: str  # ActivityKind
    topic: str | None = None  # ActivityTopic
    service_form: str | None = None  # ServiceForm
    venue_id: str | None = Field(default=None, foreign_key="facility.id", max_length=36)
    participants: int = 0
    member_participants: int = 0
    outcome: str = ""
    description: str = ""
    # pinyin sort keys (db.sortkey)
    title_sort: str = sort_key("title")
    outcome_sort: str = sort_key("outcome")
    description_sort: str = sort_key("description")


class ActivityPartner(SyncedRecord, table=True):
    """A partner unit that took part in an activity."""

    __tablename__ = "activity_partner"

    activity_id: str = Field(foreign_key="activity.id", index=True, max_length=36)
    unit_id: str = Field(foreign_key="partner_unit.id", index=True, max_length=36)


class Award(SyncedRecord, table=True):
    """创建评比."""

    __tablename__ = "award"
    __table_args__ = (live_order("award", "title"), live_by_date("award", "year"))

    title: str
    award_kind: str  # AwardKind
    year: int
    awardee: str
    level: str | None = None  # AwardLevel
    note: str = ""
    # pinyin sort keys (db.sortkey)
    title_sort: str = sort_key("title")
    awardee_sort: str = sort_key("awardee")
    note_sort: str = sort_key("note")


# ---------------------------------------------------------------------------------------
# The city's standards, with the dates they are in force


class CityStandard(SyncedRecord, table=True):
    """One city standard (城市标准) in force from ``effective_from`` until ``effective_to``.

    ``value`` is a decimal number for thresholds, or comma-separated codes for lists
    (the facility types of "一个中心、三个室").
    """

    __tablename__ = "city_standard"

    key: str = Field(index=True)
    value: str
    unit: str = ""
    effective_from: date
    effective_to: date | None = None
    title: str = ""
    source_text: str = ""


# ---------------------------------------------------------------------------------------
# The audit log


class AuditEntry(SQLModel, table=True):
    """One changed field of one record, written in the same transaction as the change.

    Append-only: entries are never edited or removed.

    ``seq`` is the office's change sequence in THIS database: 1, 2, 3 … per ``office_code``, given
    in commit order by every writer (:func:`db.audit.allocate_seq`; a row without one is refused),
    the watermark the exchange counts changes by. Local: it never travels (an imported entry gets
    the importing database's next number in its office's sequence).
    """

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_office_seq", "office_code", "seq", unique=True),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    office_code: str = Field(index=True, max_length=12)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    operator_id: str | None = Field(default=None, max_length=36)
    operator_name: str = ""
    action: str  # AuditAction
    table_name: str = Field(index=True)
    record_id: str = Field(index=True, max_length=36)
    field: str = ""
    old_value: str | None = None
    new_value: str | None = None
    reason: str | None = None
    seq: int | None = Field(
        default=None, sa_type=BigInteger, nullable=False, sa_column_kwargs={"info": {LOCAL_ONLY: True}}
    )  # None only until the writer numbers it (db.audit.allocate_seq): NOT NULL in the database


# ---------------------------------------------------------------------------------------
# Returns (报表): signed snapshots and the records each one counted


class ReturnSnapshot(SyncedRecord, table=True):
    """One return (报表) of one office and period, as made: a draft or an immutable signed snapshot.

    ``return_version`` is the return's own number (1, then 2, 3 … for corrections, 更正);
    ``version`` (from :class:`SyncedRecord`) is the row's change counter as for every record.
    ``state`` is a :class:`db.enums.ReturnState` code. Once ``signed_at`` is set, only the state
    may change (:mod:`db.audit` refuses anything else). The PDF is kept as a file in the data
    folder (``pdf_path``, relative to it) with its SHA-256; ``figures_json`` holds the judged
    figures and ``figures_sha256`` their digest (the one printed in the return's QR code).
    """

    __tablename__ = "return_snapshot"

    period_code: str = Field(index=True, max_length=8)
    return_version: int = 1
    state: str = "draft"  # ReturnState
    figures_json: str = "{}"
    explanations_json: str = "[]"
    changes_json: str = "[]"  # what changed since the previous version, and why (corrections)
    correction_reason: str = ""
    pdf_path: str = ""
    pdf_sha256: str = Field(default="", max_length=64)
    figures_sha256: str = Field(default="", max_length=64)
    signed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    signer: str = ""
    certificate_subject: str = ""
    self_signed: bool = False


class ReturnRecord(SQLModel, table=True):
    """A record a return counted (listed in its annexes), with the record's version then.

    Written once with its return and never changed; it answers "which signed returns counted
    this record?" (:func:`db.returns.snapshot.signed_returns_covering`).
    """

    __tablename__ = "return_record"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    return_id: str = Field(foreign_key="return_snapshot.id", index=True, max_length=36)
    table_name: str
    record_id: str = Field(index=True, max_length=36)
    record_version: int = 1


# ---------------------------------------------------------------------------------------
# Exchange bookkeeping (db/exchange): bundles sent and received, conflicts, return receipts.
# Local to each installation: these rows never travel themselves.


class ExchangeSetting(SQLModel, table=True):
    """A setting of this installation's exchange (e.g. ``chain_id``, its bundle chain's id)."""

    __tablename__ = "exchange_setting"

    key: str = Field(primary_key=True, max_length=40)
    value: str = ""


class BundleSent(SQLModel, table=True):
    """A bundle this installation wrote: office → city, device → device, or city → office (acks).

    ``watermark`` is the office's highest change sequence number (``audit_entry.seq``) when the
    bundle was built; the bundle holds the changes after ``since_watermark`` up to it (everything
    when ``full``). (Before migration 0009 these were audit rowids; the migration converted them.)
    """

    __tablename__ = "bundle_sent"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    purpose: str = Field(index=True, max_length=12)  # "city", "device" or "ack"
    recipient: str = Field(default="", max_length=40)  # "city" or an office code
    chain_id: str = Field(default="", max_length=36)
    seq: int
    file_name: str = ""
    file_sha256: str = Field(index=True, max_length=64)
    prev_sha256: str | None = Field(default=None, max_length=64)
    since_watermark: int | None = None
    watermark: int = 0
    full: bool = False
    counts_json: str = "{}"
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    acknowledged_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class BundleReceived(SQLModel, table=True):
    """A bundle this installation imported, with what it did and any gap recorded."""

    __tablename__ = "bundle_received"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    kind: str = Field(max_length=20)  # the header's kind
    sender: str = Field(index=True, max_length=40)  # an office code or "city"
    chain_id: str = Field(default="", max_length=36)
    seq: int
    file_sha256: str = Field(unique=True, max_length=64)
    prev_sha256: str | None = Field(default=None, max_length=64)
    file_name: str = ""
    signer_serial: str = Field(default="", max_length=64)
    imported_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    counts_json: str = "{}"
    gap_note: str = ""
    # the audit rows this import added: a contiguous range of ``audit_entry.seq`` in the sender's
    # sequence (named after the rowids they were before migration 0009)
    audit_rowid_first: int | None = None
    audit_rowid_last: int | None = None


class ExchangeConflict(SQLModel, table=True):
    """A record a bundle brought that could not be applied without losing something.

    Both sides are kept as JSON (column → stored value); the local row stays as it was until
    someone resolves the conflict.
    """

    __tablename__ = "exchange_conflict"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    office_code: str = Field(index=True, max_length=12)
    table_name: str
    record_id: str = Field(index=True, max_length=36)
    conflict_kind: str = Field(max_length=20)  # "same_version" or "diverged"
    local_version: int
    local_values_json: str
    incoming_version: int
    incoming_values_json: str
    bundle_sender: str = Field(default="", max_length=40)
    bundle_seq: int
    bundle_sha256: str = Field(max_length=64)
    detected_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolution: str = ""  # "local" or "incoming"


class ReturnReceipt(SQLModel, table=True):
    """A signed return as the city handles it: when it arrived, and a person's decision (已接收,
    退回 or 有问题) with their comment, name and level.

    Kept by the city for every return that arrives, and by the office for what the city's
    acknowledgements said (``status`` is a :class:`db.enums.ReturnState` code, "" while 待审核).
    ``finding`` is what the city's import found wrong with the PDF (never a decision by itself).
    """

    __tablename__ = "return_receipt"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    return_id: str = Field(unique=True, max_length=36)
    office_code: str = Field(index=True, max_length=12)
    period_code: str = Field(index=True, max_length=8)
    return_version: int = 1
    arrived_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    bundle_seq: int | None = None
    status: str = ""
    reason: str = ""
    decided_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    decided_by: str = ""
    decided_level: str = ""  # who decided, as an office level ("市级"); "" while undecided
    finding: str = ""  # what the import's checks found (PDF digest, signature), shown to the reviewer
    # The street's review, for an office whose returns go through a street (街道); the fields above
    # are the city's, whose decision is final. Kept by the street (its own decisions), by the city
    # (what the street forwarded) and by the office (what the street's receipts said).
    street_code: str = Field(default="", max_length=12)  # the street the return went through; "" if direct
    street_status: str = ""  # a ReturnState decision code; "" while 待街道审核
    street_reason: str = ""
    street_decided_by: str = ""
    street_decided_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    countersigned_sha256: str = Field(default="", max_length=64)  # the PDF with the street's countersignature
    # An unlock the final reviewer granted on a locked (finally accepted) return
    unlock_request_id: str = Field(default="", max_length=36)
    unlock_granted_by: str = ""
    unlock_granted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class UnlockRequest(SyncedRecord, table=True):
    """An office administrator's request to unlock a period the city finally accepted (申请解锁).

    Written at the office and carried up in its bundles like its ledgers (to the street and the city);
    the final reviewer grants it on the return's receipt (``ReturnReceipt.unlock_*``), and the grant
    comes back in the acknowledgement."""

    __tablename__ = "unlock_request"

    period_code: str = Field(index=True, max_length=8)
    return_id: str = Field(default="", max_length=36)  # the locked return
    reason: str = ""
    requested_by: str = ""  # the administrator's name
    requested_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ReviewComment(SQLModel, table=True):
    """A city reviewer's comment on one figure or one record of a return (“活动台账第 12 条日期有误”).

    Written at the city on an office's return (:mod:`db.exchange.comments`) and carried by the
    acknowledgements to the office, which keeps the same rows (same ids) to show each comment where
    it applies. The target is a figure (``figure_key``, ``<pillar>.<figure>`` as in the return's
    pre-flight, e.g. ``service.activities``) or a record (``table_name`` + ``record_id``).
    Never edited; local bookkeeping, not a synced ledger.
    """

    __tablename__ = "review_comment"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    return_id: str = Field(index=True, max_length=36)
    office_code: str = Field(index=True, max_length=12)
    period_code: str = Field(max_length=8)
    return_version: int = 1
    figure_key: str = Field(default="", max_length=80)  # "" for a record's comment
    table_name: str = Field(default="", max_length=40)  # "" for a figure's comment
    record_id: str = Field(default="", index=True, max_length=36)
    text: str = ""
    written_by: str = ""
    written_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    level: str = ""  # the reviewer's level ("市级")


class StoredFile(SQLModel, table=True):
    """A file the city or a street keeps, in the database, named by its content (SHA-256, hex).

    The returns' PDFs an office sent, and the countersigned PDFs a street made: written in the same
    transaction as the rows that point at them (``return_snapshot.pdf_sha256``), so every
    workstation of a city on PostgreSQL reads the same bytes and an import stopped half-way leaves
    none behind. The same content is stored once (:mod:`db.exchange.blobs`). Local bookkeeping,
    never synced.
    """

    __tablename__ = "stored_file"

    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    data: bytes = Field(sa_type=LargeBinary)
    stored_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ChangeCounter(SQLModel, table=True):
    """The last change-sequence number given per office (``audit_entry.seq``): a row per office,
    bumped by :func:`db.audit.allocate_seq` inside the writing transaction, whose row lock (the
    database's write lock on SQLite) makes one office's numbers follow commit order. Local
    bookkeeping, never synced."""

    __tablename__ = "change_counter"

    office_code: str = Field(primary_key=True, max_length=12)
    last: int = Field(default=0, sa_type=BigInteger)


# --- the city's own state (db/exchange/pki.py, db/exchange/street.py) ------------------------------
# Kept in the city's database so that every workstation of a city on PostgreSQL reads and writes
# the same registry; local to the city, never synced. Certificate serials are lower-case hex text
# (x509 serials are up to 159 bits: too long for an integer column).


class CityState(SQLModel, table=True):
    """The city itself: one row (``id`` 1) — its name, its root and exchange certificates (PEM) and
    their private keys, PKCS#8 ``ENCRYPTED PRIVATE KEY`` PEM under the city's passphrase exactly as
    :func:`db.keycrypt.encrypt_private_key` writes them. ``files_moved_at``: when the state of an
    older city's folder (``city/*.pem``, ``offices.json``, ``issued/``) was moved in."""

    __tablename__ = "city_state"

    id: int = Field(default=1, primary_key=True)
    name: str = Field(max_length=64)
    created_at: datetime = Field(sa_type=UTCDateTime)
    ca_certificate: str
    ca_key: str
    exchange_certificate: str
    exchange_key: str
    files_moved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class CityRegistration(SQLModel, table=True):
    """An office or a street the city certified (its registry): the current certificate's serial,
    revocation, and for an office the street its returns go through (``via``; None: the city).
    The certificates it held before are its other rows in ``city_certificate``."""

    __tablename__ = "city_registration"

    code: str = Field(primary_key=True, max_length=12)
    kind: str = Field(max_length=8)  # "office" | "street"
    name: str
    serial: str = Field(max_length=40, unique=True)
    issued_at: datetime = Field(sa_type=UTCDateTime)
    not_after: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoke_reason: str = ""
    via: str | None = Field(default=None, max_length=12)


class CityCertificate(SQLModel, table=True):
    """Every certificate the city issued (PEM), to an office or a street, superseded ones included."""

    __tablename__ = "city_certificate"

    serial: str = Field(primary_key=True, max_length=40)
    code: str = Field(index=True, max_length=12)
    kind: str = Field(max_length=8)  # "office" | "street"
    pem: str
    issued_at: datetime = Field(sa_type=UTCDateTime)


class CityRevocation(SQLModel, table=True):
    """A certificate the city stopped trusting: when, why, and by whom (``user@workstation``)."""

    __tablename__ = "city_revocation"

    serial: str = Field(primary_key=True, max_length=40)
    code: str = Field(index=True, max_length=12)
    revoked_at: datetime = Field(sa_type=UTCDateTime)
    reason: str = ""
    revoked_by: str = ""
