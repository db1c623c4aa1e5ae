"""Demo data: one realistic community office in Linhe (临河区), Bayannur, with years of history.

:func:`build_demo` fills an empty, migrated store with the demo office 胜利社区: its profile,
three operators, the default city standards, and at ``scale=1`` a typical office's ledgers
over the two calendar years before ``today`` and the current year up to ``today`` (every
month has activities and funding). ``scale=N`` multiplies the per-office volumes by N
(``scale=100`` makes about 126,000 records in the counted ledgers) for load testing.

Everything is drawn from one seeded :class:`random.Random`, so a seed and a ``today`` give
the same data (record ids included) on every run and machine. The bulk path builds plain
dicts and inserts them with SQLAlchemy Core ``executemany`` in one transaction, with one
audit entry per record ("系统" / "演示数据"), so it never builds ORM objects.
"""

from __future__ import annotations

import random
import uuid
from bisect import bisect_right
from calendar import monthrange
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Any, TypeVar

from pydantic_core import PydanticUndefined
from sqlalchemy import Table, select

from db import demo_names as pools
from db import models
from db.audit import number_rows
from db.enums import (
    POSTS_BY_CATEGORY,
    AuditAction,
    FundingPurpose,
    FundingSource,
    Gender,
    OperatorRole,
    PartyOrgType,
    join_codes,
)
from db.errors import OfficeExists
from db.kinds import KINDS
from db.models import SyncedRecord
from db.sortkey import with_sort_keys
from db.standards import default_standard_records
from db.store import Store
from db.timeutil import LOCAL_TZ, local_today
from db.validation.idcard import check_digit

DEMO_OFFICE_CODE = "150802001001"
DEMO_OFFICE_NAME = "胜利社区"
DEMO_STREET = "车站街道"
DEMO_DISTRICT = "临河区"
DEMO_CITY = "巴彦淖尔市"
DEMO_ADDRESS = "巴彦淖尔市临河区车站街道胜利路118号"
DEMO_REASON = "演示数据"
SYSTEM_NAME = "系统"
DEFAULT_SEED = 20261128

BATCH_SIZE = 4000

Row = dict[str, Any]
T = TypeVar("T")

# The order tables are filled in: parents before children (foreign keys are on).
_INSERT_ORDER: tuple[type[SyncedRecord], ...] = (
    models.Office,
    models.Operator,
    models.CityStandard,
    models.Staff,
    models.Funding,
    models.Facility,
    models.PartyOrg,
    models.PartnerUnit,
    models.PartyMember,
    models.MemberPostClaim,
    models.Resident,
    models.Volunteer,
    models.Pairing,
    models.Visit,
    models.Contribution,
    models.Activity,
    models.ActivityPartner,
    models.Award,
)

_MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "176", "177", "180", "181", "182", "183",
    "185", "186", "187", "188", "189", "191", "198", "199",
)  # fmt: skip

_CN_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1..99 in Chinese numerals, as in 第十二网格 (other numbers as Arabic digits)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _CN_DIGITS[ones]
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return head + "十" + (_CN_DIGITS[ones] if ones else "")


def _table(model: type[SyncedRecord] | type[models.AuditEntry]) -> Table:
    return model.metadata.tables[str(model.__tablename__)]


def _field_defaults(model: type[SyncedRecord]) -> Row:
    """Plain default values of a model's fields (a Core insert does not apply them)."""
    defaults: Row = {}
    for name, info in model.model_fields.items():
        if info.default is not PydanticUndefined:
            defaults[name] = info.default
    return defaults


@dataclass
class _Person:
    name: str
    gender: str
    ethnicity: str
    birth_date: date
    id_number: str


@dataclass
class _StaffSpec:
    """One post on a staff team."""

    position: str
    selection: str
    pay_yuan: tuple[int, int]  # per month
    born: tuple[int, int]
    start: date
    end: date | None = None
    party: bool | None = None  # None: drawn at random
    one_shoulder: bool = False
    forced: tuple[str, str, str] | None = None
    note: str = ""


# (received on, source, purpose, amount in fen, note)
_Receipt = tuple[date, FundingSource, FundingPurpose, int, str]
_OPERATING = (FundingPurpose.OFFICE, FundingPurpose.ACTIVITY, FundingPurpose.OTHER)


@dataclass
class _Team:
    """The staff rows of one scale unit, for the funding they need."""

    staff: list[Row] = field(default_factory=list)


_RESIDENT_KINDS: tuple[tuple[str, int, tuple[int, int], tuple[str, ...]], ...] = (
    ("low_income", 20, (1955, 1990), ("daily_care", "medical", "employment")),
    ("extreme_poverty", 8, (1940, 1975), ("daily_care", "medical")),
    ("disabled", 15, (1950, 2005), ("daily_care", "medical", "employment")),
    ("elderly_alone", 25, (1932, 1958), ("daily_care", "medical", "psychological")),
    ("unemployed", 12, (1968, 1998), ("employment", "legal", "psychological")),
    ("left_behind_child", 8, (2010, 2019), ("psychological", "other")),
    ("seriously_ill", 10, (1945, 1990), ("medical", "daily_care")),
    ("other", 2, (1950, 1995), ("legal", "other")),
)

_HELP_FOR_NEED: dict[str, str] = {
    "daily_care": "daily_life",
    "medical": "medical",
    "employment": "employment",
    "legal": "legal",
    "psychological": "psychological",
    "other": "other",
}

_VENUES: dict[str, tuple[str, ...]] = {
    "party_day": ("party_room", "party_room", "service_center"),
    "lecture": ("service_center", "party_room"),
    "symposium": ("service_center", "office", "party_room"),
    "training": ("service_center", "party_room"),
    "job_training": ("service_center", "party_room"),
    "convenience": ("service_center", "clinic", "other_service"),
    "culture_sports": ("sports_room", "service_center"),
    "publicity": ("service_center", "police_room"),
    "evaluation": ("service_center",),
    "volunteer_service": ("service_center", "other_service"),
    "other": ("service_center", "office"),
}

_PARTICIPANTS: dict[str, tuple[int, int]] = {
    "party_day": (20, 60),
    "lecture": (40, 150),
    "symposium": (12, 30),
    "training": (15, 40),
    "job_training": (15, 40),
    "convenience": (50, 300),
    "culture_sports": (80, 400),
    "publicity": (60, 300),
    "evaluation": (30, 120),
    "volunteer_service": (15, 60),
    "other": (10, 50),
}
_OUTDOOR_KINDS = ("culture_sports", "publicity", "volunteer_service", "convenience")


class _Builder:
    """Draws the demo office's rows; nothing touches the database here."""

    def __init__(self, scale: int, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.scale = scale
        self.today = today
        self.start = date(today.year - 2, 1, 1)
        self.years = list(range(self.start.year, today.year + 1))
        # One creation time for the whole demo: the start of ``today`` in the office's zone.
        self.stamp = datetime.combine(today, time(0, 0), LOCAL_TZ).astimezone(UTC)
        self.rows: dict[type[SyncedRecord], list[Row]] = {model: [] for model in _INSERT_ORDER}
        self._defaults = {model: _field_defaults(model) for model in _INSERT_ORDER}
        self._id_numbers: set[str] = set()
        self.admin_id = self.new_id()
        regions, weights = zip(*pools.REGION_CODES, strict=True)
        self._regions: tuple[str, ...] = regions
        self._region_cum = list(accumulate(weights))
        self.compound_names = list(pools.COMPOUNDS)

    # --- primitives ------------------------------------------------------------------

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, model: type[SyncedRecord], values: Row) -> Row:
        row = dict(self._defaults[model])
        row.update(
            id=self.new_id(),
            office_code=DEMO_OFFICE_CODE,
            version=1,
            modified_at=self.stamp,
            modified_by=self.admin_id,
            deleted_at=None,
        )
        row.update(values)
        self.rows[model].append(row)
        return row

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def day_between(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def fen(self, low_yuan: float, high_yuan: float, step_yuan: int = 100) -> int:
        """A random amount in fen between two yuan amounts, rounded to ``step_yuan``."""
        low = max(int(low_yuan) // step_yuan, 0)
        high = max(int(high_yuan) // step_yuan, low)
        return self.rng.randint(low, high) * step_yuan * 100

    def mobile(self) -> str:
        return f"{self.pick(_MOBILE_PREFIXES)}{self.rng.randrange(10**8):08d}"

    def landline(self) -> str:
        return f"0478-{self.pick('8887762')}{self.rng.randrange(10**6):06d}"

    def address(self) -> str:
        road = self.pick(pools.ROADS)
        compound = self.pick(self.compound_names)
        building, unit = self.rng.randint(1, 24), self.rng.randint(1, 6)
        room = self.rng.randint(1, 18) * 100 + self.rng.randint(1, 4)
        return f"临河区{road}{self.rng.randint(1, 260)}号{compound}{building}号楼{unit}单元{room}"

    # --- people ----------------------------------------------------------------------

    def ethnicity(self) -> str:
        roll = self.rng.random()
        if roll < 0.70:
            return "han"
        if roll < 0.91:
            return "mongol"
        if roll < 0.97:
            return "hui"
        return "manchu"

    def given_name(self, gender: str) -> str:
        chars = pools.HAN_MALE_CHARS if gender == Gender.MALE else pools.HAN_FEMALE_CHARS
        rare = pools.RARE_MALE_CHARS if gender == Gender.MALE else pools.RARE_FEMALE_CHARS
        first = self.pick(rare) if self.chance(0.02) else self.pick(chars)
        if self.chance(0.45):
            return first
        second = self.pick(chars)
        while second == first:
            second = self.pick(chars)
        return second + first if self.chance(0.5) else first + second

    def name(self, gender: str, ethnicity: str) -> str:
        if ethnicity == "mongol" and self.chance(0.8):
            given = self.pick(pools.MONGOL_MALE_NAMES if gender == Gender.MALE else pools.MONGOL_FEMALE_NAMES)
            return self.pick(pools.MONGOL_SURNAMES) + given if self.chance(0.2) else given
        if ethnicity == "hui":
            surname = self.pick(pools.HUI_SURNAMES)
        elif ethnicity == "manchu":
            surname = self.pick(pools.MANCHU_SURNAMES)
        else:
            # Earlier surnames are more common: favour the head of the list.
            surnames = pools.HAN_SURNAMES
            surname = surnames[min(int(self.rng.random() ** 2 * len(surnames)), len(surnames) - 1)]
        return surname + self.given_name(gender)

    def id_number(self, birth: date, gender: str) -> str:
        """A valid 18-character ID number (GB 11643) for a Bayannur-born person; unique."""
        while True:
            region = self._regions[bisect_right(self._region_cum, self.rng.random() * self._region_cum[-1])]
            sequence = self.rng.randrange(1 if gender == Gender.MALE else 2, 1000, 2)
            first17 = f"{region}{birth:%Y%m%d}{sequence:03d}"
            number = first17 + check_digit(first17)
            if number not in self._id_numbers:
                self._id_numbers.add(number)
                return number

    def person(self, born_from: int, born_to: int, forced: tuple[str, str, str] | None = None) -> _Person:
        birth = self.day_between(date(born_from, 1, 1), date(born_to, 12, 31))
        if forced is not None:
            name, gender, ethnicity = forced
        else:
            gender = Gender.MALE.value if self.chance(0.5) else Gender.FEMALE.value
            ethnicity = self.ethnicity()
            name = self.name(gender, ethnicity)
        return _Person(name, gender, ethnicity, birth, self.id_number(birth, gender))

    def forced_at(self, count: int, forced: Sequence[tuple[str, str, str]]) -> dict[int, tuple[str, str, str]]:
        """Spread the forced people over ``count`` positions."""
        return self.forced_at_positions(range(count), forced)

    def forced_at_positions(
        self, free: Sequence[int], forced: Sequence[tuple[str, str, str]]
    ) -> dict[int, tuple[str, str, str]]:
        """Spread the forced people over some of the ``free`` positions."""
        positions = self.rng.sample(free, min(len(forced), len(free)))
        return dict(zip(positions, forced, strict=False))

    def education(self, birth_year: int) -> str:
        if birth_year < 1960:
            return self.pick(("primary", "middle_school", "middle_school", "high_school", "technical", "college"))
        if birth_year < 1975:
            return self.pick(("middle_school", "high_school", "technical", "college", "college", "bachelor"))
        return self.pick(("high_school", "technical", "college", "bachelor", "bachelor", "bachelor", "postgraduate"))

    # --- the office ------------------------------------------------------------------

    def office(self) -> None:
        n = self.scale
        self.add(
            models.Office,
            {
                "code": DEMO_OFFICE_CODE,
                "name": DEMO_OFFICE_NAME,
                "street": DEMO_STREET,
                "district": DEMO_DISTRICT,
                "city": DEMO_CITY,
                "address": DEMO_ADDRESS,
                "households": self.rng.randint(3600, 4400) * n,
                "residents": self.rng.randint(9800, 12400) * n,
                "area_km2": round(self.rng.uniform(1.4, 2.2) * n, 2),
                "party_org_type": PartyOrgType.COMMITTEE.value,
                "contact_person": "",  # set to the secretary's name below
                "phone": self.landline(),
            },
        )

    def operators(self, head: str, filler: str) -> None:
        roles = ((pools.ADMIN_NAME, OperatorRole.ADMIN), (head, OperatorRole.HEAD), (filler, OperatorRole.FILLER))
        for name, role in roles:
            row = self.add(models.Operator, {"name": name, "role": role.value, "password_hash": None, "active": True})
            if role == OperatorRole.ADMIN:
                row["id"] = self.admin_id

    def standards(self) -> None:
        for record in default_standard_records(DEMO_OFFICE_CODE):
            values = record.model_dump(exclude={"id", "office_code", "version", "modified_at", "modified_by"})
            self.add(models.CityStandard, values)

    # --- staff -----------------------------------------------------------------------

    def staff_member(self, team: _Team, spec: _StaffSpec) -> Row:
        person = self.person(*spec.born, forced=spec.forced)
        party = spec.party if spec.party is not None else self.chance(0.6)
        if party:
            political = "party_member" if self.chance(0.92) else "probationary"
        else:
            political = self.pick(("masses", "masses", "league_member")) if spec.born[0] >= 1988 else "masses"
        grid = spec.position == "grid_worker"
        if spec.position in ("secretary", "college_graduate"):
            education = self.pick(("college", "bachelor", "bachelor", "bachelor", "postgraduate"))
        else:
            education = self.pick(("technical", "college", "college", "bachelor", "bachelor"))
        row = self.add(
            models.Staff,
            {
                "name": person.name,
                "gender": person.gender,
                "id_number": person.id_number,
                "birth_date": person.birth_date,
                "ethnicity": person.ethnicity,
                "education": education,
                "political_status": political,
                "position": spec.position,
                "worker_type": "community",
                "secretary_director_one": spec.one_shoulder,
                "selection_method": spec.selection,
                "start_date": spec.start,
                "end_date": spec.end,
                "pay_fen": self.fen(*spec.pay_yuan, step_yuan=50),
                "pay_period": "month",
                "pension_insurance": self.chance(0.7 if grid else 0.95),
                "medical_insurance": self.chance(0.85 if grid else 0.98),
                "phone": self.mobile(),
                "note": spec.note,
            },
        )
        team.staff.append(row)
        return row

    def staff(self) -> tuple[list[_Team], Row, Row]:
        """Staff teams (one per scale unit); the current secretary and the filler.

        Only the first team has a 党组织书记: the one who retired in the first year and
        the one who took over the next day (书记、主任“一肩挑”)."""
        y0, y1 = self.years[0], self.years[1]
        teams: list[_Team] = []
        secretary: Row | None = None
        filler: Row | None = None
        for k in range(self.scale):
            team = _Team()
            teams.append(team)
            elected = (1970, 1990)
            if k == 0:
                handover = self.day_between(date(y0, 4, 1), date(y0, 9, 30))
                former = _StaffSpec(
                    "secretary", "two_nominations", (4800, 5400), (1962, 1966),
                    self.day_between(date(2014, 1, 1), date(2017, 12, 31)), handover - timedelta(days=1),
                    party=True, note="到龄退休",
                )  # fmt: skip
                self.staff_member(team, former)
                current = _StaffSpec(
                    "secretary", self.pick(("public_nomination", "two_nominations")), (5200, 6000), (1974, 1985),
                    handover, party=True, one_shoulder=True, note="书记、主任“一肩挑”",
                )  # fmt: skip
                secretary = self.staff_member(team, current)
            else:
                since = self.day_between(date(2016, 1, 1), date(2021, 12, 31))
                spec = _StaffSpec("committee_member", "democratic_election", (3600, 4200), elected, since)
                self.staff_member(team, spec)
            since = self.day_between(date(2016, 1, 1), date(2021, 12, 31))
            spec = _StaffSpec("deputy_secretary", "democratic_election", (4200, 4800), (1970, 1986), since, party=True)
            self.staff_member(team, spec)
            since = self.day_between(date(2017, 1, 1), date(2021, 12, 31))
            self.staff_member(team, _StaffSpec("deputy_director", "democratic_election", (4000, 4600), elected, since))
            for _ in range(2):
                since = self.day_between(date(2016, 1, 1), date(2021, 12, 31))
                spec = _StaffSpec("committee_member", "democratic_election", (3600, 4200), elected, since)
                self.staff_member(team, spec)
            for i in range(3):
                left = i == 2
                spec = _StaffSpec(
                    "full_time", self.pick(("open_recruitment", "open_recruitment", "competition")), (3200, 3800),
                    (1982, 1998), self.day_between(date(2017, 1, 1), date(y0 - 1, 12, 31)),
                    self.day_between(date(y1, 3, 1), date(y1, 11, 30)) if left else None,
                    forced=(pools.ADMIN_NAME, "female", "han") if k == 0 and i == 0 else None,
                    note=self.pick(("考取公务员", "辞职", "调至街道工作")) if left else "",
                )  # fmt: skip
                row = self.staff_member(team, spec)
                if k == 0 and i == 1:
                    filler = row
            spec = _StaffSpec(
                "college_graduate", "college_graduate", (3000, 3400), (1997, 2001),
                self.day_between(date(y1, 7, 1), date(y1, 9, 15)),
                party=self.chance(0.5), note="大学生“居官”，服务期三年",
            )  # fmt: skip
            self.staff_member(team, spec)
            for i in range(3):
                if i == 2:  # a grid worker who joined in the current year
                    since = min(self.day_between(date(y1 + 1, 1, 10), date(y1 + 1, 6, 30)), self.today)
                else:
                    since = self.day_between(date(2018, 1, 1), date(y0, 6, 30))
                spec = _StaffSpec(
                    "grid_worker", self.pick(("open_recruitment", "competition")), (2800, 3200), (1978, 1998),
                    since, note=f"第{chinese_number(i + 1 + 3 * k)}网格",
                )  # fmt: skip
                self.staff_member(team, spec)
        assert secretary is not None and filler is not None
        return teams, secretary, filler

    # --- funding ---------------------------------------------------------------------

    def _active(self, row: Row, first: date, last: date) -> bool:
        start: date = row["start_date"]
        end: date | None = row["end_date"]
        return start <= last and (end is None or end >= first)

    def funding(self, teams: list[_Team], unit_names: list[str]) -> None:
        """Receipts per team and year; every year's operating funds pass the per-worker
        standard (8000 元) comfortably except the first year's, which falls short."""
        short_year = self.years[0]
        for team in teams:
            for year in self.years:
                short = year == short_year
                first, year_end = date(year, 1, 1), date(year, 12, 31)
                most = sum(self._active(r, first, year_end) for r in team.staff)
                whole = sum(self._active(r, first, first) and self._active(r, year_end, year_end) for r in team.staff)
                need = 8000 * (max(whole, 1) if short else most)  # 元
                receipts = self._year_receipts(team, year, need, short, unit_names)
                receipts = [r for r in receipts if r[0] <= self.today and r[3] > 0]
                operating = sum(r[3] for r in receipts if r[2] in _OPERATING)
                # The annual office funds balance the year: short in the first year only.
                ratio = self.rng.uniform(0.66, 0.74) if short else self.rng.uniform(1.15, 1.45)
                annual = max(int(need * 100 * ratio - operating), need * 100 // 5) // 100_000 * 100_000
                on = min(date(year, 1, self.rng.randint(8, 25)), self.today)
                if on.year == year:
                    note = f"{year}年度社区办公经费（区财政拨付）"
                    receipts.append((on, FundingSource.FISCAL, FundingPurpose.OFFICE, annual, note))
                receipts.sort(key=lambda item: item[0])
                for on, source, purpose, amount, note in receipts:
                    values = {
                        "received_on": on,
                        "fiscal_year": year,
                        "source": source.value,
                        "amount_fen": amount,
                        "purpose": purpose.value,
                        "note": note,
                    }
                    self.add(models.Funding, values)

    def _year_receipts(self, team: _Team, year: int, need: int, short: bool, unit_names: list[str]) -> list[_Receipt]:
        """A year's receipts but the annual office funds (some may lie after today)."""
        first, late = date(year, 1, 1), date(year, 12, 20)
        receipts: list[_Receipt] = []
        share = (0.04, 0.05) if short else (0.06, 0.09)
        for quarter in range(4):
            on = date(year, quarter * 3 + 1, self.rng.randint(5, 20))
            amount = self.fen(need * share[0], need * share[1])
            note = f"{year}年第{chinese_number(quarter + 1)}季度社区活动经费"
            receipts.append((on, FundingSource.FISCAL, FundingPurpose.ACTIVITY, amount, note))
        on = date(year, 6, self.rng.randint(18, 28))
        amount = self.fen(need * 0.02, need * 0.035)
        receipts.append(
            (on, FundingSource.PARTY_DUES, FundingPurpose.ACTIVITY, amount, f"{year}年党费返还，用于“七一”系列活动")
        )
        for _ in range(1 if short else self.rng.randint(1, 2)):
            purpose = self.pick((FundingPurpose.ACTIVITY, FundingPurpose.OTHER))
            amount = self.fen(need * 0.015, need * 0.03)
            note = f"{self.pick(unit_names)}结对帮扶资金"
            receipts.append((self.day_between(first, late), FundingSource.PAIRED_UNIT, purpose, amount, note))
        if not short and self.chance(0.7):
            amount = self.fen(need * 0.01, need * 0.03)
            note = "驻区企业爱心捐助（用于困难群众慰问）"
            receipts.append(
                (self.day_between(first, late), FundingSource.FUNDRAISING, FundingPurpose.OTHER, amount, note)
            )
        for _ in range(self.rng.randint(0, 2)):
            source = self.pick((FundingSource.PAID_SERVICES, FundingSource.OWN_INCOME))
            note = "便民服务站有偿服务收入" if source == FundingSource.PAID_SERVICES else "闲置用房出租收入"
            amount = self.fen(need * 0.004, need * 0.012)
            receipts.append((self.day_between(first, late), source, FundingPurpose.OTHER, amount, note))
        if self.chance(0.6):
            on = self.day_between(date(year, 3, 1), date(year, 10, 31))
            amount = self.fen(50000, 200000, 1000)
            note = "上级争取党群服务中心提升改造资金"
            receipts.append((on, FundingSource.HIGHER_LEVEL, FundingPurpose.CONSTRUCTION, amount, note))
        for month in range(1, 13):
            m_first = date(year, month, 1)
            m_last = date(year, month, monthrange(year, month)[1])
            pay = sum(r["pay_fen"] for r in team.staff if self._active(r, m_first, m_last))
            on = date(year, month, self.rng.randint(3, 10))
            receipts.append((on, FundingSource.FISCAL, FundingPurpose.PAY, pay, f"{year}年{month}月社区工作者报酬"))
        return receipts

    # --- facilities ------------------------------------------------------------------

    def facilities(self) -> list[Row]:
        rows: list[Row] = []
        for name, ftype, area_class, low, high in pools.CORE_FACILITIES:
            big = ftype in ("office", "service_center")
            rows.append(
                self.add(
                    models.Facility,
                    {
                        "name": name,
                        "facility_type": ftype,
                        "area_m2": float(self.rng.randint(low, high)) + self.pick((0.0, 0.5)),
                        "area_class": area_class,
                        "acquisition": self.pick(("allocation", "new_build", "renovation", "development"))
                        if big
                        else self.pick(("allocation", "renovation", "partner", "lease")),
                        "fund_higher_fen": self.fen(300000, 800000, 10000) if big else self.fen(0, 60000, 5000),
                        "fund_local_fen": self.fen(200000, 500000, 10000) if big else self.fen(0, 40000, 5000),
                        "fund_paired_fen": self.fen(50000, 150000, 10000) if big else self.fen(0, 20000, 5000),
                        "fund_street_fen": self.fen(20000, 80000, 10000) if big else self.fen(0, 10000, 5000),
                        "in_use_since": self.day_between(date(2012, 6, 1), date(2019, 12, 31)),
                        "opening_hours": self.pick(pools.OPENING_HOURS),
                        "computers": self.rng.randint(3, 10) if big else self.rng.randint(0, 2),
                        "has_network": True,
                        "has_display": big or ftype == "party_room",
                        "status": "in_use",
                        "note": f"位于胜利路118号{self.pick(('一楼', '二楼', '一楼东侧', '二楼西侧'))}",
                    },
                )
            )
        extra = self.rng.randint(1, 2) + (self.scale - 1) // 4
        for i in range(extra):
            if i < len(pools.EXTRA_FACILITIES) - 1:
                name = pools.EXTRA_FACILITIES[i]
            else:
                name = f"第{chinese_number(i - len(pools.EXTRA_FACILITIES) + 2)}网格服务站"
            newest = i == extra - 1
            rows.append(
                self.add(
                    models.Facility,
                    {
                        "name": name,
                        "facility_type": "other_service",
                        "area_m2": float(self.rng.randint(30, 120)),
                        "area_class": "service",
                        "acquisition": self.pick(("renovation", "partner", "lease", "development", "property_swap")),
                        "fund_higher_fen": self.fen(0, 100000, 5000),
                        "fund_local_fen": self.fen(0, 60000, 5000),
                        "fund_paired_fen": self.fen(0, 40000, 5000),
                        "fund_street_fen": self.fen(0, 20000, 5000),
                        "in_use_since": self.day_between(date(self.years[1], 3, 1), date(self.years[1], 10, 31))
                        if newest
                        else self.day_between(date(2015, 1, 1), date(self.years[0] - 1, 12, 31)),
                        "opening_hours": self.pick(pools.OPENING_HOURS),
                        "computers": self.rng.randint(0, 2),
                        "has_network": self.chance(0.8),
                        "has_display": self.chance(0.3),
                        "status": "in_use",
                        "note": "",
                    },
                )
            )
        return rows

    # --- party organizations and members ---------------------------------------------

    def party_orgs(self, secretary: str) -> tuple[list[Row], Row | None]:
        """The committee and its branches; the branches and the retired members' branch."""
        committee = self.add(
            models.PartyOrg,
            {
                "name": f"中共{DEMO_OFFICE_NAME}委员会",
                "org_type": PartyOrgType.COMMITTEE.value,
                "branch_kind": None,
                "parent_id": None,
                "secretary": secretary,
                "founded_on": date(2012, 7, 1),
                "note": "",
            },
        )
        templates = [
            ("第一网格党支部", "geographic"),
            ("第二网格党支部", "geographic"),
            ("离退休党员党支部", "geographic"),
            ("文体志愿服务党支部", "interest"),
            ("非公企业联合党支部", "occupational"),
        ]
        count = self.rng.randint(3, 5) + (self.scale - 1) // 3
        chosen = templates[:3] + self.rng.sample(templates[3:], min(2, max(0, count - 3)))
        for i in range(len(chosen), count):
            chosen.append((f"第{chinese_number(i)}网格党支部", "geographic"))
        branches: list[Row] = []
        retired: Row | None = None
        for name, kind in chosen:
            row = self.add(
                models.PartyOrg,
                {
                    "name": f"{DEMO_OFFICE_NAME}{name}",
                    "org_type": PartyOrgType.BRANCH.value,
                    "branch_kind": kind,
                    "parent_id": committee["id"],
                    "secretary": "",  # the branch secretary is chosen among its members
                    "founded_on": self.day_between(date(2012, 7, 1), date(2020, 6, 30)),
                    "note": "",
                },
            )
            if name == "离退休党员党支部":
                retired = row
            else:
                branches.append(row)
        return branches, retired

    def party_members(self, branches: list[Row], retired_branch: Row | None) -> list[Row]:
        count = 120 * self.scale
        forced = self.forced_at(count, pools.FORCED_MEMBERS)
        categories = ("employed", "without_post", "retired", "mobile")
        weights = list(accumulate((34, 18, 38, 10)))
        births = {
            "employed": (1968, 2000),
            "without_post": (1958, 1998),
            "retired": (1938, 1964),
            "mobile": (1975, 2001),
        }
        posts = {cat: sorted(POSTS_BY_CATEGORY[cat]) for cat in categories}
        today = self.today
        members: list[Row] = []
        by_branch: dict[str, list[Row]] = {}
        for i in range(count):
            category = categories[bisect_right(weights, self.rng.random() * weights[-1])]
            person = self.person(*births[category], forced=forced.get(i))
            adult = person.birth_date + timedelta(days=365 * 20)
            probationary = adult < today - timedelta(days=400) and self.chance(0.04)
            if probationary:
                joined = self.day_between(today - timedelta(days=330), today - timedelta(days=20))
            else:
                latest = min(person.birth_date + timedelta(days=365 * 50), today - timedelta(days=400))
                joined = self.day_between(adult, max(adult, latest))
            registered = self.day_between(max(joined, date(2015, 3, 1)), today - timedelta(days=10))
            if category == "employed":
                work = self.pick(pools.WORK_UNITS)
            elif category == "retired":
                work = f"原{self.pick(pools.WORK_UNITS)}（已退休）"
            elif category == "mobile":
                work = f"外出务工（{self.pick(pools.MOBILE_PLACES)}）"
            else:
                work = self.pick(pools.OTHER_WORK)
            if category == "retired" and retired_branch is not None and self.chance(0.8):
                branch = retired_branch
            else:
                branch = self.pick(branches)
            member = self.add(
                models.PartyMember,
                {
                    "name": person.name,
                    "gender": person.gender,
                    "id_number": person.id_number,
                    "birth_date": person.birth_date,
                    "ethnicity": person.ethnicity,
                    "education": self.education(person.birth_date.year),
                    "joined_on": joined,
                    "membership": "probationary" if probationary else "full",
                    "category": category,
                    "work_unit": work,
                    "org_id": branch["id"],
                    "registered_on": registered,
                    "phone": self.mobile(),
                    "address": self.address(),
                    "note": "组织关系在本社区，定期线上参加组织生活" if category == "mobile" else "",
                },
            )
            members.append(member)
            by_branch.setdefault(branch["id"], []).append(member)
            allowed = posts[category]
            if allowed and self.chance(0.88):
                k = 1 if self.chance(0.65) else min(len(allowed), self.rng.randint(2, 3))
                for post in self.rng.sample(allowed, k):
                    claimed = self.day_between(registered, today - timedelta(days=5))
                    ended = None
                    if self.chance(0.1) and claimed < today - timedelta(days=60):
                        ended = self.day_between(claimed + timedelta(days=30), today - timedelta(days=1))
                    self.add(
                        models.MemberPostClaim,
                        {"member_id": member["id"], "post": post, "claimed_on": claimed, "ended_on": ended, "note": ""},
                    )
        for org in [*branches, retired_branch]:
            if org is None:
                continue
            candidates = [m for m in by_branch.get(org["id"], []) if m["membership"] == "full"]
            if candidates:
                org["secretary"] = self.pick(candidates)["name"]
        return members

    # --- residents, volunteers, partner units, pairings ------------------------------

    def residents(self) -> list[Row]:
        count = 75 * self.scale
        forced = self.forced_at(count, pools.FORCED_RESIDENTS)
        weights = list(accumulate(kind[1] for kind in _RESIDENT_KINDS))
        rows: list[Row] = []
        for i in range(count):
            category, _, born, needs = _RESIDENT_KINDS[bisect_right(weights, self.rng.random() * weights[-1])]
            person = self.person(*born, forced=forced.get(i))
            chosen = self.rng.sample(needs, self.rng.randint(1, min(2, len(needs))))
            roll = self.rng.random()
            if roll < 0.8:
                status = "active"
            elif roll < 0.9:
                status = "ended"
            elif roll < 0.95:
                status = "moved_away"
            else:
                status = "deceased" if born[0] < 1960 else "ended"
            note = ""
            if category == "left_behind_child":
                guardian = self.name("female", "han" if person.ethnicity != "mongol" else "mongol")
                note = f"父母在{self.pick(pools.MOBILE_PLACES)}务工，监护人：祖母{guardian}"
            rows.append(
                self.add(
                    models.Resident,
                    {
                        "name": person.name,
                        "gender": person.gender,
                        "id_number": person.id_number,
                        "birth_date": person.birth_date,
                        "category": category,
                        "address": self.address(),
                        "phone": self.landline() if born[0] < 1950 and self.chance(0.5) else self.mobile(),
                        "needs": join_codes(chosen),
                        "status": status,
                        "note": note,
                    },
                )
            )
        return rows

    def volunteers(self, members: list[Row]) -> list[Row]:
        count = 50 * self.scale
        eligible = [m for m in members if m["category"] != "mobile"]
        linked_count = min(int(count * 0.3), len(eligible))
        linked = self.rng.sample(eligible, linked_count)
        positions = set(self.rng.sample(range(count), linked_count))
        free = [i for i in range(count) if i not in positions]
        forced = self.forced_at_positions(free, pools.FORCED_VOLUNTEERS)
        rows: list[Row] = []
        link_iter = iter(linked)
        for i in range(count):
            if i in positions:
                member = next(link_iter)
                name, gender, id_number, phone = member["name"], member["gender"], member["id_number"], member["phone"]
                member_id: str | None = member["id"]
                team = self.pick(("红色先锋志愿服务队", "红色先锋志愿服务队", *pools.VOLUNTEER_TEAMS))
                joined = self.day_between(member["registered_on"], self.today - timedelta(days=5))
            else:
                person = self.person(1950, 2005, forced=forced.get(i))
                name, gender, id_number, phone = person.name, person.gender, person.id_number, self.mobile()
                member_id = None
                team = self.pick(pools.VOLUNTEER_TEAMS[1:])
                joined = self.day_between(date(2016, 1, 1), self.today - timedelta(days=5))
            skills = "、".join(self.rng.sample(pools.VOLUNTEER_SKILLS, self.rng.randint(1, 2)))
            rows.append(
                self.add(
                    models.Volunteer,
                    {
                        "name": name,
                        "gender": gender,
                        "id_number": id_number,
                        "phone": phone,
                        "team": team,
                        "member_id": member_id,
                        "skills": skills,
                        "joined_on": joined,
                        "note": "",
                    },
                )
            )
        return rows

    def partner_units(self) -> list[Row]:
        count = 10 + (self.scale - 1) // 3
        must = list(pools.PARTNER_UNITS[:5])
        rest = self.rng.sample(pools.PARTNER_UNITS[5:], min(len(pools.PARTNER_UNITS) - 5, max(0, count - 5)))
        specs = must + rest
        names = {spec[0] for spec in specs}
        while len(specs) < count:
            industry, kind = self.pick(pools.UNIT_INDUSTRIES)
            name = f"巴彦淖尔市{self.pick(pools.UNIT_TRADE_NAMES)}{industry}"
            if name in names:
                name = f"巴彦淖尔市{self.pick(pools.UNIT_TRADE_NAMES)}{self.pick(pools.UNIT_TRADE_NAMES)}{industry}"
                if name in names:
                    continue
            names.add(name)
            specs.append((name, kind, self.chance(0.6)))
        support_codes = ("policy", "technology", "materials", "funds", "information", "venue")
        rows: list[Row] = []
        for name, kind, has_org in specs:
            opened: list[str] = []
            if kind == "school":
                opened = ["education", "sports"]
            elif kind in ("government", "social_org") and self.chance(0.4):
                opened = ["culture"]
            elif self.chance(0.2):
                opened = [self.pick(("culture", "sports"))]
            contact = self.person(1970, 1992)
            rows.append(
                self.add(
                    models.PartnerUnit,
                    {
                        "name": name,
                        "unit_kind": kind,
                        "has_party_org": has_org,
                        "contact_person": contact.name,
                        "phone": self.landline() if self.chance(0.5) else self.mobile(),
                        "agreement_date": self.day_between(date(2016, 3, 1), date(self.years[1], 6, 30)),
                        "support_kinds": join_codes(self.rng.sample(support_codes, self.rng.randint(1, 3))),
                        "opened_facilities": join_codes(opened),
                        "note": "",
                    },
                )
            )
        return rows

    def contributions(self, units: list[Row]) -> None:
        for _ in range(30 * self.scale):
            unit = self.pick(units)
            what, low, high = self.pick(pools.CONTRIBUTIONS[unit["unit_kind"]])
            self.add(
                models.Contribution,
                {
                    "unit_id": unit["id"],
                    "given_on": self.day_between(max(self.start, unit["agreement_date"]), self.today),
                    "description": what,
                    "value_fen": self.fen(low, high) if high else 0,
                    "note": "",
                },
            )

    def pairings(self, residents: list[Row], volunteers: list[Row], members: list[Row], units: list[Row]) -> None:
        today = self.today
        helpers = [m for m in members if m["category"] != "mobile"]
        earliest = self.start - timedelta(days=120)
        for _ in range(60 * self.scale):
            resident = self.pick(residents)
            roll = self.rng.random()
            values: Row = {"volunteer_id": None, "member_id": None, "unit_id": None}
            if roll < 0.4:
                values.update(helper_kind="volunteer", volunteer_id=self.pick(volunteers)["id"])
            elif roll < 0.85:
                values.update(helper_kind="party_member", member_id=self.pick(helpers)["id"])
            else:
                values.update(helper_kind="partner_unit", unit_id=self.pick(units)["id"])
            needs = resident["needs"].split(",")
            need = self.pick(needs)
            help_kind = _HELP_FOR_NEED[need]
            if resident["category"] == "left_behind_child" and need == "other":
                help_kind = "education"
            start = self.day_between(earliest, today - timedelta(days=30))
            end: date | None = None
            roll = self.rng.random()
            if resident["status"] != "active" or roll < 0.35:
                status = "completed"
                end = min(start + timedelta(days=self.rng.randint(120, 540)), today - timedelta(days=1))
            elif roll < 0.45:
                status = "suspended"
                end = min(start + timedelta(days=self.rng.randint(30, 200)), today - timedelta(days=1))
            else:
                status = "active"
            values.update(
                resident_id=resident["id"], start_date=start, end_date=end, help_kind=help_kind, status=status, note=""
            )
            pairing = self.add(models.Pairing, values)
            last = end or today
            contents = pools.VISIT_CONTENTS[help_kind]
            days = sorted(self.day_between(start, last) for _ in range(self.rng.randint(5, 8)))
            for day in days:
                self.add(
                    models.Visit,
                    {
                        "pairing_id": pairing["id"],
                        "visited_on": day,
                        "content": self.pick(contents),
                        "hours": self.rng.randint(1, 8) / 2,
                        "result": self.pick(pools.VISIT_RESULTS),
                    },
                )

    # --- activities and awards -------------------------------------------------------

    def activities(self, facilities: list[Row], units: list[Row]) -> None:
        today = self.today
        by_month: dict[int, list[tuple[str, str, str, tuple[int, ...]]]] = {
            month: [a for a in pools.ACTIVITIES if not a[3] or month in a[3]] for month in range(1, 13)
        }
        year, month = self.start.year, self.start.month
        while date(year, month, 1) <= today:
            first = date(year, month, 1)
            last = min(date(year, month, monthrange(year, month)[1]), today)
            in_use = [f for f in facilities if f["in_use_since"] is not None and f["in_use_since"] <= first]
            by_type: dict[str, list[Row]] = {}
            for facility in in_use:
                by_type.setdefault(facility["facility_type"], []).append(facility)
            partners = [u for u in units if u["agreement_date"] <= last] or units
            count = self.rng.randint(6 * self.scale, 9 * self.scale)
            count = max(1, round(count * ((last - first).days + 1) / monthrange(year, month)[1]))
            for _ in range(count):
                title, kind, topic, _months = self.pick(by_month[month])
                outdoor = kind in _OUTDOOR_KINDS and self.chance(0.3)
                venue: Row | None = None
                if not outdoor:
                    options = by_type.get(self.pick(_VENUES[kind])) or by_type["service_center"]
                    venue = self.pick(options)
                low, high = _PARTICIPANTS[kind]
                participants = self.rng.randint(low, high)
                member_share = self.rng.uniform(0.8, 1.0) if kind == "party_day" else self.rng.uniform(0.1, 0.4)
                if kind == "job_training":
                    done = participants - self.rng.randint(0, 3)
                    outcome = f"{done}人结业，{self.rng.randint(3, max(3, done // 2))}人实现再就业"
                elif kind == "evaluation":
                    outcome = f"评选出{self.rng.randint(5, 20)}户先进典型"
                else:
                    outcome = self.pick(pools.ACTIVITY_OUTCOMES.get(kind, pools.ACTIVITY_OUTCOMES["other"]))
                if kind == "convenience":
                    form: str | None = self.pick(("staggered_hours", "appointment", "service_card", "home_visit"))
                elif kind == "volunteer_service":
                    form = self.pick(("home_visit", "staggered_hours", None))
                else:
                    form = "staggered_hours" if self.chance(0.1) else None
                who = {"party_day": "党员", "symposium": "居民代表和驻区单位代表", "training": "学员"}.get(kind, "居民")
                place = venue["name"] if venue is not None else self.pick(pools.OUTDOOR_PLACES)
                activity = self.add(
                    models.Activity,
                    {
                        "held_on": self.day_between(first, last),
                        "title": title,
                        "activity_kind": kind,
                        "topic": topic or None,
                        "service_form": form,
                        "venue_id": venue["id"] if venue is not None else None,
                        "participants": participants,
                        "member_participants": int(participants * member_share),
                        "outcome": outcome,
                        "description": f"在{place}开展{title}，{participants}名{who}参加。",
                    },
                )
                if self.chance(0.3):
                    for unit in self.rng.sample(partners, min(len(partners), self.rng.randint(1, 2))):
                        self.add(models.ActivityPartner, {"activity_id": activity["id"], "unit_id": unit["id"]})
            month += 1
            if month > 12:
                year, month = year + 1, 1

    def awards(self, members: list[Row], people: list[Row]) -> None:
        levels = {
            "文明社区": ("city", "region"),
            "文明市民": ("city", "district"),
            "安全示范小区": ("district", "city"),
            "民族团结进步示范社区": ("city", "region", "district"),
            "五星级基层党组织": ("district", "city"),
        }
        drawn: list[tuple[str, str, str]] = []
        for _ in range(self.scale):  # each title once per scale unit
            drawn.extend(self.rng.sample(pools.AWARDS, len(pools.AWARDS)))
        for title, kind, target in drawn:
            year = self.pick(self.years)
            if target == "office":
                awardee = f"{DEMO_OFFICE_NAME}党委" if "党组织" in title else DEMO_OFFICE_NAME
            elif target == "compound":
                awardee = self.pick(pools.COMPOUNDS)
            elif title == "优秀共产党员":
                awardee = self.pick(members)["name"]
            else:
                awardee = self.pick(people)["name"]
            self.add(
                models.Award,
                {
                    "title": title,
                    "award_kind": kind,
                    "year": year,
                    "awardee": awardee,
                    "level": self.pick(levels.get(title, ("street", "district", "city"))),
                    "note": f"{year}年度{title}",
                },
            )

    # --- everything ------------------------------------------------------------------

    def build(self) -> None:
        self.office()
        teams, secretary, filler = self.staff()
        office = self.rows[models.Office][0]
        office["contact_person"] = secretary["name"]
        self.operators(secretary["name"], filler["name"])
        self.standards()
        units = self.partner_units()
        self.funding(teams, [u["name"] for u in units])
        facilities = self.facilities()
        branches, retired = self.party_orgs(secretary["name"])
        members = self.party_members(branches, retired)
        residents = self.residents()
        volunteers = self.volunteers(members)
        self.contributions(units)
        self.pairings(residents, volunteers, members, units)
        self.activities(facilities, units)
        self.awards(members, members + volunteers)

    def audit_rows(self) -> list[Row]:
        rows: list[Row] = []
        for model in _INSERT_ORDER:
            table_name = str(model.__tablename__)
            for record in self.rows[model]:
                rows.append(
                    {
                        "id": self.new_id(),
                        "office_code": DEMO_OFFICE_CODE,
                        "at": self.stamp,
                        "operator_id": None,
                        "operator_name": SYSTEM_NAME,
                        "action": AuditAction.CREATE.value,
                        "table_name": table_name,
                        "record_id": record["id"],
                        "field": "",
                        "old_value": None,
                        "new_value": None,
                        "reason": DEMO_REASON,
                    }
                )
        return rows


def build_demo(
    store: Store,
    *,
    scale: int = 1,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Fill an empty store with the demo office; the number of records per kind key.

    Raises :class:`OfficeExists` (writing nothing) when the store already has an office.
    ``scale`` multiplies the volumes (1: a typical office, about 1,700 records of which
    about 1,300 in the counted ledgers; 100: about 165,000 and 126,000). The history runs
    from 1 January two years before ``today`` (default: today in Asia/Shanghai) to ``today``.
    Same ``seed`` and ``today`` give the same data, record ids included.
    """
    if scale < 1:
        raise ValueError("scale must be at least 1")
    when = today or local_today()
    with store.engine.begin() as connection:
        existing = connection.execute(select(_table(models.Office).c.code).limit(1)).scalar()
        if existing is not None:
            raise OfficeExists(str(existing), str(store.data_dir))
        builder = _Builder(scale, seed, when)
        builder.build()
        audit = builder.audit_rows()
        number_rows(connection, audit)  # the office's change sequence (db.audit)
        batches: list[tuple[Table, list[Row]]] = [(_table(m), builder.rows[m]) for m in _INSERT_ORDER]
        batches.append((_table(models.AuditEntry), audit))
        total = sum(len(rows) for _, rows in batches)
        done = 0
        if progress is not None:
            progress(0, total)
        for table, rows in batches:
            for offset in range(0, len(rows), BATCH_SIZE):
                chunk = [with_sort_keys(table, row) for row in rows[offset : offset + BATCH_SIZE]]
                connection.execute(table.insert(), chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
    return {kind.key: len(builder.rows[kind.model]) for kind in KINDS}
