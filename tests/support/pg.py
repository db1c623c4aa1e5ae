"""A throw-away PostgreSQL cluster for the tests: started once per test run, on a Unix socket only.

The distribution's server binaries (Debian's ``postgresql`` package: ``/usr/lib/postgresql/<n>/bin``)
make a cluster in a temporary folder (``initdb``, trust authentication, no TCP listener:
``listen_addresses=''``), started with ``pg_ctl`` and stopped when the run ends. As root, the
cluster runs as the ``postgres`` user (``runuser``), as PostgreSQL requires. Each test asks for a
database of its own (:func:`new_database`), so tests never see each other's rows.

``SHEQU_TEST_POSTGRESQL``: ``auto`` (default: use PostgreSQL when its binaries are installed,
otherwise the PostgreSQL variants are skipped, saying why), ``required`` (CI: missing binaries
fail the run), ``off`` (SQLite only).
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import signal
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

MODE_ENV = "SHEQU_TEST_POSTGRESQL"


@dataclass
class Cluster:
    folder: Path
    socket_dir: Path
    bin_dir: Path
    run_as_postgres: bool

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket_dir}"

    def stop(self) -> None:
        subprocess.run(
            self._as_owner([str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"]),
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)

    def _as_owner(self, command: list[str]) -> list[str]:
        return ["runuser", "-u", "postgres", "--", *command] if self.run_as_postgres else command


def mode() -> str:
    value = os.environ.get(MODE_ENV, "auto").strip().lower()
    return value if value in ("auto", "required", "off") else "auto"


def server_bin_dir() -> Path | None:
    """The newest installed PostgreSQL server's ``bin`` folder, or None."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else None


@dataclass
class _State:
    cluster: Cluster | None = None
    unavailable: str | None = None  # why the cluster could not start, once it was tried
    made: list[str] = field(default_factory=list)  # databases made and not dropped yet


_state = _State()
_names = itertools.count(1)


def unavailable_reason() -> str | None:
    """Why PostgreSQL cannot be used in this run (None: it can)."""
    if mode() == "off":
        return f"{MODE_ENV}=off"
    if server_bin_dir() is None:
        return "PostgreSQL server binaries not installed (apt-get install postgresql)"
    return _state.unavailable


def cluster() -> Cluster:
    """The run's cluster, started on first use."""
    if _state.cluster is not None:
        return _state.cluster
    if _state.unavailable is not None:
        raise RuntimeError(_state.unavailable)
    bin_dir = server_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL server binaries not installed")
    as_postgres = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="shequ-pg-"))
    socket_dir = folder / "socket"
    socket_dir.mkdir()
    if as_postgres:
        shutil.chown(folder, "postgres")
        shutil.chown(socket_dir, "postgres")
        folder.chmod(0o755)
    made = Cluster(folder, socket_dir, bin_dir, as_postgres)
    try:
        subprocess.run(
            made._as_owner(
                [str(bin_dir / "initdb"), "-D", str(folder / "data"), "-A", "trust", "-U", "postgres", "-E", "UTF8"]
            ),
            capture_output=True,
            check=True,
            text=True,
        )
        options = f"-c listen_addresses='' -k {socket_dir} -c fsync=off -c max_connections=200"
        log_at = ["-l", str(folder / "log"), "-w", "start"]
        subprocess.run(
            made._as_owner([str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-o", options, *log_at]),
            capture_output=True,
            check=True,
            text=True,
        )
    except subprocess.CalledProcessError as exc:
        _state.unavailable = f"PostgreSQL did not start: {exc.stderr or exc.stdout}"
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(_state.unavailable) from exc
    _state.cluster = made
    atexit.register(made.stop)
    _stop_on_sigterm(made)
    return made


def _stop_on_sigterm(made: Cluster) -> None:
    """A run ended by SIGTERM (a time-out, a cancelled CI job) skips ``atexit``: stop the cluster
    first, then end as SIGTERM would have, so no server outlives the run."""
    if threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        return

    def stop_then_end(signum: int, frame: object) -> None:
        made.stop()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop_then_end)


def new_database(prefix: str = "city") -> str:
    """A new empty database in the run's cluster; its SQLAlchemy URL."""
    import psycopg

    made = cluster()
    name = f"{prefix}_{os.getpid()}_{next(_names)}"
    with psycopg.connect(host=str(made.socket_dir), user="postgres", dbname="postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    _state.made.append(name)
    return made.url(name)


def drop_databases() -> None:
    """Drop every database :func:`new_database` made (the ``city_backend`` fixture does it after each
    test module, so that a whole run's databases never pile up on the disk); connections still open to one
    are ended."""
    if not _state.made or _state.cluster is None:
        return
    import psycopg

    names, _state.made = _state.made, []
    socket_dir = str(_state.cluster.socket_dir)
    with psycopg.connect(host=socket_dir, user="postgres", dbname="postgres", autocommit=True) as conn:
        for name in names:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def require() -> None:
    """For a PostgreSQL test: return when PostgreSQL runs here (the cluster started); otherwise skip
    the test, saying why — or fail it when ``SHEQU_TEST_POSTGRESQL=required`` (CI)."""
    import pytest

    reason = unavailable_reason()
    if reason is None:
        try:
            cluster()
        except RuntimeError:
            reason = unavailable_reason() or "PostgreSQL did not start"
    if reason is not None:
        if mode() == "required":
            pytest.fail(f"{MODE_ENV}=required but PostgreSQL cannot run: {reason}")
        pytest.skip(reason)


def new_database_or_skip(prefix: str = "city") -> str:
    """:func:`new_database` for a PostgreSQL-only test (see :func:`require`)."""
    require()
    return new_database(prefix)
