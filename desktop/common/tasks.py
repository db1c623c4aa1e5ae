"""Work that may take longer than ~100 ms runs off the GUI thread, with progress and cancel.

``TaskRunner.run(fn, ...)`` runs ``fn(progress)`` on a ``QThreadPool`` worker. The function
opens its own database session (never share one across threads), returns plain data, and
may report progress and check for cancellation through the :class:`Progress` it gets. The
result or the error arrives on the GUI thread (queued signals); a progress dialog with a
cancel button appears only if the work lasts longer than ``show_after_ms`` (never with
``show_progress=False``, for work whose page shows its own "checking…"). Widgets are
never touched from the worker; Qt models are never built there.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

SHOW_AFTER_MS = 100


def _t(text: str) -> str:
    return QCoreApplication.translate("Tasks", text)


class Cancelled(Exception):
    """Raised in a worker (by :meth:`Progress.check`) when the person pressed Cancel."""


class Progress:
    """What a worker reports (thread-safe): done out of total, a line of text; and whether
    the person asked to stop."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def update(self, done: int, total: int, text: str = "") -> None:
        self._relay.progressed.emit(int(done), int(total), text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop here (raise :class:`Cancelled`) if the person pressed Cancel."""
        if self._cancel.is_set():
            raise Cancelled()


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, the GUI thread receives (queued)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Worker(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress, relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._progress = progress
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # delivered to the GUI thread, never lost in the pool
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.succeeded, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the relay is gone: the window closed while the work ran
            signal.emit(value)


class TaskHandle(Generic[T]):
    """A running task: cancel it, or ask whether it has finished."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.finished = False

    def cancel(self) -> None:
        self.progress.cancel()


class TaskRunner(QObject):
    """Runs tasks on a thread pool and delivers their outcome on the GUI thread."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[Progress], T],
        *,
        on_success: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        parent_widget: QWidget | None = None,
        title: str = "",
        cancellable: bool = True,
        show_after_ms: int = SHOW_AFTER_MS,
        show_progress: bool = True,
    ) -> TaskHandle[T]:
        """Start ``fn`` in the background. Exactly one of the callbacks is called, on the GUI
        thread: ``on_success(result)``, ``on_cancel()`` (when cancelled; falls back to nothing)
        or ``on_error(exc)`` (falls back to the global excepthook). Without ``show_progress``
        no dialog appears: the caller shows the work is under way where its result will go."""
        relay = _Relay()
        progress = Progress(relay)
        handle: TaskHandle[T] = TaskHandle(progress)
        self._running.add(relay)
        if not show_progress:

            def quiet_finish() -> None:
                handle.finished = True
                self._running.discard(relay)

            return self._start(fn, progress, relay, quiet_finish, on_success, on_error, on_cancel, handle)

        dialog = QProgressDialog(title or _t("请稍候…"), _t("取消") if cancellable else "", 0, 0, parent_widget)
        dialog.setWindowTitle(title or _t("正在处理"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(progress.cancel)
        dialog.hide()
        timer = QTimer(dialog)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: None if handle.finished else dialog.show())
        timer.start(max(0, show_after_ms))

        def on_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(0, total))
            dialog.setValue(min(done, total) if total > 0 else 0)
            if text:
                dialog.setLabelText(text)

        def finish() -> None:
            handle.finished = True
            if shiboken6.isValid(dialog):  # gone with its parent when the page was closed first
                timer.stop()
                dialog.hide()
                dialog.deleteLater()
            self._running.discard(relay)

        relay.progressed.connect(on_progress)
        return self._start(fn, progress, relay, finish, on_success, on_error, on_cancel, handle)

    def _start(
        self,
        fn: Callable[[Progress], T],
        progress: Progress,
        relay: _Relay,
        finish: Callable[[], None],
        on_success: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None,
        on_cancel: Callable[[], None] | None,
        handle: TaskHandle[T],
    ) -> TaskHandle[T]:
        def succeeded(result: object) -> None:
            finish()
            on_success(result)  # type: ignore[arg-type]

        def failed(exc: object) -> None:
            finish()
            if isinstance(exc, Cancelled):
                if on_cancel is not None:
                    on_cancel()
                return
            assert isinstance(exc, BaseException)
            if on_error is not None:
                on_error(exc)
            else:
                import sys

                sys.excepthook(type(exc), exc, exc.__traceback__)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        self.pool.start(_Worker(fn, progress, relay))
        return handle

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the pool's workers (for shutdown and tests); True when all finished."""
        return bool(self.pool.waitForDone(msecs))


class BusyWork:
    """For a page or window that runs its slow work through ``self.runner``: :attr:`busy` while any
    of it runs, the buttons updated when a task starts and when it ends, and nothing shown once the
    widget is gone. Mixed in before the Qt class (``class Page(BusyWork, QWidget)``); the class
    gives ``runner`` and the hooks below."""

    runner: TaskRunner
    _busy = 0

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def _update_buttons(self) -> None:
        """Enable what may be done now (``busy`` has changed)."""

    def _show_error(self, exc: BaseException) -> None:
        """A task failed (and gave no ``on_error``)."""
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)

    def _show_cancelled(self) -> None:
        """A task was cancelled (and gave no ``on_cancel``)."""

    def _task_ended(self) -> None:
        """After a task's outcome was shown (whichever it was)."""

    def _run(
        self,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        title: str,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        cancellable: bool = True,
    ) -> TaskHandle[Any]:
        """Run ``work`` in the background with a progress window titled ``title``; then one of
        ``on_success(result)``, ``on_error(exc)`` (else :meth:`_show_error`) or ``on_cancel()`` (else
        :meth:`_show_cancelled`), unless the widget has been deleted meanwhile."""
        assert isinstance(self, QWidget)
        self._busy += 1
        self._update_buttons()

        def done() -> bool:
            """Whether the widget is still there to show the outcome."""
            if not shiboken6.isValid(self):
                return False
            self._busy -= 1
            self._update_buttons()
            return True

        def succeeded(result: Any) -> None:
            if done():
                on_success(result)
                self._task_ended()

        def failed(exc: BaseException) -> None:
            if done():
                (on_error or self._show_error)(exc)
                self._task_ended()

        def cancelled() -> None:
            if done():
                (on_cancel or self._show_cancelled)()
                self._task_ended()

        return self.runner.run(
            work,
            on_success=succeeded,
            on_error=failed,
            on_cancel=cancelled,
            parent_widget=self.window(),
            title=title,
            cancellable=cancellable,
        )
