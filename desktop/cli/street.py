"""``shequ street``: a street (街道/镇) installation, certified by the city (registered through
``desktop.cli.main.COMMAND_MODULES``), and the city's commands about streets (added under
``shequ city`` by :func:`register_city_commands`).

* ``shequ street init --code CODE --name NAME --out DIR`` — the street's key, its consolidated
  database and its certificate request ``<code>-street-request.pem``;
* ``shequ street request --out DIR`` — the request again;
* ``shequ street install-certificate FILE`` — the street certificate file the city issued;
* ``shequ street show [--json]`` — the street, its certificate and the city it trusts.

At the city: ``shequ city issue`` issues a street's request as a street's certificate
(:func:`issue_street_command`), ``shequ city route --office CODE (--via STREET | --direct)``,
``shequ city streets [--json]``.

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
    city_authority,
    data_dir,
    local_time,
    output_folder,
    print_json,
    translate,
)


def _t(text: str) -> str:
    return translate("cli", text)


def register(commands: Any) -> None:
    """Add ``shequ street`` and its operations to the ``shequ`` parser's sub-parsers."""
    street = commands.add_parser("street", help=_t("街道：建立街道安装、申请和安装市级证书"))
    sub = street.add_subparsers(dest="street_command", metavar=_t("操作"), required=True)

    init = sub.add_parser("init", help=_t("建立街道安装（街道密钥、汇总数据库）并生成证书申请文件"))
    init.add_argument("--code", required=True, metavar="CODE", help=_t("街道的 12 位代码"))
    init.add_argument("--name", required=True, metavar="NAME", help=_t("街道名称，如 胜利街道党工委"))
    init.add_argument("--out", required=True, metavar="DIR", help=_t("申请文件保存到哪个文件夹（如 U 盘）"))
    add_passphrase_option(init)
    init.set_defaults(handler=cmd_street_init)

    request = sub.add_parser("request", help=_t("再次生成街道的证书申请文件"))
    request.add_argument("--out", required=True, metavar="DIR", help=_t("申请文件保存到哪个文件夹（如 U 盘）"))
    add_passphrase_option(request)
    request.set_defaults(handler=cmd_street_request)

    install = sub.add_parser("install-certificate", help=_t("安装市里颁发给街道的证书文件"))
    install.add_argument("file", metavar="FILE", help=_t("市里颁发的街道证书文件（<代码>-street-certificate.json）"))
    install.set_defaults(handler=cmd_street_install)

    roster = sub.add_parser("install-roster", help=_t("安装市级给街道的社区名单（哪些社区经本街道报送）"))
    roster.add_argument("file", metavar="FILE", help=_t("市级的街道名单文件（<代码>-street-roster.json）"))
    roster.set_defaults(handler=cmd_street_install_roster)

    take = sub.add_parser("import", help=_t("导入社区经本街道报送的交换文件（街道副本）"))
    take.add_argument("file", metavar="FILE", help=_t("街道副本（street-<街道代码>-<社区代码>-<编号>.shequ）"))
    take.add_argument("--allow-gap", action="store_true", help=_t("缺少前面的数据包时仍然导入，并记录缺口"))
    add_passphrase_option(take)
    take.set_defaults(handler=cmd_street_import)

    show = sub.add_parser("show", help=_t("查看街道安装、街道证书和所信任的市级"))
    show.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    show.set_defaults(handler=cmd_street_show)

    from desktop.cli import street_status

    street_status.register(sub)  # shequ street status

    from desktop.cli import street_ack

    street_ack.register(sub)  # shequ street ack

    from desktop.cli import street_review

    street_review.register(sub)  # shequ street returns / decide / comment / forward

    from desktop.cli import street_ledger

    street_ledger.register(sub)  # shequ street staff / funding / standing / return


def register_city_commands(sub: Any) -> None:
    """``shequ city route`` and ``shequ city streets``, added to ``shequ city``'s operations."""
    route = sub.add_parser("route", help=_t("决定一个社区的数据经哪个街道报送，或直接报送市级"))
    route.add_argument("--office", required=True, metavar="CODE", help=_t("社区的 12 位代码"))
    way = route.add_mutually_exclusive_group(required=True)
    way.add_argument("--via", metavar="STREET_CODE", help=_t("经这个街道报送（街道的 12 位代码）"))
    way.add_argument("--direct", action="store_true", help=_t("直接报送市级"))
    add_passphrase_option(route)
    route.set_defaults(handler=cmd_city_route)

    roster = sub.add_parser("roster", help=_t("给街道写社区名单（经该街道报送的社区、已吊销的证书）"))
    roster.add_argument("street", metavar="STREET_CODE", help=_t("街道的 12 位代码"))
    roster.add_argument("--out", required=True, metavar="DIR", help=_t("名单文件保存到哪个文件夹（如 U 盘）"))
    add_passphrase_option(roster)
    roster.set_defaults(handler=cmd_city_roster)

    listing = sub.add_parser("streets", help=_t("已颁发证书的街道名单，及经各街道报送的社区"))
    listing.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    listing.set_defaults(handler=cmd_city_streets)


def _street(args: argparse.Namespace) -> Any:
    from db.exchange.street import NotAStreetInstallation, StreetInstallation

    folder = data_dir(args)
    street = StreetInstallation(folder)
    if not street.exists():
        raise NotAStreetInstallation(str(folder))
    return street


def _write_request(street: Any, data: bytes, target_folder: Path, out: TextIO) -> None:
    from db.exchange.envelope import key_fingerprint
    from db.exchange.pki import spoken_fingerprint
    from db.exchange.street import parse_street_request, street_request_filename
    from db.fileio import write_atomic

    target = target_folder / street_request_filename(street.code)
    write_atomic(target, data)
    csr, _code, _name = parse_street_request(data)
    out.write(_t("已生成街道的证书申请文件：{0}（{1}，{2}）").format(target, street.name, street.code) + "\n")
    out.write(_t("密钥指纹：{0}").format(spoken_fingerprint(key_fingerprint(csr.public_key()))) + "\n")
    out.write(
        _t(
            "下一步：把这个文件拷贝到 U 盘交给市委组织部；市里颁发证书后，"
            "运行 “shequ street install-certificate 证书文件” 安装。"
        )
        + "\n"
    )


def cmd_street_init(args: argparse.Namespace, out: TextIO) -> int:
    import shutil

    from db.exchange.street import FolderTaken, StreetInstallation, checked_street_code, checked_street_name
    from db.store import DB_FILENAME, open_store

    folder = data_dir(args)
    street = StreetInstallation(folder)
    if not street.exists() and (folder / DB_FILENAME).exists():
        raise FolderTaken(str(folder))
    code, name = checked_street_code(args.code), checked_street_name(args.name)  # before the passphrase is asked
    target_folder = output_folder(args.out)
    passphrase = ask_passphrase(args, _t("街道口令："), _t("街道口令"), confirm=True)
    made_folder = not street.folder.exists()
    data = street.init(code, name, passphrase)
    try:
        with open_store(folder, create=True):
            pass
    except BaseException:
        if made_folder:
            shutil.rmtree(street.folder, ignore_errors=True)
        raise
    out.write(_t("已建立街道安装：{0}（{1}），数据文件夹 {2}").format(name, code, folder) + "\n")
    _write_request(street, data, target_folder, out)
    out.write(_t("请妥善保管街道口令：忘记口令将无法打开各社区经街道报送的交换文件。") + "\n")
    return EXIT_OK


def cmd_street_request(args: argparse.Namespace, out: TextIO) -> int:
    street = _street(args)
    target_folder = output_folder(args.out)
    passphrase = ask_passphrase(args, _t("街道口令："), _t("街道口令"))
    _write_request(street, street.request(passphrase), target_folder, out)
    return EXIT_OK


def cmd_street_install(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.envelope import certificate_fingerprint
    from db.exchange.errors import BadCertificateFile
    from db.exchange.pki import read_small_file, spoken_fingerprint

    street = _street(args)
    path = Path(args.file).expanduser()
    try:
        data = read_small_file(path)
    except OSError as exc:
        raise BadCertificateFile(str(path), exc.strerror or str(exc)) from None
    cert = street.install_certificate(data, source=str(path))
    city = street.city()
    assert city is not None  # just installed
    out.write(
        _t("已安装市级颁发的街道证书：{0}（{1}），由“{2}”颁发，有效期至 {3}。").format(
            street.name, street.code, city.name, local_time(cert.not_valid_after_utc)
        )
        + "\n"
    )
    fingerprint = spoken_fingerprint(certificate_fingerprint(city.ca_certificate))
    out.write(_t("市级根证书指纹：{0}（请与市委组织部核对）").format(fingerprint) + "\n")
    return EXIT_OK


def cmd_street_show(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.envelope import certificate_fingerprint
    from db.exchange.pki import spoken_fingerprint
    from db.exchange.street import certificate_summary

    street = _street(args)
    city = street.city()
    cert = street.certificate() if street.certified() else None
    if args.json:
        print_json(
            {
                "street": {"code": street.code, "name": street.name},
                "certificate": certificate_summary(cert) if cert is not None else None,
                "city": {"name": city.name, "ca_sha256": certificate_fingerprint(city.ca_certificate)}
                if city is not None
                else None,
            },
            out,
        )
        return EXIT_OK
    out.write(_t("街道：{0}（{1}）").format(street.name, street.code) + "\n")
    if cert is None:
        out.write(_t("尚未安装市级颁发的街道证书（运行 “shequ street request” 再次生成申请文件）。") + "\n")
        return EXIT_OK
    out.write(
        _t("街道证书有效期：{0} 至 {1}").format(
            local_time(cert.not_valid_before_utc), local_time(cert.not_valid_after_utc)
        )
        + "\n"
    )
    if city is not None:
        fingerprint = spoken_fingerprint(certificate_fingerprint(city.ca_certificate))
        out.write(_t("信任的市级：{0}（根证书指纹 {1}）").format(city.name, fingerprint) + "\n")
    return EXIT_OK


# --- at the city ------------------------------------------------------------------------------------


def issue_street_command(args: argparse.Namespace, authority: Any, data: bytes, path: Path, out: TextIO) -> int:
    """``shequ city issue`` for a street's request: a street certificate file ``<code>-street-certificate.json``."""
    from db.exchange.envelope import key_fingerprint
    from db.exchange.pki import spoken_fingerprint
    from db.exchange.street import issue_street, parse_street_request
    from db.fileio import write_atomic

    csr, _code, _name = parse_street_request(data, str(path))  # refused before the passphrase is asked
    target_folder = output_folder(args.out)
    passphrase = ask_passphrase(args, _t("市级口令："), _t("市级口令"))
    issued = issue_street(authority, data, passphrase, years=args.years, source=str(path))
    target = target_folder / issued.filename
    write_atomic(target, issued.signed_file)
    out.write(
        _t("已为街道 {0}（{1}）颁发街道证书，有效期至 {2}：{3}").format(
            issued.name, issued.code, local_time(issued.certificate.not_valid_after_utc), target
        )
        + "\n"
    )
    out.write(_t("街道密钥指纹：{0}").format(spoken_fingerprint(key_fingerprint(csr.public_key()))) + "\n")
    if issued.replaced is not None:
        out.write(_t("该街道此前的证书已被这份新证书取代。") + "\n")
    out.write(
        _t("下一步：把这个文件拷贝给街道，由街道运行 “shequ street install-certificate {0}” 安装。").format(
            issued.filename
        )
        + "\n"
    )
    return EXIT_OK


def cmd_city_route(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.street import route

    authority = city_authority(args)
    passphrase = ask_passphrase(args, _t("市级口令："), _t("市级口令"))
    via = None if args.direct else args.via
    office = route(authority, args.office, via, passphrase)
    if office.via is None:
        out.write(_t("社区 {0}（{1}）今后直接向市级报送。").format(office.name, office.code) + "\n")
    else:
        from db.exchange.street import street

        chosen = street(authority, office.via)
        name = chosen.name if chosen is not None else ""
        out.write(
            _t("社区 {0}（{1}）今后经街道 {2}（{3}）报送。").format(office.name, office.code, name, office.via) + "\n"
        )
    out.write(_t("下一份给该社区的回执（shequ city ack）会告知社区。") + "\n")
    return EXIT_OK


def cmd_city_streets(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.street import streets

    authority = city_authority(args)
    known = streets(authority)
    offices = authority.offices()
    if args.json:
        print_json(
            {
                "city": authority.name,
                "streets": [
                    {**item.to_dict(), "offices": [o.code for o in offices if o.via == item.code]} for item in known
                ],
                "direct": [o.code for o in offices if o.via is None],
            },
            out,
        )
        return EXIT_OK
    if not known:
        out.write(_t("还没有为任何街道颁发证书。") + "\n")
        return EXIT_OK
    for item in known:
        state = (
            _t("已吊销（{0}）").format(local_time(item.revoked_at))
            if item.revoked
            else _t("有效至 {0}").format(local_time(item.not_after))
        )
        routed = [o.code for o in offices if o.via == item.code]
        listed = "、".join(routed) if routed else _t("无")
        out.write(f"{item.code}  {item.name}  {state}  " + _t("经此街道报送的社区：{0}").format(listed) + "\n")
    out.write(_t("共 {0} 个街道。").format(len(known)) + "\n")
    return EXIT_OK


def cmd_street_install_roster(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.street_import import BadRoster, install_roster

    street = _street(args)
    path = Path(args.file).expanduser()
    try:
        data = path.read_bytes() if path.stat().st_size <= 16 * 1024 * 1024 else b""
    except OSError as exc:
        raise BadRoster(str(path), exc.strerror or str(exc)) from None
    roster = install_roster(street, data, str(path))
    names = "、".join(f"{name}（{code}）" for code, (name, _serials) in sorted(roster.offices.items())) or _t("无")
    out.write(
        _t("已安装市级的街道名单（{0}）：经本街道报送的社区 {1}").format(local_time(roster.issued_at), names) + "\n"
    )
    return EXIT_OK


def cmd_street_import(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.street_import import import_street_copy
    from db.store import open_store

    street = _street(args)
    passphrase = ask_passphrase(args, _t("街道口令："), _t("街道口令"))
    with open_store(data_dir(args)) as store:
        result = import_street_copy(store, street, Path(args.file).expanduser(), passphrase, allow_gap=args.allow_gap)
    out.write(result.message() + "\n")
    return EXIT_OK


def cmd_city_roster(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.street_import import make_roster, street_roster_filename
    from db.fileio import write_atomic

    authority = city_authority(args)
    target_folder = output_folder(args.out)
    passphrase = ask_passphrase(args, _t("市级口令："), _t("市级口令"))
    code = args.street.strip()
    data = make_roster(authority, code, passphrase)
    target = target_folder / street_roster_filename(code)
    write_atomic(target, data)
    out.write(_t("已写出给街道 {0} 的社区名单：{1}").format(code, target) + "\n")
    out.write(
        _t("下一步：把这个文件拷贝给街道，由街道运行 “shequ street install-roster {0}” 安装。").format(target.name)
        + "\n"
    )
    return EXIT_OK
