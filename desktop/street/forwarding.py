"""报送市级… (the offices' city copies not yet forwarded and the street's own file with its decisions,
:func:`db.exchange.street_review.export_street_forward`, written to the stick in the background) and
写回执… (the street's acknowledgement for the office selected,
:func:`db.exchange.street_acks.export_street_ack`). Each says what was written, or the one reason it
was not; nothing is half-written (the data layer writes atomically)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.changes import Changes
from desktop.common.exchange_texts import reporter
from desktop.common.i18n import text
from desktop.common.page_parts import NEUTRAL_COLOUR, OK_COLOUR
from desktop.street.texts import _t

if TYPE_CHECKING:
    from pathlib import Path

    from db.exchange.street_review import ForwardResult
    from desktop.common.tasks import Progress
    from desktop.street.parts import StreetParts


def forward_to_city(street: StreetParts) -> None:
    """报送市级…: to the stick (or a folder asked for), with the street's passphrase."""
    from db.exchange.street_review import export_street_forward

    if street.busy:
        return
    passphrase = street.ask_passphrase(
        _t("报送市级"), _t("报送"), _t("给市级的文件用街道密钥签名，写明街道的审核结果。")
    )
    if passphrase is None:
        return
    folder = street.folder_or_ask(_t("选择写出报送文件的文件夹（如 U 盘）"))
    if folder is None:
        return
    store, installation = street.store, street.street

    def work(progress: Progress) -> ForwardResult:
        words = _t("正在写出给市级的文件…")
        return export_street_forward(store, installation, passphrase, folder, progress=reporter(progress, words))

    def done(result: ForwardResult) -> None:
        street.passphrase_worked(passphrase)
        if result.path is None:
            street.say(NEUTRAL_COLOUR, _t("没有需要报送市级的内容"), text(result.message()))
            return
        written = "\n".join(path.name for path in result.files)
        street.say(
            OK_COLOUR,
            _t("已写出报送市级的文件"),
            text(result.message()) + "\n" + _t("写到 {0} 的文件：\n{1}").format(folder, written),
        )
        street.hub.publish(result.changes | Changes(exchange=True))

    def failed(exc: BaseException) -> None:
        street.show_error(exc, _t("没有报送"))

    street.run(work, done, _t("正在写出给市级的文件…"), on_error=failed)


def write_ack(street: StreetParts) -> None:
    """写回执…: the street's acknowledgement for the office selected on 社区报送情况."""
    from db.exchange.street_acks import export_street_ack

    code = street.status.selected_code()
    row = street.status.row_of(code)
    if row is None or street.busy:
        return
    passphrase = street.ask_passphrase(
        _t("写回执"), _t("写回执"), _t("给{0}的回执用街道密钥签名。").format(row.name or row.code)
    )
    if passphrase is None:
        return
    folder = street.folder_or_ask(_t("选择写出回执的文件夹（如 U 盘）"))
    if folder is None:
        return
    store, installation = street.store, street.street

    def work(_progress: Progress) -> Path:
        return export_street_ack(store, installation, passphrase, code, folder)

    def done(path: Path) -> None:
        street.passphrase_worked(passphrase)
        street.say(
            OK_COLOUR,
            _t("已写出给{0}的回执").format(row.name or row.code),
            _t("回执文件：{0}。请把它交给社区，在社区的“数据交换”页导入。").format(path),
        )
        street.hub.publish(Changes(exchange=True))

    def failed(exc: BaseException) -> None:
        street.show_error(exc, _t("没有写出回执"))

    street.run(work, done, _t("正在写回执…"), on_error=failed, cancellable=False)
