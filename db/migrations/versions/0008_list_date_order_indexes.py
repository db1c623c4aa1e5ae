"""list date order indexes

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 16:48:06.974657

The lists shown newest first (活动 by date held, 帮扶记录 by date visited, 结对帮扶 by start date,
经费 by date received, 创建评比 by year) read their live records in order from one covering index
``(deleted_at, <date>, id)`` (``db.models.live_by_date``) instead of sorting every record at each
search: 39,000 visits in a few milliseconds rather than ~40 ms. Indexes only; no data changes.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("activity", "held_on"),
    ("award", "year"),
    ("funding", "received_on"),
    ("pairing", "start_date"),
    ("visit", "visited_on"),
)


def upgrade() -> None:
    for table, field in INDEXES:
        op.create_index(f"ix_{table}_live_{field}", table, ["deleted_at", field, "id"], unique=False)


def downgrade() -> None:
    for table, field in reversed(INDEXES):
        op.drop_index(f"ix_{table}_live_{field}", table_name=table)
