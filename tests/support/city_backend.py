"""Which database the tests' cities get: the folder's SQLite file, or a PostgreSQL database.

:func:`tests.support.exchange_sites.make_city` asks :func:`new_city_database_url` when its caller
names no database. The ``city_backend`` fixture (tests/conftest.py) sets the backend for each test:
"postgresql" for the second run of the modules in ``CITY_POSTGRESQL_MODULES``, "sqlite" otherwise.
Kept apart from exchange_sites so that the fixture, used by every test, imports nothing heavy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
BACKENDS = (SQLITE, POSTGRESQL)
_current = [SQLITE]


def set_city_backend(backend: str) -> None:
    if backend not in BACKENDS:
        raise ValueError(backend)
    _current[0] = backend


def city_backend() -> str:
    return _current[0]


def new_city_database_url() -> str | None:
    """The database URL a new city gets under the current backend (None: the folder's SQLite file)."""
    if _current[0] == SQLITE:
        return None
    from tests.support import pg

    return pg.new_database()


def one_backend(test: Callable[P, R]) -> Callable[P, R]:
    """Mark a test of a module in ``CITY_POSTGRESQL_MODULES`` that chooses its databases itself (a
    PostgreSQL-only test, say): it runs once, not once per backend."""
    test.one_backend = True  # type: ignore[attr-defined]
    return test


def city_init_options() -> list[str]:
    """What ``shequ city init`` is given under the current backend: ``--database URL`` of a new
    PostgreSQL database, or nothing (the folder's SQLite file)."""
    url = new_city_database_url()
    return [] if url is None else ["--database", url]
