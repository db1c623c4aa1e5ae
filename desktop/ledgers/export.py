"""A list page's 导出 Excel…: what the list shows — its search, its filters, its order — to a workbook.

:func:`export_list_to_excel` asks where (a name like ``党员-2026-11-28.xlsx`` in the folder used
last), writes with :func:`db.sheets.export_list` in the background with progress (a cancelled
export writes nothing) and says in the window's status bar where the file went
(:mod:`desktop.common.excel_files`). The texts keep the translation context ``SheetExport``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db.listing import ListFilter, SortKey
from desktop.common.excel_files import ask_target, kind_label, write_in_background
from desktop.common.tasks import Progress, TaskHandle, TaskRunner

if TYPE_CHECKING:
    from sqlmodel import Session

    from db.sheets import ExportResult

CONTEXT = "SheetExport"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def export_file_name(kind_key: str, today: date) -> str:
    """``党员-2026-11-28.xlsx``."""
    return f"{kind_label(kind_key)}-{today.isoformat()}.xlsx"


@dataclass(frozen=True)
class ListView:
    """What a list page shows: its kind, search, filters and order (as :func:`db.listing.page_ids` takes them)."""

    kind_key: str
    search: str = ""
    filters: ListFilter | None = None
    order_by: SortKey | None = None
    descending: bool = False


def export_list_to_excel(
    parent: QWidget,
    runner: TaskRunner,
    session_factory: Callable[[], Session],
    view: ListView,
    *,
    on_done: Callable[[ExportResult], None] | None = None,
    today: date | None = None,
) -> TaskHandle[ExportResult] | None:
    """导出 Excel…: ask where, then write the list in the background; None when the person cancels."""
    suggested = export_file_name(view.kind_key, today or date.today())
    target = ask_target(parent, _t("把列表导出为 Excel"), suggested)
    if target is None:
        return None
    reading = _t("正在导出：已读取 {0} / {1} 条…")

    def work(progress: Progress) -> ExportResult:
        from db.sheets import export_list

        def report(done: int, total: int) -> None:
            progress.check()
            progress.update(done, total, reading.format(done, total))

        with session_factory() as session:
            result = export_list(
                session,
                view.kind_key,
                target,
                search=view.search,
                filters=view.filters,
                order_by=view.order_by,
                descending=view.descending,
                progress=report,
            )
        return result

    def saved(result: ExportResult) -> tuple[str, Path]:
        text = _t("已导出 {0} 条{1}记录：{2}").format(result.rows, kind_label(result.kind_key), result.path.name)
        return text, result.path

    return write_in_background(
        parent, runner, _t("导出 Excel"), work, saved, on_done, progress_title=_t("正在导出 {0}…").format(target.name)
    )
