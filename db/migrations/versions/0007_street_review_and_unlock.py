"""street review and unlock

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 16:07:30.882989

The review chain 社区 → 街道 → 市: ``return_receipt`` gains the street's decision (``street_*``, the
countersigned PDF's digest) beside the city's, and the grant of an unlock on a finally accepted
return (``unlock_*``); ``unlock_request`` is the office's request to unlock a locked period, a synced
record that travels up in the office's bundles. Existing receipts get empty values (no street, no
unlock).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from db.timeutil import UTCDateTime

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "unlock_request",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("office_code", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("modified_at", UTCDateTime(), nullable=False),
        sa.Column("modified_by", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column("period_code", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("return_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("requested_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("requested_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("unlock_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unlock_request_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_unlock_request_office_code"), ["office_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_unlock_request_period_code"), ["period_code"], unique=False)

    with op.batch_alter_table("return_receipt", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("street_code", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("street_status", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("street_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("street_decided_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("street_decided_at", UTCDateTime(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "countersigned_sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False, server_default=""
            )
        )
        batch_op.add_column(
            sa.Column(
                "unlock_request_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False, server_default=""
            )
        )
        batch_op.add_column(
            sa.Column("unlock_granted_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("unlock_granted_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("return_receipt", schema=None) as batch_op:
        batch_op.drop_column("unlock_granted_at")
        batch_op.drop_column("unlock_granted_by")
        batch_op.drop_column("unlock_request_id")
        batch_op.drop_column("countersigned_sha256")
        batch_op.drop_column("street_decided_at")
        batch_op.drop_column("street_decided_by")
        batch_op.drop_column("street_reason")
        batch_op.drop_column("street_status")
        batch_op.drop_column("street_code")

    with op.batch_alter_table("unlock_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unlock_request_period_code"))
        batch_op.drop_index(batch_op.f("ix_unlock_request_office_code"))
        batch_op.drop_index(batch_op.f("ix_unlock_request_deleted_at"))

    op.drop_table("unlock_request")
