"""The ``shequ`` command: its jobs, and one clear line (never a traceback) for bad input."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from db.audit import Actor
from db.models import Staff
from db.store import DB_FILENAME, open_store
from tests.support.cli import shequ

CODE = "150802001001"


def snapshot(folder: Path) -> dict[str, str]:
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix != ".lock"
    }


@pytest.fixture
def office_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "office"
    code, out, err = shequ(
        "--data-dir", str(folder), "init", "--office-code", CODE, "--office-name", "胜利社区", "--street", "车站街道",
        "--district", "临河区",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    assert "胜利社区" in out
    return folder


def test_init_then_stats_json_has_the_fixed_keys(office_dir: Path) -> None:
    code, out, err = shequ("--data-dir", str(office_dir), "stats", "--json", "--period", "2026")
    assert code == 0, err
    payload = json.loads(out)
    assert payload["office"] == {"code": CODE, "name": "胜利社区"}
    assert set(payload["counts"]) == {
        "staff", "funding", "facilities", "party_orgs", "party_members", "residents", "volunteers", "pairings",
        "visits", "partner_units", "activities", "awards",
    }  # fmt: skip
    assert all(count == 0 for count in payload["counts"].values())
    assert [p["key"] for p in payload["pillars"]] == ["people", "money", "place", "service"]
    assert all(p["status"] in {"pass", "fail", "warning"} for p in payload["pillars"])


def test_stats_text_names_the_office_and_period(office_dir: Path) -> None:
    code, out, _ = shequ("--data-dir", str(office_dir), "stats", "--period", "2026Q3")
    assert code == 0
    assert "胜利社区（150802001001）" in out and "2026年第三季度" in out and "社区工作者" in out


def test_init_twice_is_refused_and_changes_nothing(office_dir: Path) -> None:
    before = snapshot(office_dir)
    code, out, err = shequ("--data-dir", str(office_dir), "init", "--office-code", CODE, "--office-name", "另一个")
    assert code == 2 and out == ""
    assert "已经有社区" in err and err.count("\n") == 1
    assert snapshot(office_dir) == before


@pytest.mark.parametrize(
    ("office_code", "name", "expected"),
    [("15080200100", "胜利社区", "12 位"), ("15080200100A", "胜利社区", "12 位"), (CODE, "   ", "名称")],
)
def test_init_with_bad_values_makes_nothing(tmp_path: Path, office_code: str, name: str, expected: str) -> None:
    folder = tmp_path / "new"
    code, _, err = shequ("--data-dir", str(folder), "init", "--office-code", office_code, "--office-name", name)
    assert code == 2
    assert expected in err and err.count("\n") == 1
    assert not folder.exists()


def test_unknown_period_is_one_line(office_dir: Path) -> None:
    before = snapshot(office_dir)
    for bad in ("2026Q5", "2026-13", "明年", "26"):
        code, out, err = shequ("--data-dir", str(office_dir), "stats", "--period", bad)
        assert code == 2 and out == ""
        assert "无法识别的报告期" in err and err.count("\n") == 1
        code, _, err = shequ("--data-dir", str(office_dir), "check", "--period", bad)
        assert code == 2 and "无法识别的报告期" in err
    assert snapshot(office_dir) == before


def test_missing_data_folder_is_one_line_and_not_created(tmp_path: Path) -> None:
    folder = tmp_path / "missing"
    for command in (["stats"], ["check"], ["stats", "--json"]):
        code, out, err = shequ("--data-dir", str(folder), *command)
        assert code == 2 and out == ""
        assert "数据文件夹不存在" in err and err.count("\n") == 1
    assert not folder.exists()


def test_folder_without_database_is_named(tmp_path: Path) -> None:
    code, _, err = shequ("--data-dir", str(tmp_path), "stats")
    assert code == 2 and "还没有社区台账" in err
    assert list(tmp_path.iterdir()) == []


def test_database_from_a_newer_version_is_refused(office_dir: Path) -> None:
    with sqlite3.connect(office_dir / DB_FILENAME) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = snapshot(office_dir)
    code, _, err = shequ("--data-dir", str(office_dir), "stats")
    assert code == 2 and "更新版本" in err and err.count("\n") == 1
    assert snapshot(office_dir) == before


def test_corrupt_file_is_refused(office_dir: Path) -> None:
    db_file = office_dir / DB_FILENAME
    data = bytearray(db_file.read_bytes())
    data[:16] = b"NOT A DATABASE!!"
    db_file.write_bytes(bytes(data))
    before = snapshot(office_dir)
    for command in (["stats"], ["check"], ["demo"]):
        code, _, err = shequ("--data-dir", str(office_dir), *command)
        assert code == 2 and "损坏" in err and err.count("\n") == 1
    assert snapshot(office_dir) == before


def test_second_instance_is_refused(office_dir: Path) -> None:
    with open_store(office_dir):
        code, _, err = shequ("--data-dir", str(office_dir), "stats")
    assert code == 2 and "已在使用" in err


def test_check_exits_1_on_blocking_errors(office_dir: Path) -> None:
    code, out, _ = shequ("--data-dir", str(office_dir), "check")
    assert code == 0 and "0 个错误" in out

    actor = Actor(office_code=CODE, operator_id=None, operator_name="测试")
    with open_store(office_dir) as store, store.transaction(actor) as session:
        session.add(Staff(name="郝玥", id_number="150802199001011235", start_date=date(2020, 1, 1)))
    code, out, _ = shequ("--data-dir", str(office_dir), "check")
    assert code == 1
    assert "郝玥" in out and "身份证号" in out

    code, out, _ = shequ("--data-dir", str(office_dir), "check", "--json")
    assert code == 1
    payload = json.loads(out)
    assert payload["errors"] >= 1
    assert any(issue["field"] == "id_number" and issue["severity"] == "error" for issue in payload["issues"])


def test_bad_arguments_are_one_line_in_chinese(tmp_path: Path) -> None:
    code, _, err = shequ("--data-dir", str(tmp_path), "demo", "--scale", "0")
    assert code == 2 and "命令行参数有误" in err
    code, _, err = shequ("frobnicate")
    assert code == 2 and "命令行参数有误" in err


def test_python_m_desktop_runs_without_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "none"), "stats", "--json"],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("数据文件夹不存在")
    version = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True, timeout=60, check=True
    )
    assert version.stdout.startswith("shequ ")
