"""Audit the locked dependencies (requirements.lock) for known vulnerabilities.

    .venv/bin/python build_scripts/audit.py            # CI runs this (.ci/run)
    .venv/bin/python build_scripts/audit.py --strict   # also fail when a package could not be audited

pip-audit looks every pinned version up in PyPI's advisory data (the Python Packaging Advisory
Database, as PyPI serves it per release); where PyPI cannot be asked, OSV's copy of the same
data is tried. A vulnerability found fails the audit (exit 1) unless its id is listed, with the
reason it does not apply, in build_scripts/audit_ignore.txt. A package that could not be looked
up (the advisory service unreachable from a closed network) is listed plainly as not audited;
with ``--strict`` that fails the audit too.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
IGNORE = Path(__file__).with_name("audit_ignore.txt")
SERVICES = ("pypi", "osv")


def ignored_ids() -> dict[str, str]:
    """The vulnerability ids accepted on purpose: id → why it does not apply."""
    accepted: dict[str, str] = {}
    if IGNORE.exists():
        for line in IGNORE.read_text(encoding="utf-8").splitlines():
            entry, _, reason = line.partition("#")
            if entry.strip():
                accepted[entry.strip()] = reason.strip()
    return accepted


def audit(service: str) -> list[dict[str, Any]]:
    command = [
        sys.executable, "-m", "pip_audit", "--requirement", str(LOCK), "--require-hashes", "--disable-pip",
        "--vulnerability-service", service, "--format", "json", "--progress-spinner", "off",
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:  # the service could not be reached at all
        reason = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
        print(f"audit: the {service} advisory service could not be asked: {reason[:300]}")
        return []
    return list(report["dependencies"])


def judge(results: dict[str, dict[str, Any]], accepted: dict[str, str]) -> tuple[list[str], list[str]]:
    """The vulnerabilities found (one line each, accepted ids left out) and the packages not audited,
    from pip-audit's JSON entries by package name."""
    found, skipped = [], []
    for name, item in sorted(results.items()):
        if "skip_reason" in item:
            skipped.append(name)
            continue
        for vuln in item.get("vulns", []):
            ids = [vuln["id"], *vuln.get("aliases", [])]
            if not any(i in accepted for i in ids):
                fixes = ", ".join(vuln.get("fix_versions", [])) or "none yet"
                found.append(f"{name} {item['version']}: {' / '.join(ids)} (fixed in: {fixes})")
    return found, skipped


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--strict", action="store_true", help="fail when a package could not be audited")
    args = parser.parse_args()
    results: dict[str, dict[str, Any]] = {}
    for service in SERVICES:
        for item in audit(service):
            name = str(item["name"])
            if name not in results or ("skip_reason" in results[name] and "skip_reason" not in item):
                results[name] = item
        if results and all("skip_reason" not in item for item in results.values()):
            break
    found, skipped = judge(results, ignored_ids())
    audited = len(results) - len(skipped)
    print(f"audit: {len(results)} locked packages, {audited} looked up in the advisory data, {len(skipped)} not")
    for line in found:
        print(f"  VULNERABLE {line}")
    if skipped:
        print(
            "  NOT AUDITED (the advisory service could not be asked for them from this machine): " + ", ".join(skipped)
        )
    if found:
        print(f"audit: {len(found)} known vulnerabilities — upgrade in pyproject.toml and run build_scripts/lock.sh")
        return 1
    if skipped and args.strict:
        return 1
    if not results:
        print("audit: no advisory service answered: nothing was audited")
        return 1 if args.strict else 0
    print("audit: no known vulnerability in what could be audited")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
