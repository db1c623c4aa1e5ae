"""A person's decision on an office's return — 通过, 退回… or 有问题… with a comment on the whole
return the office will see (required for the last two), and the reviewer's name — and 查看报表 (the
return as it arrived, in the preview). Nothing is decided without a person: an imported return
waits as 待审核 with what the import's checks found (:attr:`ReturnStatus.finding`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.changes import Changes
from db.enums import ReturnState
from db.errors import ShequError
from desktop.city.status_state import street_text
from desktop.city.texts import _t
from desktop.common.exchange_texts import period_text
from desktop.common.i18n import label
from desktop.common.page_parts import ERROR_COLOUR, OK_COLOUR, WARNING_COLOUR
from desktop.common.prompts import prompts

if TYPE_CHECKING:
    from desktop.city.parts import CityParts
    from desktop.common.tasks import Progress


def _ask_comment(city: CityParts, status: ReturnState, what: str, before: str) -> str | None:
    """The comment on the whole return (退回 / 有问题), or None when the person cancels or leaves it
    empty (then said why nothing was decided)."""
    if status == ReturnState.RETURNED:
        title, question = _t("退回报表"), _t("退回{0}的原因（社区会看到）：").format(what)
    else:
        title, question = _t("报表有问题"), _t("{0}有什么问题（社区会看到）：").format(what)
    answer = prompts().ask_text(city.window(), title, question, before)
    if answer is None:
        return None
    if not answer.strip():
        city.say(
            ERROR_COLOUR,
            _t("没有做出决定"),
            _t("退回报表或标记有问题都需要写明意见，社区会看到它。请重新点按钮并填写。"),
        )
        return None
    return answer.strip()


def _ask_reviewer(city: CityParts, status: ReturnState, what: str, finding: str, street: str = "") -> str | None:
    """The reviewer's name (kept for the window's session as the next default), or None. ``street``:
    the street's review of the return, when it went through one (the city's decision is final)."""
    question = _t("{0}：{1}").format(label(status.label), what)
    if street:
        question += "\n" + _t("街道审核：{0}").format(street)
    if finding:
        question += "\n" + _t("注意，导入时核验发现：{0}").format(finding)
    if status == ReturnState.RECEIVED:
        question += "\n" + _t("通过后，社区导入回执时该报告期会锁定。")
    question += "\n\n" + _t("审核人姓名（记录在决定中）：")
    answer = prompts().ask_text(city.window(), _t("审核报表"), question, city.status.reviewer)
    if answer is None:
        return None
    if not answer.strip():
        city.say(ERROR_COLOUR, _t("没有做出决定"), _t("每个决定都记录审核人：请重新点按钮并填写姓名。"))
        return None
    city.status.reviewer = answer.strip()
    return answer.strip()


def decide(city: CityParts, status: ReturnState) -> None:
    """通过 / 退回… / 有问题… for the return selected (the last two ask the comment), with the
    reviewer's name; the list shows the decision at once (the change is published)."""
    from db.exchange.acks import SeenDecision, decide_return

    chosen = city.status.selected_return()
    row = city.status.row_of(city.status.selected_code())
    if chosen is None or row is None or city.busy:
        return
    what = _t("{0}（{1}）{2}报表第 {3} 版").format(
        row.name, row.code, period_text(chosen.period_code), chosen.return_version
    )
    reason = ""
    if status != ReturnState.RECEIVED:
        comment = _ask_comment(city, status, what, chosen.reason if chosen.decision == status.value else "")
        if comment is None:
            return
        reason = comment
    street = street_text(row) if chosen.return_id == row.return_id else ""
    reviewer = _ask_reviewer(city, status, what, chosen.finding, street)
    if reviewer is None:
        return
    try:
        when = city.clock() if city.clock is not None else None
        seen = SeenDecision(chosen.decision, chosen.decided_at)  # another workstation's decision is never overwritten
        changes = decide_return(
            city.store, chosen.return_id, status, reason=reason, decided_by=reviewer, now=when, seen=seen
        )
    except ShequError as exc:
        city.show_error(exc, _t("没有完成"))
        return
    colour = {ReturnState.RECEIVED: OK_COLOUR, ReturnState.RETURNED: ERROR_COLOUR}.get(status, WARNING_COLOUR)
    city.say(
        colour,
        _t("{0}已将{1}标记为{2}").format(reviewer, what, label(status.label)),
        (_t("意见：{0}").format(reason) + "\n" if reason else "")
        + _t("社区要在导入回执后才知道：请点“生成回执…”写到 U 盘交给社区。"),
    )
    city.hub.publish(changes | Changes(returns=True, periods=frozenset({chosen.period_code})))


def view_return(city: CityParts) -> None:
    """查看报表: the office's signed return in the preview — as the street countersigned it, when it
    came through a street that passed it."""
    from sqlmodel import select

    from db.models import ReturnReceipt, ReturnSnapshot

    chosen = city.status.selected_return()
    row = city.status.row_of(city.status.selected_code())
    if chosen is None or row is None or city.busy:
        return
    with city.store.session() as session:
        snapshot = session.get(ReturnSnapshot, chosen.return_id)
        receipt = session.exec(select(ReturnReceipt).where(ReturnReceipt.return_id == chosen.return_id)).first()
        if receipt is not None:
            session.expunge(receipt)
    if snapshot is None:
        return
    store, data_dir = city.store, city.store.data_dir
    title = _t("{0}{1}报表（第 {2} 版）").format(row.name, period_text(chosen.period_code), chosen.return_version)

    def work(progress: Progress) -> tuple[bytes, bytes]:
        from db.exchange.street_forward import reviewed_pdf
        from db.returns.display import with_signature_stamps

        pdf = reviewed_pdf(data_dir, snapshot, receipt, source=store)  # countersigned by the street if it passed it
        return pdf, with_signature_stamps(pdf)

    def shown(result: tuple[bytes, bytes]) -> None:
        pdf, display = result
        city.return_tab.show_pdf(pdf, display, title, f"{title}.pdf")
        city.tabs.setCurrentWidget(city.return_tab)

    city.run(work, shown, _t("正在打开报表…"))
