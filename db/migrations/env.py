"""Alembic environment: migrations run in code on the connection the app hands over.

Run from the app (:func:`db.store.run_migrations`), never from an ``alembic.ini``. For
writing a new migration, see ARCHITECTURE.md.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlmodel import SQLModel

import db.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from db.timeutil import UTCDateTime

target_metadata = SQLModel.metadata


def _render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Write the app's own column types in a way a migration file can import."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        autogen_context.imports.add("from db.timeutil import UTCDateTime")
        return "UTCDateTime()"
    return False


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("migrations run from db.store.run_migrations, which passes a connection")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        render_item=_render_item,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
