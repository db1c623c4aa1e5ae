"""Signed returns as immutable snapshots, corrections, and the records each return counted.

A signed return is stored as a :class:`~db.models.ReturnSnapshot` (its figures as JSON, the
explanations, the PDF as a file under ``<data folder>/returns/`` with its SHA-256, the SHA-256
of the figures, when and by whom it was signed) and one :class:`~db.models.ReturnRecord` per
record it counted, with that record's version. After signing, only the snapshot's state
changes (已报送, 已接收, 退回); :mod:`db.audit` refuses anything else.

A correction (更正) is the next version of the same office and period: :func:`changes_since`
lists what changed since the previous signed version — figures, and records added, removed
or edited, with the reasons given for the edits in the audit log — and the correction page of
the new return prints that list.

:func:`signed_returns_covering` tells an editor whether a record was counted by a signed
return, so that it can ask for the reason of the change.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from db import kinds
from db.compliance import Status
from db.enums import ReturnState
from db.fileio import disk_full, write_atomic
from db.models import AuditEntry, ReturnRecord, ReturnSnapshot, SyncedRecord
from db.returns.compose import format_number
from db.returns.content import Change, ReturnContent, canonical_json
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
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, record_id in keys:
        by_table[table].append(record_id)
    titles: dict[tuple[str, str], str] = {}
    for table, ids in by_table.items():
        kind = kinds.kind_of_table(table)
        if kind is None:
            continue
        model: Any = kind.model
        for record_id, title in session.exec(
            select(col(model.id), getattr(model, kind.title_field)).where(col(model.id).in_(ids))
        ).all():
            titles[(table, record_id)] = str(title or "")
    return titles


def changes_since(session: Session, previous: ReturnSnapshot, content: ReturnContent, reason: str) -> list[Change]:
    """What changed between the signed ``previous`` version and the return about to be made."""
    why_default = reason.strip() or "数据更正"
    changes: list[Change] = []
    old_figures = _figure_texts(json.loads(previous.figures_json or "{}"))
    new_figures = _figure_texts(content.payload())
    for figure_key, (label, new_text) in new_figures.items():
        old_text = old_figures.get(figure_key, (label, "—"))[1]
        if old_text != new_text:
            changes.append(Change(f"指标：{label}", old_text, new_text, why_default))

    old_refs = counted_records(session, previous)
    new_refs = {(ref.table, ref.record_id): ref for ref in content.refs}
    touched = sorted(
        set(old_refs) ^ set(new_refs) | {k for k in new_refs if k in old_refs and old_refs[k] != new_refs[k].version}
    )
    if not touched:
        return changes
    since = previous.signed_at or previous.modified_at
    reasons: dict[str, list[str]] = defaultdict(list)
    fields: dict[str, list[str]] = defaultdict(list)
    ids = sorted({record_id for _, record_id in touched})
    for start in range(0, len(ids), 500):
        for record_id, table, field, why in session.exec(
            select(col(AuditEntry.record_id), col(AuditEntry.table_name), col(AuditEntry.field), col(AuditEntry.reason))
            .where(col(AuditEntry.record_id).in_(ids[start : start + 500]), col(AuditEntry.at) > since)
            .order_by(col(AuditEntry.at))
        ).all():
            if why and why not in reasons[record_id]:
                reasons[record_id].append(why)
            kind = kinds.kind_of_table(table)
            label = field_label(field, kind.key if kind else None) if field else ""
            if label and label not in fields[record_id]:
                fields[record_id].append(label)
    missing_titles = [key for key in touched if key not in new_refs]
    titles = _record_titles(session, missing_titles)
    for key in touched:
        table, record_id = key
        kind = kinds.kind_of_table(table)
        kind_label = kind.label if kind else table
        why = "；".join(reasons.get(record_id, [])) or why_default
        if key in new_refs and key not in old_refs:
            title = new_refs[key].title
            changes.append(Change(f"新增计入：{kind_label}“{title}”", "未计入", "计入", why))
        elif key in old_refs and key not in new_refs:
            title = titles.get(key, "")
            changes.append(Change(f"不再计入：{kind_label}“{title}”", "计入", "不计入（删除或日期变化）", why))
        else:
            title = new_refs[key].title
            what = "、".join(fields.get(record_id, [])) or "内容"
            changes.append(
                Change(
                    f"修改：{kind_label}“{title}”（{what}）",
                    f"记录第 {old_refs[key]} 版",
                    f"记录第 {new_refs[key].version} 版",
                    why,
                )
            )
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
        changes_json=canonical_json([change.to_dict() for change in content.corrections]),
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


def snapshot_pdf(data_dir: Path, snapshot: ReturnSnapshot) -> bytes:
    """The stored PDF of a snapshot; :class:`StoredReturnDamaged` when the file is missing or
    unreadable or no longer matches its SHA-256."""
    from db.returns.errors import StoredReturnDamaged

    try:
        data = (Path(data_dir) / snapshot.pdf_path).read_bytes()
    except OSError as exc:
        raise StoredReturnDamaged(snapshot.pdf_path, exc.strerror or str(exc)) from exc
    if hashlib.sha256(data).hexdigest() != snapshot.pdf_sha256:
        raise StoredReturnDamaged(snapshot.pdf_path, "SHA-256")
    return data
