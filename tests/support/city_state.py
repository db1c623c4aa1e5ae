"""The city's state as stored in its database, for tests that check a refusal wrote nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, text

CITY_TABLES = ("city_state", "city_registration", "city_certificate", "city_revocation")
_ORDER = {"city_state": "id", "city_registration": "code", "city_certificate": "serial", "city_revocation": "serial"}


def city_rows(source: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the city's own tables, in a fixed order: ``source`` a ``CityAuthority`` (its
    database) or an engine."""
    engine = source if isinstance(source, Engine) else source.engine
    with engine.connect() as connection:
        return {
            table: [tuple(row) for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY {_ORDER[table]}"))]
            for table in CITY_TABLES
        }


def registry_document(authority: Any) -> dict[str, Any]:
    """The registry as ``offices.json`` held it (offices, streets, revocations), read from the database."""
    return {
        "offices": [item.to_dict() for item in authority.offices()],
        "streets": [item.to_dict() for item in authority.streets()],
        "revoked": [
            {"serial": format(item.serial, "x"), "code": item.code, "reason": item.reason}
            for item in authority.revocations()
        ],
    }


def forget_registration(authority: Any, code: str) -> None:
    """Remove an office's registration from the city's database (a registry that lost it)."""
    with authority.engine.begin() as connection:
        connection.execute(text("DELETE FROM city_registration WHERE code = :code"), {"code": code})


def write_ca_certificate(authority: Any, path: Any) -> Any:
    """The city's root certificate written to ``path`` (PEM), as a verifier's ``--trust`` file."""
    from cryptography.hazmat.primitives import serialization

    path.write_bytes(authority.ca_certificate().public_bytes(serialization.Encoding.PEM))
    return path
