"""``shequ`` commands for sheets (registered through ``desktop.cli.main.COMMAND_MODULES``).

* ``shequ import-xlsx FILE [--kind KIND] [--sheet NAME] [--header-row N] [--set FIELD=VALUE]
  [--dry-run] [--json]`` — read an office's own workbook (or CSV), print the preview (rows to
  add / update / unchanged, warnings, errors, likely duplicates, the first problems by row) and,
  unless ``--dry-run``, import the good rows in one transaction. Rows with errors are left out;
  the exit code is then 1 (0 when every row went in or was unchanged).
* ``shequ export-xlsx --kind KIND --out FILE.xlsx [--search TEXT] [--filter FIELD=VALUE]
  [--date-field F] [--from DATE] [--to DATE]`` — a list, as the app shows it, to Excel.
* ``shequ template-xlsx --kind KIND --out FILE.xlsx`` — a blank workbook to collect one ledger.

``KIND`` is a key (``party_members``) or a ledger's name (``党员``). Heavy modules load inside
the commands only.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from desktop.cli.common import data_dir, print_json, translate


def _t(text: str) -> str:
    return translate("cli", text)


PROBLEMS_SHOWN = 20


def register(commands: Any) -> None:
    """Add this module's sub-commands to the ``shequ`` parser's sub-parsers."""
    imp = commands.add_parser("import-xlsx", help=_t("从 Excel（.xlsx）或 CSV 文件导入台账（先预览，再写入）"))
    imp.add_argument("file", metavar="FILE", help=_t("要导入的 .xlsx 或 .csv 文件"))
    imp.add_argument("--kind", metavar="KIND", help=_t("台账类型，如 party_members 或 党员（默认：按表头判断）"))
    imp.add_argument("--sheet", metavar="NAME", help=_t("工作表名称（默认：表头最像台账的那一张）"))
    imp.add_argument("--header-row", type=int, metavar="N", help=_t("表头所在的行号（默认：自动查找）"))
    imp.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help=_t("给每一行的某一项填同一个值（表格里没有这一列或为空时），如 --set category=低保户"),
    )
    imp.add_argument("--dry-run", action="store_true", help=_t("只预览，不写入"))
    imp.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    imp.set_defaults(handler=cmd_import_xlsx)

    exp = commands.add_parser("export-xlsx", help=_t("把一个台账列表（可带搜索和筛选）导出为 Excel"))
    exp.add_argument("--kind", required=True, metavar="KIND", help=_t("台账类型，如 residents 或 帮扶对象"))
    exp.add_argument("--out", required=True, metavar="FILE.xlsx", help=_t("保存到哪里"))
    exp.add_argument("--search", default="", metavar="TEXT", help=_t("搜索词（与列表的搜索框相同）"))
    exp.add_argument(
        "--filter", action="append", default=[], metavar="FIELD=VALUE", help=_t("筛选条件，如 --filter category=低保户")
    )
    exp.add_argument("--date-field", metavar="F", help=_t("按哪个日期项筛选，如 held_on"))
    exp.add_argument("--from", dest="date_from", metavar="DATE", help=_t("起始日期（含），如 2026-01-01"))
    exp.add_argument("--to", dest="date_to", metavar="DATE", help=_t("截止日期（含），如 2026-06-30"))
    exp.set_defaults(handler=cmd_export_xlsx)

    tpl = commands.add_parser("template-xlsx", help=_t("生成一个台账的空白 Excel 模板"))
    tpl.add_argument("--kind", required=True, metavar="KIND", help=_t("台账类型，如 party_members 或 党员"))
    tpl.add_argument("--out", required=True, metavar="FILE.xlsx", help=_t("保存到哪里"))
    tpl.set_defaults(handler=cmd_template_xlsx)


# --- helpers ---------------------------------------------------------------------------------


def _pairs(items: list[str]) -> list[tuple[str, str]]:
    from db.sheets.errors import BadSheetOption

    found = []
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise BadSheetOption(_t("“{0}”的写法不对，应写成 项目=值，如 category=低保户。").format(item))
        found.append((name.strip(), value.strip()))
    return found


def _field_name(kind_key: str, text: str) -> str:
    """A field of the kind from its name (``category``) or its Chinese header (``帮扶对象类别``)."""
    from db.sheets.errors import BadSheetOption
    from db.sheets.spec import field_for_header, sheet_kind

    sheet = sheet_kind(kind_key)
    if text in sheet.names:
        return text
    found = field_for_header(kind_key, text)
    if found is None:
        choices = "、".join(f"{f.name}（{f.label}）" for f in sheet.fields)
        raise BadSheetOption(_t("{0}台账没有“{1}”这一项。可以用的有：{2}。").format(sheet.label, text, choices))
    return found


def _date(text: str | None) -> Any:
    if text is None:
        return None
    from db.sheets.convert import CellProblem, parse_date
    from db.sheets.errors import BadSheetOption

    try:
        return parse_date(text, _t("日期")).value
    except CellProblem as problem:
        raise BadSheetOption(problem.message) from None


# --- import ----------------------------------------------------------------------------------


def cmd_import_xlsx(args: argparse.Namespace, out: TextIO) -> int:
    from db.audit import system_actor
    from db.errors import NoDatabase
    from db.office import current_office
    from db.sheets.commit import commit_preview
    from db.sheets.errors import SheetKindUnknown
    from db.sheets.mapping import MappingMemory
    from db.sheets.plan import plan_import
    from db.sheets.preview import build_preview
    from db.store import open_store
    from desktop.cli.main import EXIT_CHECK_FAILED, EXIT_OK

    folder = data_dir(args)
    source = Path(args.file).expanduser()
    with open_store(folder) as store:
        memory = MappingMemory(folder)
        plan = plan_import(source, kind=args.kind, sheet=args.sheet, header_row=args.header_row, memory=memory)
        if plan.kind_key is None:
            raise SheetKindUnknown(source.name)
        mapping = plan.require_mapping()
        for name, value in _pairs(args.set):
            mapping = mapping.with_constant(_field_name(plan.kind_key, name), value)
        with store.session() as probe:
            office = current_office(probe)
        if office is None:
            raise NoDatabase(str(folder))
        office_code = office.code
        actor = system_actor(office_code)
        with store.session(actor) as session:
            preview = build_preview(session, plan.sheet, mapping, office_code=office_code)
            result = None
            if not args.dry_run and preview.importable_rows():
                result = commit_preview(session, preview)
        if not args.dry_run:
            import contextlib

            # the column choices are a convenience: a full disk here leaves the import as it is
            with contextlib.suppress(OSError):
                memory.remember(mapping)
    counts = preview.counts
    if args.json:
        payload = preview.to_dict()
        payload["kind_guessed"] = not plan.kind_given
        payload["dry_run"] = bool(args.dry_run)
        payload["committed"] = result.to_dict() if result is not None else None
        print_json(payload, out)
    else:
        _print_summary(plan, preview, out)
        if args.dry_run:
            out.write(_t("预览模式（--dry-run）：没有写入任何数据。") + "\n")
        elif result is None:
            out.write(_t("没有要写入的记录。") + "\n")
        else:
            out.write(
                _t("已导入：新增 {0} 条，更新 {1} 条（操作记录原因：{2}）。").format(
                    result.created, result.updated, result.reason
                )
                + "\n"
            )
        if counts.errors:
            out.write(
                _t("有 {0} 行因为错误没有导入：请在表格中改正后重新导入（已导入的记录会更新，不会重复）。").format(
                    counts.errors
                )
                + "\n"
            )
    return EXIT_CHECK_FAILED if counts.errors else EXIT_OK


def _print_summary(plan: Any, preview: Any, out: TextIO) -> None:
    sheet = plan.sheet
    counts = preview.counts
    where = _t("，工作表“{0}”").format(sheet.sheet_name) if sheet.sheet_name else ""
    encoding = _t("，编码 {0}").format(sheet.encoding.upper()) if sheet.encoding else ""
    out.write(
        _t("文件：{0}{1}{2}，表头在第 {3} 行，{4} 行数据").format(
            sheet.file_name, where, encoding, sheet.header_row, counts.rows
        )
        + "\n"
    )
    how = _t("按命令指定") if plan.kind_given else _t("按表头判断；不对时请用 --kind 指定")
    out.write(_t("台账：{0}（{1}）").format(preview.kind_label, how) + "\n")
    from db.sheets.spec import sheet_kind

    spec = sheet_kind(preview.kind_key)
    pairs = [
        f"{header}→{spec.field(name).label}"
        for header, name in zip(preview.mapping.headers, preview.mapping.fields, strict=True)
        if name is not None
    ]
    out.write(_t("列的对应：{0}").format("；".join(pairs)) + "\n")
    if preview.mapping.unmapped_headers:
        out.write(_t("未使用的列：{0}").format("、".join(preview.mapping.unmapped_headers)) + "\n")
    if preview.mapping.constants:
        fixed = "；".join(f"{spec.field(name).label}={value}" for name, value in preview.mapping.constants.items())
        out.write(_t("每行统一填写：{0}").format(fixed) + "\n")
    missing = preview.mapping.missing_required
    if missing:
        labels = "、".join(spec.field(name).label for name in missing)
        out.write(_t("注意：表格里没有必填的“{0}”一列（可用 --set 项目=值 统一填写）。").format(labels) + "\n")
    out.write(
        _t(
            "预览：新增 {0} 条，更新 {1} 条，无变化 {2} 条；有提醒 {3} 行，有错误 {4} 行（不导入），疑似重复 {5} 行"
        ).format(counts.create, counts.update, counts.unchanged, counts.warnings, counts.errors, counts.duplicates)
        + "\n"
    )
    if preview.ignored:
        reasons: dict[str, int] = {}
        for item in preview.ignored:
            reasons[item.reason] = reasons.get(item.reason, 0) + 1
        text = "、".join(f"{reason} {count} 行" for reason, count in reasons.items())
        out.write(_t("已略过：{0}").format(text) + "\n")
    problems = preview.problems()
    if problems:
        shown = problems[:PROBLEMS_SHOWN]
        out.write(_t("问题（共 {0} 个，先列错误）：").format(len(problems)) + "\n")
        for row, issue in shown:
            severity = _t("错误") if issue.is_error else _t("提醒")
            out.write("  " + _t("第 {0} 行 [{1}] {2}").format(row.number, severity, issue.message) + "\n")
        if len(problems) > len(shown):
            out.write("  " + _t("……另有 {0} 个问题（加 --json 可看全部）").format(len(problems) - len(shown)) + "\n")


# --- export ----------------------------------------------------------------------------------


def cmd_export_xlsx(args: argparse.Namespace, out: TextIO) -> int:
    from db.forms import Input
    from db.listing import ListFilter
    from db.sheets.convert import CellProblem, convert_cell
    from db.sheets.errors import BadSheetOption
    from db.sheets.export import export_list
    from db.sheets.spec import resolve_kind, sheet_kind
    from db.store import open_store
    from desktop.cli.main import EXIT_OK

    kind_key = resolve_kind(args.kind)
    spec = sheet_kind(kind_key)
    date_field = _field_name(kind_key, args.date_field) if args.date_field else None
    date_from, date_to = _date(args.date_from), _date(args.date_to)
    if (date_from or date_to) and date_field is None:
        raise BadSheetOption(_t("用 --from / --to 时请同时用 --date-field 指定按哪个日期筛选。"))
    target = Path(args.out).expanduser()
    with open_store(data_dir(args), only_reads=True) as store, store.session() as session:  # read-only folder too
        equals: dict[str, str | int] = {}
        for name, value in _pairs(args.filter):
            field = spec.field(_field_name(kind_key, name))
            if field.input is Input.RECORD and field.ref_kind:
                equals[field.name] = _record_id(session, field.ref_kind, value)
                continue
            try:
                converted = convert_cell(field, value).value
            except CellProblem as problem:
                raise BadSheetOption(problem.message) from None
            if converted is None:
                raise BadSheetOption(_t("筛选条件“{0}”没有写值。").format(name))
            if not isinstance(converted, (str, int)) or isinstance(converted, bool):
                raise BadSheetOption(_t("不能按“{0}”筛选：请用选择项、年份或名称类的项目。").format(field.label))
            equals[field.name] = converted
        filters = ListFilter(equals=equals, date_field=date_field, date_from=date_from, date_to=date_to)
        result = export_list(session, kind_key, target, search=args.search, filters=filters)
    out.write(_t("已导出 {0} 条{1}记录到 {2}").format(result.rows, spec.label, result.path) + "\n")
    return EXIT_OK


def _record_id(session: Any, kind_key: str, name: str) -> str:
    """The id of the one live record of ``kind_key`` named ``name`` (for a filter on a linked record)."""
    from db import listing
    from db.kinds import kind
    from db.sheets.errors import BadSheetOption

    wanted = "".join(name.split())
    ids = listing.page_ids(session, kind_key, name)
    titles = listing.titles_by_ids(session, kind_key, ids)
    found = [record_id for record_id in ids if "".join(titles.get(record_id, "").split()) == wanted]
    if len(found) != 1:
        label = kind(kind_key).label
        problem = _t("{0}台账中没有叫“{1}”的记录。") if not found else _t("{0}台账中有几条都叫“{1}”，无法按它筛选。")
        raise BadSheetOption(problem.format(label, name))
    return found[0]


def cmd_template_xlsx(args: argparse.Namespace, out: TextIO) -> int:
    from db.sheets.export import write_template
    from db.sheets.spec import resolve_kind, sheet_kind
    from desktop.cli.main import EXIT_OK

    kind_key = resolve_kind(args.kind, importable=True)
    path = write_template(kind_key, Path(args.out).expanduser())
    out.write(_t("已生成{0}的空白模板：{1}").format(sheet_kind(kind_key).label, path) + "\n")
    return EXIT_OK
