"""导出数据包…: the next bundle, to the city or to another computer of the office.

Refused before anything is asked when there is no key, or (to the city) no certificate from the
city; then the signing passphrase, and for another computer a bundle passphrase typed twice. The
bundle is written in the background; what it changed (its history, the returns now 已报送) is
published through the page's hub.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from db.errors import ShequError
from desktop.common.exchange_texts import reporter
from desktop.common.page_parts import ERROR_COLOUR, OK_COLOUR
from desktop.common.prompts import prompts
from desktop.common.tasks import Progress
from desktop.exchange.texts import exported_texts

if TYPE_CHECKING:
    from db.exchange.bundle import ExportResult
    from desktop.exchange.host import ExchangeHost

CONTEXT = "ExchangePage"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def export(page: ExchangeHost) -> None:
    """导出数据包… with the choices on the page (to whom, everything or the changes)."""
    from db.returns.sign import KeyStore

    folder = page._folder_or_say()
    if folder is None:
        return
    device = page.to_device.isChecked()
    full = page.full_box.isChecked()
    keys = KeyStore(page.store.data_dir)
    if not keys.exists():
        page._say(
            ERROR_COLOUR,
            _t("还没有签名密钥"),
            _t("数据包要用本社区的密钥签名。请先点“生成注册申请…”生成密钥，或在“报表”页签署一次报表。"),
        )
        return
    if not device:
        from db.exchange.pki import city_recipient

        try:
            city_recipient(keys)  # no certificate from the city: say so before asking anything
        except ShequError as exc:
            page._say(ERROR_COLOUR, _t("还不能报送市级"), str(exc))
            return
    passphrase = page._ask_passphrase(
        _t("导出数据包"),
        _t("请输入本社区的签名口令：数据包用本社区的密钥签名，市里据此确认数据来自本社区。"),
        _t("导出"),
    )
    if passphrase is None:
        return
    device_passphrase: str | None = None
    if device:
        from db.exchange.envelope import MIN_BUNDLE_PASSPHRASE

        device_passphrase = prompts().ask_passphrase(
            page,
            first_time=True,
            title=_t("设定交换口令"),
            intro=_t(
                "给这个数据包设定一个交换口令（至少 {0} 个字符）：它加密 U 盘上的文件，"
                "在另一台电脑导入时要输入同一个口令。请不要把口令写在 U 盘上。"
            ).format(MIN_BUNDLE_PASSPHRASE),
            field_label=_t("交换口令："),
            ok_label=_t("导出"),
            minimum=MIN_BUNDLE_PASSPHRASE,
        )
        if device_passphrase is None:
            return
    store = page.store

    def work(progress: Progress) -> ExportResult:
        from db.exchange.bundle import export_bundle
        from db.exchange.payload import PURPOSE_CITY, PURPOSE_DEVICE

        return export_bundle(
            store,
            keys,
            passphrase,
            folder,
            full=full,
            purpose=PURPOSE_DEVICE if device else PURPOSE_CITY,
            device_passphrase=device_passphrase,
            progress=reporter(progress, _t("正在导出数据包…")),
        )

    def exported(result: ExportResult) -> None:
        page.last_export = result
        page.full_box.setChecked(False)
        page.publish(result.changes)
        page._say(OK_COLOUR, *exported_texts(result))

    page._run(work, exported, _t("正在导出数据包…"), on_error=lambda exc: page._show_error(exc, _t("没有导出")))
