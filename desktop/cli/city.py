"""``shequ city``: the city installation (registered through ``desktop.cli.main.COMMAND_MODULES``).

Certificates:

* ``shequ city init --name NAME [--database URL]`` — a city installation: root CA, exchange key,
  database (the folder's SQLite file, or a PostgreSQL database named by ``--database``, written to
  ``city/database.json``: :mod:`db.citydb`; the URL's password is never printed);
* ``shequ city join --database URL`` — another workstation of a city whose database is on PostgreSQL;
* ``shequ city issue REQUEST --out DIR`` — a certificate file ``<code>-certificate.json``;
* ``shequ city revoke CODE --reason TEXT`` (an office or a street) and ``shequ city offices [--json]``.

The offices' data (what ``shequ import`` brought in):

* ``shequ city status --period P [--json]`` — every office side by side, with where its return stands
  level by level (未报 … 已解锁, ``state``) and each street's backlog (``streets``);
* ``shequ city ack [CODE …] --out DIR`` — acknowledgements for the offices;
* ``shequ city return --period P --out FILE.pdf [--sign]`` — the consolidated return;
* ``shequ city decide RETURN_ID (--received | --returned | --problem) [--reason TEXT] --by NAME`` — a
  person's decision on a return that waits as 待审核 (a comment is required for 退回 and 有问题);
* ``shequ city form-info [--table-no T] [--authority A] [--approved-by B] [--approval-no N]
  [--valid-until YYYY-MM-DD] [--json]`` — the return's identification block the acknowledgements
  carry to the offices (:mod:`db.exchange.form_info`); with no option, the current values;
* ``shequ city comment --office CODE --period P (--figure KEY | --record TABLE:ID) --text TEXT --by NAME``
  — a reviewer's comment on one figure or record of the office's latest return of the period
  (:mod:`db.exchange.comments`), carried by the next acknowledgement.
* ``shequ city unlock --list [--json]`` / ``shequ city unlock REQUEST_ID --by NAME`` — the offices'
  requests to unlock a locked period, and a person's grant (:mod:`desktop.cli.unlock`).

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
    """Add ``shequ city`` and its operations to the ``shequ`` parser's sub-parsers."""
    city = commands.add_parser("city", help=_t("市级：根证书、为社区颁发和吊销证书、汇总各社区数据"))
    sub = city.add_subparsers(dest="city_command", metavar=_t("操作"), required=True)

    init = sub.add_parser("init", help=_t("建立市级安装（根证书、交换密钥、汇总数据库）"))
    init.add_argument("--name", required=True, metavar="NAME", help=_t("市级名称，如 中共巴彦淖尔市委组织部"))
    init.add_argument(
        "--database",
        metavar="URL",
        help=_t(
            "汇总数据库：不写则用数据文件夹里的 SQLite 文件；"
            "多台电脑共用时写 PostgreSQL 地址，如 postgresql+psycopg://用户名@服务器/数据库名"
        ),
    )
    add_passphrase_option(init)
    init.set_defaults(handler=cmd_city_init)

    join = sub.add_parser("join", help=_t("在这台电脑上使用已建好的市级数据库（PostgreSQL，多台电脑共用）"))
    join.add_argument(
        "--database", required=True, metavar="URL", help=_t("市级数据库的地址，与第一台电脑 city init 时写的相同")
    )
    join.set_defaults(handler=cmd_city_join)

    issue = sub.add_parser("issue", help=_t("根据社区的申请文件颁发证书"))
    issue.add_argument("request", metavar="REQUEST", help=_t("社区的证书申请文件（<代码>-request.pem）"))
    issue.add_argument("--out", required=True, metavar="DIR", help=_t("证书文件保存到哪个文件夹（如 U 盘）"))
    issue.add_argument("--years", type=_years, default=3, metavar="N", help=_t("有效年数（1 到 10，默认 3）"))
    add_passphrase_option(issue)
    issue.set_defaults(handler=cmd_city_issue)

    revoke = sub.add_parser("revoke", help=_t("吊销一个社区或街道的证书"))
    revoke.add_argument("code", metavar="CODE", help=_t("社区或街道的 12 位代码"))
    revoke.add_argument("--reason", required=True, metavar="TEXT", help=_t("吊销原因"))
    add_passphrase_option(revoke)
    revoke.set_defaults(handler=cmd_city_revoke)

    offices = sub.add_parser("offices", help=_t("已颁发证书的社区名单"))
    offices.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    offices.set_defaults(handler=cmd_city_offices)

    status = sub.add_parser("status", help=_t("各社区的报送情况和达标情况（按报告期）"))
    status.add_argument("--period", required=True, metavar="P", help=_t("报告期，如 2026、2026H1、2026Q3、2026-07"))
    status.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    status.set_defaults(handler=cmd_city_status)

    ack = sub.add_parser("ack", help=_t("给社区写回执（确认收到的数据包、报表接收或退回、城市标准）"))
    ack.add_argument("codes", nargs="*", metavar="CODE", help=_t("社区代码（不写则给所有证书有效的社区各写一份）"))
    ack.add_argument("--out", required=True, metavar="DIR", help=_t("回执保存到哪个文件夹（如 U 盘）"))
    ack.add_argument(
        "--certificate", metavar="FILE", help=_t("随回执带上的证书文件（<代码>-certificate.json，只限一个社区）")
    )
    add_passphrase_option(ack)
    ack.set_defaults(handler=cmd_city_ack)

    city_return = sub.add_parser("return", help=_t("市级汇总表（PDF）：各社区报送和达标情况"))
    city_return.add_argument(
        "--period", required=True, metavar="P", help=_t("报告期，如 2026、2026H1、2026Q3、2026-07")
    )
    city_return.add_argument("--out", required=True, metavar="FILE.pdf", help=_t("保存到哪个文件"))
    city_return.add_argument("--sign", action="store_true", help=_t("用市级密钥签名"))
    add_passphrase_option(city_return)
    city_return.set_defaults(handler=cmd_city_return)

    decide = sub.add_parser("decide", help=_t("审核社区报送的报表：通过、退回或有问题"))
    decide.add_argument("return_id", metavar="RETURN_ID", help=_t("报表编号（见 shequ city status --json）"))
    choice = decide.add_mutually_exclusive_group(required=True)
    choice.add_argument("--received", action="store_true", help=_t("通过（已接收），该报告期在社区锁定"))
    choice.add_argument("--returned", action="store_true", help=_t("退回（需写明原因）"))
    choice.add_argument("--problem", action="store_true", help=_t("有问题（需写明问题）"))
    decide.add_argument(
        "--reason", default="", metavar="TEXT", help=_t("对整份报表的意见，社区会看到（退回、有问题时必填）")
    )
    decide.add_argument("--by", required=True, metavar="NAME", help=_t("审核人姓名（记录在决定中）"))
    decide.set_defaults(handler=cmd_city_decide)

    from desktop.cli.unlock import add_city_unlock

    add_city_unlock(sub)  # shequ city unlock (--list | REQUEST_ID --by NAME)

    comment = sub.add_parser("comment", help=_t("对社区报表中的一项指标或一条记录提意见"))
    comment.add_argument("--office", required=True, metavar="CODE", help=_t("社区的 12 位代码"))
    comment.add_argument("--period", required=True, metavar="P", help=_t("报告期，如 2026、2026H1、2026Q3、2026-07"))
    target = comment.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--figure", metavar="KEY", help=_t("指标，如 service.activities（见 shequ city status --json）")
    )
    target.add_argument("--record", metavar="TABLE:ID", help=_t("记录：表名和记录编号，如 activity:记录编号"))
    comment.add_argument("--text", required=True, metavar="TEXT", help=_t("意见，社区会在这一项旁边看到"))
    comment.add_argument("--by", required=True, metavar="NAME", help=_t("审核人姓名（记录在意见中）"))
    comment.set_defaults(handler=cmd_city_comment)

    form_info = sub.add_parser(
        "form-info", help=_t("报表表头：表号、制表机关、批准机关、批准文号、有效期至（随回执发给社区）")
    )
    form_info.add_argument("--table-no", metavar="T", help=_t("表号"))
    form_info.add_argument("--authority", metavar="A", help=_t("制表机关"))
    form_info.add_argument("--approved-by", metavar="B", help=_t("批准机关"))
    form_info.add_argument("--approval-no", metavar="N", help=_t("批准文号"))
    form_info.add_argument("--valid-until", metavar="YYYY-MM-DD", help=_t("有效期至，如 2027-12-31"))
    form_info.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    form_info.set_defaults(handler=cmd_city_form_info)

    from desktop.cli.street import register_city_commands

    register_city_commands(sub)  # route, streets

    from desktop.cli.city_database import register_city_database_commands

    register_city_database_commands(sub)  # database, move-to-server


def _years(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_t("有效年数必须是 1 到 10 之间的整数")) from None
    if not 1 <= value <= 10:
        raise argparse.ArgumentTypeError(_t("有效年数必须是 1 到 10 之间的整数"))
    return value


def cmd_city_init(args: argparse.Namespace, out: TextIO) -> int:
    import shutil

    from db.citydb import check_database_url, refuse_used_database, shown_url, write_database_setting
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
    url = check_database_url(args.database) if args.database else None
    if url is not None:
        refuse_used_database(url)
    passphrase = ask_passphrase(args, _t("市级口令："), _t("市级口令"), confirm=True)
    made_folder = not authority.folder.exists()
    setting = None
    try:
        if url is not None:  # first: the authority keeps its keys in the database it names
            setting = write_database_setting(folder, url)
        authority.init(name, passphrase)
        with open_store(folder, create=True):
            pass
        fingerprint = spoken_fingerprint(certificate_fingerprint(authority.ca_certificate()))
    except BaseException:
        authority.close()
        if made_folder:
            shutil.rmtree(authority.folder, ignore_errors=True)
        elif setting is not None:
            setting.unlink(missing_ok=True)
        raise
    authority.close()
    out.write(_t("已建立市级安装：{0}，数据文件夹 {1}").format(name, folder) + "\n")
    if url is not None:
        out.write(_t("汇总数据库：{0}（PostgreSQL；请用 pg_dump 定期备份，见使用说明）").format(shown_url(url)) + "\n")
    out.write(_t("根证书指纹：{0}（社区安装证书时会显示同样的指纹，可用来核对）").format(fingerprint) + "\n")
    out.write(_t("请妥善保管市级口令：忘记口令将无法颁发证书，也无法打开各社区报送的交换文件。") + "\n")
    return EXIT_OK


def cmd_city_join(args: argparse.Namespace, out: TextIO) -> int:
    """Another workstation of the city: its data folder names the city's PostgreSQL database
    (``city/database.json``) and becomes a city installation (``city/installation.json``, as
    :meth:`CityAuthority.init` writes it) for the city already in that database."""
    import json
    import shutil
    from datetime import UTC, datetime

    from db.citydb import (
        NoCityInDatabase,
        check_database_url,
        database_revision,
        make_pg_engine,
        open_city_engine,
        shown_url,
        write_database_setting,
    )
    from db.exchange.errors import CityExists, FolderHasOffice
    from db.exchange.pki import CityAuthority
    from db.exchange.rawdb import exchange_connection
    from db.fileio import write_atomic
    from db.store import DB_FILENAME, open_store

    folder = data_dir(args)
    url = check_database_url(args.database)
    authority = CityAuthority(folder)
    if authority.exists():
        raise CityExists(str(folder), authority.name)
    if (folder / DB_FILENAME).exists():
        raise FolderHasOffice(str(folder))
    probe = make_pg_engine(url)
    try:
        empty = database_revision(probe) is None  # never made a city: refused before anything is written
    finally:
        probe.dispose()
    if empty:
        raise NoCityInDatabase(shown_url(url))
    made_folder = not authority.folder.exists()
    setting = None
    try:
        setting = write_database_setting(folder, url)
        engine = open_city_engine(folder)
        try:
            with exchange_connection(engine) as db:
                row = db.execute("SELECT name, created_at FROM city_state WHERE id = 1").fetchone()
        finally:
            engine.dispose()
        if row is None:
            raise NoCityInDatabase(shown_url(url))
        name = str(row[0])
        created = datetime.fromisoformat(str(row[1])).replace(tzinfo=UTC).isoformat()
        installation = {"kind": "city", "name": name, "created_at": created}
        write_atomic(
            authority.installation_path, json.dumps(installation, ensure_ascii=False, indent=2).encode("utf-8")
        )
        with open_store(folder):
            pass
    except BaseException:
        if made_folder:
            shutil.rmtree(authority.folder, ignore_errors=True)
        elif setting is not None:
            setting.unlink(missing_ok=True)
        raise
    out.write(_t("这台电脑已加入市级安装：{0}，数据文件夹 {1}").format(name, folder) + "\n")
    out.write(_t("汇总数据库：{0}（PostgreSQL；请用 pg_dump 定期备份，见使用说明）").format(shown_url(url)) + "\n")
    return EXIT_OK


def cmd_city_issue(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.envelope import key_fingerprint
    from db.exchange.errors import BadRequestFile
    from db.exchange.pki import parse_request, read_small_file, spoken_fingerprint
    from db.fileio import write_atomic

    authority = city_authority(args)
    path = Path(args.request).expanduser()
    try:
        data = read_small_file(path)
    except OSError as exc:
        raise BadRequestFile(str(path), exc.strerror or str(exc)) from None
    request = parse_request(data, str(path))  # a bad file is refused before the passphrase is asked
    from db.exchange.street import is_street_request

    if is_street_request(data):
        from desktop.cli.street import issue_street_command

        return issue_street_command(args, authority, data, path, out)
    target_folder = output_folder(args.out)
    passphrase = ask_passphrase(args, _t("市级口令："), _t("市级口令"))
    issued = authority.issue(data, passphrase, years=args.years, source=str(path))
    target = target_folder / issued.filename
    write_atomic(target, issued.file_bytes())
    out.write(
        _t("已为 {0}（{1}）颁发证书，有效期至 {2}：{3}").format(
            issued.office_name, issued.office_code, local_time(issued.certificate.not_valid_after_utc), target
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

    authority = city_authority(args)
    code = args.code.strip()
    if not args.reason.strip():
        raise RevocationReasonMissing()
    office = authority.office(code)
    if office is None:
        from db.exchange.street import street

        if street(authority, code) is not None:
            return _revoke_street(args, authority, code, out)
        raise OfficeNotRegistered(code)
    if office.revoked:
        out.write(
            _t("社区 {0}（{1}）的证书已于 {2} 吊销，无需再次吊销。").format(
                office.name, code, local_time(office.revoked_at)
            )
            + "\n"
        )
        return EXIT_OK
    passphrase = ask_passphrase(args, _t("市级口令："), _t("市级口令"))
    revoked = authority.revoke(code, args.reason, passphrase)
    out.write(_t("已吊销 {0}（{1}）的证书，原因：{2}。").format(revoked.name, code, revoked.revoke_reason) + "\n")
    out.write(
        _t("今后用这些证书签名的交换文件都会被拒绝；该社区需运行 “shequ keys request --new-key” 重新申请证书。") + "\n"
    )
    return EXIT_OK


def _revoke_street(args: argparse.Namespace, authority: Any, code: str, out: TextIO) -> int:
    """``shequ city revoke`` given a street's code: :func:`db.exchange.street.revoke_street`."""
    from db.exchange.street import revoke_street, street

    entry = street(authority, code)
    assert entry is not None
    if entry.revoked:
        out.write(
            _t("街道 {0}（{1}）的证书已于 {2} 吊销，无需再次吊销。").format(
                entry.name, code, local_time(entry.revoked_at)
            )
            + "\n"
        )
        return EXIT_OK
    moved = [item.code for item in authority.offices() if item.via == code]
    passphrase = ask_passphrase(args, _t("市级口令："), _t("市级口令"))
    revoked = revoke_street(authority, code, args.reason, passphrase)
    out.write(_t("已吊销街道 {0}（{1}）的证书，原因：{2}。").format(revoked.name, code, revoked.revoke_reason) + "\n")
    out.write(_t("今后这个街道签名的转报文件和回执都会被拒绝。") + "\n")
    if moved:
        out.write(
            _t("经这个街道报送的 {0} 个社区改为直接报送市级（{1}），下次给它们写回执时会告诉它们。").format(
                len(moved), "、".join(moved)
            )
            + "\n"
        )
    return EXIT_OK


def cmd_city_offices(args: argparse.Namespace, out: TextIO) -> int:
    authority = city_authority(args)
    offices = authority.offices()
    if args.json:
        print_json({"city": authority.name, "offices": [item.to_dict() for item in offices]}, out)
        return EXIT_OK
    if not offices:
        out.write(_t("还没有为任何社区颁发证书。") + "\n")
        return EXIT_OK
    for item in offices:
        if item.revoked:
            state = _t("已吊销（{0}，{1}）").format(local_time(item.revoked_at), item.revoke_reason)
        else:
            state = _t("有效至 {0}").format(local_time(item.not_after))
        way = _t("经街道 {0} 报送").format(item.via) if item.via else _t("直接报送市级")
        out.write(
            f"{item.code}  {item.name}  {state}  {way}  " + _t("颁发于 {0}").format(local_time(item.issued_at)) + "\n"
        )
    out.write(_t("共 {0} 个社区。").format(len(offices)) + "\n")
    return EXIT_OK


def cmd_city_status(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.acks import ensure_city_standards
    from db.exchange.city_status import (
        backlog_of,
        city_status,
        registered_streets,
        report_deadline,
        status_document,
    )
    from db.periods import parse_period
    from db.store import open_store

    authority = city_authority(args)
    period = parse_period(args.period)
    from db.exchange.comments import office_comments

    streets = registered_streets(authority)
    with open_store(data_dir(args)) as store:
        ensure_city_standards(store)
        with store.session() as session:
            rows = city_status(session, period, authority.offices(), streets=streets)
            comments = {row.code: office_comments(session, row.code, period.code) for row in rows}
    backlog = backlog_of(rows, streets)
    if args.json:
        document = status_document(period, rows, city_name=authority.name, backlog=backlog)
        for entry in document["offices"]:
            entry["comments"] = [item.to_dict() for item in comments.get(entry["code"], [])]
        print_json(document, out)
        return EXIT_OK
    out.write(
        _t("{0}：{1}，报送期限 {2}").format(authority.name, period.label, report_deadline(period).isoformat()) + "\n"
    )
    for row in rows:
        bundle = (
            _t("最近数据包第 {0} 号（{1}）").format(row.last_bundle_seq, local_time(row.last_bundle_at))
            if row.last_bundle_seq is not None
            else _t("尚未收到数据包")
        )
        report = row.return_label
        if row.return_version is not None:
            report += _t("（第 {0} 版，{1}）").format(row.return_version, local_time(row.arrived_at))
        if row.return_id is not None:
            report += f" {row.review_label}" + (f"：{row.decision_reason}" if row.decision_reason else "")
            if row.state in ("pending_street", "street_returned", "locked", "unlocked"):
                report += f"【{row.state_label}】"  # where it stands beyond the city's own decision
            if row.decided_by:
                report += _t("（{0}，{1}，{2}）").format(row.decided_by, row.decided_level, local_time(row.decided_at))
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
        if row.street_code:
            out.write("    " + street_line(row) + "\n")
        if row.finding:
            out.write("    " + _t("有问题：{0}").format(row.finding) + "\n")
        for item in comments.get(row.code, []):
            where = item.figure_label or item.figure_key or f"{item.table_name}:{item.record_id}"
            who = item.written_by + (f"，{item.level}" if item.level and item.level != "市级" else "")  # 街道
            line = _t("意见（{0}，第 {1} 版）：{2}（{3}）").format(where, item.return_version, item.text, who)
            out.write("    " + line + "\n")
    for street in backlog:
        out.write(backlog_line(street) + "\n")
    missing = sum(1 for row in rows if row.return_state == "missing")
    out.write(_t("共 {0} 个社区，未报送 {1} 个。").format(len(rows), missing) + "\n")
    return EXIT_OK


def street_line(row: Any) -> str:
    """The street's part of an office's line: which street, and what it decided (who, when, why)."""
    street = row.street_name or row.street_code
    if not row.street_decided_by:
        return _t("经{0}报送：街道尚未审核").format(street)
    decided = {"received": _t("通过"), "returned": _t("退回"), "problem": _t("有问题")}.get(row.street_decision, "")
    line = _t("经{0}报送：街道审核{1}（{2}，{3}）").format(
        street, decided, row.street_decided_by, local_time(row.street_decided_at)
    )
    return line + (f"：{row.street_reason}" if row.street_reason else "")


def backlog_line(item: Any) -> str:
    """One street's backlog: what waits for it, what it sent back, what waits for the city."""
    return _t("{0}：待街道审核 {1} 个，街道退回 {2} 个，待市审核 {3} 个（经该街道报送的社区 {4} 个）").format(
        item.name or item.code, item.pending_street, item.street_returned, item.pending_city, item.offices
    )


def cmd_city_ack(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.bundle import export_ack
    from db.exchange.errors import BadCertificateFile, OfficeNotRegistered
    from db.store import open_store

    authority = city_authority(args)
    target = output_folder(args.out)
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
    passphrase = ask_passphrase(args, _t("市级口令："), _t("市级口令"))
    with open_store(data_dir(args)) as store:
        for code in codes:
            written = export_ack(store, authority, passphrase, code, target, certificate_file=certificate)
            out.write(written.message() + "\n")
    return EXIT_OK


def cmd_city_decide(args: argparse.Namespace, out: TextIO) -> int:
    from db.enums import ReturnState
    from db.exchange.acks import decide_return
    from db.store import open_store

    city_authority(args)
    chosen = {"received": ReturnState.RECEIVED, "returned": ReturnState.RETURNED, "problem": ReturnState.PROBLEM}
    status = next(state for flag, state in chosen.items() if getattr(args, flag))
    with open_store(data_dir(args)) as store:
        decide_return(store, args.return_id.strip(), status, reason=args.reason, decided_by=args.by)
    out.write(
        _t("{0}已将报表 {1} 标记为{2}；下一份回执（shequ city ack）会告知社区。").format(
            args.by.strip(), args.return_id.strip(), status.label
        )
        + "\n"
    )
    return EXIT_OK


def cmd_city_comment(args: argparse.Namespace, out: TextIO) -> int:
    from db.errors import InvalidInput
    from db.exchange.comments import add_comment
    from db.exchange.errors import OfficeNotRegistered
    from db.periods import parse_period
    from db.store import open_store

    authority = city_authority(args)
    code = args.office.strip()
    if authority.office(code) is None:
        raise OfficeNotRegistered(code)
    period = parse_period(args.period)
    record: tuple[str, str] | None = None
    if args.record is not None:
        table, colon, record_id = args.record.partition(":")
        if not colon or not table.strip() or not record_id.strip():
            raise InvalidInput(_t("记录要写成 表名:记录编号，如 activity:记录编号。"))
        record = (table, record_id)
    with open_store(data_dir(args)) as store:
        made = add_comment(
            store, code, period, text=args.text, written_by=args.by, figure_key=args.figure or "", record=record
        )
    where = made.figure_label or made.figure_key or (made.record_title or f"{made.table_name}:{made.record_id}")
    out.write(
        _t("{0}已对 {1} {2}报表（第 {3} 版）的“{4}”提出意见；下一份回执（shequ city ack）会告知社区。").format(
            made.written_by, code, period.label, made.return_version, where
        )
        + "\n"
    )
    return EXIT_OK


def cmd_city_return(args: argparse.Namespace, out: TextIO) -> int:
    from db.exchange.city_return import make_city_return
    from db.fileio import write_atomic
    from db.periods import parse_period
    from db.returns.errors import OutputFolderMissing
    from db.store import open_store

    authority = city_authority(args)
    period = parse_period(args.period)
    target = Path(args.out).expanduser()
    if not target.parent.is_dir():
        raise OutputFolderMissing(str(target.parent))
    passphrase = ask_passphrase(args, _t("市级口令："), _t("市级口令")) if args.sign else None
    with open_store(data_dir(args)) as store:
        made = make_city_return(store, authority, period, sign=args.sign, passphrase=passphrase)
    write_atomic(target, made.pdf)
    state = _t("已签名") if made.signed else _t("未签名")
    out.write(_t("已生成市级汇总表：{0}（{1}，共 {2} 页，{3}）").format(target, period.label, made.pages, state) + "\n")
    return EXIT_OK


def cmd_city_form_info(args: argparse.Namespace, out: TextIO) -> int:
    """Set (any option given) or show the return's identification block of the city."""
    from dataclasses import replace

    from db.exchange.form_info import read_city, write_city

    authority = city_authority(args)
    folder, database = data_dir(args), authority.engine  # kept in the city's database (every workstation's)
    info = read_city(folder, source=database)
    given = {
        key: value
        for key, value in (
            ("table_no", args.table_no),
            ("authority", args.authority),
            ("approved_by", args.approved_by),
            ("approval_no", args.approval_no),
            ("valid_until", args.valid_until),
        )
        if value is not None
    }
    if given:
        info = write_city(folder, replace(info, **given), source=database)
    if args.json:
        print_json(info.to_dict(), out)
        return EXIT_OK
    if given:
        out.write(_t("已保存报表表头，下一份回执（shequ city ack）会带给各社区。") + "\n")
    unset = _t("（未设置）")
    for label, value in (
        (_t("表号"), info.table_no),
        (_t("制表机关"), info.authority),
        (_t("批准机关"), info.approved_by),
        (_t("批准文号"), info.approval_no),
        (_t("有效期至"), info.valid_until),
    ):
        out.write(f"{label}：{value or unset}\n")
    return EXIT_OK
