"""The city's standards (城市标准) as data with effective dates, and which are in force.

The city may change a standard or add one; a return is judged by the standards in force
for its period. The defaults below come from the city's published rules (see
``docs/domain.md`` in the shared folder) and are written into each new office database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Protocol

from db.enums import FacilityType, split_codes
from db.periods import Period

if TYPE_CHECKING:  # the models load in the functions that read or make records (see db.compliance)
    from sqlmodel import Session

    from db.models import CityStandard

STREET_WORKER_FUNDING = "street_worker_funding"
COMMUNITY_WORKER_FUNDING = "community_worker_funding"
OFFICE_AREA = "office_area"
SERVICE_AREA = "service_area"
ONE_CENTRE_THREE_ROOMS = "one_centre_three_rooms"

DEFAULTS_EFFECTIVE_FROM = date(2012, 1, 1)


@dataclass(frozen=True)
class StandardDefault:
    key: str
    value: str
    unit: str
    title: str
    source_text: str


DEFAULT_STANDARDS: tuple[StandardDefault, ...] = (
    StandardDefault(
        STREET_WORKER_FUNDING, "10000", "元/人·年", "街道(镇)工作者经费保障标准", "街道(镇)工作者每人每年不低于1万元"
    ),
    StandardDefault(
        COMMUNITY_WORKER_FUNDING, "8000", "元/人·年", "社区工作者经费保障标准", "社区工作者每人每年不低于8000元"
    ),
    StandardDefault(OFFICE_AREA, "120", "平方米", "办公用房面积", "办公用房达到120平米以上"),
    StandardDefault(SERVICE_AREA, "300", "平方米", "服务(活动)用房面积", "服务(活动)用房达到300平米以上"),
    StandardDefault(
        ONE_CENTRE_THREE_ROOMS,
        ",".join(
            (FacilityType.SERVICE_CENTER, FacilityType.SPORTS_ROOM, FacilityType.CLINIC, FacilityType.POLICE_ROOM)
        ),
        "",
        "“一个中心、三个室”",
        "社区服务中心、社区文体活动室、社区卫生服务室、社区警务室",
    ),
)


def default_standard_records(office_code: str) -> list[CityStandard]:
    """The default standards as new records for an office database."""
    from db.models import CityStandard

    return [
        CityStandard(
            office_code=office_code,
            key=item.key,
            value=item.value,
            unit=item.unit,
            effective_from=DEFAULTS_EFFECTIVE_FROM,
            title=item.title,
            source_text=item.source_text,
        )
        for item in DEFAULT_STANDARDS
    ]


@dataclass(frozen=True)
class StandardInForce:
    """A standard as it applies to one period."""

    key: str
    value: str
    unit: str
    title: str
    effective_from: date

    @property
    def number(self) -> Decimal:
        """The threshold as an exact number; ValueError when the value is not one."""
        try:
            return Decimal(self.value)
        except InvalidOperation as exc:
            raise ValueError(f"standard {self.key} is not a number: {self.value!r}") from exc

    @property
    def codes(self) -> list[str]:
        """The value as a list of codes (for list standards)."""
        return split_codes(self.value)


class StandardRow(Protocol):
    """What :func:`select_in_force` reads of a standard: a :class:`db.models.CityStandard`, or a
    plain row with the same fields (``shequ stats`` reads them with the standard library)."""

    @property
    def key(self) -> str: ...
    @property
    def value(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def effective_from(self) -> date: ...
    @property
    def effective_to(self) -> date | None: ...
    @property
    def deleted_at(self) -> object: ...


def select_in_force(rows: Iterable[StandardRow], period: Period) -> dict[str, StandardInForce]:
    """For each key, the standard in force for ``period``: the latest that took effect by the
    period's end and had not ended before its start. Tombstoned rows are ignored."""
    chosen: dict[str, StandardRow] = {}
    for row in rows:
        if row.deleted_at is not None or row.effective_from > period.end:
            continue
        if row.effective_to is not None and row.effective_to < period.start:
            continue
        current = chosen.get(row.key)
        if current is None or row.effective_from > current.effective_from:
            chosen[row.key] = row
    return {
        key: StandardInForce(row.key, row.value, row.unit, row.title, row.effective_from) for key, row in chosen.items()
    }


def standards_in_force(session: Session, period: Period) -> dict[str, StandardInForce]:
    """The standards in force for ``period``, read from the database."""
    from sqlmodel import col, select

    from db.models import CityStandard

    rows = session.exec(select(CityStandard).where(col(CityStandard.deleted_at).is_(None))).all()
    return select_in_force(rows, period)
