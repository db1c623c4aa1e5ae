"""The shape of the code: no import circles, and the desktop's feature folders independent.

``desktop/`` is split by feature. ``common/`` holds the parts every feature uses and imports no
feature; ``shell/`` (the main window, start-up, navigation) assembles the features; a feature
folder (``ledgers/``, ``home/``, ``returns/``, ``exchange/``, ``city/``, ``sheets/``,
``settings/``, ``cli/``) reaches another only through ``common/``, ``shell/`` or ``db``. ``db``
never imports ``desktop`` (see also test_layering.py)."""

from __future__ import annotations

from tests.support.imports import cycles, import_graph, project_modules

FEATURES = frozenset({"cli", "ledgers", "home", "returns", "exchange", "city", "street", "sheets", "settings"})
SHARED = frozenset({"common", "shell"})


def _folder(module: str) -> str | None:
    """The desktop sub-package a module belongs to (None outside desktop/ or at its top)."""
    parts = module.split(".")
    return parts[1] if parts[0] == "desktop" and len(parts) > 2 else None


def test_every_desktop_module_lives_in_a_known_folder() -> None:
    top_level = {"desktop", "desktop.__main__", "desktop.gui"}  # the package and its entry points
    strays = [
        name
        for name in project_modules()
        if name.startswith("desktop")
        and name not in top_level
        and _folder(name) not in FEATURES | SHARED
        and name.removeprefix("desktop.") not in FEATURES | SHARED
    ]
    assert strays == [], f"put these modules in a feature folder, common/ or shell/: {strays}"


def test_there_is_no_import_circle() -> None:
    found = cycles(import_graph())
    assert found == [], "import circles (each line: modules that import one another):\n" + "\n".join(
        " ↔ ".join(circle) for circle in found
    )


def test_feature_folders_meet_only_through_common_shell_or_db() -> None:
    crossings = []
    for module, imported in import_graph().items():
        here = _folder(module)
        for target in imported:
            there = _folder(target)
            if there is None or there == here:
                continue
            if here in FEATURES and there in FEATURES:
                crossings.append(f"{module} → {target}")
            if here == "common" and there != "common":
                crossings.append(f"{module} → {target} (common/ imports no feature and not the shell)")
    assert crossings == [], "\n".join(sorted(crossings))


def test_db_does_not_import_desktop() -> None:
    reaching = [
        f"{module} → {target}"
        for module, imported in import_graph().items()
        if module.startswith("db")
        for target in imported
        if target.startswith("desktop")
    ]
    assert reaching == []


def test_the_graph_sees_late_and_type_only_imports() -> None:
    """The checks above are only as good as the graph: an import inside a function and one under
    ``if TYPE_CHECKING:`` both count."""
    graph = import_graph()
    assert "desktop.ledgers.list_page" in graph["desktop.shell.goto"]  # imported inside go_to_record
    assert "db.store" in graph["desktop.shell.main_window"]  # under TYPE_CHECKING
