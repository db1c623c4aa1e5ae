"""首页's last standing, kept for the next start: shown at once, marked as of its time, while the
data layer loads and the standing is judged again.

:func:`write_standing` keeps the figures :func:`db.compliance.evaluate` gave for the period 首页
opens on, in ``<data>/standing-cache.json`` (a few kilobytes, written atomically with
:func:`db.fileio.write_atomic`), with what ties them to the database: the office, the schema
revision, and the audit log's high-water mark (the sum of ``change_counter.last``, the offices'
change sequence counters, which every change adds to and nothing lowers;
:func:`db.folder.peek_profile` reads it before the engine).
:func:`read_standing` gives the figures back, or None when the file is missing, damaged, too
large, of another format, office, schema or period, or newer than the database (a backup restored
since): a cache is never worth a wrong figure, so anything doubtful is ignored.

The figures come back as plain data with the attributes the dashboard draws (``key``, ``label``,
``value``, ``standard``, ``unit``, ``status``, ``reason``), the labels and reasons as
:mod:`db.i18n` ``Label`` / ``Text`` again, so the app still translates them. The app shows them
only with their time ("以下为 … 的结果，正在更新…") until it has judged the standing again: they may
no longer match the data, and today's date matters too.

Standard library only (the app reads it before SQLAlchemy has loaded).
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from db.i18n import Joined, Label, Text

CACHE_FILENAME = "standing-cache.json"
FORMAT = 1  # raise when the figures' meaning or this file's shape changes: older files are ignored
MAX_BYTES = 256 * 1024  # a scale-100 office's standing is ~6 KB; anything much larger is not ours
LOCAL_TZ = ZoneInfo("Asia/Shanghai")  # db.timeutil.LOCAL_TZ, which needs SQLAlchemy

log = logging.getLogger(__name__)
_write_lock = threading.Lock()  # writers one at a time, so the last standing written is the last kept


def local_today() -> date:
    """Today in the offices' time zone (db.timeutil.local_today, without SQLAlchemy)."""
    return datetime.now(LOCAL_TZ).date()


@dataclass(frozen=True)
class CachedFigure:
    """A figure as :class:`db.compliance.Figure` has it (``status`` as its code)."""

    key: str
    label: str
    value: Decimal | int | None
    standard: Decimal | int | None
    unit: str
    status: str
    reason: str


@dataclass(frozen=True)
class CachedPillar:
    key: str
    label: str
    status: str
    figures: tuple[CachedFigure, ...]


@dataclass(frozen=True)
class CachedStanding:
    """The standing of one period as computed at :attr:`computed_at` (UTC)."""

    office_code: str
    revision: str
    data_mark: int
    computed_at: datetime
    period_code: str
    status: str
    pillars: tuple[CachedPillar, ...]

    @property
    def computed_local(self) -> datetime:
        return self.computed_at.astimezone(LOCAL_TZ)


class _Damaged(ValueError):
    """The file is not a standing this version wrote."""


# --- values: db.i18n's Text / Label / Joined, numbers, dates -------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, Text):
        return {"t": value.template, "p": {str(name): _encode(item) for name, item in value.params.items()}}
    if isinstance(value, Joined):
        return {"j": [_encode(item) for item in value.items], "s": value.separator}
    if isinstance(value, Label):
        return {"l": str(value)}
    if isinstance(value, Decimal):
        return {"d": format(value, "f")}
    if isinstance(value, datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return str(value)  # a plain str, or a value the sentence showed as text


def _decode(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if not isinstance(value, dict) or len(value) not in (1, 2):
        raise _Damaged(f"unexpected value {value!r:.60}")
    if "t" in value:
        params = value.get("p")
        if not isinstance(value["t"], str) or not isinstance(params, dict):
            raise _Damaged("a sentence without its template or params")
        try:
            return Text(value["t"], {str(name): _decode(item) for name, item in params.items()})
        except (KeyError, IndexError, ValueError, AttributeError) as exc:  # the template does not fit its params
            raise _Damaged(f"a sentence that cannot be filled: {exc}") from exc
    if "j" in value:
        items, separator = value["j"], value.get("s", "、")
        if not isinstance(items, list) or not isinstance(separator, str):
            raise _Damaged("a list without its items")
        return Joined([_text(item) for item in items], separator)
    if "l" in value:
        return Label(_str(value["l"]))
    if "d" in value:
        try:
            number = Decimal(_str(value["d"]))
        except InvalidOperation as exc:
            raise _Damaged("not a number") from exc
        if not number.is_finite():
            raise _Damaged("not a finite number")
        return number
    try:
        if "dt" in value:
            return datetime.fromisoformat(_str(value["dt"]))
        if "date" in value:
            return date.fromisoformat(_str(value["date"]))
    except ValueError as exc:
        raise _Damaged("not a date") from exc
    raise _Damaged(f"unexpected value {value!r:.60}")


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise _Damaged(f"not a text: {value!r:.60}")
    return value


def _text(value: Any) -> str:
    decoded = _decode(value)
    if not isinstance(decoded, str):
        raise _Damaged(f"not a text: {value!r:.60}")
    return decoded


def _number(value: Any) -> Decimal | int | None:
    decoded = _decode(value)
    if decoded is None or (isinstance(decoded, (int, Decimal)) and not isinstance(decoded, bool)):
        return decoded
    raise _Damaged(f"not a figure's number: {value!r:.60}")


# --- the file ----------------------------------------------------------------------------------


def cache_path(data_dir: Path) -> Path:
    return data_dir / CACHE_FILENAME


def standing_of(
    result: Any, *, office_code: str, revision: str, data_mark: int, computed_at: datetime | None = None
) -> CachedStanding:
    """The standing to keep from a :class:`db.compliance.ComplianceResult` (read by its attributes:
    this module does not import the data layer)."""
    pillars = tuple(
        CachedPillar(
            str(pillar.key),
            pillar.label,
            str(getattr(pillar.status, "value", pillar.status)),
            tuple(
                CachedFigure(
                    str(figure.key),
                    figure.label,
                    figure.value,
                    figure.standard,
                    str(figure.unit),
                    str(getattr(figure.status, "value", figure.status)),
                    figure.reason,
                )
                for figure in pillar.figures
            ),
        )
        for pillar in result.pillars
    )
    return CachedStanding(
        office_code,
        revision,
        data_mark,
        computed_at or datetime.now(UTC),
        str(result.period.code),
        str(getattr(result.status, "value", result.status)),
        pillars,
    )


def encode_standing(standing: CachedStanding) -> bytes:
    document = {
        "format": FORMAT,
        "office_code": standing.office_code,
        "revision": standing.revision,
        "data_mark": standing.data_mark,
        "computed_at": standing.computed_at.astimezone(UTC).isoformat(),
        "period": standing.period_code,
        "status": standing.status,
        "pillars": [
            {
                "key": pillar.key,
                "label": _encode(pillar.label),
                "status": pillar.status,
                "figures": [
                    {
                        "key": figure.key,
                        "label": _encode(figure.label),
                        "value": _encode(figure.value),
                        "standard": _encode(figure.standard),
                        "unit": _encode(figure.unit),
                        "status": figure.status,
                        "reason": _encode(figure.reason),
                    }
                    for figure in pillar.figures
                ],
            }
            for pillar in standing.pillars
        ],
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_standing(data: bytes) -> CachedStanding:
    """The standing in ``data``; :class:`ValueError` when it is not one this version wrote."""
    if len(data) > MAX_BYTES:
        raise _Damaged("too large")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise _Damaged(f"not JSON: {exc}") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _Damaged("another format")
    try:
        computed_at = datetime.fromisoformat(_str(document["computed_at"]))
        if computed_at.tzinfo is None:
            raise _Damaged("a time without its zone")
        mark = document["data_mark"]
        if not isinstance(mark, int) or isinstance(mark, bool):
            raise _Damaged("no data mark")
        pillars = []
        for pillar in document["pillars"]:
            figures = tuple(
                CachedFigure(
                    _str(figure["key"]),
                    _text(figure["label"]),
                    _number(figure["value"]),
                    _number(figure["standard"]),
                    _text(figure["unit"]),
                    _str(figure["status"]),
                    _text(figure["reason"]),
                )
                for figure in pillar["figures"]
            )
            pillars.append(CachedPillar(_str(pillar["key"]), _text(pillar["label"]), _str(pillar["status"]), figures))
        return CachedStanding(
            _str(document["office_code"]),
            _str(document["revision"]),
            mark,
            computed_at,
            _str(document["period"]),
            _str(document["status"]),
            tuple(pillars),
        )
    except (KeyError, TypeError, ValueError) as exc:  # a field missing or of the wrong shape
        raise _Damaged(f"not a standing: {exc}") from exc


def write_standing(data_dir: Path, standing: CachedStanding) -> bool:
    """Keep ``standing`` for the next start; False (logged) when the file could not be written —
    the cache is a convenience: a full disk or a read-only folder costs only the quick first view."""
    from db.fileio import write_atomic  # imported here: light, but not needed to read

    data = encode_standing(standing)
    try:
        with _write_lock:
            write_atomic(cache_path(data_dir), data)
    except OSError:  # DiskFull is an OSError too
        log.warning("could not keep the standing for the next start", exc_info=True)
        return False
    return True


def read_standing(
    data_dir: Path, *, office_code: str, revision: str, data_mark: int | None, period_code: str | None = None
) -> CachedStanding | None:
    """The standing kept for this database (see the module), or None."""
    path = cache_path(data_dir)
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError:  # none yet (or unreadable): the window waits for the figures as it always did
        return None
    try:
        standing = decode_standing(data)
    except ValueError as exc:
        log.info("ignoring the kept standing in %s: %s", path, exc)
        return None
    if standing.office_code != office_code or standing.revision != revision:
        return None
    if period_code is not None and standing.period_code != period_code:
        return None
    if data_mark is None or standing.data_mark > data_mark:  # the database is older than the figures
        return None
    return standing
