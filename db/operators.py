"""Operators: the people who use the app, with an optional argon2-hashed password, and the
rules for managing them."""

from __future__ import annotations

from typing import Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from db.audit import LedgerSession
from db.enums import OperatorRole
from db.errors import InvalidInput, NoOperator, ShequError
from db.folder import ROLE_ORDER
from db.models import Operator
from db.ops import delete_record
from db.validation import validate_values

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """An argon2id hash of the password (salted; never the password itself)."""
    return _hasher.hash(password)


class HasPassword(Protocol):
    """An operator as checking a password needs it: :class:`Operator`, :class:`OperatorInfo` (read
    before the data layer has loaded) or anything else that carries the hash."""

    @property
    def password_hash(self) -> str | None: ...


def check_password(operator: HasPassword, password: str) -> bool:
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
    return sorted(rows, key=lambda op: (ROLE_ORDER.get(op.role, 9), op.name))


# ---------------------------------------------------------------------------------------
# Managing operators: one operation per action, each committing its own transaction.
#
# The rules: only an administrator adds, removes or changes other operators (anyone may
# change their own password); names are unique among active operators; at least one
# active administrator always remains; nobody removes themselves or changes their own role
# (another administrator does that). Removing is a tombstone, so the audit log keeps the
# name of everyone who ever changed a record.


class OperatorRuleError(ShequError):
    """A change to the operators that the rules refuse; the message says what to do."""


class NotAdministrator(OperatorRuleError):
    def __init__(self) -> None:
        super().__init__("只有管理员可以添加、删除操作人员或更改他们的角色。请让管理员来操作。")


class NameInUse(OperatorRuleError):
    def __init__(self, name: str) -> None:
        super().__init__(f"已经有一位叫“{name}”的操作人员。同名时请加以区分，如“{name}（二）”。")


class LastAdministrator(OperatorRuleError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"{name}是最后一位管理员，不能删除或改为其他角色：至少要有一位管理员。请先把另一位操作人员设为管理员。"
        )


class NotYourself(OperatorRuleError):
    def __init__(self) -> None:
        super().__init__("不能删除自己，也不能更改自己的角色。请让另一位管理员来操作。")


class OperatorGone(OperatorRuleError):
    def __init__(self) -> None:
        super().__init__("找不到这位操作人员，可能已被删除。")


def is_admin(operator: Operator | None) -> bool:
    return operator is not None and operator.role == OperatorRole.ADMIN.value


def acting_operator(session: LedgerSession) -> Operator:
    """The active operator the session acts for; :class:`NoOperator` when there is none."""
    actor = session.actor
    if actor is None or actor.operator_id is None:
        raise NoOperator()
    operator = session.get(Operator, actor.operator_id)
    if operator is None or operator.deleted_at is not None or not operator.active:
        raise NoOperator()
    return operator


def _require_admin(session: LedgerSession) -> Operator:
    acting = acting_operator(session)
    if not is_admin(acting):
        raise NotAdministrator()
    return acting


def _live(session: LedgerSession, operator_id: str) -> Operator:
    operator = session.get(Operator, operator_id)
    if operator is None or operator.deleted_at is not None or not operator.active:
        raise OperatorGone()
    return operator


def _checked_name(session: LedgerSession, name: str, role: OperatorRole) -> str:
    clean = name.strip()
    report = validate_values("operators", {"name": clean, "role": role.value})
    if report.errors:
        raise InvalidInput("；".join(issue.message for issue in report.errors))
    if any(op.name == clean for op in active_operators(session)):
        raise NameInUse(clean)
    return clean


def _other_admins(session: LedgerSession, operator: Operator) -> int:
    return sum(1 for op in active_operators(session) if is_admin(op) and op.id != operator.id)


def add_operator(session: LedgerSession, name: str, role: OperatorRole, password: str | None = None) -> Operator:
    """Add an operator (administrators only); the name must be unused among active operators."""
    acting = _require_admin(session)
    clean = _checked_name(session, name, role)
    operator = new_operator(acting.office_code, clean, role, password)
    session.add(operator)
    session.commit()
    return operator


def change_password(session: LedgerSession, operator_id: str, password: str | None) -> None:
    """Set (or, with None or "", clear) a password: one's own, or anyone's by an administrator."""
    acting = acting_operator(session)
    if acting.id != operator_id and not is_admin(acting):
        raise NotAdministrator()
    operator = _live(session, operator_id)
    operator.password_hash = hash_password(password) if password else None
    session.add(operator)
    session.commit()


def change_role(session: LedgerSession, operator_id: str, role: OperatorRole) -> None:
    """Give another operator a new role (administrators only; one administrator always remains)."""
    acting = _require_admin(session)
    operator = _live(session, operator_id)
    if operator.role == role.value:
        return
    if is_admin(operator) and _other_admins(session, operator) == 0:
        raise LastAdministrator(operator.name)
    if operator.id == acting.id:
        raise NotYourself()
    operator.role = role.value
    session.add(operator)
    session.commit()


def check_removal(session: LedgerSession, operator_id: str) -> Operator:
    """The operator, if the session's operator may remove them; else the rule that refuses
    (so the app can say so before asking "are you sure?")."""
    acting = _require_admin(session)
    operator = _live(session, operator_id)
    if is_admin(operator) and _other_admins(session, operator) == 0:
        raise LastAdministrator(operator.name)
    if operator.id == acting.id:
        raise NotYourself()
    return operator


def remove_operator(session: LedgerSession, operator_id: str, *, reason: str | None = None) -> None:
    """Remove another operator (administrators only): a tombstone, so the history keeps the name."""
    operator = check_removal(session, operator_id)
    delete_record(session, operator, reason=reason)
