"""Sentences the data layer writes for people, in Chinese, and how the app can translate them.

``db/`` never imports Qt, yet some of its sentences are shown in the app (validation messages,
the reasons under the compliance figures, the returns' pre-flight). They are built with
:func:`tr`, which returns a :class:`Text`: a ``str`` whose value is the Chinese sentence — so
the command line, JSON, PDFs and every comparison see exactly the Chinese they always did — and
which also keeps the Chinese ``template`` and its ``params``. The app
(:func:`desktop.common.i18n.text`) translates the template under the context ``db`` and formats it
with the params translated in turn.

A param that needs translating is itself a :class:`Text` (a nested :func:`tr`), a
:class:`Label` (a Chinese label that is data: field, enumeration and ledger names, translated
under ``Labels``) or a :class:`Joined` list of those. Numbers, dates' parts, ID numbers and
values people typed stay plain params.

``build_scripts/build_translations.py`` collects every ``tr("…")`` with a literal template from
``db/`` into ``resources/translations/shequ_en.ts``: keep the template a literal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

CONTEXT = "db"  # the translation context of the templates


class Label(str):
    """A Chinese label that is data (a field, enumeration or ledger name); translated as a label."""

    __slots__ = ()


class Joined(str):
    """Labels or texts in a list: ``、``-separated in Chinese; ``items`` translated one by one."""

    items: tuple[str, ...]
    separator: str

    def __new__(cls, items: Iterable[str], separator: str = "、") -> Joined:
        parts = tuple(items)
        value = super().__new__(cls, separator.join(parts))
        value.items = parts
        value.separator = separator
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.items, self.separator))


class Text(str):
    """A Chinese sentence (its ``str`` value) with the template and params it was made from."""

    template: str
    params: Mapping[str, Any]

    def __new__(cls, template: str, params: Mapping[str, Any]) -> Text:
        value = super().__new__(cls, template.format(**params))
        value.template = template
        value.params = dict(params)
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.template, dict(self.params)))

    def __repr__(self) -> str:
        return f"Text({str.__repr__(self)})"


def tr(template: str, /, **params: Any) -> Text:
    """The sentence ``template`` (Chinese, with ``{name}`` placeholders) filled with ``params``."""
    return Text(template, params)


def date_text(day: date) -> Text:
    """A date as Chinese documents write it (2026年3月5日); English shows 2026-03-05."""
    return tr("{y}年{m}月{d}日", y=day.year, m=day.month, d=day.day)


def joined(items: Iterable[str]) -> Joined:
    """``a、b、c`` (each item a :class:`Label` or :class:`Text` when it should be translated)."""
    return Joined(items)
