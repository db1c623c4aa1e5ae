"""``shequ keys``: the office's signing key and the certificate the city issues
(registered through ``desktop.cli.main.COMMAND_MODULES``).

* ``shequ keys request --out DIR`` — the office's key (made on first use) and its request file
  ``<code>-request.pem``, to carry to the city; ``--new-key`` replaces a revoked or lost key;
* ``shequ keys install FILE`` — the certificate file the city issued (also installs the city's
  root as the trust anchor and its exchange certificate);
* ``shequ keys show [--json]`` — the office's certificate and the city it trusts.

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
    local_time,
    output_folder,
    print_json,
    translate,
)


def _t(text: str) -> str:
    return translate("cli", text)


def register(commands: Any) -> None:
    """Add ``shequ keys`` and its operations to the ``shequ`` parser's sub-parsers."""
    keys = commands.add_parser("keys", help=_t("本社区的签名密钥和市级证书：申请、安装、查看"))
    sub = keys.add_subparsers(dest="keys_command", metavar=_t("操作"), required=True)

    request = sub.add_parser("request", help=_t("生成证书申请文件，交市委组织部颁发证书"))
    request.add_argument("--out", required=True, metavar="DIR", help=_t("申请文件保存到哪个文件夹（如 U 盘）"))
    request.add_argument("--new-key", action="store_true", help=_t("生成新密钥替换现有密钥（证书被吊销或密钥丢失时）"))
    add_passphrase_option(request)
    request.set_defaults(handler=cmd_keys_request)

    install = sub.add_parser("install", help=_t("安装市里颁发的证书文件"))
    install.add_argument("file", metavar="FILE", help=_t("市里颁发的证书文件（<代码>-certificate.json）"))
    install.add_argument("--replace-city", action="store_true", help=_t("市级已更换根证书时，用新的替换已安装的"))
    install.set_defaults(handler=cmd_keys_install)

    show = sub.add_parser("show", help=_t("查看本社区的证书和所信任的市级证书"))
    show.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    show.set_defaults(handler=cmd_keys_show)


def _certificate_summary(cert: Any) -> dict[str, Any]:
    from cryptography.x509.oid import NameOID

    from db.exchange.envelope import certificate_fingerprint, key_fingerprint, office_code_of

    names = {NameOID.SERIAL_NUMBER: "serialNumber"}
    return {
        "subject": cert.subject.rfc4514_string(names),
        "issuer": cert.issuer.rfc4514_string(names),
        "office_code": office_code_of(cert),
        "serial": format(cert.serial_number, "x"),
        "not_before": cert.not_valid_before_utc.isoformat(),
        "not_after": cert.not_valid_after_utc.isoformat(),
        "self_signed": cert.issuer == cert.subject,
        "sha256": certificate_fingerprint(cert),
        "key_sha256": key_fingerprint(cert.public_key()),
    }


def cmd_keys_request(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.envelope import key_fingerprint
    from db.exchange.errors import NoOfficeProfile
    from db.exchange.pki import make_request, parse_request, request_filename, spoken_fingerprint
    from db.fileio import write_atomic
    from db.office import current_office
    from db.returns.sign import KeyStore
    from db.store import open_store

    target_folder = output_folder(args.out)
    folder = data_dir(args)
    with open_store(folder) as store, store.session() as session:
        office = current_office(session)
        if office is None:
            raise NoOfficeProfile()
        code, name = office.code, office.name
    keys = KeyStore(folder)
    new_key = args.new_key or not keys.exists()
    passphrase = ask_passphrase(args, _t("签名口令："), _t("签名口令"), confirm=new_key)
    data = make_request(keys, passphrase, code, name, new_key=args.new_key)
    target = target_folder / request_filename(code)
    write_atomic(target, data)
    fingerprint = spoken_fingerprint(key_fingerprint(parse_request(data).public_key()))
    if new_key:
        out.write(_t("已为本社区生成新的签名密钥（在数据文件夹的 keys 中，口令加密保存）。") + "\n")
    out.write(_t("已生成证书申请文件：{0}（{1}，{2}）").format(target, name, code) + "\n")
    out.write(_t("密钥指纹：{0}").format(fingerprint) + "\n")
    out.write(
        _t("下一步：把这个文件拷贝到 U 盘交给市委组织部；市里颁发证书后，运行 “shequ keys install 证书文件” 安装。")
        + "\n"
    )
    return EXIT_OK


def cmd_keys_install(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.envelope import certificate_fingerprint
    from db.exchange.errors import BadCertificateFile
    from db.exchange.pki import install_issued, read_small_file, spoken_fingerprint
    from db.returns.sign import KeyStore

    path = Path(args.file).expanduser()
    try:
        data = read_small_file(path)
    except OSError as exc:
        raise BadCertificateFile(str(path), exc.strerror or str(exc)) from None
    installed = install_issued(KeyStore(data_dir(args)), data, replace_city=args.replace_city, source=str(path))
    cert = installed.certificate
    out.write(
        _t("已安装市级颁发的证书：社区 {0}，由“{1}”颁发，有效期至 {2}。").format(
            installed.office_code, installed.city.name, local_time(cert.not_valid_after_utc)
        )
        + "\n"
    )
    out.write(
        _t("市级根证书指纹：{0}（请与市委组织部核对）").format(
            spoken_fingerprint(certificate_fingerprint(installed.city.ca_certificate))
        )
        + "\n"
    )
    if installed.replaced_city:
        out.write(_t("注意：已用新的市级根证书替换了原来的。") + "\n")
    out.write(_t("今后签署的报表和导出的交换文件都使用这个证书。") + "\n")
    return EXIT_OK


def cmd_keys_show(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.envelope import certificate_fingerprint
    from db.exchange.pki import installed_city, spoken_fingerprint
    from db.exchange.street_route import installed_route
    from db.returns.sign import KeyStore

    keys = KeyStore(data_dir(args))
    city = installed_city(keys)
    route = installed_route(keys)
    if args.json:
        print_json(
            {
                "certificate": _certificate_summary(keys.certificate()) if keys.exists() else None,
                "city": {
                    "name": city.name,
                    "ca": _certificate_summary(city.ca_certificate),
                    "exchange": _certificate_summary(city.exchange_certificate),
                }
                if city
                else None,
                "route": route.to_dict() if route is not None else None,
            },
            out,
        )
        return EXIT_OK
    if not keys.exists():
        out.write(_t("本社区还没有签名密钥。第一次签署报表或运行 “shequ keys request” 时会生成。") + "\n")
        return EXIT_OK
    cert = keys.certificate()
    summary = _certificate_summary(cert)
    out.write(_t("证书主体：{0}").format(summary["subject"]) + "\n")
    out.write(_t("颁发者：{0}").format(summary["issuer"]) + "\n")
    out.write(
        _t("有效期：{0} 至 {1}").format(local_time(cert.not_valid_before_utc), local_time(cert.not_valid_after_utc))
        + "\n"
    )
    if summary["self_signed"]:
        out.write(_t("类型：自签名证书（市委组织部尚未颁发证书；运行 “shequ keys request” 申请）") + "\n")
    else:
        out.write(_t("类型：市级颁发的证书") + "\n")
    out.write(_t("密钥指纹：{0}").format(spoken_fingerprint(summary["key_sha256"])) + "\n")
    if city is not None:
        fingerprint = spoken_fingerprint(certificate_fingerprint(city.ca_certificate))
        out.write(_t("信任的市级：{0}（根证书指纹 {1}）").format(city.name, fingerprint) + "\n")
    if route is not None and route.via_code is not None:
        out.write(_t("报送路径：经街道 {0}（{1}）报送市级").format(route.via_name, route.via_code) + "\n")
    elif route is not None:
        out.write(_t("报送路径：直接报送市级") + "\n")
    return EXIT_OK
