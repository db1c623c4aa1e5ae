"""``shequ`` commands for the office's ledgers as a whole.

* ``shequ init --office-code CODE --office-name NAME [--street S] [--district D] [--city C]``
  — set up an office;
* ``shequ demo [--scale N]`` — a demo office with sample data;
* ``shequ stats [--period P] [--json]`` — records per ledger and the 三有一化 figures;
* ``shequ check [--period P] [--json]`` — validate the ledgers (exit 1 on errors); with a period,
  the return's own pre-flight: also every warning the return will ask to explain, with its key.

Every handler imports what it needs when it runs, so that ``shequ --help`` stays quick.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from desktop.cli.common import EXIT_CHECK_FAILED, EXIT_OK, office_data_dir, period, print_json, translate


def _t(text: str) -> str:
    return translate("cli", text)


def _positive_scale(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_t("规模必须是 1 到 1000 之间的整数")) from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError(_t("规模必须是 1 到 1000 之间的整数"))
    return value


def register(commands: Any) -> None:
    """Add this module's sub-commands to the ``shequ`` parser's sub-parsers."""
    init = commands.add_parser("init", help=_t("建立社区台账"))
    init.add_argument("--office-code", required=True, metavar="CODE", help=_t("12 位统计用区划代码"))
    init.add_argument("--office-name", required=True, metavar="NAME", help=_t("社区名称"))
    init.add_argument("--street", default="", metavar="S", help=_t("所属街道(镇)"))
    init.add_argument("--district", default="", metavar="D", help=_t("所属区/旗/县"))
    init.add_argument("--city", default="巴彦淖尔市", metavar="C", help=_t("所属市"))
    init.set_defaults(handler=cmd_init)

    demo = commands.add_parser("demo", help=_t("建立演示社区（示例数据）"))
    demo.add_argument(
        "--scale", type=_positive_scale, default=1, metavar="N", help=_t("数据量倍数（1 为一个普通社区）")
    )
    demo.set_defaults(handler=cmd_demo)

    stats = commands.add_parser("stats", help=_t("各类台账的记录数和“三有一化”达标情况"))
    stats.add_argument("--period", metavar="P", help=_t("报告期，如 2026、2026H1、2026Q3、2026-07（默认：今年）"))
    stats.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    stats.set_defaults(handler=cmd_stats)

    check = commands.add_parser("check", help=_t("检查台账数据；有必须改正的错误时退出码为 1"))
    check.add_argument("--period", metavar="P", help=_t("只检查这个报告期的数据"))
    check.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    check.set_defaults(handler=cmd_check)


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    from db.office import OfficeSetup, checked_setup_values, create_office
    from db.store import open_store

    setup = OfficeSetup(args.office_code, args.office_name, args.street, args.district, args.city)
    folder = office_data_dir(args)
    checked_setup_values(setup)  # refuse bad values before anything is made on disk
    with open_store(folder, create=True) as store:
        office = create_office(store, setup)
    out.write(_t("已建立社区台账：{0}（{1}），数据文件夹 {2}").format(office.name, office.code, folder) + "\n")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from db.demo import build_demo
    from db.store import open_store

    folder = office_data_dir(args)
    err = sys.stderr
    last = [-1]

    def progress(done: int, total: int) -> None:
        percent = int(done * 100 / total) if total else 100
        if percent != last[0] and err.isatty():
            last[0] = percent
            err.write("\r" + _t("正在生成演示数据… {0}%").format(percent))
            err.flush()

    with open_store(folder, create=True) as store:
        counts = build_demo(store, scale=args.scale, progress=progress)
    if last[0] >= 0:
        err.write("\n")
    total = sum(counts.values())
    out.write(_t("已建立演示社区，共 {0} 条记录，数据文件夹 {1}").format(total, folder) + "\n")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace, out: TextIO) -> int:
    """Read with the standard library (:func:`db.stats.folder_stats`): no data layer to load."""
    from db.stats import COUNTED, folder_stats

    chosen = period(args.period)
    folder = office_data_dir(args)
    payload = folder_stats(folder, chosen)  # a read-only folder too
    if args.json:
        print_json(payload, out)
        return EXIT_OK
    labels = {kind.key: kind.label for kind in COUNTED}
    office = payload["office"]
    out.write(f"{office['name']}（{office['code']}）  {_t('报告期')}：{chosen.label}\n\n")
    out.write(_t("记录数") + "\n")
    for key, count in payload["counts"].items():
        out.write(f"  {labels[key]:<8}{count:>8}\n")
    out.write("\n" + _t("“三有一化”达标情况") + "\n")
    for pillar in payload["pillars"]:
        out.write(f"  {pillar['label']}：{_status_label(pillar['status'])}\n")
        for figure in pillar["figures"]:
            out.write(f"    [{_status_label(figure['status'])}] {figure['label']}：{figure['reason']}\n")
    return EXIT_OK


def _status_label(status: str) -> str:
    """The judgement word the app and the return's PDF use (达标 / 未达标 / 需说明)."""
    from db.compliance import Status

    try:
        return Status(status).label
    except ValueError:
        return status


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    """The checks the return runs: with a period, exactly its pre-flight (blocking errors, and every
    warning that will need a written explanation, with the key the explanation file uses)."""
    from db.folder import peek_profile  # the office as start-up reads it (db.office would load argon2, db.ops)
    from db.store import open_store
    from db.validation import check_office, kind_label

    chosen = period(args.period) if args.period is not None else None
    folder = office_data_dir(args)
    with open_store(folder, only_reads=True) as store, store.session() as session:  # a read-only folder too
        profile = peek_profile(store.db_path)
        office = profile if profile is not None and profile.office_code else None
        if chosen is not None:
            from db.returns.preflight import run_preflight  # the return's own content, with a period only

            preflight = run_preflight(session, chosen)
            report = preflight.report
            to_explain = preflight.warnings
        else:
            report = check_office(session, None)
            to_explain = []
    errors = len(report.errors)
    if args.json:
        print_json(
            {
                "office": {"code": office.office_code, "name": office.office_name} if office else None,
                "period": chosen.code if chosen else None,
                "errors": errors,
                "warnings": len(report.warnings),
                "issues": report.to_dicts(),
                "to_explain": [
                    {"key": warning.key, "code": warning.code, "text": warning.text} for warning in to_explain
                ],
            },
            out,
        )
        return EXIT_CHECK_FAILED if errors else EXIT_OK
    for issue in report.errors:
        where = kind_label(issue.kind) if issue.kind else ""
        title = f"“{issue.record_title}”" if issue.record_title else ""
        out.write(f"[{_t('错误')}] {where}{title}：{issue.message}\n")
    if chosen is None:
        for issue in report.warnings:
            where = kind_label(issue.kind) if issue.kind else ""
            title = f"“{issue.record_title}”" if issue.record_title else ""
            out.write(f"[{_t('提醒')}] {where}{title}：{issue.message}\n")
        out.write(_t("检查范围：全部数据。共 {0} 个错误、{1} 个提醒。").format(errors, len(report.warnings)) + "\n")
        out.write(_t("达标情况和生成报表时要写说明的事项要按报告期检查：shequ check --period 2026") + "\n")
    else:
        for warning in to_explain:
            out.write(f"[{_status_label('warning')}] {warning.key}：{warning.text}\n")
        out.write(
            _t("检查范围：{0}。共 {1} 个错误；{2} 条提醒在生成报表时需要书面说明。").format(
                chosen.label, errors, len(to_explain)
            )
            + "\n"
        )
        if to_explain:
            out.write(_t('说明文件（--explain-file）是 JSON，按方括号后的编号写：{"编号": "说明"}。') + "\n")
    return EXIT_CHECK_FAILED if errors else EXIT_OK
