"""office indexes for the party members

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 21:56:43.201984

The city judges its offices in batches (``db.compliance.gather_inputs_by_office``: ``WHERE
office_code IN (…) AND deleted_at IS NULL``, one query per figure). Party members and their claimed
posts have no date to range over, so 0013 gave them no index; SQLite then read every office's live
members through ``deleted_at`` alone (0.4 s of ``city status``'s 2.2 s at 300 offices of demo scale
10, and far more before the planner had statistics). One index per table leading with
``office_code`` (``db.models.office_live``). Indexes only; no data changes.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("party_member", "member_post")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_office_live", table, ["office_code", "deleted_at"], unique=False)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_index(f"ix_{table}_office_live", table_name=table)
