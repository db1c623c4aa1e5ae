"""The user manual inside the app: 帮助 ▸ 使用手册, F1, and the help buttons of dialogs.

The manual is plain HTML in ``docs/manual/<language>/`` (one CSS file, images in
``docs/manual/images/``), readable in any browser without the app. :func:`show_manual` opens the
one viewer of the application (a non-modal window, raised if already open) on a *topic*: a name
in :data:`MANUAL_TOPICS` (a file and an anchor in it). An unknown topic opens the contents page; a
missing file shows a sentence saying so in the viewer, never a traceback. English pages are in
``docs/manual/en/`` under the same names; a page missing there is shown in Chinese.

The topics, the contents list and which page of the main window opens which topic (F1,
:data:`PAGE_TOPICS`) are plain data in :mod:`desktop.common.manual_topics`, in one place.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QPagedPaintDevice,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from desktop.common.manual_topics import (
    CONTENTS,
    MANUAL_TOPICS,
    PAGE_TOPICS,
    Topic,
    resolve_topic,
    topic_for_page,
)
from desktop.common.page_browser import FindBar, FittingBrowser

__all__ = [
    "CONTENTS",
    "MANUAL_TOPICS",
    "PAGE_TOPICS",
    "ManualWindow",
    "Topic",
    "add_help_button",
    "manual_file",
    "manual_language",
    "manual_root",
    "manual_window",
    "resolve_topic",
    "show_manual",
    "topic_for_page",
]

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")
STYLE_SHEET = "manual.css"
FILE_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("Manual", text)  # = manual_topics.CONTEXT, literal for the extractor


def manual_root() -> Path:
    """``docs/manual``: from source, or inside a PyInstaller bundle (as :func:`~desktop.common.paths.resource_path`)."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base.joinpath("docs", "manual")


def manual_language() -> str:
    """The manual's language: English when the app speaks English (its default locale), else Chinese."""
    return "en" if QLocale().language() == QLocale.Language.English else DEFAULT_LANGUAGE


def manual_file(file: str, language: str | None = None, root: Path | None = None) -> Path:
    """The page ``file`` in ``language`` (the app's, if None), else the Chinese one. The path is
    returned even when neither exists (the viewer then says so)."""
    folder = root if root is not None else manual_root()
    wanted = language or manual_language()
    for candidate in (wanted, DEFAULT_LANGUAGE):
        path = folder / candidate / file
        if path.is_file():
            return path
    return folder / DEFAULT_LANGUAGE / file


class ManualWindow(QWidget):
    """The viewer: contents on the left, the page on the right, back / forward, print, find."""

    def __init__(self, parent: QWidget | None = None, *, root: Path | None = None, language: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.root = root if root is not None else manual_root()
        self.language = language or manual_language()
        self.missing: Path | None = None  # the file last asked for that was not there
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setWindowTitle(_t("社区台账 使用手册"))
        self.resize(1200, 820)

        self.back_button = QPushButton(_t("◀ 后退"))
        self.forward_button = QPushButton(_t("前进 ▶"))
        self.home_button = QPushButton(_t("目录"))
        self.print_button = QPushButton(_t("打印…"))
        self.find_button = QPushButton(_t("查找…"))
        self.back_button.setToolTip(_t("回到上一页（Alt+←）"))
        self.forward_button.setToolTip(_t("去往下一页（Alt+→）"))
        self.find_button.setToolTip(_t("在这一页里查找文字（Ctrl+F）"))
        buttons = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.print_button)

        self.contents = QListWidget()
        self.contents.setAccessibleName(_t("手册目录"))
        for file, title in CONTENTS:
            item = QListWidgetItem(_t(title))
            item.setData(FILE_ROLE, file)
            self.contents.addItem(item)
        self.contents.setStyleSheet("QListWidget::item { padding: 4px 6px; }")

        self.browser = FittingBrowser()
        self.browser.setOpenLinks(False)  # links go through open_link: language fallback, outside links
        self.browser.setAccessibleName(_t("手册内容"))

        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 980])
        splitter.setChildrenCollapsible(False)

        self.find_bar = FindBar(self.browser)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.find_bar)

        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button.clicked.connect(lambda: self.open_topic("index"))
        self.print_button.clicked.connect(self.print_page)
        self.find_button.clicked.connect(self.start_find)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.browser.anchorClicked.connect(self.open_link)
        self.browser.sourceChanged.connect(self._source_changed)
        self.contents.itemActivated.connect(self._contents_chosen)
        self.contents.itemClicked.connect(self._contents_chosen)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.start_find),
            (QKeySequence.StandardKey.FindNext, self.find_next),
            (QKeySequence.StandardKey.FindPrevious, self.find_previous),
            (QKeySequence.StandardKey.Print, self.print_page),
            (QKeySequence.StandardKey.Back, self.browser.backward),
            (QKeySequence.StandardKey.Forward, self.browser.forward),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        self._apply_font()
        self.browser.setFocus()  # the page has the keyboard when the window opens: arrows, PgDn scroll it

    # --- pages -----------------------------------------------------------------------------

    def open_topic(self, topic: str) -> None:
        """Show ``topic`` (the contents page for an unknown topic)."""
        place = resolve_topic(topic)
        self.open_file(place.file, place.anchor)

    def open_file(self, file: str, anchor: str = "") -> None:
        """Show the page ``file`` of the manual at ``anchor``; a sentence if it is not there."""
        path = manual_file(file, self.language, self.root)
        if not path.is_file():
            self.show_missing(path)
            return
        self.missing = None
        url = QUrl.fromLocalFile(str(path))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)
        if anchor:  # setSource scrolls only when the page changes; the same page may need it too
            self.browser.scrollToAnchor(anchor)

    def show_missing(self, path: Path) -> None:
        self.missing = path
        message = _t("找不到使用手册的这一页：{0}").format(path)
        advice = _t("手册文件可能没有随软件一起安装。请重新安装社区台账，或者请技术人员检查这个文件夹。")
        document = QTextDocument(self.browser)
        document.setDefaultFont(self.browser.font())
        document.setHtml(f"<h2>{_escape(message)}</h2><p>{_escape(advice)}</p>")
        self.browser.setDocument(document)
        self._select_contents(path.name)

    def current_file(self) -> str:
        """The file name of the page shown ("" for none)."""
        if self.missing is not None:
            return self.missing.name
        return Path(self.browser.source().toLocalFile()).name

    def current_language(self) -> str:
        """The language folder of the page shown ("zh_CN" or "en"; "" for none)."""
        local = self.browser.source().toLocalFile()
        return Path(local).parent.name if local else ""

    def open_link(self, url: QUrl) -> None:
        """A link was clicked: a page of the manual opens here (the Chinese one if the English is
        missing); anything else opens in the system's browser or mail program."""
        if url.scheme() in ("", "file"):
            if not url.path() and url.fragment():  # an anchor on this page
                self.browser.scrollToAnchor(url.fragment())
                return
            resolved = self.browser.source().resolved(url) if url.isRelative() else url
            target = Path(resolved.toLocalFile())
            if target.suffix.lower() in (".html", ".htm"):
                self.open_file(target.name, url.fragment())
                return
            QDesktopServices.openUrl(resolved)
            return
        QDesktopServices.openUrl(url)

    def _contents_chosen(self, item: QListWidgetItem) -> None:
        file = str(item.data(FILE_ROLE))
        if file != self.current_file():
            self.open_file(file)

    def _source_changed(self, url: QUrl) -> None:
        self._select_contents(Path(url.toLocalFile()).name)
        title = self.browser.documentTitle()
        self.setWindowTitle(f"{title} — {_t('社区台账 使用手册')}" if title else _t("社区台账 使用手册"))

    def _select_contents(self, file: str) -> None:
        self.contents.blockSignals(True)
        try:
            for row in range(self.contents.count()):
                item = self.contents.item(row)
                if item.data(FILE_ROLE) == file:
                    self.contents.setCurrentItem(item)
                    break
            else:
                self.contents.clearSelection()
        finally:
            self.contents.blockSignals(False)

    # --- find (the bar under the page) ------------------------------------------------------

    @property
    def find_edit(self) -> QLineEdit:
        return self.find_bar.edit

    @property
    def find_status(self) -> QLabel:
        return self.find_bar.status

    def start_find(self) -> None:
        self.find_bar.start()

    def stop_find(self) -> None:
        self.find_bar.stop()

    def find_next(self) -> bool:
        return self.find_bar.find_next()

    def find_previous(self) -> bool:
        return self.find_bar.find_previous()

    # --- print and font ------------------------------------------------------------------

    def print_page(self) -> None:
        """打印…: the page shown, on a printer chosen in Qt's print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_t("打印手册的这一页"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPagedPaintDevice) -> None:
        """The page shown, on ``printer`` (its pictures at the size they have on screen)."""
        self.browser.document().print_(printer)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._apply_font()

    def _fit_contents(self) -> None:
        """The contents list at least as wide as its longest title at the font shown (English titles
        are longer, and grow with 设置 ▸ 字号), so no title is cut off."""
        view = self.contents
        longest = view.sizeHintForColumn(0) + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(max(180, longest))

    def _apply_font(self) -> None:
        """The page's text follows the app's text size (设置 ▸ 字号), a little larger for reading;
        the contents list widens with its titles."""
        self._fit_contents()
        font = self.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        elif font.pixelSize() > 0:
            font.setPixelSize(round(font.pixelSize() * 1.15))
        self.browser.setFont(font)
        self.browser.document().setDefaultFont(font)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _belongs_to(widget: QWidget, ancestor: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parentWidget()
    return False


def _move(viewer: QWidget, parent: QWidget | None) -> None:
    geometry = viewer.geometry()
    viewer.setParent(parent, viewer.windowFlags())  # (hides it)
    viewer.setGeometry(geometry)


def _move_back(viewer: QWidget, dialog: QWidget, parent: QWidget) -> None:
    if not (shiboken6.isValid(viewer) and shiboken6.isValid(parent)) or viewer.parentWidget() is not dialog:
        return
    shown = viewer.isVisible()
    _move(viewer, parent)
    if shown:
        viewer.show()


class _Viewer:
    """The one viewer of the application (a holder, so no module global is rebound)."""

    window: ManualWindow | None = None

    @classmethod
    def forget(cls, *_args: object) -> None:
        cls.window = None

    @classmethod
    def gone(cls, viewer: ManualWindow) -> Callable[[], None]:
        """What to do when ``viewer`` is destroyed: forget it, if it is still the one (a viewer
        deleted later must not make the app forget a newer one)."""

        def forget_it() -> None:
            if cls.window is viewer:
                cls.window = None

        return forget_it


def manual_window() -> ManualWindow | None:
    """The application's manual viewer, if one has been opened and not destroyed."""
    return _Viewer.window


def add_help_button(wizard: QWizard, topics: Mapping[int, str], default: str) -> None:
    """A 帮助 button (and F1) on ``wizard`` opening the manual at the topic of the page shown
    (``topics``: page id → topic; ``default`` for the others)."""
    wizard.setOption(QWizard.WizardOption.HaveHelpButton, True)
    wizard.setButtonText(QWizard.WizardButton.HelpButton, _t("帮助(&H)"))
    wizard.button(QWizard.WizardButton.HelpButton).setShortcut(QKeySequence("F1"))
    wizard.helpRequested.connect(lambda: show_manual(wizard, topics.get(wizard.currentId(), default)))


def show_manual(parent: QWidget | None, topic: str) -> None:
    """Open the manual on ``topic`` (a key of :data:`MANUAL_TOPICS`; anything else opens the
    contents), in the one viewer of the application — shown, raised and activated.

    The viewer belongs to ``parent``'s window (it closes with it and never keeps the app running);
    a new one is made only when the old one has gone with its window.
    """
    owner = parent.window() if parent is not None else None
    modal = QApplication.activeModalWidget()
    viewer = _Viewer.window
    if viewer is None:
        below = modal.parentWidget() if modal is not None and owner is modal else None
        if below is not None:
            owner = below.window()  # asked from a modal dialog: the window that outlives it
        viewer = ManualWindow(owner)
        viewer.destroyed.connect(_Viewer.gone(viewer))
        _Viewer.window = viewer
    if modal is not None and not _belongs_to(viewer, modal):
        # A modal dialog (a wizard) would block a viewer that is not its own: the viewer is the
        # dialog's while it is open, then goes back to the window it came from (before a dialog that
        # deletes itself on closing takes it along).
        previous = viewer.parentWidget()
        _move(viewer, modal)
        if isinstance(modal, QDialog) and previous is not None:
            modal.finished.connect(lambda _result: _move_back(viewer, modal, previous))
    viewer.show()  # first, so the page is laid out (and its pictures fitted) to the window's width
    if viewer.isMinimized():
        viewer.showNormal()
    viewer.open_topic(topic)
    viewer.raise_()
    viewer.activateWindow()
