"""Screenshot of the office's 数据交换 page after its street's receipt: the return the street sent back
(退回), 街道：… and 市级：… under it and the street's comments (街道意见) on a figure and a record.

Builds, in a temporary folder, the four installations the tests use (:mod:`tests.support.street_receipts`:
the city, a street, an office routed via the street), imports the street's receipt at the office and
saves ``office-street-comment-<lang>-<scale>.png`` into OUT_DIR. Run under Xvfb for real fonts::

    xvfb-run -a env QT_QPA_PLATFORM=xcb .venv/bin/python build_scripts/screenshots_office_street.py docs/screenshots
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LANGUAGE_TAGS = {"zh_CN": "zh", "en": "en"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--scale", type=int, default=100, metavar="PERCENT", help="the text size (100 … 200)")
    parser.add_argument("--lang", choices=sorted(LANGUAGE_TAGS), default="zh_CN", help="the interface language")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="shequ-street-shots-") as temp:
        print(take(Path(temp), args.out_dir, width, height, args))
    return 0


def take(root: Path, out: Path, width: int, height: int, args: argparse.Namespace) -> Path:
    from PySide6.QtCore import QLocale, QSettings, QThreadPool

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root / "settings"))
    from desktop.common.text_size import apply_text_scale
    from desktop.shell.app import install_translations, locale_for, make_application

    app = make_application([])
    install_translations(app, args.lang)
    QLocale.setDefault(locale_for(args.lang))
    apply_text_scale(args.scale)

    from db.exchange.bundle import import_ack
    from desktop.common.changes import ChangeHub
    from desktop.common.drives import Drive
    from desktop.common.workspace import workspace_for
    from desktop.exchange.page import ExchangePage
    from tests.support.exchange_sites import OFFICE_PASSPHRASE
    from tests.support.street_receipts import street_returned

    review = street_returned(root / "world")
    try:
        import_ack(review.four.via.store, review.receipt, passphrase=OFFICE_PASSPHRASE)
        stick = review.four.stick
        page = ExchangePage(
            workspace_for(review.four.via.store),
            drives=lambda: [Drive(stick, "KINGSTON", 15_400_000_000, True)],
            hub=ChangeHub(),
        )
        page.resize(width, height)
        page.show()
        settle(app, page)
        path = out / f"office-street-comment-{LANGUAGE_TAGS[args.lang]}-{args.scale}.png"
        page.grab().save(str(path))
        page.close()
        QThreadPool.globalInstance().waitForDone()
    finally:
        review.close()
    return path


def settle(app: Any, widget: Any) -> None:
    for _ in range(100):
        app.processEvents()
    while getattr(widget, "busy", False):
        app.processEvents()
    for _ in range(100):
        app.processEvents()


if __name__ == "__main__":
    raise SystemExit(main())
