"""Write a new Alembic migration from the difference between the models and the schema.

Usage: python build_scripts/new_migration.py "what changed"

It migrates a scratch database to the current head, compares it with ``db/models.py`` and
writes ``db/migrations/versions/NNNN_what_changed.py`` with the next number. Read and edit
the file before committing it (SQLite needs batch operations; data moves need code).
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    if len(sys.argv) != 2 or not sys.argv[1].strip():
        print(__doc__)
        return 2
    message = sys.argv[1].strip()
    from alembic import command
    from alembic.config import Config

    from db.store import MIGRATIONS_DIR, known_revisions, make_engine, run_migrations

    known = known_revisions()
    number = f"{(int(known[-1]) + 1) if known else 1:04d}"
    slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_") or "change"
    with tempfile.TemporaryDirectory() as scratch:
        engine = make_engine(Path(scratch) / "scratch.sqlite")
        if known:
            run_migrations(engine)
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=slug, autogenerate=True, rev_id=number)
        engine.dispose()
    print(f"written: db/migrations/versions/{number}_{slug}.py — review it before committing")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
