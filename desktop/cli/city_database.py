"""``shequ city database`` and ``shequ city move-to-server``: where the city's data is, and moving it.

* ``shequ city database [--json]`` — where the city's data is (the folder's SQLite file, or the server
  and database ``city/database.json`` names; never a password), the schema revision and, on
  PostgreSQL, how many sessions are connected to the same database;
* ``shequ city move-to-server --database URL`` — move a city that began on one PC from its SQLite
  file onto an empty PostgreSQL database (:mod:`db.citymove`: one verified transaction, then
  ``city/database.json``; the SQLite file is kept, renamed). Nothing changes when it fails.

Registered by :func:`desktop.cli.city.register` (:func:`register_city_database_commands`).
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from desktop.cli.common import EXIT_OK, city_authority, data_dir, print_json, translate


def _t(text: str) -> str:
    return translate("cli", text)


def register_city_database_commands(sub: Any) -> None:
    """``shequ city database`` and ``shequ city move-to-server``, added to ``shequ city``'s operations."""
    where = sub.add_parser("database", help=_t("市级数据保存在哪里（本机或服务器）、数据结构版本、连接数"))
    where.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    where.set_defaults(handler=cmd_city_database)

    move = sub.add_parser("move-to-server", help=_t("把保存在本机的市级数据迁移到 PostgreSQL 服务器（多台电脑共用）"))
    move.add_argument(
        "--database",
        required=True,
        metavar="URL",
        help=_t("服务器上新建的空数据库的地址，如 postgresql+psycopg://用户名@服务器/数据库名"),
    )
    move.set_defaults(handler=cmd_city_move_to_server)


def cmd_city_database(args: argparse.Namespace, out: TextIO) -> int:
    from db.citymove import database_facts
    from db.store import open_store

    authority = city_authority(args)
    authority.close()
    with open_store(data_dir(args)) as store:
        facts = database_facts(store)
    if args.json:
        print_json(facts.to_dict(), out)
        return EXIT_OK
    if facts.on_server:
        out.write(_t("数据保存在服务器 {0}/{1}").format(facts.host, facts.database) + "\n")
        out.write(_t("数据库地址：{0}").format(facts.shown_url) + "\n")
    else:
        out.write(_t("数据保存在本机：{0}").format(facts.database) + "\n")
    out.write(_t("数据结构版本：{0}").format(facts.revision or "-") + "\n")
    if facts.sessions is not None:
        out.write(
            _t("现在的连接：{0} 个，来自 {1} 台电脑（包括这一台）").format(facts.sessions, facts.computers or 1) + "\n"
        )
    if facts.on_server:
        out.write(_t("备份：请用 pg_dump 定期备份服务器上的数据库（见使用说明）") + "\n")
    return EXIT_OK


def cmd_city_move_to_server(args: argparse.Namespace, out: TextIO) -> int:
    from db.citymove import move_to_server

    authority = city_authority(args)  # a city's folder, or refused
    authority.close()
    result = move_to_server(data_dir(args), args.database)
    out.write(str(result.summary()) + "\n")
    return EXIT_OK
