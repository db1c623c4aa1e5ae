"""The city's decision on an office's return — 接收, or 退回… with the reason the office will see —
and 查看报表 (the return as it arrived, in the preview)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.changes import Changes
from db.errors import ShequError
from desktop.city.texts import _t
from desktop.common.exchange_texts import period_text
from desktop.common.i18n import label
from desktop.common.page_parts import ERROR_COLOUR, OK_COLOUR
from desktop.common.prompts import prompts

if TYPE_CHECKING:
    from desktop.city.parts import CityParts
    from desktop.common.tasks import Progress


def decide(city: CityParts, *, received: bool) -> None:
    """接收 / 退回… the return selected (退回 asks the reason the office will see)."""
    from db.enums import ReturnState
    from db.exchange.acks import decide_return

    chosen = city.status.selected_return()
    row = city.status.row_of(city.status.selected_code())
    if chosen is None or row is None or city.busy:
        return
    what = _t("{0}（{1}）{2}报表第 {3} 版").format(
        row.name, row.code, period_text(chosen.period_code), chosen.return_version
    )
    reason = ""
    if not received:
        answer = prompts().ask_text(
            city.window(),
            _t("退回报表"),
            _t("退回{0}的原因（社区会看到）：").format(what),
            chosen.reason if chosen.returned else "",
        )
        if answer is None:
            return
        reason = answer.strip()
        if not reason:
            city.say(
                ERROR_COLOUR, _t("没有退回"), _t("退回报表需要写明原因，社区会看到它。请重新点“退回…”并填写原因。")
            )
            return
    status = ReturnState.RECEIVED if received else ReturnState.RETURNED
    try:
        changes = decide_return(city.store, chosen.return_id, status, reason=reason, decided_by=city.city_name)
    except ShequError as exc:
        city.show_error(exc, _t("没有完成"))
        return
    city.say(
        ERROR_COLOUR if not received else OK_COLOUR,
        _t("已将{0}标记为{1}").format(what, label(status.label)),
        (_t("原因：{0}").format(reason) + "\n" if reason else "")
        + _t("社区要在导入回执后才知道：请点“生成回执…”写到 U 盘交给社区。"),
    )
    city.hub.publish(changes | Changes(returns=True, periods=frozenset({chosen.period_code})))


def view_return(city: CityParts) -> None:
    """查看报表: the office's signed return, as it arrived, in the preview."""
    from db.models import ReturnSnapshot

    chosen = city.status.selected_return()
    row = city.status.row_of(city.status.selected_code())
    if chosen is None or row is None or city.busy:
        return
    with city.store.session() as session:
        snapshot = session.get(ReturnSnapshot, chosen.return_id)
    if snapshot is None:
        return
    data_dir = city.store.data_dir
    title = _t("{0}{1}报表（第 {2} 版）").format(row.name, period_text(chosen.period_code), chosen.return_version)

    def work(progress: Progress) -> tuple[bytes, bytes]:
        from db.returns.display import with_signature_stamps
        from db.returns.snapshot import snapshot_pdf

        pdf = snapshot_pdf(data_dir, snapshot)
        return pdf, with_signature_stamps(pdf)

    def shown(result: tuple[bytes, bytes]) -> None:
        pdf, display = result
        city.return_tab.show_pdf(pdf, display, title, f"{title}.pdf")
        city.tabs.setCurrentWidget(city.return_tab)

    city.run(work, shown, _t("正在打开报表…"))
