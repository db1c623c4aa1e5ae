"""Expected failures of making, signing and checking a return, with messages a clerk can act on."""

from __future__ import annotations

from collections.abc import Sequence

from db.errors import ShequError
from db.i18n import tr


class ReturnBlocked(ShequError):
    """The period's data has errors that must be fixed before a return is made."""

    def __init__(self, period_label: str, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        lines = "\n".join(f"  {index}. {text}" for index, text in enumerate(self.problems, 1))
        super().__init__(
            f"{period_label}的台账还有 {len(self.problems)} 个必须改正的错误，报表没有生成。请先改正：\n{lines}"
        )


class MissingExplanations(ShequError):
    """Warnings without a written explanation; each needs one before the return is made."""

    def __init__(self, items: Sequence[tuple[str, str]]) -> None:
        self.items = list(items)  # (key, warning text)
        lines = "\n".join(f"  {key}：{text}" for key, text in self.items)
        super().__init__(
            f"有 {len(self.items)} 个提醒还没有书面说明，报表没有生成。请在说明文件（JSON，"
            f"“编号”: “说明”）中逐条写明原因，再用 --explain-file 指定：\n{lines}"
        )


class BadExplanationFile(ShequError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f'说明文件无法读取：{path}（{detail}）。请写成 JSON 对象，如 {{"编号": "说明"}}。')


class NoOffice(ShequError):
    def __init__(self) -> None:
        super().__init__("这个数据文件夹里还没有社区基本情况，不能生成报表。请先运行 “shequ init”。")


class FontMissing(ShequError):
    def __init__(self, path: str) -> None:
        super().__init__(f"缺少报表所需的中文字体文件：{path}。请重新安装社区台账。")


class WrongPassphrase(ShequError):
    def __init__(self) -> None:
        super().__init__("签名口令不正确，报表没有签署，也没有写入任何文件。请核对口令后重试。")


class PassphraseNeeded(ShequError):
    def __init__(self) -> None:
        super().__init__("签署报表需要签名口令：请用 --passphrase-file 指定存放口令的文件，或在终端中输入。")


class WeakPassphrase(ShequError):
    def __init__(self, minimum: int) -> None:
        super().__init__(f"签名口令太短：第一次签署会用它加密本社区的签名密钥，至少需要 {minimum} 个字符。")


class KeyDamaged(ShequError):
    def __init__(self, path: str, detail: str = "") -> None:
        extra = f"（{detail}）" if detail else ""
        super().__init__(
            f"签名密钥或证书文件已损坏：{path}{extra}。请从备份恢复 keys 文件夹，或联系市委组织部重新颁发。"
        )


class CertificateMismatch(ShequError):
    def __init__(self) -> None:
        super().__init__("这个证书不属于本社区的签名密钥，没有安装。请核对证书文件。")


class SignedReturnFrozen(ShequError):
    def __init__(self, period_code: str, version: int) -> None:
        super().__init__(f"{period_code} 第 {version} 版报表已经签署，内容不能再修改；如需更正，请生成新的更正版本。")


class UnreadablePdf(ShequError):
    def __init__(self, path: str, detail: str = "") -> None:
        extra = f"（{detail}）" if detail else ""
        super().__init__(f"无法读取这个文件：{path}{extra}。")


class BadTrustFile(ShequError):
    def __init__(self, path: str, detail: str = "") -> None:
        extra = f"（{detail}）" if detail else ""
        super().__init__(f"信任证书文件无法读取：{path}{extra}。请指定 PEM 或 DER 格式的市级根证书。")


class OutputFolderMissing(ShequError):
    def __init__(self, path: str) -> None:
        super().__init__(f"保存报表的文件夹不存在：{path}。请先建立文件夹，或换一个 --out 路径。")


class StoredReturnDamaged(ShequError):
    """A stored signed return's file is missing or no longer matches its SHA-256."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            tr("保存的报表文件缺失或已被改动：{path}（{detail}）。请从备份恢复数据文件夹。", path=path, detail=detail)
        )


class CorrectionReasonMissing(ShequError):
    """Signing a correction (version 2 or later of a period) without saying why."""

    def __init__(self, period_label: str, version: int) -> None:
        super().__init__(
            tr(
                "{period}已有签署的报表，这次是更正（第 {version} 版），请用 --reason 写明更正原因；没有写入任何文件。",
                period=period_label,
                version=version,
            )
        )


class ReturnSignerMismatch(ShequError):
    """A return in an office's bundle is not signed by (or not about) the office that sent it."""

    def __init__(self, sender: str, period: str, version: str, reason: str) -> None:
        self.sender = sender
        self.reason = reason
        super().__init__(
            tr(
                "社区代码 {sender} 报送的数据包里，{period} 第 {version} 版报表不能接收：{reason}。"
                "整个数据包没有导入，数据没有任何改动；请该社区用本社区的证书重新签署后再报送。",
                sender=sender,
                period=period,
                version=version,
                reason=reason,
            )
        )
