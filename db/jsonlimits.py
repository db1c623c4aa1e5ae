"""JSON from outside (a file someone gives us, a bundle's content), read with a nesting limit.

:func:`json.loads` recurses once per ``[`` or ``{``, so a file of ``[[[[…`` a few thousand deep
ends in :class:`RecursionError` — a crash, not an answer. :func:`loads` first checks the text
without recursion; nesting deeper than :data:`MAX_DEPTH` is refused with :class:`TooDeep` (a
``ValueError``, so a caller's "not valid JSON" branch still catches it, and its ``str()`` names the
limit for the caller's message) before the parser sees it. A 10 MB ``[[[[…`` costs one linear scan
that stops at the limit.

The check: strings are cut out and everything but brackets dropped (C-speed regular
expressions); then innermost ``[]`` pairs are removed, one level per pass, at most ``limit``
passes — empty by then means no deeper. Anything else (deeper, or brackets that do not pair up)
is measured exactly by one left-to-right scan of the tokens.

Standard library only, so any module may use it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from db.i18n import Text, tr

# The deepest nesting accepted: our own files are a few levels deep (a bundle row is 3).
MAX_DEPTH = 64

_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*"'
_STRINGS = re.compile(_STRING, re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_TOKENS = re.compile(_STRING + r"?|[\[\]{}]", re.DOTALL)  # a string never closed runs to the end
_SQUARE = str.maketrans("{}", "[]")


class TooDeep(ValueError):
    """The JSON nests deeper than the limit; ``str()`` is a Chinese clause naming the limit."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.text: Text = tr("JSON 内容嵌套超过 {limit} 层，超出允许的上限", limit=limit)
        super().__init__(self.text)

    def __str__(self) -> str:
        return str(self.text)


def nesting_depth(text: str, stop_after: int | None = None) -> int:
    """The deepest nesting of ``[`` / ``{`` in ``text`` outside string literals (0 for a scalar),
    in one scan without recursion; with ``stop_after`` the scan ends as soon as the depth passes
    it. Brackets that do not pair up are counted as they come (the parser reports them); the text
    after a string never closed is inside that string."""
    depth = deepest = 0
    for match in _TOKENS.finditer(text):
        first = match.group()[0]
        if first in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if stop_after is not None and deepest > stop_after:
                    break
        elif first in "]}":
            depth = max(depth - 1, 0)
    return deepest


def _within(text: str, limit: int) -> bool:
    """Whether ``text`` certainly nests no deeper than ``limit`` (False: measure it exactly)."""
    brackets = _NOT_BRACKETS.sub("", _STRINGS.sub("", text)).translate(_SQUARE)
    for _ in range(limit):
        if not brackets:
            return True
        shorter = brackets.replace("[]", "")
        if len(shorter) == len(brackets):
            return False
        brackets = shorter
    return not brackets


def check_depth(text: str, limit: int = MAX_DEPTH) -> None:
    """:class:`TooDeep` when ``text`` nests deeper than ``limit``."""
    if not _within(text, limit) and nesting_depth(text, stop_after=limit) > limit:
        raise TooDeep(limit)


def loads(text: str | bytes, limit: int = MAX_DEPTH) -> Any:
    """:func:`json.loads` of ``text`` (bytes decoded as :func:`json.loads` would) after
    :func:`check_depth`: :class:`TooDeep` when deeper than ``limit``, ``json.JSONDecodeError`` or
    ``UnicodeDecodeError`` (both ``ValueError``) when it is not JSON. Never :class:`RecursionError`."""
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode(json.detect_encoding(text), "surrogatepass")
    check_depth(text, limit)
    try:
        return json.loads(text)
    except RecursionError:  # not reachable within the limit; kept so that it can never escape
        raise TooDeep(limit) from None
