"""Offices for the tests: the office code every test installation uses and the builders of
small offices typed in record by record (real SQLite, nothing mocked).

- :func:`add_sample_ledgers`: records in every listed ledger (the record table, the main window, filters);
- :func:`sample_office`: that office in a data folder of its own (start-up tests);
- :func:`make_office`: an office with several operators (sign-in and start-up tests);
- :func:`add_base_records`: the records the editor tests link to (:class:`Base`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import select

from db.audit import Actor, LedgerSession, tombstone
from db.enums import OperatorRole
from db.models import (
    Activity,
    Award,
    Facility,
    Funding,
    Pairing,
    PartnerUnit,
    PartyMember,
    PartyOrg,
    Resident,
    Staff,
    SyncedRecord,
    Visit,
    Volunteer,
)
from db.office import OfficeSetup, create_office
from db.operators import active_operators, add_operator
from db.store import Store, open_store
from db.validation import check_digit

OFFICE_CODE = "150802001001"
"""The office code of the test installations (胜利社区 or another name, 巴彦淖尔市临河区)."""


def id_number(region: str, birth: str, sequence: str) -> str:
    """A valid ID number: 6-digit region, 8-digit birth date, 3-digit sequence and its check digit."""
    first17 = region + birth + sequence
    return first17 + check_digit(first17)


def add_sample_ledgers(store: Store, session: LedgerSession) -> dict[str, str]:
    """A small office with records in every listed ledger; some record ids by name."""
    create_office(store, OfficeSetup(OFFICE_CODE, "胜利社区", street="胜利街道", district="临河区"))
    committee = PartyOrg(office_code=OFFICE_CODE, name="胜利社区党委", org_type="committee", secretary="张三")
    session.add(committee)
    session.flush()
    branch = PartyOrg(
        office_code=OFFICE_CODE, name="第一党支部", org_type="branch", branch_kind="geographic", parent_id=committee.id
    )
    session.add(branch)
    session.flush()
    staff = [
        Staff(
            office_code=OFFICE_CODE,
            name="张三",
            gender="male",
            id_number="150802198001011234",
            phone="13904781234",
            position="secretary",
            secretary_director_one=True,
            pay_fen=350050,
            start_date=date(2020, 3, 1),
            pension_insurance=True,
        ),
        Staff(office_code=OFFICE_CODE, name="李四", gender="female", phone="13804785678", position="director"),
        Staff(office_code=OFFICE_CODE, name="巴特尔", gender="male", ethnicity="mongol", position="grid_worker"),
        Staff(office_code=OFFICE_CODE, name="张丽", gender="female", note="网格一组", position="full_time"),
    ]
    gone = Staff(office_code=OFFICE_CODE, name="张已删", gender="male", position="other")
    member = PartyMember(office_code=OFFICE_CODE, name="王芳", category="employed", org_id=branch.id, gender="female")
    session.add(member)
    session.flush()
    resident = Resident(office_code=OFFICE_CODE, name="赵大爷", category="elderly_alone", needs="medical,daily_care")
    volunteer = Volunteer(office_code=OFFICE_CODE, name="刘洋", team="红马甲志愿服务队", member_id=member.id)
    unit = PartnerUnit(
        office_code=OFFICE_CODE, name="临河区第一小学", unit_kind="school", support_kinds="venue,materials"
    )
    hall = Facility(
        office_code=OFFICE_CODE,
        name="社区服务中心",
        facility_type="service_center",
        area_m2=320.5,
        area_class="service",
        has_network=True,
    )
    session.add_all([*staff, gone, resident, volunteer, unit, hall])
    session.flush()
    session.add_all(
        [
            Funding(
                office_code=OFFICE_CODE,
                received_on=date(2026, 2, 1),
                fiscal_year=2026,
                source="fiscal",
                amount_fen=1234567,
                purpose="office",
            ),
            Funding(
                office_code=OFFICE_CODE,
                received_on=date(2026, 5, 1),
                fiscal_year=2026,
                source="party_dues",
                amount_fen=50000,
                purpose="activity",
            ),
            Pairing(
                office_code=OFFICE_CODE,
                resident_id=resident.id,
                helper_kind="volunteer",
                volunteer_id=volunteer.id,
                start_date=date(2026, 1, 5),
                help_kind="daily_life",
            ),
            Pairing(
                office_code=OFFICE_CODE,
                resident_id=resident.id,
                helper_kind="partner_unit",
                unit_id=unit.id,
                start_date=date(2026, 3, 5),
                help_kind="education",
            ),
            Activity(
                office_code=OFFICE_CODE,
                held_on=date(2026, 4, 1),
                title="主题党日",
                activity_kind="party_day",
                venue_id=hall.id,
                participants=40,
            ),
            Award(
                office_code=OFFICE_CODE, title="文明社区", award_kind="civic_community", year=2025, awardee="胜利社区"
            ),
        ]
    )
    session.commit()
    pairing = session.exec(select(Pairing).where(Pairing.help_kind == "daily_life")).one()
    session.add(
        Visit(
            office_code=OFFICE_CODE,
            pairing_id=pairing.id,
            visited_on=date(2026, 2, 1),
            content="上门打扫卫生",
            hours=2,
            result="老人满意",
        )
    )
    session.commit()
    tombstone(session, gone)
    session.commit()
    return {"张三": staff[0].id, "巴特尔": staff[2].id, "gone": gone.id, "committee": committee.id}


def sample_office(folder: Path) -> None:
    """A data folder at ``folder`` holding the office of :func:`add_sample_ledgers`."""
    with open_store(folder, create=True) as store, store.session() as session:
        session.info["actor"] = Actor("150802001001", None, "测试")
        add_sample_ledgers(store, session)


def make_office(folder: Path, admin_password: str | None = None, others: bool = True) -> None:
    """胜利社区 with 王玥 (管理员, optional password), 巴特尔 (填表人, none), 其其格 (负责人, "qqg2026")."""
    with open_store(folder, create=True) as store:
        create_office(store, OfficeSetup(OFFICE_CODE, "胜利社区"), admin_name="王玥", admin_password=admin_password)
        if others:
            with store.session() as session:
                admin = active_operators(session)[0]
                session.set_actor(Actor(OFFICE_CODE, admin.id, admin.name))
                add_operator(session, "巴特尔", OperatorRole.FILLER)
                add_operator(session, "其其格", OperatorRole.HEAD, "qqg2026")


@dataclass
class Base:
    """The ids of the records :func:`add_base_records` made, by key ("committee", "member", "staff", ...)."""

    ids: dict[str, str] = field(default_factory=dict)


EXISTING_ID = id_number("150802", "19800101", "123")
"""The ID number of 巴特尔, the worker :func:`add_base_records` makes (a second record with it is a duplicate)."""


def add_base_records(store: Store, session: LedgerSession) -> Base:
    """胜利社区 with the records the editor tests pick as links: the committee and a branch, 王芳 (a
    member without post), 赵大爷, 刘洋, a school, the service centre and 巴特尔 (ID :data:`EXISTING_ID`)."""
    create_office(store, OfficeSetup(OFFICE_CODE, "胜利社区", street="胜利街道", district="临河区"))
    committee = PartyOrg(office_code=OFFICE_CODE, name="胜利社区党委", org_type="committee")
    session.add(committee)
    session.flush()
    branch = PartyOrg(office_code=OFFICE_CODE, name="第一党支部", org_type="branch", parent_id=committee.id)
    member = PartyMember(office_code=OFFICE_CODE, name="王芳", category="without_post", gender="female")
    session.add_all([branch, member])
    session.flush()
    records: dict[str, SyncedRecord] = {
        "committee": committee,
        "branch": branch,
        "member": member,
        "resident": Resident(office_code=OFFICE_CODE, name="赵大爷", category="elderly_alone"),
        "volunteer": Volunteer(office_code=OFFICE_CODE, name="刘洋", team="红马甲"),
        "unit": PartnerUnit(office_code=OFFICE_CODE, name="临河区第一小学", unit_kind="school"),
        "hall": Facility(
            office_code=OFFICE_CODE,
            name="社区服务中心",
            facility_type="service_center",
            area_m2=320,
            area_class="service",
        ),
        "staff": Staff(office_code=OFFICE_CODE, name="巴特尔", id_number=EXISTING_ID, gender="male"),
    }
    session.add_all(records.values())
    session.commit()
    return Base({key: record.id for key, record in records.items()})
