"""The import wizard's words, as plain Python: what a row's action is called, a row's problems,
the preview's counts, the guess of the ledger, what is missing, the summary (translation context
``SheetImport``; nothing here makes a widget).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.forms import Input
from db.sheets import (
    ColumnMapping,
    CommitResult,
    ImportPlan,
    Preview,
    PreviewCounts,
    PreviewRow,
    RowAction,
    SheetData,
    SheetField,
    sheet_kind,
)
from desktop.common.i18n import label, text

CONTEXT = "SheetImport"

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#9a5b00"
WARNING_DOT = "#f0a500"
HINT_STYLE = "color: palette(placeholder-text);"
ACTION_COLOURS = {
    RowAction.CREATE: "#2b7a30",
    RowAction.UPDATE: "#1565c0",
    RowAction.UNCHANGED: "#616161",
    RowAction.ERROR: ERROR_COLOUR,
    RowAction.SKIP: "#8a8a8a",
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def import_title() -> str:
    """The wizard's title, and the title of its messages."""
    return _t("从 Excel 导入")


def no_operator_text() -> str:
    return _t("现在没有登录的操作人员，导入的记录无法记在谁的名下。请先点“文件 → 切换操作人员”登录，再导入。")


def action_text(action: RowAction) -> str:
    """What the import does with a row, in a word or two."""
    return {
        RowAction.CREATE: _t("新增"),
        RowAction.UPDATE: _t("更新"),
        RowAction.UNCHANGED: _t("无变化"),
        RowAction.ERROR: _t("有错误"),
        RowAction.SKIP: _t("跳过"),
    }[action]


def column_letter(index: int) -> str:
    """A column's letter as Excel shows it (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def issues_text(row: PreviewRow) -> str:
    """Every problem of the row, errors first, one a line."""
    lines = [
        (_t("错误：{0}") if issue.is_error else _t("提醒：{0}")).format(text(issue.message))
        for issue in sorted(row.report, key=lambda issue: not issue.is_error)
    ]
    return "\n".join(lines)


def problem_summary(row: PreviewRow) -> str:
    """The row's first problem (errors first), and how many more there are."""
    issues = sorted(row.report, key=lambda issue: not issue.is_error)
    if not issues:
        return ""
    if len(issues) == 1:
        return text(issues[0].message)
    return _t("{0}（另有 {1} 个问题）").format(text(issues[0].message), len(issues) - 1)


def choices(column: SheetField) -> list[str]:
    """What a cell of ``column`` may be chosen from while correcting it (as typed in a sheet)."""
    if column.input is Input.CHOICE and column.enum is not None:
        return [member.label for member in column.enum]
    if column.input is Input.FLAG:
        return ["是", "否"]
    return []


# --- step 2: the ledger and the columns -------------------------------------------------------


def source_text(sheet: SheetData) -> str:
    """Where the rows come from: the file, the sheet, the header row, how many rows."""
    where = _t("，工作表“{0}”").format(sheet.sheet_name) if sheet.sheet_name else ""
    said = _t("文件“{0}”{1}：表头在第 {2} 行，下面有 {3} 行数据。").format(
        sheet.file_name, where, sheet.header_row, len(sheet.rows)
    )
    if sheet.ignored:
        said += _t("合计、表尾说明等 {0} 行不导入。").format(len(sheet.ignored))
    return said


def kind_name(kind_key: str) -> str:
    return label(sheet_kind(kind_key).label)


def guess_text(plan: ImportPlan) -> tuple[str, bool]:
    """What the headers say about the ledger, and whether that needs the person's attention (no
    guess, or several ledgers fit equally)."""
    if plan.kind_key is None:
        return _t("从列名看不出这是哪一类台账，请选择。"), True
    best = plan.guesses[0] if plan.guesses else None
    if best is None or best.kind_key != plan.kind_key:
        return "", False
    tied = [guess for guess in plan.guesses if guess.score == best.score]
    if len(tied) > 1:  # the headers fit several ledgers equally (姓名, 身份证号 …)
        names = _t("、").join(f"“{kind_name(guess.kind_key)}”" for guess in tied)
        return _t("只看列名，分不清是{0}中的哪一类台账；先选了“{1}”，请核对，不对就在这里改。").format(
            names, kind_name(best.kind_key)
        ), True
    said = _t("按列名看，这是“{0}”台账（认出 {1} 列）。").format(kind_name(best.kind_key), best.matched)
    others = [_t("{0}（{1} 列）").format(kind_name(guess.kind_key), guess.matched) for guess in plan.guesses[1:4]]
    if others:
        said += _t("也可能是：{0}。").format(_t("、").join(others))
    return said, False


def choice_text(plan: ImportPlan, key: str) -> str:
    """The person chose another ledger than the one guessed."""
    guessed = plan.kind_key
    if not guessed:
        return ""
    return _t("已改为“{0}”台账（按列名猜的是“{1}”）。").format(kind_name(key), kind_name(guessed))


def missing_text(mapping: ColumnMapping) -> str:
    """What the columns chosen leave out ("" when nothing required is missing)."""
    if not mapping.mapped:
        return _t("没有一列对应到{0}台账的项目：请核对台账类型，或在上表中为各列选择要导入到哪一项。").format(
            kind_name(mapping.kind_key)
        )
    if mapping.missing_required:
        kind = sheet_kind(mapping.kind_key)
        names = _t("、").join(f"“{label(kind.field(name).label)}”" for name in mapping.missing_required)
        return _t(
            "还缺少必填的{0}：请在上表中为它选一列，或在下面给每一行统一填写；否则每一行都会报错、无法导入。"
        ).format(names)
    return ""


# --- step 3: the preview ---------------------------------------------------------------------------


def counts_html(preview: Preview) -> str:
    """共 N 行：新增 …，更新 …，无变化 …，有错误 …。 and the warnings, duplicates and rows left aside."""
    counts: PreviewCounts = preview.counts
    parts = [
        _t("共 {0} 行：").format(counts.rows),
        strong(_t("新增 {0} 条").format(counts.create), ACTION_COLOURS[RowAction.CREATE], counts.create) + "，",
        strong(_t("更新 {0} 条").format(counts.update), ACTION_COLOURS[RowAction.UPDATE], counts.update) + "，",
        _t("无变化 {0} 条").format(counts.unchanged) + "，",
        f"<b style='color:{ERROR_COLOUR}'>{_t('有错误 {0} 行（不导入）').format(counts.errors)}</b>"
        if counts.errors
        else _t("没有错误"),
        "，" + _t("跳过 {0} 行").format(counts.skipped) if counts.skipped else "",
        "。",
    ]
    notes = []
    if counts.warnings:
        warned = _t("有提醒 {0} 行（会导入，请核对）").format(counts.warnings)
        notes.append(f"<span style='color:{WARNING_COLOUR}'>{warned}</span>")
    if counts.duplicates:
        doubled = _t("疑似重复 {0} 行").format(counts.duplicates)
        notes.append(f"<span style='color:{WARNING_COLOUR}'>{doubled}</span>")
    if counts.ignored:
        notes.append(_t("合计、表尾、空行等 {0} 行已略过").format(counts.ignored))
    html = "".join(parts)
    if notes:
        html += "<br>" + _t("，").join(notes) + "。"
    if not counts.imported and not preview.committed:
        html += "<br>" + f"<b>{_t('没有可以导入的行。')}</b>"
    return html


def problems_only_text(preview: Preview) -> str:
    problems = sum(1 for row in preview.rows if len(row.report))
    return _t("只看有问题的行（{0}）(&P)").format(problems)


def commit_button_text(preview: Preview) -> str:
    imported = preview.counts.imported
    return _t("导入 {0} 条(&I)").format(imported) if imported else _t("导入(&I)")


def skip_button_text(all_skipped: bool) -> str:
    return _t("恢复导入所选行(&K)") if all_skipped else _t("跳过所选行(&K)")


def strong(text: str, colour: str, count: int) -> str:
    """``text`` in bold and ``colour`` when ``count`` is not zero."""
    return f"<b style='color:{colour}'>{text}</b>" if count else text


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def row_details(preview: Preview, row: PreviewRow) -> str:
    """One row as a few lines of HTML: what happens to it, what it matches, what changes, its problems."""
    colour = ACTION_COLOURS[row.action]
    title = row.title(preview.kind_key)
    head = _t("第 {0} 行").format(row.number) + (f"（{escape(title)}）" if title else "")
    lines = [f"<b>{head}：<span style='color:{colour}'>{action_text(row.action)}</span></b>"]
    if row.skipped:
        lines.append(_t("这一行已跳过，不会导入。再按“恢复导入所选行”可以恢复。"))
    elif row.match_id is not None:
        how = {
            "id_number": _t("按身份证号"),
            "name_birth_date": _t("按姓名和出生日期"),
            "name_phone": _t("按姓名和电话"),
        }.get(row.match_by, _t("按名称"))
        kind = label(preview.kind_label)
        lines.append(_t("{0}对应到台账中已有的{1}“{2}”。").format(how, kind, escape(row.match_title)))
        if row.changes:
            labels = {column.name: column.label for column in preview.columns}
            changes = [
                _t("{0}：{1} → {2}").format(
                    label(labels.get(name, name)),
                    escape(preview.value_text(name, old) or _t("（空）")),
                    escape(preview.value_text(name, new)),
                )
                for name, (old, new) in row.changes.items()
            ]
            lines.append(_t("将更新：") + _t("；").join(changes))
        else:
            lines.append(_t("与台账中的记录相同，不需要更新。"))
    for issue in sorted(row.report, key=lambda issue: not issue.is_error):
        colour = ERROR_COLOUR if issue.is_error else WARNING_COLOUR
        word = _t("错误") if issue.is_error else _t("提醒")
        lines.append(f"<span style='color:{colour}'>● {word}：{escape(text(issue.message))}</span>")
    return "<br>".join(lines)


# --- step 4: done ----------------------------------------------------------------------------


def summary_text(result: CommitResult) -> str:
    """已新增 N 条，更新 M 条，跳过 K 条。"""
    return _t("已新增 {0} 条，更新 {1} 条，跳过 {2} 条。").format(
        result.created, result.updated, result.errors + result.skipped
    )


def done_notes(result: CommitResult) -> str:
    """What was left out and why, what was the same already, and the reason in the audit log."""
    notes = []
    if result.errors or result.skipped:
        notes.append(_t("跳过的行中，有错误的 {0} 行，手动跳过的 {1} 行。").format(result.errors, result.skipped))
    if result.errors:
        notes.append(_t("有错误的行请在原表格中改正后再导入一次这个文件：已导入的记录会更新，不会重复。"))
    if result.unchanged:
        notes.append(_t("另有 {0} 条与台账中的记录相同，没有改动。").format(result.unchanged))
    notes.append(_t("这次导入已记入操作记录，原因为“{0}”。").format(result.reason))
    return "\n".join(notes)
