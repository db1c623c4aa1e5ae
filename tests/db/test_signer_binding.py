"""A signature means this office, this return: the signer's certificate is bound to the return.

Two offices certified by one city: 胜利社区 (A, 150802001001) and 新华社区 (B, 150802002001). B
builds A's return the way an attacker would — A's content, composed by the project's own code —
and signs it with B's own valid, city-issued key and certificate through the project's
``sign_pdf``. ``shequ verify`` refuses it (exit 3, one reason naming both codes), and so does the
city when such a return arrives in a bundle (the database unchanged). A consolidated return of one
city signed by another city's key is refused the same way. Everything is real: data folders, keys,
certificates, PDFs, bundles.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from db.exchange.bundle import export_bundle, import_bundle
from db.exchange.city_return import compose_city_return
from db.exchange.pki import CityAuthority
from db.exchange.rawdb import exchange_connection
from db.periods import parse_period
from db.returns.errors import MissingExplanations, ReturnSignerMismatch
from db.returns.make import MadeReturn, ReturnRequest, make_return
from db.returns.sign import sign_pdf
from db.returns.verify import MISMATCH, VALID, check_return_file, verify_pdf
from tests.support.city_state import write_ca_certificate
from tests.support.cli import shequ
from tests.support.exchange_sites import (
    CITY_PASSPHRASE,
    OFFICE1,
    OFFICE2,
    OFFICE_PASSPHRASE,
    Site,
    certified_city,
    dump,
    make_city,
    small_office,
)

PERIOD = "2026H1"
NOW = datetime(2026, 7, 5, 2, 0, tzinfo=UTC)


@dataclass
class World:
    city: CityAuthority
    hub: Site
    office_a: Site  # 胜利社区, whose return is forged
    office_b: Site  # 新华社区, the forger with a valid certificate of its own
    stick: Path


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    office_a = small_office(tmp_path / "office-a", OFFICE1, "胜利社区")
    office_b = small_office(tmp_path / "office-b", OFFICE2, "新华社区")
    city, hub, stick = certified_city(tmp_path, {"胜利社区": office_a, "新华社区": office_b})
    yield World(city, hub, office_a, office_b, stick)
    for site in (hub, office_a, office_b):
        site.close()


def _make(site: Site, *, sign: bool) -> MadeReturn:
    """The site's return of :data:`PERIOD` (every warning explained), signed with its own key when ``sign``."""
    period = parse_period(PERIOD)
    try:
        make_return(site.store, ReturnRequest(period, now=NOW))
        explanations: dict[str, str] = {}
    except MissingExplanations as exc:
        explanations = {key: "已核实，情况属实。" for key, _ in exc.items}
    request = ReturnRequest(
        period, sign=sign, passphrase=OFFICE_PASSPHRASE if sign else None, explanations=explanations, now=NOW
    )
    return make_return(site.store, request)


def forge(victim: Site, forger: Site) -> bytes:
    """The victim's return, composed by the project's code and signed with the forger's own key and
    city-issued certificate, stamped as if it were the victim's."""
    draft = _make(victim, sign=False)
    identity = forger.keys.load(OFFICE_PASSPHRASE)
    assert not identity.self_signed  # a valid certificate the city issued to the forger
    return sign_pdf(
        draft.pdf,
        identity,
        page=draft.composed.stamp_page,
        box=draft.composed.stamp_box,
        office_name="胜利社区",
        signer_name="胜利社区",
        when=NOW,
    )


def test_a_return_signed_by_another_office_is_refused_by_verify(world: World, tmp_path: Path) -> None:
    forged = tmp_path / "胜利社区-2026H1.pdf"
    forged.write_bytes(forge(world.office_a, world.office_b))

    # checked in office A's folder, which trusts the city's root: the certificate is trusted, the
    # file intact — and still refused, for the signer is not the office the return belongs to
    verdict = check_return_file(world.office_a.folder, forged)
    assert verdict.status == MISMATCH
    assert verdict.exit_code == 3
    assert verdict.office_code == OFFICE1
    assert verdict.verification.signer_office_code == OFFICE2
    assert OFFICE1 in verdict.verification.reason and OFFICE2 in verdict.verification.reason
    assert "签名人与报表不符" in verdict.verification.reason
    assert "\n" not in verdict.verification.reason
    assert "签名人不是报表所属的单位" in verdict.explanation
    assert not verdict.own_certificate

    code, out, err = shequ("--data-dir", str(world.office_a.folder), "verify", str(forged))
    assert code == 3, err
    assert "无效：签名人不是这份报表所属的单位" in out
    assert f"报表属于社区代码 {OFFICE1}，签名证书却属于社区代码 {OFFICE2}" in out
    assert f"签名证书所属社区代码：{OFFICE2}" in out

    code, out, _ = shequ("--data-dir", str(world.office_b.folder), "verify", str(forged), "--json")
    answer = json.loads(out)
    assert code == 3
    assert answer["status"] == MISMATCH and answer["exit_code"] == 3
    assert answer["office"]["code"] == OFFICE1 and answer["signer_office_code"] == OFFICE2


def test_each_office_s_own_return_still_verifies(world: World, tmp_path: Path) -> None:
    for site in (world.office_a, world.office_b):
        path = tmp_path / f"{site.code}.pdf"
        path.write_bytes(_make(site, sign=True).pdf)
        verdict = check_return_file(site.folder, path)
        assert verdict.status == VALID, verdict.verification.reason
        assert verdict.verification.signer_office_code == site.code == verdict.office_code
        code, _, err = shequ("--data-dir", str(site.folder), "verify", str(path))
        assert code == 0, err


def _swap_stored_pdf(site: Site, snapshot_id: str, pdf: bytes) -> None:
    """What a forger can do to its own data folder: put another PDF in place of a signed return's
    and make the snapshot's digest match it."""
    with exchange_connection(site.store) as conn:
        (relative,) = conn.execute("SELECT pdf_path FROM return_snapshot WHERE id = ?", (snapshot_id,)).fetchone()
        (site.folder / relative).write_bytes(pdf)
        conn.execute(
            "UPDATE return_snapshot SET pdf_sha256 = ? WHERE id = ?", (hashlib.sha256(pdf).hexdigest(), snapshot_id)
        )


def _touched_after_signing(pdf: bytes) -> bytes:
    """``pdf`` with an incremental update after its signature (the signature no longer covers the file)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    writer.root["/ShequTouched"] = generic.BooleanObject(True)
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("swap", ["forged-by-sender", "another-office-s-genuine-return", "forged-and-touched"])
def test_the_city_refuses_a_bundle_with_a_return_that_is_not_the_sender_s(world: World, swap: str) -> None:
    if swap == "forged-by-sender":  # A's content, signed by B, sent by B
        sender, replacement = world.office_b, forge(world.office_a, world.office_b)
        expected = f"报表属于社区代码 {OFFICE1}，签名证书却属于社区代码 {OFFICE2}"
    elif swap == "another-office-s-genuine-return":  # A's own genuine signed return, sent by B as B's
        sender, replacement = world.office_b, _make(world.office_a, sign=True).pdf
        expected = f"报表属于社区代码 {OFFICE1}，不是报送数据包的社区"
    else:  # A's content signed by B, then touched so that it no longer verifies, sent by A
        sender, replacement = world.office_a, _touched_after_signing(forge(world.office_a, world.office_b))
        assert verify_pdf(replacement).status == "tampered"
        expected = f"签名证书属于社区代码 {OFFICE2}，不是报送数据包的社区"
    own = _make(sender, sign=True)
    assert own.snapshot_id is not None
    _swap_stored_pdf(sender, own.snapshot_id, replacement)
    written = export_bundle(sender.store, sender.keys, OFFICE_PASSPHRASE, world.stick)

    before = dump(world.hub)
    with pytest.raises(ReturnSignerMismatch) as refused:
        import_bundle(world.hub.store, written.path, city=world.city, passphrase=CITY_PASSPHRASE)
    assert expected in str(refused.value)
    assert f"社区代码 {sender.code} 报送的数据包里，2026年上半年 第 1 版报表不能接收" in str(refused.value)
    assert "整个数据包没有导入" in str(refused.value)
    assert "\n" not in str(refused.value)
    assert dump(world.hub) == before
    assert not (world.hub.folder / "returns").exists() or not any((world.hub.folder / "returns").rglob("*.pdf"))


def test_the_city_takes_the_sender_s_own_signed_return(world: World) -> None:
    own = _make(world.office_b, sign=True)
    written = export_bundle(world.office_b.store, world.office_b.keys, OFFICE_PASSPHRASE, world.stick)
    result = import_bundle(world.hub.store, written.path, city=world.city, passphrase=CITY_PASSPHRASE)
    assert own.snapshot_id in result.returns_arrived


def _consolidated(city_name: str) -> tuple[bytes, int, tuple[float, float, float, float]]:
    pdf, _, page, box = compose_city_return([], parse_period(PERIOD), city_name=city_name, made_at=NOW, signed=True)
    return pdf, page, box


def test_a_consolidated_return_signed_by_another_city_is_refused(world: World, tmp_path: Path) -> None:
    other, other_hub = make_city(tmp_path / "other-city", "中共鄂尔多斯市委组织部")
    try:
        pdf, page, box = _consolidated(world.city.name)
        own = sign_pdf(
            pdf,
            world.city.signing_identity(CITY_PASSPHRASE),
            page=page,
            box=box,
            office_name=world.city.name,
            signer_name=world.city.name,
            when=NOW,
        )
        assert verify_pdf(own, [world.city.ca_certificate().public_bytes(Encoding.DER)]).status == VALID

        forged = sign_pdf(
            pdf,
            other.signing_identity(CITY_PASSPHRASE),
            page=page,
            box=box,
            office_name=world.city.name,
            signer_name=world.city.name,
            when=NOW,
        )
        path = tmp_path / "汇总表.pdf"
        path.write_bytes(forged)
        # even to a verifier trusting the other city's root, it is not that city's return
        trust = write_ca_certificate(other, tmp_path / "other-ca.pem")
        verdict = check_return_file(world.office_a.folder, path, trust=trust)
        assert verdict.status == MISMATCH and verdict.exit_code == 3
        assert verdict.verification.city_name == world.city.name
        assert f"这是{world.city.name}的汇总表，签名证书却属于中共鄂尔多斯市委组织部" in verdict.verification.reason
        code, out, _ = shequ("--data-dir", str(world.office_a.folder), "verify", str(path), "--trust", str(trust))
        assert code == 3
        assert "签名人与报表不符" in out

        # and an office's certificate cannot sign the city's return either
        by_office = sign_pdf(
            pdf,
            world.office_a.keys.load(OFFICE_PASSPHRASE),
            page=page,
            box=box,
            office_name=world.city.name,
            signer_name=world.city.name,
            when=NOW,
        )
        check = verify_pdf(by_office, [world.city.ca_certificate().public_bytes(Encoding.DER)])
        assert check.status == MISMATCH
        assert f"签名证书却属于社区代码 {OFFICE1}" in check.reason
    finally:
        other_hub.close()
