"""Failures of the command line that are the world's, not the program's, answered in one line.

A file named as the data folder, standard output closed by its reader (``shequ stats | head``),
JSON nested deeper than anything we write (an explanation file, a certificate file, a bundle's
content), a data folder that cannot be written: each gets one Chinese line and exit 2 (a closed
pipe: nothing at all, exit 141), never the "internal error" of exit 70.

The read-only folder is made read-only for real, by the system: as an ordinary user the test
takes the write permission away (chmod); as root — whom chmod does not stop, and tests run as
root in CI — the commands run in a private mount namespace where the folder is a read-only bind
mount (``unshare -m``; every write fails with EROFS). Where neither is possible the read-only
tests are skipped, saying why; nothing is simulated.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from db.errors import DataFolderIsFile
from db.exchange.acks import read_ack_payload
from db.exchange.budgets import OverBudget
from db.exchange.envelope import peek_header
from db.exchange.errors import BundleDamaged
from db.exchange.payload import PAYLOAD_FORMAT, PAYLOAD_VERSION, decode_document
from db.folder import claim_folder
from db.folderlock import FolderLock, FolderLocked
from db.jsonlimits import MAX_DEPTH
from db.store import open_store
from desktop.cli.main import EXIT_BROKEN_PIPE, run
from tests.support.cli import shequ

CODE = "150802001001"
DEEP = 100_000  # far past Python's recursion limit (1,000)
REPO = Path(__file__).resolve().parents[2]


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def make_office(folder: Path) -> Path:
    code, _, err = shequ("--data-dir", str(folder), "init", "--office-code", CODE, "--office-name", "胜利社区")
    assert (code, err) == (0, ""), err
    return folder


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_office(tmp_path_factory.mktemp("honest") / "office")


def subprocess_shequ(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(  # type: ignore[call-overload,no-any-return]
        [sys.executable, "-m", "desktop", *args], cwd=REPO, env=env, check=False, timeout=120, **kwargs
    )


def one_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err and "内部错误" not in err
    return err


# --- a file named as the data folder -----------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["stats"],
        ["stats", "--json"],
        ["check"],
        ["init", "--office-code", CODE, "--office-name", "胜利社区"],
        ["demo"],
        ["keys", "show"],
        ["export-xlsx", "--kind", "staff", "--out", "x.xlsx"],
        ["conflicts"],
        ["city", "status", "--period", "2026"],
    ],
)
def test_a_file_as_the_data_folder_is_one_line_exit_2(tmp_path: Path, command: list[str]) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("不是文件夹", encoding="utf-8")
    code, out, err = shequ("--data-dir", str(file), *command)
    assert (code, out) == (2, "")
    assert "是一个文件，不是文件夹" in one_line(err) and str(file) in err
    assert file.read_text(encoding="utf-8") == "不是文件夹"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_file_as_the_data_folder_of_city_init_writes_nothing(tmp_path: Path) -> None:
    """``city init`` wrote into the folder before it was checked: exit 70 ("Not a directory")."""
    file = tmp_path / "city"
    file.write_text("x", encoding="utf-8")
    secret = tmp_path / "pass.txt"
    secret.write_text("a long city passphrase\n", encoding="utf-8")
    code, _, err = shequ(
        "--data-dir", str(file), "city", "init", "--name", "巴彦淖尔市", "--passphrase-file", str(secret)
    )
    assert code == 2 and "是一个文件，不是文件夹" in one_line(err)


def test_a_folder_beneath_a_file_names_the_file(tmp_path: Path) -> None:
    file = tmp_path / "file"
    file.write_text("x", encoding="utf-8")
    code, _, err = shequ("--data-dir", str(file / "office"), "init", "--office-code", CODE, "--office-name", "胜利社区")
    assert code == 2 and "是一个文件，不是文件夹" in one_line(err) and str(file) in err
    assert file.read_text(encoding="utf-8") == "x"


def test_a_file_in_shequ_data_dir_is_refused_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "file"
    file.write_bytes(b"")
    monkeypatch.setenv("SHEQU_DATA_DIR", str(file))
    code, _, err = shequ("stats")
    assert code == 2 and "是一个文件，不是文件夹" in one_line(err)


def test_the_data_layer_names_a_file_too(tmp_path: Path) -> None:
    file = tmp_path / "file"
    file.write_bytes(b"SQLite format 3\x00")
    for create in (False, True):
        with pytest.raises(DataFolderIsFile):
            claim_folder(file, create=create)
    assert file.read_bytes() == b"SQLite format 3\x00"


def test_a_file_as_the_data_folder_in_a_real_process(tmp_path: Path) -> None:
    file = tmp_path / "file"
    file.write_bytes(b"x")
    result = subprocess_shequ("--data-dir", str(file), "stats", capture_output=True)
    assert result.returncode == 2 and result.stdout == b""
    assert "是一个文件，不是文件夹" in one_line(result.stderr.decode("utf-8"))


# --- standard output closed by its reader --------------------------------------------------------


def test_stdout_closed_before_anything_is_written_exits_141_quietly(office: Path) -> None:
    """The reader is gone before the command writes (its pipe's read end closed first): the
    write fails for certain, and the command ends with no traceback and no message."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess_shequ("--data-dir", str(office), "stats", stdout=write_end, stderr=subprocess.PIPE)
    finally:
        os.close(write_end)
    assert result.stderr == b""
    assert result.returncode == EXIT_BROKEN_PIPE == 141


def test_stats_piped_into_head_ends_quietly(office: Path) -> None:
    """``shequ stats | head -c1``: head may leave before or after the command has written, so
    the status is 0 (all written in time) or 141 (the pipe closed first); never a message."""
    if shutil.which("head") is None or shutil.which("sh") is None:
        pytest.skip("no POSIX shell with head here")
    # sh has no PIPESTATUS: the command's side keeps its status and its stderr in files
    status = office.parent / "status"
    script = f'{{ "$@" --data-dir "$DATA" stats --json 2>"{status}.err"; echo $? >"{status}"; }} | head -c1'
    result = subprocess.run(
        ["sh", "-c", script, "sh", sys.executable, "-m", "desktop"],
        cwd=REPO,
        env={**os.environ, "DATA": str(office)},
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0 and result.stdout == b"{"
    assert int(status.read_text()) in (0, EXIT_BROKEN_PIPE)
    assert Path(f"{status}.err").read_bytes() == b""


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_broken_pipe_in_process_is_not_an_internal_error(office: Path) -> None:
    err = io.StringIO()
    code = run(["--data-dir", str(office), "stats"], out=ClosedPipe(), err=err)
    assert (code, err.getvalue()) == (EXIT_BROKEN_PIPE, "")


# --- JSON nested too deep --------------------------------------------------------------------------


@pytest.mark.parametrize("opening", ["[", '{"a":'])
def test_a_deep_explanation_file_is_refused_naming_file_and_limit(office: Path, tmp_path: Path, opening: str) -> None:
    deep = tmp_path / "说明.json"
    deep.write_text(opening * DEEP, encoding="utf-8")
    out_pdf = tmp_path / "return.pdf"
    code, out, err = shequ(
        "--data-dir", str(office), "return", "--period", "2026", "--out", str(out_pdf), "--explain-file", str(deep)
    )
    assert (code, out) == (2, "")
    assert str(deep) in one_line(err) and str(MAX_DEPTH) in err and "嵌套" in err
    assert not out_pdf.exists()


def test_a_deep_certificate_file_is_refused_naming_file_and_limit(office: Path, tmp_path: Path) -> None:
    deep = tmp_path / f"{CODE}-certificate.json"
    deep.write_text("[" * DEEP, encoding="utf-8")
    before = snapshot(office)
    code, out, err = shequ("--data-dir", str(office), "keys", "install", str(deep))
    assert (code, out) == (2, "")
    assert str(deep) in one_line(err) and str(MAX_DEPTH) in err and "没有安装" in err
    assert snapshot(office) == before


def test_deep_json_within_the_limit_is_still_read(office: Path, tmp_path: Path) -> None:
    """At the limit the explanation file is JSON like any other: refused for its shape, not its depth."""
    file = tmp_path / "explain.json"
    file.write_text("[" * MAX_DEPTH + "]" * MAX_DEPTH, encoding="utf-8")
    code, _, err = shequ(
        "--data-dir", str(office), "return", "--period", "2026", "--out", str(tmp_path / "r.pdf"),
        "--explain-file", str(file),
    )  # fmt: skip
    assert code == 2 and "嵌套" not in one_line(err) and "JSON 对象" in err


def test_a_deep_bundle_payload_is_damaged_not_a_crash() -> None:
    head = {"format": PAYLOAD_FORMAT, "v": PAYLOAD_VERSION, "tables": [{"name": "staff", "columns": [], "rows": 1}]}
    head["pdfs"] = []
    first = json.dumps(head).encode() + b"\n"
    for data in (zlib.compress(b"[" * DEEP + b"\n"), zlib.compress(first + b"[" * DEEP + b"\n")):
        with pytest.raises(OverBudget, match=f"嵌套超过 {MAX_DEPTH} 层"):
            decode_document(data)


def test_a_deep_acknowledgement_is_damaged_not_a_crash() -> None:
    with pytest.raises(OverBudget, match=f"嵌套超过 {MAX_DEPTH} 层"):
        read_ack_payload(zlib.compress(b'{"format":' * DEEP))


def test_a_deep_bundle_header_is_damaged_not_a_crash() -> None:
    header = base64.urlsafe_b64encode(b'{"x":' * 9_000).rstrip(b"=")  # 9,000 deep, under the header's 64 KB
    with pytest.raises(BundleDamaged):
        peek_header(header + b".rest")


# --- a read-only data folder -------------------------------------------------------------------------


@functools.cache
def _bind_mount_works() -> str | None:
    """None when a read-only bind mount can be made here; else why not."""
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return "unshare or mount is not installed"
    with tempfile.TemporaryDirectory() as scratch:
        source, target = Path(scratch, "src"), Path(scratch, "ro")
        source.mkdir()
        target.mkdir()
        script = 'mount --bind "$1" "$2" && mount -o remount,bind,ro "$2" && ! touch "$2/x"'
        probe = subprocess.run(
            ["unshare", "-m", "sh", "-c", script, "sh", str(source), str(target)],
            capture_output=True,
            check=False,
            timeout=60,
        )
        if probe.returncode != 0 or (source / "x").exists():
            return f"no read-only bind mount possible ({probe.stderr.decode(errors='replace').strip()})"
    return None


@contextmanager
def read_only(folder: Path) -> Iterator[list[str]]:
    """``folder`` made read-only for the commands run with the prefix yielded (a list to put
    before ``python -m desktop``); the folder is restored afterwards."""
    if os.geteuid() != 0:
        modes = {path: path.stat().st_mode for path in [folder, *folder.rglob("*")]}
        for path, mode in modes.items():
            path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        try:
            yield []
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
        return
    reason = _bind_mount_works()
    if reason is not None:
        pytest.skip(f"running as root, whom chmod does not stop, and {reason}: no real read-only folder here")
    view = folder.parent / f"{folder.name}-ro"
    view.mkdir(exist_ok=True)
    mount = 'mount --bind "$1" "$2" && mount -o remount,bind,ro "$2" && shift 2 && exec "$@"'
    yield ["unshare", "-m", "sh", "-c", mount, "sh", str(folder), str(view)]


def _in(prefix: list[str], folder: Path) -> str:
    """The path the command sees for ``folder`` (the read-only view, under root)."""
    return str(folder.parent / f"{folder.name}-ro") if prefix else str(folder)


def run_prefixed(prefix: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "desktop", *args],
        cwd=REPO,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=180,
    )


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A demo office and a return it signed (explanations given for every warning)."""
    base = tmp_path_factory.mktemp("sample")
    folder = base / "office"
    code, _, err = shequ("--data-dir", str(folder), "demo", "--scale", "1")
    assert code == 0, err
    code, out, err = shequ("--data-dir", str(folder), "check", "--period", "2026", "--json")
    explain = base / "explain.json"
    explain.write_text(
        json.dumps({item["key"]: "已说明" for item in json.loads(out)["to_explain"]}, ensure_ascii=False),
        encoding="utf-8",
    )
    secret = base / "pass.txt"
    secret.write_text("a long office passphrase\n", encoding="utf-8")
    signed = base / "return.pdf"
    code, _, err = shequ(
        "--data-dir", str(folder), "return", "--period", "2026", "--out", str(signed), "--sign",
        "--passphrase-file", str(secret), "--explain-file", str(explain),
    )  # fmt: skip
    assert code == 0, err
    return folder, signed


def test_a_read_only_folder_still_answers_the_reading_commands(sample: tuple[Path, Path], tmp_path: Path) -> None:
    office, signed = sample
    writable_verdict = run_prefixed([], "--data-dir", str(office), "verify", str(signed))
    before = snapshot(office)
    workbook = tmp_path / "staff.xlsx"
    with read_only(office) as prefix:
        folder = _in(prefix, office)
        stats = run_prefixed(prefix, "--data-dir", folder, "stats", "--json")
        check = run_prefixed(prefix, "--data-dir", folder, "check")
        period_check = run_prefixed(prefix, "--data-dir", folder, "check", "--period", "2026")
        export = run_prefixed(prefix, "--data-dir", folder, "export-xlsx", "--kind", "staff", "--out", str(workbook))
        verdict = run_prefixed(prefix, "--data-dir", folder, "verify", str(signed))
        conflicts = run_prefixed(prefix, "--data-dir", folder, "conflicts", "--json")
    assert (stats.returncode, stats.stderr) == (0, "")
    assert (conflicts.returncode, conflicts.stderr, json.loads(conflicts.stdout)) == (0, "", [])
    assert json.loads(stats.stdout)["counts"]["staff"] > 0
    assert check.returncode in (0, 1) and check.stderr == "" and "检查范围" in check.stdout
    assert period_check.returncode in (0, 1) and period_check.stderr == ""
    assert (export.returncode, export.stderr) == (0, "") and workbook.is_file()
    assert (verdict.returncode, verdict.stdout) == (writable_verdict.returncode, writable_verdict.stdout)
    assert "本社区的签名密钥签署" in verdict.stdout
    assert snapshot(office) == before  # no -wal, no -shm, nothing touched


@pytest.mark.parametrize(
    "command",
    [
        ["init", "--office-code", CODE, "--office-name", "胜利社区"],
        ["return", "--period", "2026", "--out", "{tmp}/r.pdf"],
        ["import-xlsx", "{tmp}/none.xlsx", "--kind", "staff"],
        ["export", "--to", "{tmp}"],
    ],
)
def test_a_read_only_folder_refuses_writing_commands_in_one_line(
    sample: tuple[Path, Path], tmp_path: Path, command: list[str]
) -> None:
    office, _ = sample
    before = snapshot(office)
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    with read_only(office) as prefix:
        result = run_prefixed(prefix, "--data-dir", _in(prefix, office), *args)
    assert (result.returncode, result.stdout) == (2, "")
    assert "数据文件夹是只读的" in one_line(result.stderr)
    assert snapshot(office) == before
    assert list(tmp_path.iterdir()) == []


def test_a_reader_of_a_read_only_folder_is_kept_out_while_a_writer_holds_it(sample: tuple[Path, Path]) -> None:
    """One folder seen read-only (the reader) and writable (the writer: another account, or the
    disk mounted read-write elsewhere): the lock is the same file, so the reader is refused while
    the writer has the folder open, and reads once it has closed it."""
    office, _ = sample
    writer = open_store(office)
    try:
        with read_only(office) as prefix:
            held = run_prefixed(prefix, "--data-dir", _in(prefix, office), "stats")
            writer.close()
            free = run_prefixed(prefix, "--data-dir", _in(prefix, office), "stats")
    finally:
        writer.close()
    assert held.returncode == 2 and "已在使用" in one_line(held.stderr)
    assert (free.returncode, free.stderr) == (0, "")


def test_shared_and_exclusive_locks_exclude_each_other(tmp_path: Path) -> None:
    path = tmp_path / "shequ.lock"
    path.write_bytes(b"")
    first, second, writer = FolderLock(path), FolderLock(path), FolderLock(path)
    first.acquire_shared()
    second.acquire_shared()  # readers share
    with pytest.raises(FolderLocked):
        writer.acquire()
    first.release()
    second.release()
    writer.acquire()
    reader = FolderLock(path)
    with pytest.raises(FolderLocked):
        reader.acquire_shared()
    writer.release()


def test_a_read_only_folder_without_a_lock_file_is_read_without_one(tmp_path: Path) -> None:
    lock = FolderLock(tmp_path / "missing.lock")
    lock.acquire_shared()
    assert not lock.is_locked and lock.shared and not (tmp_path / "missing.lock").exists()
    lock.release()
