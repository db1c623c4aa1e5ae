"""city state

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 19:30:00

The city's own state in its database, so that every workstation sharing it sees the same: the city
(``city_state``: name, root and exchange certificates, their encrypted keys), its registry of offices
and streets (``city_registration``), every certificate it issued (``city_certificate``) and the
revocations (``city_revocation``). An older city's files (``city/*.pem``, ``offices.json``,
``issued/``) are moved in by :class:`db.exchange.pki.CityAuthority` the first time it opens the
database (the migration cannot know the data folder); offices and streets keep these tables empty.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import db.timeutil

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(length: int | None = None) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length) if length else sqlmodel.sql.sqltypes.AutoString()


def _time() -> db.timeutil.UTCDateTime:
    return db.timeutil.UTCDateTime()


def upgrade() -> None:
    op.create_table(
        "city_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", _text(64), nullable=False),
        sa.Column("created_at", _time(), nullable=False),
        sa.Column("ca_certificate", _text(), nullable=False),
        sa.Column("ca_key", _text(), nullable=False),
        sa.Column("exchange_certificate", _text(), nullable=False),
        sa.Column("exchange_key", _text(), nullable=False),
        sa.Column("files_moved_at", _time(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "city_registration",
        sa.Column("code", _text(12), nullable=False),
        sa.Column("kind", _text(8), nullable=False),
        sa.Column("name", _text(), nullable=False),
        sa.Column("serial", _text(40), nullable=False),
        sa.Column("issued_at", _time(), nullable=False),
        sa.Column("not_after", _time(), nullable=True),
        sa.Column("revoked_at", _time(), nullable=True),
        sa.Column("revoke_reason", _text(), nullable=False),
        sa.Column("via", _text(12), nullable=True),
        sa.PrimaryKeyConstraint("code"),
        sa.UniqueConstraint("serial"),
    )
    op.create_table(
        "city_certificate",
        sa.Column("serial", _text(40), nullable=False),
        sa.Column("code", _text(12), nullable=False),
        sa.Column("kind", _text(8), nullable=False),
        sa.Column("pem", _text(), nullable=False),
        sa.Column("issued_at", _time(), nullable=False),
        sa.PrimaryKeyConstraint("serial"),
    )
    op.create_index(op.f("ix_city_certificate_code"), "city_certificate", ["code"], unique=False)
    op.create_table(
        "city_revocation",
        sa.Column("serial", _text(40), nullable=False),
        sa.Column("code", _text(12), nullable=False),
        sa.Column("revoked_at", _time(), nullable=False),
        sa.Column("reason", _text(), nullable=False),
        sa.Column("revoked_by", _text(), nullable=False),
        sa.PrimaryKeyConstraint("serial"),
    )
    op.create_index(op.f("ix_city_revocation_code"), "city_revocation", ["code"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_city_revocation_code"), table_name="city_revocation")
    op.drop_table("city_revocation")
    op.drop_index(op.f("ix_city_certificate_code"), table_name="city_certificate")
    op.drop_table("city_certificate")
    op.drop_table("city_registration")
    op.drop_table("city_state")
