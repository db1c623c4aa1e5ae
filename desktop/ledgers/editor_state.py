"""The record editor's texts and the plain state behind them: its heading, the line under the form
(what still keeps it from being saved, what needs a reason, unsaved or saved), and whether published
changes may have removed the record shown. No widgets here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db import kinds
from db.changes import Changes
from db.validation import Issue, Report
from desktop.common.i18n import label
from desktop.common.i18n import text as db_text
from desktop.ledgers.form import ERROR_COLOR, WARNING_COLOR


def _t(text: str) -> str:
    return QCoreApplication.translate("RecordEditor", text)


def kind_label(kind_key: str) -> str:
    return label(kinds.kind(kind_key).label)


def heading_text(kind_key: str, title: str | None) -> str:
    """新增X for a new record (``title`` None), else X：title."""
    name = kind_label(kind_key)
    if title is None:
        return _t("新增{0}").format(name)
    return _t("{0}：{1}").format(name, title)


def status_line(report: Report, problem: Issue | None, *, dirty: bool, just_saved: bool) -> tuple[str, str]:
    """The text under the form and its colour ("" for the usual one); ("", "") hides it."""
    if report.has_errors and problem is not None:
        count = len(report.errors)
        more = _t("（共 {0} 处要改）").format(count) if count > 1 else ""
        return _t("还不能保存：{0}{1}").format(db_text(problem.message), more), ERROR_COLOR
    if report.has_warnings and dirty:
        return _t("有 {0} 处需要核对；保存时请写明原因。").format(len(report.warnings)), WARNING_COLOR
    if dirty:
        return _t("有未保存的修改。"), ""
    if just_saved:
        return _t("已保存。"), ""
    return "", ""


def may_be_gone(changes: Changes, kind_key: str, record_id: str | None) -> bool:
    """Whether ``changes`` may have deleted the stored record ``record_id`` of ``kind_key``."""
    if record_id is None or not changes.touches(kind_key):
        return False
    return changes.everything or not changes.records or record_id in changes.records
