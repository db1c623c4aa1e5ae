"""office date indexes for the city

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 20:34:44.144366

At the city, ``city status`` and the consolidated return judge each office's period through
``db.compliance`` (``WHERE office_code = ? AND deleted_at IS NULL AND <date> BETWEEN …``). With
hundreds of offices in one database, SQLite read the period's activities, visits, pairings and
funding of EVERY office through the list indexes of 0008 (``deleted_at, <date>, id``) for each
office: 1.7 s per office at 300 offices of demo scale 10 (``benches/bench_city_scale.py``). One
index per table leading with ``office_code`` (``db.models.office_by_date``) makes it ~15 ms.
Indexes only; no data changes.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("activity", "held_on"),
    ("funding", "received_on"),
    ("pairing", "start_date"),
    ("visit", "visited_on"),
)


def upgrade() -> None:
    for table, field in INDEXES:
        op.create_index(f"ix_{table}_office_live_{field}", table, ["office_code", "deleted_at", field], unique=False)


def downgrade() -> None:
    for table, field in reversed(INDEXES):
        op.drop_index(f"ix_{table}_office_live_{field}", table_name=table)
