"""pinyin sort keys

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 11:11:16.605438

Adds a derived ``<field>_sort`` column (:func:`db.sortkey.pinyin_key` of the field) for the
text columns lists sort by, an index for the live records in the order of each kind's title
(``deleted_at, <title>_sort, <title>, id``: the list's query reads it in order, covering), and
fills the keys of the rows already there in bulk (one read per table, ``executemany`` updates; no ORM, no audit entries:
a sort key is derived, not a change anyone made).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from db.sortkey import pinyin_key

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table → its text fields with a sort key, and the one live records are indexed in the order of (the title).
SORTED: dict[str, tuple[tuple[str, ...], str | None]] = {
    'activity': (('title', 'outcome', 'description'), 'title'),
    'award': (('title', 'awardee', 'note'), 'title'),
    'facility': (('name', 'opening_hours', 'note'), 'name'),
    'funding': (('note',), None),
    'pairing': (('note',), None),
    'partner_unit': (('name', 'contact_person', 'note'), 'name'),
    'party_member': (('name', 'work_unit', 'address', 'note'), 'name'),
    'party_org': (('name', 'secretary', 'note'), 'name'),
    'resident': (('name', 'address', 'note'), 'name'),
    'staff': (('name', 'note'), 'name'),
    'volunteer': (('name', 'team', 'skills', 'note'), 'name'),
}

_BATCH = 2000


def _backfill(connection: sa.Connection, table: str, fields: Sequence[str]) -> None:
    listed = ', '.join(f'"{name}"' for name in ('id', *fields))
    rows = connection.exec_driver_sql(f'SELECT {listed} FROM "{table}"').fetchall()
    assignments = ', '.join(f'"{name}_sort" = ?' for name in fields)
    statement = f'UPDATE "{table}" SET {assignments} WHERE id = ?'
    parameters = [(*(pinyin_key(value) for value in row[1:]), row[0]) for row in rows]
    for start in range(0, len(parameters), _BATCH):
        connection.exec_driver_sql(statement, parameters[start : start + _BATCH])


def upgrade() -> None:
    for table, (fields, indexed) in SORTED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name in fields:
                batch_op.add_column(
                    sa.Column(f'{name}_sort', sqlmodel.sql.sqltypes.AutoString(), server_default='', nullable=False)
                )
            if indexed is not None:
                batch_op.create_index(
                    f'ix_{table}_live_{indexed}', ['deleted_at', f'{indexed}_sort', indexed, 'id'], unique=False
                )
    connection = op.get_bind()
    for table, (fields, _indexed) in SORTED.items():
        _backfill(connection, table, fields)


def downgrade() -> None:
    for table, (fields, indexed) in reversed(SORTED.items()):
        with op.batch_alter_table(table, schema=None) as batch_op:
            if indexed is not None:
                batch_op.drop_index(f'ix_{table}_live_{indexed}')
            for name in reversed(fields):
                batch_op.drop_column(f'{name}_sort')
