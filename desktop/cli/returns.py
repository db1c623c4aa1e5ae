"""``shequ`` commands for the return (报表).

* ``shequ return --period P --out FILE.pdf [--sign] [--passphrase-file F] [--explain-file F]
  [--reason TEXT] [--authority TEXT] [--head NAME] [--filler NAME] [--phone NUMBER]`` — make the
  period's return (with ``--sign``: sign it and keep it as an immutable snapshot; a second
  signature of a period is a correction and needs ``--reason``); the signature block comes from
  the operators' roles and the office profile unless ``--head`` / ``--filler`` / ``--phone`` say
  otherwise (``""`` leaves a line blank);
* ``shequ verify FILE.pdf [--trust CA.pem] [--json]`` — is a return PDF intact, is its signature
  trusted, is it unchanged since signing, and is its signer the office (or, for the consolidated
  return, the city) it belongs to (:func:`db.returns.verify.check_return_file`, the same verdict as
  the app's; exit 0 valid, 3 tampered or signed by another, 4 untrusted or unsigned).

Every handler imports what it needs when it runs, so that ``shequ --help`` stays quick.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from desktop.cli.common import (
    EXIT_OK,
    data_dir,
    first_line,
    office_data_dir,
    period,
    print_json,
    terminal_passphrase,
    translate,
)


def _t(text: str) -> str:
    return translate("cli", text)


def register(commands: Any) -> None:
    """Add this module's sub-commands to the ``shequ`` parser's sub-parsers."""
    ret = commands.add_parser("return", help=_t("生成报表 PDF（加 --sign 签署并留存）"))
    ret.add_argument("--period", required=True, metavar="P", help=_t("报告期，如 2026、2026H1、2026Q3、2026-07"))
    ret.add_argument("--out", required=True, metavar="FILE.pdf", help=_t("报表 PDF 保存到哪里"))
    ret.add_argument("--sign", action="store_true", help=_t("用本社区的签名密钥签署，并留存为不可修改的快照"))
    ret.add_argument("--passphrase-file", metavar="F", help=_t("存放签名口令的文件（第一行）"))
    ret.add_argument("--explain-file", metavar="F", help=_t("提醒的书面说明（JSON：“编号”: “说明”）"))
    ret.add_argument("--reason", default="", metavar="TEXT", help=_t("更正原因（生成更正版本时）"))
    ret.add_argument(
        "--authority",
        default="",
        metavar="TEXT",
        help=_t("制表机关（默认：市级回执中的制表机关，否则中共巴彦淖尔市委组织部）"),
    )
    ret.add_argument("--head", metavar="NAME", help=_t("单位负责人（默认：角色为“负责人”的操作人员）"))
    ret.add_argument("--filler", metavar="NAME", help=_t("填表人（默认：角色为“填表人”的操作人员）"))
    ret.add_argument("--phone", metavar="NUMBER", help=_t("联系电话（默认：社区基本情况中的联系电话）"))
    ret.set_defaults(handler=cmd_return)

    verify = commands.add_parser("verify", help=_t("核验报表 PDF：是否完整、签名是否可信、签署后是否被改动"))
    verify.add_argument("file", metavar="FILE.pdf", help=_t("要核验的报表 PDF"))
    verify.add_argument("--trust", metavar="CA.pem", help=_t("信任的市级根证书（默认：数据文件夹 keys/city-ca.pem）"))
    verify.add_argument("--json", action="store_true", help=_t("输出 JSON"))
    verify.set_defaults(handler=cmd_verify)


def read_passphrase(args: argparse.Namespace) -> str | None:
    """The signing passphrase: the first line of ``--passphrase-file``, else typed on the
    terminal; None when neither (the return then says a passphrase is needed)."""
    if args.passphrase_file:
        from db.returns.errors import PassphraseNeeded

        try:
            return first_line(Path(args.passphrase_file).expanduser())
        except OSError:
            raise PassphraseNeeded() from None
    return terminal_passphrase(_t("签名口令："))


def cmd_return(args: argparse.Namespace, out: TextIO) -> int:
    from db.returns.errors import OutputFolderMissing
    from db.returns.make import ReturnRequest, make_return
    from db.returns.preflight import load_explanations
    from db.store import open_store

    chosen = period(args.period)
    folder = office_data_dir(args)  # before the passphrase is asked
    target = Path(args.out).expanduser()
    if not target.parent.is_dir():
        raise OutputFolderMissing(str(target.parent))
    explanations = load_explanations(Path(args.explain_file).expanduser()) if args.explain_file else {}
    passphrase = read_passphrase(args) if args.sign else None
    request = ReturnRequest(
        period=chosen,
        sign=args.sign,
        passphrase=passphrase,
        explanations=explanations,
        correction_reason=args.reason,
        authority=args.authority.strip(),
        head_name=args.head,
        filler_name=args.filler,
        phone=args.phone,
    )
    with open_store(folder) as store:  # the PDF is saved as part of the return: all or nothing
        made = make_return(store, request, save_to=target)
    content = made.content
    state = _t("已签署") if made.signed else _t("草稿，未签署")
    out.write(
        _t("已生成报表：{0}（{1}，第 {2} 版，共 {3} 页，{4}）").format(
            target, chosen.label, made.version, made.composed.pages, state
        )
        + "\n"
    )
    if made.key_created:
        out.write(_t("已为本社区生成签名密钥和自签名证书（在数据文件夹的 keys 中，口令加密保存）。") + "\n")
    if made.signed and content.self_signed:
        out.write(_t("注意：市委组织部尚未为本社区颁发证书，本报表以自签名证书签署，报表中已注明。") + "\n")
    blank = _t("（空）")
    out.write(
        _t("单位负责人：{0}；填表人：{1}；联系电话：{2}").format(
            content.head_name or blank, content.filler_name or blank, content.phone or blank
        )
        + "\n"
    )
    out.write(_t("数据摘要（SHA-256）：{0}").format(made.figures_sha256) + "\n")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    from db.localtime import format_local
    from db.returns.verify import check_return_file

    verdict = check_return_file(data_dir(args), Path(args.file).expanduser(), args.trust or None)
    if args.json:
        print_json(verdict.to_dict(), out)
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
    if result.signer_office_code and result.signer_office_code != result.office_code:
        out.write(_t("签名证书所属社区代码：{0}").format(result.signer_office_code) + "\n")
    if result.period:
        out.write(_t("报告期：{0}，第 {1} 版").format(result.period, result.version) + "\n")
    if result.figures_sha256:
        out.write(_t("数据摘要（SHA-256）：{0}").format(result.figures_sha256) + "\n")
    levels = {"社区": _t("社区"), "街道": _t("街道"), "市级": _t("市级")}
    for index, signer in enumerate(result.signers, 1):
        line = _t("签名 {0}（{1}）：{2}").format(index, levels.get(signer.level, signer.level), signer.name)
        if signer.organisation and signer.organisation != signer.name:
            line += _t("，{0}").format(signer.organisation)
        if signer.signed_at:
            line += _t("，{0}（北京时间）").format(format_local(signer.signed_at))
        line += _t("，证书可信") if signer.trusted else _t("，证书不受信任")
        out.write(line + "\n")
    return verdict.exit_code
