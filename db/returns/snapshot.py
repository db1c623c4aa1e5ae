"""Signed returns as immutable snapshots, corrections, and the records each return counted.

A signed return is stored as a :class:`~db.models.ReturnSnapshot` (its figures as JSON, the
explanations, the PDF as a file under ``<data folder>/returns/`` with its SHA-256, the SHA-256
of the figures, when and by whom it was signed) and one :class:`~db.models.ReturnRecord` per
record it counted, with that record's version. After signing, only the snapshot's state
changes (已报送, 已接收, 退回); :mod:`db.audit` refuses anything else.

A correction (更正) is the next version of the same office and period: :func:`changes_since`
lists what changed since the previous signed version — figures, records added (新增) or deleted
(删除) by their title, and every changed field of the others, its value when the previous version
was signed → its value now as people read it (12,000.00 元, 2026年3月5日, labels, 是/否), with the
reason given for that save in the audit log — and the correction page of the new return prints
that list. What a signed return printed beyond its figures (those lines and its signature block:
单位负责人, 填表人, 联系电话, date) is kept in the snapshot's ``changes_json``
(:func:`printed_json`; read back with :func:`snapshot_changes` / :func:`snapshot_signatories`).

:func:`signed_returns_covering` tells an editor whether a record was counted by a signed
return, so that it can ask for the reason of the change.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as select_columns
from sqlmodel import Session, col, select

from db import kinds
from db.compliance import Status
from db.enums import AuditAction, ReturnState
from db.fileio import disk_full, write_atomic
from db.forms import FORMS, FormField, Input, candidates, display_title, display_value
from db.models import AuditEntry, ReturnRecord, ReturnSnapshot, SyncedRecord
from db.returns.compose import format_number
from db.returns.content import Change, ReturnContent, Signatories, canonical_json
from db.validation import field_label

RETURNS_DIRNAME = "returns"


def signed_snapshots(session: Session, office_code: str, period_code: str) -> list[ReturnSnapshot]:
    """The signed returns of one office and period, oldest version first."""
    return list(
        session.exec(
            select(ReturnSnapshot)
            .where(
                col(ReturnSnapshot.deleted_at).is_(None),
                col(ReturnSnapshot.office_code) == office_code,
                col(ReturnSnapshot.period_code) == period_code,
                col(ReturnSnapshot.signed_at).is_not(None),
            )
            .order_by(col(ReturnSnapshot.return_version))
        ).all()
    )


def office_signed_returns(session: Session, office_code: str) -> list[ReturnSnapshot]:
    """Every signed return of one office, most recently signed first (the app's list)."""
    return list(
        session.exec(
            select(ReturnSnapshot)
            .where(
                col(ReturnSnapshot.deleted_at).is_(None),
                col(ReturnSnapshot.office_code) == office_code,
                col(ReturnSnapshot.signed_at).is_not(None),
            )
            .order_by(col(ReturnSnapshot.signed_at).desc(), col(ReturnSnapshot.return_version).desc())
        ).all()
    )


def latest_signed(session: Session, office_code: str, period_code: str) -> ReturnSnapshot | None:
    found = signed_snapshots(session, office_code, period_code)
    return found[-1] if found else None


def next_version(session: Session, office_code: str, period_code: str) -> int:
    """The version number the next signed return of this period gets (1, or 2, 3 … for 更正)."""
    latest = latest_signed(session, office_code, period_code)
    return latest.return_version + 1 if latest is not None else 1


def counted_records(session: Session, snapshot: ReturnSnapshot) -> dict[tuple[str, str], int]:
    """(table, record id) → record version, for every record the return counted."""
    rows = session.exec(
        select(col(ReturnRecord.table_name), col(ReturnRecord.record_id), col(ReturnRecord.record_version)).where(
            col(ReturnRecord.return_id) == snapshot.id
        )
    ).all()
    return {(table, record_id): version for table, record_id, version in rows}


def signed_returns_covering(session: Session, record: SyncedRecord) -> list[ReturnSnapshot]:
    """The signed returns that counted ``record`` (newest first); empty when none did.

    An editor calls this before saving a change to (or deleting) an existing record: when the
    list is not empty, it asks for the reason of the change and passes it to
    :func:`db.ops.save_record` / :func:`db.ops.delete_record` (``reason=``), so that the next
    correction (更正) of those returns can say why the figure changed.
    """
    table = str(record.__tablename__)
    return list(
        session.exec(
            select(ReturnSnapshot)
            .join(ReturnRecord, col(ReturnRecord.return_id) == col(ReturnSnapshot.id))
            .where(
                col(ReturnRecord.table_name) == table,
                col(ReturnRecord.record_id) == record.id,
                col(ReturnSnapshot.deleted_at).is_(None),
                col(ReturnSnapshot.signed_at).is_not(None),
            )
            .order_by(col(ReturnSnapshot.signed_at).desc())
        ).all()
    )


def _figure_texts(figures: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """(pillar.figure) → (label, "value unit（status）") from a figures payload."""
    texts: dict[str, tuple[str, str]] = {}
    for pillar in figures.get("pillars", []):
        for figure in pillar.get("figures", []):
            value = figure.get("value")
            unit = figure.get("unit", "")
            shown = "—" if value is None else _payload_number(value, unit)
            status = Status(figure.get("status", "pass")).label
            label = f"{pillar.get('label', '')}·{figure.get('label', '')}"
            texts[f"{pillar.get('key')}.{figure.get('key')}"] = (label, f"{shown} {unit}（{status}）".strip())
    return texts


def _payload_number(value: Any, unit: str) -> str:
    from decimal import Decimal

    number: Any = Decimal(value) if isinstance(value, str) else value
    return format_number(number, unit)


def _record_titles(session: Session, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The names of records no longer counted (as their kind's title field says them)."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, record_id in keys:
        by_table[table].append(record_id)
    titles: dict[tuple[str, str], str] = {}
    for table, ids in by_table.items():
        kind = kinds.kind_of_table(table)
        if kind is None:
            continue
        for record_id, values in _record_values(session, kind.key, ids).items():
            titles[(table, record_id)] = display_title(session, kind.key, values)
    return titles


def _record_values(session: Session, kind_key: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The stored values of some records of one kind, by id (deleted ones too)."""
    model: Any = kinds.kind(kind_key).model
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        for record in session.exec(select(model).where(col(model.id).in_(list(ids[start : start + 500])))).all():
            found[record.id] = record.model_dump()
    return found


def _deleted_ids(session: Session, keys: Sequence[tuple[str, str]]) -> set[str]:
    """The ids among ``keys`` whose records are deleted now (tombstones)."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, record_id in keys:
        by_table[table].append(record_id)
    deleted: set[str] = set()
    for table, ids in by_table.items():
        kind = kinds.kind_of_table(table)
        if kind is None:
            continue
        model: Any = kind.model
        deleted.update(
            session.exec(select(col(model.id)).where(col(model.id).in_(ids), col(model.deleted_at).is_not(None))).all()
        )
    return deleted


@dataclass
class _FieldEdit:
    """One field of one record between two returns: its first old and last new value, and why."""

    old: str | None
    new: str | None
    reasons: list[str]


@dataclass
class _RecordEdits:
    """What the audit log says happened to one record since the previous return."""

    created: bool = False
    deleted: bool = False
    fields: dict[str, _FieldEdit] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)


def _signing_mark(session: Session, snapshot: ReturnSnapshot) -> int | None:
    """The audit log's position when ``snapshot`` was stored: the change sequence number of its
    own creation's first audit row (every later save of the office has a larger one)."""
    seq = col(AuditEntry.seq)
    mark = session.execute(
        select_columns(func.min(seq)).where(
            col(AuditEntry.record_id) == snapshot.id, col(AuditEntry.action) == AuditAction.CREATE.value
        )
    ).scalar()
    return int(mark) if mark is not None else None


def _edits_since(session: Session, ids: Sequence[str], previous: ReturnSnapshot) -> dict[str, _RecordEdits]:
    """Per record, its audit rows written after ``previous`` was stored, folded into each changed
    field's value before (what that return counted) and after."""
    edits: dict[str, _RecordEdits] = defaultdict(_RecordEdits)
    seq = col(AuditEntry.seq)
    mark = _signing_mark(session, previous)
    signed = previous.signed_at or previous.modified_at
    # a snapshot without its own audit rows (none are known): by the signing time
    after = seq > mark if mark is not None else col(AuditEntry.at) > signed
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select_columns(
                col(AuditEntry.record_id),
                col(AuditEntry.action),
                col(AuditEntry.field),
                col(AuditEntry.old_value),
                col(AuditEntry.new_value),
                col(AuditEntry.reason),
            )
            .where(col(AuditEntry.record_id).in_(list(ids[start : start + 500])), after)
            .order_by(seq)
        ).all()
        for record_id, action, name, old, new, why in rows:
            record = edits[record_id]
            reason = (why or "").strip()
            if reason and reason not in record.reasons:
                record.reasons.append(reason)
            if action == AuditAction.CREATE.value:
                record.created = True
            elif action == AuditAction.DELETE.value:
                record.deleted = True
            elif action == AuditAction.RESTORE.value:
                record.deleted = False
            if not name:
                continue
            edit = record.fields.get(name)
            if edit is None:
                edit = record.fields[name] = _FieldEdit(None if action == AuditAction.CREATE.value else old, new, [])
            edit.new = new
            if reason and reason not in edit.reasons:
                edit.reasons.append(reason)
    return edits


def _form_field(kind_key: str, name: str) -> FormField | None:
    spec = FORMS.get(kind_key)
    return next((item for item in spec.fields if item.name == name), None) if spec is not None else None


def _day_text(text: str) -> str:
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        return text
    return f"{day.year}年{day.month}月{day.day}日"


def readable_value(kind_key: str, name: str, text: str | None, titles: dict[str, str] | None = None) -> str:
    """A stored value as the correction page prints it: money with thousands separators and 元,
    dates as 2026年3月5日, codes as their labels, flags as 是/否, linked records by name; an empty
    value as （空）."""
    if text is None or text == "":
        return "（空）"
    form_field = _form_field(kind_key, name)
    if form_field is not None and form_field.input is Input.DATE:
        return _day_text(text)
    if form_field is None:
        if text.lower() in ("true", "false"):
            return "是" if text.lower() == "true" else "否"
        return text
    return display_value(form_field, text, titles) or "（空）"


def _linked_titles(session: Session, kind_key: str, edits: dict[str, _FieldEdit]) -> dict[str, str]:
    """The names of the records the changed values of linked fields point to."""
    titles: dict[str, str] = {}
    for name, edit in edits.items():
        form_field = _form_field(kind_key, name)
        if form_field is None or form_field.input is not Input.RECORD or not form_field.ref_kind:
            continue
        ids = [value for value in (edit.old, edit.new) if value]
        titles.update({found.record_id: found.text for found in candidates(session, form_field.ref_kind, ids)})
    return titles


def _field_order(kind_key: str) -> dict[str, int]:
    spec = FORMS.get(kind_key)
    return {item.name: index for index, item in enumerate(spec.fields)} if spec is not None else {}


def changes_since(session: Session, previous: ReturnSnapshot, content: ReturnContent, reason: str) -> list[Change]:
    """What changed between the signed ``previous`` version and the return about to be made.

    Each changed figure (old → new value); then, for every kind of record, each record the
    previous return counted or this one counts that changed since ``previous`` was signed: a new
    record 新增, a deleted one 删除 (with its title), otherwise every changed field, its value when
    ``previous`` was signed → its value now, as people read them (:func:`readable_value`), with
    the reason given for that save in the audit log (else the correction's ``reason``).
    """
    why_default = reason.strip() or "数据更正"
    changes: list[Change] = []
    old_figures = _figure_texts(json.loads(previous.figures_json or "{}"))
    new_figures = _figure_texts(content.payload())
    for figure_key, (label, new_text) in new_figures.items():
        old_text = old_figures.get(figure_key, (label, "—"))[1]
        if old_text != new_text:
            changes.append(Change(f"指标：{label}", old_text, new_text, why_default, figure_key))

    old_refs = counted_records(session, previous)
    new_refs = {(ref.table, ref.record_id): ref for ref in content.refs}
    touched = sorted(
        set(old_refs) ^ set(new_refs) | {k for k in new_refs if k in old_refs and old_refs[k] != new_refs[k].version}
    )
    if not touched:
        return changes
    edits = _edits_since(session, sorted({record_id for _, record_id in touched}), previous)
    titles = _record_titles(session, [key for key in touched if key not in new_refs])
    deleted = _deleted_ids(session, [key for key in touched if key not in new_refs])
    kind_order = {kind.key: index for index, kind in enumerate(kinds.KINDS)}

    def order(key: tuple[str, str]) -> tuple[int, str, str]:
        kind = kinds.kind_of_table(key[0])
        title = new_refs[key].title if key in new_refs else titles.get(key, "")
        return (kind_order.get(kind.key, len(kind_order)) if kind else len(kind_order), title, key[1])

    for key in sorted(touched, key=order):
        table, record_id = key
        kind = kinds.kind_of_table(table)
        kind_key = kind.key if kind else ""
        kind_label = kind.label if kind else "记录"
        title = new_refs[key].title if key in new_refs else titles.get(key, "")
        record = edits.get(record_id, _RecordEdits())
        what = f"{kind_label}“{title}”" if title else kind_label
        target = f"{table}:{record_id}"  # for the answers to review comments (db.returns.answers)
        why = "；".join(record.reasons) or why_default
        if key in new_refs and key not in old_refs and record.created:
            changes.append(Change(what, "未计入", "新增", why, target))
            continue
        if key in old_refs and key not in new_refs and (record.deleted or record_id in deleted):
            changes.append(Change(what, "已计入", "删除", why, target))
            continue
        shown = _linked_titles(session, kind_key, record.fields)
        positions = _field_order(kind_key)
        lines = []
        for name in sorted(record.fields, key=lambda name: (positions.get(name, len(positions)), name)):
            edit = record.fields[name]
            old = readable_value(kind_key, name, edit.old, shown)
            new = readable_value(kind_key, name, edit.new, shown)
            if old == new:
                continue
            label = field_label(name, kind_key or None)
            lines.append(Change(f"{what}·{label}", old, new, "；".join(edit.reasons) or why, target))
        if key in new_refs and key not in old_refs:
            lines.insert(0, Change(what, "未计入", "计入", why, target))
        elif key in old_refs and key not in new_refs:
            lines.insert(0, Change(what, "已计入", "不再计入", why, target))
        elif not lines:
            lines.append(Change(what, "—", "已修改", why, target))  # changed, but nothing the audit log names
        changes.extend(lines)
    return changes


def save_signed(
    session: Session,
    data_dir: Path,
    content: ReturnContent,
    pdf: bytes,
    *,
    signed_at: datetime,
    signer: str,
    certificate_subject: str,
    self_signed: bool,
) -> ReturnSnapshot:
    """Store a signed return: its PDF file, its snapshot row and the records it counted (one
    transaction; the file is removed again if the transaction fails).

    The PDF is written first, with a marker beside it (:func:`db.leftovers.mark_pending`) that
    goes once the row is committed: if the process is killed in between, the next opening of the
    store for writing removes the PDF that has no row (:func:`db.leftovers.clean_leftovers`). A
    full data folder is :class:`db.fileio.DiskFull`, with nothing kept and no version used."""
    from db.leftovers import clear_pending, mark_pending

    office_code = content.office.code
    name = f"{office_code}-{content.period.code}-v{content.return_version}.pdf"
    relative = Path(RETURNS_DIRNAME) / name
    target = Path(data_dir) / relative
    if target.exists():
        target = target.with_name(f"{target.stem}-{signed_at.strftime('%Y%m%d%H%M%S')}.pdf")
        relative = Path(RETURNS_DIRNAME) / target.name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise disk_full(exc, target.parent.parent) or exc from None
    mark_pending(target)
    try:
        write_atomic(target, pdf)
    except BaseException:
        clear_pending(target)
        raise
    snapshot = ReturnSnapshot(
        office_code=office_code,
        period_code=content.period.code,
        return_version=content.return_version,
        state=ReturnState.SIGNED.value,
        figures_json=canonical_json(content.payload()),
        explanations_json=canonical_json(
            [{"key": item.key, "text": item.text, "explanation": item.explanation} for item in content.warnings]
        ),
        changes_json=printed_json(content),
        correction_reason=content.correction_reason,
        pdf_path=relative.as_posix(),
        pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        figures_sha256=content.figures_sha256,
        signed_at=signed_at,
        signer=signer,
        certificate_subject=certificate_subject,
        self_signed=self_signed,
    )
    try:
        session.add(snapshot)
        session.flush()
        session.add_all(
            ReturnRecord(
                return_id=snapshot.id, table_name=ref.table, record_id=ref.record_id, record_version=ref.version
            )
            for ref in content.refs
        )
        session.commit()
    except BaseException:
        session.rollback()
        target.unlink(missing_ok=True)
        clear_pending(target)
        raise
    clear_pending(target)
    return snapshot


def printed_json(content: ReturnContent) -> str:
    """What a signed return printed beyond its figures, kept in its snapshot's ``changes_json``:
    the correction page's lines (``changes``), the signature block (``signature``) and, when it
    has them, the answers to review comments (``answers``)."""
    printed: dict[str, Any] = {
        "changes": [change.to_dict() for change in content.corrections],
        "signature": {**content.signatories.to_dict(), "date": content.filled_on.isoformat()},
    }
    if content.answers:  # 对审核意见的答复 (db.returns.answers.snapshot_answers reads them back)
        printed["answers"] = [answer.to_dict() for answer in content.answers]
    return canonical_json(printed)


def _printed(snapshot: ReturnSnapshot) -> dict[str, Any]:
    try:
        data = json.loads(snapshot.changes_json or "[]")
    except ValueError:
        return {}
    if isinstance(data, list):  # before the signature block was kept: the changes alone
        return {"changes": data}
    return data if isinstance(data, dict) else {}


def snapshot_changes(snapshot: ReturnSnapshot) -> list[Change]:
    """The correction page's lines a signed return printed."""
    lines = _printed(snapshot).get("changes")
    return [
        Change(*(str(item.get(name, "")) for name in ("what", "old", "new", "why")))
        for item in (lines if isinstance(lines, list) else [])
        if isinstance(item, dict)
    ]


def snapshot_signatories(snapshot: ReturnSnapshot) -> Signatories:
    """The signature block a signed return printed (empty for returns signed before it was kept)."""
    return Signatories.from_dict(_printed(snapshot).get("signature"))


def snapshot_pdf(data_dir: Path, snapshot: ReturnSnapshot, *, source: Any = None) -> bytes:
    """The stored PDF of a snapshot; :class:`StoredReturnDamaged` when it is missing or unreadable
    or no longer matches its SHA-256.

    ``source`` (a store, session or exchange connection of a city or a street): the PDF is read from
    the database first (``stored_file``, by ``pdf_sha256``: :func:`db.exchange.blobs.get_file`),
    then from the file in ``data_dir`` (a city or street made before PDFs moved into the database;
    an office keeps its own returns as files)."""
    from db.returns.errors import StoredReturnDamaged

    if source is not None and snapshot.pdf_sha256:
        from db.exchange.blobs import get_file

        stored = get_file(source, snapshot.pdf_sha256)
        if stored is not None:
            return stored
    try:
        data = (Path(data_dir) / snapshot.pdf_path).read_bytes()
    except OSError as exc:
        raise StoredReturnDamaged(snapshot.pdf_path, exc.strerror or str(exc)) from exc
    if hashlib.sha256(data).hexdigest() != snapshot.pdf_sha256:
        raise StoredReturnDamaged(snapshot.pdf_path, "SHA-256")
    return data
