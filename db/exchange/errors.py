"""Expected failures of the USB exchange and of the city's certificates, with messages a clerk can act on.

Every refusal of a bundle leaves the database as it was; the messages say so and say what to do
next. Constructor arguments all have defaults where the caller may not know them.
"""

from __future__ import annotations

from db.errors import ShequError


def _extra(detail: str) -> str:
    return f"（{detail}）" if detail else ""


# --- bundle files ----------------------------------------------------------------------------


class BundleError(ShequError):
    """Any refusal of a bundle file (the data layer may catch them together)."""


class NotABundle(BundleError):
    def __init__(self, path: str = "", detail: str = "") -> None:
        where = f"：{path}" if path else ""
        super().__init__(
            f"这不是社区台账的交换文件{where}{_extra(detail)}，没有导入任何内容。"
            "请确认选中的是用 “导出” 生成的交换文件。"
        )


class BundleDamaged(BundleError):
    """Truncated, tampered with, or otherwise unreadable: nothing of it is used."""

    def __init__(self, detail: str = "", sender: str = "社区") -> None:
        super().__init__(
            f"交换文件已损坏或被改动{_extra(detail)}，没有导入任何内容。请从{sender}重新导出，换一个 U 盘拷贝后再导入。"
        )


class BundleTooNew(BundleError):
    def __init__(self, version: object) -> None:
        super().__init__(
            f"这个交换文件由更新版本的社区台账生成（格式版本 {version}），没有导入任何内容。"
            "请先安装最新版本的社区台账。"
        )


class WrongRecipient(BundleError):
    """The bundle is encrypted for someone else (another city, another office)."""

    def __init__(self, intended: str | None = None, here: str = "本机") -> None:
        target = f"（它是发给“{intended}”的）" if intended else ""
        super().__init__(f"这个交换文件不是发给{here}的{target}，无法打开，没有导入任何内容。请确认文件没有拿错。")


class UntrustedSigner(BundleError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            f"交换文件的签名不是由本市颁发的有效证书做出的{_extra(detail)}，没有导入任何内容。"
            "请让发出方安装市委组织部颁发的证书后重新导出。"
        )


class UnknownOffice(BundleError):
    def __init__(self, code: str) -> None:
        super().__init__(
            f"社区 {code} 不在本市已颁发证书的名单中，没有导入任何内容。"
            "请先为该社区颁发证书（shequ city issue），或确认文件来源。"
        )


class CertificateRevoked(BundleError):
    def __init__(self, who: str = "", when: str = "", reason: str = "") -> None:
        subject = who or "签名证书"
        moment = f"已于 {when} " if when else "已"
        why = f"（原因：{reason}）" if reason else ""
        super().__init__(
            f"{subject}的证书{moment}被市级吊销{why}，这个交换文件没有导入。"
            "请让该社区用 “shequ keys request --new-key” 生成新密钥、重新申请证书，安装新证书后重新导出。"
        )


class BundlePassphraseWrong(BundleError):
    def __init__(self) -> None:
        super().__init__("交换文件的口令不正确，没有导入任何内容。请核对口令（注意大小写）后重试。")


class BundlePassphraseWeak(ShequError):
    def __init__(self, minimum: int) -> None:
        super().__init__(f"交换口令太短：它用来加密 U 盘上的文件，至少需要 {minimum} 个字符。")


class NoCityCertificate(ShequError):
    def __init__(self) -> None:
        super().__init__(
            "本社区还没有安装市级颁发的证书，不能生成报送市级的交换文件。"
            "请先运行 “shequ keys request --out 文件夹”，把申请文件交给市委组织部，"
            "再用 “shequ keys install 证书文件” 安装市里颁发的证书。"
        )


# --- the city installation --------------------------------------------------------------------


class NotACityInstallation(ShequError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"这个数据文件夹不是市级安装：{path}。"
            "请用 --data-dir 指定市级的数据文件夹，或先运行 “shequ city init --name 名称” 建立市级安装。"
        )


class CityFolderNotOffice(ShequError):
    """An office command (stats, check, return …) run in the city's data folder."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"这是市级汇总数据文件夹：{path}，不是社区台账，社区的命令不能在这里使用，没有做任何修改。"
            "请用 “shequ city status --period 报告期” 查看各社区的情况，或用 --data-dir 指定社区的数据文件夹。"
        )


class CityExists(ShequError):
    def __init__(self, path: str, name: str = "") -> None:
        who = f"（{name}）" if name else ""
        super().__init__(
            f"这个数据文件夹里已经有市级安装{who}：{path}。没有做任何修改；如要另建，请换一个 --data-dir。"
        )


class FolderHasOffice(ShequError):
    def __init__(self, path: str) -> None:
        super().__init__(f"这个数据文件夹里已经有社区台账：{path}。市级安装需要一个新的空文件夹，请换一个 --data-dir。")


class CityNameInvalid(ShequError):
    def __init__(self) -> None:
        super().__init__("市级名称不能为空，也不能超过 64 个字符。请用 --name 写明，如 “中共巴彦淖尔市委组织部”。")


class CityPassphraseWrong(ShequError):
    def __init__(self) -> None:
        super().__init__("市级口令不正确，没有做任何修改。请核对口令（注意大小写）后重试。")


class CityPassphraseWeak(ShequError):
    def __init__(self, minimum: int) -> None:
        super().__init__(f"市级口令太短：它保护全市的根证书密钥，至少需要 {minimum} 个字符。")


class PassphraseNeeded(ShequError):
    def __init__(self, what: str = "口令") -> None:
        super().__init__(f"需要{what}：请用 --passphrase-file 指定存放口令的文件（第一行），或在终端中输入。")


class PassphraseFileUnreadable(ShequError):
    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(f"口令文件无法读取：{path}{_extra(detail)}。没有做任何修改；请检查 --passphrase-file 的路径。")


class OutputFolderMissing(ShequError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"保存文件的文件夹不存在：{path}。没有写入任何文件；请先插好 U 盘或建立文件夹，或换一个 --out 路径。"
        )


class NoOfficeProfile(ShequError):
    def __init__(self) -> None:
        super().__init__("这个数据文件夹里还没有社区基本情况，不能申请证书。请先运行 “shequ init” 建立社区。")


class CityFilesDamaged(ShequError):
    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(
            f"市级证书文件已损坏：{path}{_extra(detail)}。没有做任何修改；请从备份恢复数据文件夹中的 city 文件夹。"
        )


class OfficeNotRegistered(ShequError):
    def __init__(self, code: str) -> None:
        super().__init__(f"社区 {code} 不在已颁发证书的名单中，没有做任何修改。运行 “shequ city offices” 查看名单。")


class RevocationReasonMissing(ShequError):
    def __init__(self) -> None:
        super().__init__("吊销证书需要写明原因：请用 --reason 说明，如 “U 盘丢失，密钥可能泄露”。")


# --- request and certificate files -------------------------------------------------------------


class BadRequestFile(ShequError):
    def __init__(self, path: str = "", detail: str = "") -> None:
        where = f"：{path}" if path else ""
        super().__init__(
            f"证书申请文件无法使用{where}{_extra(detail)}，没有颁发证书。"
            "请让社区重新运行 “shequ keys request --out 文件夹” 生成申请文件。"
        )


class BadCertificateFile(ShequError):
    def __init__(self, path: str = "", detail: str = "") -> None:
        where = f"：{path}" if path else ""
        super().__init__(
            f"证书文件无法使用{where}{_extra(detail)}，没有安装。请确认选中的是市里颁发的证书文件，或请市里重新颁发。"
        )


class CertificateForAnotherOffice(ShequError):
    def __init__(self, expected: str, got: str) -> None:
        super().__init__(f"这个证书是颁发给社区 {got} 的，不是本社区（{expected}）的，没有安装。请核对证书文件。")


class CityChanged(ShequError):
    def __init__(self, installed: str, offered: str) -> None:
        super().__init__(
            f"这个证书来自“{offered}”，与本社区已安装的市级证书（“{installed}”）不同，没有安装。"
            "请核对证书文件；如市级确已更换根证书，请加 --replace-city 重新安装。"
        )


class OfficePassphraseWrong(ShequError):
    def __init__(self) -> None:
        super().__init__("签名口令不正确，没有生成或修改任何文件。请核对口令（注意大小写）后重试。")


class KeyRevokedRequest(ShequError):
    def __init__(self, code: str) -> None:
        super().__init__(
            f"社区 {code} 的这把密钥的证书已被吊销，不能再为它颁发证书。"
            "请让社区运行 “shequ keys request --new-key --out 文件夹” 生成新密钥和新的申请文件。"
        )


class NoOfficeKey(ShequError):
    def __init__(self) -> None:
        super().__init__(
            "本社区还没有签名密钥，不能安装证书。请先运行 “shequ keys request --out 文件夹” 生成密钥和申请文件。"
        )
