"""City → office: acknowledgements (receipts, decisions per return), standards, certificates.

Nothing is accepted automatically. A return that arrives at the city waits as 待审核 until a
person decides (:func:`decide_return`): 通过 (已接收), 退回 or 有问题 — the last two with a comment
on the whole return — recording who, when and the level (:data:`CITY_LEVEL`).

The city writes one acknowledgement per office (:func:`build_ack_payload`); it is cumulative —
every bundle the city has imported from the office, every return's standing (a person's decision,
or 待审核 while there is none), the city's standards in force — so a lost or reordered
acknowledgement loses nothing: the next one says it all again. At the office,
:func:`apply_ack_payload` in one transaction

* marks the bundles the city received as acknowledged (the next export then holds only what
  changed since the range the city is known to have, :func:`db.exchange.ledger.covered_watermark`);
* records each return's standing (``return_receipt``: 待审核 with no decision, or the decision
  with who made it) and moves a decided return to 已接收, 退回 or 有问题
  (:class:`db.enums.ReturnState`, stamped and audited like any change); only a person's 通过
  locks its period (:mod:`db.exchange.locks`) — a decision without a name, or one an older city
  made by itself, stays 待审核; a returned one or one with a problem shows the city's comment;
* keeps an unlock the city granted on a locked return (``unlock`` on its decision: the request,
  who granted it, when) on the office's receipt (:func:`db.exchange.unlock.store_ack_grant`): the
  period is then open for a correction with a reason; an older acknowledgement never takes it back;
* keeps the city's comments on single figures and records of those returns
  (:mod:`db.exchange.comments`, carried under ``comments``);
* takes the city's standards (by id and version; the office's own default rows are retired as
  tombstones, so the city's set is the one in force);
* keeps the return's identification block the city set (``form_info``, :mod:`db.exchange.form_info`);
* hands back the certificate file, if the city sent one, to be installed after the commit.

Importing the same acknowledgement twice changes nothing and says so.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from sqlmodel import col, select

from db import jsonlimits
from db.audit import allocate_seq, system_actor
from db.changes import Changes
from db.enums import AuditAction, ReturnState
from db.errors import ShequError
from db.exchange import budgets
from db.exchange.comments import ack_comments, store_ack_comments
from db.exchange.data_errors import (
    NotThisOffice,
    PayloadDamaged,
    PayloadTooNew,
    ReasonNeeded,
    ReturnNotFound,
    WrongBundleKind,
)
from db.exchange.ledger import RECIPIENT_CITY, db_time
from db.exchange.locks import review_lock
from db.exchange.payload import PURPOSE_CITY, column_names, inflate, office_code_of
from db.exchange.rawdb import Db, exchange_connection, quoted, rollback
from db.exchange.unlock import ack_grant, store_ack_grant
from db.i18n import Joined, Label, tr
from db.models import ReturnSnapshot
from db.standards import default_standard_records
from db.timeutil import utcnow

ACK_FORMAT = "shequ-ack"
ACK_VERSION = 1
KIND_CITY_TO_OFFICE = "city-to-office"
CITY_CODE = "city"  # the office_code of the city's own rows (its standards) in the city's database
CITY_SENDER = "city"
STANDARD_TABLE = "city_standard"
ACK_REASON = "市级回执"
CITY_LEVEL = "市级"  # the level of the city's decisions (the office's receipts record it)
STANDARDS_LOCK = "city-standards"  # taken while the default standards are written (one workstation does)
DECISIONS = (ReturnState.RECEIVED, ReturnState.RETURNED, ReturnState.PROBLEM)
# what an older city wrote for the decisions it made by itself: never a person's 通过
_AUTOMATIC_DECIDER = "系统（自动核验）"
_DECIDED_STATES = frozenset(state.value for state in DECISIONS)


class CommentNeeded(ShequError):
    """退回 / 有问题 without a comment on the return."""

    def __init__(self, status: ReturnState) -> None:
        if status == ReturnState.PROBLEM:
            super().__init__(tr("标记“有问题”需要写明问题，社区会看到它。请填写后重试。"))
        else:
            super().__init__(tr("退回报表需要写明原因，社区会看到它。请填写退回原因后重试。"))


class DeciderNeeded(ShequError):
    """A decision without the name of the person who made it."""

    def __init__(self) -> None:
        super().__init__(tr("审核报表需要填写审核人姓名：每个决定都记录是谁做的。请填写姓名后重试。"))


class DecisionChanged(ShequError):
    """The decision a reviewer saw is no longer the stored one: someone else decided meanwhile
    (another workstation of the city). Nothing written; the reviewer looks again first."""

    def __init__(self, decided_by: str, status: str) -> None:
        if status:
            label = Label({state.value: state.label for state in ReturnState}.get(status, status))
            super().__init__(
                tr(
                    "这份报表刚刚已由 {name} 标记为“{status}”（可能是在另一台电脑上），你的决定没有保存。"
                    "请刷新后看一下，再决定是否更改。",
                    name=decided_by or tr("（未注明）"),
                    status=label,
                )
            )
        else:
            super().__init__(
                tr("这份报表的审核结果刚刚被更改（可能是在另一台电脑上），你的决定没有保存。请刷新后再决定。")
            )


class SeenDecision(NamedTuple):
    """The decision on a return as the reviewer saw it when deciding (``status`` "" while 待审核)."""

    status: str
    decided_at: datetime | None


class BuiltAck(NamedTuple):
    data: bytes
    counts: dict[str, int]


# ---------------------------------------------------------------------------------------
# At the city


def _city_standards_count(conn: Db) -> int:
    return int(conn.scalar("SELECT count(*) FROM city_standard WHERE office_code = ?", (CITY_CODE,)) or 0)


def ensure_city_standards(store: Any) -> int:
    """Write the default city standards into the city's database when it has none; how many.

    Two workstations starting at once write them once: the count is taken again under the city's
    standards lock (:meth:`~db.exchange.rawdb.Db.lock`) in the writing transaction."""
    with exchange_connection(store) as conn:
        if _city_standards_count(conn):
            return 0
    records = default_standard_records(CITY_CODE)
    with store.transaction(system_actor(CITY_CODE, reason="市级标准")) as session:
        with exchange_connection(session) as conn:
            conn.lock(STANDARDS_LOCK)
            if _city_standards_count(conn):
                return 0
        session.add_all(records)
    return len(records)


def decide_return(
    store: Any,
    return_id: str,
    status: ReturnState,
    *,
    reason: str = "",
    decided_by: str = "",
    level: str = CITY_LEVEL,
    now: datetime | None = None,
    seen: SeenDecision | None = None,
) -> Changes:
    """A person's decision on a return that arrived: 通过 (已接收), or 退回 / 有问题 with the
    comment on the whole return the office will see (required for those two).

    ``decided_by`` is the person's name (required); the decision records it with the time and
    ``level``. It travels in the next acknowledgement to the office (:func:`build_ack_payload`).
    Refused (nothing written) without a name or a needed comment. ``seen``: the decision the
    reviewer was looking at; when another workstation changed it meanwhile the decision is refused
    (:class:`DecisionChanged`, nothing written) rather than silently replacing theirs. Decisions on
    one office's returns are serialised (:func:`review_lock`). Returns what changed: that return's state."""
    if status not in DECISIONS:
        raise ValueError("a return is received, returned or has a problem")
    reason, decided_by = reason.strip(), decided_by.strip()
    if status == ReturnState.RETURNED and not reason:
        raise ReasonNeeded()
    if status != ReturnState.RECEIVED and not reason:
        raise CommentNeeded(status)
    if not decided_by:
        raise DeciderNeeded()
    with exchange_connection(store) as conn:
        conn.begin_write()
        try:
            office = conn.scalar("SELECT office_code FROM return_receipt WHERE return_id = ?", (return_id,))
            if office is None:
                raise ReturnNotFound(return_id)
            conn.lock(review_lock(str(office)))
            stored = conn.execute(
                "SELECT status, decided_at, decided_by FROM return_receipt WHERE return_id = ?", (return_id,)
            ).fetchone()
            if seen is not None:
                seen_at = db_time(seen.decided_at) if seen.decided_at is not None else None
                if (str(stored[0] or ""), stored[1] or None) != (seen.status or "", seen_at):
                    raise DecisionChanged(str(stored[2] or ""), str(stored[0] or ""))
            conn.execute(
                "UPDATE return_receipt SET status = ?, reason = ?, decided_at = ?, decided_by = ?,"
                " decided_level = ? WHERE return_id = ?",
                (status.value, reason, db_time(now or utcnow()), decided_by, level, return_id),
            )
            conn.commit()
        except BaseException:
            rollback(conn)
            raise
    return Changes(returns=True)


def build_ack_payload(
    source: Any, office_code: str, *, certificate_file: bytes | None = None, route: dict[str, Any] | None = None
) -> BuiltAck:
    """The acknowledgement for ``office_code``: compressed JSON (see the module docstring); ``route``:
    the city's routing for the office (:func:`db.exchange.street_route.route_document`), signed with the rest."""
    with exchange_connection(source) as conn:
        conn.begin()
        try:
            receipts = [
                {"chain_id": r[0], "seq": r[1], "sha256": r[2], "imported_at": r[3], "gap_note": r[4]}
                for r in conn.execute(
                    "SELECT chain_id, seq, file_sha256, imported_at, gap_note FROM bundle_received"
                    " WHERE kind = 'office-to-city' AND sender = ? ORDER BY imported_at, id",
                    (office_code,),
                )
            ]
            decisions = [
                {
                    "return_id": r[0],
                    "period_code": r[1],
                    "return_version": r[2],
                    "arrived_at": r[3],
                    "status": r[4],
                    "reason": r[5],
                    "decided_at": r[6],
                    "decided_by": r[7],
                    "level": r[8],
                    "_grant": r[9:12],
                }
                # every return that arrived: a person's decision, or 待审核 (status "") while none
                for r in conn.execute(
                    "SELECT return_id, period_code, return_version, arrived_at, status, reason, decided_at, decided_by,"
                    " decided_level, unlock_request_id, unlock_granted_by, unlock_granted_at"
                    " FROM return_receipt WHERE office_code = ? ORDER BY arrived_at, period_code, return_version, id",
                    (office_code,),
                )
            ]
            for item in decisions:  # an unlock the city granted on a locked return (db.exchange.unlock)
                ack_grant(item, item.pop("_grant"))
            comments = ack_comments(conn, office_code, [str(item["return_id"]) for item in decisions])
            columns = column_names(STANDARD_TABLE)
            rows = [
                list(row)
                for row in conn.execute(
                    f"SELECT {', '.join(quoted(c) for c in columns)} FROM city_standard WHERE office_code = ?"
                    " ORDER BY key, effective_from, id",
                    (CITY_CODE,),
                )
            ]
        finally:
            rollback(conn)
    document = {
        "format": ACK_FORMAT,
        "v": ACK_VERSION,
        "office_code": office_code,
        "created_at": db_time(utcnow()),
        "receipts": receipts,
        "decisions": decisions,
        "comments": comments,
        "standards": {"columns": columns, "rows": rows},
        "certificate": base64.b64encode(certificate_file).decode("ascii") if certificate_file else None,
    }
    if route is not None:
        document["route"] = route
    data_dir = getattr(source, "data_dir", None)
    if data_dir is not None:  # the city's legal identification block of the return (db.exchange.form_info)
        from db.exchange.form_info import read_city

        document["form_info"] = read_city(data_dir, source=source).to_dict()
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    counts = {
        "receipts": len(receipts),
        "decisions": sum(1 for item in decisions if item["status"]),
        "pending": sum(1 for item in decisions if not item["status"]),
        "unlocked": sum(1 for item in decisions if "unlock" in item),
        "comments": len(comments),
        "standards": len(rows),
        "certificate": 1 if certificate_file else 0,
    }
    return BuiltAck(zlib.compress(text.encode("utf-8")), counts)


# ---------------------------------------------------------------------------------------
# At the office


@dataclass
class AckResult:
    """What importing an acknowledgement did."""

    seq: int
    bundle_sha256: str
    already_imported: bool = False
    bundles_acknowledged: int = 0
    received: list[tuple[str, int]] = field(default_factory=list)  # (period, return version)
    returned: list[tuple[str, int, str]] = field(default_factory=list)  # (period, version, reason)
    problems: list[tuple[str, int, str]] = field(default_factory=list)  # (period, version, comment)
    pending: list[tuple[str, int]] = field(default_factory=list)  # 待审核 at the city (period, version)
    unlocked: list[tuple[str, int]] = field(default_factory=list)  # unlocks the city granted (period, version)
    comments: int = 0  # the city's comments on single figures or records this acknowledgement brought
    standards_updated: int = 0
    standards_retired: int = 0
    certificate_file: bytes | None = None
    certificate_installed: bool = False
    certificate_problem: str = ""
    route: Any = None  # the city's routing, when the acknowledgement carries one (db.exchange.street)
    route_note: str = ""  # what taking it changed ("" when nothing), said by message()
    route_problem: str = ""
    form_info_updated: bool = False  # the return's identification block changed (db.exchange.form_info)

    @property
    def changes(self) -> Changes:
        """The returns the city decided on (and their periods, now locked or sent back), the
        standards and the certificate it sent."""
        if self.already_imported:
            return Changes()
        periods = {period for period, _ in self.received} | {period for period, _, _ in self.returned}
        periods |= {period for period, _, _ in self.problems} | {period for period, _ in self.unlocked}
        return Changes(
            periods=frozenset(periods),
            returns=bool(periods or self.pending or self.comments),
            exchange=True,
            office=bool(
                self.standards_updated
                or self.standards_retired
                or self.certificate_installed
                or self.route_note
                or self.form_info_updated
            ),
        )

    def message(self) -> str:
        """What the import did, in one sentence (clauses separated by ``；``, one full stop)."""
        if self.already_imported:
            return tr("市级第 {seq} 号回执以前已经导入过，这次没有任何改动。", seq=self.seq)
        from db.periods import parse_period

        parts: list[str] = [
            tr(
                "已导入市级第 {seq} 号回执：市级确认收到数据包 {count} 个",
                seq=self.seq,
                count=self.bundles_acknowledged,
            )
        ]
        for period, version in self.received:
            parts.append(
                tr(
                    "{period}报表（第 {version} 版）已接收，该报告期已锁定",
                    period=parse_period(period).label_text,
                    version=version,
                )
            )
        for period, version, reason in self.returned:
            parts.append(
                tr(
                    "{period}报表（第 {version} 版）被退回：{reason}",
                    period=parse_period(period).label_text,
                    version=version,
                    reason=_clause(reason),
                )
            )
        for period, version, reason in self.problems:
            parts.append(
                tr(
                    "{period}报表（第 {version} 版）市级审核认为有问题：{reason}",
                    period=parse_period(period).label_text,
                    version=version,
                    reason=_clause(reason),
                )
            )
        for period, version in self.unlocked:
            parts.append(
                tr(
                    "{period}报表（第 {version} 版）市级已同意解锁，该报告期可以更正（需写明原因），之后重新签署报送",
                    period=parse_period(period).label_text,
                    version=version,
                )
            )
        for period, version in self.pending:
            parts.append(
                tr(
                    "{period}报表（第 {version} 版）市级待审核",
                    period=parse_period(period).label_text,
                    version=version,
                )
            )
        if self.comments:
            parts.append(tr("市级审核意见 {count} 条（见数据交换页和相关的指标、记录）", count=self.comments))
        if self.standards_updated:
            parts.append(tr("市级标准更新 {count} 条", count=self.standards_updated))
        if self.standards_retired:
            parts.append(tr("市级标准停用 {count} 条", count=self.standards_retired))
        if self.certificate_installed:
            parts.append(tr("已安装市级颁发的新证书"))
        elif self.certificate_problem:
            parts.append(tr("回执中的证书没有安装：{problem}", problem=_clause(self.certificate_problem)))
        if self.form_info_updated:
            parts.append(tr("报表的表号、制表机关、批准文号等已按市级设置更新"))
        if self.route_note:
            parts.append(self.route_note)
        elif self.route_problem:
            parts.append(_clause(self.route_problem))
        return tr("{clauses}。", clauses=Joined(parts, "；"))


def _clause(text: str) -> str:
    """``text`` without the full stop or semicolon it may end with, to sit inside a sentence."""
    return text.rstrip().rstrip("。；;.!！，,").rstrip()


def read_ack_payload(data: bytes) -> dict[str, Any]:
    """The acknowledgement in ``data``, checked against the limits of :mod:`db.exchange.budgets`
    (decompressed in steps up to :data:`~db.exchange.budgets.MAX_ACK_PAYLOAD_BYTES`, then rows and
    the certificate) and its structure; :class:`PayloadDamaged` when it is not one."""
    text = inflate(data, budgets.MAX_ACK_PAYLOAD_BYTES)
    try:
        document = jsonlimits.loads(text)
    except jsonlimits.TooDeep as exc:
        raise budgets.too_deep(exc.text) from None
    except ValueError as exc:
        raise PayloadDamaged(type(exc).__name__) from exc
    del text
    if not isinstance(document, dict) or document.get("format") != ACK_FORMAT:
        raise PayloadDamaged("不是市级回执")
    version = document.get("v")
    if not isinstance(version, int):
        raise PayloadDamaged("缺少格式版本")
    if version > ACK_VERSION:
        raise PayloadTooNew(version)
    if not isinstance(document.get("receipts"), list) or not isinstance(document.get("decisions"), list):
        raise PayloadDamaged("回执内容不完整")
    standards = document.get("standards")
    if not isinstance(standards, dict) or not isinstance(standards.get("rows"), list):
        raise PayloadDamaged("回执内容不完整")
    columns = standards.get("columns")
    if not isinstance(columns, list) or not set(columns) <= set(column_names(STANDARD_TABLE)) or "id" not in columns:
        raise PayloadDamaged("城市标准的列不对")
    for rows in (document["receipts"], document["decisions"], standards["rows"]):
        if len(rows) > budgets.MAX_ACK_ROWS:
            raise budgets.too_many_rows(len(rows), budgets.MAX_ACK_ROWS)
    comments = document.setdefault("comments", [])  # an older city's acknowledgement has none
    if not isinstance(comments, list):
        raise PayloadDamaged("回执内容不完整")
    if len(comments) > budgets.MAX_ACK_COMMENTS:
        raise budgets.too_many_rows(len(comments), budgets.MAX_ACK_COMMENTS)
    certificate = document.get("certificate")
    if isinstance(certificate, str) and len(certificate) > 4 * -(-budgets.MAX_CERTIFICATE_BYTES // 3):
        raise budgets.certificate_too_large(budgets.MAX_CERTIFICATE_BYTES)
    return document


def _audit(
    conn: Db,
    office_code: str,
    stamp: str,
    action: AuditAction,
    record_id: str,
    field_name: str = "",
    old: Any = None,
    new: Any = None,
) -> None:
    conn.execute(
        "INSERT INTO audit_entry (id, office_code, at, operator_id, operator_name, action, table_name, record_id,"
        " field, old_value, new_value, reason, seq) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            str(uuid.uuid4()),
            office_code,
            stamp,
            "系统",
            action.value,
            STANDARD_TABLE,
            record_id,
            field_name,
            None if old is None else str(old),
            None if new is None else str(new),
            ACK_REASON,
            allocate_seq(conn.connection, office_code, 1),  # the office's change sequence (db.audit)
        ),
    )


def _apply_standards(conn: Db, office_code: str, standards: Mapping[str, Any], stamp: str) -> tuple[int, int]:
    """Take the city's standards (by version); retire the others. (updated, retired)."""
    columns = [str(c) for c in standards["columns"]]
    rows = standards["rows"]
    if not rows:
        return 0, 0
    id_i = columns.index("id")
    version_i = columns.index("version") if "version" in columns else None
    updated = 0
    city_ids: set[str] = set()
    stored_columns = column_names(STANDARD_TABLE)
    for raw in rows:
        if not isinstance(raw, list) or len(raw) != len(columns):
            raise PayloadDamaged("城市标准的行不完整")
        values = dict(zip(columns, raw, strict=True))
        values["office_code"] = office_code
        record_id = str(raw[id_i])
        city_ids.add(record_id)
        found = conn.execute(
            f"SELECT {', '.join(quoted(c) for c in stored_columns)} FROM city_standard WHERE id = ?", (record_id,)
        ).fetchone()
        if found is None:
            names = list(values)
            conn.execute(
                f"INSERT INTO city_standard ({', '.join(quoted(c) for c in names)})"
                f" VALUES ({', '.join('?' * len(names))})",
                [values[c] for c in names],
            )
            _audit(conn, office_code, stamp, AuditAction.CREATE, record_id)
            updated += 1
            continue
        stored = dict(zip(stored_columns, found, strict=True))
        incoming_version = int(raw[version_i]) if version_i is not None else 0
        if incoming_version <= int(stored["version"]):
            continue
        changed = [c for c in values if c != "id" and values[c] != stored.get(c)]
        conn.execute(
            f"UPDATE city_standard SET {', '.join(quoted(c) + ' = ?' for c in changed)} WHERE id = ?",
            [values[c] for c in changed] + [record_id],
        )
        for name in changed:
            if name not in ("version", "modified_at", "modified_by", "office_code"):
                _audit(conn, office_code, stamp, AuditAction.UPDATE, record_id, name, stored.get(name), values[name])
        updated += 1
    retired = 0
    for record_id, version in conn.execute("SELECT id, version FROM city_standard WHERE deleted_at IS NULL").fetchall():
        if record_id in city_ids:
            continue
        conn.execute(
            "UPDATE city_standard SET deleted_at = ?, version = ?, modified_at = ?, modified_by = NULL WHERE id = ?",
            (stamp, int(version) + 1, stamp, record_id),
        )
        _audit(conn, office_code, stamp, AuditAction.DELETE, str(record_id))
        retired += 1
    return updated, retired


def apply_ack_payload(
    store: Any, payload_bytes: bytes, *, header: Mapping[str, Any], bundle_sha256: str, file_name: str = ""
) -> AckResult:
    """Apply an opened city → office acknowledgement at the office, in one transaction."""
    if header.get("kind") != KIND_CITY_TO_OFFICE:
        raise WrongBundleKind(str(header.get("kind", "")), "市级回执")
    try:
        seq = int(header.get("seq", 0))
    except (TypeError, ValueError) as exc:
        raise PayloadDamaged("回执编号不对") from exc
    result = AckResult(seq=seq, bundle_sha256=bundle_sha256)
    document = read_ack_payload(payload_bytes)
    with exchange_connection(store) as probe:
        here = office_code_of(probe) or ""
        if probe.execute("SELECT 1 FROM bundle_received WHERE file_sha256 = ?", (bundle_sha256,)).fetchone():
            result.already_imported = True
            return result
    target = str(document.get("office_code", ""))
    if target != here or str(header.get("to", "")) != here:
        raise NotThisOffice(target or str(header.get("to", "")), here)

    now = utcnow()
    stamp = db_time(now)
    with store.transaction(system_actor(here, reason=ACK_REASON)) as session:
        conn = Db(session.connection(), owns_transactions=False)
        hashes = [str(item.get("sha256", "")) for item in document["receipts"] if isinstance(item, dict)]
        for sha in hashes:
            cursor = conn.execute(
                "UPDATE bundle_sent SET acknowledged_at = ? WHERE purpose = ? AND recipient = ? AND file_sha256 = ?"
                " AND acknowledged_at IS NULL",
                (stamp, PURPOSE_CITY, RECIPIENT_CITY, sha),
            )
            result.bundles_acknowledged += cursor.rowcount

        pending_ids: set[str] = set()
        for item in document["decisions"]:
            if not isinstance(item, dict) or not item.get("return_id"):
                continue
            status, decided_by = str(item.get("status") or ""), str(item.get("decided_by") or "").strip()
            if status not in {state.value for state in DECISIONS} or not decided_by or decided_by == _AUTOMATIC_DECIDER:
                # nobody decided (yet): 待审核 — never a decision, never a lock
                status, decided_by = "", ""
            return_id = str(item["return_id"])
            if not status:
                pending_ids.add(return_id)
                conn.execute(
                    "INSERT INTO return_receipt (id, return_id, office_code, period_code, return_version, arrived_at,"
                    " bundle_seq, status, reason, decided_at, decided_by, decided_level, finding)"
                    " VALUES (?, ?, ?, ?, ?, ?, NULL, '', '', NULL, '', '', '') ON CONFLICT(return_id) DO UPDATE SET"
                    " arrived_at = excluded.arrived_at WHERE return_receipt.arrived_at IS NULL",  # the street's made it
                    (
                        str(uuid.uuid4()),
                        return_id,
                        here,
                        str(item.get("period_code", "")),
                        int(item.get("return_version", 1)),
                        item.get("arrived_at"),
                    ),
                )
                continue
            conn.execute(
                "INSERT INTO return_receipt (id, return_id, office_code, period_code, return_version, arrived_at,"
                " bundle_seq, status, reason, decided_at, decided_by, decided_level, finding)"
                " VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, '')"
                " ON CONFLICT(return_id) DO UPDATE SET status = excluded.status, reason = excluded.reason,"
                " decided_at = excluded.decided_at, decided_by = excluded.decided_by,"
                " decided_level = excluded.decided_level, arrived_at = excluded.arrived_at"
                " WHERE coalesce(excluded.decided_at, '') > coalesce(return_receipt.decided_at, '')",
                (
                    str(uuid.uuid4()),
                    return_id,
                    here,
                    str(item.get("period_code", "")),
                    int(item.get("return_version", 1)),
                    item.get("arrived_at"),
                    status,
                    str(item.get("reason") or ""),
                    item.get("decided_at"),
                    decided_by,
                    str(item.get("level") or CITY_LEVEL),
                ),
            )
            if status == ReturnState.RECEIVED.value and store_ack_grant(conn, here, return_id, item, stamp):
                result.unlocked.append((str(item.get("period_code", "")), int(item.get("return_version", 1))))
        decided = {
            str(r[0]): (str(r[1]), str(r[2]))
            for r in conn.execute("SELECT return_id, status, reason FROM return_receipt WHERE office_code = ?", (here,))
        }
        street_back = {  # a street's 退回 / 有问题 (db.exchange.street_acks) stands until the city decides
            str(r[0]): str(r[1])
            for r in conn.execute(
                "SELECT return_id, street_status FROM return_receipt WHERE office_code = ?"
                " AND street_status IN ('returned', 'problem')",
                (here,),
            )
        }
        if decided:
            snapshots = session.exec(
                select(ReturnSnapshot).where(
                    col(ReturnSnapshot.id).in_(list(decided)), col(ReturnSnapshot.signed_at).is_not(None)
                )
            ).all()
            for snapshot in snapshots:
                status, reason = decided[snapshot.id]
                if not status:
                    if snapshot.id in pending_ids:
                        result.pending.append((snapshot.period_code, snapshot.return_version))
                    wanted = street_back.get(snapshot.id, ReturnState.SENT.value)
                    if snapshot.state in _DECIDED_STATES and snapshot.state != wanted:
                        # decided by no one (an older city's import decided by itself; the upgrade
                        # made its receipt 待审核): back to 已报送, the period no longer locked
                        snapshot.state = wanted
                        session.add(snapshot)
                    continue
                if snapshot.state == status:
                    continue
                snapshot.state = status
                session.add(snapshot)
                if status == ReturnState.RECEIVED.value:
                    result.received.append((snapshot.period_code, snapshot.return_version))
                elif status == ReturnState.PROBLEM.value:
                    result.problems.append((snapshot.period_code, snapshot.return_version, reason))
                else:
                    result.returned.append((snapshot.period_code, snapshot.return_version, reason))

        result.comments = store_ack_comments(conn, here, document["comments"])
        result.standards_updated, result.standards_retired = _apply_standards(conn, here, document["standards"], stamp)
        conn.execute(
            "INSERT INTO bundle_received (id, kind, sender, chain_id, seq, file_sha256, prev_sha256, file_name,"
            " signer_serial, imported_at, counts_json, gap_note, audit_rowid_first, audit_rowid_last)"
            " VALUES (?, ?, ?, '', ?, ?, ?, ?, '', ?, ?, '', NULL, NULL)",
            (
                str(uuid.uuid4()),
                KIND_CITY_TO_OFFICE,
                CITY_SENDER,
                seq,
                bundle_sha256,
                header.get("prev"),
                file_name,
                stamp,
                json.dumps(
                    {
                        "acknowledged": result.bundles_acknowledged,
                        "received": len(result.received),
                        "returned": len(result.returned),
                        "problems": len(result.problems),
                        "pending": len(result.pending),
                        "unlocked": len(result.unlocked),
                        "comments": result.comments,
                        "standards": result.standards_updated,
                    },
                    sort_keys=True,
                ),
            ),
        )
    certificate = document.get("certificate")
    if isinstance(certificate, str) and certificate:
        try:
            result.certificate_file = base64.b64decode(certificate, validate=True)
        except (binascii.Error, ValueError):
            result.certificate_problem = "证书内容无法解码"
    if "route" in document:
        result.route = document["route"]
    if "form_info" in document:  # an older acknowledgement has none: what the office keeps stays
        from db.exchange.form_info import take_from_ack

        result.form_info_updated = take_from_ack(store.data_dir, document["form_info"])
    return result


def returned_reason(session: Any, snapshot: ReturnSnapshot) -> str | None:
    """The city's comment when it sent ``snapshot`` back (退回) or found a problem in it (有问题), else None."""
    from db.models import ReturnReceipt

    receipt = session.exec(select(ReturnReceipt).where(col(ReturnReceipt.return_id) == snapshot.id)).first()
    if receipt is None or receipt.status not in (ReturnState.RETURNED.value, ReturnState.PROBLEM.value):
        return None
    return str(receipt.reason)
