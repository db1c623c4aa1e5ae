"""pyHanko loaded ahead: the 报表 page starts :func:`start` when it opens, so that the first signature
(and the first check of a file) does not wait ~0.4 s for the signing modules.

One daemon thread per process imports :data:`db.returns.sign.SIGNING_MODULES` (Qt-free,
:func:`db.returns.sign.preload_signing`); nothing is done with them, so it is harmless if the person
never signs. The page's own background work that signs or verifies calls :func:`wait` first, so
that two threads never import the same package at once.
"""

from __future__ import annotations

import threading

_started: list[threading.Thread] = []  # the one preload thread of this process, once started
_lock = threading.Lock()


def start() -> threading.Thread:
    """Start importing the signing modules on a background thread (once per process); the thread."""
    with _lock:
        if not _started:
            from db.returns.sign import preload_signing

            thread = threading.Thread(target=preload_signing, name="shequ-signing-preload", daemon=True)
            thread.start()
            _started.append(thread)
        return _started[0]


def thread() -> threading.Thread | None:
    """The preload thread of this process (running or finished), or None before :func:`start`."""
    with _lock:
        return _started[0] if _started else None


def wait() -> None:
    """Wait until the preload (if started) has finished. For background threads, never the GUI's."""
    running = thread()
    if running is not None and running is not threading.current_thread():
        running.join()
