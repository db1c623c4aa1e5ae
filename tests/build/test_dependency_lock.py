"""Dependencies come from requirements.lock only (pinned, hashed), with floors past the versions
known to be bad, and build_scripts/audit.py judges pip-audit's findings."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path
from types import ModuleType

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements.lock"


def locked() -> dict[str, tuple[str, list[str]]]:
    """package → (version, its hashes), from the lock file."""
    pins: dict[str, tuple[str, list[str]]] = {}
    text = LOCK.read_text(encoding="utf-8")
    for block in re.split(r"\n(?=[a-z0-9])", text):
        match = re.match(r"([a-z0-9._-]+)==([^\s;\\]+)", block)
        if match:
            pins[match[1]] = (match[2], re.findall(r"--hash=sha256:([0-9a-f]{64})", block))
    return pins


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(line) for line in [*project["dependencies"], *project["optional-dependencies"]["dev"]]]


def test_every_declared_dependency_is_locked_with_hashes_in_its_range() -> None:
    pins = locked()
    for requirement in declared():
        name = re.sub(r"[-_.]+", "-", requirement.name).lower()
        assert name in pins, f"{name} is not in requirements.lock: run build_scripts/lock.sh"
        version, hashes = pins[name]
        assert hashes, f"{name} has no hashes in requirements.lock"
        assert requirement.specifier.contains(version, prereleases=True), f"{name}=={version} not in {requirement}"


def test_floors_are_past_the_known_bad_versions() -> None:
    floors = {re.sub(r"[-_.]+", "-", r.name).lower(): r.specifier for r in declared()}
    for name, bad in {"jwcrypto": "1.5.5", "cryptography": "44.0.0", "pyside6-essentials": "6.8.0"}.items():
        assert not floors[name].contains(Version(bad)), f"{name} {bad} is still allowed"
    assert "defusedxml" in floors  # openpyxl parses workbooks with it when it is installed


def test_the_scripts_install_from_the_lock_only() -> None:
    install = (ROOT / "build_scripts" / "install_locked.sh").read_text(encoding="utf-8")
    assert "--require-hashes" in install and "--requirement requirements.lock" in install
    for script in ("dev.sh", "build.sh"):
        text = (ROOT / "build_scripts" / script).read_text(encoding="utf-8")
        assert "install_locked.sh" in text
        assert not re.search(r"pip install(?!.*--no-deps).*-e '\.\[dev\]'", text), f"{script} resolves anew"
    assert "build_scripts/audit.py" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _audit_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("audit", ROOT / "build_scripts" / "audit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_audit_fails_on_a_vulnerability_unless_it_is_accepted_with_a_reason() -> None:
    audit = _audit_module()
    report = {  # as pip-audit --format json reports jwcrypto 1.5.0 and a package it could not look up
        "jwcrypto": {
            "name": "jwcrypto",
            "version": "1.5.0",
            "vulns": [{"id": "GHSA-j857-7rvv-vj97", "aliases": ["CVE-2024-28102"], "fix_versions": ["1.5.6"]}],
        },
        "reportlab": {"name": "reportlab", "version": "5.1.0", "vulns": []},
        "pypinyin": {"name": "pypinyin", "skip_reason": "Dependency not found on PyPI and could not be audited"},
    }
    found, skipped = audit.judge(report, {})
    assert found == ["jwcrypto 1.5.0: GHSA-j857-7rvv-vj97 / CVE-2024-28102 (fixed in: 1.5.6)"]
    assert skipped == ["pypinyin"]
    found, _ = audit.judge(report, {"CVE-2024-28102": "not used: we never decrypt compressed tokens"})
    assert found == []
