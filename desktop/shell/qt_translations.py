"""Qt's own words — standard buttons, the file, print and colour dialogs — in the user's language.

Qt ships its Chinese catalogue, ``qtbase_zh_CN.qm``, in :func:`qt_translations_folder` (QLibraryInfo's
translations folder: ``PySide6/Qt/translations`` in the virtual environment and, the same, inside the
bundle). The catalogue lags behind Qt's sources, and what it lacks shows in English:

- Qt 6 gave some labels a mnemonic — the file dialog's "Look in:" became "&Look in:", "Files of type:"
  "Files of &type:", the print dialog's "Page Set:" "Page &Set:" — and the catalogue still has only
  the old words;
- some words moved to another context: the file dialog's "Folder", "Drive", "%1 File" are now asked
  for under ``QAbstractFileIconProvider``, the catalogue has them under ``QFileDialog``.

:class:`QtGapTranslator` fills those gaps from the same catalogue: the word without its ``&``
(``查找范围：``) gets the mnemonic the Chinese way (``查找范围(&L)：``), and a moved word is looked up
where the catalogue keeps it. It is installed before the catalogue, so Qt asks it only for what no
other translator knows, and it answers only for Qt's own contexts (their names start with ``Q``).

Sizes and dates in the file dialog come from the system's locale, not the app's: see
:mod:`desktop.common.file_dialogs`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLibraryInfo, QObject, QTranslator

CONTEXTS_MOVED = {"QAbstractFileIconProvider": "QFileDialog"}
"""Qt 6 context → the context the catalogue still has the words under."""

_TRAILING = re.compile(r"(\s*(?:[:：]|\.\.\.|…)?\s*)$")  # a colon or an ellipsis the mnemonic goes before


def qt_translations_folder() -> str:
    """Where Qt's own catalogues are (``qtbase_zh_CN.qm`` …)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def split_mnemonic(text: str) -> tuple[str, str] | None:
    """``"Files of &type:"`` → ``("Files of type:", "T")``; None when ``text`` has no mnemonic
    (``&&`` is a literal ampersand, not a mnemonic)."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] == "&":
            index += 2
            continue
        return text[:index] + text[index + 1 :], text[index + 1].upper()


def has_mnemonic(text: str) -> bool:
    return split_mnemonic(text) is not None


def with_mnemonic(translated: str, key: str) -> str:
    """``("查找范围：", "L")`` → ``"查找范围(&L)："``, as Qt's Chinese catalogue writes mnemonics."""
    if has_mnemonic(translated):
        return translated
    match = _TRAILING.search(translated)
    cut = match.start() if match is not None else len(translated)
    return f"{translated[:cut]}(&{key}){translated[cut:]}"


class QtGapTranslator(QTranslator):
    """What ``catalogue`` (Qt's own, loaded) lacks for today's Qt: see the module's notes."""

    def __init__(self, catalogue: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def isEmpty(self) -> bool:
        return False

    def translate(  # None: "not translated here" (a null QString)
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # Never "" for a miss: Qt takes an empty string as the translation (the words would vanish).
        if not context or context[0] != "Q" or not source:
            return None
        contexts = (context, CONTEXTS_MOVED[context]) if context in CONTEXTS_MOVED else (context,)
        for where in contexts[1:]:
            found = self.catalogue.translate(where, source, disambiguation, n)
            if found:
                return found
        split = split_mnemonic(source)
        if split is None:
            return None
        plain, key = split
        for where in contexts:
            found = self.catalogue.translate(where, plain, disambiguation, n)
            if found:
                return with_mnemonic(found, key)
        return None
