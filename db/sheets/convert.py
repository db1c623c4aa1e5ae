"""Cell values as offices type them, converted to the values the ledgers store.

Each converter takes what a sheet cell holds (text, a number, a date, None) and returns a
:class:`Converted`: the stored value (a date, integer fen, an enumeration code, …) and, when the
reading needed a guess, a warning to show. A value that cannot be read raises :class:`CellProblem`
with a stable code (``"<field>.<rule>"``) and a Chinese message naming the field.

What is understood:

* dates: date cells, Excel serial numbers (``45047``), ``2023-05-01``, ``2023/5/1``, ``2023.5.1``,
  ``2023年5月1日``, ``20230501``; a month alone (``2003.07``, ``2003年7月``, or the number
  ``2003.07`` Excel made of it) is the 1st of that month and a year alone is 1 January, each
  with a warning;
* money in 元: ``1,234.50``, ``1234.5元``, ``￥800``, ``1.2万元`` (also a column headed in 万元)
  → integer fen;
* enumerations by their Chinese label, their code or a common short form (``大专``, ``低保``);
  several at once separated by ``、`` ``,`` ``;`` ``/`` or spaces;
* yes/no as ``是/否``, ``有/无``, ``√/×``, ``Y/N``, ``1/0``;
* ID numbers typed as text (spaces, a leading apostrophe, a lower-case ``x``); one Excel has turned
  into a number (``1.50802E+17``) has lost its last digits and is refused with a message saying
  how to keep the column as text;
* full-width digits and punctuation anywhere.

Text is read by :mod:`db.typed`, the one reading of typed values the record form uses too; this
module adds what only cells have (date cells, Excel's numbers and serials, a column in 万元) and
the import's leniency (a month or a year alone, with a warning; a two-digit year is refused).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from db import typed
from db.enums import CodedEnum, join_codes
from db.forms import Input
from db.i18n import Label, tr
from db.sheets.spec import ENUM_ALIASES, NO_WORDS, YES_WORDS, SheetField, bare_header, normalize_header


class CellProblem(ValueError):
    """A cell whose value cannot be read as its column's type."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Converted:
    """A converted cell: the stored value (None when the cell is blank) and an optional warning."""

    value: Any
    warning: tuple[str, str] | None = None  # (code, message)


BLANK = Converted(None)

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel counts a 29 February 1900 that never was)
_SERIAL_MIN, _SERIAL_MAX = 61, 2_958_465  # 1900-03-01 … 9999-12-31
_YEAR_MIN, _YEAR_MAX = typed.YEAR_MIN, typed.YEAR_MAX


def unify(text: str) -> str:
    """Full-width characters as half-width, surrounding white space removed."""
    return unicodedata.normalize("NFKC", text).strip()


def is_blank(raw: Any) -> bool:
    """Whether a cell counts as empty (None, or only white space)."""
    if raw is None:
        return True
    if isinstance(raw, str):
        return not raw.strip()
    return False


def _shown(raw: Any) -> str:
    """A cell value as it is named in a message."""
    if isinstance(raw, datetime):
        return raw.date().isoformat() if raw.time() == datetime.min.time() else raw.isoformat(sep=" ")
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e15:
        return str(int(raw))
    return str(raw).strip()


# ---------------------------------------------------------------------------------------
# Dates: text is read by db.typed (the record form reads it the same way)


def _bad_date(label: str, raw: Any) -> CellProblem:
    return _problem(typed.bad_date(label, _shown(raw)))


def _problem(unreadable: typed.Unreadable) -> CellProblem:
    return CellProblem(unreadable.rule, unreadable.message)


def _make_date(label: str, raw: Any, year: int, month: int, day: int) -> date:
    try:
        return typed.make_date(label, _shown(raw), year, month, day)
    except typed.Unreadable as unreadable:
        raise _problem(unreadable) from None


def _month_warning(label: str, raw: Any, day: date) -> tuple[str, str]:
    return (
        "month_only",
        tr(
            "{label}“{value}”只写了年月，已按 {year}年{month}月1日 导入，如知道具体日期请改正",
            label=Label(label),
            value=_shown(raw),
            year=day.year,
            month=day.month,
        ),
    )


def _year_warning(label: str, raw: Any, year: int) -> tuple[str, str]:
    return (
        "year_only",
        tr(
            "{label}“{value}”只写了年份，已按 {year}年1月1日 导入，如知道具体日期请改正",
            label=Label(label),
            value=_shown(raw),
            year=year,
        ),
    )


def parse_date(raw: Any, label: str = "日期") -> Converted:
    """A date from a date cell, an Excel serial number or text (see the module docstring)."""
    if is_blank(raw):
        return BLANK
    if isinstance(raw, datetime):
        return Converted(raw.date())
    if isinstance(raw, date):
        return Converted(raw)
    if isinstance(raw, bool):
        raise _bad_date(label, raw)
    if isinstance(raw, (int, float, Decimal)):
        return _date_from_number(raw, label)
    text = str(raw)
    try:
        found = typed.read_date_parts(text, label, short_year=False)
    except typed.Unreadable as unreadable:
        iso = typed.iso_datetime_date(text)  # a date-time copied from another program
        if iso is not None:
            return Converted(iso)
        raise _problem(unreadable) from None
    assert found is not None
    day, precision = found
    if precision is typed.Precision.MONTH:
        return Converted(day, _month_warning(label, raw, day))
    if precision is typed.Precision.YEAR:
        return Converted(day, _year_warning(label, raw, day.year))
    return Converted(day)


def _date_from_number(raw: float | int | Decimal, label: str) -> Converted:
    number = float(raw)
    if not math.isfinite(number) or number <= 0:
        raise _bad_date(label, raw)
    if number.is_integer():
        whole = int(number)
        if _YEAR_MIN <= whole <= _YEAR_MAX:
            return Converted(date(whole, 1, 1), _year_warning(label, raw, whole))
        if 19000101 <= whole <= 21001231:
            text = str(whole)
            return Converted(_make_date(label, raw, int(text[:4]), int(text[4:6]), int(text[6:])))
        if _SERIAL_MIN <= whole <= _SERIAL_MAX:
            return Converted(EXCEL_EPOCH + timedelta(days=whole))
        raise _bad_date(label, raw)
    year = int(number)
    if _YEAR_MIN <= year <= _YEAR_MAX:
        # "2003.07" typed into a General cell: Excel keeps the number 2003.07 ("2003.10" becomes 2003.1)
        fraction = f"{Decimal(repr(number)) - year}"[2:]
        if 1 <= len(fraction) <= 2 and 1 <= int(fraction) <= 12:
            month = int(fraction)
            day = date(year, month, 1)
            message = tr(
                "{label}“{value}”被 Excel 存成了数字，已按 {year}年{month}月1日 导入{maybe_october}；"
                "为避免误读，请把日期写成 2003-07-01 的样式",
                label=Label(label),
                value=_shown(raw),
                year=year,
                month=month,
                maybe_october=tr("（如原来写的是 10 月请改正）") if month == 1 and len(fraction) == 1 else "",
            )
            return Converted(day, ("number_as_month", message))
        raise _bad_date(label, raw)
    if _SERIAL_MIN <= number <= _SERIAL_MAX:  # a serial with a time of day
        return Converted(EXCEL_EPOCH + timedelta(days=int(number)))
    raise _bad_date(label, raw)


# ---------------------------------------------------------------------------------------
# Numbers and money: text is read by db.typed (the record form reads it the same way)


def _number_decimal(raw: float | int | Decimal) -> Decimal:
    if isinstance(raw, float):
        if not math.isfinite(raw):
            raise ValueError(raw)
        value = Decimal(repr(raw))
        rounded = value.quantize(Decimal("0.000001"))
        return rounded.normalize() if abs(rounded - value) < Decimal("1e-9") else value
    if isinstance(raw, Decimal) and not raw.is_finite():
        raise ValueError(raw)
    return Decimal(raw)


def _not_a(rule: str, label: str, raw: Any) -> CellProblem:
    """The refusal of a cell that is not text and not a number of the right kind."""
    shown = _shown(raw)
    if rule == "not_money":
        return CellProblem(
            rule, tr("{label}“{value}”不是金额，请只填写数字（单位：元），如 1234.50", label=Label(label), value=shown)
        )
    if rule == "not_number":
        return CellProblem(
            rule, tr("{label}“{value}”不是数字，请只填写数字，如 120.5", label=Label(label), value=shown)
        )
    return CellProblem(rule, tr("{label}“{value}”应为整数，请只填写数字", label=Label(label), value=shown))


def parse_money(raw: Any, label: str = "金额", *, scale: int = 1) -> Converted:
    """An amount in 元 (or in 万元 with ``scale=10000``, or written ``1.2万``) as integer fen."""
    if is_blank(raw):
        return BLANK
    if isinstance(raw, (bool, date, datetime)):
        raise _not_a("not_money", label, raw)
    if isinstance(raw, str):
        try:
            return Converted(typed.read_money(raw, label, scale=scale))
        except typed.Unreadable as unreadable:
            raise _problem(unreadable) from None
    try:
        amount = _number_decimal(raw)
    except ValueError:
        raise _not_a("not_money", label, raw) from None
    fen = amount * Decimal(scale) * 100
    if fen != fen.to_integral_value():
        # float noise such as 0.30000000000000004 was already rounded away; this is a real third decimal
        raise CellProblem(
            "too_precise",
            tr("{label}“{value}”超过了两位小数（精确到分），请核对", label=Label(label), value=_shown(raw)),
        )
    return Converted(int(fen))


def parse_number(raw: Any, label: str = "数值") -> Converted:
    """A decimal number (an area, hours); a unit after it is ignored (``120平方米``)."""
    if is_blank(raw):
        return BLANK
    if isinstance(raw, (bool, date, datetime)):
        raise _not_a("not_number", label, raw)
    if isinstance(raw, (int, float, Decimal)):
        number = float(raw)
        if not math.isfinite(number):
            raise _not_a("not_number", label, raw)
        return Converted(number)
    try:
        found = typed.read_number(str(raw), label)
    except typed.Unreadable as unreadable:
        raise _problem(unreadable) from None
    return Converted(None if found is None else float(found))


def parse_integer(raw: Any, label: str = "数值") -> Converted:
    """A whole number (a count, a year): ``12``, ``12人``, ``2024年``, ``12.0``."""
    if is_blank(raw):
        return BLANK
    if isinstance(raw, (bool, date, datetime)):
        raise _not_a("not_integer", label, raw)
    if isinstance(raw, int):
        return Converted(raw)
    if isinstance(raw, (float, Decimal)):
        if not math.isfinite(float(raw)) or float(raw) != int(raw):
            raise _not_a("not_integer", label, raw)
        return Converted(int(raw))
    try:
        return Converted(typed.read_integer(str(raw), label))
    except typed.Unreadable as unreadable:
        raise _problem(unreadable) from None


def parse_year(raw: Any, label: str = "年度") -> Converted:
    """A year: ``2024``, ``2024年``, ``2024年度``, or the year of a date cell."""
    if isinstance(raw, datetime):
        return Converted(raw.year)
    if isinstance(raw, date):
        return Converted(raw.year)
    return parse_integer(raw, label)


# ---------------------------------------------------------------------------------------
# Yes / no, choices


def parse_flag(raw: Any, label: str = "") -> Converted:
    """``是``/``否`` (``有/无``, ``√/×``, ``Y/N``, ``1/0`` …) as True / False; blank as None."""
    if is_blank(raw):
        return BLANK
    if isinstance(raw, bool):
        return Converted(raw)
    if isinstance(raw, (int, float)) and raw in (0, 1):
        return Converted(bool(raw))
    word = normalize_header(raw)
    if word in YES_WORDS:
        return Converted(True)
    if word in NO_WORDS:
        return Converted(False)
    raise CellProblem("not_flag", f"{label}“{_shown(raw)}”应填“是”或“否”")


def _choice_index(enum_cls: type[CodedEnum]) -> dict[str, str]:
    index: dict[str, str] = {}
    for member in enum_cls:
        for word in (member.label, member.value):
            normalized = normalize_header(word)
            index.setdefault(normalized, member.value)
            index.setdefault(bare_header(normalized), member.value)
    for word, code in ENUM_ALIASES.get(enum_cls, {}).items():
        index.setdefault(normalize_header(word), code)
    return index


_CHOICE_INDEXES: dict[type[CodedEnum], dict[str, str]] = {}


# choice_code of the texts met (a column repeats a few words thousands of times); bounded, since
# the texts come from outside
_CHOICE_MEMO: dict[tuple[type[CodedEnum], str], str | None] = {}
_CHOICE_MEMO_SIZE = 4096


def choice_code(enum_cls: type[CodedEnum], raw: Any) -> str | None:
    """The code an office's word stands for (label, code or a common short form), or None."""
    if not isinstance(raw, str):
        return _choice_code(enum_cls, raw)
    key = (enum_cls, raw)
    if key in _CHOICE_MEMO:
        return _CHOICE_MEMO[key]
    found = _choice_code(enum_cls, raw)
    if len(_CHOICE_MEMO) < _CHOICE_MEMO_SIZE:
        _CHOICE_MEMO[key] = found
    return found


def _choice_code(enum_cls: type[CodedEnum], raw: Any) -> str | None:
    index = _CHOICE_INDEXES.get(enum_cls)
    if index is None:
        index = _CHOICE_INDEXES[enum_cls] = _choice_index(enum_cls)
    word = normalize_header(raw)
    if not word:
        return None
    found = index.get(word) or index.get(bare_header(word))
    if found is not None:
        return found
    # one label containing the word, or the word containing one label ("中共正式党员" → 正式党员)
    matches = {
        member.value
        for member in enum_cls
        if len(word) >= 2 and (word in normalize_header(member.label) or normalize_header(member.label) in word)
    }
    return matches.pop() if len(matches) == 1 else None


def _choices_text(enum_cls: type[CodedEnum]) -> str:
    return "、".join(member.label for member in enum_cls)


def parse_choice(enum_cls: type[CodedEnum], raw: Any, label: str = "") -> Converted:
    """One enumeration code from its label (or code, or a common short form)."""
    if is_blank(raw):
        return BLANK
    code = choice_code(enum_cls, raw)
    if code is not None:
        return Converted(code)
    other = enum_cls.from_code("other")
    if other is not None and enum_cls.__name__ == "Ethnicity" and str(raw).strip().endswith("族"):
        message = f"{label}“{_shown(raw)}”不在可选的民族中，已记为“{other.label}”"
        return Converted(other.value, ("other_ethnicity", message))
    raise CellProblem("unknown_choice", f"{label}“{_shown(raw)}”不是可选的项目，可填：{_choices_text(enum_cls)}")


_SPLIT = re.compile(r"[、,，;；/／|\s]+")


def parse_choices(enum_cls: type[CodedEnum], raw: Any, label: str = "") -> Converted:
    """Several enumeration codes (``生活照料、医疗``) as stored: comma-joined, sorted."""
    if is_blank(raw):
        return BLANK
    codes: list[str] = []
    unknown: list[str] = []
    for part in _SPLIT.split(unify(str(raw))):
        if not part:
            continue
        code = choice_code(enum_cls, part)
        if code is None:
            unknown.append(part)
        else:
            codes.append(code)
    if unknown:
        raise CellProblem(
            "unknown_choice",
            f"{label}里的“{'、'.join(unknown)}”不是可选的项目，可填：{_choices_text(enum_cls)}（多项用“、”分开）",
        )
    return Converted(join_codes(codes))


# ---------------------------------------------------------------------------------------
# Text, ID numbers, phones


def text_of(raw: Any) -> str:
    """A cell as text: numbers without a trailing ``.0``, dates as ``2023-05-01``, trimmed."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "是" if raw else "否"
    if isinstance(raw, datetime):
        return _shown(raw)
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, float):
        if raw.is_integer() and abs(raw) < 1e15:
            return str(int(raw))
        return repr(raw)
    return str(raw).strip()


def parse_text(raw: Any, label: str = "") -> Converted:
    text = text_of(raw)
    return Converted(text) if text else BLANK


_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?e\+?\d+$", re.IGNORECASE)


def _excel_number_problem(label: str, raw: Any) -> CellProblem:
    return CellProblem(
        "excel_number",
        f"{label}“{_shown(raw) if not isinstance(raw, float) else format(raw, '.6g')}”在 Excel 里被存成了数字，"
        "后几位已经丢失；请把这一列的单元格格式设为“文本”，重新填写身份证号后再导入",
    )


def parse_id_number(raw: Any, label: str = "身份证号") -> Converted:
    """An ID number as stored (normalized); a number Excel has rounded is refused."""
    if is_blank(raw):
        return BLANK
    if isinstance(raw, bool):
        raise CellProblem("chars", f"{label}“{raw}”不是身份证号")
    if isinstance(raw, float):
        if raw >= 1e15 or not raw.is_integer():
            raise _excel_number_problem(label, raw)
        return Converted(str(int(raw)))
    if isinstance(raw, int):
        return Converted(str(raw))
    number = typed.read_id_number(str(raw))
    if _SCIENTIFIC.match(number):
        raise _excel_number_problem(label, raw)
    return Converted(number)


def parse_phone(raw: Any, label: str = "联系电话") -> Converted:
    """A phone number (or several) as stored: mobiles as 11 digits, fixed lines ``0478-8123456``."""
    if is_blank(raw):
        return BLANK
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return Converted(typed.read_phone(str(raw)))


# ---------------------------------------------------------------------------------------
# By column


def convert_cell(column: SheetField, raw: Any, *, scale: int = 1) -> Converted:
    """Read one cell as ``column``'s stored type; :class:`CellProblem` (code ``<field>.<rule>``) if it cannot be.

    Linked records (``Input.RECORD``) come back as the name written in the cell; the import
    looks the record up (:mod:`db.sheets.preview`). ``scale`` multiplies money (10000 for 万元).
    """
    label = column.label
    try:
        kind = column.input
        if kind is Input.DATE:
            return parse_date(raw, label)
        if kind is Input.MONEY:
            return parse_money(raw, label, scale=scale)
        if kind is Input.INTEGER:
            if column.name in ("year", "fiscal_year"):
                return parse_year(raw, label)
            return parse_integer(raw, label)
        if kind is Input.NUMBER:
            return parse_number(raw, label)
        if kind is Input.FLAG:
            return parse_flag(raw, label)
        if kind is Input.CHOICE and column.enum is not None:
            return parse_choice(column.enum, raw, label)
        if kind is Input.CHOICES and column.enum is not None:
            return parse_choices(column.enum, raw, label)
        if kind is Input.ID_NUMBER:
            return parse_id_number(raw, label)
        if kind is Input.PHONE:
            return parse_phone(raw, label)
        return parse_text(raw, label)
    except CellProblem as problem:
        if "." in problem.code:
            raise
        raise CellProblem(f"{column.name}.{problem.code}", problem.message) from None


def money_scale(header: str) -> int:
    """10000 for a column headed in 万元 (``金额（万元）``), else 1."""
    return 10000 if "万元" in unicodedata.normalize("NFKC", header) else 1


def convert_row(
    columns: Mapping[str, SheetField], raw: Mapping[str, Any], scales: Mapping[str, int] | None = None
) -> tuple[dict[str, Any], list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Convert the cells of one row: (values, errors, warnings); issues as (field, code, message).

    Blank cells are left out of ``values``.
    """
    values: dict[str, Any] = {}
    errors: list[tuple[str, str, str]] = []
    warnings: list[tuple[str, str, str]] = []
    for name, cell in raw.items():
        column = columns.get(name)
        if column is None:
            continue
        try:
            converted = convert_cell(column, cell, scale=(scales or {}).get(name, 1))
        except CellProblem as problem:
            errors.append((name, problem.code, problem.message))
            continue
        if converted.value is not None and converted.value != "":
            values[name] = converted.value
        if converted.warning is not None:
            code, message = converted.warning
            warnings.append((name, f"{name}.{code}", message))
    return values, errors, warnings
