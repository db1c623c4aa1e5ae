"""Writing files so that a crash, a full disk or a USB stick pulled mid-copy never leaves half a file.

:func:`write_atomic` writes the bytes to a temporary name in the target's own folder, flushes
and fsyncs them, renames the temporary over the target (:func:`replace_file`, atomic on POSIX and
on NTFS within one volume) and then fsyncs the folder, so that the rename itself is on the disk
(POSIX; Windows has no directory handles to fsync). Readers see the old file or the new one,
never a mixture; on any failure the temporary is removed and the target is left as it was.
``before_replace`` runs between the two (the file is whole on the disk, not yet under its name):
a caller that records the file in the database commits there, so that a failure of either leaves
neither (``shequ return --sign --out``).

A full disk is one clear refusal, :class:`DiskFull`, naming the folder that is full: raised by
:func:`write_atomic`, and made by :func:`disk_full` from what the system or SQLite said — no space
(``ENOSPC``), a quota (``EDQUOT``), the process's file-size limit (``EFBIG``), SQLite's
``SQLITE_FULL``, or an SQLite I/O error while the folder has no room left (SQLite says "disk I/O
error" when the shared-memory file cannot grow, or for a quota or a size limit). A temporary
left by a process that was killed mid-write ends in :data:`PARTIAL_SUFFIX`; those in the data
folder are removed when the store next opens for writing (:mod:`db.leftovers`).

A rename over a file another program holds open is refused on Windows — antivirus (360, 火绒),
the search indexer, a backup or sync tool opening every new file for a moment — with
``ERROR_ACCESS_DENIED`` (5) or ``ERROR_SHARING_VIOLATION`` (32). :func:`replace_file` is the one
``os.replace`` of ``db/`` and ``desktop/``: it tries again with growing waits for up to
:data:`REPLACE_PATIENCE` seconds, then raises :class:`FileBusy` (a ``ShequError`` and an
``OSError``) saying another program holds the file. Any other error is raised at once.

Standard library only: :mod:`db.folder`, on the app's start-up path, imports this module.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from db.errors import ShequError

PARTIAL_SUFFIX = ".partial"
# The errors that mean "no room": the disk is full, the user's quota is used up, or a file would
# grow past the process's size limit (RLIMIT_FSIZE; Python ignores SIGXFSZ, so the write fails).
FULL_ERRNOS = frozenset(
    code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None), errno.EFBIG) if code is not None
)
# SQLite's primary result codes (the low byte of the extended code).
_SQLITE_IOERR = 10
_SQLITE_FULL = 13
# An SQLite I/O error in a folder with less room than this is taken for a full disk.
LOW_SPACE_BYTES = 1024 * 1024
# ... and with a file within this of the process's file-size limit, for that limit.
_SIZE_LIMIT_MARGIN = 64 * 1024


class DiskFull(ShequError, OSError):
    """No room left where a file was being written: one line naming the folder, nothing saved.

    Also an :class:`OSError` (``errno`` ENOSPC, ``filename`` the folder), so that code which
    treats a failed write as "not saved" (a remembered setting, a backup's note) still does."""

    def __init__(self, folder: Path | str, code: int = errno.ENOSPC) -> None:
        from db.i18n import tr

        super().__init__(
            tr(
                "磁盘空间不足：{folder} 所在的磁盘已经写满，这次没有保存任何内容，请腾出空间后再试。",
                folder=str(folder),
            )
        )
        self.folder = Path(folder)
        self.errno = code
        self.strerror = str(tr("磁盘空间不足"))
        self.filename = str(folder)

    def __str__(self) -> str:
        return str(self.args[0])


# Windows' codes for "another program has the file open": ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION.
BUSY_WINERRORS = frozenset({5, 32})
# How long (seconds) :func:`replace_file` keeps trying, and its first and longest wait between tries.
REPLACE_PATIENCE = 2.0
_FIRST_WAIT = 0.01
_LONGEST_WAIT = 0.25


class FileBusy(ShequError, OSError):
    """Another program (antivirus, the search indexer) held a file for longer than
    :data:`REPLACE_PATIENCE`, so it could not be replaced: one line naming the file.

    Also an :class:`OSError` (``errno`` EACCES, ``filename`` the file), so that code which treats
    a failed write as "not saved" still does."""

    def __init__(self, path: Path | str) -> None:
        from db.i18n import tr

        super().__init__(
            tr(
                "文件正被其他程序占用，无法替换：{path}。可能是杀毒软件或文件索引正在读取它；"
                "请关闭正在使用这个文件的程序，稍等片刻后再试。",
                path=str(path),
            )
        )
        self.path = Path(path)
        self.errno = errno.EACCES
        self.strerror = str(tr("文件正被其他程序占用"))
        self.filename = str(path)

    def __str__(self) -> str:
        return str(self.args[0])


def held_by_another_program(exc: OSError) -> bool:
    """Whether ``exc`` is Windows saying another program has the file open (worth trying again):
    ``winerror`` 5 or 32, or a :class:`PermissionError` on Windows. A :class:`PermissionError`
    elsewhere is a real lack of permission, and is not."""
    winerror = getattr(exc, "winerror", None)
    if isinstance(winerror, int):
        return winerror in BUSY_WINERRORS
    return sys.platform == "win32" and isinstance(exc, PermissionError)


def replace_file(
    source: Path | str,
    target: Path | str,
    *,
    patience: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> None:
    """``os.replace(source, target)``, tried again while another program holds either file.

    Waits 10 ms, then twice as long each time (at most 250 ms), until ``patience`` seconds
    (:data:`REPLACE_PATIENCE` when None) have passed since the first refusal; then raises
    :class:`FileBusy` naming ``target``, which is left as it was (and ``source`` where it was).
    Any other ``OSError`` is raised at once. ``sleep`` and ``clock`` are for tests."""
    limit = REPLACE_PATIENCE if patience is None else patience
    wait = _FIRST_WAIT
    deadline: float | None = None
    while True:
        try:
            os.replace(source, target)
            return
        except OSError as exc:
            if not held_by_another_program(exc):
                raise
            now = clock()
            if deadline is None:
                deadline = now + limit
            if now >= deadline:
                raise FileBusy(target) from exc
            sleep(min(wait, deadline - now))
            wait = min(wait * 2, _LONGEST_WAIT)


def space_exhausted(folder: Path | str, files: Iterable[Path] = ()) -> bool:
    """Whether ``folder`` has (almost) no room left for this process: less than
    :data:`LOW_SPACE_BYTES` free on its disk, or one of ``files`` at the process's file-size limit."""
    with contextlib.suppress(OSError):
        import shutil

        if shutil.disk_usage(folder).free < LOW_SPACE_BYTES:
            return True
    try:
        import resource
    except ImportError:  # Windows: no file-size limit
        return False
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if limit == resource.RLIM_INFINITY:
        return False
    for path in files:
        with contextlib.suppress(OSError):
            if Path(path).stat().st_size + _SIZE_LIMIT_MARGIN >= limit:
                return True
    return False


def disk_full(exc: BaseException, folder: Path | str, files: Iterable[Path] = ()) -> DiskFull | None:
    """:class:`DiskFull` naming ``folder`` when ``exc`` says there was no room there, else None.

    An :class:`OSError` is read by its errno; an SQLite error by its code (``SQLITE_FULL``), or
    as an I/O error in a folder without room (:func:`space_exhausted`, ``files`` being the
    database's files, checked against the process's file-size limit)."""
    if isinstance(exc, DiskFull):
        return exc
    if isinstance(exc, OSError):
        return DiskFull(folder, exc.errno or errno.ENOSPC) if exc.errno in FULL_ERRNOS else None
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        if primary == _SQLITE_FULL:
            return DiskFull(folder)
        if primary == _SQLITE_IOERR and space_exhausted(folder, files):
            return DiskFull(folder)
    return None


def _raise_full(exc: OSError, folder: Path) -> None:
    """Raise :class:`DiskFull` for ``folder`` when ``exc`` means no room (else return)."""
    full = disk_full(exc, folder)
    if full is not None:
        raise full from exc


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


def write_atomic(
    path: Path | str, data: bytes, mode: int = 0o644, *, before_replace: Callable[[], None] | None = None
) -> None:
    """Replace ``path`` by ``data`` all at once (see the module docstring).

    ``mode`` is the new file's permission bits (POSIX). ``before_replace`` is called once the
    data is on the disk under its temporary name; if it raises, the target is left as it was.
    Raises :class:`DiskFull` when the folder has no room, :class:`FileBusy` when another program
    holds the target too long (:func:`replace_file`), ``OSError`` when the folder is missing or
    read-only; the target is then untouched and no temporary file remains.
    """
    import tempfile  # not at the top: db.folder (on the start-up path) imports this module

    target = Path(path)
    folder = target.parent
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX, dir=folder)
    except OSError as exc:  # no room even for the name (no free inode)
        _raise_full(exc, folder)
        raise
    temp = Path(temp_name)
    try:
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            if os.name != "nt":
                os.chmod(temp, mode)
        except OSError as exc:
            _raise_full(exc, folder)
            raise
        if before_replace is not None:
            before_replace()  # its own errors are its own (another folder, the database)
        try:
            replace_file(temp, target)
        except OSError as exc:
            _raise_full(exc, folder)
            raise
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_folder(folder)
