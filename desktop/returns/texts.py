"""The words of the 报表 page (translation context ``ReturnsPage``), made from its plain state.

No widgets here: each function turns what :mod:`desktop.returns.state` or :mod:`db.returns` found
into the sentences, titles, colours and form rows the tabs show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.errors import ShequError
from db.periods import Period, parse_period
from db.returns.verify import MISMATCH, TAMPERED, UNSIGNED, UNTRUSTED, VALID
from db.timeutil import format_local
from desktop.common.i18n import period_label
from desktop.common.page_parts import ERROR_COLOUR, NEUTRAL_COLOUR, OK_COLOUR, WARNING_COLOUR
from desktop.returns.state import BLOCKED, NO_REASON, Problem

if TYPE_CHECKING:
    from db.returns.make import MadeReturn
    from db.returns.preflight import Preflight
    from db.returns.verify import Verdict

CONTEXT = "ReturnsPage"

VERDICT_COLOURS = {
    VALID: OK_COLOUR,
    TAMPERED: ERROR_COLOUR,
    MISMATCH: ERROR_COLOUR,
    UNTRUSTED: WARNING_COLOUR,
    UNSIGNED: NEUTRAL_COLOUR,
}

# The part of the year after the year itself: "" the whole year, "H1", "Q3", "-07".
RANGE_LABELS: dict[str, object] = {  # marked for translation, translated in range_label()
    "": QT_TRANSLATE_NOOP("ReturnsPage", "全年"),
    "H1": QT_TRANSLATE_NOOP("ReturnsPage", "上半年"),
    "H2": QT_TRANSLATE_NOOP("ReturnsPage", "下半年"),
    "Q1": QT_TRANSLATE_NOOP("ReturnsPage", "第一季度"),
    "Q2": QT_TRANSLATE_NOOP("ReturnsPage", "第二季度"),
    "Q3": QT_TRANSLATE_NOOP("ReturnsPage", "第三季度"),
    "Q4": QT_TRANSLATE_NOOP("ReturnsPage", "第四季度"),
    "-01": QT_TRANSLATE_NOOP("ReturnsPage", "1月"),
    "-02": QT_TRANSLATE_NOOP("ReturnsPage", "2月"),
    "-03": QT_TRANSLATE_NOOP("ReturnsPage", "3月"),
    "-04": QT_TRANSLATE_NOOP("ReturnsPage", "4月"),
    "-05": QT_TRANSLATE_NOOP("ReturnsPage", "5月"),
    "-06": QT_TRANSLATE_NOOP("ReturnsPage", "6月"),
    "-07": QT_TRANSLATE_NOOP("ReturnsPage", "7月"),
    "-08": QT_TRANSLATE_NOOP("ReturnsPage", "8月"),
    "-09": QT_TRANSLATE_NOOP("ReturnsPage", "9月"),
    "-10": QT_TRANSLATE_NOOP("ReturnsPage", "10月"),
    "-11": QT_TRANSLATE_NOOP("ReturnsPage", "11月"),
    "-12": QT_TRANSLATE_NOOP("ReturnsPage", "12月"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def range_label(suffix: str) -> str:
    return QCoreApplication.translate(CONTEXT, str(RANGE_LABELS[suffix]))


def period_text(code: str) -> str:
    """A period code as people read it (the code itself when it is not one)."""
    try:
        return period_label(parse_period(code))
    except ShequError:
        return code


# --- the pre-flight ----------------------------------------------------------------------------


def check_status(preflight: Preflight) -> tuple[str, str]:
    """The line above the pre-flight's result, and its colour."""
    period = preflight.period
    if preflight.errors:
        text = _t("{0}：有 {1} 个错误必须先改正，暂时不能生成报表。").format(
            period_label(period), len(preflight.errors)
        )
        return text, ERROR_COLOUR
    if preflight.warnings:
        text = _t("{0}：没有必须改正的错误；有 {1} 条提醒，每条都要写明说明。").format(
            period_label(period), len(preflight.warnings)
        )
        return text, WARNING_COLOUR
    return _t("{0}：检查通过，可以生成报表。").format(period_label(period)), OK_COLOUR


def correction_note(latest_version: int) -> str:
    return _t("本报告期已签署第 {0} 版。再次签署将生成第 {1} 版（更正），报表会列出改动之处；请写明更正原因。").format(
        latest_version, latest_version + 1
    )


def problem_text(problem: Problem) -> str:
    """Why nothing was made (see :meth:`desktop.returns.state.MakeState.problem`)."""
    if problem.kind == BLOCKED:
        return _t("有必须改正的错误，报表没有生成。请先在台账中改正，再点“重新检查”。")
    if problem.kind == NO_REASON:
        return _t("这是更正版本，请先写明更正原因，再签署。")
    return _t("还有 {0} 条提醒没有写说明，报表没有生成。请在标红的框里逐条写明原因，再生成报表。").format(
        len(problem.missing)
    )


# --- making and showing returns ------------------------------------------------------------------


def working_text(sign: bool) -> str:
    return _t("正在签署报表…") if sign else _t("正在生成报表…")


def signed_title(period: Period | str, version: int) -> str:
    label = period_label(period) if isinstance(period, Period) else period_text(period)
    return _t("已签署：{0}报表 第 {1} 版").format(label, version)


def signed_file_name(office_name: str, period: Period | str, version: int) -> str:
    label = period_label(period) if isinstance(period, Period) else period_text(period)
    return _t("{0}{1}报表（第{2}版）.pdf").format(office_name, label, version)


def made_title_and_name(made: MadeReturn, office_name: str) -> tuple[str, str]:
    period = made.content.period
    if made.signed:
        return signed_title(period, made.version), signed_file_name(office_name, period, made.version)
    return (
        _t("草稿（未签署）：{0}报表").format(period_label(period)),
        _t("{0}{1}报表（草稿）.pdf").format(office_name, period_label(period)),
    )


def made_message(made: MadeReturn, pages: int) -> str:
    """What the page says once a return was made (``pages``: as the preview counted them)."""
    period = made.content.period
    if not made.signed:
        return _t("已生成{0}报表草稿（共 {1} 页，未签署）。正式报送前请签署。").format(period_label(period), pages)
    text = _t("已签署并保存{0}报表第 {1} 版（共 {2} 页）。可以打印、另存为，或在“已签署的报表”中再次打开。").format(
        period_label(period), made.version, pages
    )
    if made.key_created:
        text += "\n" + _t("已为本社区生成签名密钥和自签名证书（保存在数据文件夹的 keys 中，由口令加密）。")
    if made.content.self_signed:
        text += "\n" + _t("市委组织部尚未为本社区颁发证书，本报表以自签名证书签署，报表中已注明。")
    return text


def ledgers_changed_text() -> str:
    return _t("台账在检查之后有了变化，报表没有生成。请看更新后的检查结果，写好说明或改正错误后再试。")


# --- verifying ---------------------------------------------------------------------------------


def verdict_heading(status: str) -> str:
    headings = {
        VALID: _t("✔ 有效：签名可信，签署后没有被改动"),
        TAMPERED: _t("✘ 无效：文件已被改动或已损坏"),
        MISMATCH: _t("✘ 无效：签名人不是报表所属的单位"),
        UNTRUSTED: _t("！已签名，但签名证书不受信任"),
        UNSIGNED: _t("未签名：这个文件没有电子签名"),
    }
    return headings[status]


def verdict_rows(verdict: Verdict) -> list[tuple[str, str]]:
    """The form under the verdict: file, signer, time, office, period, certificate, reason."""
    check = verdict.verification
    rows: list[tuple[str, str]] = [(_t("文件："), str(verdict.path))]
    if check.signer:
        rows.append((_t("签名人："), check.signer))
    if check.signed_at is not None:
        rows.append((_t("签署时间："), _t("{0}（北京时间）").format(format_local(check.signed_at))))
    if check.office_name or check.office_code:
        rows.append((_t("填报单位："), f"{check.office_name}（{check.office_code}）"))
    if check.period:
        version = _t("，第 {0} 版").format(check.version) if check.version else ""
        rows.append((_t("报告期："), period_text(check.period) + version))
    if verdict.own_certificate:
        rows.append((_t("证书："), _t("本社区的签名证书")))
    elif check.certificate_subject:
        rows.append((_t("证书："), check.certificate_subject))
    if check.reason and check.status != VALID:
        rows.append((_t("原因："), check.reason))
    return rows
