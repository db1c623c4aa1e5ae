"""What a process killed mid-write leaves in the data folder, removed when the store next opens.

:func:`clean_leftovers` runs in :func:`db.store.attach_store` for a store opened to write — the
process then holds the folder's exclusive lock, so no other process of the app is writing there —
and removes:

* the temporaries of :func:`db.fileio.write_atomic` and the unfinished copies of
  :func:`db.folder.backup_database` and :mod:`db.backup` (``*.partial``), in the data folder and
  in the folders the app writes inside it (``keys/``, ``returns/``, ``backups/``, ``city/``);
* a return's PDF whose writing began and whose row was never committed (the process was killed
  while signing, or while the city imported a bundle): the writer first leaves a marker beside
  the PDF (:func:`mark_pending`, ``.<name>.pending``) and removes it once the row is committed
  (:func:`clear_pending`). A marker with no row takes its PDF with it; a marker whose row exists
  is only removed itself.

A PDF without a marker is never removed, row or no row: after a backup was restored, the
database no longer knows the returns signed since, and their PDFs are the signed documents.
Nothing here ever refuses to open a store: what cannot be removed stays for the next time.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.fileio import PARTIAL_SUFFIX, fsync_folder

PENDING_SUFFIX = ".pending"
# The folders of the data folder the app writes files in (searched with their subfolders); the
# data folder itself is searched without its subfolders.
WRITTEN_FOLDERS = ("keys", "returns", "backups", "city")
RETURNS_FOLDER = "returns"


@dataclass
class Cleaned:
    """What :func:`clean_leftovers` removed (paths relative to the data folder, ``/``-separated)."""

    partials: list[str] = field(default_factory=list)
    orphan_pdfs: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.partials or self.orphan_pdfs)


def pending_marker(target: Path) -> Path:
    """The marker that says ``target`` is being written and not yet recorded."""
    return target.with_name(f".{target.name}{PENDING_SUFFIX}")


def mark_pending(target: Path) -> Path:
    """Leave the marker of ``target`` (durably, before ``target`` is written); its path."""
    from db.fileio import write_atomic

    marker = pending_marker(target)
    write_atomic(marker, b"")
    return marker


def clear_pending(target: Path) -> None:
    """``target`` is recorded (or gone): its marker goes."""
    with contextlib.suppress(OSError):
        pending_marker(target).unlink(missing_ok=True)


def _relative(data_dir: Path, path: Path) -> str:
    return path.relative_to(data_dir).as_posix()


def _files(folder: Path, recursive: bool) -> list[Path]:
    if not folder.is_dir():
        return []
    if not recursive:
        return [entry for entry in folder.iterdir() if entry.is_file()]
    found: list[Path] = []
    for root, _dirs, names in os.walk(folder):
        found.extend(Path(root) / name for name in names)
    return found


def _recorded_pdfs(engine: Any, wanted: list[str]) -> set[str] | None:
    """Which of ``wanted`` (relative paths) a return row names; None when the database cannot say."""
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT pdf_path FROM return_snapshot").fetchall()
    except Exception:  # an unreadable table keeps every file (never remove on doubt)
        return None
    recorded = {str(row[0]).replace("\\", "/") for row in rows if row[0]}
    return {path for path in wanted if path in recorded}


def clean_leftovers(data_dir: Path | str, engine: Any) -> Cleaned:
    """Remove what killed writers left in ``data_dir`` (see the module docstring)."""
    folder = Path(data_dir)
    cleaned = Cleaned()
    candidates = _files(folder, recursive=False)
    for name in WRITTEN_FOLDERS:
        candidates.extend(_files(folder / name, recursive=True))
    markers: list[tuple[Path, Path]] = []
    returns = folder / RETURNS_FOLDER
    for path in candidates:
        if path.name.endswith(PARTIAL_SUFFIX):
            with contextlib.suppress(OSError):
                path.unlink()
                cleaned.partials.append(_relative(folder, path))
        elif path.name.startswith(".") and path.name.endswith(PENDING_SUFFIX) and returns in path.parents:
            markers.append((path, path.with_name(path.name[1 : -len(PENDING_SUFFIX)])))
    if markers:
        recorded = _recorded_pdfs(engine, [_relative(folder, target) for _, target in markers])
        if recorded is not None:
            for marker, target in markers:
                if _relative(folder, target) not in recorded and target.exists():
                    with contextlib.suppress(OSError):
                        target.unlink()
                        cleaned.orphan_pdfs.append(_relative(folder, target))
                with contextlib.suppress(OSError):
                    marker.unlink()
    if cleaned:
        for parent in {folder / path for path in cleaned.partials + cleaned.orphan_pdfs}:
            fsync_folder(parent.parent)
    return cleaned
