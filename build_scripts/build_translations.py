"""Build the app's translations: Chinese is the source language, English a translation.

    .venv/bin/python build_scripts/build_translations.py [release]   # .ts → resources/translations/shequ_en.qm
    .venv/bin/python build_scripts/build_translations.py update      # sources → .ts (translations kept)
    .venv/bin/python build_scripts/build_translations.py missing > todo.json   # what has no English yet
    .venv/bin/python build_scripts/build_translations.py fill todo.json        # put English in the .ts

``update`` finds every string marked for translation under ``desktop/`` and merges them into
``resources/translations/shequ_en.ts`` with ``pyside6-lupdate`` (translations already there are
kept; strings no longer in the sources are dropped). lupdate alone sees only literal calls such
as ``QCoreApplication.translate("App", "社区台账")``; this project marks most strings through a
one-argument helper (``def _t(text): return QCoreApplication.translate("App", text)``) or a
context constant, so the strings are first collected here with Python's ``ast`` and written as
literal calls into a temporary file that lupdate reads (each with an ``#:`` comment naming the
file it came from, which Qt Linguist shows). The labels that come from ``db/`` as data — every
``CodedEnum`` label, the field labels and the ledger names — go in the same way under the
context ``Labels`` (translated at run time by ``desktop.common.i18n.label``). The sentences ``db/``
builds with ``db.i18n.tr("…{name}…", name=…)`` (validation messages, compliance reasons) go under
the context ``db`` (translated by ``desktop.common.i18n.text``; keep their ``{name}`` placeholders), and
``Label("…")`` literals in ``db/`` under ``Labels``.

``missing`` prints the messages without a finished translation as JSON; fill in ``translation``
and pass the file to ``fill``, which marks them finished (and runs ``update`` to tidy the file).
Or use Qt Linguist (``pyside6-linguist``) on the .ts.

``release`` (the default) runs ``pyside6-lrelease`` to make the ``.qm`` the app loads; ``.qm``
files are build outputs, not committed (``build_scripts/dev.sh`` runs this step).
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = (ROOT / "desktop",)
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS_DIR / "shequ_en.ts"
SOURCE_LANGUAGE = "zh_CN"
TARGET_LANGUAGE = "en"
LABELS_CONTEXT = "Labels"  # desktop.common.i18n.label

TRANSLATE_CALLS = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}  # (context, text[, disambiguation])
TR_CALLS = {"tr", "QT_TR_NOOP"}  # (text[, disambiguation]) in a class: the class name is the context


@dataclass(frozen=True, order=True)
class Key:
    """A message as Qt identifies it."""

    context: str
    source: str
    comment: str = ""  # the disambiguation


# ---- finding the strings ------------------------------------------------------------------------


def python_files(folders: Iterable[Path] = SOURCE_DIRS) -> list[Path]:
    return sorted(path for folder in folders for path in folder.rglob("*.py") if "__pycache__" not in path.parts)


def _text(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    """The string an expression stands for, when it can be known without running anything."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left, constants), _text(node.right, constants)
        return None if left is None or right is None else left + right
    return None


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    constants: dict[str, str] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target, value = statement.targets[0], statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            target, value = statement.target, statement.value
        else:
            continue
        if isinstance(target, ast.Name) and isinstance(value, ast.Constant) and isinstance(value.value, str):
            constants[target.id] = value.value
    return constants


def _helpers(tree: ast.Module, constants: dict[str, str]) -> dict[str, str]:
    """Module-level one-argument functions that translate their argument: name → context."""
    helpers: dict[str, str] = {}
    for statement in tree.body:
        if not isinstance(statement, ast.FunctionDef) or not statement.args.args:
            continue
        parameter = statement.args.args[0].arg
        for node in ast.walk(statement):
            if not (isinstance(node, ast.Call) and _call_name(node) in TRANSLATE_CALLS and len(node.args) >= 2):
                continue
            text = node.args[1]
            context = _text(node.args[0], constants)
            if context is not None and isinstance(text, ast.Name) and text.id == parameter:
                helpers[statement.name] = context
                break
    return helpers


def _relative(path: Path) -> Path:
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else Path(path.name)


def _module_name(path: Path) -> str:
    return ".".join(_relative(path).with_suffix("").parts)


class _Finder(ast.NodeVisitor):
    def __init__(self, path: Path, constants: dict[str, str], helpers: dict[str, str]) -> None:
        self.where = _relative(path).as_posix()
        self.constants = constants
        self.helpers = helpers
        self.classes: list[str] = []
        self.found: list[tuple[Key, str]] = []  # (message, "file:line")
        self.dynamic: list[str] = []  # calls whose text is not a literal

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name in self.helpers and not self.classes:
            return  # the helper itself: its text is its parameter
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        name = _call_name(node)
        plain_name = isinstance(node.func, ast.Name)
        keywords = {keyword.arg: keyword.value for keyword in node.keywords if keyword.arg}
        if plain_name and name in self.helpers and node.args:
            self._add(self.helpers[name], node.args[0], None, node)
        elif name in TRANSLATE_CALLS and len(node.args) >= 2:
            context = _text(node.args[0], self.constants)
            comment = node.args[2] if len(node.args) > 2 else keywords.get("disambiguation")
            if context is None:
                self.dynamic.append(f"{self.where}:{node.lineno}: context {ast.unparse(node.args[0])}")
            else:
                self._add(context, node.args[1], comment, node)
        elif name in TR_CALLS and node.args and self.classes and (plain_name or name == "tr"):
            comment = node.args[1] if len(node.args) > 1 else keywords.get("disambiguation")
            self._add(self.classes[-1], node.args[0], comment, node)

    def _add(self, context: str, text_node: ast.AST, comment_node: ast.AST | None, call: ast.Call) -> None:
        text = _text(text_node, self.constants)
        comment = _text(comment_node, self.constants) if comment_node is not None else ""
        if text is None or comment is None:
            self.dynamic.append(f"{self.where}:{call.lineno}: {ast.unparse(call)}")
        elif text:
            self.found.append((Key(context, text, comment), f"{self.where}:{call.lineno}"))


def source_messages(files: Iterable[Path] | None = None) -> tuple[dict[Key, list[str]], list[str]]:
    """Every message marked in the sources, with where it is; and the calls with computed text."""
    files = python_files() if files is None else list(files)
    parsed = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in files}
    constants = {path: _module_constants(tree) for path, tree in parsed.items()}
    helpers_by_module = {_module_name(path): _helpers(tree, constants[path]) for path, tree in parsed.items()}
    messages: dict[Key, list[str]] = {}
    dynamic: list[str] = []
    for path, tree in parsed.items():
        helpers = dict(helpers_by_module[_module_name(path)])
        for statement in ast.walk(tree):  # helpers imported from another module of ours
            if isinstance(statement, ast.ImportFrom) and statement.module in helpers_by_module:
                for alias in statement.names:
                    context = helpers_by_module[statement.module].get(alias.name)
                    if context is not None:
                        helpers[alias.asname or alias.name] = context
        finder = _Finder(path, constants[path], helpers)
        finder.visit(tree)
        for key, where in finder.found:
            messages.setdefault(key, []).append(where)
        dynamic.extend(finder.dynamic)
    return messages, dynamic


def db_labels() -> dict[Key, list[str]]:
    """The Chinese labels ``db/`` hands the app as data, under the context ``Labels``."""
    sys.path.insert(0, str(ROOT))
    from db import compliance, enums, kinds
    from db.validation import rules

    labels: dict[Key, list[str]] = {}

    def add(text: str, origin: str) -> None:
        if text:
            labels.setdefault(Key(LABELS_CONTEXT, text), []).append(origin)

    def subclasses(cls: type[enums.CodedEnum]) -> Iterator[type[enums.CodedEnum]]:
        sub: type[enums.CodedEnum]
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    for enum_class in sorted(subclasses(enums.CodedEnum), key=lambda c: c.__name__):
        for member in enum_class:
            add(member.label, f"db.enums.{enum_class.__name__}.{member.name}")
    for field, text in rules.FIELD_LABELS.items():
        add(text, f"db.validation field {field}")
    for kind_key, fields in rules.KIND_FIELD_LABELS.items():
        for field, text in fields.items():
            add(text, f"db.validation field {kind_key}.{field}")
    for kind in kinds.KINDS:
        add(kind.label, f"db.kinds {kind.key}")
    for kind_key, (_model, text, _title) in rules.EXTRA_KINDS.items():
        add(text, f"db.validation kind {kind_key}")
    for origin, text in _form_texts():
        add(text, origin)
    for text in compliance.DISPLAY_LABELS:
        add(text, "db.compliance")
    return labels


DB_DIR = ROOT / "db"
DB_CONTEXT = "db"  # db.i18n.CONTEXT: the sentences built with db.i18n.tr, translated by desktop.common.i18n.text
DB_I18N_MODULE = "db.i18n"


def db_messages(files: Iterable[Path] | None = None) -> tuple[dict[Key, list[str]], list[str]]:
    """The sentences ``db/`` builds with ``db.i18n.tr("…", …)`` (context ``db``) and the
    ``Label("…")`` literals it writes (context ``Labels``); and the ``tr`` calls whose template
    is not a literal (they cannot be translated: write the template in the call)."""
    files = python_files((DB_DIR,)) if files is None else list(files)
    messages: dict[Key, list[str]] = {}
    dynamic: list[str] = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        names: dict[str, str] = {}  # local name → "tr" / "Label"
        for statement in ast.walk(tree):
            if isinstance(statement, ast.ImportFrom) and statement.module == DB_I18N_MODULE:
                for alias in statement.names:
                    if alias.name in ("tr", "Label"):
                        names[alias.asname or alias.name] = alias.name
        if _module_name(path) == DB_I18N_MODULE:
            names.update({"tr": "tr", "Label": "Label"})
        if not names:
            continue
        constants = _module_constants(tree)
        where = _relative(path).as_posix()
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names):
                continue
            if not node.args:
                continue
            context = DB_CONTEXT if names[node.func.id] == "tr" else LABELS_CONTEXT
            text = _text(node.args[0], constants)
            if text is None:
                if context == DB_CONTEXT:
                    dynamic.append(f"{where}:{node.lineno}: {ast.unparse(node)}")
            elif text:
                messages.setdefault(Key(context, text), []).append(f"{where}:{node.lineno}")
    return messages, dynamic


FORM_TEXT_FIELDS = ("section", "unit", "hint")  # the words db.forms shows around the fields


def _form_texts() -> Iterator[tuple[str, str]]:
    """Section headings, units and hints of the editor forms (``db.forms.FORMS``), if there are any."""
    import dataclasses

    try:
        from db import forms
    except ImportError:
        return
    seen: set[int] = set()

    def walk(value: object, where: str) -> Iterator[tuple[str, str]]:
        if id(value) in seen:
            return
        seen.add(id(value))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            name = getattr(value, "name", "")
            for attribute in FORM_TEXT_FIELDS:
                text = getattr(value, attribute, None)
                if isinstance(text, str) and text:
                    yield f"db.forms {where}.{name} {attribute}", text
            for field in dataclasses.fields(value):
                yield from walk(getattr(value, field.name), where)
        elif isinstance(value, (tuple, list)):
            for item in value:
                yield from walk(item, where)

    for kind_key, spec in getattr(forms, "FORMS", {}).items():
        yield from walk(spec, kind_key)


# ---- the .ts file ---------------------------------------------------------------------------------


def _literal(text: str) -> str:
    """A double-quoted Python literal lupdate reads back as ``text``."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def write_lupdate_input(messages: dict[Key, list[str]], target: Path) -> None:
    lines = ["# Generated by build_scripts/build_translations.py for pyside6-lupdate: do not edit.", ""]
    for key in sorted(messages, key=lambda k: (k.context, min(messages[k]), k.source, k.comment)):
        files = sorted({where.split(":")[0] for where in messages[key]})
        lines.append(f"#: {', '.join(files)}")
        arguments = [_literal(key.context), _literal(key.source)] + ([_literal(key.comment)] if key.comment else [])
        lines.append(f"QCoreApplication.translate({', '.join(arguments)})")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_ts(path: Path = TS_FILE) -> dict[Key, tuple[str, str]]:
    """Each message's (translation, type) — type is "" when finished, else "unfinished", "vanished"…"""
    result: dict[Key, tuple[str, str]] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            key = Key(context_name, message.findtext("source") or "", message.findtext("comment") or "")
            if translation is None:
                result[key] = ("", "unfinished")
            else:
                result[key] = (translation.text or "", translation.get("type", ""))
    return result


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project's dependencies (PySide6) first")
    return found


def _run(command: list[str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def _lupdate_direct(files: list[Path], folder: Path) -> dict[Key, list[str]]:
    """What lupdate itself finds in the sources: a cross-check of the ``ast`` search."""
    ts = folder / "direct.ts"
    _run([_tool("pyside6-lupdate"), *map(str, files), "-locations", "absolute", "-ts", str(ts)])
    found: dict[Key, list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            key = Key(
                context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or ""
            )
            places = [
                f"{_relative((folder / place.get('filename', '')).resolve()).as_posix()}:{place.get('line')}"
                for place in message.iter("location")
            ]
            found[key] = places or ["desktop"]
    return found


def update(ts: Path = TS_FILE, *, verbose: bool = False) -> dict[Key, list[str]]:
    """Refresh ``ts`` from the sources and db labels, keeping the translations it has."""
    files = python_files()
    messages, dynamic = source_messages(files)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for key, where in _lupdate_direct(files, folder).items():
            messages.setdefault(key, where)
        for key, where in db_labels().items():
            messages.setdefault(key, []).extend(where)
        sentences, computed = db_messages()
        for key, where in sentences.items():
            messages.setdefault(key, []).extend(where)
        dynamic.extend(computed)
        generated = folder / "shequ_strings.py"
        write_lupdate_input(messages, generated)
        ts.parent.mkdir(parents=True, exist_ok=True)
        output = _run(
            [
                _tool("pyside6-lupdate"),
                str(generated),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                TARGET_LANGUAGE,
                "-ts",
                str(ts),
            ]
        )
    if verbose:
        print(output.strip())
        for line in dynamic:
            print(f"computed text (must be marked where it is written): {line}")
    return messages


def release(ts: Path = TS_FILE, qm: Path | None = None) -> Path:
    """Compile ``ts`` to ``qm`` (beside it by default) with lrelease."""
    qm = qm or ts.with_suffix(".qm")
    qm.parent.mkdir(parents=True, exist_ok=True)
    _run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)])
    return qm


def missing(ts: Path = TS_FILE) -> list[dict[str, str]]:
    """The messages without a finished translation, as ``fill`` takes them."""
    return [
        {"context": key.context, "source": key.source, "comment": key.comment, "translation": text}
        for key, (text, kind) in sorted(read_ts(ts).items())
        if kind == "unfinished" or not text
    ]


def fill(entries: list[dict[str, str]], ts: Path = TS_FILE) -> int:
    """Set the English of the given messages and mark them finished; how many were set."""
    wanted = {
        Key(entry["context"], entry["source"], entry.get("comment", "")): entry["translation"]
        for entry in entries
        if entry.get("translation", "").strip()
    }
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(context_name, message.findtext("source") or "", message.findtext("comment") or "")
            if key not in wanted:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = wanted[key]
            translation.attrib.pop("type", None)
            count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Shequ's translations (.ts sources, .qm builds).")
    parser.add_argument("mode", nargs="?", default="release", choices=["release", "update", "missing", "fill"])
    parser.add_argument("file", nargs="?", type=Path, help="fill: the JSON that `missing` printed, filled in")
    parser.add_argument("--ts", type=Path, default=TS_FILE, help="the .ts file (default: %(default)s)")
    parser.add_argument("--qm", type=Path, help="release: where to write the .qm (default: beside the .ts)")
    args = parser.parse_args(argv)

    if args.mode == "release":
        print(f"wrote {release(args.ts, args.qm)}")
    elif args.mode == "update":
        update(args.ts, verbose=True)
        left = missing(args.ts)
        print(f"{args.ts}: {len(read_ts(args.ts))} messages, {len(left)} without English")
    elif args.mode == "missing":
        json.dump(missing(args.ts), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        if args.file is None:
            parser.error("fill needs the JSON file")
        count = fill(json.loads(args.file.read_text(encoding="utf-8")), args.ts)
        update(args.ts)  # lupdate writes the file back in its own layout
        print(f"{args.ts}: {count} translations set, {len(missing(args.ts))} without English")
    return 0


if __name__ == "__main__":
    sys.exit(main())
