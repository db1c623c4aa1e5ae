"""Where things live: the data folder, the log folder, bundled resources.

One place that knows about the ``SHEQU_DATA_DIR`` override, the platform's user folders
(platformdirs) and PyInstaller's ``sys._MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Shequ"
DATA_DIR_ENV = "SHEQU_DATA_DIR"


def default_data_dir() -> Path:
    """The data folder when none is given: ``$SHEQU_DATA_DIR``, else the user data folder."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The folder for log files (crash details), made on first use."""
    from platformdirs import user_log_dir

    folder = Path(user_log_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, from source or from a PyInstaller bundle."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base.joinpath("resources", *parts)
