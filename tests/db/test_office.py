"""Setting up an office, and operators."""

from __future__ import annotations

import pytest
from sqlmodel import select

from db.enums import OperatorRole
from db.errors import InvalidInput, OfficeExists
from db.models import AuditEntry, CityStandard, Office, Operator
from db.office import OfficeSetup, create_office, current_office
from db.operators import active_operators, check_password, new_operator
from db.standards import DEFAULT_STANDARDS


def test_create_office_writes_profile_standards_and_admin(store) -> None:
    office = create_office(store, OfficeSetup("150802001001", " 胜利社区 ", "车站街道", "临河区"))
    with store.session() as session:
        assert current_office(session) is not None
        assert office.name == "胜利社区" and office.office_code == "150802001001"
        standards = session.exec(select(CityStandard)).all()
        assert {s.key for s in standards} == {d.key for d in DEFAULT_STANDARDS}
        operators = active_operators(session)
        assert [(op.name, op.role) for op in operators] == [("管理员", "admin")]
        entries = session.exec(select(AuditEntry).where(AuditEntry.table_name == "office")).all()
        assert entries and all(e.reason == "建立社区" and e.operator_name == "系统" for e in entries)


def test_second_office_and_bad_values_are_refused(store) -> None:
    with pytest.raises(InvalidInput):
        create_office(store, OfficeSetup("1508", "胜利社区"))
    with store.session() as session:
        assert session.exec(select(Office)).all() == []
    create_office(store, OfficeSetup("150802001001", "胜利社区"))
    with pytest.raises(OfficeExists):
        create_office(store, OfficeSetup("150802001002", "团结社区"))


def test_passwords_are_argon2_hashes(session) -> None:
    secretary = new_operator("150802001001", "其其格", OperatorRole.HEAD, password="河套2026")
    clerk = new_operator("150802001001", "李昇", OperatorRole.FILLER)
    session.add_all([secretary, clerk])
    session.commit()
    stored = session.get(Operator, secretary.id)
    assert stored is not None and stored.password_hash is not None
    assert stored.password_hash.startswith("$argon2id$") and "河套2026" not in stored.password_hash
    assert check_password(stored, "河套2026")
    assert not check_password(stored, "河套2025")
    assert check_password(clerk, "")  # no password set: nothing to check
    assert [op.name for op in active_operators(session)] == ["其其格", "李昇"]
