"""``shequ unlock-request`` (the office) and ``shequ city unlock`` (the city): unlocking a locked period.

* ``shequ unlock-request --period P --reason TEXT --by NAME`` — an office administrator (``--by``: an
  active operator with the role 管理员) asks the city to unlock a period it finally accepted; the request
  travels in the next ``shequ export``;
* ``shequ unlock-request --list [--json]`` — the office's requests, waiting or granted, and its locked
  periods;
* ``shequ city unlock --list [--json]`` — every office's requests (registered by ``desktop.cli.city``);
* ``shequ city unlock REQUEST_ID --by NAME`` — a person at the city grants one; the next acknowledgement
  (``shequ city ack``) carries it to the office (:mod:`db.exchange.unlock`).

Every handler imports what it needs when it runs, so that ``shequ --help`` stays quick.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from desktop.cli.common import EXIT_OK, city_authority, data_dir, local_time, office_data_dir, print_json, translate


def _t(text: str) -> str:
    return translate("cli", text)


def register(commands: Any) -> None:
    """Add ``shequ unlock-request`` to the ``shequ`` parser's sub-parsers."""
    ask = commands.add_parser("unlock-request", help=_t("申请解锁市级已审核通过并锁定的报告期（管理员），或查看申请"))
    ask.add_argument("--period", metavar="P", help=_t("要解锁的报告期，如 2026Q1"))
    ask.add_argument("--reason", default="", metavar="TEXT", help=_t("申请原因：要更正什么、为什么（市级会看到）"))
    ask.add_argument("--by", default="", metavar="NAME", help=_t("申请人：本社区一位管理员的姓名"))
    ask.add_argument("--list", action="store_true", help=_t("列出本社区的解锁申请和已锁定的报告期"))
    ask.add_argument("--json", action="store_true", help=_t("输出 JSON（与 --list 一起用）"))
    ask.set_defaults(handler=cmd_unlock_request)


def add_city_unlock(sub: Any) -> None:
    """``shequ city unlock`` (called by :func:`desktop.cli.city.register`)."""
    unlock = sub.add_parser("unlock", help=_t("同意社区的解锁申请，或列出各社区的解锁申请"))
    unlock.add_argument(
        "request_id", nargs="?", metavar="REQUEST_ID", help=_t("申请编号（见 shequ city unlock --list）")
    )
    unlock.add_argument("--by", default="", metavar="NAME", help=_t("同意解锁的审核人姓名（记录在决定中）"))
    unlock.add_argument("--list", action="store_true", help=_t("列出各社区的解锁申请（等待同意的和已同意的）"))
    unlock.add_argument("--json", action="store_true", help=_t("输出 JSON（与 --list 一起用）"))
    unlock.set_defaults(handler=cmd_city_unlock)


def _status(info: Any) -> str:
    if info.granted:
        return _t("已同意（{0}，{1}）").format(info.granted_by, local_time(info.granted_at))
    return _t("等待市级同意")


def _write_list(infos: list[Any], out: TextIO, *, with_office: bool) -> None:
    if not infos:
        out.write(_t("没有解锁申请。") + "\n")
        return
    for info in infos:
        head = _t("{0} 社区 {1}").format(info.id, info.office_code) if with_office else info.id
        out.write(
            _t("{0}：{1}，申请人 {2}（{3}），原因：{4}；{5}").format(
                head, info.period_label, info.requested_by, local_time(info.requested_at), info.reason, _status(info)
            )
            + "\n"
        )


def cmd_unlock_request(args: argparse.Namespace, out: TextIO) -> int:
    from db.errors import InvalidInput
    from db.exchange.locks import locked_periods
    from db.exchange.unlock import request_unlock, unlock_requests
    from db.periods import parse_period
    from db.store import open_store

    folder = office_data_dir(args)
    if args.list or args.period is None:
        if not args.list:
            raise InvalidInput(_t("请用 --period 指定要解锁的报告期，或用 --list 查看申请。"))
        with open_store(folder, only_reads=True) as store:
            infos = unlock_requests(store)
            with store.session() as session:
                locked = locked_periods(session)
        if args.json:
            print_json({"locked_periods": locked, "requests": [info.to_dict() for info in infos]}, out)
            return EXIT_OK
        labels = "、".join(parse_period(code).label for code in locked) or _t("无")
        out.write(_t("已锁定的报告期：{0}").format(labels) + "\n")
        _write_list(infos, out, with_office=False)
        return EXIT_OK
    period = parse_period(args.period)
    with open_store(folder) as store:
        request = request_unlock(store, period.code, reason=args.reason, requested_by=args.by)
    out.write(
        _t(
            "已申请解锁{0}（申请编号 {1}）。请导出数据包（shequ export）报送；市级同意后，导入市级回执即可更正。"
        ).format(period.label, request.id)
        + "\n"
    )
    return EXIT_OK


def cmd_city_unlock(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.unlock import grant_unlock, unlock_requests
    from db.store import open_store

    city_authority(args)
    if args.list or not args.request_id:
        with open_store(data_dir(args)) as store:
            infos = unlock_requests(store)
        if args.json:
            print_json([info.to_dict() for info in infos], out)
            return EXIT_OK
        _write_list(infos, out, with_office=True)
        return EXIT_OK
    with open_store(data_dir(args)) as store:
        grant_unlock(store, args.request_id, granted_by=args.by)
    out.write(
        _t("{0}已同意解锁申请 {1}；下一份回执（shequ city ack）会告知社区。").format(
            args.by.strip(), args.request_id.strip()
        )
        + "\n"
    )
    return EXIT_OK
