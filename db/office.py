"""Setting up an office database: the profile, the city standards and a first administrator."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from db.audit import system_actor
from db.enums import OperatorRole
from db.errors import InvalidInput, OfficeExists
from db.models import Office
from db.operators import new_operator
from db.standards import default_standard_records
from db.store import Store
from db.validation import validate_values

DEFAULT_ADMIN_NAME = "管理员"


@dataclass(frozen=True)
class OfficeSetup:
    code: str
    name: str
    street: str = ""
    district: str = ""
    city: str = "巴彦淖尔市"


def current_office(session: Session) -> Office | None:
    """The office this database belongs to (the first live profile), or None before set-up."""
    return session.exec(
        select(Office).where(col(Office.deleted_at).is_(None)).order_by(col(Office.modified_at))
    ).first()


def checked_setup_values(setup: OfficeSetup) -> dict[str, str]:
    """The profile fields of a set-up, trimmed; :class:`InvalidInput` listing what to fix."""
    values = {
        "code": setup.code.strip(),
        "name": setup.name.strip(),
        "street": setup.street.strip(),
        "district": setup.district.strip(),
        "city": setup.city.strip(),
    }
    report = validate_values("office", values)
    if report.errors:
        raise InvalidInput("；".join(issue.message for issue in report.errors))
    return values


def create_office(
    store: Store, setup: OfficeSetup, *, admin_name: str = DEFAULT_ADMIN_NAME, admin_password: str | None = None
) -> Office:
    """Write a new office's profile, the default city standards and its first administrator
    (``admin_name``, with an optional password), in one transaction. Refuses invalid values
    (:class:`InvalidInput`) and a second office."""
    values = checked_setup_values(setup)
    admin = admin_name.strip()
    if not admin:
        raise InvalidInput("请填写第一位管理员的姓名")
    with store.session() as probe:
        existing = current_office(probe)
        if existing is not None:
            raise OfficeExists(existing.code, str(store.data_dir))
    code = values["code"]
    with store.transaction(system_actor(code, reason="建立社区")) as session:
        office = Office(
            office_code=code,
            code=code,
            name=values["name"],
            street=values["street"],
            district=values["district"],
            city=values["city"],
        )
        session.add(office)
        session.add_all(default_standard_records(code))
        session.add(new_operator(code, admin, OperatorRole.ADMIN, admin_password or None))
    return office
