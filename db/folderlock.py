"""The data folder's lock: one process at a time works on a data folder.

An exclusive, non-blocking lock on ``shequ.lock`` in the folder, held while the store is open
and released when it closes — or by the operating system when the process ends, however it
ends (a crash, a kill, a power cut), so a stale lock never keeps anyone out. POSIX uses
``flock`` (per open file, so a second open in the same process is refused too); Windows locks
the file's first byte with ``msvcrt.locking``.

This is the standard library's few lines rather than the ``filelock`` package because it is
on the start-up path: importing ``filelock`` alone took about 17 ms, a sixth of the app's
budget for showing its window (benches/bench_startup.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


class FolderLocked(Exception):
    """Another process (or another open store in this one) holds the lock."""


class FolderLock:
    """An exclusive lock on ``path`` (created when missing; never deleted)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    @property
    def is_locked(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock now, or raise :class:`FolderLocked`."""
        if self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
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

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
