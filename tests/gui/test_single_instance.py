"""One window per data folder (desktop/shell/single_instance.py), in this process: the server's
name, the request, the server taking a request from a real local socket, a name left by a crash,
and the main window opening the page for each kind of file (MainWindow.open_file)."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QMessageBox

from desktop.common.prompts import ScriptedPrompts
from desktop.exchange.page import ExchangePage
from desktop.returns.page import VERIFY_TAB, ReturnsPage
from desktop.shell.main_window import MainWindow
from desktop.shell.single_instance import InstanceServer, hand_over, read_request, request_bytes, server_name


def test_one_folder_has_one_name_however_it_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    link = tmp_path / "link"
    link.symlink_to(folder)
    monkeypatch.chdir(tmp_path)
    name = server_name(folder)
    assert name.startswith("shequ-") and len(name) < 60  # a socket path stays short
    assert server_name(Path("office")) == name
    assert server_name(tmp_path / "office" / ".." / "office") == name
    assert server_name(link) == name
    assert server_name(tmp_path / "other") != name
    assert server_name(tmp_path / "not-made-yet") == server_name(tmp_path / "not-made-yet")  # the first start


def test_a_request_carries_the_file_or_nothing(tmp_path: Path) -> None:
    file = tmp_path / "一个 数据包-0001.shequ"
    line = request_bytes(file)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert read_request(line.rstrip(b"\n")) == (True, file)
    assert read_request(request_bytes(None).rstrip(b"\n")) == (True, None)
    for junk in (b"", b"hello", b"[1]", b'{"open": "/x"}', b'{"shequ": 99, "open": "/x"}', b"\xff\xfe"):
        assert read_request(junk)[0] is False


def test_nobody_to_hand_over_to(qapp, tmp_path: Path) -> None:
    assert hand_over(tmp_path / "office", tmp_path / "x.shequ") is False


def test_the_server_takes_a_request_and_answers(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "office"
    server = InstanceServer(folder)
    assert server.listen()
    try:
        client = QLocalSocket()
        client.connectToServer(server_name(folder))
        file = tmp_path / "150802001001-0002.shequ"
        with qtbot.waitSignal(server.requested, timeout=10_000) as asked:
            client.write(request_bytes(file))
        assert asked.args == [file]
        qtbot.waitUntil(
            lambda: client.bytesAvailable() > 0 or client.state() != QLocalSocket.LocalSocketState.ConnectedState
        )
        assert bytes(client.readAll().data()) == b"ok\n"
        # a second server on the same folder does not take the name from the first
        other = InstanceServer(folder)
        assert not other.listen()
        other.close()
    finally:
        server.close()


def test_the_server_hangs_up_on_anything_else(qtbot, tmp_path: Path) -> None:
    server = InstanceServer(tmp_path / "office")
    assert server.listen()
    try:
        asked: list[object] = []
        server.requested.connect(asked.append)
        client = QLocalSocket()
        client.connectToServer(server.name)
        assert client.waitForConnected(5_000)
        client.write(b"GET / HTTP/1.0\n")
        qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=10_000)
        assert asked == []
    finally:
        server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe leaves nothing behind")
def test_a_name_left_by_a_crash_does_not_block_the_start(qapp, tmp_path: Path) -> None:
    folder = tmp_path / "office"
    name = server_name(folder)
    path = Path(QDir.tempPath()) / name
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # bound, nobody accepting: a crashed start
    left.bind(str(path))
    left.close()
    try:
        assert path.exists()
        assert hand_over(folder) is False  # refused at once
        server = InstanceServer(folder)
        assert server.listen()  # the leftover was removed
        client = QLocalSocket()
        client.connectToServer(name)
        assert client.waitForConnected(5_000)
        client.abort()
        server.close()
    finally:
        path.unlink(missing_ok=True)


# --- the main window opens the page for a file ---------------------------------------------


def test_a_bundle_opens_the_exchange_pages_import(window: MainWindow, answers: ScriptedPrompts, tmp_path: Path) -> None:
    bundle = tmp_path / "150802001001-0001.shequ"
    bundle.write_bytes(b"not a bundle at all")
    opened: list[tuple[str, str]] = []
    window.file_opened.connect(lambda page, file: opened.append((page, file)))
    window.open_file(bundle)
    assert window.current_key == "exchange" and opened == [("exchange", str(bundle))]
    [(method, _title, text)] = answers.asked
    assert method == "error" and text  # the import read it and said why it is not one
    page = window.page("exchange")
    assert isinstance(page, ExchangePage) and page.result_frame.isVisibleTo(window)


def test_a_certificate_file_goes_where_the_office_installs_it(
    qtbot, window: MainWindow, answers: ScriptedPrompts, tmp_path: Path
) -> None:
    certificate = tmp_path / "150802001001-certificate.json"
    certificate.write_text("{}", encoding="utf-8")
    window.open_file(certificate)
    assert window.current_key == "exchange"
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=30_000)  # installed in the background, refused
    [(method, title, _text)] = answers.asked
    assert method == "error" and "证书" in title


def test_a_pdf_is_verified_on_the_reports_page(qtbot, window: MainWindow, tmp_path: Path) -> None:
    pdf = tmp_path / "报表-2026.pdf"
    pdf.write_bytes(b"%PDF-1.7\nnot really\n")
    window.open_file(pdf)
    assert window.current_key == "reports"
    page = window.page("reports")
    assert isinstance(page, ReturnsPage) and page.tabs.currentIndex() == VERIFY_TAB


def test_a_file_waits_for_the_dialog_in_front(qtbot, window: MainWindow, tmp_path: Path) -> None:
    pdf = tmp_path / "return.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    box = QMessageBox(QMessageBox.Icon.Information, "社区台账", "正在做别的事", QMessageBox.StandardButton.Ok, window)
    box.setModal(True)
    box.show()
    qtbot.waitUntil(box.isVisible)
    window.open_file(pdf)
    assert window.current_key != "reports"  # not behind the dialog's back
    box.accept()
    qtbot.waitUntil(lambda: window.current_key == "reports", timeout=10_000)
