"""生成注册申请… and 安装证书…: the office's key and the certificate the city issues for it.

Each action asks what it needs, runs the work in the background through the page, says the
outcome in the page's result frame and publishes what it changed (:data:`CERTIFICATE_CHANGED`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.common.page_parts import OK_COLOUR
from desktop.common.prompts import CERTIFICATE, prompts
from desktop.common.tasks import Progress
from desktop.exchange.state import CERTIFICATE_CHANGED
from desktop.exchange.texts import installed_text, request_intro, request_made_texts

if TYPE_CHECKING:
    from desktop.exchange.host import ExchangeHost

CONTEXT = "ExchangePage"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def make_request(page: ExchangeHost) -> None:
    """生成注册申请…: the key (made on first use) and ``<code>-request.pem`` on the stick."""
    from db.returns.sign import KeyStore

    folder = page._folder_or_say()
    if folder is None:
        return
    keys = KeyStore(page.store.data_dir)
    new_key = page.new_key_box.isChecked() and keys.exists()
    first_time = not keys.exists() or new_key
    passphrase = prompts().ask_passphrase(
        page,
        first_time=first_time,
        title=_t("生成注册申请"),
        intro=request_intro(first_time=first_time, new_key=new_key),
        ok_label=_t("生成申请"),
    )
    if passphrase is None:
        return
    data_dir, code, name = page.store.data_dir, page.workspace.office_code, page.workspace.office_name

    def work(progress: Progress) -> tuple[Path, str]:
        from db.exchange.envelope import key_fingerprint
        from db.exchange.pki import make_request, parse_request, request_filename, spoken_fingerprint
        from db.fileio import write_atomic

        data = make_request(KeyStore(data_dir), passphrase, code, name, new_key=new_key)
        target = folder / request_filename(code)
        try:
            write_atomic(target, data)
        except OSError as exc:
            from db.exchange.errors import OutputFolderMissing

            raise OutputFolderMissing(f"{target}（{exc.strerror or exc}）") from None
        return target, spoken_fingerprint(key_fingerprint(parse_request(data).public_key()))

    def made(result: tuple[Path, str]) -> None:
        target, fingerprint = result
        page.new_key_box.setChecked(False)
        page.publish(CERTIFICATE_CHANGED)
        page._say(OK_COLOUR, *request_made_texts(target, fingerprint))

    page._run(work, made, _t("正在生成注册申请…"), cancellable=False)


def install_certificate(page: ExchangeHost, path: Path | None = None) -> None:
    """安装证书…: the certificate file the city issued (chosen on the stick when not given)."""
    if path is None:
        start = page.drives.folder()  # the stick, when there is one
        path = prompts().open_file(
            page, _t("选择市里颁发的证书文件"), start, _t("证书文件 (*.json);;所有文件 (*)"), purpose=CERTIFICATE
        )
        if path is None:
            return
    _install(page, path, replace_city=False)


def _install(page: ExchangeHost, path: Path, *, replace_city: bool) -> None:
    data_dir = page.store.data_dir

    def work(progress: Progress) -> Any:
        from db.exchange.errors import BadCertificateFile
        from db.exchange.pki import install_issued, read_small_file
        from db.returns.sign import KeyStore

        try:
            data = read_small_file(path)
        except OSError as exc:
            raise BadCertificateFile(str(path), exc.strerror or str(exc)) from None
        return install_issued(KeyStore(data_dir), data, replace_city=replace_city, source=path.name)

    def installed(result: Any) -> None:
        page.publish(CERTIFICATE_CHANGED)
        page._say(OK_COLOUR, _t("已安装市级颁发的证书"), installed_text(result))

    def failed(exc: BaseException) -> None:
        from db.exchange.errors import CityChanged

        if isinstance(exc, CityChanged) and prompts().confirm(
            page,
            _t("更换市级根证书"),
            str(exc) + "\n\n" + _t("只有市委组织部确已更换根证书时才替换。要替换吗？"),
            _t("替换并安装"),
            danger=True,
        ):
            _install(page, path, replace_city=True)
            return
        page._show_error(exc, _t("证书没有安装"))

    page._run(work, installed, _t("正在安装证书…"), on_error=failed, cancellable=False)
