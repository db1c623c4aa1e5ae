"""``shequ street status --period P [--json]``: at a street, its offices side by side for a period — where
each one's latest return stands at the street (未报, 待街道审核, 街道退回, 待市审核: the street passed it),
the street's decision (who, when, why) and the office's standing per pillar
(:func:`db.exchange.city_status.street_status`, the city's view restricted to the street's offices).

Registered by :mod:`desktop.cli.street` (``register(sub)`` adds the operation to ``shequ street``).
Every handler imports what it needs when it runs, so that ``shequ --help`` stays quick.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from desktop.cli.common import EXIT_OK, data_dir, local_time, print_json, translate


def _t(text: str) -> str:
    return translate("cli", text)


def register(sub: Any) -> None:
    """``shequ street status``, added to ``shequ street``'s operations."""
    status = sub.add_parser("status", help=_t("经本街道报送的各社区的报表审核情况和达标情况（按报告期）"))
    status.add_argument("--period", required=True, metavar="P", help=_t("报告期，如 2026、2026H1、2026Q3、2026-07"))
    status.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    status.set_defaults(handler=cmd_street_status)


def cmd_street_status(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.city_status import backlog_of, report_deadline, status_document, street_status
    from db.exchange.street import NotAStreetInstallation, StreetInstallation
    from db.periods import parse_period
    from db.store import open_store

    folder = data_dir(args)
    street = StreetInstallation(folder)
    if not street.exists():
        raise NotAStreetInstallation(str(folder))
    period = parse_period(args.period)
    code, name = street.code, street.name
    with open_store(folder, only_reads=True) as store:
        rows = street_status(store, code, period, street_name=name)
    if args.json:
        document = status_document(period, rows, backlog=backlog_of(rows, {code: name}))
        document["street"] = {"code": code, "name": name}
        print_json(document, out)
        return EXIT_OK
    out.write(_t("{0}（{1}）：{2}，报送期限 {3}").format(name, code, period.label, report_deadline(period).isoformat()))
    out.write("\n")
    for row in rows:
        report = row.return_label
        if row.return_version is not None:
            report += _t("（第 {0} 版，{1}）").format(row.return_version, local_time(row.arrived_at))
        line = f"{row.code}  {row.name}  {_t('报表')}：{report}  {row.state_label}"
        if row.street_reason and row.state == "street_returned":
            line += f"：{row.street_reason}"
        if row.street_decided_by:
            line += _t("（{0}，{1}）").format(row.street_decided_by, local_time(row.street_decided_at))
        pillars = (
            "  ".join(f"{p.label}{p.status.label}" for p in row.compliance.pillars)
            if row.compliance is not None
            else _t("无数据")
        )
        out.write(f"{line}  {pillars}\n")
        if row.finding:
            out.write("    " + _t("有问题：{0}").format(row.finding) + "\n")
    [backlog] = backlog_of(rows, {code: name})
    out.write(
        _t("共 {0} 个社区：待街道审核 {1} 个，街道退回 {2} 个，已通过待市审核 {3} 个。").format(
            len(rows), backlog.pending_street, backlog.street_returned, backlog.pending_city
        )
        + "\n"
    )
    return EXIT_OK
