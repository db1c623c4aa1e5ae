"""对这一项提意见… / 对这条记录提意见…: a reviewer's comment on one figure of the selected office's latest
return of the period (the figure selected in 达标情况), or on one of its records (the record selected in
查看数据…), with the reviewer's name, as the decisions ask them (:func:`db.exchange.comments.add_comment`);
it travels in the next acknowledgement and the office sees it at that figure or record."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from db.changes import Changes
from db.errors import ShequError
from desktop.city.texts import _t
from desktop.common.exchange_texts import period_text
from desktop.common.page_parts import ERROR_COLOUR, WARNING_COLOUR
from desktop.common.prompts import prompts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from db.exchange.city_status import OfficeStatus
    from desktop.city.parts import CityParts


def comment_on_figure(city: CityParts) -> None:
    """Ask the comment on the selected figure and the reviewer's name, then record it; a cancelled
    or empty answer records nothing (and says why when empty)."""
    figure = city.status.selected_figure()
    row = city.status.row_of(city.status.selected_code())
    if figure is None or row is None or city.busy:
        return
    key, name = figure
    what = _t("{0}（{1}）{2}报表的“{3}”").format(row.name, row.code, period_text(city.period.code), name)
    _comment(city, row, what, city.window(), _t("对这一项提意见"), _t("社区会在这一项旁边看到"), figure_key=key)


def comment_on_record(
    city: CityParts, office_code: str, table_name: str, record_id: str, title: str, parent: QWidget
) -> str | None:
    """对这条记录提意见…: the comment on one of the office's records (asked over ``parent``, the
    office's data), then the reviewer's name. What was recorded, as one line for ``parent`` to show,
    or the reason nothing was (None when the person cancelled)."""
    row = city.status.row_of(office_code)
    if row is None or city.busy:
        return None
    what = _t("{0}（{1}）{2}报表中的记录“{3}”").format(row.name, row.code, period_text(city.period.code), title)
    return _comment(
        city, row, what, parent, _t("对这条记录提意见"), _t("社区会在这条记录上看到"), record=(table_name, record_id)
    )


def _comment(
    city: CityParts, row: OfficeStatus, what: str, parent: QWidget, title: str, where: str, **target: Any
) -> str | None:
    from db.exchange.comments import add_comment

    period = city.period
    text = prompts().ask_text(parent, title, _t("对{0}的意见（{1}）：").format(what, where), "")
    if text is None:
        return None
    if not text.strip():
        said = _t("意见不能为空：请重新点按钮并写明这一项的问题。")
        city.say(ERROR_COLOUR, _t("没有提意见"), said)
        return said
    reviewer = prompts().ask_text(parent, title, _t("审核人姓名（记录在意见中）："), city.status.reviewer)
    if reviewer is None:
        return None
    if not reviewer.strip():
        said = _t("每条意见都记录审核人：请重新点按钮并填写姓名。")
        city.say(ERROR_COLOUR, _t("没有提意见"), said)
        return said
    city.status.reviewer = reviewer.strip()
    try:
        when = city.clock() if city.clock is not None else None
        add_comment(city.store, row.code, period, text=text, written_by=reviewer, now=when, **target)
    except ShequError as exc:
        city.show_error(exc, _t("没有提意见"))
        return str(exc)
    heading = _t("{0}已对{1}提出意见").format(reviewer.strip(), what)
    city.say(
        WARNING_COLOUR,
        heading,
        _t("意见：{0}").format(text.strip())
        + "\n"
        + _t("社区要在导入回执后才知道：请点“生成回执…”写到 U 盘交给社区。"),
    )
    city.hub.publish(Changes(returns=True, periods=frozenset({period.code})))
    return heading + _t("：{0}").format(text.strip())
