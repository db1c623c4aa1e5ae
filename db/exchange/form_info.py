"""The legal identification block of the return (表号, 制表机关, 批准机关, 批准文号, 有效期至).

The city sets it (``shequ city form-info``) in its database (``exchange_setting``
:data:`CITY_SETTING`, so every workstation of a city on PostgreSQL has the same; a city made before
kept it in ``city/form-info.json``, still read until it is set again); every acknowledgement carries
it under ``form_info`` (signed with the rest, :func:`db.exchange.acks.build_ack_payload`); the office
keeps the latest one in ``keys/form-info.json`` and the return prints what is there — a value that is
not set is not printed, never invented. Files are written with :func:`db.fileio.write_atomic`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from db.errors import InvalidInput
from db.fileio import write_atomic
from db.i18n import tr

FILENAME = "form-info.json"
CITY_DIRNAME = "city"  # as db.exchange.pki.CITY_DIRNAME
KEYS_DIRNAME = "keys"  # as db.returns.sign.KEYS_DIRNAME
MAX_LENGTH = 60
_MAX_FILE_BYTES = 16_384
CITY_SETTING = "city_form_info"  # exchange_setting.key of the city's values (JSON)


@dataclass(frozen=True)
class FormInfo:
    """The five values; "" where not set."""

    table_no: str = ""  # 表号
    authority: str = ""  # 制表机关
    approved_by: str = ""  # 批准机关
    approval_no: str = ""  # 批准文号
    valid_until: str = ""  # 有效期至, YYYY-MM-DD

    def to_dict(self) -> dict[str, str]:
        return asdict(self)

    def is_empty(self) -> bool:
        return not any(self.to_dict().values())


_LABELS = {
    "table_no": "表号",
    "authority": "制表机关",
    "approved_by": "批准机关",
    "approval_no": "批准文号",
    "valid_until": "有效期至",
}


def checked(info: FormInfo) -> FormInfo:
    """``info`` with each value trimmed, or :class:`InvalidInput` saying what is wrong."""
    values = {key: value.strip() for key, value in info.to_dict().items()}
    for key, value in values.items():
        if len(value) > MAX_LENGTH:
            raise InvalidInput(
                tr(
                    "{label}太长（{count} 个字），最多 {limit} 个字。",
                    label=_LABELS[key],
                    count=len(value),
                    limit=MAX_LENGTH,
                )
            )
        if any(ord(ch) < 32 for ch in value):
            raise InvalidInput(tr("{label}里有换行或控制字符，请只写一行。", label=_LABELS[key]))
    if values["valid_until"]:
        try:
            values["valid_until"] = date.fromisoformat(values["valid_until"]).isoformat()
        except ValueError:
            raise InvalidInput(
                tr("有效期至“{value}”不是有效的日期，请按 年-月-日 写，例如 2027-12-31。", value=values["valid_until"])
            ) from None
        if len(info.valid_until.strip()) != 10:
            raise InvalidInput(
                tr(
                    "有效期至“{value}”不是有效的日期，请按 年-月-日 写，例如 2027-12-31。",
                    value=info.valid_until.strip(),
                )
            )
    return FormInfo(**values)


def from_document(value: Any) -> FormInfo | None:
    """A ``form_info`` object as stored or carried; None when it is not one (or fails the checks)."""
    if not isinstance(value, dict):
        return None
    fields = {}
    for key in _LABELS:
        item = value.get(key, "")
        if not isinstance(item, str):
            return None
        fields[key] = item
    try:
        return checked(FormInfo(**fields))
    except InvalidInput:
        return None


def _read(path: Path) -> FormInfo:
    try:
        with path.open("rb") as handle:
            data = handle.read(_MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return FormInfo()
    return _from_text(data) or FormInfo()


def _write(path: Path, info: FormInfo) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(info.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomic(path, text.encode("utf-8"))


def city_file(data_dir: Path | str) -> Path:
    return Path(data_dir) / CITY_DIRNAME / FILENAME


def office_file(data_dir: Path | str) -> Path:
    return Path(data_dir) / KEYS_DIRNAME / FILENAME


def _from_text(data: bytes) -> FormInfo | None:
    if len(data) > _MAX_FILE_BYTES:
        return None
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return from_document(document)


def read_city(data_dir: Path | str, *, source: Any = None) -> FormInfo:
    """The city's values (all "" when never set): from the city's database when ``source`` (its
    store or engine) is given and holds them, else ``city/form-info.json`` (a city made before)."""
    if source is not None:
        from db.exchange.rawdb import exchange_connection

        with exchange_connection(source) as conn:
            stored = conn.scalar("SELECT value FROM exchange_setting WHERE key = ?", (CITY_SETTING,))
        if stored is not None:
            return _from_text(str(stored).encode("utf-8")) or FormInfo()
    return _read(city_file(data_dir))


def write_city(data_dir: Path | str, info: FormInfo, *, source: Any = None) -> FormInfo:
    """Check and store the city's values; what was stored. ``source`` (the city's store or engine):
    in its database, where every workstation reads them; without it in ``city/form-info.json``."""
    info = checked(info)
    if source is None:
        _write(city_file(data_dir), info)
        return info
    from db.exchange.rawdb import exchange_connection, rollback

    text = json.dumps(info.to_dict(), ensure_ascii=False, sort_keys=True)
    with exchange_connection(source) as conn:
        conn.begin_write()
        try:
            conn.execute(
                "INSERT INTO exchange_setting (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (CITY_SETTING, text),
            )
            conn.commit()
        except BaseException:
            rollback(conn)
            raise
    return info


def read_office(data_dir: Path | str) -> FormInfo:
    """What the latest acknowledgement brought the office (all "" before any)."""
    return _read(office_file(data_dir))


def take_from_ack(data_dir: Path | str, value: Any) -> bool:
    """Keep the ``form_info`` of an acknowledgement at the office; whether it changed anything."""
    info = from_document(value)
    if info is None or info == read_office(data_dir):
        return False
    _write(office_file(data_dir), info)
    return True
