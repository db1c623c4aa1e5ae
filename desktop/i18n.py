"""Translating the Chinese labels that come from ``db/`` as data.

Enumeration labels (``StaffPosition.SECRETARY.label`` = "党组织书记"), field labels
(``db.validation.field_label("id_number")`` = "身份证号"), ledger names and the form's units,
headings and hints are Chinese data, not string literals, so they are translated here under the
context ``Labels``. ``build_scripts/build_translations.py update`` writes every one of them into
``resources/translations/shequ_en.ts``; in Chinese (the default) ``label`` returns its argument.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Labels"


def label(text: str) -> str:
    """The label ``text`` in the language of the interface (itself when there is no translation)."""
    if not text:
        return text
    return QCoreApplication.translate(CONTEXT, text)
