"""Managing operators: who may do what, and the rules that always hold."""

from __future__ import annotations

import pytest
from sqlmodel import select

from db.audit import Actor
from db.enums import OperatorRole
from db.errors import InvalidInput, NoOperator
from db.models import AuditEntry, Operator
from db.office import OfficeSetup, create_office
from db.operators import (
    LastAdministrator,
    NameInUse,
    NotAdministrator,
    NotYourself,
    OperatorGone,
    active_operators,
    add_operator,
    change_password,
    change_role,
    check_password,
    remove_operator,
)
from db.store import Store

OFFICE = "150802001001"


def as_actor(operator: Operator) -> Actor:
    return Actor(OFFICE, operator.id, operator.name)


def operator_named(store: Store, name: str) -> Operator:
    with store.session() as session:
        return next(op for op in active_operators(session) if op.name == name)


@pytest.fixture
def admin(store: Store) -> Operator:
    create_office(store, OfficeSetup(OFFICE, "胜利社区"), admin_name="王玥", admin_password="河套2026")
    return operator_named(store, "王玥")


def test_create_office_names_the_first_administrator(store: Store, admin: Operator) -> None:
    assert admin.role == "admin"
    assert admin.password_hash is not None and admin.password_hash.startswith("$argon2id$")
    assert check_password(admin, "河套2026")
    with pytest.raises(InvalidInput, match="管理员的姓名"):
        create_office(store, OfficeSetup("150802001002", "团结社区"), admin_name="  ")


def test_administrator_adds_changes_and_removes(store: Store, admin: Operator) -> None:
    with store.session(as_actor(admin)) as session:
        clerk = add_operator(session, " 巴特尔 ", OperatorRole.FILLER, "abc123")
        add_operator(session, "其其格", OperatorRole.HEAD)
        assert clerk.name == "巴特尔" and clerk.password_hash and clerk.password_hash.startswith("$argon2id$")
        change_password(session, clerk.id, None)
        change_role(session, clerk.id, OperatorRole.HEAD)
        remove_operator(session, clerk.id, reason="调走")
    with store.session() as session:
        assert [op.name for op in active_operators(session)] == ["王玥", "其其格"]
        gone = session.get(Operator, clerk.id)
        assert gone is not None and gone.deleted_at is not None  # a tombstone, not a hard delete
        assert gone.password_hash is None and gone.role == "head"
        entries = session.exec(select(AuditEntry).where(AuditEntry.record_id == clerk.id)).all()
        assert {e.action for e in entries} == {"create", "update", "delete"}
        assert all(e.operator_name == "王玥" for e in entries)
        assert "abc123" not in " ".join(str(e.new_value) for e in entries)


def test_names_are_unique_among_active_operators(store: Store, admin: Operator) -> None:
    with store.session(as_actor(admin)) as session:
        first = add_operator(session, "李昇", OperatorRole.FILLER)
        with pytest.raises(NameInUse, match="李昇"):
            add_operator(session, "李昇 ", OperatorRole.HEAD)
        with pytest.raises(InvalidInput, match="请填写姓名"):
            add_operator(session, " ", OperatorRole.HEAD)
        remove_operator(session, first.id)
        add_operator(session, "李昇", OperatorRole.HEAD)  # the name is free again


def test_one_administrator_always_remains(store: Store, admin: Operator) -> None:
    with store.session(as_actor(admin)) as session:
        with pytest.raises(LastAdministrator, match="最后一位管理员"):
            remove_operator(session, admin.id)
        with pytest.raises(LastAdministrator):
            change_role(session, admin.id, OperatorRole.FILLER)
        second = add_operator(session, "其其格", OperatorRole.ADMIN)
        with pytest.raises(NotYourself):
            remove_operator(session, admin.id)
        remove_operator(session, second.id)
        with pytest.raises(OperatorGone):
            change_password(session, second.id, "x")
    assert [op.role for op in [operator_named(store, "王玥")]] == ["admin"]


def test_only_administrators_manage(store: Store, admin: Operator) -> None:
    with store.session(as_actor(admin)) as session:
        clerk = add_operator(session, "巴特尔", OperatorRole.HEAD)
    with store.session(as_actor(clerk)) as session:
        with pytest.raises(NotAdministrator):
            add_operator(session, "张三", OperatorRole.FILLER)
        with pytest.raises(NotAdministrator):
            remove_operator(session, admin.id)
        with pytest.raises(NotAdministrator):
            change_role(session, clerk.id, OperatorRole.ADMIN)
        with pytest.raises(NotAdministrator):
            change_password(session, admin.id, "x")
        change_password(session, clerk.id, "我的密码")  # one's own password is fine
    assert check_password(operator_named(store, "巴特尔"), "我的密码")
    with store.session() as session, pytest.raises(NoOperator):
        add_operator(session, "张三", OperatorRole.FILLER)
