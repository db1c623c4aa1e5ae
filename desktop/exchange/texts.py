"""What the 数据交换 page says, as plain values made from :mod:`desktop.exchange.state` and the data
layer's results: the certificate's state, the rows of the returns and the history, the outcome of
an action. No widgets here; the translation context is ``ExchangePage`` throughout.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.common.exchange_texts import period_text
from desktop.common.i18n import label
from desktop.common.page_parts import ERROR_COLOUR, NEUTRAL_COLOUR, OK_COLOUR, WARNING_COLOUR, local_time
from desktop.exchange.state import CertificateState, Overview

if TYPE_CHECKING:
    from db.exchange.bundle import ExportResult
    from db.exchange.history import ReturnStatus

CONTEXT = "ExchangePage"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def contents_text(counts: dict[str, int]) -> str:
    """What a bundle holds, as people read it: ``社区工作者 12 条、经费 30 条 …``."""
    from db.exchange.history import table_label

    skip = {"audit_entry", "return_record", "pdfs", "return_snapshot"}
    parts = [
        _t("{0} {1} 条").format(label(table_label(name)), count)
        for name, count in counts.items()
        if count and name not in skip
    ]
    if counts.get("return_snapshot"):
        parts.append(_t("报表 {0} 份").format(counts["return_snapshot"]))
    if counts.get("audit_entry"):
        parts.append(_t("修改记录 {0} 条").format(counts["audit_entry"]))
    return "、".join(parts) if parts else _t("没有新的改动")


# --- the certificate ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateTexts:
    colour: str
    text: str  # the state, in bold
    advice: str  # what to do next (empty: nothing)


def certificate_texts(state: CertificateState) -> CertificateTexts:
    if state.problem:
        return CertificateTexts(ERROR_COLOUR, state.problem, "")
    if not state.has_key:
        return CertificateTexts(
            NEUTRAL_COLOUR,
            _t("还没有签名密钥"),
            _t("点“生成注册申请…”生成本社区的签名密钥和证书申请文件，把申请文件交给市委组织部。"),
        )
    if state.self_signed:
        return CertificateTexts(
            WARNING_COLOUR,
            _t("自签名证书：市委组织部尚未颁发证书"),
            _t(
                "可以签署报表，但还不能报送市级。请点“生成注册申请…”，把申请文件交给市委组织部；"
                "市里颁发证书后点“安装证书…”安装。"
            ),
        )
    return CertificateTexts(
        OK_COLOUR,
        _t("市级颁发的证书"),
        _t("签署的报表和导出的数据包都使用这个证书，市里可以确认它们来自本社区。"),
    )


def request_intro(*, first_time: bool, new_key: bool) -> str:
    """What 生成注册申请… asks the passphrase for."""
    if first_time:
        intro = _t(
            "现在为本社区生成签名密钥。请设定签名口令（至少 8 个字符）：它加密保护密钥，"
            "以后签署报表、导出数据包都要输入。请牢记并妥善保管。"
        )
    else:
        intro = _t("请输入本社区的签名口令：申请文件要用本社区的密钥签名。")
    if new_key:
        intro = (
            _t("原来的密钥将停用（保存在 keys/retired 中，已签署的报表仍可核验），换用新密钥，需要市里重新颁发证书。")
            + "\n\n"
            + intro
        )
    return intro


def request_made_texts(target: Path, fingerprint: str) -> tuple[str, str]:
    return (
        _t("已生成注册申请：{0}").format(target.name),
        _t(
            "保存在：{0}\n密钥指纹：{1}（市里颁发证书时会显示同样的指纹，可以电话核对）\n"
            "下一步：把这个文件交给市委组织部；市里颁发证书后，点“安装证书…”安装。"
        ).format(target, fingerprint),
    )


def installed_text(result: Any) -> str:
    """What :func:`db.exchange.pki.install_issued` installed."""
    from db.exchange.envelope import certificate_fingerprint
    from db.exchange.pki import spoken_fingerprint

    text = _t("社区 {0}，由“{1}”颁发，有效期至 {2}。").format(
        result.office_code, result.city.name, local_time(result.certificate.not_valid_after_utc)
    )
    text += "\n" + _t("市级根证书指纹：{0}（请与市委组织部核对）").format(
        spoken_fingerprint(certificate_fingerprint(result.city.ca_certificate))
    )
    if result.replaced_city:
        text += "\n" + _t("已用新的市级根证书替换了原来的。")
    text += "\n" + _t("今后签署的报表和导出的数据包都使用这个证书。")
    return text


# --- export ------------------------------------------------------------------------------------


def purpose_hint(*, to_city: bool) -> str:
    if to_city:
        return _t(
            "数据包用本社区的密钥签名、用市委组织部的证书加密，只有市里能打开；身份证号、电话、住址不会报送。"
            "平时只导出市里确认收到之后的改动；第一次或市里要求时选“全部数据”。"
        )
    return _t(
        "把本机的台账带到本社区的另一台电脑（包含全部内容），用你设定的交换口令加密。"
        "在另一台电脑上点“导入交换文件…”，输入同一个口令。"
    )


def exported_texts(result: ExportResult) -> tuple[str, str]:
    """The heading and the text of a bundle written."""
    device = result.purpose == "device"
    what = _t("给本社区另一台电脑的") if device else _t("报送市级的")
    scope = _t("全部数据") if result.full else _t("增量（市里确认收到之后的改动）")
    lines = [
        _t("文件：{0}").format(result.path),
        _t("范围：{0}").format(scope),
        _t("内容：{0}").format(contents_text(result.counts)),
    ]
    if result.returns_sent:
        lines.append(_t("其中签署的报表 {0} 份，已标记为“已报送”。").format(result.returns_sent))
    if device:
        lines.append(_t("下一步：在另一台电脑的“数据交换”页点“导入交换文件…”，输入刚才设定的交换口令。"))
    else:
        lines.append(_t("下一步：把 U 盘交给市委组织部导入；市里的回执拿回来后在这里导入。"))
    heading = _t("已导出{0}第 {1} 号数据包：{2}").format(what, result.seq, result.path.name)
    return heading, "\n".join(lines)


# --- the returns -------------------------------------------------------------------------------


def returned_texts(returned: Sequence[ReturnStatus]) -> tuple[str, str]:
    """The banner over the page: how many returns the city (or, before the city decides, the street)
    sent back, and why."""
    from db.enums import ReturnState

    by_street = [item for item in returned if not item.returned]  # only the street has sent these back
    if not by_street and all(item.decision == ReturnState.RETURNED.value for item in returned):
        heading = _t("市委组织部退回了 {0} 份报表，请修改后重新签署、报送").format(len(returned))
    elif len(by_street) == len(returned):
        heading = _t("街道审核认为 {0} 份报表需要修改（退回或有问题），请修改后重新签署、报送").format(len(returned))
    else:
        heading = _t("市级审核认为 {0} 份报表需要修改（退回或有问题），请修改后重新签署、报送").format(len(returned))
    lines = []
    for item in returned:
        if item.returned:
            line = (
                _t("{0}报表（第 {1} 版）市级审核认为有问题：{2}")
                if item.decision == ReturnState.PROBLEM.value
                else _t("{0}报表（第 {1} 版）退回原因：{2}")
            )
            reason = item.reason
        else:
            line = (
                _t("{0}报表（第 {1} 版）街道审核认为有问题：{2}")
                if item.street_status == ReturnState.PROBLEM.value
                else _t("{0}报表（第 {1} 版）街道退回原因：{2}")
            )
            reason = item.street_reason
        lines.append(line.format(period_text(item.period_code), item.return_version, reason or _t("（未写原因）")))
    return heading, "\n".join(lines)


@dataclass(frozen=True)
class ReturnRow:
    cells: list[str]  # period, version, state, the city's decision, note
    returned: bool  # to revise: sent back by the city, or by the street while the city has not decided
    received: bool
    levels: list[tuple[str, str, str]] = field(default_factory=list)  # via a street: (level, what it said, colour)


def _who(by: str, at: datetime | None) -> str:
    return _t("（{0}，{1}）").format(by, local_time(at)) if by else ""


def _tone(status: str) -> str:
    """The colour of a level's decision: red for 退回 / 有问题, green for 通过, "" (plain) while undecided."""
    from db.enums import ReturnState

    if status in (ReturnState.RETURNED.value, ReturnState.PROBLEM.value):
        return ERROR_COLOUR
    return OK_COLOUR if status == ReturnState.RECEIVED.value else ""


def level_lines(item: ReturnStatus) -> list[tuple[str, str, str]]:
    """For a return that went through a street: ``街道：退回（李街道，2026-04-20 10:00）：原因`` and
    ``市级：待审核`` — each level's decision, who and when, and its comment on the whole return (with the
    colour of the decision)."""
    from db.enums import ReturnState

    if not item.street_code:
        return []
    if item.street_status:
        street = _t("街道：{0}{1}").format(
            label(ReturnState.label_of(item.street_status)), _who(item.street_decided_by, item.street_decided_at)
        )
        if item.street_reason:
            street += _t("：{0}").format(item.street_reason)
    else:
        street = _t("街道：待审核")
    if item.decision:
        city = _t("市级：{0}{1}").format(
            label(ReturnState.label_of(item.decision)), _who(item.decided_by, item.decided_at)
        )
        if item.reason:
            city += _t("：{0}").format(item.reason)
    elif item.pending:
        city = _t("市级：待审核")
    elif item.street_status == ReturnState.RECEIVED.value:
        city = _t("市级：街道转报后由市级审核")
    else:
        city = _t("市级：街道审核通过后转报市级")
    return [(_t("街道审核"), street, _tone(item.street_status)), (_t("市级审核"), city, _tone(item.decision))]


def _note(item: ReturnStatus) -> str:
    from db.enums import ReturnState

    received = item.decision == ReturnState.RECEIVED.value
    if item.decision == ReturnState.PROBLEM.value:
        return _t("市级审核认为有问题：{0}").format(item.reason)
    if item.returned:
        return _t("退回原因：{0}").format(item.reason)
    if item.street_status == ReturnState.PROBLEM.value:
        return _t("街道审核认为有问题：{0}").format(item.street_reason)
    if item.street_returned:
        return _t("街道退回原因：{0}").format(item.street_reason)
    if item.pending:
        return _t("市级已收到，正在审核；审核通过后该报告期才锁定")
    if received:
        return _t("已接收，该报告期已锁定，不能修改；如需更正，由管理员申请解锁（见“锁定与解锁”）")
    if item.street_status == ReturnState.RECEIVED.value:
        return _t("街道审核通过，等待市级审核")
    if item.street_code:
        return _t("街道已收到，正在审核")
    if item.state == ReturnState.SENT.value:
        return _t("已导出给市级，等待市级回执")
    if item.state == ReturnState.SIGNED.value:
        return _t("还没有导出给市级")
    return ""


def return_rows(returns: Sequence[ReturnStatus]) -> list[ReturnRow]:
    from db.enums import ReturnState

    rows: list[ReturnRow] = []
    for item in returns:
        pending = _t("待审核") if item.pending else ""
        decision = label(ReturnState.label_of(item.decision)) if item.decision else pending
        received = item.decision == ReturnState.RECEIVED.value
        cells = [
            period_text(item.period_code),
            _t("第 {0} 版").format(item.return_version),
            label(ReturnState.label_of(item.state)),
            decision,
            _note(item),
        ]
        rows.append(ReturnRow(cells, item.needs_revision, received, level_lines(item)))
    return rows


def returns_summary(count: int) -> str:
    return _t("共 {0} 份签署的报表。").format(count) if count else _t("还没有签署过报表。")


# --- the history -------------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryRow:
    moment: datetime
    cells: list[str]  # time, direction, kind, number, what happened
    file_name: str


def history_rows(overview: Overview) -> list[HistoryRow]:
    """Bundles sent and files imported, newest first."""
    from db.exchange.apply import KIND_CITY_TO_OFFICE, KIND_DEVICE
    from db.exchange.envelope import KIND_STREET_TO_OFFICE

    rows: list[HistoryRow] = []
    for sent in overview.sent:
        kind = _t("报送市级") if sent.purpose == "city" else _t("设备之间")
        scope = _t("完整") if sent.full else _t("增量")
        if sent.purpose == "city":
            state = (
                _t("市级已确认收到（{0}）").format(local_time(sent.acknowledged_at))
                if sent.acknowledged_at
                else _t("等待市级确认")
            )
        else:
            state = ""
        records = sum(v for k, v in sent.counts.items() if k not in ("audit_entry", "return_record", "pdfs"))
        text = "；".join(part for part in (scope, _t("记录 {0} 条").format(records), state) if part)
        cells = [local_time(sent.created_at), _t("导出"), kind, str(sent.seq), text]
        rows.append(HistoryRow(sent.created_at, cells, sent.file_name))
    for received in overview.received:
        if received.kind == KIND_STREET_TO_OFFICE:
            kind = _t("街道回执")
            counts = received.counts
            text = _t("街道收到数据包 {0} 个，审核通过 {1} 份，退回 {2} 份").format(
                counts.get("at_street", 0),
                counts.get("passed", 0),
                counts.get("returned", 0) + counts.get("problems", 0),
            )
        elif received.kind == KIND_CITY_TO_OFFICE:
            kind = _t("市级回执")
            counts = received.counts
            text = _t("确认收到数据包 {0} 个，接收报表 {1} 份，退回 {2} 份").format(
                counts.get("acknowledged", 0), counts.get("received", 0), counts.get("returned", 0)
            )
        elif received.kind == KIND_DEVICE:
            kind = _t("设备之间")
            text = _t("另一台电脑的数据")
        else:
            kind, text = received.kind, ""
        if received.gap_note:
            text += "；" + _t("缺口：{0}").format(received.gap_note)
        cells = [local_time(received.imported_at), _t("导入"), kind, str(received.seq), text]
        rows.append(HistoryRow(received.imported_at, cells, received.file_name))
    rows.sort(key=lambda row: row.moment, reverse=True)
    return rows


def file_tip(file_name: str) -> str:
    return _t("文件：{0}").format(file_name)


def history_summary(count: int) -> str:
    return _t("共 {0} 条。").format(count) if count else _t("还没有导出或导入过交换文件。")
