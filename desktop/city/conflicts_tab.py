"""同步冲突: the records a bundle brought that differ from the city's at the same version, listed with
their office, and settled one at a time (保留市级已有的 / 采用数据包的)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.changes import Changes
from db.errors import ShequError
from desktop.city.texts import _t
from desktop.common.exchange_widgets import ConflictsPanel

if TYPE_CHECKING:
    from desktop.city.parts import CityParts


def make_panel() -> ConflictsPanel:
    """The tab, with the city's words."""
    return ConflictsPanel(
        [_t("社区"), _t("台账"), _t("记录"), _t("不同的内容"), _t("市级版本"), _t("数据包版本")],
        (110, 90, 110, 180, 70),
        note=_t(
            "同一条记录，市级已有的和数据包带来的版本号相同、内容不同：导入没有覆盖，两边都保留在这里。"
            "一般应采用社区最新报送的内容；拿不准时请与社区核实。"
        ),
        keep_label=_t("保留市级已有的"),
        take_label=_t("采用数据包的"),
        detail=_t("{0}：市级“{1}”，数据包“{2}”"),
        office_column=True,
    )


def show_conflicts(city: CityParts) -> None:
    """Read the conflicts waiting again; the tab's title says how many."""
    from db.exchange.apply import list_conflicts

    panel = city.conflicts
    panel.show_conflicts(list_conflicts(city.store))
    city.tabs.setTabText(city.tabs.indexOf(panel), panel.tab_title())


def resolve_selected(city: CityParts, keep: str) -> None:
    """Settle the conflict selected: ``keep`` the city's version or the bundle's."""
    from db.exchange.apply import resolve_conflict

    conflict = city.conflicts.selected()
    if conflict is None or city.busy:
        return
    try:
        changes = resolve_conflict(
            city.store, conflict.conflict_id, keep=keep, operator_name=city.city_name, bump_version=False
        )
    except ShequError as exc:
        city.show_error(exc, _t("冲突没有处理"))
        changes = Changes(exchange=True)  # read the conflicts again all the same: the list may be stale
    city.hub.publish(changes)
