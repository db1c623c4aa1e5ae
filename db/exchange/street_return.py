"""The street's consolidated return (街道汇总表): gathered, composed, signed by the street, written.

:func:`make_street_return` (also :func:`db.exchange.street_ledger.make_street_return`) reads the street's
view of its offices (:func:`db.exchange.city_status.street_status`: the city's roster, else the offices
the street's database knows), each office's latest return at the street (its signed figures, its street
and city states), the street's own staff, funding and standing (:mod:`db.exchange.street_standing`),
lays them out (:mod:`db.exchange.street_return_pdf`) and signs the PDF with the street's key and its
city-issued certificate (PAdES, the city root in the chain).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from db.enums import FundingPurpose, FundingSource, Gender, PayPeriod, StaffPosition
from db.exchange.street_standing import (
    StreetFunding,
    StreetStaff,
    StreetStanding,
    _money,
    _plain,
    street_funding,
    street_staff,
    street_standing,
)
from db.periods import Period

if TYPE_CHECKING:
    from db.exchange.street import StreetInstallation


def street_return_filename(street_code: str, period: Period) -> str:
    """``street-<street code>-<period>.pdf``: the street's consolidated return as written."""
    return f"street-{street_code}-{period.code}.pdf"


def _standing_block(standing: StreetStanding) -> Any:
    from db.exchange.street_return_pdf import StandingBlock

    lines = [
        ("在岗街道(镇)工作者", f"{standing.staff_count} 人（折合 {_plain(standing.worker_years)} 人·年）"),
        ("本期经费合计", f"{_money(Decimal(standing.funds_fen) / 100)} 元"),
        ("其中计入人均经费", f"{_money(Decimal(standing.operating_funds_fen) / 100)} 元（办公、活动和其他用途）"),
        ("人均经费", f"{_money(standing.per_worker)} 元/人·年" if standing.per_worker is not None else "—"),
    ]
    if standing.standard is not None:
        since = f"，{standing.standard_from.isoformat()} 起用" if standing.standard_from else ""
        lines.append(("标准", f"{standing.standard_title or '街道(镇)工作者经费保障标准'}：不低于 "
                              f"{_money(standing.standard)} 元/人·年{since}"))  # fmt: skip
    return StandingBlock(tuple(lines), standing.status, str(standing.reason))


def _span(first: date | None, last: date | None) -> str:
    if first is None and last is None:
        return ""
    return f"{first.isoformat() if first else '—'} 至 {last.isoformat() if last else '今'}"


def _staff_row(item: StreetStaff) -> tuple[str, ...]:
    """A worker as the return's table prints it: 姓名, 性别, 职务, 任职期间, 报酬."""
    per = "年" if item.pay_period == PayPeriod.YEAR.value else "月"
    pay = f"{_money(Decimal(item.pay_fen) / 100)}/{per}" if item.pay_fen else ""
    return (item.name, Gender.label_of(item.gender), StaffPosition.label_of(item.position),
            _span(item.start_date, item.end_date), pay)  # fmt: skip


def _funding_row(item: StreetFunding) -> tuple[str, ...]:
    """A receipt as the return's table prints it: 到账日期, 来源, 用途, 金额, 计入人均经费, 备注."""
    return (item.received_on.isoformat(), FundingSource.label_of(item.source), FundingPurpose.label_of(item.purpose),
            _money(Decimal(item.amount_fen) / 100), "是" if item.operating else "否", item.note)  # fmt: skip


def _office_columns(session: Session, rows: Any) -> list[Any]:
    """Each office of the street's view as the return prints it: its states and its latest return's figures."""
    from db.exchange.street_return_pdf import StreetReturnOffice, figures_of
    from db.models import ReturnSnapshot

    found = []
    for row in rows:
        snapshot = session.get(ReturnSnapshot, row.return_id) if row.return_id else None
        found.append(
            StreetReturnOffice(
                code=row.code,
                name=row.name or row.code,
                return_version=row.return_version,
                arrived_at=row.arrived_at,
                street_decision=row.street_decision,
                street_reason=row.street_reason,
                city_decision=row.decision,
                city_reason=row.decision_reason,
                state_label=row.state_label,
                figures=figures_of(snapshot.figures_json) if snapshot is not None else (),
            )
        )
    return found


def make_street_return(
    store: Any,
    street: StreetInstallation,
    passphrase: str,
    period: Period,
    out_dir: Path,
    *,
    now: Any = None,
) -> Path:
    """The street's consolidated return of ``period`` (街道汇总表), signed by the street (PAdES with the
    street's key and its city-issued certificate, the city root in the chain), written to ``out_dir``
    as :func:`street_return_filename`; the file's path.

    Its offices (:func:`db.exchange.city_status.street_status`: the city's roster, else the offices the
    street's database knows) side by side: each one's latest return at the street with its figures and
    its street and city state; then the street's own staff, funding and :func:`street_standing`. The
    passphrase is checked before anything is made (:class:`~db.exchange.street.StreetPassphraseWrong`);
    a street without its certificate is refused (:class:`~db.exchange.street_import.StreetNotCertified`)."""
    from db.exchange.city_status import street_status
    from db.exchange.street_import import StreetNotCertified
    from db.exchange.street_return_pdf import compose_street_return
    from db.fileio import write_atomic
    from db.returns.sign import SigningIdentity, sign_pdf
    from db.timeutil import utcnow

    city = street.city()
    if city is None or not street.certified():
        raise StreetNotCertified(str(street.data_dir))
    identity = SigningIdentity(street.key(passphrase), street.certificate(), [city.ca_certificate])
    moment = now or utcnow()
    code, name = street.code, street.name
    rows = street_status(store, code, period, street_name=name, compliance=False)
    with store.session() as session:
        offices = _office_columns(session, rows)
    standing = street_standing(store, code, period)
    staff = street_staff(store, code)
    in_post = [item for item in staff if period.overlap_days(item.start_date, item.end_date) > 0]
    funds = [item for item in street_funding(store, code) if period.start <= item.received_on <= period.end]
    pdf, _pages, page, box = compose_street_return(
        offices,
        period,
        street_code=code,
        street_name=name,
        made_at=moment,
        standing=_standing_block(standing),
        staff=[_staff_row(item) for item in in_post],
        funding=[_funding_row(item) for item in funds],
    )
    signed = sign_pdf(
        pdf,
        identity,
        page=page,
        box=box,
        office_name=name,
        signer_name=name,
        when=moment,
        reason="街道社区党建“三有一化”汇总表",
    )
    target = Path(out_dir) / street_return_filename(code, period)
    write_atomic(target, signed)
    return target
