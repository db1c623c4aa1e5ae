"""Words and questions shared by the office's and the city's exchange screens: a period's name, a
progress reporter for the data layer, a missing bundle and what to do about it (translation context
``ExchangePage``, where these strings have always lived)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db.errors import ShequError
from desktop.common.prompts import prompts
from desktop.common.tasks import Progress

CONTEXT = "ExchangePage"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def period_text(code: str) -> str:
    from db.periods import parse_period
    from desktop.common.i18n import period_label

    try:
        return period_label(parse_period(code))
    except ShequError:
        return code


def reporter(
    progress: Progress, text: str, *, offset: int = 0, span: int = 1, parts: int = 1
) -> Callable[[int, int], None]:
    """A ``progress(done, total)`` for the data layer that moves ``progress`` (part ``offset`` of
    ``parts``, ``span`` parts wide) and stops the work when Cancel was pressed — but never once the
    work reports it is complete (``done == total``: by then it has been committed)."""

    def report(done: int, total: int) -> None:
        scale = 1000
        share = done * scale * span // max(total, 1)
        progress.update(offset * scale + share, parts * scale, text)
        if done < total:
            progress.check()

    return report


def missing_text(exc: Any) -> str:
    """What :class:`db.exchange.data_errors.BundleMissing` names, without the command line's wording."""
    numbers = "、".join(str(seq) for seq in exc.missing)
    return _t("社区 {0} 的第 {1} 号数据包还没有导入，这个文件要在它之后导入；没有做任何修改。").format(
        exc.sender, numbers
    )


def ask_about_gap(parent: QWidget, message: str) -> bool:
    """A bundle in between is missing: wait for it (the default), or import now with the gap
    recorded. True for the latter."""
    answer = prompts().choose(
        parent,
        _t("缺少更早的数据包"),
        message
        + "\n\n"
        + _t(
            "最好等缺少的数据包送来，先导入它。如果确认它已经丢失，也可以现在导入，"
            "缺口会记在导入记录里（之后可以请对方导出全部数据补齐）。"
        ),
        [_t("等待缺少的数据包"), _t("记录缺口后导入")],
        0,
    )
    return answer == 1
