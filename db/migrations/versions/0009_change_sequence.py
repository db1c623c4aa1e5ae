"""change sequence

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 19:30:00

The audit log's watermark becomes an explicit, commit-ordered change sequence instead of SQLite's
``rowid`` (which VACUUM may renumber in a table with a text key, and which PostgreSQL does not
have): ``audit_entry.seq``, numbered 1, 2, 3 … per office (unique with ``office_code``), taken from
the office's row of ``change_counter`` inside the writing transaction (:func:`db.audit.allocate_seq`).
That row stays locked until the transaction ends, so one office's numbers become visible in commit
order and a reader taking ``max(seq)`` never steps over a row committed later.

* ``audit_entry.seq`` is filled for the existing rows in ``rowid`` order per office (the order the
  exchange counted them in), then made NOT NULL (on SQLite the table is copied, in batch mode):
  every writer numbers its rows, and one that does not is refused rather than leaving a row no
  watermark would ever count. ``change_counter`` holds each office's last number.
* Every stored watermark is converted to the new numbering (SQLite; a PostgreSQL database made by
  an earlier version never ran the exchange, whose watermarks were rowids): ``bundle_sent``'s
  ``watermark`` / ``since_watermark`` (the office's own sequence: the number of its last row at or
  before the old rowid), ``bundle_received``'s ``audit_rowid_first`` / ``audit_rowid_last`` (the
  sender's numbers of the rows in that range), and a bundle noted as being written
  (``exchange_setting`` ``pending.*``).
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
    op.create_table(
        "change_counter",
        sa.Column("office_code", sa.String(length=12), nullable=False),
        sa.Column("last", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("office_code"),
    )
    if sqlite:
        _number_sqlite(bind)
    else:  # no rowid: the order the rows were written in, as far as it is known
        bind.execute(
            sa.text(
                "UPDATE audit_entry SET seq = numbered.n FROM (SELECT id, row_number() OVER"
                " (PARTITION BY office_code ORDER BY at, id) AS n FROM audit_entry) AS numbered"
                " WHERE numbered.id = audit_entry.id"
            )
        )
    bind.execute(
        sa.text(
            "INSERT INTO change_counter (office_code, last)"
            " SELECT office_code, max(seq) FROM audit_entry GROUP BY office_code"
        )
    )
    with op.batch_alter_table("audit_entry") as batch:  # SQLite: the table copied with the constraint
        batch.alter_column("seq", existing_type=sa.BigInteger(), nullable=False)
    op.create_index("ix_audit_entry_office_seq", "audit_entry", ["office_code", "seq"], unique=True)


def _number_sqlite(bind: Any) -> None:
    """Number the rows in rowid order per office, and convert every stored watermark."""
    bind.execute(sa.text("CREATE TEMP TABLE audit_numbering (r INTEGER PRIMARY KEY, office TEXT, n INTEGER)"))
    bind.execute(
        sa.text(
            "INSERT INTO audit_numbering (r, office, n) SELECT rowid, office_code,"
            " row_number() OVER (PARTITION BY office_code ORDER BY rowid) FROM audit_entry"
        )
    )
    bind.execute(
        sa.text(
            "UPDATE audit_entry SET seq = audit_numbering.n FROM audit_numbering"
            " WHERE audit_numbering.r = audit_entry.rowid"
        )
    )
    own = bind.execute(
        sa.text("SELECT code FROM office WHERE deleted_at IS NULL ORDER BY modified_at, id LIMIT 1")
    ).scalar()
    # the office's number of its last row at or before an old rowid watermark (whose bundles hold
    # only its own rows; without an office — a city, a street — every row counts)
    scope = "AND office = :own" if own is not None else ""
    at_or_before = f"SELECT n FROM audit_numbering WHERE r <= :mark {scope} ORDER BY r DESC LIMIT 1"

    def convert(mark: Any) -> int | None:
        if mark is None:
            return None
        found = bind.execute(sa.text(at_or_before), {"mark": int(mark), "own": own}).scalar()
        return int(found) if found is not None else 0

    for row_id, since, watermark in bind.execute(
        sa.text("SELECT id, since_watermark, watermark FROM bundle_sent")
    ).fetchall():
        bind.execute(
            sa.text("UPDATE bundle_sent SET since_watermark = :since, watermark = :watermark WHERE id = :id"),
            {"since": convert(since), "watermark": convert(watermark) or 0, "id": row_id},
        )
    for row_id, sender, first, last in bind.execute(
        sa.text(
            "SELECT id, sender, audit_rowid_first, audit_rowid_last FROM bundle_received"
            " WHERE audit_rowid_first IS NOT NULL AND audit_rowid_last IS NOT NULL"
        )
    ).fetchall():
        ends = bind.execute(
            sa.text("SELECT min(n), max(n) FROM audit_numbering WHERE r >= :first AND r <= :last AND office = :sender"),
            {"first": int(first), "last": int(last), "sender": sender},
        ).fetchone()
        bind.execute(
            sa.text("UPDATE bundle_received SET audit_rowid_first = :first, audit_rowid_last = :last WHERE id = :id"),
            {"first": ends[0], "last": ends[1], "id": row_id},
        )
    for key, value in bind.execute(
        sa.text("SELECT key, value FROM exchange_setting WHERE key LIKE 'pending.%'")
    ).fetchall():
        try:
            noted = json.loads(value)
        except ValueError:
            continue  # unreadable: the next export settles it without its watermarks
        if not isinstance(noted, dict):
            continue
        for name in ("since_watermark", "watermark"):
            if isinstance(noted.get(name), int):
                noted[name] = convert(noted[name])
        bind.execute(
            sa.text("UPDATE exchange_setting SET value = :value WHERE key = :key"),
            {"value": json.dumps(noted, ensure_ascii=False, sort_keys=True), "key": key},
        )
    bind.execute(sa.text("DROP TABLE audit_numbering"))


def downgrade() -> None:
    op.drop_index("ix_audit_entry_office_seq", table_name="audit_entry")
    op.drop_table("change_counter")
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_column("seq")
