"""Long pure-Python work on a whole office runs in a helper process, so the window keeps the GIL.

A background *thread* that computes for seconds (the check before signing reads and judges every
record) holds Python's global interpreter lock most of the time; the GUI thread then waits for
it at every step, and a list that opens in 80 ms takes half a second. :func:`run_in_process`
runs a function in one long-lived helper process instead (``spawn``: a fresh interpreter, no Qt,
its own database connection), and is called from a :class:`desktop.common.tasks.TaskRunner`
worker thread, which only waits (without the lock) for the answer.

* The function and its arguments and result must be picklable: a module-level function and
  plain data (paths, periods, dataclasses). It opens what it needs itself.
* A :class:`db.errors.ShequError` raised there is raised here as :class:`HelperFailed` with the
  same message (also a ``ShequError``); anything else as :class:`HelperCrashed` with the
  helper's traceback text.
* One call at a time: a second caller waits for the first. A helper that died (killed, out of
  memory) is replaced; if none can be started, the call is run here, on the calling thread,
  rather than lost.
* :func:`stop_helper` (called when the app quits) ends the helper at once, whatever it is doing:
  the app never waits for a check nobody will read; the call waiting for it is cancelled.

In the frozen app the helper is the app's own executable started by :mod:`multiprocessing`;
:func:`desktop.gui.main` calls :func:`multiprocessing.freeze_support` first, which runs the
helper instead of the app.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from db.errors import ShequError
from desktop.common.tasks import Cancelled

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

T = TypeVar("T")

log = logging.getLogger(__name__)


class HelperFailed(ShequError):
    """The function, run in the helper, refused with a message for the person (a ShequError there)."""


class HelperCrashed(RuntimeError):
    """The function, run in the helper, failed with a bug; the message is the helper's traceback."""


@dataclass(frozen=True)
class _Outcome:
    ok: bool
    value: Any = None  # the result when ok
    expected: bool = False  # a ShequError (its message in ``text``), else a bug (its traceback)
    text: str = ""


def _serve(conn: Connection) -> None:  # the helper process's main loop
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):  # the app has gone
            return
        fn, args = request
        try:
            outcome = _Outcome(True, fn(*args))
        except ShequError as exc:
            outcome = _Outcome(False, expected=True, text=str(exc))
        except BaseException:  # reported to the app, which shows or logs it
            outcome = _Outcome(False, text=traceback.format_exc())
        try:
            conn.send(outcome)
        except (EOFError, OSError):
            return
        except Exception:  # the result could not be pickled: a bug in the caller's function
            conn.send(_Outcome(False, text=traceback.format_exc()))


class _Helper:
    def __init__(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self.conn, child_end = context.Pipe()
        self.process = context.Process(target=_serve, args=(child_end,), name="shequ-helper", daemon=True)
        self.process.start()
        child_end.close()

    def call(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> _Outcome:
        self.conn.send((fn, args))
        outcome = self.conn.recv()  # EOFError when the helper died
        assert isinstance(outcome, _Outcome)
        return outcome

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class _Slot:
    """The one helper of this process, and what the calls share."""

    def __init__(self) -> None:
        self.lock = threading.Lock()  # one call at a time
        self.helper: _Helper | None = None
        self.stops = 0  # how many times stop() ended the helper

    def run(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> _Outcome | None:
        stops = self.stops
        with self.lock:
            for attempt in (1, 2):  # a helper found dead is replaced once
                if self.stops != stops:  # stop() came first: the app is quitting
                    raise Cancelled()
                helper = self.helper
                try:
                    if helper is not None and not helper.process.is_alive():
                        self.drop()
                        helper = None
                    if helper is None:
                        helper = self.helper = _Helper()
                        if self.stops != stops:
                            self.drop()
                            raise Cancelled()
                    return helper.call(fn, args)
                except (EOFError, OSError, ValueError) as exc:  # it could not start, or it died
                    if self.stops != stops:  # stop() ended it: the app is quitting
                        raise Cancelled() from exc
                    log.warning("the helper process failed (%s, attempt %d)", exc, attempt)
                    self.drop()
        return None

    def drop(self) -> None:
        helper, self.helper = self.helper, None
        if helper is not None:
            helper.stop()

    def stop(self) -> None:
        self.stops += 1
        self.drop()


_slot = _Slot()


def run_in_process(fn: Callable[..., T], /, *args: Any) -> T:
    """``fn(*args)`` computed in the helper process (see the module); blocks until it answers.

    Never call this on the GUI thread: call it from a background task. Raises
    :class:`desktop.common.tasks.Cancelled` when :func:`stop_helper` ended the helper meanwhile."""
    outcome = _slot.run(fn, args)
    if outcome is None:  # no helper could do it: done here rather than not at all
        log.warning("running %s in the app's own process", getattr(fn, "__name__", fn))
        return fn(*args)
    if outcome.ok:
        return outcome.value  # type: ignore[no-any-return]
    if outcome.expected:
        raise HelperFailed(outcome.text)
    raise HelperCrashed(outcome.text)


def helper_pid() -> int | None:
    """The helper process's id while it runs (None before the first call or after a stop)."""
    helper = _slot.helper
    return helper.process.pid if helper is not None and helper.process.is_alive() else None


def stop_helper() -> None:
    """End the helper now, whatever it is doing (the app is quitting): a call waiting for it
    raises :class:`~desktop.common.tasks.Cancelled`; a later call starts a new helper."""
    _slot.stop()
