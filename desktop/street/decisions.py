"""The street's decision on the return selected in 审核 — 通过（加签）… (the reviewer's name and the
street's passphrase: the street countersigns the office's PDF, in the background), 退回… / 有问题…
(a comment the office will see, and the name) — 对这一项提意见… on the figure selected, and 查看报表
(the PDF opened with the computer's PDF reader). The work is :mod:`db.exchange.street_review`; a
refusal is one sentence, and nothing is half-done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.changes import Changes
from db.enums import ReturnState
from db.errors import ShequError
from desktop.common.exchange_texts import period_text
from desktop.common.page_parts import ERROR_COLOUR, OK_COLOUR, WARNING_COLOUR
from desktop.common.prompts import prompts
from desktop.street.texts import _t, decision_text

if TYPE_CHECKING:
    from db.exchange.street_review import StreetReturn
    from desktop.common.tasks import Progress
    from desktop.street.parts import StreetParts


def _what(item: StreetReturn) -> str:
    return _t("{0}（{1}）{2}报表第 {3} 版").format(
        item.office_name, item.office_code, period_text(item.period_code), item.return_version
    )


def _ask_comment(street: StreetParts, status: ReturnState, what: str, before: str) -> str | None:
    """The comment on the whole return (退回 / 有问题), or None (cancelled, or empty: then said why)."""
    if status == ReturnState.RETURNED:
        title, question = _t("退回报表"), _t("退回{0}的原因（社区会看到）：").format(what)
    else:
        title, question = _t("报表有问题"), _t("{0}有什么问题（社区会看到）：").format(what)
    answer = prompts().ask_text(street.window(), title, question, before)
    if answer is None:
        return None
    if not answer.strip():
        street.say(
            ERROR_COLOUR,
            _t("没有做出决定"),
            _t("退回报表或标记有问题都需要写明意见，社区会看到它。请重新点按钮并填写。"),
        )
        return None
    return answer.strip()


def _ask_name(street: StreetParts, title: str, question: str, refused: str) -> str | None:
    """The reviewer's name (offered as the one used last in this session), or None."""
    answer = prompts().ask_text(street.window(), title, question, street.reviewer)
    if answer is None:
        return None
    if not answer.strip():
        street.say(ERROR_COLOUR, refused, _t("每个决定和意见都记录审核人：请重新点按钮并填写姓名。"))
        return None
    street.reviewer = answer.strip()
    return street.reviewer


def decide(street: StreetParts, status: ReturnState) -> None:
    """通过（加签）… / 退回… / 有问题… for the return selected in 审核."""
    chosen = street.review.selected_return()
    if chosen is None or street.busy:
        return
    what = _what(chosen)
    reason = ""
    if status != ReturnState.RECEIVED:
        before = chosen.street_reason if chosen.street_status == status.value else ""
        comment = _ask_comment(street, status, what, before)
        if comment is None:
            return
        reason = comment
    question = _t("{0}：{1}").format(decision_text(status.value), what)
    if chosen.finding:
        question += "\n" + _t("注意，导入时核验发现：{0}").format(chosen.finding)
    if status == ReturnState.RECEIVED:
        question += "\n" + _t("通过后，街道会在报表上加盖街道的签名，之后可以报送市级。")
    question += "\n\n" + _t("审核人姓名（记录在决定中）：")
    reviewer = _ask_name(street, _t("审核报表"), question, _t("没有做出决定"))
    if reviewer is None:
        return
    passphrase: str | None = None
    if status == ReturnState.RECEIVED:
        passphrase = street.ask_passphrase(
            _t("通过并加签"), _t("通过并加签"), _t("通过{0}：街道要用街道密钥在报表上加盖签名。").format(what)
        )
        if passphrase is None:
            return
    _run_decision(street, chosen, status, reason, reviewer, passphrase)


def _run_decision(
    street: StreetParts,
    chosen: StreetReturn,
    status: ReturnState,
    reason: str,
    reviewer: str,
    passphrase: str | None,
) -> None:
    from db.exchange.street_review import street_decide

    store, installation, what = street.store, street.street, _what(chosen)
    now = street.clock() if street.clock is not None else None

    def work(progress: Progress) -> Changes:
        progress.update(0, 1, _t("正在加盖街道签名…") if passphrase else _t("正在记录审核结果…"))
        changes = street_decide(
            store, installation, chosen.return_id, status, reason=reason, decided_by=reviewer,
            passphrase=passphrase, now=now,
        )  # fmt: skip
        progress.update(1, 1, "")
        return changes

    def done(changes: Changes) -> None:
        if passphrase is not None:
            street.passphrase_worked(passphrase)
            street.say(
                OK_COLOUR,
                _t("已通过并加盖街道签名"),
                _t("{0}审核通过了{1}。下一步：点“报送市级…”把它写到 U 盘交给市级；").format(reviewer, what)
                + _t("点“写回执…”告诉社区。"),
            )
        else:
            colour = ERROR_COLOUR if status == ReturnState.RETURNED else WARNING_COLOUR
            street.say(
                colour,
                _t("{0}已将{1}标记为{2}").format(reviewer, what, decision_text(status.value)),
                _t("意见：{0}").format(reason)
                + "\n"
                + _t("社区要在导入街道回执后才知道：请点“写回执…”写到 U 盘交给社区。"),
            )
        street.hub.publish(changes | Changes(returns=True, periods=frozenset({chosen.period_code})))

    def failed(exc: BaseException) -> None:
        street.show_error(exc, _t("没有做出决定"))

    title = _t("正在加盖街道签名…") if passphrase else _t("正在记录审核结果…")
    street.run(work, done, title, on_error=failed, cancellable=False)


def comment_on_figure(street: StreetParts) -> None:
    """对这一项提意见…: the comment on the figure selected, and the name; recorded at the street's level."""
    from db.exchange.street_review import street_comment
    from db.periods import parse_period

    chosen = street.review.selected_return()
    figure = street.review.selected_figure()
    if chosen is None or figure is None or street.busy:
        return
    key, name = figure
    what = _t("{0}（{1}）{2}报表的“{3}”").format(
        chosen.office_name, chosen.office_code, period_text(chosen.period_code), name
    )
    text = prompts().ask_text(
        street.window(), _t("对这一项提意见"), _t("对{0}的意见（社区会在这一项旁边看到）：").format(what), ""
    )
    if text is None:
        return
    if not text.strip():
        street.say(ERROR_COLOUR, _t("没有提意见"), _t("意见不能为空：请重新点按钮并写明这一项的问题。"))
        return
    reviewer = _ask_name(street, _t("对这一项提意见"), _t("提出人姓名（记录在意见中）："), _t("没有提意见"))
    if reviewer is None:
        return
    try:
        street_comment(
            street.store, chosen.office_code, parse_period(chosen.period_code), text=text.strip(),
            written_by=reviewer, figure_key=key,
        )  # fmt: skip
    except ShequError as exc:
        street.show_error(exc, _t("没有提意见"))
        return
    street.say(
        WARNING_COLOUR,
        _t("{0}已对{1}提出意见").format(reviewer, what),
        _t("意见：{0}").format(text.strip())
        + "\n"
        + _t("社区要在导入街道回执后才知道：请点“写回执…”写到 U 盘交给社区。"),
    )
    street.hub.publish(Changes(returns=True, periods=frozenset({chosen.period_code})))


def view_return(street: StreetParts) -> None:
    """查看报表: the return's PDF as the street keeps it (countersigned once passed), in the PDF reader."""
    from db.exchange.street_review import viewing_copy

    chosen = street.review.selected_return()
    if chosen is None or street.busy:
        return
    try:  # the PDFs are kept in the street's database: a copy for the PDF reader
        path = viewing_copy(street.store, street.street, chosen.return_id)
    except ShequError as exc:
        street.show_error(exc, _t("无法打开报表"))
        return
    if not street.open_document(path):
        message = _t("电脑上没有能打开 PDF 的程序，请安装 PDF 阅读软件。报表文件在：{0}").format(path)
        street.show_error(ShequError(message), _t("无法打开报表"))
