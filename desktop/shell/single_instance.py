"""One window per data folder: a second start on a folder a window already has open brings that
window forward, hands it the file it was asked to open, and ends (exit code 0).

The first start listens on a local socket (:class:`QLocalServer`: a named pipe on Windows, a socket
file in the temporary folder elsewhere) whose name is derived from the user and the resolved data
folder (:func:`server_name`), so two offices' folders on one PC each keep their window. A later
start first tries to connect (:func:`hand_over`, before the data folder is claimed: otherwise the
folder's lock would say another Shequ uses it); when a window answers, the request is handed over
and the start ends there. When nobody answers it listens itself (:class:`InstanceServer`); a name
left by a start that crashed (a socket file nobody listens on) is removed first, and a name another
start listens on is never taken.

The request is one line of JSON, ``{"shequ": 1, "open": "<path>" | null}``, answered ``ok``. The
window that receives it is raised (the sign-in dialog or the first-run wizard when start-up is
still there, a dialog open in front of the window), and the file goes to the window once there
is one (:meth:`desktop.shell.main_window.MainWindow.open_file`; the city's and a street's windows
import a bundle, a street's installs its certificate).

``run_app`` (:mod:`desktop.shell.app`) calls :func:`hand_over`, then makes the server and gives it
the start-up (:meth:`InstanceServer.follow`). QtNetwork is on the start-up path (~10 ms).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from desktop.shell.startup import StartUp

PROTOCOL = 1
CONNECT_TIMEOUT_MS = 1_000  # a window that listens accepts at once (the system does)
REPLY_TIMEOUT_MS = 10_000  # its event loop answers once it is free (a migration may hold it)
MAX_REQUEST = 64 * 1024  # a path, in JSON: anything longer is not ours
REPORT_ENV = "SHEQU_REPORT_SHOWN"  # desktop/shell/app.py: lines for the smoke test and benchmarks


def server_name(data_dir: Path) -> str:
    """The local server's name for ``data_dir``: the same for every way of naming the folder
    (relative, a symbolic link, another case on Windows), different for another user."""
    try:
        folder = data_dir.expanduser().resolve()
    except (OSError, RuntimeError):
        folder = Path(os.path.abspath(data_dir))
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment or the password database
        user = str(os.getuid()) if hasattr(os, "getuid") else ""
    key = f"{user}\0{os.path.normcase(str(folder))}".encode("utf-8", "surrogatepass")
    return "shequ-" + hashlib.sha256(key).hexdigest()[:32]


def request_bytes(file: Path | None) -> bytes:
    return json.dumps({"shequ": PROTOCOL, "open": str(file) if file is not None else None}).encode() + b"\n"


def read_request(line: bytes) -> tuple[bool, Path | None]:
    """Whether ``line`` is a request of ours, and the file it asks to open."""
    try:
        request = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False, None
    if not isinstance(request, dict) or request.get("shequ") != PROTOCOL:
        return False, None
    file = request.get("open")
    return True, Path(file) if isinstance(file, str) and file else None


def _allow_foreground() -> None:
    """On Windows only the process in front may bring a window forward: let the one that
    answers do it (ASFW_ANY)."""
    if sys.platform == "win32":
        import contextlib
        import ctypes

        with contextlib.suppress(AttributeError, OSError):
            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]


def hand_over(data_dir: Path, file: Path | None = None, *, reply_timeout_ms: int = REPLY_TIMEOUT_MS) -> bool:
    """Hand ``file`` (or just "come forward") to the window open on ``data_dir``; whether one took
    it (then this start ends). False when nobody listens, or the one listening did not answer."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    _allow_foreground()
    try:
        socket.write(request_bytes(file))
        if not socket.waitForBytesWritten(CONNECT_TIMEOUT_MS):
            return False
        answer = b""
        while b"\n" not in answer:
            if not socket.waitForReadyRead(reply_timeout_ms):
                return False
            answer += bytes(socket.readAll().data())
        return answer.startswith(b"ok")
    finally:
        socket.abort()


def _answers(name: str) -> bool:
    """Whether something accepts connections on the server name (a window that has the folder)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if socket.waitForConnected(CONNECT_TIMEOUT_MS):
        socket.abort()
        return True
    return False


def bring_forward(widget: QWidget) -> None:
    """Show ``widget`` in front, restored if it was minimised, and flash it in the taskbar where the
    system does not let it come forward by itself."""
    if widget.isMinimized():
        widget.setWindowState(widget.windowState() & ~Qt.WindowState.WindowMinimized)
    widget.show()
    widget.raise_()
    widget.activateWindow()
    QApplication.alert(widget)


def open_in(window: QWidget, file: Path) -> bool:
    """Give ``file`` to ``window``: the office's window opens the page that takes it; the city's
    window imports a bundle; a street's imports a bundle or installs its certificate. Whether
    the window took it."""
    from desktop.shell.file_args import BUNDLE, CERTIFICATE, file_kind
    from desktop.shell.main_window import MainWindow

    if isinstance(window, MainWindow):
        window.open_file(file)
        return True
    kind = file_kind(file)
    if type(window).__name__ == "CityWindow" and kind == BUNDLE:
        from desktop.city.window import CityWindow

        assert isinstance(window, CityWindow)
        window.import_paths([file])
        return True
    if type(window).__name__ == "StreetWindow" and kind in (BUNDLE, CERTIFICATE):
        from desktop.street.window import StreetWindow

        assert isinstance(window, StreetWindow)
        if kind == BUNDLE:
            window.import_paths([file])
        else:
            window.install_certificate(file)
        return True
    return False


class InstanceServer(QObject):
    """Listens for later starts on the same data folder (see the module's notes); emits
    :attr:`requested` with the file each asks to open (or None). :meth:`follow` does what a
    request asks with the start-up's windows."""

    requested = Signal(object)  # Path | None

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # this user only
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}
        self.startup: StartUp | None = None
        self.pending: list[Path] = []  # files asked for before there was a window to take them
        self._report = os.environ.get(REPORT_ENV, "") == "1" and sys.stdout is not None
        self._reporting: QWidget | None = None  # the window whose opened files are reported

    def listen(self) -> bool:
        """Start listening; False when it cannot (the app then starts without: the folder's lock
        still keeps a second window out, with its message). A name nobody answers on was left by
        a start that crashed (a socket file) and is taken over; one that answers is never taken
        (with the user-only option, Qt would replace the socket file without a word)."""
        if _answers(self.name):  # a start racing this one got there first
            return False
        if self.server.listen(self.name):
            return True
        if self.server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(self.name)  # left by a start that crashed
            return self.server.listen(self.name)
        return False

    def close(self) -> None:
        self.server.close()

    # --- requests -------------------------------------------------------------------------

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket is None:
                return
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(lambda socket=socket: self._drop(socket))

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_REQUEST:
                self._drop_now(socket)
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        ours, file = read_request(line)
        if not ours:
            self._drop_now(socket)
            return
        self._buffers[socket] = b""
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        self.requested.emit(file)

    def _drop_now(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.abort()
        socket.deleteLater()

    # --- what a request does ----------------------------------------------------------------

    def follow(self, startup: StartUp, file: Path | None = None) -> None:
        """Serve ``startup``: each request brings its window (or dialog) forward and gives it the
        file; ``file`` (the one this start was given) goes to the window once there is one."""
        self.startup = startup
        self.requested.connect(self._come_forward)
        startup.window_shown.connect(self._window_shown)
        if file is not None:
            self.pending.append(file)

    def _window(self) -> QWidget | None:
        startup = self.startup
        if startup is None:
            return None
        return startup.window or startup.city_window or startup.street_window

    def _come_forward(self, file: Path | None) -> None:
        startup = self.startup
        if startup is None:
            return
        window = self._window()
        shown = [
            widget
            for widget in (window, startup.sign_in_dialog, startup.wizard, QApplication.activeModalWidget())
            if widget is not None and widget.isVisible()
        ]
        for widget in shown:
            bring_forward(widget)
        if self._report:
            print("shequ: brought forward", flush=True)
        if file is None:
            return
        if window is None:
            self.pending.append(file)  # given to the window once it shows
            return
        self._give(window, file)

    def _window_shown(self) -> None:
        window = self._window()
        if window is None:
            return
        files, self.pending = self.pending, []
        for file in files:
            self._give(window, file)

    def _give(self, window: QWidget, file: Path) -> None:
        from desktop.shell.main_window import MainWindow

        if self._report and isinstance(window, MainWindow) and window is not self._reporting:
            window.file_opened.connect(self._report_opened)
            self._reporting = window
        open_in(window, file)

    def _report_opened(self, page: str, file: str) -> None:
        print(f"shequ: file opened on {page}: {file}", flush=True)
