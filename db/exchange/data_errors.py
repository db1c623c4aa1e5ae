"""Refusals of the exchange's data layer (payloads, their application, acknowledgements).

Each says what happened and what to do next, in Chinese, and — for an import — that the
database was left as it was. The envelope's own refusals (signature, recipient, certificate)
are in :mod:`db.exchange.errors`.
"""

from __future__ import annotations

from collections.abc import Sequence

from db.exchange.errors import BundleError
from db.i18n import Joined, Label, tr

UNCHANGED = "数据库没有任何改动。"


def _seq_list(seqs: Sequence[int]) -> str:
    shown = [str(seq) for seq in seqs[:10]]
    more = f" 等 {len(seqs)} 个" if len(seqs) > 10 else ""
    return "、".join(shown) + more


class PayloadDamaged(BundleError):
    """The decrypted content cannot be read as a payload of this format."""

    def __init__(self, detail: str = "") -> None:
        extra = f"（{detail}）" if detail else ""
        super().__init__(
            f"交换文件的内容无法读取{extra}，没有导入任何内容，{UNCHANGED}请让发出方用同一版本的社区台账重新导出。"
        )


class PayloadTooNew(BundleError):
    def __init__(self, version: object) -> None:
        super().__init__(
            f"交换文件的数据格式版本（{version}）比本机的社区台账新，没有导入任何内容，{UNCHANGED}"
            "请先安装最新版本的社区台账。"
        )


class WrongBundleKind(BundleError):
    def __init__(self, kind: str, expected: str) -> None:
        super().__init__(
            f"这个交换文件的种类是“{kind}”，这里需要的是“{expected}”，没有导入任何内容，{UNCHANGED}"
            "请确认选中的文件（报送市级的、市级回执、本社区设备之间的）。"
        )


class ForeignRecords(BundleError):
    """An office's bundle carries rows of another office: the whole bundle is refused."""

    def __init__(self, sender: str, table: str, other: str) -> None:
        super().__init__(
            f"社区 {sender} 的交换文件里有不属于它的记录（{table} 表，社区代码“{other}”），整个文件已拒收，"
            f"{UNCHANGED}请联系该社区核实后重新导出。"
        )


class NotThisOffice(BundleError):
    def __init__(self, sender: str, here: str) -> None:
        super().__init__(
            f"这个交换文件来自社区 {sender}，而本机是社区 {here}，没有导入任何内容，{UNCHANGED}"
            "设备之间只能交换同一个社区的数据；请确认文件没有拿错。"
        )


class BundleMissing(BundleError):
    """An earlier bundle of the same chain has not been imported: the import waits for it."""

    def __init__(self, sender: str, missing: Sequence[int]) -> None:
        self.sender = sender
        self.missing = list(missing)
        super().__init__(
            f"社区 {sender} 的第 {_seq_list(self.missing)} 号数据包尚未导入。{UNCHANGED}"
            "请先导入缺少的数据包；如果确认已经丢失，可以选择“记录缺口后导入”（shequ import --allow-gap），"
            "缺口会记在导入记录里。"
        )


class SeqReused(BundleError):
    """The same number of the same chain was imported before with other content."""

    def __init__(self, sender: str, seq: int) -> None:
        super().__init__(
            f"社区 {sender} 的第 {seq} 号数据包已经导入过另一份内容不同的文件（社区可能恢复过备份后又导出），"
            f"这个文件没有导入，{UNCHANGED}请社区导出一份完整数据包（shequ export --full）再导入。"
        )


class ChainBroken(BundleError):
    """The bundle names another predecessor than the one imported under its number minus one."""

    def __init__(self, sender: str, seq: int) -> None:
        super().__init__(
            f"社区 {sender} 的第 {seq} 号数据包与已导入的第 {seq - 1} 号数据包接不上（前一个文件的摘要不一致），"
            f"没有导入，{UNCHANGED}请社区导出一份完整数据包（shequ export --full）再导入。"
        )


class OrphanRecords(BundleError):
    """Records whose parent record is missing — bundles are missing in between."""

    def __init__(self, sender: str, count: int, example: str) -> None:
        super().__init__(
            f"社区 {sender} 的交换文件里有 {count} 条记录引用了本机没有的记录（如 {example}），"
            f"可能缺少更早的数据包，没有导入，{UNCHANGED}请先导入更早的数据包，或请社区导出完整数据包"
            "（shequ export --full）。"
        )


class ConflictNotFound(BundleError):
    def __init__(self, conflict_id: str) -> None:
        super().__init__(f"找不到同步冲突 {conflict_id}，或它已经处理过。请刷新冲突列表后重试。")


class ReturnNotFound(BundleError):
    def __init__(self, return_id: str) -> None:
        super().__init__(f"找不到报表 {return_id}（市级尚未收到它）。请先导入该社区的数据包。")


class ReasonNeeded(BundleError):
    def __init__(self) -> None:
        super().__init__("退回报表需要写明原因，社区会看到它。请填写退回原因后重试。")


class PeriodLocked(BundleError):
    """A change to a record of a period the city finally accepted (通过, locked): refused whatever
    the reason; an administrator may ask the city to unlock it (:mod:`db.exchange.unlock`).
    ``rows``: an import's rows in such a period (the whole import is refused)."""

    def __init__(self, periods: Sequence[str], *, rows: int = 0) -> None:
        self.periods = list(periods)
        if rows:
            message = tr(
                "文件中有 {rows} 行属于{periods}，该报告期的报表已由市级审核通过并锁定，不能修改，没有写入任何数据。"
                "如需更正，请由管理员申请解锁；或从文件中去掉这些行后再导入。",
                rows=rows,
                periods=Joined(periods),
            )
        else:
            message = tr(
                "这条记录属于{periods}，该报告期的报表已由市级审核通过并锁定，不能修改，没有保存任何改动。"
                "如需更正，请由管理员申请解锁。",
                periods=Joined(periods),
            )
        super().__init__(message)


class NoOfficeHere(BundleError):
    def __init__(self, path: str) -> None:
        super().__init__(f"这个数据文件夹里还没有建立社区：{path}。请先运行 “shequ init” 建立社区，再导出交换文件。")


class ExportFailed(BundleError):
    def __init__(self, path: str, detail: str = "") -> None:
        extra = f"（{detail}）" if detail else ""
        super().__init__(
            f"没能写出交换文件：{path}{extra}。{UNCHANGED}"
            "请检查 U 盘是否插好、是否已满或写保护，然后重试（U 盘上不会留下不完整的文件）。"
        )


class BundleUnreadable(BundleError):
    def __init__(self, path: str, detail: str = "") -> None:
        extra = f"（{detail}）" if detail else ""
        super().__init__(
            f"无法读取交换文件：{path}{extra}。{UNCHANGED}请检查 U 盘是否插好，或把文件复制到电脑上再导入。"
        )


class OfficeRevokedHere(BundleError):
    def __init__(self, code: str) -> None:
        super().__init__(
            f"社区 {code} 的证书已被吊销，不能再给它写回执。{UNCHANGED}"
            "请等该社区重新申请证书，为它颁发新证书（shequ city issue）后再写回执。"
        )


class ImportFailed(BundleError):
    """The database could not take the bundle (disk full, database busy …): nothing was written."""

    def __init__(self, detail: str = "") -> None:
        extra = f"（{detail}）" if detail else ""
        super().__init__(
            f"导入没有完成{extra}，{UNCHANGED}请关闭其他正在使用这个数据文件夹的窗口，检查磁盘剩余空间后重试。"
        )


class CrossOfficeReference(BundleError):
    """A row of an office's bundle points at a record of another office: the whole bundle is refused."""

    def __init__(self, sender: str, table: str, field: str, column: str, other: str) -> None:
        super().__init__(
            tr(
                "社区 {sender} 的交换文件里，{table}的“{field}”（{column}）指向另一个社区（{other}）的记录，"
                "整个文件已拒收，数据库没有任何改动。请联系该社区核实后重新导出。",
                sender=sender,
                table=Label(table),
                field=Label(field),
                column=column,
                other=other,
            )
        )
