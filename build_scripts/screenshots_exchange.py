"""Screenshots of the USB exchange for review: an office's 数据交换 page and the city's window.

    python build_scripts/screenshots_exchange.py OUT_DIR [--size 1280x800] [--scale PERCENT] [--lang zh_CN|en]
                                                 [--text-sizes]

Builds, in a temporary folder, a city and three offices the way the tests do
(``tests/support/exchange_sites.py``: the demo office 胜利社区, two small ones), certifies them, signs and
sends the first quarter's returns, has the city send one back with a reason and acknowledge it, and
saves ``exchange-office.png`` (the office's page after the acknowledgement: the 退回 banner),
``exchange-history.png`` (its bundles sent and received), ``city-status.png`` (every office side by
side), ``city-drill-down.png`` (an office's records, read-only), ``city-registry.png`` and
``city-return.png`` (the consolidated return). Runs offscreen unless QT_QPA_PLATFORM says otherwise;
preferences go to the temporary folder.

``--scale PERCENT`` shows the text at that size (设置 ▸ 字号) and ``--lang`` in that language.
``--text-sizes`` takes instead the city's window (every office side by side, one selected) in Chinese
and English at 100 % and 150 %: ``city-zh-100.png`` … ``city-en-150.png`` (the set of
``screenshots.py --text-sizes``; ``--scale`` / ``--lang`` narrow it).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LANGUAGE_TAGS = {"zh_CN": "zh", "en": "en"}  # the language part of the --text-sizes names
TEXT_SIZE_SCALES = (100, 150)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--scale", type=int, metavar="PERCENT", help="the text size (100, 115, 130, 150, 175, 200)")
    parser.add_argument("--lang", choices=sorted(LANGUAGE_TAGS), help="the interface language (default Chinese)")
    parser.add_argument("--text-sizes", action="store_true", help="the city's window at 100 %% and 150 %%")
    args = parser.parse_args(argv)
    from desktop.common.settings import TEXT_SCALES

    if args.scale is not None and args.scale not in TEXT_SCALES:
        parser.error(f"--scale must be one of {', '.join(map(str, TEXT_SCALES))}")
    width, height = (int(part) for part in args.size.split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="shequ-exchange-shots-") as temp:
        take(Path(temp), args.out_dir, width, height, args)
    return 0


def take(root: Path, out: Path, width: int, height: int, args: argparse.Namespace) -> None:
    from PySide6.QtCore import QLocale, QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root / "settings"))
    from desktop.common.text_size import apply_text_scale
    from desktop.shell.app import install_translations, locale_for, make_application

    app = make_application([])
    if args.lang is not None and not args.text_sizes:
        install_translations(app, args.lang)
        QLocale.setDefault(locale_for(args.lang))
    if args.scale is not None and not args.text_sizes:
        apply_text_scale(args.scale)

    from db.enums import ReturnState
    from db.exchange.acks import decide_return
    from db.exchange.bundle import export_ack, export_bundle, import_ack, import_bundle
    from desktop.city.window import CityWindow
    from desktop.common.drives import Drive
    from desktop.common.workspace import workspace_for
    from desktop.shell.main_window import MainWindow
    from tests.support.exchange_sites import (
        CITY_PASSPHRASE,
        OFFICE1,
        OFFICE_PASSPHRASE,
        certify,
        copy_site,
        demo_template,
        make_city,
        sign_return,
        small_office,
    )

    template = demo_template(root / "template")
    city, hub = make_city(root / "city")
    office1 = copy_site(template, root / "office1")
    office2 = small_office(root / "office2")
    office3 = small_office(root / "office3", "150802003001", "团结社区")
    sites = (hub, office1, office2, office3)
    try:
        for site, name in ((office1, "胜利社区"), (office2, "新华社区"), (office3, "团结社区")):
            certify(city, site, name)
        returned = sign_return(office1, "2026Q1")
        sign_return(office2, "2026Q1")
        stick = root / "usb"
        stick.mkdir()
        arrivals = ((office1, datetime(2026, 4, 8, 2, tzinfo=UTC)), (office2, datetime(2026, 4, 20, 2, tzinfo=UTC)))
        for site, arrival in arrivals:
            bundle = export_bundle(site.store, site.keys, OFFICE_PASSPHRASE, stick).path
            import_bundle(hub.store, bundle, city=city, passphrase=CITY_PASSPHRASE, now=arrival)
        reason = "活动次数与台账不符，请核对第一季度活动记录后重新报送"
        decide_return(hub.store, returned, ReturnState.RETURNED, reason=reason, decided_by="王审核")
        ack = export_ack(hub.store, city, CITY_PASSPHRASE, OFFICE1, stick).path
        acknowledged = import_ack(office1.store, ack, passphrase=OFFICE_PASSPHRASE)

        def drives() -> list[Drive]:
            return [Drive(stick, "KINGSTON", 15_400_000_000, True)]

        def settle(widget: Any) -> None:
            for _ in range(100):
                app.processEvents()
            while getattr(widget, "busy", False):
                app.processEvents()
            for _ in range(100):
                app.processEvents()

        if args.text_sizes:
            languages = [args.lang] if args.lang else list(LANGUAGE_TAGS)
            for language in languages:
                install_translations(app, language)
                QLocale.setDefault(locale_for(language))
                for scale in [args.scale] if args.scale else TEXT_SIZE_SCALES:
                    apply_text_scale(scale)
                    city_window = CityWindow(hub.store, city, drives=drives, today=date(2026, 4, 25))
                    city_window.resize(width, height)
                    city_window.set_period("2026Q1")
                    city_window.show()
                    settle(city_window)
                    city_window.select_office(OFFICE1)
                    settle(city_window)
                    path = out / f"city-{LANGUAGE_TAGS[language]}-{scale}.png"
                    city_window.grab().save(str(path))
                    print(path)
                    city_window.runner.wait()
                    city_window.hide()
                    city_window.deleteLater()
            apply_text_scale(100)
            return

        window = MainWindow(workspace_for(office1.store))
        window.resize(width, height)
        page = window.show_page("exchange")
        page.drives.source = drives
        page.drives.reload()
        window.show()
        page._say("#c62828", "已导入市级回执：有报表被退回", acknowledged.message())
        settle(page)
        window.grab().save(str(out / "exchange-office.png"))
        page.tabs.setCurrentIndex(1)
        settle(page)
        window.grab().save(str(out / "exchange-history.png"))
        window.close()

        city_window = CityWindow(hub.store, city, drives=drives, today=date(2026, 4, 25))
        city_window.resize(width, height)
        city_window.set_period("2026Q1")
        city_window.show()
        settle(city_window)
        city_window.select_office(OFFICE1)
        settle(city_window)
        city_window.grab().save(str(out / "city-status.png"))
        dialog = city_window.open_office_data(OFFICE1)
        if dialog is not None:
            dialog.show_kind("party_members")
            settle(dialog)
            dialog.grab().save(str(out / "city-drill-down.png"))
            dialog.close()
        city_window.tabs.setCurrentIndex(3)
        settle(city_window)
        city_window.grab().save(str(out / "city-registry.png"))
        city_window.make_city_return(sign=False)
        settle(city_window)
        wait_until_drawn(app, city_window.return_tab.preview.view)
        city_window.grab().save(str(out / "city-return.png"))
        city_window.runner.wait()
        city_window.hide()
    finally:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()
        for site in sites:
            site.close()
    print(f"screenshots in {out}")


def wait_until_drawn(app: Any, view: Any, timeout: float = 30) -> None:
    """Until the PDF ``view`` shows a page with something on it: Qt PDF draws the pages in the background
    after the file is loaded, and a picture taken before shows blank sheets."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if has_ink(view.viewport().grab().toImage()):
            for _ in range(10):  # the pages below the first too
                app.processEvents()
            return
        time.sleep(0.05)
    raise SystemExit("the PDF was not drawn in time")


def has_ink(image: Any) -> bool:
    """Whether ``image`` has dark pixels (text, lines), not only white sheets on a grey background."""
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            if image.pixelColor(x, y).lightness() < 90:
                return True
    return False


if __name__ == "__main__":
    raise SystemExit(main())
