"""postgresql

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 19:30:00

What PostgreSQL needs to behave as SQLite does; nothing at all on SQLite.

The exchange's import (``db/exchange/apply.py``) writes a bundle's records table by table in one
transaction, in whatever order they come, and checks the references itself afterwards: a record
whose parent is in neither the bundle nor the database is refused (``OrphanRecords``), or — when a
bundle in between is missing and the city chose to go on (``allow_gap``) — kept, and said in the
result. SQLite checks a foreign key only when a row is written while the connection enforces them,
so the import's own check is the rule there. PostgreSQL checks every foreign key at once, on every
row, on every connection: a visit written before its pairing, or a kept orphan, would be refused.
Deferring the constraints to the commit would still refuse the orphans a gap allows, so on
PostgreSQL the foreign keys between the record tables the exchange writes are dropped (found by
introspection: their names are the server's), and the import's check is the rule on both databases.
The ORM still knows the relations (``db/models.py``), so sessions keep writing parents first.

``tests/db/test_city_database.py`` compares the schema with the models on PostgreSQL less exactly
these constraints.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The record tables the exchange writes that hold a foreign key to another of them, and the
# columns (as of 0008; the referred tables are all record tables too).
RECORD_FOREIGN_KEYS: dict[str, tuple[tuple[str, str], ...]] = {
    "party_org": (("parent_id", "party_org"),),
    "activity": (("venue_id", "facility"),),
    "contribution": (("unit_id", "partner_unit"),),
    "party_member": (("org_id", "party_org"),),
    "return_record": (("return_id", "return_snapshot"),),
    "activity_partner": (("unit_id", "partner_unit"), ("activity_id", "activity")),
    "member_post": (("member_id", "party_member"),),
    "volunteer": (("member_id", "party_member"),),
    "pairing": (
        ("volunteer_id", "volunteer"),
        ("unit_id", "partner_unit"),
        ("member_id", "party_member"),
        ("resident_id", "resident"),
    ),
    "visit": (("pairing_id", "pairing"),),
}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    inspector = sa.inspect(bind)
    for table, keys in RECORD_FOREIGN_KEYS.items():
        wanted = {(column, referred) for column, referred in keys}
        for foreign in inspector.get_foreign_keys(table):
            columns = foreign["constrained_columns"]
            if len(columns) == 1 and (columns[0], foreign["referred_table"]) in wanted and foreign["name"]:
                op.drop_constraint(foreign["name"], table, type_="foreignkey")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table, keys in RECORD_FOREIGN_KEYS.items():
        for column, referred in keys:
            op.create_foreign_key(f"{table}_{column}_fkey", table, referred, [column], ["id"])
