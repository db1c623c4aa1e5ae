"""The user manual travels in the bundle: build_scripts/shequ.spec lists every file of docs/manual
where desktop.common.manual looks for it (_MEIPASS/docs/manual/…), and the smoke test checks it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MANUAL = ROOT / "docs" / "manual"
SPEC = ROOT / "build_scripts" / "shequ.spec"
SMOKE = ROOT / "build_scripts" / "smoke_test.sh"


def _manual_datas() -> list[tuple[str, str]]:
    return re.findall(r'_files\("(docs/manual/[^"]+)",\s*"([^"]+)"\)', SPEC.read_text("utf-8"))


def test_the_spec_bundles_every_file_of_the_manual() -> None:
    datas = _manual_datas()
    assert datas, "shequ.spec bundles nothing of docs/manual"
    bundled: set[Path] = set()
    for pattern, dest in datas:
        found = sorted(ROOT.glob(pattern))
        assert found, f"shequ.spec: nothing matches {pattern}"
        for path in found:
            assert Path(dest) == path.parent.relative_to(ROOT), f"{path} would land in {dest}"
        bundled.update(found)
    wanted = {path for path in MANUAL.rglob("*") if path.is_file() and path.suffix in (".html", ".css", ".png")}
    assert wanted - bundled == set()


def test_the_bundle_keeps_the_manual_where_the_app_looks() -> None:
    """desktop.common.manual.manual_root() is <_MEIPASS or the source tree>/docs/manual."""
    from desktop.common.manual import manual_root

    assert manual_root() == MANUAL


def test_the_smoke_test_checks_the_manual_in_the_bundle() -> None:
    text = SMOKE.read_text("utf-8")
    for name in ("docs/manual/manual.css", "docs/manual/zh_CN/index.html", "docs/manual/images/"):
        assert name in text
