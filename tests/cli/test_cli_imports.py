"""Each command pays for what it uses: run in a fresh interpreter, ``shequ stats`` loads neither
SQLAlchemy nor the models (it reads with the standard library), ``shequ verify`` no data layer and
no reportlab, ``shequ check`` no password hashing, no Excel, PDF or signing library, and
``shequ --help`` nothing but argparse-level modules. The modules are read from ``sys.modules``
after the command ran (no timings)."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.demo import build_demo
from db.store import open_store
from desktop.cli.common import Parser
from desktop.cli.main import COMMAND_MODULES, COMMAND_OWNERS, build_parser, command_module

REPO = Path(__file__).resolve().parents[2]

# Runs one command in this interpreter, then prints its exit code and the top-level packages loaded.
PROBE = """
import io, json, sys
from desktop.cli.main import run
code = run(sys.argv[1:], out=io.StringIO(), err=io.StringIO())
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

DATA_LAYER = ("sqlalchemy", "sqlmodel", "pydantic", "db.models", "db.kinds", "db.store", "alembic")
HEAVY = ("reportlab", "pyhanko", "openpyxl", "argon2", "PySide6", "pypinyin", "qrcode")


def loaded(*argv: str) -> tuple[int, set[str]]:
    """The exit code of ``shequ argv`` run in a fresh interpreter, and the modules it loaded."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        cwd=REPO,
        env={**env, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        check=True,
    )
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    return int(answer["code"]), set(answer["modules"])


def packages(modules: set[str], names: tuple[str, ...]) -> set[str]:
    return {name for name in names if any(m == name or m.startswith(name + ".") for m in modules)}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("imports") / "office"
    with open_store(folder, create=True) as store:
        build_demo(store, scale=1)
    return folder


@pytest.mark.parametrize("extra", [["--json"], [], ["--period", "2025H1", "--json"]])
def test_stats_loads_no_data_layer(demo: Path, extra: list[str]) -> None:
    code, modules = loaded("--data-dir", str(demo), "stats", *extra)
    assert code == 0
    assert packages(modules, DATA_LAYER + HEAVY) == set()
    assert "db.stats" in modules and "db.compliance" in modules  # it did judge
    assert {m for m in modules if m.startswith("desktop.cli.")} == {
        "desktop.cli.main",
        "desktop.cli.common",
        "desktop.cli.office",
    }  # only its own command module's parser


def test_verify_loads_no_data_layer_and_no_layout(demo: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "draft.pdf"
    code, modules = loaded("--data-dir", str(demo), "verify", str(REPO / "tests" / "fixtures" / "none.pdf"))
    assert code == 2  # no such file: one line, before anything is read
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")
    code, modules = loaded("--data-dir", str(demo), "verify", str(pdf))
    assert code in (3, 4)
    assert "pyhanko" in packages(modules, HEAVY)  # what it uses
    assert packages(modules, (*DATA_LAYER, "reportlab", "openpyxl", "argon2", "PySide6", "qrcode")) == set()
    assert "db.returns.content" not in modules and "db.returns.compose" not in modules


def test_check_loads_only_the_data_layer(demo: Path) -> None:
    for extra in ([], ["--period", "2025"]):
        code, modules = loaded("--data-dir", str(demo), "check", *extra)
        assert code in (0, 1)
        assert "sqlalchemy" in modules and "db.validation" in modules
        assert packages(modules, HEAVY) == set()
        assert not {"db.office", "db.operators", "db.ops", "db.returns.compose"} & modules
        assert ("db.returns.preflight" in modules) == bool(extra)  # the return's pre-flight: with a period


def test_help_loads_nothing_of_the_data_layer() -> None:
    code, modules = loaded("--help")
    assert code == 0
    assert packages(modules, DATA_LAYER + HEAVY) == set()
    assert not {m for m in modules if m.startswith("db.") and m not in {"db.errors"}}


def test_each_command_builds_only_its_modules_parser() -> None:
    registered: dict[str, str] = {}
    for name in COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        commands = parser.add_subparsers(dest="command", parser_class=Parser)
        importlib.import_module(name).register(commands)
        registered.update(dict.fromkeys(commands.choices, name))
    assert registered == COMMAND_OWNERS


@pytest.mark.parametrize(
    ("argv", "module"),
    [
        (["stats", "--json"], "desktop.cli.office"),
        (["--data-dir", "/tmp/x", "verify", "a.pdf"], "desktop.cli.returns"),
        (["--data-dir=/tmp/x", "street", "init"], "desktop.cli.street"),
        (["--data-dir", "stats", "check"], "desktop.cli.office"),  # a folder named like a command
        (["--data-dir", "/tmp/x"], None),  # the app
        (["--data", "/tmp/x", "stats"], None),  # abbreviated: every parser, argparse decides
        (["--help"], None),
        (["--version"], None),
        (["frobnicate"], None),
        ([], None),
    ],
)
def test_the_command_is_read_only_when_plain(argv: list[str], module: str | None) -> None:
    assert command_module(argv) == module


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir", "/tmp/x", "stats", "--json", "--period", "2026Q3"],
        ["check", "--period", "2026"],
        ["verify", "a.pdf", "--trust", "ca.pem", "--json"],
        ["--data-dir", "/tmp/x", "export", "--to", "/tmp"],
        ["keys", "show"],
    ],
)
def test_one_modules_parser_reads_a_command_as_the_full_one(argv: list[str]) -> None:
    full = vars(build_parser().parse_args(argv))
    alone = vars(build_parser(command_module(argv)).parse_args(argv))
    assert alone == full
