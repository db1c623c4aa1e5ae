"""``shequ street staff|funding|standing|return``: the street's own ledgers, its standing against the
city's street-worker funding standard, and its consolidated return (added under ``shequ street`` by
:func:`register`, called from :mod:`desktop.cli.street`).

* ``shequ street staff add --name NAME --by WHO [--gender 男] [--position 职务] [--start DATE] [--end DATE]
  [--pay 元] [--pay-period 月|年] [--phone P] [--id-number ID] [--note TEXT]``
* ``shequ street staff list [--year Y] [--json]`` / ``shequ street staff remove ID --by WHO --reason WHY``
* ``shequ street funding add --date DATE --amount 元 --source 来源 --purpose 用途 --by WHO [--fiscal-year Y]
  [--note TEXT]``
* ``shequ street funding list [--year Y] [--json]`` / ``shequ street funding remove ID --by WHO --reason WHY``
* ``shequ street standing [--period P] [--json]``
* ``shequ street return --period P --out DIR`` (asks the street's passphrase)

Values are typed as people write them (``2026年3月1日``, ``1.2万``, labels); a refusal is one line, exit 2.
Every handler imports what it needs when it runs, so that ``shequ --help`` stays quick.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from desktop.cli.common import (
    EXIT_OK,
    add_passphrase_option,
    ask_passphrase,
    data_dir,
    output_folder,
    period,
    print_json,
    translate,
)


def _t(text: str) -> str:
    return translate("cli", text)


def register(sub: Any) -> None:
    """Add ``staff``, ``funding``, ``standing`` and ``return`` to ``shequ street``'s operations."""
    staff = sub.add_parser("staff", help=_t("街道自己的工作者（街道(镇)工作者）：录入、查看、删除"))
    staff_sub = staff.add_subparsers(dest="staff_command", metavar=_t("操作"), required=True)
    add = staff_sub.add_parser("add", help=_t("录入一名街道(镇)工作者"))
    add.add_argument("--name", required=True, metavar="NAME", help=_t("姓名"))
    add.add_argument("--by", required=True, metavar="WHO", help=_t("录入人的姓名（记入修改记录）"))
    add.add_argument("--gender", default="", metavar="TEXT", help=_t("性别：男 或 女"))
    add.add_argument("--position", default="", metavar="TEXT", help=_t("职务，如 专职社区工作者"))
    add.add_argument("--start", default="", metavar="DATE", help=_t("任职日期，如 2024-03-01"))
    add.add_argument("--end", default="", metavar="DATE", help=_t("离任日期（在岗时不填）"))
    add.add_argument("--pay", default="", metavar="YUAN", help=_t("报酬（元），如 4800"))
    add.add_argument("--pay-period", default="", metavar="TEXT", help=_t("报酬按 月 或 年 计（默认按月）"))
    add.add_argument("--phone", default="", metavar="PHONE", help=_t("联系电话"))
    add.add_argument("--id-number", default="", metavar="ID", help=_t("居民身份证号"))
    add.add_argument("--note", default="", metavar="TEXT", help=_t("备注"))
    add.set_defaults(handler=cmd_staff_add)
    listing = staff_sub.add_parser("list", help=_t("列出街道(镇)工作者"))
    listing.add_argument("--year", type=int, metavar="YEAR", help=_t("只列这一年在岗的"))
    listing.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    listing.set_defaults(handler=cmd_staff_list)
    remove = staff_sub.add_parser("remove", help=_t("删除一名街道(镇)工作者"))
    _removal_options(remove)
    remove.set_defaults(handler=cmd_staff_remove)

    funding = sub.add_parser("funding", help=_t("街道自己的经费：录入、查看、删除"))
    funding_sub = funding.add_subparsers(dest="funding_command", metavar=_t("操作"), required=True)
    add = funding_sub.add_parser("add", help=_t("录入一笔街道经费"))
    add.add_argument("--date", required=True, metavar="DATE", help=_t("到账日期，如 2026-03-05"))
    add.add_argument("--amount", required=True, metavar="YUAN", help=_t("金额（元），如 120000 或 12万"))
    add.add_argument("--source", required=True, metavar="TEXT", help=_t("来源，如 财政保障"))
    add.add_argument("--purpose", required=True, metavar="TEXT", help=_t("用途，如 办公经费"))
    add.add_argument("--by", required=True, metavar="WHO", help=_t("录入人的姓名（记入修改记录）"))
    add.add_argument("--fiscal-year", default="", metavar="YEAR", help=_t("预算年度（默认为到账的年份）"))
    add.add_argument("--note", default="", metavar="TEXT", help=_t("备注"))
    add.set_defaults(handler=cmd_funding_add)
    listing = funding_sub.add_parser("list", help=_t("列出街道经费"))
    listing.add_argument("--year", type=int, metavar="YEAR", help=_t("只列这一年到账的"))
    listing.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    listing.set_defaults(handler=cmd_funding_list)
    remove = funding_sub.add_parser("remove", help=_t("删除一笔街道经费"))
    _removal_options(remove)
    remove.set_defaults(handler=cmd_funding_remove)

    standing = sub.add_parser("standing", help=_t("街道(镇)工作者人均经费是否达到市级标准"))
    standing.add_argument("--period", metavar="PERIOD", help=_t("报告期，如 2026 或 2026Q1（默认今年）"))
    standing.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    standing.set_defaults(handler=cmd_standing)

    made = sub.add_parser("return", help=_t("生成并签署街道汇总表（各社区报表并列，及街道自身经费保障）"))
    made.add_argument("--period", required=True, metavar="PERIOD", help=_t("报告期，如 2026 或 2026Q1"))
    made.add_argument("--out", required=True, metavar="DIR", help=_t("汇总表保存到哪个文件夹"))
    add_passphrase_option(made)
    made.set_defaults(handler=cmd_street_return)


def _removal_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help=_t("列表中的编号（至少前 4 位）"))
    parser.add_argument("--by", required=True, metavar="WHO", help=_t("删除人的姓名（记入修改记录）"))
    parser.add_argument("--reason", required=True, metavar="TEXT", help=_t("删除的原因（记入修改记录）"))


def _street(args: argparse.Namespace) -> Any:
    from db.exchange.street import NotAStreetInstallation, StreetInstallation

    folder = data_dir(args)
    street = StreetInstallation(folder)
    if not street.exists():
        raise NotAStreetInstallation(str(folder))
    return street


def _open(args: argparse.Namespace, *, only_reads: bool = False) -> Any:
    from db.store import open_store

    return open_store(data_dir(args), only_reads=only_reads)


def _short(record_id: str) -> str:
    return record_id[:8]


def _yuan(fen: int | None) -> str:
    return f"{(fen or 0) / 100:,.2f}"


def _warnings(warnings: tuple[str, ...], out: TextIO) -> None:
    for warning in warnings:
        out.write(_t("请核对：{0}").format(warning) + "\n")


def cmd_staff_add(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.street_ledger import add_street_staff

    street = _street(args)
    with _open(args) as store:
        entered = add_street_staff(
            store, street.code, name=args.name, entered_by=args.by, gender=args.gender, position=args.position,
            start=args.start, end=args.end, pay=args.pay, pay_period=args.pay_period, phone=args.phone,
            id_number=args.id_number, note=args.note,
        )  # fmt: skip
    out.write(_t("已录入街道(镇)工作者 {0}（编号 {1}）。").format(args.name.strip(), _short(entered.record_id)) + "\n")
    _warnings(entered.warnings, out)
    return EXIT_OK


def cmd_staff_list(args: argparse.Namespace, out: TextIO) -> int:
    from db.enums import Gender, StaffPosition
    from db.exchange.street_ledger import street_staff

    street = _street(args)
    with _open(args, only_reads=True) as store:
        rows = street_staff(store, street.code, year=args.year)
    if args.json:
        print_json({"street": street.code, "year": args.year, "staff": [row.to_dict() for row in rows]}, out)
        return EXIT_OK
    if not rows:
        out.write(_t("没有街道(镇)工作者。") + "\n")
        return EXIT_OK
    for row in rows:
        span = f"{row.start_date or '—'} ~ {row.end_date or _t('今')}"
        pay = f"{_yuan(row.pay_fen)}/{_t('年') if row.pay_period == 'year' else _t('月')}" if row.pay_fen else ""
        parts = [_short(row.id), row.name, Gender.label_of(row.gender), StaffPosition.label_of(row.position), span, pay]
        out.write("  ".join(part for part in parts if part) + "\n")
    out.write(_t("共 {0} 人。").format(len(rows)) + "\n")
    return EXIT_OK


def cmd_staff_remove(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.street_ledger import remove_street_staff

    street = _street(args)
    with _open(args) as store:
        changes = remove_street_staff(store, street.code, args.id, removed_by=args.by, reason=args.reason)
    out.write(_t("已删除街道(镇)工作者（编号 {0}）。").format(_short(next(iter(changes.records)))) + "\n")
    return EXIT_OK


def cmd_funding_add(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.street_ledger import add_street_funding, street_funding

    street = _street(args)
    with _open(args) as store:
        entered = add_street_funding(
            store, street.code, received_on=args.date, amount=args.amount, source=args.source, purpose=args.purpose,
            entered_by=args.by, fiscal_year=args.fiscal_year, note=args.note,
        )  # fmt: skip
        saved = next(item for item in street_funding(store, street.code) if item.id == entered.record_id)
    out.write(
        _t("已录入街道经费 {0} 元（{1} 到账，编号 {2}）。").format(
            _yuan(saved.amount_fen), saved.received_on.isoformat(), _short(saved.id)
        )
        + "\n"
    )
    _warnings(entered.warnings, out)
    return EXIT_OK


def cmd_funding_list(args: argparse.Namespace, out: TextIO) -> int:
    from db.enums import FundingPurpose, FundingSource
    from db.exchange.street_ledger import street_funding

    street = _street(args)
    with _open(args, only_reads=True) as store:
        rows = street_funding(store, street.code, year=args.year)
    if args.json:
        print_json({"street": street.code, "year": args.year, "funding": [row.to_dict() for row in rows]}, out)
        return EXIT_OK
    if not rows:
        out.write(_t("没有街道经费。") + "\n")
        return EXIT_OK
    for row in rows:
        parts = [
            _short(row.id),
            row.received_on.isoformat(),
            FundingSource.label_of(row.source),
            FundingPurpose.label_of(row.purpose),
            _t("{0} 元").format(_yuan(row.amount_fen)),
            row.note,
        ]
        out.write("  ".join(part for part in parts if part) + "\n")
    out.write(_t("共 {0} 笔，合计 {1} 元。").format(len(rows), _yuan(sum(row.amount_fen for row in rows))) + "\n")
    return EXIT_OK


def cmd_funding_remove(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.street_ledger import remove_street_funding

    street = _street(args)
    with _open(args) as store:
        changes = remove_street_funding(store, street.code, args.id, removed_by=args.by, reason=args.reason)
    out.write(_t("已删除街道经费（编号 {0}）。").format(_short(next(iter(changes.records)))) + "\n")
    return EXIT_OK


def cmd_standing(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.street_ledger import street_standing

    street = _street(args)
    chosen = period(args.period)
    with _open(args, only_reads=True) as store:
        standing = street_standing(store, street.code, chosen)
    if args.json:
        print_json(standing.to_dict(), out)
        return EXIT_OK
    heading = _t("{0}（{1}）{2}街道(镇)工作者经费保障：{3}")
    out.write(heading.format(street.name, street.code, chosen.label, standing.status.label) + "\n")
    out.write(str(standing.reason) + "\n")
    return EXIT_OK


def cmd_street_return(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.street_ledger import make_street_return
    from db.periods import parse_period

    street = _street(args)
    chosen = parse_period(args.period)
    target_folder = output_folder(args.out)
    passphrase = ask_passphrase(args, _t("街道口令："), _t("街道口令"))
    with _open(args) as store:
        path: Path = make_street_return(store, street, passphrase, chosen, target_folder)
    out.write(_t("已生成并签署{0}的街道汇总表：{1}").format(chosen.label, path) + "\n")
    return EXIT_OK
