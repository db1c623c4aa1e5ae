"""社区名单's actions: 登记社区… (a certificate for the office whose request file is chosen, after the
key's fingerprint is checked by telephone) and 吊销证书… (every certificate the office was issued).

登记社区… asks, in this order: the request file, where the certificate goes when no stick is there (a
cancel there asks nothing more), the fingerprint's confirmation, the city's passphrase (unless kept)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.changes import Changes
from db.errors import ShequError
from desktop.city.texts import _t
from desktop.common.page_parts import ERROR_COLOUR, NEUTRAL_COLOUR, OK_COLOUR, WARNING_COLOUR, local_time
from desktop.common.prompts import CERTIFICATE, prompts

if TYPE_CHECKING:
    from desktop.city.parts import CityParts
    from desktop.common.tasks import Progress

REGISTRY_CHANGED = Changes(office=True)
"""A certificate issued or revoked: the offices the city knows, and trusts."""


def register_office(city: CityParts, path: Path | None = None) -> None:
    """登记社区…: a certificate for the office whose request file is chosen."""
    from db.exchange.envelope import key_fingerprint
    from db.exchange.errors import BadRequestFile
    from db.exchange.pki import (
        office_code_of_name,
        office_name_of_name,
        parse_request,
        read_small_file,
        spoken_fingerprint,
    )

    if city.busy:
        return
    if path is None:
        start = city.drives.folder()  # the stick, when there is one
        path = prompts().open_file(
            city.window(),
            _t("选择社区的注册申请文件"),
            start,
            _t("注册申请 (*-request.pem *.pem);;所有文件 (*)"),
            purpose=CERTIFICATE,
        )
        if path is None:
            return
    try:
        try:
            data = read_small_file(path)
        except OSError as exc:
            raise BadRequestFile(str(path), exc.strerror or str(exc)) from None
        request = parse_request(data, path.name)
    except ShequError as exc:
        city.show_error(exc, _t("没有登记"))
        return
    folder = city.folder_or_ask(_t("没有找到 U 盘：请选择保存证书文件的文件夹"))
    if folder is None:  # nothing else asked, nothing written
        return
    code = office_code_of_name(request.subject) or ""
    name = office_name_of_name(request.subject)
    fingerprint = spoken_fingerprint(key_fingerprint(request.public_key()))
    existing = city.authority.office(code)
    text = _t("社区：{0}\n代码：{1}\n密钥指纹：{2}\n\n请先与社区电话核对密钥指纹（社区生成申请时看到的）。").format(
        name, code, fingerprint
    )
    if existing is not None:
        text += "\n\n" + _t("这个社区已经登记过，新证书将取代原来的证书。")
    if not prompts().confirm(city.window(), _t("登记社区并颁发证书"), text, _t("颁发证书")):
        return
    passphrase = city.ask_passphrase(_t("颁发证书"), _t("颁发"), _t("证书用市级根证书签发。"))
    if passphrase is None:
        return
    authority, source = city.authority, path.name

    def work(progress: Progress) -> tuple[Path, Any]:
        from db.fileio import write_atomic

        progress.update(0, 0, _t("正在颁发证书…"))
        issued = authority.issue(data, passphrase, source=source)
        target = folder / issued.filename
        try:
            write_atomic(target, issued.file_bytes())
        except OSError as exc:
            from db.exchange.errors import OutputFolderMissing

            raise OutputFolderMissing(f"{target}（{exc.strerror or exc}）") from None
        return target, issued

    def done(result: tuple[Path, Any]) -> None:
        target, issued = result
        city.passphrase_worked(passphrase)
        city.hub.publish(REGISTRY_CHANGED)
        text = _t(
            "证书文件：{0}\n有效期至：{1}\n下一步：把这个文件交给社区，在社区的“数据交换”页点“安装证书…”安装。"
        ).format(target, local_time(issued.certificate.not_valid_after_utc))
        if issued.replaced is not None:
            text += "\n" + _t("该社区此前的证书已被这份新证书取代。")
        city.say(OK_COLOUR, _t("已为 {0}（{1}）颁发证书").format(issued.office_name, issued.office_code), text)

    city.run(work, done, _t("正在颁发证书…"), cancellable=False, on_error=lambda e: city.show_error(e, _t("没有登记")))


def revoke_selected(city: CityParts) -> None:
    """吊销证书…: stop trusting every certificate the office was issued."""
    code = city.registry.selected_code()
    if not code or city.busy:
        return
    office = city.authority.office(code)
    if office is None:
        return
    if office.revoked:
        city.say(NEUTRAL_COLOUR, _t("{0} 的证书已经吊销").format(office.name), office.revoke_reason)
        return
    reason = prompts().ask_text(
        city.window(), _t("吊销证书"), _t("吊销 {0}（{1}）证书的原因：").format(office.name, code)
    )
    if reason is None:
        return
    if not reason.strip():
        city.say(ERROR_COLOUR, _t("没有吊销"), _t("吊销证书需要写明原因，如“U 盘丢失，密钥可能泄露”。"))
        return
    if not prompts().confirm(
        city.window(),
        _t("吊销证书"),
        _t("吊销后，{0} 的所有数据包都会被拒收，直到它换新密钥、重新登记。确定吊销吗？").format(office.name),
        _t("吊销"),
        danger=True,
    ):
        return
    passphrase = city.ask_passphrase(_t("吊销证书"), _t("吊销"), _t("吊销证书需要市级口令。"))
    if passphrase is None:
        return
    authority = city.authority

    def work(progress: Progress) -> Any:
        progress.update(0, 0, _t("正在吊销证书…"))
        return authority.revoke(code, reason, passphrase)

    def done(revoked: Any) -> None:
        city.passphrase_worked(passphrase)
        city.hub.publish(REGISTRY_CHANGED)
        city.say(
            WARNING_COLOUR,
            _t("已吊销 {0}（{1}）的证书").format(revoked.name, code),
            _t("原因：{0}\n今后用这些证书签名的数据包都会被拒收；该社区需要在“数据交换”页换新密钥、重新申请。").format(
                revoked.revoke_reason
            ),
        )

    city.run(work, done, _t("正在吊销证书…"), cancellable=False, on_error=lambda e: city.show_error(e, _t("没有吊销")))
