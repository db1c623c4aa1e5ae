"""The data layer stays free of Qt: ``db/`` never imports PySide6, directly or indirectly."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import db

DB_DIR = Path(db.__file__).resolve().parent


def _imported_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_under_db_imports_pyside6_or_desktop() -> None:
    offenders = []
    for path in DB_DIR.rglob("*.py"):
        for name in _imported_names(path):
            top = name.split(".")[0]
            if top in {"PySide6", "shiboken6", "desktop"}:
                offenders.append(f"{path.relative_to(DB_DIR.parent)} imports {name}")
    assert offenders == []


def test_importing_every_db_module_loads_no_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages([str(DB_DIR)], prefix="db.") if ".migrations" not in m.name]
    assert "db.models" in modules and "db.store" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
