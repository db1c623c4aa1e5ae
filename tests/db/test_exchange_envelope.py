"""Sealed bundles: JWS inside JWE, every kind round trip, and every way a bundle can go wrong on a USB stick."""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from db.exchange import envelope
from db.exchange.envelope import (
    CITY,
    Opened,
    TrustPolicy,
    bundle_hash,
    key_fingerprint,
    open_sealed,
    peek_header,
    seal_for_recipient,
    seal_with_passphrase,
)
from db.exchange.errors import (
    BundleDamaged,
    BundlePassphraseWeak,
    BundlePassphraseWrong,
    BundleTooNew,
    CertificateRevoked,
    NotABundle,
    PassphraseNeeded,
    UntrustedSigner,
    WrongRecipient,
)
from db.exchange.pki import make_request, office_trust_policy
from db.timeutil import utcnow
from tests.support.exchange_world import (
    CITY_PASSPHRASE,
    CODE,
    OFFICE_PASSPHRASE,
    OTHER_CODE,
    City,
    Office,
    make_city,
    make_office,
)

DEVICE_PASSPHRASE = "两台电脑之间的口令"
PAYLOAD = os.urandom(3000)


@dataclass
class World:
    city: City
    office: Office  # certified by city
    neighbour: Office  # another office, certified by city
    other_city: City
    stranger: Office  # certified by other_city
    lone: Office  # self-signed, never certified


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, city_backend: str) -> World:  # a city per backend
    root = tmp_path_factory.mktemp("world")
    city = make_city(root / "city")
    other_city = make_city(root / "other-city", "另一个市")
    return World(
        city=city,
        office=make_office(root / "office", city),
        neighbour=make_office(root / "neighbour", city, OTHER_CODE, "红柳社区"),
        other_city=other_city,
        stranger=make_office(root / "stranger", other_city, CODE, "胜利社区"),
        lone=make_office(root / "lone", None),
    )


def header(kind: str = "office-to-city", sender: str = CODE, to: str = "city", seq: int = 1, **extra: Any) -> dict:
    return {"kind": kind, "from": sender, "to": to, "seq": seq, "prev": None, **extra}


def to_city(world: World, payload: bytes = PAYLOAD, office: Office | None = None, **fields: Any) -> bytes:
    office = office or world.office
    return seal_for_recipient(payload, header(sender=office.code, **fields), office.identity, world.city.certificate)


def open_at_city(world: World, data: bytes, expect: str | None = CODE, **policy: Any) -> Opened:
    trust = TrustPolicy(anchors=(world.city.authority.ca_certificate(),), expect_office=expect, **policy)
    return open_sealed(data, trust=trust, recipient_key=world.city.key, recipient_cert=world.city.certificate)


def device_bundle(world: World, payload: bytes = PAYLOAD) -> bytes:
    fields = header("device", to=CODE)
    return seal_with_passphrase(payload, fields, world.office.identity, DEVICE_PASSPHRASE)


def open_device(world: World, data: bytes, passphrase: str | None = DEVICE_PASSPHRASE) -> Opened:
    return open_sealed(data, trust=office_trust_policy(world.office.keys, CODE), passphrase=passphrase)


# ---------------------------------------------------------------------------------------------
# Round trips


def test_office_to_city_round_trip(world: World) -> None:
    data = to_city(world, seq=7, prev="ab" * 32)
    opened = open_at_city(world, data)
    assert opened.payload == PAYLOAD
    assert opened.office_code == CODE
    assert opened.signer == world.office.certificate
    assert opened.header == {
        "typ": "shequ-bundle", "v": 1, "kind": "office-to-city", "from": CODE, "to": "city", "seq": 7,
        "prev": "ab" * 32, "iat": opened.header["iat"],
    }  # fmt: skip
    assert abs(opened.header["iat"] - utcnow().timestamp()) < 600


def test_the_file_is_a_jwe_compact_serialization_with_the_fields_outside(world: World) -> None:
    data = to_city(world)
    assert data.isascii() and data.count(b".") == 4
    outer = peek_header(data)
    assert outer["alg"] == "ECDH-ES+A256KW" and outer["enc"] == "A256GCM" and outer["cty"] == "JOSE"
    assert outer["kid"] == key_fingerprint(world.city.certificate.public_key())
    assert (outer["typ"], outer["v"], outer["kind"], outer["from"], outer["seq"]) == (
        "shequ-bundle",
        1,
        "office-to-city",
        CODE,
        1,
    )
    assert "x5c" not in outer  # who signed travels encrypted
    protected = json.loads(base64.urlsafe_b64decode(data.split(b".")[0] + b"=="))
    assert protected == outer
    assert bundle_hash(data) == hashlib.sha256(data).hexdigest()


def test_payload_is_not_visible_in_the_file(world: World) -> None:
    marker = "王玥 150802199001011234".encode()
    data = to_city(world, payload=marker * 50)
    assert marker not in data and base64.urlsafe_b64encode(marker)[:12] not in data


def test_city_to_office_round_trip(world: World) -> None:
    data = seal_for_recipient(
        b"ack", header("city-to-office", sender=CITY, to=CODE), world.city.identity, world.office.certificate
    )
    trust = office_trust_policy(world.office.keys, CITY)
    opened = open_sealed(
        data, trust=trust, recipient_key=world.office.identity.key, recipient_cert=world.office.certificate
    )
    assert (opened.payload, opened.office_code, opened.header["from"]) == (b"ack", None, CITY)
    with pytest.raises(UntrustedSigner):  # the city's bundle where an office's was expected
        open_sealed(
            data,
            trust=office_trust_policy(world.office.keys, CODE),
            recipient_key=world.office.identity.key,
            recipient_cert=world.office.certificate,
        )


def test_an_office_cannot_pose_as_the_city(world: World) -> None:
    forged = seal_for_recipient(
        b"ack", header("city-to-office", sender=CITY, to=CODE), world.neighbour.identity, world.office.certificate
    )
    with pytest.raises(UntrustedSigner):
        open_sealed(
            forged,
            trust=office_trust_policy(world.office.keys, CITY),
            recipient_key=world.office.identity.key,
            recipient_cert=world.office.certificate,
        )


def test_device_round_trip(world: World) -> None:
    data = device_bundle(world)
    outer = peek_header(data)
    assert outer["alg"] == "PBES2-HS512+A256KW" and outer["p2c"] >= 310_000 and outer["kind"] == "device"
    opened = open_device(world, data)
    assert (opened.payload, opened.office_code) == (PAYLOAD, CODE)


def test_device_bundle_of_a_self_signed_office(world: World) -> None:
    """Before the city has issued anything, an office's devices trust the office's own certificate."""
    data = seal_with_passphrase(PAYLOAD, header("device", to=CODE), world.lone.identity, DEVICE_PASSPHRASE)
    opened = open_sealed(data, trust=office_trust_policy(world.lone.keys, CODE), passphrase=DEVICE_PASSPHRASE)
    assert opened.payload == PAYLOAD
    with pytest.raises(UntrustedSigner):  # another office's devices do not trust it
        open_sealed(data, trust=office_trust_policy(world.office.keys), passphrase=DEVICE_PASSPHRASE)


def test_empty_and_large_payloads(world: World) -> None:
    assert open_at_city(world, to_city(world, payload=b"")).payload == b""
    big = os.urandom(2 * 1024 * 1024)
    assert open_at_city(world, to_city(world, payload=big)).payload == big


# ---------------------------------------------------------------------------------------------
# Refusals


def test_wrong_recipient_is_named_without_decrypting(world: World) -> None:
    data = to_city(world)
    other = world.other_city
    with pytest.raises(WrongRecipient):
        open_sealed(
            data,
            trust=TrustPolicy(anchors=(other.authority.ca_certificate(),)),
            recipient_key=other.key,
            recipient_cert=other.certificate,
        )
    named = seal_for_recipient(PAYLOAD, header(to="临河区"), world.office.identity, world.city.certificate)
    with pytest.raises(WrongRecipient, match="临河区"):
        open_sealed(named, trust=TrustPolicy(anchors=()), recipient_key=other.key, recipient_cert=other.certificate)


def test_the_recipient_is_the_key_not_the_certificate(world: World) -> None:
    """A renewed certificate for the same key (which may travel inside the bundle itself) still opens it."""
    with pytest.raises(WrongRecipient):
        open_sealed(to_city(world), trust=TrustPolicy(anchors=()), recipient_key=world.other_city.key)
    office = world.office
    renewed = world.city.authority.issue(
        make_request(office.keys, OFFICE_PASSPHRASE, CODE, "胜利社区"), CITY_PASSPHRASE
    ).certificate
    assert renewed != office.certificate and renewed.public_key() == office.certificate.public_key()
    data = seal_for_recipient(b"ack", header("city-to-office", sender=CITY, to=CODE), world.city.identity, renewed)
    opened = open_sealed(
        data,
        trust=office_trust_policy(office.keys, CITY),
        recipient_key=office.identity.key,
        recipient_cert=office.certificate,
    )
    assert opened.payload == b"ack"
    with pytest.raises(ValueError):  # a certificate for another key is the caller's mistake
        open_sealed(
            data,
            trust=TrustPolicy(anchors=()),
            recipient_key=office.identity.key,
            recipient_cert=world.city.certificate,
        )


def test_revoked_signer(world: World) -> None:
    data = to_city(world)
    with pytest.raises(CertificateRevoked, match=CODE):
        open_at_city(world, data, revoked_serials=frozenset({world.office.certificate.serial_number}))
    assert open_at_city(world, data, revoked_serials=frozenset({12345})).payload == PAYLOAD


def test_signer_from_another_city(world: World) -> None:
    data = to_city(world, office=world.stranger)
    with pytest.raises(UntrustedSigner):
        open_at_city(world, data)


def test_self_signed_signer_is_not_trusted_by_the_city(world: World) -> None:
    data = to_city(world, office=world.lone)
    with pytest.raises(UntrustedSigner):
        open_at_city(world, data)


def test_expected_office_and_claimed_sender_must_match_the_certificate(world: World) -> None:
    data = to_city(world, office=world.neighbour)
    assert open_at_city(world, data, expect=OTHER_CODE).office_code == OTHER_CODE
    assert open_at_city(world, data, expect=None).office_code == OTHER_CODE
    with pytest.raises(UntrustedSigner):
        open_at_city(world, data, expect=CODE)
    posing = seal_for_recipient(PAYLOAD, header(sender=CODE), world.neighbour.identity, world.city.certificate)
    with pytest.raises(UntrustedSigner):  # the neighbour signs a bundle saying it comes from CODE
        open_at_city(world, posing, expect=None)


def test_signing_time_outside_the_certificate_or_in_the_future(world: World) -> None:
    cert = world.office.certificate
    before = int((cert.not_valid_before_utc - timedelta(days=2)).timestamp())
    with pytest.raises(UntrustedSigner):
        open_at_city(world, to_city(world, iat=before))
    future = int((utcnow() + timedelta(days=3)).timestamp())
    with pytest.raises(UntrustedSigner, match="时间"):
        open_at_city(world, to_city(world, iat=future))


def test_wrong_device_passphrase(world: World) -> None:
    data = device_bundle(world)
    with pytest.raises(BundlePassphraseWrong):
        open_device(world, data, "不是这个口令啊")
    with pytest.raises(PassphraseNeeded):
        open_device(world, data, None)
    with pytest.raises(BundlePassphraseWeak):
        seal_with_passphrase(PAYLOAD, header("device", to=CODE), world.office.identity, "short")


def test_a_certificate_bundle_opened_with_a_passphrase_names_the_recipient_problem(world: World) -> None:
    with pytest.raises(WrongRecipient):
        open_sealed(to_city(world), trust=TrustPolicy(anchors=()), passphrase=DEVICE_PASSPHRASE)


def test_inner_and_outer_fields_must_agree(world: World) -> None:
    signed = envelope._signed(PAYLOAD, envelope._checked_header(header(seq=1)), world.office.identity)
    outer = {
        **envelope._checked_header(header(seq=2)),
        "alg": envelope.RECIPIENT_ALG, "enc": envelope.CONTENT_ENC, "cty": "JOSE",
        "kid": key_fingerprint(world.city.certificate.public_key()),
    }  # fmt: skip
    from jwcrypto import jwk

    data = envelope._encrypted(signed, outer, jwk.JWK.from_pyca(world.city.certificate.public_key()))
    with pytest.raises(BundleDamaged, match="不一致"):
        open_at_city(world, data)


def test_a_bad_inner_signature_is_refused(world: World) -> None:
    fields = envelope._checked_header(header())
    signed = envelope._signed(PAYLOAD, fields, world.office.identity)
    head, _, signature = signed.split(b".")
    forged = b".".join([head, base64.urlsafe_b64encode(b"other payload").rstrip(b"="), signature])
    outer = {
        **fields, "alg": envelope.RECIPIENT_ALG, "enc": envelope.CONTENT_ENC, "cty": "JOSE",
        "kid": key_fingerprint(world.city.certificate.public_key()),
    }  # fmt: skip
    from jwcrypto import jwk

    data = envelope._encrypted(forged, outer, jwk.JWK.from_pyca(world.city.certificate.public_key()))
    with pytest.raises(BundleDamaged, match="签名"):
        open_at_city(world, data)


def test_a_later_format_version_is_named(world: World) -> None:
    fields = {**envelope._checked_header(header()), "v": 2}
    outer = {**fields, "alg": envelope.RECIPIENT_ALG, "enc": envelope.CONTENT_ENC, "kid": "0" * 64}
    from jwcrypto import jwk

    data = envelope._encrypted(b"x.y.z", outer, jwk.JWK.from_pyca(world.city.certificate.public_key()))
    with pytest.raises(BundleTooNew):
        peek_header(data)
    with pytest.raises(BundleTooNew):
        open_at_city(world, data)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"%PDF-1.7\n",
        b"PK\x03\x04zip",
        "中文".encode(),
        b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.c2ln",
        b"\x00" * 100,
    ],
)
def test_not_a_bundle(world: World, data: bytes) -> None:
    with pytest.raises(NotABundle):
        open_at_city(world, data)


def test_header_fields_are_checked_when_sealing(world: World) -> None:
    for bad in (
        {"kind": "office-to-city", "from": CODE, "to": "city"},  # no seq
        header(alg="none"),  # a JOSE parameter
        header(kind="elsewhere"),
        header(seq="1"),
        header(note=object()),
    ):
        with pytest.raises((ValueError, TypeError)):
            seal_for_recipient(PAYLOAD, bad, world.office.identity, world.city.certificate)


# ---------------------------------------------------------------------------------------------
# Faults: every region flipped, truncated anywhere


REGIONS = 64
BASE64URL = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _mutations(data: bytes) -> Iterator[tuple[int, str, bytes]]:
    """For each of REGIONS regions: a bit flipped, a character swapped for another valid one, the
    whole region inverted."""
    size = len(data)
    for region in range(REGIONS):
        start, end = region * size // REGIONS, (region + 1) * size // REGIONS
        middle = (start + end) // 2
        flipped = bytearray(data)
        flipped[middle] ^= 0x01
        yield middle, "bit", bytes(flipped)
        swapped = bytearray(data)
        if data[middle] in BASE64URL:
            swapped[middle] = BASE64URL[(BASE64URL.index(data[middle]) + 17) % 64]
            yield middle, "char", bytes(swapped)
        inverted = bytearray(data)
        inverted[start:end] = bytes(value ^ 0xFF for value in data[start:end])
        yield start, "region", bytes(inverted)


def _allowed(original: bytes, mutated: bytes, at: int) -> tuple[type[Exception], ...]:
    """BundleDamaged/NotABundle always; where the (unauthenticated) header was changed into another
    readable header, also what that header says (a different recipient, a later version)."""
    allowed: tuple[type[Exception], ...] = (BundleDamaged, NotABundle)
    if at < original.index(b"."):
        try:
            changed = peek_header(mutated)
        except (BundleDamaged, NotABundle, BundleTooNew):
            return (*allowed, BundleTooNew)
        if changed.get("kid") != peek_header(original).get("kid"):
            allowed = (*allowed, WrongRecipient)
    return allowed


def _expect_refusal(attempt: Any, allowed: tuple[type[Exception], ...], what: str) -> None:
    try:
        attempt()
    except allowed:
        return
    except Exception as exc:
        pytest.fail(f"{what}: {type(exc).__name__}: {exc}")
    pytest.fail(f"{what}: the changed bundle was accepted")


def test_every_region_flipped_is_refused(world: World) -> None:
    data = to_city(world)
    checked = 0
    for at, how, mutated in _mutations(data):
        _expect_refusal(
            functools.partial(open_at_city, world, mutated), _allowed(data, mutated, at), f"{how} at byte {at}"
        )
        checked += 1
    assert checked >= 2 * REGIONS


def test_every_region_of_a_device_bundle_flipped_is_refused(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap key derivation here only (the real one is 0.2 s per try): the checks are the same."""
    monkeypatch.setattr(envelope, "PBES2_ITERATIONS", 1000)
    monkeypatch.setattr(envelope, "PBES2_MIN_ITERATIONS", 1000)
    data = device_bundle(world)
    assert peek_header(data)["p2c"] == 1000 and open_device(world, data).payload == PAYLOAD
    key_end = data.index(b".", data.index(b".") + 1)
    for at, how, mutated in _mutations(data):
        allowed = _allowed(data, mutated, at)
        if at < key_end:  # salt, iterations or wrapped key changed: the key no longer unwraps
            allowed = (*allowed, BundlePassphraseWrong)
        _expect_refusal(functools.partial(open_device, world, mutated), allowed, f"{how} at byte {at}")


def test_truncated_anywhere_is_refused(world: World) -> None:
    data = to_city(world)
    offsets = sorted({*range(0, len(data), max(1, len(data) // 200)), *range(len(data) - 40, len(data))})
    for length in offsets:
        with pytest.raises((BundleDamaged, NotABundle)):
            open_at_city(world, data[:length])
    assert open_at_city(world, data).payload == PAYLOAD


@pytest.mark.parametrize("how", ["doubled", "newline", "crlf", "zeros", "prefix"])
def test_extra_bytes_are_refused(world: World, how: str) -> None:
    data = to_city(world)
    changed = {
        "doubled": data + data,
        "newline": data + b"\n",
        "crlf": data + b"\r\n",
        "zeros": data + b"\x00" * 4096,  # a FAT stick's cluster padding after a bad copy
        "prefix": b" " + data,
    }[how]
    with pytest.raises((BundleDamaged, NotABundle)):
        open_at_city(world, changed)


def test_files_on_disk_round_trip(world: World, tmp_path: Path) -> None:
    from db.fileio import write_atomic

    path = tmp_path / "bundle.shequ"
    data = to_city(world)
    write_atomic(path, data)
    assert open_at_city(world, path.read_bytes()).payload == PAYLOAD
    assert CITY_PASSPHRASE  # the world's city opened its exchange key with it


def test_changes_that_decode_to_the_same_bytes_are_refused(world: World) -> None:
    """Base64 is lax (unused trailing bits, padding, stray characters): the file must be exact."""
    for _ in range(8):  # segment lengths vary with the random key material
        data = to_city(world)
        parts = data.split(b".")
        for index, part in enumerate(parts):
            variants = [
                [*parts[:index], part + b"==", *parts[index + 1 :]],
                [*parts[:index], part[:1] + b"\n" + part[1:], *parts[index + 1 :]],
            ]
            if len(part) % 4 in (2, 3):
                value = BASE64URL.index(part[-1:])
                spare = 0b1111 if len(part) % 4 == 2 else 0b11
                same = part[:-1] + BASE64URL[value ^ spare : (value ^ spare) + 1]
                assert base64.urlsafe_b64decode(same + b"==") == base64.urlsafe_b64decode(part + b"==")
                variants.append([*parts[:index], same, *parts[index + 1 :]])
            for variant in variants:
                _expect_refusal(
                    functools.partial(open_at_city, world, b".".join(variant)), (BundleDamaged, NotABundle), str(index)
                )


def test_a_device_bundle_brought_to_the_city_is_not_for_it(world: World) -> None:
    with pytest.raises(WrongRecipient):
        open_at_city(world, device_bundle(world))
