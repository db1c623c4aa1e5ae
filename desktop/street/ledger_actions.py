"""What 本街道台账's buttons do: 添加工作者… / 添加经费… (a form, :mod:`desktop.street.ledger_dialogs`,
window-modal; what it saved is published when it closes), 删除选中的… (the reason and who removes it;
a tombstone, in the audit log) and 生成街道汇总报表… (the street's passphrase, a folder; made and signed in
the background, then opened in the PDF reader)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from db.changes import Changes
from db.errors import ShequError
from desktop.common.exchange_texts import period_text
from desktop.common.page_parts import OK_COLOUR, WARNING_COLOUR
from desktop.common.prompts import prompts
from desktop.street.ledger_dialogs import EntryDialog, Field, funding_fields, staff_fields
from desktop.street.texts import _t

if TYPE_CHECKING:
    from pathlib import Path

    from db.exchange.street_ledger import Entered
    from desktop.common.tasks import Progress
    from desktop.street.parts import StreetParts


def add_staff(street: StreetParts) -> EntryDialog | None:
    """添加工作者…: the form; saved as typed (dates, 元, choices read by the data layer)."""
    from db.exchange.street_ledger import add_street_staff

    store, code, today = street.store, street.street.code, street.today

    def save(values: dict[str, str], entered_by: str) -> Entered:
        return add_street_staff(store, code, entered_by=entered_by, today=today, **values)

    return _enter(street, _t("添加街道工作者"), staff_fields(), save)


def add_funding(street: StreetParts) -> EntryDialog | None:
    """添加经费…: the form; the amount in 元 as typed, never rounded."""
    from db.exchange.street_ledger import add_street_funding

    store, code, today = street.store, street.street.code, street.today

    def save(values: dict[str, str], entered_by: str) -> Entered:
        return add_street_funding(store, code, entered_by=entered_by, today=today, **values)

    return _enter(street, _t("添加街道经费"), funding_fields(), save)


def _enter(
    street: StreetParts, title: str, fields: Sequence[Field], save: Callable[[dict[str, str], str], Entered]
) -> EntryDialog | None:
    if street.busy:
        return None
    dialog = EntryDialog(street.window(), title, fields, save, street.reviewer)

    def saved() -> None:
        entered: Any = dialog.saved
        street.reviewer = dialog.entered_by.text().strip() or street.reviewer
        warnings = "\n".join(entered.warnings) if entered is not None else ""
        street.say(WARNING_COLOUR if warnings else OK_COLOUR, _t("已保存：{0}").format(title), warnings)
        street.hub.publish(entered.changes if entered is not None else Changes(kinds=frozenset({"staff", "funding"})))

    dialog.accepted.connect(saved)
    dialog.open()  # window-modal; Enter saves, Escape cancels
    return dialog


def remove_selected(street: StreetParts) -> None:
    """删除选中的…: the reason and the name asked; refused or removed, said in one sentence."""
    from db.exchange.street_ledger import remove_street_funding, remove_street_staff

    chosen = street.ledger.selected()
    if chosen is None or street.busy:
        return
    kind, record_id, name = chosen
    reason = prompts().ask_text(street.window(), _t("删除"), _t("删除“{0}”的原因（记录在修改记录中）：").format(name))
    if reason is None:
        return
    who = prompts().ask_text(street.window(), _t("删除"), _t("删除人姓名："), street.reviewer)
    if who is None:
        return
    remove = remove_street_staff if kind == "staff" else remove_street_funding
    try:
        changes = remove(street.store, street.street.code, record_id, removed_by=who, reason=reason)
    except ShequError as exc:
        street.show_error(exc, _t("没有删除"))
        return
    street.reviewer = who.strip() or street.reviewer
    street.say(OK_COLOUR, _t("已删除“{0}”").format(name), _t("原因：{0}").format(reason.strip()))
    street.hub.publish(changes)


def make_return(street: StreetParts) -> None:
    """生成街道汇总报表…: the period chosen, signed by the street, written to the folder chosen."""
    from db.exchange.street_return import make_street_return

    if street.busy:
        return
    period = street.period
    passphrase = street.ask_passphrase(
        _t("生成街道汇总报表"), _t("生成并签名"), _t("街道汇总报表用街道密钥签名，市级可以核验。")
    )
    if passphrase is None:
        return
    folder = street.folder_or_ask(_t("选择保存街道汇总报表的文件夹"))
    if folder is None:
        return
    store, installation = street.store, street.street

    def work(_progress: Progress) -> Path:
        return make_street_return(store, installation, passphrase, period, folder)

    def done(path: Path) -> None:
        street.passphrase_worked(passphrase)
        street.say(
            OK_COLOUR,
            _t("已生成{0}街道汇总报表").format(period_text(period.code)),
            _t("报表文件：{0}").format(path),
        )
        if not street.open_document(path):
            message = _t("电脑上没有能打开 PDF 的程序，请安装 PDF 阅读软件。报表文件在：{0}").format(path)
            street.show_error(ShequError(message), _t("无法打开报表"))

    def failed(exc: BaseException) -> None:
        street.show_error(exc, _t("没有生成报表"))

    street.run(work, done, _t("正在生成街道汇总报表…"), on_error=failed, cancellable=False)
