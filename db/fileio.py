"""Writing files so that a crash, a full disk or a USB stick pulled mid-copy never leaves half a file.

:func:`write_atomic` writes the bytes to a temporary name in the target's own folder, flushes
and fsyncs them, renames the temporary over the target (``os.replace``, atomic on POSIX and on
NTFS within one volume) and then fsyncs the folder, so that the rename itself is on the disk
(POSIX; Windows has no directory handles to fsync). Readers see the old file or the new one,
never a mixture; on any failure the temporary is removed and the target is left as it was.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PARTIAL_SUFFIX = ".partial"


def fsync_folder(folder: Path | str) -> None:
    """Make a rename or a new file in ``folder`` durable (POSIX; a no-op where unsupported)."""
    if os.name == "nt":
        return
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):  # some file systems (e.g. FAT on some kernels) refuse
            os.fsync(handle)
    finally:
        os.close(handle)


def write_atomic(path: Path | str, data: bytes, mode: int = 0o644) -> None:
    """Replace ``path`` by ``data`` all at once (see the module docstring).

    ``mode`` is the new file's permission bits (POSIX). Raises ``OSError`` when the folder is
    missing, read-only or full; the target is then untouched and no temporary file remains.
    """
    import tempfile  # not at the top: db.folder (on the start-up path) imports this module

    target = Path(path)
    folder = target.parent
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX, dir=folder)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if os.name != "nt":
            os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_folder(folder)
