"""Long pure-Python work on a whole office runs in a helper process, so the window keeps the GIL.

A background *thread* that computes for seconds (the check before signing reads and judges every
record) holds Python's global interpreter lock most of the time; the GUI thread then waits for
it at every step, and a list that opens in 80 ms takes half a second. :func:`run_in_process`
runs a function in one long-lived helper process instead (a fresh interpreter without Qt, with
its own database connection: the app's own executable or ``python -m desktop`` started with
:data:`HELPER_ENV` set, talking pickles over its stdin and stdout), and is called from a
:class:`desktop.common.tasks.TaskRunner` worker thread, which only waits (without the lock) for
the answer.

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

Not :mod:`multiprocessing`: in the frozen app its runtime hook would run at every start (the
bundle leaves it out), and a plain child process is all this needs.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import struct
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TypeVar

from db.errors import ShequError

T = TypeVar("T")

HELPER_ENV = "SHEQU_HELPER"  # set to "1" in the helper's environment: desktop.gui.main serves
_HEADER = struct.Struct("<Q")  # each message: its length, then the pickle

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


def _send(stream: IO[bytes], message: bytes) -> None:
    stream.write(_HEADER.pack(len(message)) + message)
    stream.flush()


def _receive(stream: IO[bytes]) -> Any:
    """The next message (unpickled); EOFError when the other side has gone."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError("the other side closed the pipe")
    (length,) = _HEADER.unpack(header)
    data = stream.read(length)
    if len(data) < length:
        raise EOFError("the other side closed the pipe")
    return pickle.loads(data)  # only ever from the app's own process and its own helper


def serve() -> int:
    """The helper process's main loop (:func:`desktop.gui.main` when :data:`HELPER_ENV` is set):
    requests on stdin, answers on stdout, until the app closes the pipe."""
    requests = os.fdopen(os.dup(0), "rb")  # by descriptor: a windowed app may have no sys.stdin
    answers = os.fdopen(os.dup(1), "wb")
    stray = sys.stderr.fileno() if sys.stderr is not None else os.open(os.devnull, os.O_WRONLY)
    os.dup2(stray, 1)  # a stray print goes to stderr (or nowhere), never into an answer
    sys.stdout = sys.stderr
    _lower_priority()
    while True:
        try:
            fn, args = _receive(requests)
        except EOFError:  # the app has gone
            return 0
        try:
            outcome = _Outcome(True, fn(*args))
        except ShequError as exc:
            outcome = _Outcome(False, expected=True, text=str(exc))
        except BaseException:  # reported to the app, which shows or logs it
            outcome = _Outcome(False, text=traceback.format_exc())
        try:
            message = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # the result cannot be pickled: a bug in the caller's function
            message = pickle.dumps(_Outcome(False, text=traceback.format_exc()))
        try:
            _send(answers, message)
        except OSError:
            return 0


HELPER_NICENESS = 10  # the helper yields the processor to the window (and everything else) when both want it


def _lower_priority() -> None:
    """The helper's work is background work: on a busy machine the window comes first (POSIX: nice;
    Windows: the helper is started below normal priority, see :class:`_Helper`)."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(HELPER_NICENESS)


def _helper_command() -> tuple[list[str], dict[str, str]]:
    """How to start the helper: the app's own executable (frozen) or ``python -m desktop``."""
    env = {**os.environ, HELPER_ENV: "1"}
    if getattr(sys, "frozen", False):
        return [sys.executable], env
    root = str(Path(__file__).resolve().parents[2])  # the folder holding desktop/ and db/
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH", "")]))
    return [sys.executable, "-m", "desktop"], env


class _Helper:
    def __init__(self) -> None:
        command, env = _helper_command()
        # Windows: no console window for it, and below the window's priority (POSIX: serve() lowers it)
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) | getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)
        errors = None if sys.stderr is not None else subprocess.DEVNULL  # a windowed app has none to share
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors, env=env, creationflags=flags
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def call(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> _Outcome:
        assert self.process.stdin is not None and self.process.stdout is not None
        _send(self.process.stdin, pickle.dumps((fn, args), protocol=pickle.HIGHEST_PROTOCOL))
        outcome = _receive(self.process.stdout)  # EOFError when the helper died
        assert isinstance(outcome, _Outcome)
        return outcome

    def stop(self) -> None:
        self.process.kill()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            log.warning("the helper process %d did not end", self.process.pid)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


class _Slot:
    """The one helper of this process, and what the calls share."""

    def __init__(self) -> None:
        self.lock = threading.Lock()  # one call at a time
        self.helper: _Helper | None = None
        self.stops = 0  # how many times stop() ended the helper

    def run(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> _Outcome | None:
        from desktop.common.tasks import Cancelled  # not at the top: the helper itself has no Qt

        stops = self.stops
        with self.lock:
            for attempt in (1, 2):  # a helper found dead is replaced once
                if self.stops != stops:  # stop() came first: the app is quitting
                    raise Cancelled()
                helper = self.helper
                try:
                    if helper is not None and not helper.alive():
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
    return helper.pid if helper is not None and helper.alive() else None


def stop_helper() -> None:
    """End the helper now, whatever it is doing (the app is quitting): a call waiting for it
    raises :class:`~desktop.common.tasks.Cancelled`; a later call starts a new helper."""
    _slot.stop()
