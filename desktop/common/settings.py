"""The app's own preferences (not office data): a small typed wrapper over ``QSettings``.

Stored in an INI file in the user's config folder (``Shequ/Shequ.ini``), never in the office
database: the language, how many automatic backups to keep, the last data folder, the main
window's geometry and the page it showed last. Tests point ``QSettings`` at a temporary folder
(``QSettings.setPath``) or pass their own ``QSettings``.

Other parts of the app read what they need through :func:`settings` (for example
``settings().backups_to_keep()``, or the shortcut :func:`backups_to_keep`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Shequ"
APPLICATION = "Shequ"

LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
DEFAULT_BACKUPS_TO_KEEP = 10
MIN_BACKUPS_TO_KEEP = 1
MAX_BACKUPS_TO_KEEP = 100

_LANGUAGE = "ui/language"
_BACKUPS = "backups/keep"
_DATA_DIR = "data/last_dir"
_GEOMETRY = "window/geometry"
_PAGE = "window/last_page"
_TEXT_SCALE = "ui/text_scale"
_FOLDERS = "folders/"  # + purpose: the folder a file dialog last used for that purpose

TEXT_SCALES: tuple[int, ...] = (100, 115, 130, 150, 175, 200)  # percent of the normal text size
DEFAULT_TEXT_SCALE = 100


def _user_settings() -> QSettings:
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
    store.setFallbacksEnabled(False)  # never read system-wide values
    return store


class Settings:
    """Typed access to the preferences; every setter writes through at once."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else _user_settings()

    def _text(self, key: str) -> str:
        value = self.store.value(key)
        return value if isinstance(value, str) else ""

    def _set(self, key: str, value: object) -> None:
        self.store.setValue(key, value)
        self.store.sync()

    # --- language --------------------------------------------------------------------------

    def language(self) -> str:
        """``"zh_CN"`` (the default) or ``"en"``; applies from the next start."""
        value = self._text(_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self._set(_LANGUAGE, language)

    # --- backups ---------------------------------------------------------------------------

    def backups_to_keep(self) -> int:
        """How many automatic backups to keep (1–100, default 10)."""
        try:
            value = int(str(self.store.value(_BACKUPS, DEFAULT_BACKUPS_TO_KEEP)))
        except ValueError:
            return DEFAULT_BACKUPS_TO_KEEP
        return max(MIN_BACKUPS_TO_KEEP, min(MAX_BACKUPS_TO_KEEP, value))

    def set_backups_to_keep(self, count: int) -> None:
        self._set(_BACKUPS, max(MIN_BACKUPS_TO_KEEP, min(MAX_BACKUPS_TO_KEEP, int(count))))

    # --- data folder -----------------------------------------------------------------------

    def last_data_dir(self) -> Path | None:
        text = self._text(_DATA_DIR)
        return Path(text) if text else None

    def set_last_data_dir(self, folder: Path) -> None:
        self._set(_DATA_DIR, str(folder))

    # --- text size -------------------------------------------------------------------------

    def text_scale(self) -> int:
        """The text size in percent of normal (one of ``TEXT_SCALES``; default 100)."""
        try:
            value = int(str(self.store.value(_TEXT_SCALE, DEFAULT_TEXT_SCALE)))
        except ValueError:
            return DEFAULT_TEXT_SCALE
        return value if value in TEXT_SCALES else DEFAULT_TEXT_SCALE

    def set_text_scale(self, percent: int) -> None:
        if percent not in TEXT_SCALES:
            raise ValueError(f"unknown text scale {percent!r}")
        self._set(_TEXT_SCALE, percent)

    # --- folders file dialogs start in -------------------------------------------------------

    def last_folder(self, purpose: str) -> Path | None:
        """The folder last used to open or save a file for ``purpose`` (``"excel"``, ``"pdf"``…),
        or None when there is none yet."""
        text = self._text(_FOLDERS + purpose)
        return Path(text) if text else None

    def set_last_folder(self, purpose: str, folder: Path) -> None:
        self._set(_FOLDERS + purpose, str(folder))

    # --- main window -----------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        value = self.store.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._set(_GEOMETRY, geometry)

    def last_page(self) -> str:
        return self._text(_PAGE)

    def set_last_page(self, key: str) -> None:
        self._set(_PAGE, key)


def settings() -> Settings:
    """The user's preferences (read fresh each time; cheap)."""
    return Settings()


def backups_to_keep() -> int:
    """How many automatic backups to keep, as the person chose on the 设置 page (default 10)."""
    return settings().backups_to_keep()
