"""Screenshots of the street's window (街道审核) for review.

Builds, in a temporary folder, the city, a street and two offices routed through it the way the tests
do (tests/support/street_world.py), has both offices sign and send the first quarter's return, the
street import them, send one back with a comment on a figure, and takes:

* ``street-zh-100.png`` — 社区报送情况: both offices, where each return stands, the backlog at the top;
* ``street-review-comment-zh-100.png`` — 审核: the return sent back selected, its figures and the comments.

Run under Xvfb to see real fonts: ``xvfb-run -a env QT_QPA_PLATFORM=xcb .venv/bin/python
build_scripts/screenshots_street.py docs/screenshots``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="shequ-street-shots-") as temp:
        take(Path(temp), args.out_dir, width, height)
    return 0


def take(root: Path, out: Path, width: int, height: int) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root / "settings"))
    from desktop.shell.app import make_application

    app = make_application([])

    from db.enums import ReturnState
    from db.exchange.bundle import export_bundle
    from db.exchange.street import route
    from db.exchange.street_import import import_street_copy, install_roster, make_roster
    from db.exchange.street_review import street_comment, street_decide
    from db.periods import parse_period
    from db.store import open_store
    from desktop.common.drives import Drive
    from desktop.street.window import StreetWindow
    from tests.support.exchange_sites import OFFICE_PASSPHRASE, sign_return
    from tests.support.exchange_world import CITY_PASSPHRASE
    from tests.support.street_world import (
        DIRECT_OFFICE,
        STREET_CODE,
        STREET_OFFICE,
        STREET_PASSPHRASE,
        build_four,
        routed,
    )

    four = build_four(root)
    try:
        routed(four)
        route(four.city, DIRECT_OFFICE, STREET_CODE, CITY_PASSPHRASE)  # both offices through the street
        four.take(four.direct, four.ack(four.direct))
        install_roster(four.street, make_roster(four.city, STREET_CODE, CITY_PASSPHRASE))
        store = open_store(four.street.data_dir, create=True)
        try:
            for site in (four.via, four.direct):
                sign_return(site, "2026Q1")
                written = export_bundle(site.store, site.keys, OFFICE_PASSPHRASE, four.stick)
                assert written.street_path is not None
                import_street_copy(store, four.street, written.street_path, STREET_PASSPHRASE)
            when = datetime(2026, 4, 12, 2, 30, tzinfo=UTC)
            street_comment(
                store, DIRECT_OFFICE, parse_period("2026Q1"), text="二月的活动只有一次，请核实是否漏记",
                written_by="王芳", figure_key="service.activities", now=when,
            )  # fmt: skip
            rows = [r for r in _returns(store) if r.office_code == DIRECT_OFFICE]
            street_decide(
                store, four.street, rows[0].return_id, ReturnState.RETURNED,
                reason="服务活动记录不全，请补充后重新签署报送", decided_by="王芳", now=when,
            )  # fmt: skip

            def drives() -> list[Drive]:
                return [Drive(four.stick, "KINGSTON", 15_400_000_000, True)]

            window = StreetWindow(store, four.street, drives=drives, today=date(2026, 4, 25))
            window.resize(width, height)
            window.set_period("2026Q1")
            window.show()
            settle(app, window)
            window.status.select_office(STREET_OFFICE)
            settle(app, window)
            save(window, out / "street-zh-100.png")
            window.tabs.setCurrentWidget(window.review)
            window.review.select_return(rows[0].return_id)
            settle(app, window)
            save(window, out / "street-review-comment-zh-100.png")
            window.runner.wait()
            window.hide()
            window.deleteLater()
            settle(app, window)
        finally:
            store.close()
    finally:
        four.close()


def _returns(store: Any) -> list[Any]:
    from db.exchange.street_review import street_returns

    return street_returns(store)


def settle(app: Any, widget: Any) -> None:
    for _ in range(100):
        app.processEvents()
    while getattr(widget, "busy", False):
        app.processEvents()
    for _ in range(100):
        app.processEvents()


def save(window: Any, path: Path) -> None:
    window.grab().save(str(path))
    print(path)


if __name__ == "__main__":
    raise SystemExit(main())
