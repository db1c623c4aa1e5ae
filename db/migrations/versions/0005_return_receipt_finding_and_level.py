"""return receipt: finding and level

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 14:16:53.788743

A return that arrives at the city waits for a person (待审核): the import no longer decides.
Adds ``decided_level`` (the level of whoever decided: "市级") and ``finding`` (what the import's
checks found wrong with the return's PDF, shown to the reviewer). Decisions already made by
people get the level "市级" (only the city decides); the ones the import used to make by itself
(decided by "系统（自动核验）") become 待审核 again, a sent-back reason kept as the finding.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AUTOMATIC = '系统（自动核验）'


def upgrade() -> None:
    with op.batch_alter_table('return_receipt', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('decided_level', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default='')
        )
        batch_op.add_column(sa.Column('finding', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=''))
    receipt = sa.table(
        'return_receipt',
        sa.column('status', sa.String),
        sa.column('reason', sa.String),
        sa.column('decided_at', sa.DateTime),  # only ever set to NULL here
        sa.column('decided_by', sa.String),
        sa.column('decided_level', sa.String),
        sa.column('finding', sa.String),
    )
    op.execute(
        receipt.update()
        .where(receipt.c.decided_by == AUTOMATIC, receipt.c.status == 'returned')
        .values(finding=receipt.c.reason)
    )
    op.execute(
        receipt.update()
        .where(receipt.c.decided_by == AUTOMATIC)
        .values(status='', reason='', decided_at=None, decided_by='')
    )
    op.execute(receipt.update().where(receipt.c.status != '').values(decided_level='市级'))


def downgrade() -> None:
    with op.batch_alter_table('return_receipt', schema=None) as batch_op:
        batch_op.drop_column('finding')
        batch_op.drop_column('decided_level')
