"""报表状态 on 数据交换: the reviewers' comments on single figures and records — the city's (市级意见)
and, for an office reporting through a street, the street's (街道意见) — listed under the return they
are on (:func:`db.exchange.comments.comments_by_return`), one line each."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from db.exchange.comments import Comment
from db.exchange.history import ReturnStatus
from desktop.common.i18n import label
from desktop.common.page_parts import local_time

CONTEXT = "ExchangePage"
COMMENT_COLOUR = "#8a4b00"
STREET_LEVEL = "街道"  # a comment's level when the street wrote it (db.exchange.street_acks)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def comment_target(comment: Comment) -> str:
    """What the comment is on, as people read it: the figure's name, or the ledger and the record."""
    if comment.figure_key:
        return label(comment.figure_label) if comment.figure_label else comment.figure_key
    from db.kinds import kind_of_table

    kind = kind_of_table(comment.table_name)
    ledger = label(kind.label) if kind is not None else comment.table_name
    if comment.record_title:
        return _t("{0}“{1}”").format(ledger, comment.record_title)
    return _t("{0}中的一条记录（已不在本机）").format(ledger)


def comment_line(comment: Comment) -> str:
    """``开展活动：活动次数偏少（王审核（市级），2026-04-11 11:00）``."""
    who = _t("{0}（{1}），{2}").format(comment.written_by, label(comment.level), local_time(comment.written_at))
    return _t("{0}：{1}（{2}）").format(comment_target(comment), comment.text, who)


def add_comment_rows(
    tree: QTreeWidget, returns: Sequence[ReturnStatus], comments: Mapping[str, Sequence[Comment]]
) -> int:
    """Under each return's row of ``tree`` (in the order of ``returns``), a row per comment on it
    (市级意见 or 街道意见 by the comment's level), shown open; how many were added."""
    added = 0
    colour = QBrush(QColor(COMMENT_COLOUR))
    for index, item in enumerate(returns):
        row = tree.topLevelItem(index)
        found = comments.get(item.return_id, ())
        if row is None or not found:
            continue
        for comment in found:
            line = comment_line(comment)
            level = _t("街道意见") if comment.level == STREET_LEVEL else _t("市级意见")
            child = QTreeWidgetItem(["", "", "", level, line])
            child.setToolTip(4, line)
            child.setForeground(3, colour)
            child.setForeground(4, colour)
            row.addChild(child)
            added += 1
        row.setExpanded(True)
    return added
