"""``shequ`` commands that move data between installations (registered through
``desktop.cli.main.COMMAND_MODULES``).

* ``shequ export --to DIR [--full] [--device]`` — the office's next bundle (to the city, or
  ``--device`` to another computer of the office, encrypted under a bundle passphrase);
* ``shequ import FILE [--allow-gap]`` — any bundle: at the city an office's, at an office the
  city's acknowledgement or a device bundle (what the file says it is decides);
* ``shequ conflicts [--json] [--resolve ID --keep local|incoming]`` — conflicts kept by imports.

The office's certificate is in :mod:`desktop.cli.keys`, the city's commands in
:mod:`desktop.cli.city`. Every handler imports what it needs when it runs, so that
``shequ --help`` stays quick.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from desktop.cli.common import (
    EXIT_OK,
    add_passphrase_option,
    ask_passphrase,
    city_authority,
    data_dir,
    output_folder,
    print_json,
    translate,
)


def _t(text: str) -> str:
    return translate("cli", text)


def register(commands: Any) -> None:
    """Add ``shequ export``, ``shequ import`` and ``shequ conflicts`` to the ``shequ`` parser's
    sub-parsers."""
    export = commands.add_parser("export", help=_t("导出交换文件：报送市级，或交给本社区的另一台电脑"))
    export.add_argument("--to", required=True, metavar="DIR", help=_t("交换文件保存到哪个文件夹（如 U 盘）"))
    export.add_argument("--full", action="store_true", help=_t("导出全部数据（默认只导出市级确认收到之后的改动）"))
    export.add_argument("--device", action="store_true", help=_t("交给本社区的另一台电脑（包含全部字段，用口令加密）"))
    add_passphrase_option(export)
    _bundle_passphrase_option(export)
    export.set_defaults(handler=cmd_export)

    imported = commands.add_parser(
        "import", help=_t("导入交换文件（社区报送的数据包、市级回执、街道回执或本社区另一台电脑的数据包）")
    )
    imported.add_argument("file", metavar="FILE", help=_t("交换文件（.shequ）"))
    imported.add_argument(
        "--allow-gap", action="store_true", help=_t("前面的数据包确已丢失时：照样导入，并在导入记录中记下缺口")
    )
    add_passphrase_option(imported)
    _bundle_passphrase_option(imported)
    imported.set_defaults(handler=cmd_import)

    conflicts = commands.add_parser("conflicts", help=_t("导入时保留下来的同步冲突：查看和处理"))
    conflicts.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    conflicts.add_argument("--resolve", metavar="ID", help=_t("处理这个冲突"))
    conflicts.add_argument(
        "--keep", choices=("local", "incoming"), help=_t("处理时保留哪一方：local 本机，incoming 数据包带来的")
    )
    conflicts.set_defaults(handler=cmd_conflicts)


def _bundle_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--bundle-passphrase-file",
        metavar="F",
        help=_t("本社区设备之间交换文件的口令所在文件（第一行）；不指定时在终端中输入"),
    )


def _bundle_passphrase(args: argparse.Namespace) -> str:
    return ask_passphrase(
        argparse.Namespace(passphrase_file=args.bundle_passphrase_file),
        _t("交换文件口令："),
        _t("交换文件的口令"),
    )


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.bundle import export_bundle
    from db.exchange.payload import PURPOSE_CITY, PURPOSE_DEVICE
    from db.returns.sign import KeyStore
    from db.store import open_store

    folder = data_dir(args)
    target = output_folder(args.to)
    with open_store(folder) as store:
        keys = KeyStore(folder)
        if not args.device:
            from db.exchange.pki import city_recipient

            city_recipient(keys)  # no certificate: say so before asking for a passphrase
        passphrase = ask_passphrase(args, _t("本社区密钥口令："), _t("本社区密钥的口令"))
        bundle_passphrase = _bundle_passphrase(args) if args.device else None
        written = export_bundle(
            store,
            keys,
            passphrase,
            target,
            full=args.full,
            purpose=PURPOSE_DEVICE if args.device else PURPOSE_CITY,
            device_passphrase=bundle_passphrase,
        )
    out.write(written.message() + "\n")
    if written.street_path is not None:
        out.write(
            _t("下一步：把这两个文件都交给街道；街道导入自己的副本（{0}），把另一个文件原样转交市委组织部。").format(
                written.street_path.name
            )
            + "\n"
        )
    elif not args.device:
        out.write(_t("下一步：把这个文件交给市委组织部导入（shequ import {0}）。").format(written.path.name) + "\n")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.apply import KIND_DEVICE, KIND_OFFICE_TO_CITY
    from db.exchange.bundle import bundle_kind, import_ack, import_bundle
    from db.exchange.envelope import KIND_STREET_TO_CITY
    from db.store import open_store

    folder = data_dir(args)
    path = Path(args.file).expanduser()
    kind = bundle_kind(path)  # the header, read before anything is asked or opened
    with open_store(folder) as store:
        if kind in (KIND_OFFICE_TO_CITY, KIND_STREET_TO_CITY):  # an office's bundle, or a street's forward
            authority = city_authority(args)
            result = import_bundle(
                store,
                path,
                city=authority,
                passphrase=ask_passphrase(args, _t("市级口令："), _t("市级口令")),
                allow_gap=args.allow_gap,
            )
            out.write(result.message() + "\n")
        elif kind == KIND_DEVICE:
            passphrase = _bundle_passphrase(args)
            result = import_bundle(store, path, city=None, passphrase=passphrase, allow_gap=args.allow_gap)
            out.write(result.message() + "\n")
        else:
            ack = import_ack(
                store, path, passphrase=ask_passphrase(args, _t("本社区密钥口令："), _t("本社区密钥的口令"))
            )
            out.write(ack.message() + "\n")
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace, out: TextIO) -> int:
    from db.errors import InvalidInput
    from db.exchange.apply import list_conflicts, resolve_conflict
    from db.exchange.pki import CityAuthority
    from db.store import open_store

    folder = data_dir(args)
    with open_store(folder, only_reads=not args.resolve) as store:  # listing: a read-only folder too
        if args.resolve:
            if not args.keep:
                raise InvalidInput(
                    _t("处理冲突需要用 --keep 写明保留哪一方：local（本机）或 incoming（数据包带来的）。")
                )
            at_city = CityAuthority(folder).exists()  # the city never edits an office's records
            resolve_conflict(store, args.resolve.strip(), keep=args.keep, bump_version=not at_city)
            out.write(_t("已处理冲突 {0}。").format(args.resolve.strip()) + "\n")
            return EXIT_OK
        found = list_conflicts(store)
    if args.json:
        print_json(
            [
                {
                    "id": c.conflict_id,
                    "office_code": c.office_code,
                    "table": c.table,
                    "record_id": c.record_id,
                    "kind": c.kind,
                    "fields": c.differing_fields(),
                    "local": {"version": c.local_version, "values": c.local_values},
                    "incoming": {
                        "version": c.incoming_version,
                        "values": c.incoming_values,
                        "bundle_seq": c.bundle_seq,
                    },
                }
                for c in found
            ],
            out,
        )
        return EXIT_OK
    for c in found:
        fields = "、".join(c.differing_fields())
        out.write(
            f"{c.conflict_id}  {c.office_code}  {c.table} {c.record_id}  "
            + _t("本机第 {0} 版 / 数据包第 {1} 版，不同的字段：{2}").format(c.local_version, c.incoming_version, fields)
            + "\n"
        )
    out.write(_t("待处理的同步冲突 {0} 处。").format(len(found)) + "\n")
    return EXIT_OK
