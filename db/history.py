"""A record's history read from the audit log, one entry per save, written the way people read it.

The audit log has one row per changed field (:mod:`db.audit`); people think in saves. Each
:class:`HistoryEntry` is one save of the record or of a record that belongs to it (a member's
posts, a pairing's visits, … named by their kind and title): when (Asia/Shanghai, to the
minute), who, what kind of save (新建 / 修改 / 删除 / 恢复 / 导入 / 数据交换), the reason given, and
the fields it changed, old → new (enumeration labels, 元, 是/否, the names of linked records
rather than their ids). A new record lists the values it was given, without the empty ones
(nor its boxes left unticked).

What makes one save: the rows of one record written by the same operator with the same
reason at the same time. A flush stamps all its rows with one time (:mod:`db.audit`), the bulk
paths (Excel imports, demo data, settling an exchange conflict) one time per operation. Rows
written before that rule each carry their own time, microseconds apart: rows of one record
under the same operator, action and reason, less than :data:`SAME_SAVE_WITHIN` apart and
touching different fields are taken as one save too (two saves of a record a second apart by
the same person with the same reason and on different fields would read as one — only a
script saves that fast).

Where a save came from: an Excel/CSV import writes its reason ``从 Excel 导入：…`` (导入);
rows received in another computer's or the city's bundle lie in the range of the sender's change
sequence (``audit_entry.seq``) the import noted in ``bundle_received`` (数据交换), as do the rows
of a settled conflict (their reason).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from db import kinds
from db.audit import SYSTEM_NAME
from db.enums import AuditAction, split_codes
from db.forms import FORMS, FormField, Input, candidates, display_title, display_value
from db.i18n import Joined, Label, Text, tr
from db.models import AuditEntry, BundleReceived
from db.timeutil import format_local
from db.validation import field_label

SAME_SAVE_WITHIN = timedelta(seconds=1)
"""How far apart the rows of one save written before a flush had one time can be."""

IMPORT_REASONS = ("从 Excel 导入", "从 CSV 文件导入")  # db.sheets.commit.import_reason
EXCHANGE_REASONS = ("处理同步冲突", "市级回执")  # db.exchange.apply.resolve_conflict, db.exchange.acks


class SaveKind(enum.Enum):
    """What kind of save an entry is, as the history says it."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    IMPORT = "import"
    EXCHANGE = "exchange"

    @property
    def text(self) -> Text:
        """新建 / 修改 / 删除 / 恢复 / 导入 / 数据交换."""
        if self is SaveKind.CREATE:
            return tr("新建")
        if self is SaveKind.UPDATE:
            return tr("修改")
        if self is SaveKind.DELETE:
            return tr("删除")
        if self is SaveKind.RESTORE:
            return tr("恢复")
        if self is SaveKind.IMPORT:
            return tr("导入")
        return tr("数据交换")


@dataclass(frozen=True)
class FieldChange:
    """One field of a save: its label and the values before and after, as people read them."""

    name: str  # the field's name in the model
    label: Label  # its Chinese label
    old: str  # "" when it was empty (a Label or Joined when the value is a label)
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    """One save of a record or of a record that belongs to it."""

    at: datetime  # UTC
    when: str  # "2026-11-28 14:21", Asia/Shanghai
    operator: str  # the operator's name (a Label for the app's own changes, 系统)
    action: AuditAction  # what the audit log says was done (create / update / delete / restore)
    kind: SaveKind  # what the history calls it (an import and an exchange say so)
    record_id: str
    subject: str  # "" for the record itself, else a Text such as 认领岗位“治安维护”
    reason: str
    changes: tuple[FieldChange, ...] = ()

    @property
    def created(self) -> bool:
        """A new record: its changes are the values it was given (nothing before)."""
        return self.action is AuditAction.CREATE


@dataclass
class _Group:
    record_id: str
    at: datetime
    last_at: datetime
    operator_id: str | None
    operator_name: str
    reason: str
    actions: set[str]
    received: bool
    rows: list[Mapping[str, Any]] = field(default_factory=list)
    seq: int = 0  # the last row's change sequence number, to order saves of one moment

    @property
    def action(self) -> AuditAction:
        for code in (AuditAction.CREATE, AuditAction.DELETE, AuditAction.RESTORE):
            if code.value in self.actions:
                return code
        return AuditAction.UPDATE

    def fields(self) -> set[str]:
        return {str(row["field"]) for row in self.rows if row["field"]}

    def same_author(self, other: _Group) -> bool:
        return (
            self.record_id == other.record_id
            and self.operator_id == other.operator_id
            and self.operator_name == other.operator_name
            and self.reason == other.reason
            and self.received == other.received
        )


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


def _field_order(kind_key: str) -> dict[str, int]:
    spec = FORMS.get(kind_key)
    return {form_field.name: index for index, form_field in enumerate(spec.fields if spec is not None else ())}


def record_history(session: Session, kind_key: str, record_id: str, *, limit: int = 2000) -> list[HistoryEntry]:
    """The saves of one record and of the records that belong to it, newest first.

    ``limit`` bounds the audit rows read (the newest ones).
    """
    owners: dict[str, str] = {record_id: kind_key}
    subjects: dict[str, str] = {}
    parent_fields: dict[str, str] = {}  # a child's field naming this record, not repeated on its creation
    spec = FORMS.get(kind_key)
    for child in spec.children if spec is not None else ():
        table = _table(child.kind_key)
        children = session.execute(select(table).where(table.c[child.parent_field] == record_id)).mappings().all()
        for mapping in children:
            row = {str(key): value for key, value in mapping.items()}
            child_id = str(row["id"])
            owners[child_id] = child.kind_key
            parent_fields[child_id] = child.parent_field
            title = display_title(session, child.kind_key, row)
            kind_name = kinds.kind(child.kind_key).label
            subjects[child_id] = (
                tr("{kind}“{title}”", kind=Label(kind_name), title=title)
                if title and title != kind_name
                else Label(kind_name)
            )
    rows = _audit_rows(session, list(owners), limit)
    groups = _group(rows, _received_ranges(session))
    titles = _linked_titles(session, owners, rows)

    entries = []
    for group in groups:
        owner_kind = owners[group.record_id]
        action = group.action
        entries.append(
            HistoryEntry(
                at=group.at,
                when=format_local(group.at),
                operator=Label(group.operator_name) if group.operator_name == SYSTEM_NAME else group.operator_name,
                action=action,
                kind=_kind_of(group, action),
                record_id=group.record_id,
                subject=subjects.get(group.record_id, ""),
                reason=group.reason,
                changes=_changes(owner_kind, group, titles, parent_fields.get(group.record_id, "")),
            )
        )
    return entries


def _kind_of(group: _Group, action: AuditAction) -> SaveKind:
    if group.received or group.reason.startswith(EXCHANGE_REASONS):
        return SaveKind.EXCHANGE
    if group.reason.startswith(IMPORT_REASONS):
        return SaveKind.IMPORT
    return SaveKind(action.value)


def _changes(
    owner_kind: str, group: _Group, titles: Mapping[str, Mapping[str, str]], parent_field: str = ""
) -> tuple[FieldChange, ...]:
    order = _field_order(owner_kind)
    created = group.action is AuditAction.CREATE
    rows = [row for row in group.rows if row["field"] and not (created and row["field"] == parent_field)]
    rows.sort(key=lambda row: (order.get(str(row["field"]), len(order)), int(row["seq"])))
    changes = []
    for row in rows:
        name = str(row["field"])
        form_field = _field_spec(owner_kind, name)
        ref_titles = titles.get(form_field.ref_kind or "", {}) if form_field is not None else {}
        old = _shown(form_field, row["old_value"], ref_titles)
        new = _shown(form_field, row["new_value"], ref_titles)
        if not old and not new:
            continue
        if created and _unticked(form_field, row["new_value"]):
            continue  # a new record's boxes left unticked are not values given
        changes.append(FieldChange(name=name, label=Label(field_label(name, owner_kind)), old=old, new=new))
    return tuple(changes)


def _unticked(form_field: FormField | None, value: str | None) -> bool:
    return form_field is not None and form_field.input is Input.FLAG and str(value).lower() in ("false", "0")


def _shown(form_field: FormField | None, value: str | None, titles: Mapping[str, str]) -> str:
    """A stored value as people read it; labels as :class:`Label` so that the app translates them."""
    text = display_value(form_field, value, titles)
    if not text or form_field is None or value is None:
        return text
    if form_field.input is Input.CHOICE and form_field.enum is not None:
        return Label(text)
    if form_field.input is Input.CHOICES and form_field.enum is not None:
        return Joined(Label(form_field.enum.label_of(code)) for code in split_codes(value))
    if form_field.input is Input.FLAG:
        return Label(text)
    return text


def _linked_titles(
    session: Session, owners: Mapping[str, str], rows: Iterable[Mapping[str, Any]]
) -> dict[str, dict[str, str]]:
    """The names of the records the changed values point to, by their kind and id."""
    wanted: dict[str, set[str]] = {}
    for row in rows:
        if not row["field"]:
            continue
        form_field = _field_spec(owners[str(row["record_id"])], str(row["field"]))
        if form_field is not None and form_field.input is Input.RECORD and form_field.ref_kind:
            for value in (row["old_value"], row["new_value"]):
                if value:
                    wanted.setdefault(form_field.ref_kind, set()).add(str(value))
    return {
        ref_kind: {c.record_id: c.text for c in candidates(session, ref_kind, sorted(ids))}
        for ref_kind, ids in wanted.items()
    }


def _audit_rows(session: Session, record_ids: Sequence[str], limit: int) -> list[Mapping[str, Any]]:
    """The newest ``limit`` audit rows of these records, oldest first."""
    table: Table = AuditEntry.__table__  # type: ignore[attr-defined]
    seq = table.c.seq
    found: list[Mapping[str, Any]] = []
    for start in range(0, len(record_ids), 500):
        chunk = list(record_ids[start : start + 500])
        query = select(table).where(table.c.record_id.in_(chunk)).order_by(table.c.at.desc(), seq.desc()).limit(limit)
        found.extend(dict(row) for row in session.execute(query).mappings())
    found.sort(key=lambda row: (row["at"], row["seq"] or 0), reverse=True)
    newest = found[:limit]
    newest.reverse()
    return newest


def _received_ranges(session: Session) -> list[tuple[str, int, int]]:
    """The ranges of the senders' change sequences whose audit rows came in bundles from elsewhere."""
    table: Table = BundleReceived.__table__  # type: ignore[attr-defined]
    query = select(table.c.sender, table.c.audit_rowid_first, table.c.audit_rowid_last).where(
        table.c.audit_rowid_first.is_not(None), table.c.audit_rowid_last.is_not(None)
    )
    return [(str(sender), int(first), int(last)) for sender, first, last in session.execute(query)]


def _group(rows: Sequence[Mapping[str, Any]], received: Sequence[tuple[str, int, int]]) -> list[_Group]:
    """The rows (oldest first) as saves, newest first."""
    exact: dict[tuple[Any, ...], _Group] = {}
    for row in rows:
        rowid = int(row["seq"] or 0)
        office = row["office_code"]
        came = any(sender == office and first <= rowid <= last for sender, first, last in received)
        reason = str(row["reason"] or "")
        key = (row["record_id"], row["at"], row["operator_id"], row["operator_name"], reason, came)
        group = exact.get(key)
        if group is None:
            group = exact[key] = _Group(
                record_id=str(row["record_id"]),
                at=row["at"],
                last_at=row["at"],
                operator_id=row["operator_id"],
                operator_name=str(row["operator_name"] or ""),
                reason=reason,
                actions=set(),
                received=came,
            )
        group.actions.add(str(row["action"]))
        group.rows.append(row)
        group.seq = max(group.seq, rowid)

    # rows written before one flush had one time: the same save's rows microseconds apart
    merged: list[_Group] = []
    last_of_record: dict[str, _Group] = {}
    for group in sorted(exact.values(), key=lambda g: (g.at, g.seq)):
        before = last_of_record.get(group.record_id)
        if (
            before is not None
            and before.same_author(group)
            and before.actions == group.actions
            and len(group.actions) == 1
            and group.at - before.last_at < SAME_SAVE_WITHIN
            and group.fields()
            and not (before.fields() & group.fields())
        ):
            before.rows.extend(group.rows)
            before.last_at = group.at
            before.seq = max(before.seq, group.seq)
            continue
        merged.append(group)
        last_of_record[group.record_id] = group
    merged.sort(key=lambda g: (g.at, g.seq), reverse=True)
    return merged
