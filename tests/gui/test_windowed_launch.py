"""How ``shequ`` / ``shequw`` read their arguments (desktop/gui.py): the app with a data folder and
a file to open (desktop/shell/file_args.py), or the command line — and, under the windowed
executable where there is nowhere to print, the command's answer in a message box or the log
(desktop/shell/command_output.py), never a crash."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import __version__
from desktop.gui import AppLaunch, app_launch, main, run_command
from desktop.shell import command_output
from desktop.shell.command_output import LOG_NAME, SHOWN_LINES, output_box, write_log
from desktop.shell.file_args import BUNDLE, CERTIFICATE, RETURN_PDF, file_kind, openable_file


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    made = {
        "bundle": tmp_path / "150802001001-0003.shequ",
        "certificate": tmp_path / "150802001001-certificate.json",
        "pdf": tmp_path / "return-2026.pdf",
        "text": tmp_path / "notes.txt",
        "json": tmp_path / "settings.json",
    }
    for path in made.values():
        path.write_bytes(b"x")
    (tmp_path / "folder.shequ").mkdir()
    return made


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("150802001001-0003.shequ", BUNDLE),
        ("CITY-150802001001-0001.SHEQU", BUNDLE),
        ("150802001001-certificate.json", CERTIFICATE),
        ("150802-street-certificate.JSON", CERTIFICATE),
        ("return-2026Q1.pdf", RETURN_PDF),
        ("报表.PDF", RETURN_PDF),
        (".shequ", None),
        ("-certificate.json", None),
        ("settings.json", None),
        ("150802001001-request.pem", None),
        ("notes.txt", None),
    ],
)
def test_what_a_file_is_by_its_name(name: str, kind: str | None) -> None:
    assert file_kind(Path("/somewhere") / name) == kind


def test_the_suffixes_are_the_data_layers() -> None:
    from db.exchange.bundle import BUNDLE_SUFFIX
    from db.exchange.pki import CERTIFICATE_SUFFIX
    from db.exchange.street import STREET_CERTIFICATE_SUFFIX
    from desktop.shell import file_args

    assert file_args.BUNDLE_SUFFIX == BUNDLE_SUFFIX
    assert file_args.CERTIFICATE_SUFFIX == CERTIFICATE_SUFFIX
    assert STREET_CERTIFICATE_SUFFIX.endswith(file_args.CERTIFICATE_SUFFIX)


def test_the_app_opens_existing_files_of_its_kinds(files: dict[str, Path], tmp_path: Path) -> None:
    data = tmp_path / "office"
    for key in ("bundle", "certificate", "pdf"):
        file = files[key]
        assert app_launch([str(file)]) == AppLaunch(None, file)
        assert app_launch(["--data-dir", str(data), str(file)]) == AppLaunch(data, file)
        assert app_launch([f"--data-dir={data}", str(file)]) == AppLaunch(data, file)
    assert app_launch([]) == AppLaunch(None)
    assert app_launch(["--data-dir", str(data)]) == AppLaunch(data)


def test_a_relative_name_is_made_absolute(
    files: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    launch = app_launch([files["bundle"].name])
    assert launch == AppLaunch(None, files["bundle"]) and launch.open_file is not None
    assert launch.open_file.is_absolute()  # the window already open has another working folder


def test_anything_else_stays_the_command_line(files: dict[str, Path], tmp_path: Path) -> None:
    data = tmp_path / "office"
    for argv in (
        ["stats"],
        ["--version"],
        [str(tmp_path / "missing-0001.shequ")],  # no such file
        [str(tmp_path / "folder.shequ")],  # a folder
        [str(files["text"])],
        [str(files["json"])],  # a .json that is not a certificate file
        ["stats", str(files["bundle"])],
        ["--data-dir", str(data), "stats", str(files["bundle"])],
        [str(files["bundle"]), str(files["pdf"])],  # two files
        ["--data-dir", "--version"],
    ):
        assert app_launch(argv) is None, argv
    assert openable_file("-x.shequ") is None


# --- shequw with a command: nowhere to print ------------------------------------------------


@pytest.fixture
def windowed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[str], str, int]]:
    """The windowed executable's streams (None), with what would be shown recorded."""
    delivered: list[tuple[list[str], str, int]] = []

    def record(args: Sequence[str], text: str, code: int) -> None:
        delivered.append((list(args), text, code))

    monkeypatch.setattr(command_output, "deliver", record)
    return delivered


def no_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard output and error as the windowed executable has them: None. (In the test's body:
    pytest puts its own capture back between a fixture and the test.)"""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)


def test_the_version_is_shown_not_printed(
    windowed: list[tuple[list[str], str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    no_streams(monkeypatch)
    assert main(["--version"]) == 0
    assert sys.stdout is None and sys.stderr is None  # put back as they were
    [(args, text, code)] = windowed
    assert args == ["--version"] and code == 0 and __version__ in text


def test_a_mistake_is_shown_with_its_exit_code(
    windowed: list[tuple[list[str], str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    no_streams(monkeypatch)
    code = main(["frobnicate"])
    assert code == 2
    [(args, text, delivered_code)] = windowed
    assert args == ["frobnicate"] and delivered_code == 2
    assert "frobnicate" in text  # argparse's message, written to the stream that was None


def test_a_command_that_fails_is_shown(
    windowed: list[tuple[list[str], str, int]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_streams(monkeypatch)
    missing = tmp_path / "nowhere"
    code = main(["--data-dir", str(missing), "stats"])
    assert code != 0
    [(_args, text, delivered_code)] = windowed
    assert delivered_code == code and text.strip()


def test_even_a_broken_delivery_does_not_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    no_streams(monkeypatch)

    def broken(args: Sequence[str], text: str, code: int) -> None:
        raise RuntimeError("no display")

    assert run_command(["--version"], broken) == 0


def test_without_a_display_the_answer_goes_to_the_log(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The real delivery, where no window can be shown: the log folder (platformdirs' state folder)."""
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    no_streams(monkeypatch)
    assert not command_output.gui_available()
    assert main(["--version"]) == 0
    assert main(["frobnicate"]) == 2
    [log] = list((tmp_path / "state").rglob(LOG_NAME))
    text = log.read_text("utf-8")
    assert "shequw --version (exit code 0)" in text and __version__ in text
    assert "shequw frobnicate (exit code 2)" in text


def test_the_log_is_appended(tmp_path: Path) -> None:
    assert write_log(["a"], "one\n", 0, tmp_path) == tmp_path / LOG_NAME
    assert write_log(["b"], "two", 3, tmp_path) == tmp_path / LOG_NAME
    text = (tmp_path / LOG_NAME).read_text("utf-8")
    assert text.index("shequw a (exit code 0)\none") < text.index("shequw b (exit code 3)\ntwo")
    assert write_log(["c"], "x", 0, tmp_path / "missing" / "folder") is None  # never raises


def test_the_message_box_says_done_or_not_and_shows_the_output(qapp) -> None:
    box = output_box(["--version"], f"shequ {__version__}\n", 0)
    assert box.icon() == QMessageBox.Icon.Information and box.textFormat() == Qt.TextFormat.PlainText
    assert "命令已完成" in box.text() and f"shequ {__version__}" in box.text() and "shequw --version" in box.text()
    assert box.detailedText() == ""
    failed = output_box(["stats"], "", 2)
    assert failed.icon() == QMessageBox.Icon.Warning
    assert "命令没有完成（退出代码 2）" in failed.text() and "没有输出" in failed.text()


def test_a_long_answer_shows_its_start_and_all_of_it_in_the_details(qapp) -> None:
    lines = [f"<line {number}>" for number in range(SHOWN_LINES + 20)]
    box = output_box(["--help"], "\n".join(lines), 0)
    assert "<line 0>" in box.text() and f"<line {SHOWN_LINES}>" not in box.text() and box.text().endswith("…")
    assert box.detailedText() == "\n".join(lines)
