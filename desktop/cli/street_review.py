"""The street's review on the command line (registered by :mod:`desktop.cli.street` under ``shequ street``):

* ``shequ street returns [--json]`` — the offices' returns the street holds, with its decisions;
* ``shequ street decide RETURN_ID (--pass | --return | --problem) [--reason TEXT] --by NAME`` — 通过
  (countersigns the return with the street's key: the street passphrase is asked), 退回 or 有问题
  (a reason needed);
* ``shequ street comment --office CODE --period P (--figure K | --record TABLE:ID) --text T --by NAME``;
* ``shequ street forward --out DIR`` — the offices' city copies and the street's forward file for the city.

The functions are :mod:`db.exchange.street_review`'s. Every handler imports what it needs when it runs,
so that ``shequ --help`` stays quick.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from desktop.cli.common import (
    EXIT_OK,
    add_passphrase_option,
    ask_passphrase,
    data_dir,
    local_time,
    output_folder,
    print_json,
    translate,
)


def _t(text: str) -> str:
    return translate("cli", text)


def register(sub: Any) -> None:
    """``shequ street returns / decide / comment / forward``, added to ``shequ street``'s operations."""
    listing = sub.add_parser("returns", help=_t("经本街道报送的社区报表，及街道的审核结果"))
    listing.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    listing.set_defaults(handler=cmd_street_returns)

    decide = sub.add_parser("decide", help=_t("街道审核一份社区报表：通过（街道会签）、退回或有问题"))
    decide.add_argument("return_id", metavar="RETURN_ID", help=_t("报表编号（见 shequ street returns）"))
    choice = decide.add_mutually_exclusive_group(required=True)
    choice.add_argument("--pass", dest="decision", action="store_const", const="received", help=_t("审核通过并会签"))
    choice.add_argument("--return", dest="decision", action="store_const", const="returned", help=_t("退回社区"))
    choice.add_argument("--problem", dest="decision", action="store_const", const="problem", help=_t("标记有问题"))
    decide.add_argument("--reason", default="", metavar="TEXT", help=_t("退回或有问题的原因（社区会看到）"))
    decide.add_argument("--by", required=True, metavar="NAME", help=_t("审核人姓名"))
    add_passphrase_option(decide)
    decide.set_defaults(handler=cmd_street_decide)

    comment = sub.add_parser("comment", help=_t("对社区报表的一项指标或一条记录提意见（街道）"))
    comment.add_argument("--office", required=True, metavar="CODE", help=_t("社区的 12 位代码"))
    comment.add_argument("--period", required=True, metavar="PERIOD", help=_t("报告期，如 2026H1"))
    target = comment.add_mutually_exclusive_group(required=True)
    target.add_argument("--figure", metavar="KEY", help=_t("指标，如 service.activities"))
    target.add_argument("--record", metavar="TABLE:ID", help=_t("记录，写成 表名:记录编号"))
    comment.add_argument("--text", required=True, metavar="TEXT", help=_t("意见内容"))
    comment.add_argument("--by", required=True, metavar="NAME", help=_t("审核人姓名"))
    comment.set_defaults(handler=cmd_street_comment)

    forward = sub.add_parser("forward", help=_t("把街道的审核结果和社区的数据文件转报市级"))
    forward.add_argument("--out", required=True, metavar="DIR", help=_t("文件保存到哪个文件夹（如 U 盘）"))
    add_passphrase_option(forward)
    forward.set_defaults(handler=cmd_street_forward)


def _street(args: argparse.Namespace) -> Any:
    from db.exchange.street import NotAStreetInstallation, StreetInstallation

    folder = data_dir(args)
    street = StreetInstallation(folder)
    if not street.exists():
        raise NotAStreetInstallation(str(folder))
    return street


def _status_words() -> dict[str, str]:
    return {"": _t("待街道审核"), "received": _t("街道已通过"), "returned": _t("街道退回"), "problem": _t("有问题")}


def cmd_street_returns(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.street_review import street_returns
    from db.store import open_store

    _street(args)
    with open_store(data_dir(args), only_reads=True) as store:
        found = street_returns(store)
    if args.json:
        print_json([item.to_dict() for item in found], out)
        return EXIT_OK
    words = _status_words()
    for item in found:
        line = _t("{0}  {1}（{2}） {3} 第 {4} 版  {5}").format(
            item.return_id,
            item.office_name or item.office_code,
            item.office_code,
            item.period_code,
            item.return_version,
            words.get(item.street_status, item.street_status),
        )
        if item.street_decided_by:
            line += _t("（{0}，{1}）").format(item.street_decided_by, local_time(item.street_decided_at))
        if item.street_reason:
            line += _t("：{0}").format(item.street_reason)
        if item.countersigned:
            line += _t("  已会签")
        line += _t("  已转报市级") if item.forwarded else ""
        if item.finding:
            line += _t("  核验发现：{0}").format(item.finding)
        out.write(line + "\n")
    out.write(_t("经本街道报送的报表 {0} 份。").format(len(found)) + "\n")
    return EXIT_OK


def cmd_street_decide(args: argparse.Namespace, out: TextIO) -> int:
    from db.enums import ReturnState
    from db.exchange.street_review import street_decide
    from db.store import open_store

    street = _street(args)
    status = ReturnState.from_code(args.decision)
    assert status is not None  # argparse gives one of the three codes
    passphrase = None
    if status == ReturnState.RECEIVED:
        passphrase = ask_passphrase(args, _t("街道口令："), _t("街道口令"))
    with open_store(data_dir(args)) as store:
        street_decide(
            store, street, args.return_id, status, reason=args.reason, decided_by=args.by, passphrase=passphrase
        )
    words = _status_words()
    out.write(_t("报表 {0}：{1}（{2}）。").format(args.return_id.strip(), words[status.value], args.by.strip()) + "\n")
    if status == ReturnState.RECEIVED:
        out.write(_t("已用街道的密钥在报表上会签。") + "\n")
    out.write(
        _t("下一步：用 “shequ street ack” 告知社区，用 “shequ street forward” 转报市级（转报后不能再改）。") + "\n"
    )
    return EXIT_OK


def cmd_street_comment(args: argparse.Namespace, out: TextIO) -> int:
    from db.errors import InvalidInput
    from db.exchange.street_review import street_comment
    from db.periods import parse_period
    from db.store import open_store

    _street(args)
    period = parse_period(args.period)
    record: tuple[str, str] | None = None
    if args.record is not None:
        table, colon, record_id = args.record.partition(":")
        if not colon or not table.strip() or not record_id.strip():
            raise InvalidInput(_t("记录要写成 表名:记录编号，如 activity:记录编号。"))
        record = (table, record_id)
    code = args.office.strip()
    with open_store(data_dir(args)) as store:
        made = street_comment(
            store, code, period, text=args.text, written_by=args.by, figure_key=args.figure or "", record=record
        )
    where = made.figure_label or made.figure_key or (made.record_title or f"{made.table_name}:{made.record_id}")
    out.write(
        _t("{0}已对 {1} {2}报表（第 {3} 版）的“{4}”提出意见（街道）。").format(
            made.written_by, code, period.label, made.return_version, where
        )
        + "\n"
    )
    return EXIT_OK


def cmd_street_forward(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.street_review import export_street_forward
    from db.store import open_store

    street = _street(args)
    target = output_folder(args.out)
    passphrase = ask_passphrase(args, _t("街道口令："), _t("街道口令"))
    with open_store(data_dir(args)) as store:
        result = export_street_forward(store, street, passphrase, target)
    out.write(result.message() + "\n")
    for path in result.files:
        out.write(f"  {path}\n")
    return EXIT_OK
