"""The first signature does not wait for pyHanko: the 报表 page imports the signing modules on a
background thread as it opens (:mod:`desktop.returns.preload`), and those modules are all a first
signature and a first check of a file import (no timings: the modules are read from ``sys.modules``)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from db.returns.sign import SIGNING_MODULES
from db.store import Store
from desktop.common.changes import ChangeHub
from desktop.common.workspace import workspace_for
from desktop.returns import preload
from desktop.returns.page import ReturnsPage
from tests.support.returns import build_office

REPO = Path(__file__).resolve().parents[2]

# In a fresh interpreter: preload, then sign a one-page PDF and check it; print what each step imported
# of the signing libraries.
PROBE = """
import io, json, sys, tempfile
from datetime import UTC, datetime
from pathlib import Path
from reportlab.pdfgen import canvas
from db.returns.compose import compose_stamp
from db.returns.sign import KeyStore, preload_signing, sign_pdf
from db.returns.verify import verify_pdf

buffer = io.BytesIO()
page = canvas.Canvas(buffer)
page.drawString(72, 720, "return")
page.save()
compose_stamp(200, 80, ["stamp"])  # the layout's own first use (fonts) is not the signature's
LIBRARIES = ("pyhanko", "pyhanko_certvalidator", "asn1crypto", "cryptography", "lxml")

def signing_modules():
    return {m for m in sys.modules if m.split(".")[0] in LIBRARIES}

before = signing_modules()
preload_signing()
preloaded = signing_modules()
identity = KeyStore(Path(tempfile.mkdtemp())).create("preload-passphrase", "150802001001", "胜利社区")
signed = sign_pdf(buffer.getvalue(), identity, page=0, box=(300, 60, 560, 160), office_name="胜利社区",
                  signer_name="王玥", when=datetime.now(UTC))
after_sign = signing_modules()
verdict = verify_pdf(signed)
after_verify = signing_modules()
print(json.dumps({
    "preloaded_new": sorted(preloaded - before),
    "sign_new": sorted(after_sign - preloaded),
    "verify_new": sorted(after_verify - after_sign),
    "status": verdict.status,
}))
"""


def test_a_first_signature_imports_nothing_the_preload_left_out() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=True,
    )
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert "pyhanko.sign.signers" in answer["preloaded_new"]
    assert answer["sign_new"] == []
    assert answer["verify_new"] == []
    assert answer["status"] == "untrusted"  # signed for real, with the self-signed certificate


@pytest.fixture
def fresh_preload(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a new process: no preload started yet."""
    monkeypatch.setattr(preload, "_started", [])


def test_the_returns_page_starts_the_preload_on_a_background_thread(qtbot, store: Store, fresh_preload: None) -> None:
    build_office(store)
    assert preload.thread() is None
    page = ReturnsPage(workspace_for(store), today=date(2026, 11, 28), hub=ChangeHub())
    qtbot.addWidget(page)
    started = preload.thread()
    assert started is not None and started.name == "shequ-signing-preload"
    assert started is not threading.main_thread() and started.daemon
    started.join(120)
    assert not started.is_alive()
    assert all(name in sys.modules for name in SIGNING_MODULES)
    second = ReturnsPage(workspace_for(store), today=date(2026, 11, 28), hub=ChangeHub())
    qtbot.addWidget(second)
    assert preload.thread() is started  # once per process
    qtbot.waitUntil(lambda: not page.busy and not second.busy, timeout=30_000)
