"""Pinyin sort keys: Chinese text in the order people expect, kept with the record.

Lists sort names by pinyin (拼音), as a clerk expects, not by code point (where 张 comes after
王 and 阿 far after 周). The order is stored: a text column people sort by has a derived column
``<field>_sort`` holding :func:`pinyin_key` of its value, written on every write path
(:mod:`db.audit` for the ORM, the bulk paths through :func:`with_sort_keys` and
:func:`refresh_sort_keys`) and ordered by in SQL (:mod:`db.listing`), so a list of 100,000
records sorts in the database, by an index where lists sort by default.

The key is a plain ASCII string: SQLite's BINARY collation and PostgreSQL's ``"C"`` collation
compare it byte by byte in the intended order. The text is read character by character, each
character giving one segment, and keys compare segment by segment (as a dictionary or Excel's
pinyin sort does, so one surname's people stay together):

* a Chinese character pypinyin knows: its tone-less syllable, its tone (1–4, 5 for the
  neutral tone) and the code point in three base-62 digits — 张 ``zhang16Km``, 章
  ``zhang18BM``: same syllable and tone, then the character, so 张 and 章 never mix;
* a Latin letter (also full-width Ａ, accented é): the letter in lower case and ``0`` — Latin
  words sort with the pinyin of the same letters, just before them (``Li`` before 李, ``B``
  after 安 and before 八), without regard to case (the text itself then orders ``A`` and ``a``);
* a run of digits (ASCII or full-width): ``#``, the number of digits (leading zeros dropped) in
  two places, the digits — so 2号楼 comes before 10号楼; digits come before letters;
* spaces and punctuation: ``!`` and the code point in six hex digits (before everything else);
* anything else — a rare character pypinyin does not know (𠮷), another script, a symbol:
  ``~`` and the code point in six hex digits, after every known character at the same
  position, never dropped.

Readings come from pypinyin without heteronyms (its most common reading of each character),
using its phrase dictionary: 长大 is ``zhang3 da4``, 重庆 ``chong2 qing4``. A polyphonic
surname therefore sorts by its common reading (曾 as ceng, 单 as dan), consistently, so its
people still stay together. Leading and trailing white space is ignored; only the first
:data:`KEY_CHARS` characters make the key, with the rest of a number they would cut (a list orders
by the key, then the text itself, then the id, so longer texts still come in a stable order).

pypinyin (MIT) and its dictionaries are imported on the first key made, never at start-up.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from sqlalchemy import Table

SORT_SUFFIX = "_sort"
SORT_KEY_OF = "sort_key_of"  # in a derived column's ``info``: the text column it orders
KEY_CHARS = 24  # the characters of a text that make its key

_SYLLABLE = re.compile(r"([a-z]+)([1-5]?)")
_DIGITS = "0123456789"
_MAX_RUN = 99


def sort_column_name(field: str) -> str:
    """The derived column that orders ``field``: ``name`` → ``name_sort``."""
    return field + SORT_SUFFIX


@functools.cache
def _pinyin_dict() -> Mapping[int, str]:
    from pypinyin.pinyin_dict import pinyin_dict

    known: Mapping[int, str] = pinyin_dict
    return known


@functools.cache
def _phrases() -> Mapping[str, list[list[str]]]:
    from pypinyin.phrases_dict import phrases_dict

    phrases: Mapping[str, list[list[str]]] = phrases_dict
    return phrases


def warm_up() -> None:
    """Load pypinyin's dictionaries now (about 0.5 s), so the first save does not wait for them."""
    _pinyin_dict()
    _phrases()


@functools.lru_cache(maxsize=4096)
def _tone3(marked: str) -> str:
    """A syllable with its tone mark (``zhāng``) as tone-less letters and a tone digit (``zhang1``)."""
    from pypinyin import Style
    from pypinyin.style import convert

    numbered = str(convert(marked, Style.TONE3, strict=True))
    return numbered if numbered[-1:].isdigit() else numbered + "5"  # the neutral tone


def readings(run: str) -> list[str]:
    """pypinyin's reading of each character of ``run`` (characters it knows), tone-numbered.

    The same as ``lazy_pinyin(run, style=Style.TONE3, neutral_tone_with_five=True)`` — its
    segmentation into the words of its phrase dictionary, each word's reading there, else each
    character's first reading — without its per-character style machinery, ten times slower.
    """
    from pypinyin.seg.simpleseg import seg

    known, phrases = _pinyin_dict(), _phrases()
    marked: list[str] = []
    for word in seg(run):
        phrase = phrases.get(word) if len(word) > 1 else None
        if phrase is not None and len(phrase) == len(word):
            marked.extend(options[0] for options in phrase)
        else:
            marked.extend(known[ord(char)].split(",")[0] for char in word)
    if len(marked) != len(run):  # a segmentation that does not cover the run: each character alone
        marked = [known[ord(char)].split(",")[0] for char in run]
    return [_tone3(reading) for reading in marked]


@functools.lru_cache(maxsize=1 << 15)
def _syllables(run: str) -> tuple[str | None, ...]:
    """The segments of a run of known characters, one per character (None: an unusable reading)."""
    segments: list[str | None] = []
    for char, reading in zip(run, readings(run), strict=True):
        match = _SYLLABLE.fullmatch(reading)
        if match is None or ord(char) >= 62**3:
            segments.append(None)
        else:
            segments.append(f"{match[1]}{match[2] or '5'}{_code(char)}")
    return tuple(segments)


_DIGITS62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"  # in ASCII order


def _code(char: str) -> str:
    """A known character's code point in three base-62 digits (every one pypinyin knows is below 62³)."""
    high, rest = divmod(ord(char), 62 * 62)
    return _DIGITS62[high] + _DIGITS62[rest // 62] + _DIGITS62[rest % 62]


def _unknown(char: str) -> str:
    return f"~{ord(char):06x}"


def _digit(char: str) -> str | None:
    base = unicodedata.normalize("NFKD", char)[:1]
    return base if base and base in _DIGITS else None


def _latin(char: str) -> str | None:
    base = unicodedata.normalize("NFKD", char)[:1]
    return base.lower() if base.isascii() and base.isalpha() else None


def _digit_run(digits: str) -> str:
    parts = []
    for start in range(0, len(digits), _MAX_RUN):
        value = digits[start : start + _MAX_RUN].lstrip("0") or "0"
        parts.append(f"#{len(value):02d}{value}")
    return "".join(parts)


def _key_part(text: str) -> str:
    """The first :data:`KEY_CHARS` characters of ``text``, and the rest of a number they cut in two.

    So 24-and-more-digit numbers still sort by value (up to :data:`_MAX_RUN` digits).
    """
    cut = KEY_CHARS
    limit = min(len(text), KEY_CHARS + _MAX_RUN)
    while cut < limit and _digit(text[cut - 1]) is not None and _digit(text[cut]) is not None:
        cut += 1
    return text[:cut]


@functools.lru_cache(maxsize=1 << 16)
def pinyin_key(text: str | None) -> str:
    """The sort key of ``text``: printable ASCII, ordered as people expect (see the module)."""
    if not text:
        return ""
    text = _key_part(text.strip())
    known = _pinyin_dict()
    segments: list[str] = []
    position = 0
    length = len(text)
    while position < length:
        char = text[position]
        if ord(char) in known:
            end = position + 1
            while end < length and ord(text[end]) in known:
                end += 1
            run = text[position:end]
            for char_in_run, segment in zip(run, _syllables(run), strict=True):
                segments.append(segment if segment is not None else _unknown(char_in_run))
            position = end
            continue
        if _digit(char) is not None:
            end = position + 1
            while end < length and _digit(text[end]) is not None:
                end += 1
            segments.append(_digit_run("".join(_digit(c) or "" for c in text[position:end])))
            position = end
            continue
        letter = _latin(char)
        if letter is not None:
            segments.append(f"{letter}0")
        elif unicodedata.category(char)[0] in "PZ" or unicodedata.category(char) == "Cc":
            segments.append(f"!{ord(char):06x}")
        else:
            segments.append(_unknown(char))
        position += 1
    return "".join(segments)


# ---------------------------------------------------------------------------------------
# The derived columns of a table


def sorted_fields(table: Table) -> dict[str, str]:
    """The text columns of ``table`` that have a sort key: field → its ``*_sort`` column."""
    return {str(column.info[SORT_KEY_OF]): column.name for column in table.columns if SORT_KEY_OF in column.info}


def is_sort_column(table: Table, name: str) -> bool:
    """Whether ``name`` is a derived sort-key column of ``table`` (never audited nor exchanged)."""
    column = table.c.get(name)
    return column is not None and SORT_KEY_OF in column.info


def with_sort_keys(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` (a Core insert's or update's values) with the sort keys of the text fields it holds."""
    for field, sort_column in sorted_fields(table).items():
        if field in row:
            row[sort_column] = pinyin_key(row[field])
    return row


class DbApiConnection(Protocol):
    """A DB-API connection with the ``?`` parameter style (``sqlite3``)."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Any: ...


def refresh_sort_keys(conn: DbApiConnection, table: Table, ids: Iterable[str], *, chunk: int = 500) -> int:
    """Write the sort keys of the records ``ids`` of ``table`` from their stored text; how many rows changed.

    For the paths that write rows with plain SQL (the exchange's apply): run in their transaction.
    """
    fields = sorted_fields(table)
    if not fields:
        return 0
    wanted = list(dict.fromkeys(ids))
    sources = list(fields)
    keys = [fields[name] for name in sources]
    listed = ", ".join(f'"{name}"' for name in ["id", *sources, *keys])
    assignments = ", ".join(f'"{name}" = ?' for name in keys)
    changed = 0
    for start in range(0, len(wanted), chunk):
        part = wanted[start : start + chunk]
        marks = ", ".join("?" * len(part))
        rows = conn.execute(f'SELECT {listed} FROM "{table.name}" WHERE id IN ({marks})', part).fetchall()
        updates = []
        for row in rows:
            new = [pinyin_key(row[1 + i]) for i in range(len(sources))]
            old = list(row[1 + len(sources) :])
            if new != old:
                updates.append([*new, row[0]])
        if updates:
            conn.executemany(f'UPDATE "{table.name}" SET {assignments} WHERE id = ?', updates)
            changed += len(updates)
    return changed
