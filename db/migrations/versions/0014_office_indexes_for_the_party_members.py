"""office indexes for the party members

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 21:56:43.201984

The city judges its offices in batches (``db.compliance.gather_inputs_by_office``: ``WHERE
office_code IN (…) AND deleted_at IS NULL``, one query per figure). Party members and their claimed
posts have no date to range over, so 0013 gave them no index: SQLite read every office's live members
through ``deleted_at`` alone. At 300 offices of demo scale 10 the two member counts and the visits
were 1.7 s of ``city status``'s 2.1 s of SQL. These indexes let each count read its index alone,
never the table's rows: 2.07 s → 1.24 s of SQL.

* ``party_member (office_code, deleted_at, category, registered_on, id)``: the eligible members of a
  batch of offices (``db.models.office_live``);
* ``member_post (member_id, deleted_at, post, claimed_on, ended_on, office_code)``: each member's
  live posts;
* the visits' ``(office_code, deleted_at, visited_on)`` of 0013 with ``pairing_id`` added.

Indexes only; no data changes.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MEMBERS = (
    "ix_party_member_office_live",
    "party_member",
    ["office_code", "deleted_at", "category", "registered_on", "id"],
)
POSTS = (
    "ix_member_post_member_live",
    "member_post",
    ["member_id", "deleted_at", "post", "claimed_on", "ended_on", "office_code"],
)
VISITS = "ix_visit_office_live_visited_on"


def upgrade() -> None:
    for name, table, columns in (MEMBERS, POSTS):
        op.create_index(name, table, columns, unique=False)
    op.drop_index(VISITS, table_name="visit")
    op.create_index(VISITS, "visit", ["office_code", "deleted_at", "visited_on", "pairing_id"], unique=False)


def downgrade() -> None:
    op.drop_index(VISITS, table_name="visit")
    op.create_index(VISITS, "visit", ["office_code", "deleted_at", "visited_on"], unique=False)
    for name, table, _columns in (POSTS, MEMBERS):
        op.drop_index(name, table_name=table)
