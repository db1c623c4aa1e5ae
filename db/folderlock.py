"""The data folder's lock: one process at a time works on a data folder.

An exclusive, non-blocking lock on ``shequ.lock`` in the folder, held while the store is open
and released when it closes — or by the operating system when the process ends, however it
ends (a crash, a kill, a power cut), so a stale lock never keeps anyone out. POSIX uses
``flock`` (per open file, so a second open in the same process is refused too); Windows locks
the file's first byte with ``msvcrt.locking``.

A folder this process cannot write (a read-only disk or share, or no write permission) gets
:meth:`FolderLock.acquire_shared` instead: the existing lock file opened read-only under a
shared lock (``LOCK_SH``), so readers can be many while a writer — another account that can
write there — is kept out as long as one reads, and a reader is refused while it writes. With no
lock file there (none of this app's writers ever opened the folder, since each creates it) no
lock is held; nobody who could write the folder has it open.

This is the standard library's few lines rather than the ``filelock`` package because it is
on the start-up path: importing ``filelock`` alone took about 17 ms, a sixth of the app's
budget for showing its window (benches/bench_startup.py).
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

# What opening the lock file for writing fails with in a folder that cannot be written.
READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


class FolderLocked(Exception):
    """Another process (or another open store in this one) holds the lock."""


class FolderReadOnly(Exception):
    """The lock file cannot be created or opened for writing: the folder is read-only here."""


class FolderLock:
    """An exclusive lock on ``path`` (created when missing; never deleted)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._fd: int | None = None
        self.shared = False  # taken with acquire_shared (or nothing to lock in a read-only folder)

    @property
    def is_locked(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock now, or raise :class:`FolderLocked` (held elsewhere) or
        :class:`FolderReadOnly` (the lock file cannot be written here)."""
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if exc.errno in READ_ONLY_ERRNOS:
                raise FolderReadOnly(str(self.path)) from exc
            raise
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise FolderLocked(str(self.path)) from exc
        self._fd = fd

    def acquire_shared(self) -> None:
        """For reading a folder this process cannot write: a shared lock on the existing lock
        file, opened read-only (nothing is created); :class:`FolderLocked` while a writer holds
        it. No lock file, or one that cannot be opened even for reading: nothing is held."""
        if self._fd is not None:
            return
        self.shared = True
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            return
        try:
            _lock_shared(fd)
        except OSError as exc:
            os.close(fd)
            raise FolderLocked(str(self.path)) from exc
        self._fd = fd

    def release(self) -> None:
        """Give the lock up (nothing happens when it is not held)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        except OSError:
            pass  # closing the file releases it anyway
        finally:
            os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _lock_shared(fd: int) -> None:  # Windows has no shared byte lock here: readers take turns
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBRLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _lock_shared(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
