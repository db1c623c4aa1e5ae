"""``shequ street ack --office CODE --out DIR``: at a street, its receipt (街道回执) to one office — the
office's bundles the street imported, the street's decision on each of its returns and the street's
comments (:func:`db.exchange.street_acks.export_street_ack`). The office imports it with ``shequ import``
as it imports the city's acknowledgement.

Registered by :mod:`desktop.cli.street` (``register(sub)`` adds the operation to ``shequ street``).
Every handler imports what it needs when it runs, so that ``shequ --help`` stays quick.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from desktop.cli.common import EXIT_OK, add_passphrase_option, ask_passphrase, data_dir, output_folder, translate


def _t(text: str) -> str:
    return translate("cli", text)


def register(sub: Any) -> None:
    """``shequ street ack``, added to ``shequ street``'s operations."""
    ack = sub.add_parser("ack", help=_t("给经本街道报送的社区写街道回执（收到的数据包、街道审核结果和意见）"))
    ack.add_argument("--office", required=True, metavar="CODE", help=_t("社区的 12 位代码"))
    ack.add_argument("--out", required=True, metavar="DIR", help=_t("回执保存到哪个文件夹（如 U 盘）"))
    add_passphrase_option(ack)
    ack.set_defaults(handler=cmd_street_ack)


def cmd_street_ack(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.street import NotAStreetInstallation, StreetInstallation
    from db.exchange.street_acks import export_street_ack
    from db.store import open_store

    folder = data_dir(args)
    street = StreetInstallation(folder)
    if not street.exists():
        raise NotAStreetInstallation(str(folder))
    target = output_folder(args.out)
    passphrase = ask_passphrase(args, _t("街道口令："), _t("街道口令"))
    with open_store(folder) as store:
        path = export_street_ack(store, street, passphrase, args.office.strip(), target)
    out.write(_t("已写出给社区 {0} 的街道回执：{1}").format(args.office.strip(), path) + "\n")
    out.write(
        _t("下一步：把这个文件交给社区，在社区的“数据交换”页导入（或 shequ import {0}）。").format(path.name) + "\n"
    )
    return EXIT_OK
