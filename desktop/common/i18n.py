"""Translating the Chinese labels that come from ``db/`` as data.

Enumeration labels (``StaffPosition.SECRETARY.label`` = "党组织书记"), field labels
(``db.validation.field_label("id_number")`` = "身份证号"), ledger names and the form's units,
headings and hints are Chinese data, not string literals, so they are translated here under the
context ``Labels``. ``build_scripts/build_translations.py update`` writes every one of them into
``resources/translations/shequ_en.ts``; in Chinese (the default) ``label`` returns its argument.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.i18n import CONTEXT as TEXT_CONTEXT
from db.i18n import Joined, Label, Text
from db.periods import Period

CONTEXT = "Labels"
_LIST_SEPARATOR = QT_TRANSLATE_NOOP("db", "、")  # between the items of a db.i18n.Joined list


def label(text: str) -> str:
    """The label ``text`` in the language of the interface (itself when there is no translation)."""
    if not text:
        return text
    return QCoreApplication.translate(CONTEXT, text)


def text(value: str) -> str:
    """A sentence from ``db/`` in the language of the interface.

    A :class:`db.i18n.Text` has its template translated under the context ``db`` and filled
    with its params, themselves translated (a nested ``Text``, a :class:`~db.i18n.Label`, a
    :class:`~db.i18n.Joined` list); numbers and values people typed are kept. Anything else — a
    plain ``str``, a template without translation, a translation that cannot be filled — is
    returned as it is (the Chinese), never an exception.
    """
    if isinstance(value, Text):
        translated = QCoreApplication.translate(TEXT_CONTEXT, value.template)
        if not translated or translated == value.template:
            return str(value)
        try:
            return translated.format(**{name: _param(param) for name, param in value.params.items()})
        except (KeyError, IndexError, ValueError, TypeError, AttributeError):
            return str(value)
    if isinstance(value, Label):
        return label(value)
    if isinstance(value, Joined):
        separator = (
            QCoreApplication.translate(TEXT_CONTEXT, str(_LIST_SEPARATOR))
            if value.separator == "、"
            else value.separator
        )
        return separator.join(text(item) for item in value.items)
    return value


def error_text(exc: BaseException) -> str:
    """A refusal from ``db/`` (a :class:`db.errors.ShequError` built from a :class:`db.i18n.Text`)
    in the language of the interface; its Chinese when it has no translation."""
    message = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
    return text(message)


def _param(value: object) -> object:
    if isinstance(value, str):
        return text(value)
    return value  # numbers keep their type, so that a translation may write {m:02}


_QUARTERS = (
    QT_TRANSLATE_NOOP("Periods", "{0}年第一季度"),
    QT_TRANSLATE_NOOP("Periods", "{0}年第二季度"),
    QT_TRANSLATE_NOOP("Periods", "{0}年第三季度"),
    QT_TRANSLATE_NOOP("Periods", "{0}年第四季度"),
)


def period_label(period: Period) -> str:
    """A reporting period as people read it: 2026年第三季度 (as the return and official documents
    write it, :attr:`db.periods.Period.label`), or "Q3 2026" in English."""
    year = period.year
    if period.kind == "year":
        return QCoreApplication.translate("Periods", "{0}年").format(year)
    if period.kind == "half":
        if period.start.month == 1:
            return QCoreApplication.translate("Periods", "{0}年上半年").format(year)
        return QCoreApplication.translate("Periods", "{0}年下半年").format(year)
    if period.kind == "quarter":
        quarter = (period.start.month - 1) // 3
        return QCoreApplication.translate("Periods", str(_QUARTERS[quarter])).format(year)
    return QCoreApplication.translate("Periods", "{0}年{1}月").format(year, period.start.month)
