"""Expected failures of reading, importing and writing spreadsheets, with messages a clerk can act on.

Every one is a :class:`db.errors.ShequError`: the command line prints it as one line and exits 2,
the app shows it as it is. When any of them is raised while importing, nothing has been written.
"""

from __future__ import annotations

from collections.abc import Sequence

from db.errors import ShequError

NOTHING_WRITTEN = "没有写入任何数据。"


class SheetError(ShequError):
    """A spreadsheet that cannot be read, imported or written."""


class SheetFileMissing(SheetError):
    def __init__(self, path: str) -> None:
        super().__init__(f"找不到文件：{path}。请检查文件名和所在的文件夹。")


class SheetOldFormat(SheetError):
    """An ``.xls`` workbook of Excel 97–2003 (or WPS ``.et``): openpyxl reads only ``.xlsx``."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"“{name}”是旧版 Excel 文件（.xls），不能直接导入。请在 Excel 或 WPS 中打开它，"
            f"“另存为” Excel 工作簿（.xlsx）后再导入。{NOTHING_WRITTEN}"
        )


class SheetEncrypted(SheetError):
    """A workbook with an opening password (an encrypted OOXML package inside an OLE2 container)."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"“{name}”设有打开密码，无法读取。请在 Excel 中打开它，选择“文件 → 信息 → 保护工作簿 → "
            f"用密码进行加密”，清空密码并保存后再导入。{NOTHING_WRITTEN}"
        )


class SheetTooLarge(SheetError):
    def __init__(self, name: str, detail: str, limit: str) -> None:
        super().__init__(
            f"“{name}”太大（{detail}），超过了一次导入的上限（{limit}）。请把数据拆成几个较小的文件，"
            f"分别导入。{NOTHING_WRITTEN}"
        )


class SheetUnreadable(SheetError):
    def __init__(self, name: str, detail: str) -> None:
        super().__init__(
            f"无法读取“{name}”（{detail}）。请确认它是 Excel 工作簿（.xlsx）或 CSV 文件，"
            f"并且没有在 Excel 等程序中打开。{NOTHING_WRITTEN}"
        )


class SheetNotFound(SheetError):
    def __init__(self, name: str, sheet: str, available: Sequence[str]) -> None:
        names = "、".join(f"“{item}”" for item in available) or "（没有）"
        super().__init__(f"“{name}”里没有名为“{sheet}”的工作表。这个文件里的工作表有：{names}。")


class SheetNoHeader(SheetError):
    def __init__(self, name: str, sheet: str, rows: int) -> None:
        where = f"工作表“{sheet}”" if sheet else ""
        super().__init__(
            f"在“{name}”{where}的前 {rows} 行里没有找到表头（列名，如 姓名、性别、身份证号）。"
            f"请在数据上方加一行列名后再导入。{NOTHING_WRITTEN}"
        )


class SheetEmpty(SheetError):
    def __init__(self, name: str, sheet: str) -> None:
        where = f"工作表“{sheet}”" if sheet else ""
        super().__init__(f"“{name}”{where}的表头下面没有数据。请确认选对了工作表。{NOTHING_WRITTEN}")


class SheetKindUnknown(SheetError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"无法从表头判断“{name}”是哪一类台账。请指定台账类型（命令行加 --kind，如 --kind 党员）。{NOTHING_WRITTEN}"
        )


class UnknownKind(SheetError):
    def __init__(self, text: str, choices: Sequence[str]) -> None:
        super().__init__(f"没有“{text}”这种台账。可以用的有：{'、'.join(choices)}。")


class KindNotImportable(SheetError):
    def __init__(self, label: str, choices: Sequence[str]) -> None:
        super().__init__(
            f"“{label}”不能从表格导入：它连接或属于其他记录，请在社区台账中录入。"
            f"可以从表格导入的台账有：{'、'.join(choices)}。"
        )


class SheetNoColumns(SheetError):
    def __init__(self, name: str, kind_label: str) -> None:
        super().__init__(
            f"“{name}”的表头里没有一列能对应到{kind_label}的项目。请核对台账类型，"
            f"或把列名改成 {kind_label}台账用的名称（可先导出一份空白模板对照）。{NOTHING_WRITTEN}"
        )


class SheetStale(SheetError):
    def __init__(self, count: int) -> None:
        super().__init__(
            f"预览之后有 {count} 条要更新的记录在别处被修改或删除了。为避免覆盖别人的修改，{NOTHING_WRITTEN}"
            "请重新预览后再导入。"
        )


class SheetAlreadyImported(SheetError):
    def __init__(self) -> None:
        super().__init__("这份预览已经导入过了。如要再次导入，请重新读取文件并预览（已导入的记录会被更新，不会重复）。")


class SheetWriteFailed(SheetError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            f"无法保存“{path}”（{detail}）。请检查文件夹是否存在、是否有写入权限，以及同名文件是否正在 Excel 中打开。"
        )


class BadSheetOption(SheetError):
    """A command-line option of the sheet commands that cannot be used (a filter on an unknown column …)."""
