"""The ``shequ`` command line.

Each command opens the data folder, does one job and prints its answer. Expected failures
(a missing folder, a damaged file, an unknown period, …) print one line on stderr and exit
non-zero; nothing is changed by a command that fails. Heavy modules load only in the
command that needs them.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import sqlite3
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from desktop import __version__
from desktop.common.paths import default_data_dir, log_dir

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130


def _t(text: str) -> str:
    """A command-line message in the user's language.

    The command line installs no translator, so it speaks the source language (Chinese); Qt is
    asked only when it is already loaded (inside the app), which keeps commands quick to start.
    """
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return text
    return str(qtcore.QCoreApplication.translate("cli", text))


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports mistakes in one line, in the user's language."""

    def error(self, message: str) -> NoReturn:
        from db.errors import ShequError

        raise ShequError(_t("命令行参数有误：{0}。运行 “shequ --help” 查看用法。").format(message))


def _positive_scale(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_t("规模必须是 1 到 1000 之间的整数")) from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError(_t("规模必须是 1 到 1000 之间的整数"))
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="shequ",
        description=_t("社区台账：社区“三有一化”台账与报表。不带命令时打开桌面程序。"),
    )
    parser.add_argument("--version", action="version", version=f"shequ {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=_t("数据文件夹（默认：环境变量 SHEQU_DATA_DIR，或本机用户数据文件夹）"),
    )
    commands = parser.add_subparsers(dest="command", metavar=_t("命令"), parser_class=_Parser)

    init = commands.add_parser("init", help=_t("建立社区台账"))
    init.add_argument("--office-code", required=True, metavar="CODE", help=_t("12 位统计用区划代码"))
    init.add_argument("--office-name", required=True, metavar="NAME", help=_t("社区名称"))
    init.add_argument("--street", default="", metavar="S", help=_t("所属街道(镇)"))
    init.add_argument("--district", default="", metavar="D", help=_t("所属区/旗/县"))
    init.add_argument("--city", default="巴彦淖尔市", metavar="C", help=_t("所属市"))

    demo = commands.add_parser("demo", help=_t("建立演示社区（示例数据）"))
    demo.add_argument(
        "--scale", type=_positive_scale, default=1, metavar="N", help=_t("数据量倍数（1 为一个普通社区）")
    )

    stats = commands.add_parser("stats", help=_t("各类台账的记录数和“三有一化”达标情况"))
    stats.add_argument("--period", metavar="P", help=_t("报告期，如 2026、2026H1、2026Q3、2026-07（默认：今年）"))
    stats.add_argument("--json", action="store_true", help=_t("输出 JSON"))

    check = commands.add_parser("check", help=_t("检查台账数据；有必须改正的错误时退出码为 1"))
    check.add_argument("--period", metavar="P", help=_t("只检查这个报告期的数据"))
    check.add_argument("--json", action="store_true", help=_t("输出 JSON"))

    ret = commands.add_parser("return", help=_t("生成报表 PDF（加 --sign 签署并留存）"))
    ret.add_argument("--period", required=True, metavar="P", help=_t("报告期，如 2026、2026H1、2026Q3、2026-07"))
    ret.add_argument("--out", required=True, metavar="FILE.pdf", help=_t("报表 PDF 保存到哪里"))
    ret.add_argument("--sign", action="store_true", help=_t("用本社区的签名密钥签署，并留存为不可修改的快照"))
    ret.add_argument("--passphrase-file", metavar="F", help=_t("存放签名口令的文件（第一行）"))
    ret.add_argument("--explain-file", metavar="F", help=_t("提醒的书面说明（JSON：“编号”: “说明”）"))
    ret.add_argument("--reason", default="", metavar="TEXT", help=_t("更正原因（生成更正版本时）"))
    ret.add_argument("--authority", default="", metavar="TEXT", help=_t("制表机关（默认：中共巴彦淖尔市委组织部）"))

    verify = commands.add_parser("verify", help=_t("核验报表 PDF：是否完整、签名是否可信、签署后是否被改动"))
    verify.add_argument("file", metavar="FILE.pdf", help=_t("要核验的报表 PDF"))
    verify.add_argument("--trust", metavar="CA.pem", help=_t("信任的市级根证书（默认：数据文件夹 keys/city-ca.pem）"))
    verify.add_argument("--json", action="store_true", help=_t("输出 JSON"))

    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


# Modules that add commands of their own: each has ``register(commands)``, which adds its
# sub-parsers (``parser_class`` is inherited) and sets ``handler=fn`` on each with
# ``set_defaults``; ``fn(args, out) -> exit code``. They must import only argparse-level
# things at module level, so that ``shequ --help`` stays quick.
COMMAND_MODULES: tuple[str, ...] = ("desktop.cli.sheets", "desktop.cli.exchange")


def _data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def _office_data_dir(args: argparse.Namespace) -> Path:
    """The data folder of a command that works on an office's ledgers; the city's folder is
    refused (one line, exit 2) before anything is opened."""
    from db.folder import is_city_folder

    folder = _data_dir(args)
    if is_city_folder(folder):
        from db.exchange.errors import CityFolderNotOffice

        raise CityFolderNotOffice(str(folder))
    return folder


def _print_json(payload: Any, out: TextIO) -> None:
    text = json.dumps(payload, ensure_ascii=False, indent=2, default=str)
    out.write(text + "\n")


# --- commands ------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    from db.office import OfficeSetup, checked_setup_values, create_office
    from db.store import open_store

    setup = OfficeSetup(args.office_code, args.office_name, args.street, args.district, args.city)
    folder = _office_data_dir(args)
    checked_setup_values(setup)  # refuse bad values before anything is made on disk
    with open_store(folder, create=True) as store:
        office = create_office(store, setup)
    out.write(_t("已建立社区台账：{0}（{1}），数据文件夹 {2}").format(office.name, office.code, folder) + "\n")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from db.demo import build_demo
    from db.store import open_store

    folder = _office_data_dir(args)
    err = sys.stderr
    last = [-1]

    def progress(done: int, total: int) -> None:
        percent = int(done * 100 / total) if total else 100
        if percent != last[0] and err.isatty():
            last[0] = percent
            err.write("\r" + _t("正在生成演示数据… {0}%").format(percent))
            err.flush()

    with open_store(folder, create=True) as store:
        counts = build_demo(store, scale=args.scale, progress=progress)
    if last[0] >= 0:
        err.write("\n")
    total = sum(counts.values())
    out.write(_t("已建立演示社区，共 {0} 条记录，数据文件夹 {1}").format(total, folder) + "\n")
    return EXIT_OK


def _period(text: str | None) -> Any:
    from db.periods import current_period, parse_period
    from db.timeutil import local_today

    return parse_period(text) if text is not None else current_period(local_today(), "year")


def cmd_stats(args: argparse.Namespace, out: TextIO) -> int:
    from db.kinds import kind
    from db.stats import office_stats
    from db.store import open_store

    period = _period(args.period)
    folder = _office_data_dir(args)
    with open_store(folder) as store, store.session() as session:
        payload = office_stats(session, period, str(folder))
    if args.json:
        _print_json(payload, out)
        return EXIT_OK
    office = payload["office"]
    out.write(f"{office['name']}（{office['code']}）  {_t('报告期')}：{period.label}\n\n")
    out.write(_t("记录数") + "\n")
    for key, count in payload["counts"].items():
        out.write(f"  {kind(key).label:<8}{count:>8}\n")
    out.write("\n" + _t("“三有一化”达标情况") + "\n")
    for pillar in payload["pillars"]:
        out.write(f"  {pillar['label']}：{_status_label(pillar['status'])}\n")
        for figure in pillar["figures"]:
            out.write(f"    [{_status_label(figure['status'])}] {figure['label']}：{figure['reason']}\n")
    return EXIT_OK


def _status_label(status: str) -> str:
    labels = {"pass": _t("达标"), "fail": _t("未达标"), "warning": _t("需注意")}
    return labels.get(status, status)


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from db.office import current_office
    from db.store import open_store
    from db.validation import check_office, kind_label

    period = _period(args.period) if args.period is not None else None
    folder = _office_data_dir(args)
    with open_store(folder) as store, store.session() as session:
        office = current_office(session)
        report = check_office(session, period)
    errors, warnings = len(report.errors), len(report.warnings)
    if args.json:
        _print_json(
            {
                "office": {"code": office.code, "name": office.name} if office else None,
                "period": period.code if period else None,
                "errors": errors,
                "warnings": warnings,
                "issues": report.to_dicts(),
            },
            out,
        )
    else:
        scope = period.label if period else _t("全部数据")
        for issue in report.issues:
            severity = _t("错误") if issue.severity == "error" else _t("提醒")
            where = kind_label(issue.kind) if issue.kind else ""
            title = f"“{issue.record_title}”" if issue.record_title else ""
            out.write(f"[{severity}] {where}{title}：{issue.message}\n")
        out.write(_t("检查范围：{0}。共 {1} 个错误、{2} 个提醒。").format(scope, errors, warnings) + "\n")
    return EXIT_CHECK_FAILED if errors else EXIT_OK


def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.shell.app import run_app

    return run_app(_data_dir(args))


def _read_passphrase(args: argparse.Namespace) -> str | None:
    if args.passphrase_file:
        from db.returns.errors import PassphraseNeeded

        try:
            text = Path(args.passphrase_file).expanduser().read_text(encoding="utf-8-sig")
        except OSError:
            raise PassphraseNeeded() from None
        lines = text.splitlines()
        return lines[0] if lines else ""
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(_t("签名口令："))
    return None


def cmd_return(args: argparse.Namespace, out: TextIO) -> int:
    from db.returns.errors import OutputFolderMissing
    from db.returns.make import ReturnRequest, make_return
    from db.returns.preflight import load_explanations
    from db.store import open_store

    period = _period(args.period)
    folder = _office_data_dir(args)  # before the passphrase is asked
    target = Path(args.out).expanduser()
    if not target.parent.is_dir():
        raise OutputFolderMissing(str(target.parent))
    explanations = load_explanations(Path(args.explain_file).expanduser()) if args.explain_file else {}
    passphrase = _read_passphrase(args) if args.sign else None
    request = ReturnRequest(
        period=period,
        sign=args.sign,
        passphrase=passphrase,
        explanations=explanations,
        correction_reason=args.reason,
        authority=args.authority.strip(),
    )
    with open_store(folder) as store:
        made = make_return(store, request)
    from db.fileio import write_atomic

    write_atomic(target, made.pdf)
    content = made.content
    state = _t("已签署") if made.signed else _t("草稿，未签署")
    out.write(
        _t("已生成报表：{0}（{1}，第 {2} 版，共 {3} 页，{4}）").format(
            target, period.label, made.version, made.composed.pages, state
        )
        + "\n"
    )
    if made.key_created:
        out.write(_t("已为本社区生成签名密钥和自签名证书（在数据文件夹的 keys 中，口令加密保存）。") + "\n")
    if made.signed and content.self_signed:
        out.write(_t("注意：市委组织部尚未为本社区颁发证书，本报表以自签名证书签署，报表中已注明。") + "\n")
    out.write(_t("数据摘要（SHA-256）：{0}").format(made.figures_sha256) + "\n")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    from db.returns.verify import check_return_file
    from db.timeutil import format_local

    verdict = check_return_file(_data_dir(args), Path(args.file).expanduser(), args.trust or None)
    if args.json:
        _print_json(verdict.to_dict(), out)
        return verdict.exit_code
    result = verdict.verification
    out.write(_t("核验结果：{0}").format(result.label) + "\n")
    out.write(verdict.explanation + "\n")
    if result.reason:
        out.write(_t("说明：{0}").format(result.reason) + "\n")
    if result.signer:
        out.write(_t("签名人：{0}").format(result.signer) + "\n")
    if result.certificate_subject:
        out.write(_t("证书：{0}").format(result.certificate_subject) + "\n")
    if result.signed_at:
        out.write(_t("签名时间：{0}（北京时间）").format(format_local(result.signed_at)) + "\n")
    if result.office_code or result.office_name:
        out.write(_t("填报单位：{0}（{1}）").format(result.office_name, result.office_code) + "\n")
    if result.period:
        out.write(_t("报告期：{0}，第 {1} 版").format(result.period, result.version) + "\n")
    if result.figures_sha256:
        out.write(_t("数据摘要（SHA-256）：{0}").format(result.figures_sha256) + "\n")
    return verdict.exit_code


COMMANDS: dict[str | None, Callable[[argparse.Namespace, TextIO], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "stats": cmd_stats,
    "check": cmd_check,
    "return": cmd_return,
    "verify": cmd_verify,
    None: cmd_gui,
}


# --- error handling ------------------------------------------------------------------------


def _log_crash(exc: BaseException) -> Path | None:
    try:
        path = log_dir() / "shequ-errors.log"
        logging.basicConfig(filename=path, level=logging.ERROR, encoding="utf-8")
        logging.getLogger("shequ.cli").error(
            "unexpected error\n%s", "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        )
        return path
    except OSError:
        return None


def _utf8_stream(stream: TextIO) -> TextIO:
    """The stream, made safe for any character (names beyond the BMP on a GBK console)."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="backslashreplace")
    return stream


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one command; the process exit code."""
    from db.errors import CorruptDatabase, ShequError

    out = _utf8_stream(out or sys.stdout)
    err = _utf8_stream(err or sys.stderr)
    try:
        args = build_parser().parse_args(list(argv))
        if getattr(args, "json", False) and isinstance(out, io.TextIOWrapper):
            out.reconfigure(encoding="utf-8")
        handler = getattr(args, "handler", None) or COMMANDS[args.command]
        return int(handler(args, out))
    except ShequError as exc:
        err.write(f"{exc}\n")
        return exc.exit_code
    except sqlite3.DatabaseError as exc:
        err.write(f"{CorruptDatabase(str(getattr(exc, 'filename', '') or ''), str(exc))}\n")
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version have printed their text
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except KeyboardInterrupt:
        err.write(_t("已中断。") + "\n")
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: one line for the user, the details in the log
        from sqlalchemy.exc import DatabaseError

        if isinstance(exc, DatabaseError):
            err.write(f"{CorruptDatabase('', str(exc.orig))}\n")
            return EXIT_USAGE
        path = _log_crash(exc)
        where = _t("详情已写入 {0}").format(path) if path else ""
        err.write(_t("社区台账遇到内部错误：{0}。{1}").format(exc, where) + "\n")
        return EXIT_INTERNAL
