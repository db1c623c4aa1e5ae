"""文件 ▸ 安装市级证书… (the street certificate file the city issued), 安装社区名单… (the city's signed
roster: which offices report through this street) and 生成证书申请… (the street's request again, for
the city). Each is quick and writes nothing when refused; the refusal is one sentence."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from db.changes import Changes
from db.errors import ShequError
from desktop.common.page_parts import OK_COLOUR
from desktop.common.prompts import CERTIFICATE, prompts
from desktop.street.texts import _t

if TYPE_CHECKING:
    from desktop.street.services import StreetServices

ROSTER_LIMIT = 16 * 1024 * 1024  # as ``shequ street install-roster``: a roster is a few kilobytes


def install_certificate(street: StreetServices, path: Path | None = None) -> None:
    """安装市级证书…: the street certificate file (``<code>-street-certificate.json``) the city issued."""
    from db.exchange.errors import BadCertificateFile
    from db.exchange.pki import read_small_file

    if street.busy:
        return
    if path is None:
        path = prompts().open_file(
            street.window(),
            _t("选择市级颁发的街道证书文件"),
            street.drives.folder(),
            _t("街道证书文件 (*-street-certificate.json);;所有文件 (*)"),
            purpose=CERTIFICATE,
        )
        if path is None:
            return
    try:
        try:
            data = read_small_file(path)
        except OSError as exc:
            raise BadCertificateFile(str(path), exc.strerror or str(exc)) from None
        cert = street.street.install_certificate(data, source=str(path))
        city = street.street.city()
    except ShequError as exc:
        street.show_error(exc, _t("没有安装证书"))
        return
    from desktop.common.page_parts import local_time

    city_name = city.name if city is not None else ""
    street.say(
        OK_COLOUR,
        _t("已安装市级颁发的街道证书"),
        _t("{0}（{1}），由“{2}”颁发，有效期至 {3}。下一步：安装市级给本街道的社区名单。").format(
            street.street_name, street.street.code, city_name, local_time(cert.not_valid_after_utc)
        ),
    )
    street.hub.publish(Changes(office=True))


def install_roster(street: StreetServices, path: Path | None = None) -> None:
    """安装社区名单…: the city's roster for this street (``<code>-street-roster.json``)."""
    from db.exchange.street_import import BadRoster
    from db.exchange.street_import import install_roster as install

    if street.busy:
        return
    if path is None:
        path = prompts().open_file(
            street.window(),
            _t("选择市级给本街道的社区名单文件"),
            street.drives.folder(),
            _t("社区名单文件 (*-street-roster.json);;所有文件 (*)"),
            purpose=CERTIFICATE,
        )
        if path is None:
            return
    try:
        try:
            with path.open("rb") as handle:
                data = handle.read(ROSTER_LIMIT + 1)
        except OSError as exc:
            raise BadRoster(str(path), exc.strerror or str(exc)) from None
        roster = install(street.street, data, str(path))
    except ShequError as exc:
        street.show_error(exc, _t("没有安装名单"))
        return
    names = "、".join(f"{name}（{code}）" for code, (name, _serials) in sorted(roster.offices.items())) or _t("无")
    street.say(OK_COLOUR, _t("已安装市级的社区名单"), _t("经本街道报送的社区：{0}").format(names))
    street.hub.publish(Changes(office=True))


def write_request(street: StreetServices) -> None:
    """生成证书申请…: the street's certificate request again, to carry to the city."""
    from db.exchange.street import street_request_filename
    from db.fileio import write_atomic

    if street.busy:
        return
    passphrase = street.ask_passphrase(
        _t("生成证书申请"), _t("生成"), _t("证书申请用街道密钥签名，要用街道口令打开密钥。")
    )
    if passphrase is None:
        return
    folder = street.folder_or_ask(_t("选择保存证书申请文件的文件夹（如 U 盘）"))
    if folder is None:
        return
    try:
        data = street.street.request(passphrase)
        target = folder / street_request_filename(street.street.code)
        write_atomic(target, data)
    except ShequError as exc:
        street.show_error(exc, _t("没有生成申请"))
        return
    except OSError as exc:
        message = _t("无法写到 {0}（{1}）。请换一个文件夹或 U 盘再试。").format(folder, exc.strerror or exc)
        street.show_error(ShequError(message), _t("没有生成申请"))
        return
    street.passphrase_worked(passphrase)
    street.say(
        OK_COLOUR,
        _t("已生成街道的证书申请文件"),
        _t("{0}。请把这个文件交给市委组织部；市里颁发证书后，点“文件 ▸ 安装市级证书…”安装。").format(target),
    )
