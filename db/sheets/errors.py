"""Expected failures of reading, importing and writing spreadsheets, with messages a clerk can act on.

Every one is a :class:`db.errors.ShequError`: the command line prints it as one line and exits 2,
the app shows it as it is. When any of them is raised while importing, nothing has been written.
"""

from __future__ import annotations

from collections.abc import Sequence

from db.errors import ShequError
from db.i18n import Text, tr

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
    """A file over one of the limits of :mod:`db.sheets.budgets`; the message names the limit and
    what to do. Each subclass is one limit."""

    def __init__(self, message: Text) -> None:
        super().__init__(message)


class SheetFileTooLarge(SheetTooLarge):
    def __init__(self, name: str, size: str, limit: str) -> None:
        super().__init__(
            tr(
                "“{name}”太大（{size}），超过了一次导入的上限（{limit}）。请把数据拆成几个较小的文件，"
                "分别导入。没有写入任何数据。",
                name=name,
                size=size,
                limit=limit,
            )
        )


class SheetTooManyRows(SheetTooLarge):
    def __init__(self, name: str, limit: int, *, blank_included: bool = False) -> None:
        if blank_included:
            message = tr(
                "“{name}”超过 {limit:,} 行（含设置了格式的空行），超过了一次导入的上限。请删去数据下方不用的行，"
                "或把数据拆成几个较小的文件，分别导入。没有写入任何数据。",
                name=name,
                limit=limit,
            )
        else:
            message = tr(
                "“{name}”超过 {limit:,} 行，超过了一次导入的上限。请把数据拆成几个较小的文件，分别导入。"
                "没有写入任何数据。",
                name=name,
                limit=limit,
            )
        super().__init__(message)


class SheetTooManyColumns(SheetTooLarge):
    def __init__(self, name: str, limit: int) -> None:
        super().__init__(
            tr(
                "“{name}”的表头超过 {limit:,} 列，超过了一次导入的上限。请删去不用的列，或把数据拆成"
                "几个文件，再导入。没有写入任何数据。",
                name=name,
                limit=limit,
            )
        )


class SheetTooManyCells(SheetTooLarge):
    def __init__(self, name: str, limit: int) -> None:
        super().__init__(
            tr(
                "“{name}”的单元格（行数 × 列数）超过 {limit:,} 个，超过了一次导入的上限。请删去不用的列，"
                "或把数据拆成几个较小的文件，分别导入。没有写入任何数据。",
                name=name,
                limit=limit,
            )
        )


class SheetTooMuchText(SheetTooLarge):
    def __init__(self, name: str, limit: int, row: int | None = None) -> None:
        if row is None:
            message = tr(
                "“{name}”的文字超过 {limit:,} 个字，超过了一次导入的上限。请把数据拆成几个较小的文件，"
                "分别导入。没有写入任何数据。",
                name=name,
                limit=limit,
            )
        else:
            message = tr(
                "“{name}”第 {row} 行的文字超过 {limit:,} 个字，超过了一行的上限。请缩短这一行的内容后再导入。"
                "没有写入任何数据。",
                name=name,
                row=row,
                limit=limit,
            )
        super().__init__(message)


class SheetCellTooLarge(SheetTooLarge):
    def __init__(self, name: str, limit: int, row: int | None = None) -> None:
        if row is None:
            message = tr(
                "“{name}”里有一个单元格超过 {limit:,} 个字，超过了一个单元格的上限。请找到并缩短这个单元格"
                "的内容后再导入。没有写入任何数据。",
                name=name,
                limit=limit,
            )
        else:
            message = tr(
                "“{name}”第 {row} 行有一个单元格超过 {limit:,} 个字，超过了一个单元格的上限。"
                "请缩短这个单元格的内容后再导入。没有写入任何数据。",
                name=name,
                row=row,
                limit=limit,
            )
        super().__init__(message)


class SheetLineTooLong(SheetTooLarge):
    def __init__(self, name: str, line: int, limit: int) -> None:
        super().__init__(
            tr(
                "“{name}”第 {line} 行超过 {limit:,} 个字，不像是正常的表格。请在 Excel 中打开它，"
                "另存为 Excel 工作簿（.xlsx）后再导入。没有写入任何数据。",
                name=name,
                line=line,
                limit=limit,
            )
        )


class SheetUnpackedTooLarge(SheetTooLarge):
    def __init__(self, name: str, limit: str) -> None:
        super().__init__(
            tr(
                "“{name}”解压后超过 {limit}，超过了一次导入的上限。请把数据拆成几个较小的文件，"
                "或删去其中的图片后另存，再导入。没有写入任何数据。",
                name=name,
                limit=limit,
            )
        )


class SheetPartTooLarge(SheetTooLarge):
    """One part of a workbook over its limit (bytes unpacked or elements kept)."""

    def __init__(self, name: str, part: str, limit: str) -> None:
        super().__init__(
            tr(
                "“{name}”里的“{part}”部分过大（超过 {limit}），无法安全读取。请在 Excel 中新建一个工作簿，"
                "把数据复制过去（选择性粘贴为“值”），保存为 .xlsx 后再导入。没有写入任何数据。",
                name=name,
                part=part,
                limit=limit,
            )
        )


class SheetTooManyParts(SheetTooLarge):
    def __init__(self, name: str, limit: int) -> None:
        super().__init__(
            tr(
                "“{name}”里的部件超过 {limit:,} 个，不像是正常的 Excel 工作簿。请在 Excel 中打开它，"
                "另存为新的 .xlsx 后再导入。没有写入任何数据。",
                name=name,
                limit=limit,
            )
        )


class SheetSuspicious(SheetTooLarge):
    """A part packed far tighter than any real spreadsheet (a zip bomb)."""

    def __init__(self, name: str, part: str, limit: int) -> None:
        super().__init__(
            tr(
                "“{name}”里的“{part}”压缩比超过 {limit:,} 倍，远超正常的表格，可能已损坏或是恶意构造的文件，"
                "没有读取。请在 Excel 中打开它，另存为新的 .xlsx 后再导入。没有写入任何数据。",
                name=name,
                part=part,
                limit=limit,
            )
        )


class SheetUnreadable(SheetError):
    def __init__(self, name: str, detail: str) -> None:
        super().__init__(
            f"无法读取“{name}”（{detail}）。请确认它是 Excel 工作簿（.xlsx）或 CSV 文件，"
            f"并且没有在 Excel 等程序中打开。{NOTHING_WRITTEN}"
        )


class SheetPartDamaged(SheetUnreadable):
    """A part of a workbook that does not match its zip entry or is not plain XML (a DTD)."""

    def __init__(self, name: str, part: str) -> None:
        SheetError.__init__(
            self,
            tr(
                "“{name}”里的“{part}”部分与文件记录的大小或内容不符，文件已损坏或被改动过，没有读取。"
                "请在 Excel 中打开它，另存为新的 .xlsx 后再导入。没有写入任何数据。",
                name=name,
                part=part,
            ),
        )


class SheetPartTooComplex(SheetTooLarge):
    """One part of a workbook with more entries than a reader may keep in memory."""

    def __init__(self, name: str, part: str, limit: int) -> None:
        super().__init__(
            tr(
                "“{name}”里的“{part}”部分超过 {limit:,} 个条目，无法安全读取。请在 Excel 中新建一个工作簿，"
                "把数据复制过去（选择性粘贴为“值”），保存为 .xlsx 后再导入。没有写入任何数据。",
                name=name,
                part=part,
                limit=limit,
            )
        )


class SheetTagTooLong(SheetTooLarge):
    """One tag, comment or declaration of a workbook's XML longer than any real one."""

    def __init__(self, name: str, part: str, limit: str) -> None:
        super().__init__(
            tr(
                "“{name}”里的“{part}”部分有一段连续超过 {limit} 的内容，不像是正常的表格，没有读取。"
                "请在 Excel 中打开它，另存为新的 .xlsx 后再导入。没有写入任何数据。",
                name=name,
                part=part,
                limit=limit,
            )
        )


class SheetCsvMalformed(SheetUnreadable):
    """A CSV record the csv module cannot read (an unclosed quote, a NUL character)."""

    def __init__(self, name: str, line: int) -> None:
        SheetError.__init__(
            self,
            tr(
                "“{name}”第 {line} 行的格式有误（如引号不成对），无法读取。请在 Excel 中打开它，"
                "另存为 Excel 工作簿（.xlsx）后再导入。没有写入任何数据。",
                name=name,
                line=line,
            ),
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
