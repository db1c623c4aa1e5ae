"""帮助 ▸ 关于社区台账: the version, where the data and the logs are, and the licences of what the
app bundles (Qt for Python under the LGPL v3, the Noto Sans SC font under the SIL OFL 1.1, and
the other libraries with the licence each declares).

Licence texts are files under ``resources/`` (:func:`desktop.common.paths.resource_path`), so they are
in the PyInstaller bundle too; the other libraries' licence names come from their installed
metadata (``importlib.metadata``), with the names below when a bundle carries no metadata.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.common.paths import log_dir, resource_path
from desktop.common.text_size import follow_font
from desktop.common.window_size import grow_with_text, open_size

CONTEXT = "About"
QT_LICENSE_URL = "https://www.qt.io/licensing/open-source-lgpl-obligations"
PYSIDE_SOURCE_URL = "https://code.qt.io/cgit/pyside/pyside-setup.git/"
LGPL_URL = "https://www.gnu.org/licenses/lgpl-3.0.txt"
OFL_URL = "https://openfontlicense.org"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _n(text: str) -> str:
    """Mark ``text`` for translation; it is translated where it is shown."""
    return str(QT_TRANSLATE_NOOP(CONTEXT, text))


@dataclass(frozen=True)
class Library:
    distribution: str  # the name importlib.metadata knows
    name: str  # as shown
    licence: str  # when the metadata cannot say (a bundle without dist-info)
    url: str


# What the app bundles besides Qt for Python and the font (their licences are files, below).
LIBRARIES: tuple[Library, ...] = (
    Library("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org"),
    Library("sqlmodel", "SQLModel", "MIT", "https://sqlmodel.tiangolo.com"),
    Library("alembic", "Alembic", "MIT", "https://alembic.sqlalchemy.org"),
    Library("pydantic", "Pydantic", "MIT", "https://docs.pydantic.dev"),
    Library("reportlab", "ReportLab", "BSD-3-Clause", "https://www.reportlab.com"),
    Library("pyHanko", "pyHanko", "MIT", "https://github.com/MatthiasValvekens/pyHanko"),
    Library("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause", "https://cryptography.io"),
    Library("argon2-cffi", "argon2-cffi", "MIT", "https://argon2-cffi.readthedocs.io"),
    Library("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Library("tzdata", "tzdata", "Apache-2.0", "https://github.com/python/tzdata"),
)


@dataclass(frozen=True)
class LicenceText:
    key: str
    title: str  # untranslated (shown through _t)
    path: Path | None  # a file under resources/; None for the generated list of libraries
    notice: str  # shown when the file is missing


def licence_texts() -> tuple[LicenceText, ...]:
    lgpl_notice = (
        "Qt for Python (PySide6) is licensed under the GNU Lesser General Public License v3.\n"
        f"Licence text: {LGPL_URL}\nObligations: {QT_LICENSE_URL}\nSource: {PYSIDE_SOURCE_URL}\n"
    )
    return (
        LicenceText(
            "lgpl", _n("Qt for Python (PySide6) — GNU LGPL v3"), resource_path("licenses", "LGPL-3.0.txt"), lgpl_notice
        ),
        LicenceText("gpl", _n("GNU GPL v3（LGPL v3 的基础）"), resource_path("licenses", "GPL-3.0.txt"), lgpl_notice),
        LicenceText(
            "ofl",
            _n("Noto Sans SC 字体 — SIL Open Font License 1.1"),
            resource_path("fonts", "OFL.txt"),
            f"Noto Sans SC is licensed under the SIL Open Font License 1.1: {OFL_URL}\n",
        ),
        LicenceText("libraries", _n("其他程序库"), None, ""),
    )


def licence_name(library: Library) -> str:
    """The licence the installed distribution declares (SPDX expression, licence field or
    classifier), else the one written in :data:`LIBRARIES`."""
    try:
        meta = metadata.metadata(library.distribution)
    except metadata.PackageNotFoundError:
        return library.licence
    expression = str((meta.get_all("License-Expression") or [""])[0]).strip()
    if expression:
        return expression
    field = str((meta.get_all("License") or [""])[0]).strip()
    if field and "\n" not in field and len(field) <= 40:
        return field
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License :: OSI Approved :: "):
            return classifier.rsplit(" :: ", 1)[-1].removesuffix(" License").strip() or library.licence
    return library.licence


def library_version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def libraries_text() -> str:
    lines = [_t("社区台账使用以下开源程序库，各自遵循其许可证："), ""]
    for library in LIBRARIES:
        version = library_version(library.distribution)
        name = f"{library.name} {version}".strip()
        lines.append(f"• {name} — {licence_name(library)}")
        lines.append(f"  {library.url}")
    lines += ["", "Python — PSF-2.0 — https://www.python.org"]
    return "\n".join(lines) + "\n"


def load_licence(entry: LicenceText) -> str:
    """The licence's text: the bundled file, the generated list, or a short notice with its URL."""
    if entry.path is None:
        return libraries_text()
    try:
        return entry.path.read_text(encoding="utf-8")
    except OSError:
        return entry.notice


def pyside_version() -> str:
    import PySide6

    return str(PySide6.__version__)


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the file manager (Explorer on Windows)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    """关于社区台账: versions, folders, licences."""

    def __init__(self, data_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("关于社区台账"))
        self.data_dir = data_dir
        self.log_dir = log_dir()

        title = QLabel(_t("社区台账 {0}").format(__version__))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        summary = QLabel(_t("社区党建“三有一化”台账与报表。"))

        form = QFormLayout()
        self.version_label = QLabel(__version__)
        form.addRow(_t("版本："), self.version_label)
        form.addRow(_t("Qt 版本："), QLabel(_t("Qt {0}，PySide6 {1}").format(qVersion(), pyside_version())))
        form.addRow(_t("Python 版本："), QLabel(platform.python_version()))
        self.open_data_button = QPushButton(_t("打开文件夹"))
        self.open_log_button = QPushButton(_t("打开文件夹"))
        self.data_dir_label = QLabel(str(data_dir) if data_dir is not None else _t("未打开"))
        self.open_data_button.setEnabled(data_dir is not None)
        form.addRow(_t("数据文件夹："), self._folder_row(self.data_dir_label, self.open_data_button))
        form.addRow(_t("日志文件夹："), self._folder_row(QLabel(str(self.log_dir)), self.open_log_button))

        self.licences = licence_texts()
        self.licence_choice = QComboBox()
        for entry in self.licences:
            self.licence_choice.addItem(_t(entry.title), entry.key)
        self.licence_view = QPlainTextEdit()
        self.licence_view.setReadOnly(True)
        self.licence_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.licence_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        view = self.licence_view  # twelve lines of the licence (240 px at 100 %), at any 设置 ▸ 字号
        follow_font(view, lambda: view.setMinimumHeight(view.fontMetrics().lineSpacing() * 12))
        licence_row = QHBoxLayout()
        licence_row.addWidget(QLabel(_t("许可证：")))
        licence_row.addWidget(self.licence_choice, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addLayout(licence_row)
        layout.addWidget(self.licence_view, 1)
        layout.addWidget(buttons)
        self.resize(open_size(self, 720, 560))
        grow_with_text(self)

        self.licence_choice.currentIndexChanged.connect(self._show_licence)
        self.open_data_button.clicked.connect(self._open_data_dir)
        self.open_log_button.clicked.connect(lambda: open_folder(self.log_dir))
        self._show_licence(0)

    def _folder_row(self, path: QLabel, button: QPushButton) -> QWidget:
        path.setWordWrap(True)
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(path, 1)
        layout.addWidget(button)
        return row

    def _open_data_dir(self) -> None:
        if self.data_dir is not None:
            open_folder(self.data_dir)

    def show_licence(self, key: str) -> None:
        """Choose the licence ``key`` ("lgpl", "gpl", "ofl", "libraries") in the selector."""
        index = self.licence_choice.findData(key)
        if index >= 0:
            self.licence_choice.setCurrentIndex(index)

    def _show_licence(self, index: int) -> None:
        if 0 <= index < len(self.licences):
            self.licence_view.setPlainText(load_licence(self.licences[index]))
