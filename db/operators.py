"""Operators: the people who use the app, with an optional argon2-hashed password."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from db.enums import OperatorRole
from db.models import Operator

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """An argon2id hash of the password (salted; never the password itself)."""
    return _hasher.hash(password)


def check_password(operator: Operator, password: str) -> bool:
    """Whether ``password`` opens this operator; an operator without a password needs none."""
    if not operator.password_hash:
        return True
    try:
        return _hasher.verify(operator.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def new_operator(office_code: str, name: str, role: OperatorRole, password: str | None = None) -> Operator:
    """A new operator record (not yet added to a session)."""
    return Operator(
        office_code=office_code,
        name=name.strip(),
        role=role.value,
        password_hash=hash_password(password) if password else None,
    )


def active_operators(session: Session) -> list[Operator]:
    """Operators who may sign in, administrators first, then by name."""
    rows = session.exec(
        select(Operator).where(col(Operator.deleted_at).is_(None), col(Operator.active).is_(True))
    ).all()
    order = {OperatorRole.ADMIN.value: 0, OperatorRole.HEAD.value: 1, OperatorRole.FILLER.value: 2}
    return sorted(rows, key=lambda op: (order.get(op.role, 9), op.name))
