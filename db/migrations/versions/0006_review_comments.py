"""review comments

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 15:04:50.604990

The city reviewer's comments on single figures or records of a return (``review_comment``):
written at the city, carried by the acknowledgements, kept by the office with the same ids.
A new table; nothing else changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from db.timeutil import UTCDateTime

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('review_comment',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('return_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('office_code', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('period_code', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('return_version', sa.Integer(), nullable=False),
    sa.Column('figure_key', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('record_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('written_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('written_at', UTCDateTime(), nullable=False),
    sa.Column('level', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('review_comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_comment_office_code'), ['office_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_comment_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_comment_return_id'), ['return_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('review_comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_comment_return_id'))
        batch_op.drop_index(batch_op.f('ix_review_comment_record_id'))
        batch_op.drop_index(batch_op.f('ix_review_comment_office_code'))

    op.drop_table('review_comment')
