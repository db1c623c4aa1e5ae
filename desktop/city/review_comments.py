"""对这一项提意见…: a reviewer's comment on one figure of the selected office's latest return of the
period (:func:`db.exchange.comments.add_comment`), with the reviewer's name, as the decisions ask
them; it travels in the next acknowledgement and the office sees it at that figure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.changes import Changes
from db.errors import ShequError
from desktop.city.texts import _t
from desktop.common.exchange_texts import period_text
from desktop.common.page_parts import ERROR_COLOUR, WARNING_COLOUR
from desktop.common.prompts import prompts

if TYPE_CHECKING:
    from desktop.city.parts import CityParts


def comment_on_figure(city: CityParts) -> None:
    """Ask the comment on the selected figure and the reviewer's name, then record it; a cancelled
    or empty answer records nothing (and says why when empty)."""
    from db.exchange.comments import add_comment

    figure = city.status.selected_figure()
    row = city.status.row_of(city.status.selected_code())
    if figure is None or row is None or city.busy:
        return
    key, name = figure
    period = city.period
    what = _t("{0}（{1}）{2}报表的“{3}”").format(row.name, row.code, period_text(period.code), name)
    text = prompts().ask_text(
        city.window(), _t("对这一项提意见"), _t("对{0}的意见（社区会在这一项旁边看到）：").format(what), ""
    )
    if text is None:
        return
    if not text.strip():
        city.say(ERROR_COLOUR, _t("没有提意见"), _t("意见不能为空：请重新点按钮并写明这一项的问题。"))
        return
    reviewer = prompts().ask_text(
        city.window(), _t("对这一项提意见"), _t("审核人姓名（记录在意见中）："), city.status.reviewer
    )
    if reviewer is None:
        return
    if not reviewer.strip():
        city.say(ERROR_COLOUR, _t("没有提意见"), _t("每条意见都记录审核人：请重新点按钮并填写姓名。"))
        return
    city.status.reviewer = reviewer.strip()
    try:
        when = city.clock() if city.clock is not None else None
        add_comment(city.store, row.code, period, figure_key=key, text=text, written_by=reviewer, now=when)
    except ShequError as exc:
        city.show_error(exc, _t("没有提意见"))
        return
    city.say(
        WARNING_COLOUR,
        _t("{0}已对{1}提出意见").format(reviewer.strip(), what),
        _t("意见：{0}").format(text.strip())
        + "\n"
        + _t("社区要在导入回执后才知道：请点“生成回执…”写到 U 盘交给社区。"),
    )
    city.hub.publish(Changes(returns=True, periods=frozenset({period.code})))
