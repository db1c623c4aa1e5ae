"""The tests' own layout: no test module imports from another test module or from a conftest.

Shared builders and helpers live in ``tests/support/``, fixtures in a ``conftest.py`` (pytest hands
them over by name; importing them would register them twice). Read from the source with :mod:`ast`,
so every ``import`` counts, wherever it stands.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source: str, module: str) -> Iterator[tuple[int, str]]:
    """(line, dotted name) of every module ``source`` (the module named ``module``) imports;
    ``from package import name`` also yields ``package.name``, which may be a module."""
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - (node.level - 1)])
                name = f"{base}.{node.module}" if node.module else base
            else:
                name = node.module or ""
            yield node.lineno, name
            for alias in node.names:
                yield node.lineno, f"{name}.{alias.name}"


def forbidden(name: str, importer: str) -> bool:
    """Whether importing ``name`` breaks the layout: another test module or any conftest."""
    parts = name.split(".")
    if parts[0] != "tests" or name == importer:
        return False
    return "conftest" in parts or any(part.startswith("test_") for part in parts)


def layout_breaches(path: Path) -> list[str]:
    module = module_name(path)
    return [
        f"{path.relative_to(ROOT).as_posix()}:{line}: imports {name}"
        for line, name in imported_modules(path.read_text(encoding="utf-8"), module)
        if forbidden(name, module)
    ]


def test_no_test_module_imports_another_test_module_or_a_conftest() -> None:
    files = sorted(TESTS.rglob("test_*.py"))
    assert len(files) > 50  # the glob found the tests
    breaches = [breach for path in files for breach in layout_breaches(path)]
    assert breaches == [], "move shared helpers to tests/support/, fixtures to a conftest.py:\n" + "\n".join(breaches)


def test_support_modules_and_conftests_import_no_test_module() -> None:
    files = [*sorted((TESTS / "support").rglob("*.py")), *sorted(TESTS.rglob("conftest.py"))]
    breaches = [breach for path in files for breach in layout_breaches(path)]
    assert breaches == [], "tests/support/ and conftest.py files stand below the tests:\n" + "\n".join(breaches)


@pytest.mark.parametrize(
    "source",
    [
        "from tests.gui.test_gui_table import add_sample_ledgers",
        "from tests.db.test_returns import _make as make_draft",
        "import tests.cli.test_cli",
        "from tests.gui import test_gui_main",
        "from .test_gui_main import type_chinese",
        "from . import test_gui_main",
        "from tests.conftest import OFFICE_CODE",
        "from tests import conftest",
        "from tests.gui.conftest import base",
        "from ..conftest import OFFICE_CODE",
        "def helper():\n    from tests.gui.test_gui_main import type_chinese\n",
    ],
)
def test_the_check_sees_every_form_of_import(source: str) -> None:
    names = [name for _, name in imported_modules(source, "tests.gui.test_example")]
    assert any(forbidden(name, "tests.gui.test_example") for name in names)


@pytest.mark.parametrize(
    "source",
    [
        "from tests.support.office import OFFICE_CODE, add_sample_ledgers",
        "from tests.support.gui_exchange_support import scripted, world",
        "import pytest",
        "from db.returns.make import make_return",
    ],
)
def test_the_check_lets_support_imports_through(source: str) -> None:
    names = [name for _, name in imported_modules(source, "tests.gui.test_example")]
    assert not any(forbidden(name, "tests.gui.test_example") for name in names)
