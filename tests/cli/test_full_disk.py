"""A full disk is one honest line: ``磁盘空间不足：<the folder that is full> …``, exit 2, nothing left
behind (no file under its name, no ``.partial``), nothing used up (the retry after freeing space
makes 第 1 版 / bundle 第 1 号 again), and a full data folder never called a damaged database.

Each command is run against a disk that is really full — a small tmpfs mounted for the test, as
root (skipped, saying why, where that is impossible) — and against the process's file-size limit
(``RLIMIT_FSIZE`` in a child process, which runs everywhere): ``return --sign --out``, ``export``
(a bundle to the stick), ``demo``, ``import-xlsx`` and ``export-xlsx``.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from db.store import DB_FILENAME
from tests.support.cli import shequ
from tests.support.full_disk import (
    PERIOD,
    certified_office,
    demo_office_template,
    explanations_file,
    fill,
    grow,
    install_office,
    leftovers,
    passphrase_file,
    shequ_child,
    small_disk,
)

FULL = "磁盘空间不足："
KB = 1024


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_office_template(tmp_path_factory.mktemp("full-disk") / "template")


@pytest.fixture(scope="module")
def explain(template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("explain")
    passphrase_file(base)  # beside it: passphrase.txt
    return explanations_file(base, install_office(template, base / "office"))


@pytest.fixture(scope="module")
def certified(template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed office folder certified by a city (copy it for each test)."""
    folder, _stick = certified_office(template, tmp_path_factory.mktemp("certified"))
    return folder


def says_full(err: str, folder: Path) -> None:
    """One line, the full-disk sentence naming ``folder`` (or a folder inside it), no traceback."""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith(f"{FULL}{folder}"), err
    assert "请腾出空间后再试" in err and "损坏" not in err and "Traceback" not in err, err


def rows(data_dir: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(data_dir / DB_FILENAME) as db:
        return [tuple(row) for row in db.execute(sql).fetchall()]


def only(folder: Path, *names: str) -> None:
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)


# --- shequ return --sign --out ---------------------------------------------------------------


def sign(data_dir: Path, out: Path, explain: Path, *, fsize: int | None = None) -> tuple[int, str, str]:
    args = [
        "--data-dir", str(data_dir), "return", "--period", PERIOD, "--sign",
        "--passphrase-file", str(explain.with_name("passphrase.txt")),
        "--explain-file", str(explain), "--out", str(out),
    ]  # fmt: skip
    if fsize is None:
        return shequ(*args)
    done = shequ_child(*args, fsize=fsize)
    return done.returncode, done.stdout, done.stderr


def nothing_signed(data_dir: Path) -> None:
    assert rows(data_dir, "SELECT count(*) FROM return_snapshot") == [(0,)]
    assert not list((data_dir / "returns").glob("*")) if (data_dir / "returns").exists() else True
    assert not list((data_dir / "keys").glob("*.pem")) if (data_dir / "keys").exists() else True
    assert leftovers(data_dir) == []


def signed_version_1(data_dir: Path, out: Path, explain: Path) -> None:
    code, printed, err = sign(data_dir, out, explain)
    assert (code, err) == (0, ""), err
    assert "第 1 版" in printed and out.is_file()
    assert rows(data_dir, "SELECT return_version FROM return_snapshot") == [(1,)]
    assert [p.name for p in (data_dir / "returns").iterdir()] == [f"150802001001-{PERIOD}-v1.pdf"]


def test_return_onto_a_full_disk_keeps_nothing_and_the_retry_is_version_1(
    template: Path, explain: Path, tmp_path: Path
) -> None:
    office = install_office(template, tmp_path / "office")
    with small_disk(tmp_path / "out", 1024) as out:
        filler = fill(out, leave=16 * KB)
        code, printed, err = sign(office, out / "return.pdf", explain)
        assert (code, printed) == (2, "")
        says_full(err, out)
        only(out, filler.name)  # no return.pdf, no .partial
        nothing_signed(office)

        filler.unlink()
        signed_version_1(office, out / "return.pdf", explain)


@pytest.mark.parametrize("room_kb", [0, 96], ids=["no-room-to-open", "room-to-open-not-to-keep"])
def test_a_full_data_folder_is_said_full_not_damaged(
    template: Path, explain: Path, tmp_path: Path, room_kb: int
) -> None:
    with small_disk(tmp_path / "disk", 4 * 1024) as disk:
        office = install_office(template, disk / "office")
        filler = fill(disk, leave=room_kb * KB)
        code, printed, err = sign(office, tmp_path / "return.pdf", explain)
        assert (code, printed) == (2, "")
        says_full(err, office)  # the data folder (or its returns folder), never "damaged"
        assert not (tmp_path / "return.pdf").exists()
        filler.unlink()
        nothing_signed(office)
        signed_version_1(office, tmp_path / "return.pdf", explain)


def test_return_past_the_file_size_limit_keeps_nothing(template: Path, explain: Path, tmp_path: Path) -> None:
    office = install_office(template, tmp_path / "office")
    out = tmp_path / "out"
    out.mkdir()
    code, printed, err = sign(office, out / "return.pdf", explain, fsize=100 * KB)  # the PDF is ~260 KB
    assert (code, printed) == (2, "")
    assert err.startswith(FULL) and err.count("\n") == 1 and "Traceback" not in err, err
    only(out)
    nothing_signed(office)
    signed_version_1(office, out / "return.pdf", explain)


# --- shequ export ----------------------------------------------------------------------------


def export(data_dir: Path, stick: Path, *, fsize: int | None = None) -> tuple[int, str, str]:
    secret = passphrase_file(data_dir.parent.parent if data_dir.parent.is_mount() else data_dir.parent)
    args = ["--data-dir", str(data_dir), "export", "--to", str(stick), "--passphrase-file", str(secret)]
    if fsize is None:
        return shequ(*args)
    done = shequ_child(*args, fsize=fsize)
    return done.returncode, done.stdout, done.stderr


def nothing_exported(data_dir: Path) -> None:
    assert rows(data_dir, "SELECT count(*) FROM bundle_sent") == [(0,)]
    assert rows(data_dir, "SELECT key FROM exchange_setting WHERE key LIKE 'pending.%'") == []
    assert leftovers(data_dir) == []


def exported_number_1(data_dir: Path, stick: Path) -> None:
    code, printed, err = export(data_dir, stick)
    assert (code, err) == (0, ""), err
    assert "第 1 号" in printed and (stick / "150802001001-0001.shequ").is_file()
    assert rows(data_dir, "SELECT seq FROM bundle_sent") == [(1,)]


def copy_office(certified: Path, folder: Path) -> Path:
    shutil.copytree(certified, folder, ignore=shutil.ignore_patterns("shequ.lock"))
    return folder


def test_export_onto_a_full_stick_writes_nothing_and_uses_no_number(certified: Path, tmp_path: Path) -> None:
    office = copy_office(certified, tmp_path / "office")
    with small_disk(tmp_path / "stick", 512) as stick:
        filler = fill(stick, leave=64 * KB)  # the bundle is ~230 KB
        code, printed, err = export(office, stick)
        assert (code, printed) == (2, "")
        says_full(err, stick)
        only(stick, filler.name)
        nothing_exported(office)

        filler.unlink()
        exported_number_1(office, stick)


def test_export_with_a_full_data_folder_writes_nothing(certified: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with small_disk(tmp_path / "disk", 4 * 1024) as disk:
        office = copy_office(certified, disk / "office")
        filler = fill(disk)
        code, printed, err = export(office, stick)
        assert (code, printed) == (2, "")
        says_full(err, office)
        only(stick)
        filler.unlink()
        nothing_exported(office)
        exported_number_1(office, stick)


def test_export_past_the_file_size_limit_writes_nothing(certified: Path, tmp_path: Path) -> None:
    office = copy_office(certified, tmp_path / "office")
    stick = tmp_path / "stick"
    stick.mkdir()
    code, printed, err = export(office, stick, fsize=100 * KB)
    assert (code, printed) == (2, "")
    says_full(err, stick)
    only(stick)
    nothing_exported(office)
    exported_number_1(office, stick)


# --- shequ demo ------------------------------------------------------------------------------


def demo_made(data_dir: Path) -> None:
    code, printed, err = shequ("--data-dir", str(data_dir), "demo")
    assert (code, err) == (0, ""), err
    assert "已建立演示社区" in printed
    assert rows(data_dir, "SELECT count(*) FROM office") == [(1,)]
    assert leftovers(data_dir) == []


def test_demo_onto_a_full_disk_is_said_full_and_can_be_made_after(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 400) as disk:  # the demo office needs ~2 MB
        code, printed, err = shequ("--data-dir", str(disk / "office"), "demo")
        assert (code, printed) == (2, "")
        says_full(err, disk / "office")
        grow(disk, 16 * 1024)
        demo_made(disk / "office")


def test_demo_past_the_file_size_limit_is_said_full(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    done = shequ_child("--data-dir", str(folder), "demo", fsize=400 * KB)
    assert (done.returncode, done.stdout) == (2, "")
    says_full(done.stderr, folder)
    demo_made(folder)


# --- shequ import-xlsx -----------------------------------------------------------------------


def new_residents(path: Path, count: int = 300) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["姓名", "帮扶对象类别", "住址", "备注"])
    for index in range(count):
        sheet.append([f"新住户{index:04d}", "独居老人", f"临河区胜利路{index}号", "从纸质台账补录，" * 5])
    workbook.save(path)
    return path


def residents(data_dir: Path) -> int:
    (count,) = rows(data_dir, "SELECT count(*) FROM resident")[0]
    assert isinstance(count, int)
    return count


def imported(data_dir: Path, workbook: Path, before: int) -> None:
    code, printed, err = shequ("--data-dir", str(data_dir), "import-xlsx", str(workbook))
    assert (code, err) == (0, ""), err
    assert "新增 300 条" in printed and residents(data_dir) == before + 300


def test_import_into_a_full_data_folder_imports_nothing(template: Path, tmp_path: Path) -> None:
    workbook = new_residents(tmp_path / "住户.xlsx")
    with small_disk(tmp_path / "disk", 4 * 1024) as disk:
        office = install_office(template, disk / "office")
        before = residents(office)
        filler = fill(disk, leave=48 * KB)  # room to open (the log's shared memory), not for 300 rows
        code, _printed, err = shequ("--data-dir", str(office), "import-xlsx", str(workbook))
        assert code == 2
        says_full(err, office)
        filler.unlink()
        assert residents(office) == before and leftovers(office) == []
        imported(office, workbook, before)


def test_import_past_the_file_size_limit_imports_nothing(template: Path, tmp_path: Path) -> None:
    workbook = new_residents(tmp_path / "住户.xlsx")
    office = install_office(template, tmp_path / "office")
    before = residents(office)
    done = shequ_child("--data-dir", str(office), "import-xlsx", str(workbook), fsize=64 * KB)
    assert done.returncode == 2
    says_full(done.stderr, office)
    assert residents(office) == before and leftovers(office) == []
    imported(office, workbook, before)


# --- shequ export-xlsx -----------------------------------------------------------------------


def export_xlsx(data_dir: Path, out: Path, **child: object) -> tuple[int, str, str]:
    args = ("--data-dir", str(data_dir), "export-xlsx", "--kind", "party_members", "--out", str(out))
    if not child:
        return shequ(*args)
    done = shequ_child(*args, **child)  # type: ignore[arg-type]
    return done.returncode, done.stdout, done.stderr


def test_export_xlsx_onto_a_full_disk_is_one_line_and_leaves_nothing(template: Path, tmp_path: Path) -> None:
    office = install_office(template, tmp_path / "office")
    with small_disk(tmp_path / "out", 256) as out:
        filler = fill(out)
        code, printed, err = export_xlsx(office, out / "党员.xlsx")
        assert (code, printed) == (2, "")
        says_full(err, out)
        only(out, filler.name)
        filler.unlink()
        code, printed, err = export_xlsx(office, out / "党员.xlsx")
        assert (code, err) == (0, "") and (out / "党员.xlsx").is_file()


def test_export_xlsx_with_a_full_temporary_folder_prints_no_traceback(template: Path, tmp_path: Path) -> None:
    """openpyxl writes each sheet to the system's temporary folder first: full, it is named, and
    nothing more is printed after the line (no "Exception ignored" from its unfinished writer)."""
    office = install_office(template, tmp_path / "office")
    with small_disk(tmp_path / "tmp", 256) as temp:
        filler = fill(temp, leave=16 * KB)  # when there is no room at all, Python picks another folder
        code, printed, err = export_xlsx(office, tmp_path / "党员.xlsx", env={"TMPDIR": str(temp)})
        assert (code, printed) == (2, "")
        says_full(err, temp)
        only(temp, filler.name)
        assert not (tmp_path / "党员.xlsx").exists()


def test_export_xlsx_past_the_file_size_limit_leaves_nothing(template: Path, tmp_path: Path) -> None:
    office = install_office(template, tmp_path / "office")
    temp = tmp_path / "tmp"
    temp.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    # 40 KB: room for the database's shared memory (32 KB), not for the sheet's XML
    code, printed, err = export_xlsx(office, out / "党员.xlsx", fsize=40 * KB, env={"TMPDIR": str(temp)})
    assert (code, printed) == (2, "")
    says_full(err, temp)
    only(temp)
    only(out)
