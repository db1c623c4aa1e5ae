"""The files the app opens when it is given one: double-clicked in the file manager (the Windows
installer's file associations start ``shequw.exe "%1"``; the Linux ``.desktop`` entry runs
``shequ %f``), or dropped on the program's icon.

Three kinds, known by their names alone (the file is read only by the page that takes it):

* :data:`BUNDLE` — an exchange file ``*.shequ`` (:data:`db.exchange.bundle.BUNDLE_SUFFIX`):
  数据交换's 导入交换文件 with that file;
* :data:`CERTIFICATE` — the certificate the city (or the street) issued, ``*-certificate.json``
  (:data:`db.exchange.pki.CERTIFICATE_SUFFIX`): 数据交换's 安装证书 with that file;
* :data:`RETURN_PDF` — a return's PDF: 报表 ▸ 核验报表 checks it.

Standard library only: ``desktop/gui.py`` asks before it decides between the app and the command
line, so the data layer stays out (the suffixes are repeated here, and a test keeps them equal).
"""

from __future__ import annotations

import os
from pathlib import Path

BUNDLE = "bundle"
CERTIFICATE = "certificate"
RETURN_PDF = "return_pdf"

BUNDLE_SUFFIX = ".shequ"  # = db.exchange.bundle.BUNDLE_SUFFIX
CERTIFICATE_SUFFIX = "-certificate.json"  # = db.exchange.pki.CERTIFICATE_SUFFIX (a street's ends so too)
PDF_SUFFIX = ".pdf"


def file_kind(path: Path | str) -> str | None:
    """What the file at ``path`` is by its name (any case): :data:`BUNDLE`, :data:`CERTIFICATE`,
    :data:`RETURN_PDF`, or None (a file the app does not open)."""
    name = Path(path).name.lower()
    if name.endswith(BUNDLE_SUFFIX) and len(name) > len(BUNDLE_SUFFIX):
        return BUNDLE
    if name.endswith(CERTIFICATE_SUFFIX) and len(name) > len(CERTIFICATE_SUFFIX):
        return CERTIFICATE
    if name.endswith(PDF_SUFFIX) and len(name) > len(PDF_SUFFIX):
        return RETURN_PDF
    return None


def openable_file(argument: str) -> Path | None:
    """The file ``argument`` names, as an absolute path, when it is an existing file of a kind the
    app opens; None for anything else (a command, an option, a missing file: the command line's)."""
    if not argument or argument.startswith("-") or file_kind(argument) is None:
        return None
    path = Path(argument).expanduser()
    try:
        if not path.is_file():
            return None
    except OSError:  # a name the system cannot even look at
        return None
    return Path(os.path.abspath(path))  # another process (the window already open) reads it
