"""``shequ`` commands for exchange (registered through ``desktop.cli.main.COMMAND_MODULES``).

Certificates (this part):

* ``shequ keys request --out DIR`` — the office's key (made on first use) and its request file
  ``<code>-request.pem``, to carry to the city; ``--new-key`` replaces a revoked or lost key;
* ``shequ keys install FILE`` — the certificate file the city issued (also installs the city's
  root as the trust anchor and its exchange certificate);
* ``shequ keys show [--json]`` — the office's certificate and the city it trusts;
* ``shequ city init --name NAME`` — a city installation: root CA, exchange key, database;
* ``shequ city issue REQUEST --out DIR`` — a certificate file ``<code>-certificate.json``;
* ``shequ city revoke CODE --reason TEXT`` and ``shequ city offices [--json]``.

The data commands (export, import, city status …) register in their own section below. Every
handler imports what it needs when it runs, so that ``shequ --help`` stays quick.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from desktop.cli.common import EXIT_OK, data_dir, first_line, print_json, terminal_passphrase, translate


def _t(text: str) -> str:
    return translate("cli", text)


def register(commands: Any) -> None:
    """Add this module's sub-commands to the ``shequ`` parser's sub-parsers."""
    _register_keys(commands)
    city = _register_city(commands)
    _register_data(commands, city)


# --- shared helpers ---------------------------------------------------------------------------------


def _passphrase(args: argparse.Namespace, prompt: str, what: str, *, confirm: bool = False) -> str:
    """The passphrase from ``--passphrase-file`` (first line), else asked on the terminal.

    ``confirm`` asks twice (a new passphrase that protects a new key)."""
    from db.exchange.errors import PassphraseFileUnreadable, PassphraseNeeded

    if getattr(args, "passphrase_file", None):
        path = Path(args.passphrase_file).expanduser()
        try:
            return first_line(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise PassphraseFileUnreadable(str(path), getattr(exc, "strerror", None) or str(exc)) from None
    first = terminal_passphrase(prompt)
    if first is None:
        raise PassphraseNeeded(what)
    if confirm and terminal_passphrase(_t("请再输入一遍：")) != first:
        from db.errors import InvalidInput

        raise InvalidInput(_t("两次输入的口令不一致，没有做任何修改。请重试。"))
    return first


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="F", help=_t("存放口令的文件（第一行）；不指定时在终端中输入"))


def _out_folder(text: str) -> Path:
    from db.exchange.errors import OutputFolderMissing

    folder = Path(text).expanduser()
    if not folder.is_dir():
        raise OutputFolderMissing(str(folder))
    return folder


def _time(moment: Any) -> str:
    from db.timeutil import format_local

    return format_local(moment) if moment is not None else ""


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


# --- shequ keys --------------------------------------------------------------------------------------


def _register_keys(commands: Any) -> None:
    keys = commands.add_parser("keys", help=_t("本社区的签名密钥和市级证书：申请、安装、查看"))
    sub = keys.add_subparsers(dest="keys_command", metavar=_t("操作"), required=True)

    request = sub.add_parser("request", help=_t("生成证书申请文件，交市委组织部颁发证书"))
    request.add_argument("--out", required=True, metavar="DIR", help=_t("申请文件保存到哪个文件夹（如 U 盘）"))
    request.add_argument("--new-key", action="store_true", help=_t("生成新密钥替换现有密钥（证书被吊销或密钥丢失时）"))
    _passphrase_option(request)
    request.set_defaults(handler=cmd_keys_request)

    install = sub.add_parser("install", help=_t("安装市里颁发的证书文件"))
    install.add_argument("file", metavar="FILE", help=_t("市里颁发的证书文件（<代码>-certificate.json）"))
    install.add_argument("--replace-city", action="store_true", help=_t("市级已更换根证书时，用新的替换已安装的"))
    install.set_defaults(handler=cmd_keys_install)

    show = sub.add_parser("show", help=_t("查看本社区的证书和所信任的市级证书"))
    show.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    show.set_defaults(handler=cmd_keys_show)


def cmd_keys_request(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.envelope import key_fingerprint
    from db.exchange.errors import NoOfficeProfile
    from db.exchange.pki import make_request, parse_request, request_filename, spoken_fingerprint
    from db.fileio import write_atomic
    from db.office import current_office
    from db.returns.sign import KeyStore
    from db.store import open_store

    target_folder = _out_folder(args.out)
    folder = data_dir(args)
    with open_store(folder) as store, store.session() as session:
        office = current_office(session)
        if office is None:
            raise NoOfficeProfile()
        code, name = office.code, office.name
    keys = KeyStore(folder)
    new_key = args.new_key or not keys.exists()
    passphrase = _passphrase(args, _t("签名口令："), _t("签名口令"), confirm=new_key)
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
    from db.exchange.pki import install_issued, spoken_fingerprint
    from db.returns.sign import KeyStore

    path = Path(args.file).expanduser()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadCertificateFile(str(path), exc.strerror or str(exc)) from None
    installed = install_issued(KeyStore(data_dir(args)), data, replace_city=args.replace_city, source=str(path))
    cert = installed.certificate
    out.write(
        _t("已安装市级颁发的证书：社区 {0}，由“{1}”颁发，有效期至 {2}。").format(
            installed.office_code, installed.city.name, _time(cert.not_valid_after_utc)
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
    from db.returns.sign import KeyStore

    keys = KeyStore(data_dir(args))
    city = installed_city(keys)
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
    out.write(_t("有效期：{0} 至 {1}").format(_time(cert.not_valid_before_utc), _time(cert.not_valid_after_utc)) + "\n")
    if summary["self_signed"]:
        out.write(_t("类型：自签名证书（市委组织部尚未颁发证书；运行 “shequ keys request” 申请）") + "\n")
    else:
        out.write(_t("类型：市级颁发的证书") + "\n")
    out.write(_t("密钥指纹：{0}").format(spoken_fingerprint(summary["key_sha256"])) + "\n")
    if city is not None:
        fingerprint = spoken_fingerprint(certificate_fingerprint(city.ca_certificate))
        out.write(_t("信任的市级：{0}（根证书指纹 {1}）").format(city.name, fingerprint) + "\n")
    return EXIT_OK


# --- shequ city --------------------------------------------------------------------------------------


def _register_city(commands: Any) -> Any:
    """The ``city`` command; returns its sub-parsers so that other sections can add to them."""
    city = commands.add_parser("city", help=_t("市级：根证书、为社区颁发和吊销证书、汇总各社区数据"))
    sub = city.add_subparsers(dest="city_command", metavar=_t("操作"), required=True)

    init = sub.add_parser("init", help=_t("建立市级安装（根证书、交换密钥、汇总数据库）"))
    init.add_argument("--name", required=True, metavar="NAME", help=_t("市级名称，如 中共巴彦淖尔市委组织部"))
    _passphrase_option(init)
    init.set_defaults(handler=cmd_city_init)

    issue = sub.add_parser("issue", help=_t("根据社区的申请文件颁发证书"))
    issue.add_argument("request", metavar="REQUEST", help=_t("社区的证书申请文件（<代码>-request.pem）"))
    issue.add_argument("--out", required=True, metavar="DIR", help=_t("证书文件保存到哪个文件夹（如 U 盘）"))
    issue.add_argument("--years", type=_years, default=3, metavar="N", help=_t("有效年数（1 到 10，默认 3）"))
    _passphrase_option(issue)
    issue.set_defaults(handler=cmd_city_issue)

    revoke = sub.add_parser("revoke", help=_t("吊销一个社区的证书"))
    revoke.add_argument("code", metavar="CODE", help=_t("社区的 12 位代码"))
    revoke.add_argument("--reason", required=True, metavar="TEXT", help=_t("吊销原因"))
    _passphrase_option(revoke)
    revoke.set_defaults(handler=cmd_city_revoke)

    offices = sub.add_parser("offices", help=_t("已颁发证书的社区名单"))
    offices.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    offices.set_defaults(handler=cmd_city_offices)
    return sub


def _years(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_t("有效年数必须是 1 到 10 之间的整数")) from None
    if not 1 <= value <= 10:
        raise argparse.ArgumentTypeError(_t("有效年数必须是 1 到 10 之间的整数"))
    return value


def _authority(args: argparse.Namespace) -> Any:
    from db.exchange.errors import NotACityInstallation
    from db.exchange.pki import CityAuthority

    folder = data_dir(args)
    authority = CityAuthority(folder)
    if not authority.exists():
        raise NotACityInstallation(str(folder))
    return authority


def cmd_city_init(args: argparse.Namespace, out: TextIO) -> int:
    import shutil

    from db.exchange.envelope import certificate_fingerprint
    from db.exchange.errors import CityExists, CityNameInvalid, FolderHasOffice
    from db.exchange.pki import MAX_CITY_NAME, CityAuthority, spoken_fingerprint
    from db.store import DB_FILENAME, open_store

    folder = data_dir(args)
    authority = CityAuthority(folder)
    if authority.exists():
        raise CityExists(str(folder), authority.name)
    if (folder / DB_FILENAME).exists():
        raise FolderHasOffice(str(folder))
    name = args.name.strip()
    if not name or len(name) > MAX_CITY_NAME:
        raise CityNameInvalid()
    passphrase = _passphrase(args, _t("市级口令："), _t("市级口令"), confirm=True)
    made_folder = not authority.folder.exists()
    authority.init(name, passphrase)
    try:
        with open_store(folder, create=True):
            pass
    except BaseException:
        if made_folder:
            shutil.rmtree(authority.folder, ignore_errors=True)
        raise
    fingerprint = spoken_fingerprint(certificate_fingerprint(authority.ca_certificate()))
    out.write(_t("已建立市级安装：{0}，数据文件夹 {1}").format(name, folder) + "\n")
    out.write(_t("根证书指纹：{0}（社区安装证书时会显示同样的指纹，可用来核对）").format(fingerprint) + "\n")
    out.write(_t("请妥善保管市级口令：忘记口令将无法颁发证书，也无法打开各社区报送的交换文件。") + "\n")
    return EXIT_OK


def cmd_city_issue(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.envelope import key_fingerprint
    from db.exchange.errors import BadRequestFile
    from db.exchange.pki import parse_request, spoken_fingerprint
    from db.fileio import write_atomic

    authority = _authority(args)
    path = Path(args.request).expanduser()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadRequestFile(str(path), exc.strerror or str(exc)) from None
    request = parse_request(data, str(path))  # a bad file is refused before the passphrase is asked
    target_folder = _out_folder(args.out)
    passphrase = _passphrase(args, _t("市级口令："), _t("市级口令"))
    issued = authority.issue(data, passphrase, years=args.years, source=str(path))
    target = target_folder / issued.filename
    write_atomic(target, issued.file_bytes())
    out.write(
        _t("已为 {0}（{1}）颁发证书，有效期至 {2}：{3}").format(
            issued.office_name, issued.office_code, _time(issued.certificate.not_valid_after_utc), target
        )
        + "\n"
    )
    out.write(_t("社区密钥指纹：{0}").format(spoken_fingerprint(key_fingerprint(request.public_key()))) + "\n")
    if issued.replaced is not None:
        out.write(_t("该社区此前的证书已被这份新证书取代。") + "\n")
    out.write(
        _t("下一步：把这个文件拷贝给社区，由社区运行 “shequ keys install {0}” 安装。").format(issued.filename) + "\n"
    )
    return EXIT_OK


def cmd_city_revoke(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.errors import OfficeNotRegistered, RevocationReasonMissing

    authority = _authority(args)
    code = args.code.strip()
    if not args.reason.strip():
        raise RevocationReasonMissing()
    office = authority.office(code)
    if office is None:
        raise OfficeNotRegistered(code)
    if office.revoked:
        out.write(
            _t("社区 {0}（{1}）的证书已于 {2} 吊销，无需再次吊销。").format(office.name, code, _time(office.revoked_at))
            + "\n"
        )
        return EXIT_OK
    passphrase = _passphrase(args, _t("市级口令："), _t("市级口令"))
    revoked = authority.revoke(code, args.reason, passphrase)
    out.write(_t("已吊销 {0}（{1}）的证书，原因：{2}。").format(revoked.name, code, revoked.revoke_reason) + "\n")
    out.write(
        _t("今后用这些证书签名的交换文件都会被拒绝；该社区需运行 “shequ keys request --new-key” 重新申请证书。") + "\n"
    )
    return EXIT_OK


def cmd_city_offices(args: argparse.Namespace, out: TextIO) -> int:
    authority = _authority(args)
    offices = authority.offices()
    if args.json:
        print_json({"city": authority.name, "offices": [item.to_dict() for item in offices]}, out)
        return EXIT_OK
    if not offices:
        out.write(_t("还没有为任何社区颁发证书。") + "\n")
        return EXIT_OK
    for item in offices:
        if item.revoked:
            state = _t("已吊销（{0}，{1}）").format(_time(item.revoked_at), item.revoke_reason)
        else:
            state = _t("有效至 {0}").format(_time(item.not_after))
        out.write(f"{item.code}  {item.name}  {state}  " + _t("颁发于 {0}").format(_time(item.issued_at)) + "\n")
    out.write(_t("共 {0} 个社区。").format(len(offices)) + "\n")
    return EXIT_OK


# --- data exchange (export, import, city status …) -----------------------------------------------------


def _register_data(commands: Any, city: Any) -> None:
    """The data-layer commands: top-level ones on ``commands``, city ones on ``city``.

    * ``shequ export --to DIR [--full] [--device]`` — the office's next bundle (to the city, or
      ``--device`` to another computer of the office, encrypted under a bundle passphrase);
    * ``shequ import FILE [--allow-gap]`` — any bundle: at the city an office's, at an office the
      city's acknowledgement or a device bundle (what the file says it is decides);
    * ``shequ city status --period P [--json]`` — every office side by side;
    * ``shequ city ack [CODE …] --out DIR`` — acknowledgements for the offices;
    * ``shequ city decide RETURN_ID (--received | --returned --reason TEXT)`` — the city's decision;
    * ``shequ city return --period P --out FILE.pdf [--sign]`` — the consolidated return;
    * ``shequ conflicts [--json] [--resolve ID --keep local|incoming]`` — conflicts kept by imports.
    """
    export = commands.add_parser("export", help=_t("导出交换文件：报送市级，或交给本社区的另一台电脑"))
    export.add_argument("--to", required=True, metavar="DIR", help=_t("交换文件保存到哪个文件夹（如 U 盘）"))
    export.add_argument("--full", action="store_true", help=_t("导出全部数据（默认只导出市级确认收到之后的改动）"))
    export.add_argument("--device", action="store_true", help=_t("交给本社区的另一台电脑（包含全部字段，用口令加密）"))
    _passphrase_option(export)
    _bundle_passphrase_option(export)
    export.set_defaults(handler=cmd_export)

    imported = commands.add_parser(
        "import", help=_t("导入交换文件（社区报送的数据包、市级回执或本社区另一台电脑的数据包）")
    )
    imported.add_argument("file", metavar="FILE", help=_t("交换文件（.shequ）"))
    imported.add_argument(
        "--allow-gap", action="store_true", help=_t("前面的数据包确已丢失时：照样导入，并在导入记录中记下缺口")
    )
    _passphrase_option(imported)
    _bundle_passphrase_option(imported)
    imported.set_defaults(handler=cmd_import)

    status = city.add_parser("status", help=_t("各社区的报送情况和达标情况（按报告期）"))
    status.add_argument("--period", required=True, metavar="P", help=_t("报告期，如 2026、2026H1、2026Q3、2026-07"))
    status.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    status.set_defaults(handler=cmd_city_status)

    ack = city.add_parser("ack", help=_t("给社区写回执（确认收到的数据包、报表接收或退回、城市标准）"))
    ack.add_argument("codes", nargs="*", metavar="CODE", help=_t("社区代码（不写则给所有证书有效的社区各写一份）"))
    ack.add_argument("--out", required=True, metavar="DIR", help=_t("回执保存到哪个文件夹（如 U 盘）"))
    ack.add_argument(
        "--certificate", metavar="FILE", help=_t("随回执带上的证书文件（<代码>-certificate.json，只限一个社区）")
    )
    _passphrase_option(ack)
    ack.set_defaults(handler=cmd_city_ack)

    city_return = city.add_parser("return", help=_t("市级汇总表（PDF）：各社区报送和达标情况"))
    city_return.add_argument(
        "--period", required=True, metavar="P", help=_t("报告期，如 2026、2026H1、2026Q3、2026-07")
    )
    city_return.add_argument("--out", required=True, metavar="FILE.pdf", help=_t("保存到哪个文件"))
    city_return.add_argument("--sign", action="store_true", help=_t("用市级密钥签名"))
    _passphrase_option(city_return)
    city_return.set_defaults(handler=cmd_city_return)

    conflicts = commands.add_parser("conflicts", help=_t("导入时保留下来的同步冲突：查看和处理"))
    conflicts.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    conflicts.add_argument("--resolve", metavar="ID", help=_t("处理这个冲突"))
    conflicts.add_argument(
        "--keep", choices=("local", "incoming"), help=_t("处理时保留哪一方：local 本机，incoming 数据包带来的")
    )
    conflicts.set_defaults(handler=cmd_conflicts)

    decide = city.add_parser("decide", help=_t("接收或退回社区报送的报表"))
    decide.add_argument("return_id", metavar="RETURN_ID", help=_t("报表编号（见 shequ city status --json）"))
    choice = decide.add_mutually_exclusive_group(required=True)
    choice.add_argument("--received", action="store_true", help=_t("接收"))
    choice.add_argument("--returned", action="store_true", help=_t("退回（需写明原因）"))
    decide.add_argument("--reason", default="", metavar="TEXT", help=_t("退回原因，社区会看到"))
    decide.set_defaults(handler=cmd_city_decide)


def _bundle_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--bundle-passphrase-file",
        metavar="F",
        help=_t("本社区设备之间交换文件的口令所在文件（第一行）；不指定时在终端中输入"),
    )


def _bundle_passphrase(args: argparse.Namespace) -> str:
    return _passphrase(
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
    target = _out_folder(args.to)
    with open_store(folder) as store:
        keys = KeyStore(folder)
        if not args.device:
            from db.exchange.pki import city_recipient

            city_recipient(keys)  # no certificate: say so before asking for a passphrase
        passphrase = _passphrase(args, _t("本社区密钥口令："), _t("本社区密钥的口令"))
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
    if not args.device:
        out.write(_t("下一步：把这个文件交给市委组织部导入（shequ import {0}）。").format(written.path.name) + "\n")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.apply import KIND_DEVICE, KIND_OFFICE_TO_CITY
    from db.exchange.bundle import bundle_kind, import_ack, import_bundle
    from db.store import open_store

    folder = data_dir(args)
    path = Path(args.file).expanduser()
    kind = bundle_kind(path)  # the header, read before anything is asked or opened
    with open_store(folder) as store:
        if kind == KIND_OFFICE_TO_CITY:
            authority = _authority(args)
            result = import_bundle(
                store,
                path,
                city=authority,
                passphrase=_passphrase(args, _t("市级口令："), _t("市级口令")),
                allow_gap=args.allow_gap,
            )
            out.write(result.message() + "\n")
        elif kind == KIND_DEVICE:
            passphrase = _bundle_passphrase(args)
            result = import_bundle(store, path, city=None, passphrase=passphrase, allow_gap=args.allow_gap)
            out.write(result.message() + "\n")
        else:
            ack = import_ack(store, path, passphrase=_passphrase(args, _t("本社区密钥口令："), _t("本社区密钥的口令")))
            out.write(ack.message() + "\n")
    return EXIT_OK


def cmd_city_status(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.acks import ensure_city_standards
    from db.exchange.city_status import city_status, report_deadline, status_document
    from db.periods import parse_period
    from db.store import open_store

    authority = _authority(args)
    period = parse_period(args.period)
    with open_store(data_dir(args)) as store:
        ensure_city_standards(store)
        with store.session() as session:
            rows = city_status(session, period, authority.offices())
    if args.json:
        print_json(status_document(period, rows, city_name=authority.name), out)
        return EXIT_OK
    out.write(
        _t("{0}：{1}，报送期限 {2}").format(authority.name, period.label, report_deadline(period).isoformat()) + "\n"
    )
    for row in rows:
        bundle = (
            _t("最近数据包第 {0} 号（{1}）").format(row.last_bundle_seq, _time(row.last_bundle_at))
            if row.last_bundle_seq is not None
            else _t("尚未收到数据包")
        )
        report = row.return_label
        if row.return_version is not None:
            report += _t("（第 {0} 版，{1}）").format(row.return_version, _time(row.arrived_at))
        if row.decision:
            from db.enums import ReturnState

            decided = ReturnState.label_of(row.decision)
            report += f" {decided}" + (f"：{row.decision_reason}" if row.decision_reason else "")
        pillars = (
            "  ".join(f"{p.label}{p.status.label}" for p in row.compliance.pillars)
            if row.compliance is not None
            else _t("无数据")
        )
        revoked = _t("【证书已吊销】") if row.revoked else ""
        out.write(f"{row.code}  {row.name}{revoked}  {bundle}  {_t('报表')}：{report}  {pillars}\n")
        for gap in row.gaps:
            out.write("    " + _t("缺口：{0}").format(gap) + "\n")
        if row.conflicts:
            out.write("    " + _t("待处理的同步冲突 {0} 处").format(row.conflicts) + "\n")
    missing = sum(1 for row in rows if row.return_state == "missing")
    out.write(_t("共 {0} 个社区，未报送 {1} 个。").format(len(rows), missing) + "\n")
    return EXIT_OK


def cmd_city_ack(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.bundle import export_ack
    from db.exchange.errors import BadCertificateFile, OfficeNotRegistered
    from db.store import open_store

    authority = _authority(args)
    target = _out_folder(args.out)
    codes = [code.strip() for code in args.codes] or [o.code for o in authority.offices() if not o.revoked]
    for code in codes:
        if authority.office(code) is None:
            raise OfficeNotRegistered(code)
    certificate: bytes | None = None
    if args.certificate:
        if len(codes) != 1:
            from db.errors import InvalidInput

            raise InvalidInput(_t("随回执带证书时只能写一个社区的回执，请写明社区代码。"))
        cert_path = Path(args.certificate).expanduser()
        try:
            certificate = cert_path.read_bytes()
        except OSError as exc:
            raise BadCertificateFile(str(cert_path), exc.strerror or str(exc)) from None
    if not codes:
        out.write(_t("还没有证书有效的社区，没有写回执。") + "\n")
        return EXIT_OK
    passphrase = _passphrase(args, _t("市级口令："), _t("市级口令"))
    with open_store(data_dir(args)) as store:
        for code in codes:
            written = export_ack(store, authority, passphrase, code, target, certificate_file=certificate)
            out.write(written.message() + "\n")
    return EXIT_OK


def cmd_city_decide(args: argparse.Namespace, out: TextIO) -> int:
    from db.enums import ReturnState
    from db.exchange.acks import decide_return
    from db.store import open_store

    _authority(args)
    status = ReturnState.RECEIVED if args.received else ReturnState.RETURNED
    with open_store(data_dir(args)) as store:
        decide_return(store, args.return_id.strip(), status, reason=args.reason, decided_by=_t("市委组织部"))
    out.write(
        _t("已将报表 {0} 标记为{1}；下一份回执（shequ city ack）会告知社区。").format(args.return_id, status.label)
        + "\n"
    )
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace, out: TextIO) -> int:
    from db.errors import InvalidInput
    from db.exchange.apply import list_conflicts, resolve_conflict
    from db.exchange.pki import CityAuthority
    from db.store import open_store

    folder = data_dir(args)
    with open_store(folder) as store:
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


def cmd_city_return(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.city_return import make_city_return
    from db.fileio import write_atomic
    from db.periods import parse_period
    from db.returns.errors import OutputFolderMissing
    from db.store import open_store

    authority = _authority(args)
    period = parse_period(args.period)
    target = Path(args.out).expanduser()
    if not target.parent.is_dir():
        raise OutputFolderMissing(str(target.parent))
    passphrase = _passphrase(args, _t("市级口令："), _t("市级口令")) if args.sign else None
    with open_store(data_dir(args)) as store:
        made = make_city_return(store, authority, period, sign=args.sign, passphrase=passphrase)
    write_atomic(target, made.pdf)
    state = _t("已签名") if made.signed else _t("未签名")
    out.write(_t("已生成市级汇总表：{0}（{1}，共 {2} 页，{3}）").format(target, period.label, made.pages, state) + "\n")
    return EXIT_OK
