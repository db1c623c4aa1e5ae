"""The user manual: its topics, pages, links and images, the viewer, and F1 in the main window.

The pages are the real ones in ``docs/manual/``; the viewer is the real :class:`ManualWindow` offscreen.
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.common import manual
from desktop.common.manual import (
    CONTENTS,
    MANUAL_TOPICS,
    PAGE_TOPICS,
    ManualWindow,
    manual_file,
    manual_language,
    manual_root,
    manual_window,
    resolve_topic,
    show_manual,
    topic_for_page,
)
from desktop.shell.main_window import MainWindow
from desktop.shell.navigation import PAGE_KEYS

ROOT = manual_root()
LANGUAGES = ("zh_CN", "en")


class _Page(HTMLParser):
    """What a page refers to and what it can be linked to."""

    def __init__(self) -> None:
        super().__init__()
        self.anchors: set[str] = set()
        self.links: list[str] = []  # href of <a>
        self.resources: list[str] = []  # src of <img>, href of <link>
        self.tags: set[str] = set()
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.tags.add(tag)
        if "id" in values:
            self.anchors.add(values["id"])
        if tag == "a" and "name" in values:
            self.anchors.add(values["name"])
        if tag == "a" and "href" in values:
            self.links.append(values["href"])
        if tag == "img":
            self.resources.append(values.get("src", ""))
        if tag == "link":
            self.resources.append(values.get("href", ""))
        if any(name.startswith("on") for name in values):
            self.tags.add("script")  # an event handler is JavaScript too
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text("utf-8"))
    return page


def _pages() -> list[Path]:
    return sorted(path for language in LANGUAGES for path in (ROOT / language).glob("*.html"))


@pytest.fixture
def viewer(qtbot: QtBot) -> Iterator[ManualWindow]:
    window = ManualWindow(language="zh_CN")
    qtbot.addWidget(window)
    yield window


# --- the manual's files -------------------------------------------------------------------------


def test_every_topic_is_a_page_and_anchor_that_exist() -> None:
    assert "index" in MANUAL_TOPICS
    for topic, place in MANUAL_TOPICS.items():
        path = ROOT / "zh_CN" / place.file
        assert path.is_file(), f"topic {topic}: no {path}"
        if place.anchor:
            assert place.anchor in _parse(path).anchors, f"topic {topic}: no #{place.anchor} in {place.file}"


def test_english_pages_have_the_anchors_of_the_topics() -> None:
    for topic, place in MANUAL_TOPICS.items():
        path = ROOT / "en" / place.file
        if path.is_file() and place.anchor:
            assert place.anchor in _parse(path).anchors, f"topic {topic}: no #{place.anchor} in en/{place.file}"


def test_the_topics_others_open_are_there() -> None:
    """The city's and the street's windows, the ledgers and the exchange page ask for these by name."""
    wanted = {"index", "first-run", "import", "returns", "exchange", "backups", "settings", "errors"}
    wanted |= {"city", "city-status", "city-import", "city-registry", "city-return", "city-street", "city-unlock"}
    wanted |= {"street", "street-status", "street-review", "street-import", "street-forward", "street-ledgers"}
    wanted |= {"exchange-street", "exchange-unlock"}
    assert wanted <= set(MANUAL_TOPICS)


def test_the_street_window_opens_its_own_chapter() -> None:
    """F1 in the street's window (desktop/street/help_actions.py) opens street.html, which the contents list."""
    from desktop.street.help_actions import MANUAL_TOPIC

    assert resolve_topic(MANUAL_TOPIC) == manual.Topic("street.html")
    assert "street.html" in [file for file, _title in CONTENTS]
    text = (ROOT / "zh_CN" / "street.html").read_text("utf-8")
    for words in ("通过（加签）…", "退回…", "有问题…", "对这一项提意见…", "报送市级…", "写回执…", "生成街道汇总报表…"):
        assert words in text, words  # the buttons as the window names them


def test_every_page_of_the_main_window_has_a_topic() -> None:
    """A new page in desktop/shell/navigation.py fails here until PAGE_TOPICS says where its help is."""
    assert set(PAGE_TOPICS) == set(PAGE_KEYS)
    for key in PAGE_KEYS:
        assert topic_for_page(key) in MANUAL_TOPICS
    assert topic_for_page("no-such-page") == "index"


def test_every_ledger_of_the_navigation_has_its_own_section() -> None:
    ledgers = [key for key in PAGE_KEYS if key not in ("home", "reports", "exchange", "settings")]
    for key in ledgers:
        assert MANUAL_TOPICS[PAGE_TOPICS[key]] == manual.Topic("ledgers.html", key)


def test_the_contents_list_names_existing_pages() -> None:
    files = [file for file, _title in CONTENTS]
    assert files[0] == "index.html"
    assert len(set(files)) == len(files)
    for file in files:
        assert (ROOT / "zh_CN" / file).is_file()
    topic_files = {place.file for place in MANUAL_TOPICS.values()}
    assert topic_files <= set(files)  # every page a topic opens is in the contents


@pytest.mark.parametrize("path", _pages(), ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_link_and_image_resolves(path: Path) -> None:
    """Links between pages (a page missing in English is read in Chinese, as the viewer does),
    their anchors, the images and the style sheet: all files of docs/manual; nothing outside."""
    page = _parse(path)
    assert page.title.strip(), f"{path.name} has no <title>"
    assert "script" not in page.tags, f"{path.name} has JavaScript"
    for reference in [*page.links, *page.resources]:
        parts = urlsplit(reference)
        assert not parts.scheme and not parts.netloc, f"{path.name}: outside resource {reference}"
        if not parts.path:  # an anchor on this page
            assert parts.fragment in page.anchors, f"{path.name}: no #{parts.fragment}"
            continue
        target = (path.parent / unquote(parts.path)).resolve()
        if not target.is_file() and target.suffix == ".html" and path.parent.name != "zh_CN":
            target = ROOT / "zh_CN" / target.name  # the viewer's fallback
        assert target.is_file(), f"{path.name}: {reference} does not exist"
        assert ROOT.resolve() in target.resolve().parents, f"{path.name}: {reference} is outside docs/manual"
        if parts.fragment:
            assert parts.fragment in _parse(target).anchors, f"{path.name}: no #{parts.fragment} in {target.name}"


def test_every_page_uses_the_one_style_sheet() -> None:
    for path in _pages():
        assert _parse(path).resources.count("../manual.css") == 1, path
    assert (ROOT / "manual.css").is_file()
    assert sorted(ROOT.glob("**/*.css")) == [ROOT / "manual.css"]


def test_every_image_is_used_and_small() -> None:
    used = {Path(unquote(ref)).name for path in _pages() for ref in _parse(path).resources if ref.endswith(".png")}
    images = {path.name for path in (ROOT / "images").glob("*.png")}
    assert images == used
    for name in images:
        assert (ROOT / "images" / name).stat().st_size < 300_000, name


def test_english_pages_have_chinese_ones() -> None:
    english = {path.name for path in (ROOT / "en").glob("*.html")}
    assert "index.html" in english
    assert english <= {path.name for path in (ROOT / "zh_CN").glob("*.html")}


def test_the_manual_quotes_the_messages_people_see() -> None:
    """常见问题与错误提示 quotes the app's refusals as they are shown (a fixed one of each family)."""
    from db.errors import AlreadyRunning, BackupUnusable
    from db.exchange.data_errors import BundleMissing, PeriodLocked
    from db.exchange.errors import BundlePassphraseWrong
    from db.exchange.street import StreetPassphraseWrong
    from db.returns.errors import WrongPassphrase
    from db.sheets.errors import SheetAlreadyImported

    text = (ROOT / "zh_CN" / "errors.html").read_text("utf-8")
    for message in (
        str(BundlePassphraseWrong()),
        str(WrongPassphrase()),
        str(SheetAlreadyImported()),
        str(StreetPassphraseWrong()),
    ):
        assert message in text
    for message, slot in (
        (str(AlreadyRunning("@")), "@"),
        (str(BackupUnusable("@")), "@"),
        (str(BundleMissing("@", [7])), "@ 的第 7 号"),
        (str(PeriodLocked(["@"])), "@"),
        (str(PeriodLocked(["@"], rows=7)), "7 行属于@"),
    ):
        before, after = message.split(slot, 1)
        assert before in text and after in text, message


# --- where the manual is found -----------------------------------------------------------------


def test_the_manual_is_found_in_a_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import sys

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert manual_root() == tmp_path / "docs" / "manual"


def test_a_page_missing_in_english_is_read_in_chinese(tmp_path: Path) -> None:
    for language, names in (("zh_CN", ("index.html", "errors.html")), ("en", ("index.html",))):
        (tmp_path / language).mkdir()
        for name in names:
            (tmp_path / language / name).write_text(f"<title>{language}</title>", "utf-8")
    assert manual_file("index.html", "en", tmp_path) == tmp_path / "en" / "index.html"
    assert manual_file("errors.html", "en", tmp_path) == tmp_path / "zh_CN" / "errors.html"
    assert manual_file("index.html", "zh_CN", tmp_path) == tmp_path / "zh_CN" / "index.html"


def test_the_language_follows_the_app(qapp: QApplication) -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert manual_language() == "en"
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        assert manual_language() == "zh_CN"
    finally:
        QLocale.setDefault(previous)


def test_an_unknown_topic_is_the_contents() -> None:
    assert resolve_topic("no-such-topic") == MANUAL_TOPICS["index"]


# --- the viewer --------------------------------------------------------------------------------


def test_the_viewer_shows_a_topic_with_its_images(viewer: ManualWindow) -> None:
    viewer.open_topic("import")
    assert viewer.current_file() == "import.html"
    assert viewer.current_language() == "zh_CN"
    assert viewer.browser.documentTitle() == "从 Excel 导入"
    assert "导入向导" in viewer.browser.toPlainText()
    assert viewer.contents.currentItem().data(manual.FILE_ROLE) == "import.html"
    image = viewer.browser.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("../images/import-preview.png")
    )
    assert isinstance(image, QImage) and not image.isNull()
    assert image.width() <= viewer.browser.room() < 900  # fitted to the page: no scrolling sideways
    assert viewer.missing is None


def test_an_unknown_topic_opens_the_contents_page(viewer: ManualWindow) -> None:
    viewer.open_topic("no-such-topic")
    assert viewer.current_file() == "index.html"


def test_links_back_and_forward(viewer: ManualWindow, qtbot: QtBot) -> None:
    viewer.open_topic("index")
    assert not viewer.back_button.isEnabled()
    viewer.open_link(QUrl("returns.html#correction"))
    assert viewer.current_file() == "returns.html"
    assert viewer.browser.source().fragment() == "correction"
    assert viewer.back_button.isEnabled()
    viewer.back_button.click()
    assert viewer.current_file() == "index.html"
    assert viewer.forward_button.isEnabled()
    viewer.forward_button.click()
    assert viewer.current_file() == "returns.html"
    viewer.contents.setCurrentRow(len(CONTENTS) - 1)
    viewer.contents.itemClicked.emit(viewer.contents.currentItem())
    assert viewer.current_file() == "errors.html"


def test_find_in_the_page(viewer: ManualWindow, qtbot: QtBot) -> None:
    viewer.open_topic("errors")
    viewer.show()
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow)
    assert viewer.browser.hasFocus()  # the page has the keyboard: arrows and PgDn scroll it
    qtbot.keyClick(viewer.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert viewer.find_bar.isVisible()
    assert viewer.find_edit.hasFocus()
    viewer.find_edit.setText("U 盘")
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Return)
    assert viewer.browser.textCursor().selectedText() == "U 盘"
    first = viewer.browser.textCursor().position()
    assert viewer.find_next()
    assert viewer.browser.textCursor().position() > first
    viewer.find_edit.setText("没有这样的文字")
    assert not viewer.find_next()
    assert "没有找到" in viewer.find_status.text()
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Escape)
    assert not viewer.find_bar.isVisible()


def test_the_page_prints(viewer: ManualWindow, tmp_path: Path) -> None:
    from PySide6.QtGui import QPdfWriter

    viewer.open_topic("returns")
    path = tmp_path / "returns.pdf"
    writer = QPdfWriter(str(path))
    viewer.print_to(writer)
    del writer  # the file is finished when the writer goes
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.pageCount() >= 2  # the whole page of the manual, not only what is on screen
    assert "签署报表" in "".join(document.getAllText(page).text() for page in range(document.pageCount()))


def test_a_missing_page_is_said_in_chinese(qtbot: QtBot, tmp_path: Path) -> None:
    window = ManualWindow(root=tmp_path, language="zh_CN")
    qtbot.addWidget(window)
    window.open_topic("staff")
    assert window.missing == tmp_path / "zh_CN" / "ledgers.html"
    text = window.browser.toPlainText()
    assert "找不到使用手册的这一页" in text
    assert "ledgers.html" in text
    assert window.current_file() == "ledgers.html"


def test_the_english_viewer_shows_english_pages_or_the_chinese_ones(qtbot: QtBot, tmp_path: Path) -> None:
    window = ManualWindow(language="en")
    qtbot.addWidget(window)
    window.open_topic("index")
    assert window.current_language() == "en"
    assert "User manual" in window.browser.documentTitle()
    # a page without an English version: its Chinese one, also through a link
    (tmp_path / "zh_CN").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "index.html").write_text('<title>Contents</title><a href="errors.html">x</a>', "utf-8")
    (tmp_path / "zh_CN" / "errors.html").write_text("<title>错误提示</title><p>中文</p>", "utf-8")
    fallback = ManualWindow(root=tmp_path, language="en")
    qtbot.addWidget(fallback)
    fallback.open_topic("index")
    assert fallback.current_language() == "en"
    fallback.open_link(QUrl("errors.html"))
    assert fallback.current_language() == "zh_CN"
    assert fallback.browser.toPlainText().strip() == "中文"


def test_the_text_follows_the_app_font(viewer: ManualWindow, qapp: QApplication) -> None:
    viewer.open_topic("index")
    before = viewer.browser.document().defaultFont().pointSizeF()
    previous = QFont(qapp.font())
    try:
        larger = QFont(previous)
        larger.setPointSizeF(previous.pointSizeF() * 1.5)
        qapp.setFont(larger)
        qapp.processEvents()
        after = viewer.browser.document().defaultFont().pointSizeF()
        assert after == pytest.approx(before * 1.5, rel=0.05)
    finally:
        qapp.setFont(previous)
        qapp.processEvents()


# --- one viewer for the app; F1 in the main window ---------------------------------------------


@pytest.fixture
def closed_viewer() -> Iterator[None]:
    """No viewer before the test, none left after it."""
    yield
    viewer = manual_window()
    if viewer is not None:
        viewer.close()
        viewer.deleteLater()
        manual._Viewer.forget()


def test_show_manual_keeps_one_viewer(qtbot: QtBot, closed_viewer: None) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    show_manual(owner, "backups")
    viewer = manual_window()
    assert viewer is not None and viewer.isVisible()
    assert viewer.current_file() == "backups.html"
    assert viewer.parent() is owner  # it closes with its window and never keeps the app running
    assert not viewer.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
    viewer.close()
    show_manual(owner, "restore")
    assert manual_window() is viewer and viewer.isVisible()
    assert viewer.browser.source().fragment() == "restore"


def test_f1_opens_the_manual_at_the_page_shown(window: MainWindow, qtbot: QtBot, closed_viewer: None) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.show_page("party_members")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    viewer = manual_window()
    assert viewer is not None and viewer.isVisible()
    assert viewer.current_file() == "ledgers.html"
    assert viewer.browser.source().fragment() == "party_members"

    window.activateWindow()
    window.show_page("reports")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert manual_window() is viewer
    assert viewer.current_file() == "returns.html"
    assert window.manual_action.shortcut().toString() == "F1"


def test_help_menu_opens_the_manual(window: MainWindow, closed_viewer: None) -> None:
    window.show_page("settings")
    help_menu = next(
        action.menu() for action in window.menuBar().actions() if action.menu() and "帮助" in action.text()
    )
    assert window.manual_action in help_menu.actions()
    window.manual_action.trigger()
    viewer = manual_window()
    assert viewer is not None
    assert viewer.current_file() == "settings.html"


# --- the wizards' 帮助 buttons -------------------------------------------------------------------


def test_the_first_run_wizard_helps_at_its_step(qtbot: QtBot, tmp_path: Path, closed_viewer: None) -> None:
    from PySide6.QtWidgets import QWizard

    from desktop.shell.first_run import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    help_button = wizard.button(QWizard.WizardButton.HelpButton)
    assert help_button.isVisible() and help_button.shortcut().toString() == "F1"
    qtbot.mouseClick(help_button, Qt.MouseButton.LeftButton)
    viewer = manual_window()
    assert viewer is not None and viewer.current_file() == "first-run.html"
    wizard.choice_page.real.setChecked(True)
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.PAGE_OFFICE
    qtbot.mouseClick(help_button, Qt.MouseButton.LeftButton)
    assert manual_window() is viewer
    assert viewer.browser.source().fragment() == "office"
    assert not (tmp_path / "data").exists()  # asking for help writes nothing


def test_the_import_wizard_takes_the_viewer_it_would_block(
    window: MainWindow, qtbot: QtBot, closed_viewer: None
) -> None:
    """The viewer opened from the main window (F1) moves to the window-modal import wizard when
    its 帮助 is asked for, so it can still be read and scrolled."""
    from PySide6.QtWidgets import QWizard

    from desktop.sheets.import_wizard import ImportWizard

    window.show_page("party_members")
    window.show_help()
    viewer = manual_window()
    assert viewer is not None and viewer.parent() is window
    window.import_action.trigger()
    wizard = window.import_wizard
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    assert QApplication.activeModalWidget() is wizard
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.HelpButton), Qt.MouseButton.LeftButton)
    assert manual_window() is viewer and viewer.isVisible()
    assert viewer.parent() is wizard  # not blocked by the wizard's modality
    assert viewer.current_file() == "import.html"
    assert viewer.browser.source().fragment() == "file"
    wizard.reject()  # the wizard deletes itself: the viewer goes back to the main window first
    assert viewer.parent() is window and viewer.isVisible()


def test_a_viewer_first_opened_from_the_import_wizard_outlives_it(
    window: MainWindow, qtbot: QtBot, closed_viewer: None
) -> None:
    from PySide6.QtWidgets import QWizard

    window.import_action.trigger()
    wizard = window.import_wizard
    assert wizard is not None
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.HelpButton), Qt.MouseButton.LeftButton)
    viewer = manual_window()
    assert viewer is not None and viewer.parent() is wizard and viewer.current_file() == "import.html"
    wizard.reject()
    qtbot.waitUntil(lambda: window.import_wizard is None or not shiboken6.isValid(wizard))
    assert manual_window() is viewer and viewer.parent() is window
