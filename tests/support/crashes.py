"""Processes killed mid-write, for real: each ``*_then_die`` runs in a child process (:func:`killed`)
that sends itself SIGKILL at the worst moment — through a hook the code offers anyway (a progress
callback, ``before_replace``, SQLAlchemy's ``commit`` event), never a stand-in for the code."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def killed(function: str, *args: str) -> None:
    """Run ``tests.support.crashes.<function>(*args)`` in a child and check that it was killed."""
    if sys.platform == "win32":
        pytest.skip("SIGKILL is POSIX")
    done = subprocess.run(
        [
            sys.executable,
            "-W",
            "ignore",
            "-c",
            f"import sys, tests.support.crashes as c; c.{function}(*sys.argv[1:])",
            *args,
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr


def export_then_die(data_dir: str, stick: str, passphrase: str) -> None:
    """Write the office's next bundle onto ``stick`` and die before it is recorded."""
    from db.exchange.bundle import export_bundle
    from db.returns.sign import KeyStore
    from db.store import open_store

    store = open_store(data_dir)

    def progress(done: int, total: int) -> None:
        if done == 97:  # the file is on the stick, the record not yet made
            die()

    export_bundle(store, KeyStore(Path(data_dir)), passphrase, stick, progress=progress)


def sign_then_die(data_dir: str, period: str, passphrase: str, explanations: str) -> None:
    """Sign the period's return and die just before its snapshot is committed."""
    from sqlalchemy import event

    from db.periods import parse_period
    from db.returns.make import ReturnRequest, make_return
    from db.store import open_store

    store = open_store(data_dir)
    event.listen(store.engine, "commit", lambda connection: die())
    request = ReturnRequest(
        parse_period(period), sign=True, passphrase=passphrase, explanations=json.loads(explanations)
    )
    make_return(store, request)


def write_then_die(path: str) -> None:
    """Write a file atomically and die when it is whole but not yet under its name."""
    from db.fileio import write_atomic

    write_atomic(path, b"{}" * 50_000, before_replace=die)


def backup_then_die(data_dir: str) -> None:
    """Copy the database to ``backups/`` and die before the copy is renamed."""
    from db.folder import backup_database
    from db.store import open_store

    store = open_store(data_dir)
    backup_database(store.db_path, store.backup_dir, "daily", progress=lambda done, total: die())


def city_import_then_die(city_dir: str, bundle: str, passphrase: str) -> None:
    """Import an office's bundle at the city and die once the returns' PDFs are in the import's
    transaction (the last progress reports come after the records are written), before it commits."""
    from db.exchange.bundle import import_bundle
    from db.exchange.pki import CityAuthority
    from db.store import open_store

    store = open_store(city_dir)

    def progress(done: int, total: int) -> None:
        if total and done * 10 >= total * 9:
            die()

    import_bundle(store, bundle, city=CityAuthority(Path(city_dir)), passphrase=passphrase, progress=progress)


def rows(data_dir: Path, sql: str) -> list[tuple[Any, ...]]:
    """What the folder's database holds, read after the process that wrote it is gone (a city's
    database may be on PostgreSQL: ``city/database.json``)."""
    import sqlite3

    from db.exchange.rawdb import exchange_connection
    from db.store import DB_FILENAME, open_store

    if (data_dir / DB_FILENAME).exists():
        with sqlite3.connect(data_dir / DB_FILENAME) as db:
            return [tuple(row) for row in db.execute(sql).fetchall()]
    with open_store(data_dir) as store, exchange_connection(store) as conn:
        return [tuple(row) for row in conn.execute(sql).fetchall()]


def settings(data_dir: Path) -> dict[str, Any]:
    """The exchange's local settings (notes and floors) as stored."""
    return {str(k): v for k, v in rows(data_dir, "SELECT key, value FROM exchange_setting")}


def ack_then_die(city_dir: str, stick: str, office_code: str, passphrase: str) -> None:
    """Write the city's next acknowledgement for ``office_code`` onto ``stick`` and die before it is
    recorded (when the commit that would record it begins, the file being there)."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from db.exchange.bundle import export_ack
    from db.exchange.pki import CityAuthority
    from db.store import open_store

    store = open_store(city_dir)

    def before_commit(session: Session) -> None:
        if any(Path(stick).glob("*.shequ")):  # on the stick, the record not yet made
            die()

    event.listen(Session, "before_commit", before_commit)
    export_ack(store, CityAuthority(Path(city_dir)), passphrase, office_code, stick)
