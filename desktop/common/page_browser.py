"""The manual's page: a text browser whose pictures fit the room there is (:class:`FittingBrowser`),
and the find bar under it (:class:`FindBar`: type, Enter for the next place, Esc to close; the
search wraps round the page once and says when the text is not there)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QFontMetrics, QImage, QKeySequence, QResizeEvent, QShortcut, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("Manual", text)


class FittingBrowser(QTextBrowser):
    """The page: pictures wider than the room there is are shown scaled down to fit (smoothly), so
    a page never needs scrolling sideways."""

    def __init__(self) -> None:
        super().__init__()
        self.fitted_to = 0  # the room the pictures of the page were fitted to
        self.refit = QTimer(self)
        self.refit.setSingleShot(True)
        self.refit.setInterval(200)  # once the window has stopped being resized
        self.refit.timeout.connect(self._refit)

    def room(self) -> int:
        # the page's own margins (manual.css: 1em each side, in the page's larger font) and a little air
        margins = 2 * round(self.document().documentMargin()) + 5 * QFontMetrics(self.document().defaultFont()).height()
        return max(320, self.viewport().width() - margins)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        resource = super().loadResource(kind, name)
        if kind != QTextDocument.ResourceType.ImageResource.value or resource is None:
            return resource
        image = resource if isinstance(resource, QImage) else QImage.fromData(resource)
        self.fitted_to = self.room()
        if image.isNull() or image.width() <= self.fitted_to:
            return resource
        return image.scaledToWidth(self.fitted_to, Qt.TransformationMode.SmoothTransformation)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted_to and abs(self.room() - self.fitted_to) > 24:
            self.refit.start()

    def _refit(self) -> None:
        """The pictures again, for the room there is now; the page stays where it was."""
        if self.source().isEmpty():
            return
        bar = self.verticalScrollBar()
        where = bar.value() / max(1, bar.maximum())
        self.reload()
        bar.setValue(round(where * bar.maximum()))


class FindBar(QWidget):
    """Hidden until :meth:`start`; finds its text in ``browser``."""

    def __init__(self, browser: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = browser
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(_t("输入要找的文字，按回车找下一处"))
        self.edit.setClearButtonEnabled(True)
        self.next_button = QPushButton(_t("下一处"))
        self.previous_button = QPushButton(_t("上一处"))
        self.close_button = QPushButton(_t("关闭查找"))
        self.status = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(_t("查找：")))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.status)
        layout.addWidget(self.close_button)
        self.edit.returnPressed.connect(self.find_next)
        self.edit.textChanged.connect(lambda _text: self.status.clear())
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.close_button.clicked.connect(self.stop)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.stop)
        self.hide()

    def start(self) -> None:
        """Show the bar with the keyboard in it (the text selected on the page as the text to find)."""
        self.show()
        selected = self.browser.textCursor().selectedText()
        if selected:
            self.edit.setText(selected)
        self.edit.setFocus()
        self.edit.selectAll()

    def stop(self) -> None:
        self.hide()
        self.status.clear()
        self.browser.setFocus()

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, *, backward: bool) -> bool:
        """Find the text from the cursor on, wrapping round once; say so if it is not on the page."""
        text = self.edit.text()
        if not self.isVisible():
            self.start()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(text, flags)
        if not found:  # from the other end of the page
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.status.setText("" if found else _t("这一页里没有找到“{0}”").format(text))
        return found
