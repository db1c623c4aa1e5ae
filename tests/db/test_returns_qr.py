"""The printed copy's QR code: page 1 of a real return, rendered and decoded by a real reader.

README: "a QR code on the first page carries the office code, period, version and the SHA-256 of
the figures". Page 1 is rendered with poppler (``pdftoppm -r 150``) and decoded with zbar
(``zbarimg``, Debian's ``zbar-tools``, installed by ``build_scripts/dev.sh test``); the decoded
text must name exactly what the signed snapshot and the PDF's metadata record, and its digest
must equal a fresh hash of the figures read from the database.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import col, select

from db.models import Funding, ReturnSnapshot
from db.office import current_office
from db.periods import parse_period
from db.returns.compose import parse_payload, qr_payload
from db.returns.content import figures_sha256, gather_content
from db.returns.make import MadeReturn, ReturnRequest, make_return
from db.store import Store
from tests.support.returns import CODE, EXPLAIN, NOW, PASSPHRASE, build_office, returns_actor, warning_keys

pytestmark = pytest.mark.skipif(
    shutil.which("zbarimg") is None,
    reason="zbarimg is not installed (Debian package zbar-tools; `bash build_scripts/dev.sh test` installs it)",
)


@pytest.fixture
def office(store: Store) -> Store:
    build_office(store)
    return store


def _sign(store: Store, period: str, reason: str = "") -> MadeReturn:
    explanations = {**warning_keys(store, period), **EXPLAIN}
    request = ReturnRequest(
        parse_period(period),
        explanations=explanations,
        sign=True,
        passphrase=PASSPHRASE,
        correction_reason=reason,
        now=NOW,
    )
    return make_return(store, request)


def _decode_first_page(pdf: bytes, folder: Path) -> list[str]:
    """Every QR symbol zbar finds on page 1 rendered at 150 dpi, as decoded text."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "return.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", str(path), str(folder / "page")],
        capture_output=True,
        check=True,
    )
    (image,) = folder.glob("page-*.png")  # exactly one page rendered
    found = subprocess.run(
        ["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(image)],
        capture_output=True,
        check=False,
    )
    # zbarimg exits 4 when it finds no symbol; its stderr may hold unrelated D-Bus chatter
    assert found.returncode == 0, f"no QR code decoded from page 1 (exit {found.returncode}): {found.stderr!r}"
    return found.stdout.decode("utf-8").splitlines()


def _fresh_sha256(store: Store, period: str) -> str:
    """The figures' digest computed now from the database, independently of the return."""
    with store.session() as session:
        office = current_office(session)
        assert office is not None
        content = gather_content(session, office, parse_period(period), filled_on=NOW.date())
        return figures_sha256(content.payload())


def _snapshot(store: Store, version: int) -> ReturnSnapshot:
    with store.session() as session:
        return session.exec(
            select(ReturnSnapshot).where(
                col(ReturnSnapshot.office_code) == CODE, col(ReturnSnapshot.return_version) == version
            )
        ).one()


def _check(store: Store, made: MadeReturn, period: str, version: int, folder: Path) -> str:
    """The decoded QR code against the snapshot, the metadata and the database; returns its digest."""
    decoded = _decode_first_page(made.pdf, folder)
    assert len(decoded) == 1, decoded  # one QR code on page 1, nothing else zbar reads
    fields = parse_payload(decoded[0])
    assert fields is not None, decoded[0]

    snapshot = _snapshot(store, version)
    recorded = {
        "office_code": snapshot.office_code,
        "period": snapshot.period_code,
        "version": str(snapshot.return_version),
        "figures_sha256": snapshot.figures_sha256,
    }
    assert (recorded["office_code"], recorded["period"], recorded["version"]) == (CODE, period, str(version))
    assert fields == recorded  # office code, period, version and digest: exactly what the snapshot records
    assert decoded[0] == qr_payload(CODE, period, version, snapshot.figures_sha256)

    keywords = PdfReader(io.BytesIO(made.pdf)).metadata["/Keywords"]
    assert keywords == decoded[0]  # the printed code and the file's metadata say the same

    digest = fields["figures_sha256"]
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert digest == figures_sha256(json.loads(snapshot.figures_json))  # the stored figures hash to it
    assert digest == _fresh_sha256(store, period)  # and so do the figures read afresh from the ledgers
    return digest


def test_qr_code_on_page_one_matches_the_signed_return(office: Store, tmp_path: Path) -> None:
    made = _sign(office, "2026")
    assert made.signed and made.version == 1
    _check(office, made, "2026", 1, tmp_path)


def test_corrected_return_prints_its_own_version_and_digest(office: Store, tmp_path: Path) -> None:
    first = _check(office, _sign(office, "2026"), "2026", 1, tmp_path / "v1")
    with office.session(returns_actor()) as s:
        funding = s.exec(select(Funding).where(col(Funding.received_on) == date(2026, 8, 5))).one()
        s.set_reason("党费支持金额录入有误，按银行回单更正")
        funding.amount_fen = 223456
        s.add(funding)
        s.commit()
    second = _check(office, _sign(office, "2026", reason="更正党费支持金额"), "2026", 2, tmp_path / "v2")
    assert second != first  # the figures changed, so does the printed digest
