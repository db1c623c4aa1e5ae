"""生成回执…: an acknowledgement (回执) for each office selected, signed with the city's key and
written to the stick — the bundles received, each return's review (待审核 until a person decided; then
已接收, 退回 or 有问题), the city's standards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.changes import NOTHING, Changes
from db.errors import ShequError
from desktop.city.texts import _t
from desktop.common.page_parts import ERROR_COLOUR, OK_COLOUR, WARNING_COLOUR

if TYPE_CHECKING:
    from desktop.city.parts import CityParts
    from desktop.common.tasks import Progress

Written = list[tuple[str, str, bool]]  # (office code, what became of its acknowledgement, written)


def write_acks(city: CityParts) -> None:
    """生成回执…: an acknowledgement for each office selected, on the stick."""
    codes = [code for code in city.status.selected_codes() if code]
    if not codes or city.busy:
        return
    revoked = [code for code in codes if (row := city.status.row_of(code)) is not None and row.revoked]
    codes = [code for code in codes if code not in revoked]
    if not codes:
        city.say(ERROR_COLOUR, _t("没有生成回执"), _t("选中的社区证书已被吊销，不能给它写回执。"))
        return
    folder = city.folder_or_ask(_t("没有找到 U 盘：请选择保存回执的文件夹"))
    if folder is None:
        return
    passphrase = city.ask_passphrase(_t("生成回执"), _t("生成回执"), _t("回执用市级密钥签名，社区据此确认来自市里。"))
    if passphrase is None:
        return
    store, authority = city.store, city.authority

    def work(progress: Progress) -> tuple[Written, Changes]:
        from db.exchange.bundle import export_ack

        written: Written = []
        changes = NOTHING
        for number, code in enumerate(codes):
            progress.update(number, len(codes), _t("正在给社区 {0} 写回执…").format(code))
            try:
                result = export_ack(store, authority, passphrase, code, folder)
            except ShequError as exc:
                from db.exchange.errors import CityPassphraseWrong

                if isinstance(exc, CityPassphraseWrong):
                    raise
                written.append((code, str(exc), False))
                continue
            changes |= result.changes
            written.append((code, _t("已写出第 {0} 号回执：{1}").format(result.seq, result.path), True))
        return written, changes

    def done(outcome: tuple[Written, Changes]) -> None:
        written, changes = outcome
        ok = sum(1 for _code, _text, good in written if good)
        if ok:  # signed with the city's key: the passphrase opened it
            city.passphrase_worked(passphrase)
        lines = [f"{'✔' if good else '✘'} {code}：{text}" for code, text, good in written]
        lines += [_t("✘ {0}：证书已吊销，没有写回执。").format(code) for code in revoked]
        lines.append(_t("下一步：把 U 盘交给社区，在社区的“数据交换”页点“导入交换文件…”导入回执。"))
        failed = len(written) - ok + len(revoked)
        city.say(
            OK_COLOUR if not failed else WARNING_COLOUR,
            _t("已生成 {0} 份回执").format(ok) + (_t("，{0} 个社区没有写成").format(failed) if failed else ""),
            "\n".join(lines),
        )
        city.hub.publish(changes)

    city.run(work, done, _t("正在生成回执…"), on_error=lambda exc: city.show_error(exc, _t("没有生成回执")))
