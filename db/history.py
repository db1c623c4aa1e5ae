"""A record's history read from the audit log, written the way people read it.

One :class:`HistoryLine` per changed field: when (Asia/Shanghai), who, what was done, to which
field (its Chinese label), the old and new value (enumeration labels, 元, 是/否, the names of
linked records rather than their ids) and the reason given. The changes of the records that
belong to it (a member's posts, a pairing's visits, …) are included, named by their kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Table, select
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from db import kinds
from db.enums import AuditAction
from db.forms import FORMS, FormField, Input, candidates, display_title, display_value
from db.models import AuditEntry
from db.timeutil import format_local
from db.validation import field_label


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    when: str  # "2026-11-28 14:21", Asia/Shanghai
    operator: str
    action: str  # 新增 / 修改 / 删除 / 恢复
    subject: str  # "" for the record itself, else the record it belongs to, e.g. "认领岗位“治安维护”"
    field: str  # the field's Chinese label ("" for a whole-record action)
    old: str
    new: str
    reason: str


def _table(kind_key: str) -> Table:
    return SQLModel.metadata.tables[str(kinds.kind(kind_key).model.__tablename__)]


def _field_spec(kind_key: str, name: str) -> FormField | None:
    spec = FORMS.get(kind_key)
    if spec is None:
        return None
    for form_field in spec.fields:
        if form_field.name == name:
            return form_field
    return None


def record_history(session: Session, kind_key: str, record_id: str, *, limit: int = 2000) -> list[HistoryLine]:
    """The changes of one record and of the records that belong to it, newest first."""
    owners: dict[str, str] = {record_id: kind_key}
    subjects: dict[str, str] = {}
    spec = FORMS.get(kind_key)
    for child in spec.children if spec is not None else ():
        table = _table(child.kind_key)
        rows = session.execute(select(table).where(table.c[child.parent_field] == record_id)).mappings().all()
        for mapping in rows:
            row = {str(key): value for key, value in mapping.items()}
            child_id = str(row["id"])
            owners[child_id] = child.kind_key
            title = display_title(session, child.kind_key, row)
            label = kinds.kind(child.kind_key).label
            subjects[child_id] = f"{label}“{title}”" if title and title != label else label
    entries = _entries(session, list(owners), limit)

    wanted: dict[str, set[str]] = {}
    for entry in entries:
        form_field = _field_spec(owners[entry.record_id], entry.field)
        if form_field is not None and form_field.input is Input.RECORD and form_field.ref_kind:
            for value in (entry.old_value, entry.new_value):
                if value:
                    wanted.setdefault(form_field.ref_kind, set()).add(value)
    titles: dict[str, dict[str, str]] = {
        ref_kind: {c.record_id: c.text for c in candidates(session, ref_kind, sorted(ids))}
        for ref_kind, ids in wanted.items()
    }

    lines = []
    for entry in entries:
        owner_kind = owners[entry.record_id]
        form_field = _field_spec(owner_kind, entry.field)
        ref_titles = titles.get(form_field.ref_kind or "", {}) if form_field is not None else {}
        lines.append(
            HistoryLine(
                at=entry.at,
                when=format_local(entry.at),
                operator=entry.operator_name,
                action=AuditAction.label_of(entry.action),
                subject=subjects.get(entry.record_id, ""),
                field=field_label(entry.field, owner_kind) if entry.field else "",
                old=display_value(form_field, entry.old_value, ref_titles),
                new=display_value(form_field, entry.new_value, ref_titles),
                reason=entry.reason or "",
            )
        )
    return lines


def _entries(session: Session, record_ids: Sequence[str], limit: int) -> list[AuditEntry]:
    table: Table = AuditEntry.__table__  # type: ignore[attr-defined]
    found: list[AuditEntry] = []
    for start in range(0, len(record_ids), 500):
        chunk = list(record_ids[start : start + 500])
        query = select(AuditEntry).where(table.c.record_id.in_(chunk)).order_by(table.c.at.desc()).limit(limit)
        found.extend(session.execute(query).scalars())
    # newest first; within one save, in the order the fields were written
    found.sort(key=lambda entry: entry.at, reverse=True)
    return found[:limit]
