"""The city's review comments on single figures and records of a return (“活动台账第 12 条日期有误”).

Besides its decision on the whole return (:func:`db.exchange.acks.decide_return`), a city reviewer
may comment on one figure (``service.activities``: the pillar and figure keys of the return's
pre-flight) or one record (its table and id) of an office's latest return of a period
(:func:`add_comment`; ``shequ city comment``). A comment records who wrote it, when, and the level
(市级); it is never edited.

The acknowledgements carry the comments of the returns they report (:func:`ack_comments`, a list
of plain dicts under ``comments``, at most :data:`db.exchange.budgets.MAX_ACK_COMMENTS`); the
office keeps them with the same ids (:func:`store_ack_comments`, idempotent) and shows each where it
applies: with its return on 数据交换 (:func:`comments_by_return`), at the figure or the record on
首页 (:func:`current_comments`, the period's latest signed return only) and in the record's editor
(:func:`record_comments`).
"""

from __future__ import annotations

import json
import secrets
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from db.errors import ShequError
from db.exchange.ledger import db_time
from db.exchange.locks import review_lock
from db.exchange.rawdb import Db, exchange_connection, quoted, rollback
from db.i18n import Joined, tr
from db.kinds import kind_of_table
from db.models import ReturnSnapshot, ReviewComment
from db.periods import Period
from db.timeutil import utcnow

CITY_LEVEL = "市级"
MAX_COMMENT_CHARS = 2000  # one comment: a few sentences; a longer text is refused, never cut


_COLUMNS = (
    "id",
    "return_id",
    "office_code",
    "period_code",
    "return_version",
    "figure_key",
    "table_name",
    "record_id",
    "text",
    "written_by",
    "written_at",
    "level",
)


_id_lock = threading.Lock()
_last_micros = [0]  # the last id's time in this process


def comment_id() -> str:
    """A new comment's id: a UUID version 7 (the time it is written, to the microsecond, then random
    bits), so comments written at the same ``written_at`` (a fixed clock, two in one moment) still
    list in the order they were written (``ORDER BY written_at, id``), on every database."""
    with _id_lock:
        micros = max(time.time_ns() // 1000, _last_micros[0] + 1)  # strictly increasing in this process
        _last_micros[0] = micros
    millis, sub = divmod(micros, 1000)
    value = (millis & (1 << 48) - 1) << 80 | 0x7 << 76 | sub << 64 | 0b10 << 62 | secrets.randbits(62)
    return str(uuid.UUID(int=value))


class CommentRefused(ShequError):
    """A comment that cannot be added (nothing written)."""


@dataclass(frozen=True)
class Comment:
    """One review comment as the screens and JSON show it."""

    id: str
    return_id: str
    office_code: str
    period_code: str
    return_version: int
    figure_key: str  # "" for a record's comment
    figure_label: str  # the figure's name in the return ("" when unknown or for a record)
    table_name: str  # "" for a figure's comment
    record_id: str
    record_title: str  # the record's title where this database has it
    text: str
    written_by: str
    written_at: datetime | None
    level: str

    @property
    def on_record(self) -> bool:
        return bool(self.table_name)

    def to_row(self) -> dict[str, Any]:
        """The stored row's values (``review_comment``), as the acknowledgement carries them."""
        values = {name: getattr(self, name) for name in _COLUMNS}
        values["written_at"] = db_time(self.written_at or utcnow())
        return values

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "return_id": self.return_id,
            "period_code": self.period_code,
            "return_version": self.return_version,
            "figure": self.figure_key or None,
            "figure_label": self.figure_label or None,
            "record": f"{self.table_name}:{self.record_id}" if self.table_name else None,
            "record_title": self.record_title or None,
            "text": self.text,
            "by": self.written_by,
            "at": self.written_at.isoformat() if self.written_at else None,
            "level": self.level,
        }


def figure_labels(figures_json: str) -> dict[str, str]:
    """``pillar.figure`` → the figure's name, from a return's ``figures_json``."""
    try:
        payload = json.loads(figures_json or "{}")
    except ValueError:
        return {}
    found: dict[str, str] = {}
    for pillar in payload.get("pillars", []) if isinstance(payload, dict) else []:
        if not isinstance(pillar, dict):
            continue
        for figure in pillar.get("figures", []):
            if isinstance(figure, dict):
                found[f"{pillar.get('key')}.{figure.get('key')}"] = str(figure.get("label", ""))
    return found


def _latest_return(session: Session, office_code: str | None, period_code: str) -> ReturnSnapshot | None:
    """The period's latest signed return of ``office_code`` (of the one office here when None)."""
    query = select(ReturnSnapshot).where(
        col(ReturnSnapshot.period_code) == period_code,
        col(ReturnSnapshot.signed_at).is_not(None),
        col(ReturnSnapshot.deleted_at).is_(None),
    )
    if office_code is not None:
        query = query.where(col(ReturnSnapshot.office_code) == office_code)
    return session.exec(query.order_by(col(ReturnSnapshot.return_version).desc())).first()


def _record_title(session: Session, table_name: str, record_id: str) -> str | None:
    """The record's title, "" when it has none, None when there is no such record."""
    found = kind_of_table(table_name)
    if found is None:
        return None
    row = session.get(found.model, record_id)
    if row is None:
        return None
    return str(getattr(row, found.title_field, "") or "")


# ---------------------------------------------------------------------------------------
# At the city


def add_comment(
    store: Any,
    office_code: str,
    period: Period,
    *,
    text: str,
    written_by: str,
    figure_key: str = "",
    record: tuple[str, str] | None = None,
    now: datetime | None = None,
    level: str = CITY_LEVEL,
) -> Comment:
    """A reviewer's comment on one figure (``figure_key``) or one record (``record`` = table, id) of
    ``office_code``'s latest return of ``period``. Refused (:class:`CommentRefused`, nothing written)
    without a return, text or name, for a figure the return does not have, or a record that is not
    the office's. ``level``: the reviewer's (市级; the street's review passes 街道)."""
    office_code, text, written_by = office_code.strip(), text.strip(), written_by.strip()
    figure_key = figure_key.strip()
    if bool(figure_key) == (record is not None):
        raise ValueError("a comment is on one figure or one record")
    if not text:
        raise CommentRefused(tr("意见不能为空：请写明这一项的问题，社区会看到它。"))
    if len(text) > MAX_COMMENT_CHARS:
        raise CommentRefused(
            tr("意见太长（{count} 字），一条意见最多 {limit} 字。", count=len(text), limit=MAX_COMMENT_CHARS)
        )
    if not written_by:
        raise CommentRefused(tr("提意见需要填写审核人姓名：每条意见都记录是谁写的。请填写姓名后重试。"))
    with store.session() as session:
        snapshot = _latest_return(session, office_code, period.code)
        if snapshot is None:
            raise CommentRefused(
                tr("社区 {office} 还没有报送{period}的报表，无法提意见。", office=office_code, period=period.label_text)
            )
        table_name = record_id = title = ""
        if figure_key:
            labels = figure_labels(snapshot.figures_json)
            if figure_key not in labels:
                raise CommentRefused(
                    tr(
                        "报表中没有“{key}”这一项指标。可以提意见的指标：{keys}。",
                        key=figure_key,
                        keys=Joined(sorted(labels), "、"),
                    )
                )
        else:
            assert record is not None
            table_name, record_id = record[0].strip(), record[1].strip()
            found = kind_of_table(table_name)
            row = session.get(found.model, record_id) if found is not None and record_id else None
            if found is None or row is None or getattr(row, "office_code", None) != office_code:
                raise CommentRefused(
                    tr(
                        "“{record}”不是社区 {office} 的记录，无法提意见。请写成 表名:记录编号，如 activity:记录编号。",
                        record=f"{table_name}:{record_id}",
                        office=office_code,
                    )
                )
            title = str(getattr(row, found.title_field, "") or "")
        comment = Comment(
            id=comment_id(),
            return_id=snapshot.id,
            office_code=office_code,
            period_code=period.code,
            return_version=snapshot.return_version,
            figure_key=figure_key,
            figure_label=figure_labels(snapshot.figures_json).get(figure_key, "") if figure_key else "",
            table_name=table_name,
            record_id=record_id,
            record_title=title,
            text=text,
            written_by=written_by,
            written_at=now or utcnow(),
            level=level,
        )
    with exchange_connection(store) as conn:
        conn.begin_write()
        try:
            conn.lock(review_lock(office_code))
            latest = conn.execute(
                "SELECT id, return_version FROM return_snapshot WHERE office_code = ? AND period_code = ?"
                " AND signed_at IS NOT NULL AND deleted_at IS NULL ORDER BY return_version DESC, id DESC LIMIT 1",
                (office_code, period.code),
            ).fetchone()
            if latest is not None and str(latest[0]) != comment.return_id:
                raise CommentRefused(
                    tr(
                        "社区 {office} 刚刚送来了{period}的新版本报表（第 {version} 版），这条意见没有写入。"
                        "请刷新后对新版本提意见。",
                        office=office_code,
                        period=period.label_text,
                        version=int(latest[1]),
                    )
                )
            _insert(conn, comment.to_row())
            conn.commit()
        except BaseException:
            rollback(conn)
            raise
    return comment


def _insert(conn: Db, values: dict[str, Any]) -> int:
    names = ", ".join(quoted(name) for name in _COLUMNS)
    cursor = conn.execute(
        f"INSERT INTO review_comment ({names}) VALUES ({', '.join('?' * len(_COLUMNS))}) ON CONFLICT(id) DO NOTHING",
        [values[name] for name in _COLUMNS],
    )
    return int(cursor.rowcount)


def ack_comments(conn: Db, office_code: str, return_ids: Iterable[str]) -> list[dict[str, Any]]:
    """The comments on the returns ``return_ids`` of ``office_code``, as the acknowledgement carries them."""
    wanted = set(return_ids)
    names = ", ".join(quoted(name) for name in _COLUMNS)
    rows = conn.execute(
        f"SELECT {names} FROM review_comment WHERE office_code = ? ORDER BY written_at, id", (office_code,)
    ).fetchall()
    return [dict(zip(_COLUMNS, row, strict=True)) for row in rows if row[1] in wanted]


# ---------------------------------------------------------------------------------------
# At the office


def store_ack_comments(conn: Db, office_code: str, items: Any) -> int:
    """Keep the comments an acknowledgement brought (for this office; the same ids, so importing
    again adds nothing); how many were new. Items that are not comments are skipped."""
    if not isinstance(items, list):
        return 0
    added = 0
    for item in items:
        if not isinstance(item, dict) or not item.get("id") or not item.get("return_id"):
            continue
        text = str(item.get("text") or "").strip()
        if not text:
            continue
        try:
            version = int(item.get("return_version") or 1)
        except (TypeError, ValueError):
            continue
        values = {
            "id": str(item["id"])[:36],
            "return_id": str(item["return_id"])[:36],
            "office_code": office_code,
            "period_code": str(item.get("period_code") or "")[:8],
            "return_version": version,
            "figure_key": str(item.get("figure_key") or "")[:80],
            "table_name": str(item.get("table_name") or "")[:40],
            "record_id": str(item.get("record_id") or "")[:36],
            "text": text[:MAX_COMMENT_CHARS],
            "written_by": str(item.get("written_by") or ""),
            "written_at": str(item.get("written_at") or db_time(utcnow())),
            "level": str(item.get("level") or CITY_LEVEL),
        }
        if not values["figure_key"] and not (values["table_name"] and values["record_id"]):
            continue
        added += _insert(conn, values)
    return added


def _as_comments(session: Session, rows: Iterable[ReviewComment]) -> list[Comment]:
    labels: dict[str, dict[str, str]] = {}
    found: list[Comment] = []
    for row in rows:
        if row.figure_key and row.return_id not in labels:
            snapshot = session.get(ReturnSnapshot, row.return_id)
            labels[row.return_id] = figure_labels(snapshot.figures_json) if snapshot is not None else {}
        title = _record_title(session, row.table_name, row.record_id) if row.table_name else ""
        found.append(
            Comment(
                id=row.id,
                return_id=row.return_id,
                office_code=row.office_code,
                period_code=row.period_code,
                return_version=row.return_version,
                figure_key=row.figure_key,
                figure_label=labels.get(row.return_id, {}).get(row.figure_key, "") if row.figure_key else "",
                table_name=row.table_name,
                record_id=row.record_id,
                record_title=title or "",
                text=row.text,
                written_by=row.written_by,
                written_at=row.written_at,
                level=row.level,
            )
        )
    return found


def _ordered() -> Any:
    return (col(ReviewComment.written_at), col(ReviewComment.id))  # ties (the same moment): by id


def office_comments(session: Session, office_code: str, period_code: str | None = None) -> list[Comment]:
    """Every comment on ``office_code``'s returns (of ``period_code`` when given), oldest first."""
    query = select(ReviewComment).where(col(ReviewComment.office_code) == office_code)
    if period_code is not None:
        query = query.where(col(ReviewComment.period_code) == period_code)
    return _as_comments(session, session.exec(query.order_by(*_ordered())).all())


def comments_by_return(session: Session, office_code: str) -> dict[str, list[Comment]]:
    """The office's comments grouped by the return they are on (数据交换 lists them with it)."""
    grouped: dict[str, list[Comment]] = {}
    for comment in office_comments(session, office_code):
        grouped.setdefault(comment.return_id, []).append(comment)
    return grouped


def current_comments(session: Session, office_code: str | None, period_code: str) -> list[Comment]:
    """The comments on the period's latest signed return (a newer version leaves older comments
    to the exchange page's history)."""
    snapshot = _latest_return(session, office_code, period_code)
    if snapshot is None:
        return []
    rows = session.exec(
        select(ReviewComment).where(col(ReviewComment.return_id) == snapshot.id).order_by(*_ordered())
    ).all()
    return _as_comments(session, rows)


def record_comments(session: Session, table_name: str, record_id: str) -> list[Comment]:
    """The comments on one record that stand: each on its period's latest signed return."""
    rows = session.exec(
        select(ReviewComment)
        .where(col(ReviewComment.table_name) == table_name, col(ReviewComment.record_id) == record_id)
        .order_by(*_ordered())
    ).all()
    standing: list[ReviewComment] = []
    for row in rows:
        latest = _latest_return(session, row.office_code, row.period_code)
        if latest is not None and latest.id == row.return_id:
            standing.append(row)
    return _as_comments(session, standing)
