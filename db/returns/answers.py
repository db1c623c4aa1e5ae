"""The corrected return answers the review comments (对审核意见的答复).

When an office signs a correction (v2, v3 …) of a period whose earlier version got review comments
(``review_comment`` rows: the city's 市级 or the street's 街道, on one figure or one record) or a
退回 / 有问题 decision with its reason (``return_receipt.reason`` from the city, ``street_reason``
from the street), the new return prints, after its correction page, each of them — level, reviewer,
date, what it is on (the figure's label, the record's kind and title, or 整份报表; never an internal
key), the text — followed by what this version changed for it: the correction page's lines about
that figure or record (old → new), or 未改动 with the correction's reason.

:func:`gather_answers` finds them (the comments and decisions on the period's earlier versions that
no later version answered yet) and matches them with the correction lines by their ``target``
(:attr:`db.returns.content.Change.target`). The answers are kept in the snapshot's
``changes_json`` (``"answers"``, :func:`db.returns.snapshot.printed_json`) so that the PDF and the
data agree; :func:`snapshot_answers` reads them back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import literal_column
from sqlmodel import Session, col, select

from db import kinds
from db.enums import ReturnState
from db.models import ReturnReceipt, ReturnSnapshot, ReviewComment
from db.returns.content import Answer, Change, ReturnContent
from db.timeutil import to_local

CITY_LEVEL = "市级"  # as db.exchange.comments.CITY_LEVEL
STREET_LEVEL = "街道"  # as db.exchange.street_review.STREET_LEVEL
WHOLE_RETURN = "整份报表"
_DECIDED = {ReturnState.RETURNED.value: "退回", ReturnState.PROBLEM.value: "有问题"}


def _printed(snapshot: ReturnSnapshot) -> dict[str, Any]:
    try:
        data = json.loads(snapshot.changes_json or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def snapshot_answers(snapshot: ReturnSnapshot) -> list[Answer]:
    """The answers to review comments a signed return printed (empty when it printed none)."""
    items = _printed(snapshot).get("answers")
    found = [Answer.from_dict(item) for item in (items if isinstance(items, list) else [])]
    return [answer for answer in found if answer is not None]


def decision_key(return_id: str, level: str) -> str:
    """The key of the answer to a 退回 / 有问题 decision on one return at one level."""
    return f"decision:{return_id}:{level}"


def _figure_labels(figures_json: str) -> dict[str, str]:
    """``pillar.figure`` → "有钱办事·人均运营经费", from a return's figures."""
    try:
        payload = json.loads(figures_json or "{}")
    except ValueError:
        return {}
    labels: dict[str, str] = {}
    for pillar in payload.get("pillars", []) if isinstance(payload, dict) else []:
        if not isinstance(pillar, dict):
            continue
        for figure in pillar.get("figures", []):
            if isinstance(figure, dict):
                labels[f"{pillar.get('key')}.{figure.get('key')}"] = (
                    f"{pillar.get('label', '')}·{figure.get('label', '')}"
                )
    return labels


def _record_on(session: Session, table_name: str, record_id: str) -> str:
    """A record as an answer names it: its kind and title (活动“端午节包粽子”), never its id."""
    kind = kinds.kind_of_table(table_name)
    if kind is None:
        return "一条记录"
    row = session.get(kind.model, record_id) if record_id else None
    title = str(getattr(row, kind.title_field, "") or "").strip() if row is not None else ""
    return f"{kind.label}“{title}”" if title else f"{kind.label}（一条记录）"


def _untouched(reason: str) -> str:
    reason = reason.strip()
    return f"未改动。更正原因：{reason}" if reason else "未改动。"


def _answer_changes(target: str, corrections: Sequence[Change], reason: str) -> tuple[tuple[Change, ...], str]:
    lines = tuple(change for change in corrections if change.target == target)
    return (lines, "") if lines else ((), _untouched(reason))


def _decision_note(corrections: Sequence[Change], reason: str) -> str:
    if not corrections:
        return _untouched(reason)
    note = f"本版共更正 {len(corrections)} 项，逐项见“更正说明”。"
    return note + (f"更正原因：{reason.strip()}" if reason.strip() else "")


def _answered(snapshots: Iterable[ReturnSnapshot]) -> set[str]:
    return {answer.key for snapshot in snapshots for answer in snapshot_answers(snapshot)}


def gather_answers(session: Session, office_code: str, period_code: str, content: ReturnContent) -> list[Answer]:
    """The answers the correction ``content`` prints: every review comment and every 退回 / 有问题
    decision (city and street) on the period's earlier signed versions that no version answered
    yet, oldest version first, decisions before comments, then as written. ``content.corrections``
    must be filled already (:func:`db.returns.snapshot.changes_since`)."""
    snapshots = list(
        session.exec(
            select(ReturnSnapshot)
            .where(
                col(ReturnSnapshot.deleted_at).is_(None),
                col(ReturnSnapshot.office_code) == office_code,
                col(ReturnSnapshot.period_code) == period_code,
                col(ReturnSnapshot.signed_at).is_not(None),
                col(ReturnSnapshot.return_version) < content.return_version,
            )
            .order_by(col(ReturnSnapshot.return_version))
        ).all()
    )
    if not snapshots:
        return []
    answered = _answered(snapshots)
    by_id = {snapshot.id: snapshot for snapshot in snapshots}
    ids = list(by_id)
    receipts = {
        receipt.return_id: receipt
        for receipt in session.exec(select(ReturnReceipt).where(col(ReturnReceipt.return_id).in_(ids))).all()
    }
    comments = session.exec(
        select(ReviewComment)
        .where(col(ReviewComment.return_id).in_(ids), col(ReviewComment.office_code) == office_code)
        .order_by(col(ReviewComment.written_at), literal_column("review_comment.rowid"))  # then as written
    ).all()
    reason = content.correction_reason
    corrections = content.corrections
    answers: list[Answer] = []
    for snapshot in snapshots:
        receipt = receipts.get(snapshot.id)
        if receipt is not None:
            decisions = (
                (receipt.street_status, receipt.street_reason, STREET_LEVEL, receipt.street_decided_by,
                 receipt.street_decided_at),
                (receipt.status, receipt.reason, receipt.decided_level or CITY_LEVEL, receipt.decided_by,
                 receipt.decided_at),
            )  # fmt: skip
            for status, text, level, by, at in decisions:
                key = decision_key(snapshot.id, level)
                if status not in _DECIDED or not text.strip() or key in answered:
                    continue
                answers.append(
                    Answer(
                        key=key,
                        level=level,
                        reviewer=by,
                        written_on=to_local(at).date() if at else None,
                        on=f"{WHOLE_RETURN}（{_DECIDED[status]}）",
                        text=text.strip(),
                        version=snapshot.return_version,
                        note=_decision_note(corrections, reason),
                    )
                )
        labels = _figure_labels(snapshot.figures_json)
        for comment in comments:
            if comment.return_id != snapshot.id or comment.id in answered:
                continue
            if comment.figure_key:
                on = f"指标：{labels.get(comment.figure_key) or '一项指标'}"
                target = comment.figure_key
            else:
                on = _record_on(session, comment.table_name, comment.record_id)
                target = f"{comment.table_name}:{comment.record_id}"
            changes, note = _answer_changes(target, corrections, reason)
            answers.append(
                Answer(
                    key=comment.id,
                    level=comment.level or CITY_LEVEL,
                    reviewer=comment.written_by,
                    written_on=to_local(comment.written_at).date() if comment.written_at else None,
                    on=on,
                    text=comment.text,
                    version=snapshot.return_version,
                    changes=changes,
                    note=note,
                )
            )
    return answers
