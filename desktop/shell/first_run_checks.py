"""What the first-run wizard checks and suggests, without Qt: the city and its districts, the
district a division code points to, and when the office and administrator pages are complete.

The messages themselves come from :func:`db.validation.validate_values` (a :class:`Report`);
the pages (:mod:`desktop.shell.first_run_pages`) show them under their fields.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.office import OfficeSetup
    from db.validation import Report

CITY = "巴彦淖尔市"
# The districts and banners of Bayannur with the first six digits of their division codes.
DISTRICTS: tuple[tuple[str, str], ...] = (
    ("150802", "临河区"),
    ("150821", "五原县"),
    ("150822", "磴口县"),
    ("150823", "乌拉特前旗"),
    ("150824", "乌拉特中旗"),
    ("150825", "乌拉特后旗"),
    ("150826", "杭锦后旗"),
)


def district_index(code: str) -> int | None:
    """The place in :data:`DISTRICTS` of the district a division code starts with (None: unknown)."""
    prefix = code.strip()[:6]
    for index, (known, _name) in enumerate(DISTRICTS):
        if prefix == known:
            return index
    return None


def office_values(setup: OfficeSetup) -> dict[str, str]:
    """The office page's values as :func:`db.validation.validate_values` takes them."""
    return {"code": setup.code, "name": setup.name, "street": setup.street, "district": setup.district}


def field_message(report: Report, name: str, touched: Collection[str]) -> tuple[str, bool]:
    """What to say under field ``name`` (nothing until it has been edited) and whether it is an
    error: the errors when there are any, else the warnings."""
    issues = report.for_field(name) if name in touched else []
    errors = [issue for issue in issues if issue.is_error]
    shown = errors or issues
    return "；".join(issue.message for issue in shown), bool(errors)


def office_complete(values: dict[str, str], report: Report) -> bool:
    """A code and a name, and nothing refused."""
    return bool(values["code"] and values["name"]) and not report.errors


def passwords_differ(password: str, confirm: str) -> bool:
    """The second password has been typed and is not the first."""
    return bool(confirm) and confirm != password


def admin_complete(name: str, password: str, confirm: str) -> bool:
    """A name, and the password typed the same twice (or not at all)."""
    return bool(name.strip()) and password == confirm
