"""Offline certificates: the city's authority, the office's request, issue, install, revoke — files and commands."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import timedelta
from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import pem as asn1_pem
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from db.exchange.envelope import certificate_fingerprint
from db.exchange.errors import (
    BadCertificateFile,
    BadRequestFile,
    CertificateForAnotherOffice,
    CityChanged,
    CityExists,
    CityPassphraseWeak,
    CityPassphraseWrong,
    KeyRevokedRequest,
    NoCityCertificate,
    NoOfficeKey,
    NotACityInstallation,
    OfficeNotRegistered,
    OfficePassphraseWrong,
)
from db.exchange.pki import (
    KEY_ITERATIONS,
    CityAuthority,
    city_recipient,
    encrypt_private_key,
    install_issued,
    installed_city,
    make_request,
    parse_request,
)
from db.returns.errors import CertificateMismatch
from db.returns.sign import KeyStore
from desktop.cli.main import run
from tests.support.exchange_world import CITY_PASSPHRASE, CODE, OFFICE_PASSPHRASE, OTHER_CODE, make_city, make_office


def shequ(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def snapshot(folder: Path) -> dict[str, str]:
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix != ".lock"
    }


def _extension(cert: x509.Certificate, kind: type) -> object:
    return cert.extensions.get_extension_for_class(kind).value


# ---------------------------------------------------------------------------------------------
# The city


def test_city_init_makes_the_root_and_exchange_certificates(tmp_path: Path) -> None:
    city = make_city(tmp_path)
    authority = city.authority
    folder = tmp_path / "city"
    # the folder only marks the city; keys, certificates and the registry are in its database
    assert sorted(p.name for p in folder.iterdir()) == ["installation.json"]
    installation = json.loads((folder / "installation.json").read_text(encoding="utf-8"))
    assert installation["kind"] == "city" and installation["name"] == "中共巴彦淖尔市委组织部" == authority.name
    ca = authority.ca_certificate()
    assert ca.issuer == ca.subject and isinstance(ca.public_key(), ec.EllipticCurvePublicKey)
    constraints = _extension(ca, x509.BasicConstraints)
    assert constraints.ca and constraints.path_length == 0  # type: ignore[attr-defined]
    usage = _extension(ca, x509.KeyUsage)
    assert usage.key_cert_sign and usage.crl_sign and not usage.digital_signature  # type: ignore[attr-defined]
    assert ca.not_valid_after_utc - ca.not_valid_before_utc > timedelta(days=365 * 20)
    exchange = city.certificate
    exchange.verify_directly_issued_by(ca)
    usage = _extension(exchange, x509.KeyUsage)
    assert usage.key_agreement and usage.digital_signature and not usage.key_cert_sign  # type: ignore[attr-defined]
    assert usage.content_commitment  # type: ignore[attr-defined]  # PAdES: the city's return is signed with it
    assert exchange.public_key().curve.name == "secp256r1"  # type: ignore[union-attr]
    for data in authority.encrypted_keys().values():
        assert data.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
        _, _, der = asn1_pem.unarmor(data)
        info = asn1_keys.EncryptedPrivateKeyInfo.load(der)
        params = info["encryption_algorithm"]["parameters"]
        assert params["key_derivation_func"]["parameters"]["iteration_count"].native == KEY_ITERATIONS
        assert params["encryption_scheme"]["algorithm"].native == "aes256_cbc"
    assert authority.offices() == [] and authority.revoked_serials() == frozenset()


def test_city_refuses_a_second_init_a_weak_or_wrong_passphrase(tmp_path: Path) -> None:
    city = make_city(tmp_path)
    before = snapshot(tmp_path)
    with pytest.raises(CityExists):
        city.authority.init("另一个名字", CITY_PASSPHRASE)
    with pytest.raises(CityPassphraseWrong):
        city.authority.ca_key("不是这个口令-不是这个口令")
    assert snapshot(tmp_path) == before
    fresh = CityAuthority(tmp_path / "fresh")
    with pytest.raises(CityPassphraseWeak):
        fresh.init("某市", "short")
    assert not (tmp_path / "fresh").exists()
    with pytest.raises(NotACityInstallation):
        fresh.offices()


def test_encrypted_key_files_open_with_the_passphrase_only() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    data = encrypt_private_key(key, "一个足够长的口令", iterations=1000)
    opened = serialization.load_pem_private_key(data, password="一个足够长的口令".encode())
    assert opened.public_key() == key.public_key()
    with pytest.raises(ValueError):
        serialization.load_pem_private_key(data, password=b"wrong")


# ---------------------------------------------------------------------------------------------
# Request, issue, install


def test_request_issue_install_round_trip(tmp_path: Path) -> None:
    city = make_city(tmp_path / "city")
    keys = KeyStore(tmp_path / "office")
    request = make_request(keys, OFFICE_PASSPHRASE, CODE, "胜利社区")
    assert keys.exists() and keys.is_self_signed()
    csr = parse_request(request)
    assert csr.is_signature_valid and csr.subject == keys.certificate().subject
    with pytest.raises(NoCityCertificate):
        city_recipient(keys)

    issued = city.authority.issue(request, CITY_PASSPHRASE)
    cert = issued.certificate
    assert cert.subject == csr.subject and cert.public_key() == csr.public_key()
    cert.verify_directly_issued_by(city.authority.ca_certificate())
    usage = _extension(cert, x509.KeyUsage)
    assert usage.digital_signature and usage.content_commitment and usage.key_agreement  # type: ignore[attr-defined]
    assert not _extension(cert, x509.BasicConstraints).ca  # type: ignore[attr-defined]
    assert (
        _extension(cert, x509.AuthorityKeyIdentifier).key_identifier
        == _extension(  # type: ignore[attr-defined]
            city.authority.ca_certificate(), x509.SubjectKeyIdentifier
        ).digest
    )  # type: ignore[attr-defined]
    assert (
        timedelta(days=3 * 365) <= cert.not_valid_after_utc - cert.not_valid_before_utc <= timedelta(days=3 * 366 + 1)
    )
    assert issued.filename == f"{CODE}-certificate.json" and issued.replaced is None
    document = json.loads(issued.file_bytes())
    assert document["type"] == "shequ-certificate" and document["v"] == 2 and document["city"] == city.authority.name
    assert city.authority.issued_certificate(cert.serial_number) == cert  # kept in the city's database
    [registered] = city.authority.offices()
    assert (registered.code, registered.name, registered.serial, registered.revoked) == (
        CODE, "胜利社区", cert.serial_number, False,
    )  # fmt: skip

    installed = install_issued(keys, issued.file_bytes())
    assert installed.office_code == CODE and installed.city.name == city.authority.name
    assert not keys.is_self_signed() and keys.certificate() == cert
    assert x509.load_pem_x509_certificate(keys.city_ca_path.read_bytes()) == city.authority.ca_certificate()
    assert x509.load_pem_x509_certificates(keys.chain_path.read_bytes()) == [city.authority.ca_certificate()]
    assert x509.load_pem_x509_certificate(keys.city_exchange_path.read_bytes()) == city.certificate
    assert installed_city(keys) == installed.city
    assert city_recipient(keys) == city.certificate
    identity = keys.load(OFFICE_PASSPHRASE)
    assert identity.certificate == cert and not identity.self_signed


def test_request_reuses_the_key_and_checks_its_passphrase(tmp_path: Path) -> None:
    keys = KeyStore(tmp_path)
    first = parse_request(make_request(keys, OFFICE_PASSPHRASE, CODE, "胜利社区"))
    second = parse_request(make_request(keys, OFFICE_PASSPHRASE, CODE, "胜利社区（更名）"))
    assert first.public_key() == second.public_key()
    with pytest.raises(OfficePassphraseWrong):
        make_request(keys, "不是这个口令了", CODE, "胜利社区")
    third = parse_request(make_request(keys, "换一个新口令也行", CODE, "胜利社区", new_key=True))
    assert third.public_key() != first.public_key()
    assert len(list((tmp_path / "keys" / "retired").iterdir())) == 1


def test_reissue_supersedes_revoke_covers_every_certificate(tmp_path: Path) -> None:
    city = make_city(tmp_path / "city")
    office = make_office(tmp_path / "office", city)
    first = office.certificate
    again = city.authority.issue(make_request(office.keys, OFFICE_PASSPHRASE, CODE, "胜利社区"), CITY_PASSPHRASE)
    assert again.replaced is not None and again.replaced.serial == first.serial_number
    [registered] = city.authority.offices()
    assert registered.serial == again.certificate.serial_number and registered.previous_serials == (
        first.serial_number,
    )

    with pytest.raises(CityPassphraseWrong):
        city.authority.revoke(CODE, "U 盘丢失", "不是这个口令-不是这个口令")
    with pytest.raises(OfficeNotRegistered):
        city.authority.revoke(OTHER_CODE, "U 盘丢失", CITY_PASSPHRASE)
    revoked = city.authority.revoke(CODE, "U 盘丢失，密钥可能泄露", CITY_PASSPHRASE)
    assert revoked.revoked and revoked.revoke_reason == "U 盘丢失，密钥可能泄露"
    assert city.authority.revoked_serials() == {first.serial_number, again.certificate.serial_number}
    assert city.authority.trust_policy(CODE).revoked_serials == city.authority.revoked_serials()

    same_key = make_request(office.keys, OFFICE_PASSPHRASE, CODE, "胜利社区")
    with pytest.raises(KeyRevokedRequest):
        city.authority.issue(same_key, CITY_PASSPHRASE)
    new_key = make_request(office.keys, OFFICE_PASSPHRASE, CODE, "胜利社区", new_key=True)
    fresh = city.authority.issue(new_key, CITY_PASSPHRASE)
    [registered] = city.authority.offices()
    assert not registered.revoked and registered.serial == fresh.certificate.serial_number
    assert fresh.certificate.serial_number not in city.authority.revoked_serials()
    assert len(city.authority.revoked_serials()) == 2


def _csr(key: object, attributes: list[x509.NameAttribute]) -> bytes:
    request = x509.CertificateSigningRequestBuilder().subject_name(x509.Name(attributes)).sign(key, hashes.SHA256())  # type: ignore[arg-type]
    return request.public_bytes(serialization.Encoding.PEM)


def test_bad_requests_are_refused(tmp_path: Path) -> None:
    city = make_city(tmp_path / "city")
    good = make_request(KeyStore(tmp_path / "office"), OFFICE_PASSPHRASE, CODE, "胜利社区")
    ec_key = ec.generate_private_key(ec.SECP256R1())
    named = [x509.NameAttribute(NameOID.COMMON_NAME, "胜利社区")]
    coded = [x509.NameAttribute(NameOID.SERIAL_NUMBER, CODE)]
    tampered = bytearray(good)
    tampered[len(good) // 2] = ord("A") if tampered[len(good) // 2] != ord("A") else ord("B")
    other = make_request(KeyStore(tmp_path / "other"), OFFICE_PASSPHRASE, OTHER_CODE, "红柳社区")
    spliced = x509.load_pem_x509_csr(good).public_bytes(serialization.Encoding.DER)
    spliced = spliced.replace(CODE.encode(), OTHER_CODE.encode())  # the signature no longer covers it
    cases = {
        "garbage": b"not a request",
        "empty": b"",
        "certificate": city.certificate.public_bytes(serialization.Encoding.PEM),
        "tampered": bytes(tampered),
        "spliced": spliced,
        "no code": _csr(ec_key, named),
        "bad code": _csr(ec_key, [*named, x509.NameAttribute(NameOID.SERIAL_NUMBER, "15080200100X")]),
        "no name": _csr(ec_key, coded),
        "rsa": _csr(rsa.generate_private_key(public_exponent=65537, key_size=2048), [*named, *coded]),
        "p384": _csr(ec.generate_private_key(ec.SECP384R1()), [*named, *coded]),
    }
    before = snapshot(tmp_path / "city")
    for name, data in cases.items():
        with pytest.raises(BadRequestFile):
            city.authority.issue(data, CITY_PASSPHRASE)
        assert snapshot(tmp_path / "city") == before, name
    assert city.authority.issue(other, CITY_PASSPHRASE).office_code == OTHER_CODE


def test_install_refuses_what_is_not_for_this_office(tmp_path: Path) -> None:
    city = make_city(tmp_path / "city")
    keys = KeyStore(tmp_path / "office")
    issued_here = city.authority.issue(make_request(keys, OFFICE_PASSPHRASE, CODE, "胜利社区"), CITY_PASSPHRASE)
    other = KeyStore(tmp_path / "other")
    issued_other = city.authority.issue(make_request(other, OFFICE_PASSPHRASE, OTHER_CODE, "红柳社区"), CITY_PASSPHRASE)
    # the office's own key, but a request made for another code
    wrong_code = city.authority.issue(make_request(keys, OFFICE_PASSPHRASE, OTHER_CODE, "胜利社区"), CITY_PASSPHRASE)
    before = snapshot(tmp_path / "office")
    with pytest.raises(CertificateMismatch):
        install_issued(keys, issued_other.file_bytes())
    with pytest.raises(CertificateForAnotherOffice):
        install_issued(keys, wrong_code.file_bytes())
    with pytest.raises(NoOfficeKey):
        install_issued(KeyStore(tmp_path / "empty"), issued_here.file_bytes())

    document = json.loads(issued_here.file_bytes())
    foreign = make_city(tmp_path / "foreign", "另一个市")
    broken = {
        "not json": b"\x89PNG",
        "wrong type": json.dumps({**document, "type": "something"}).encode(),
        "newer": json.dumps({**document, "v": 3}).encode(),
        "missing": json.dumps(
            {key: value for key, value in document.items() if key != "exchange_certificate"}
        ).encode(),
        "foreign ca": json.dumps(
            {
                **document,
                "ca_certificate": foreign.authority.ca_certificate().public_bytes(serialization.Encoding.PEM).decode(),
            }
        ).encode(),
        "foreign exchange": json.dumps(
            {**document, "exchange_certificate": foreign.certificate.public_bytes(serialization.Encoding.PEM).decode()}
        ).encode(),
        "leaf as ca": json.dumps({**document, "ca_certificate": document["certificate"]}).encode(),
    }
    for name, data in broken.items():
        with pytest.raises(BadCertificateFile):
            install_issued(keys, data)
        assert snapshot(tmp_path / "office") == before, name


def test_a_different_city_root_needs_replace_city(tmp_path: Path) -> None:
    city = make_city(tmp_path / "city")
    office = make_office(tmp_path / "office", city)
    rebuilt = make_city(tmp_path / "rebuilt", "中共巴彦淖尔市委组织部（新）")
    issued = rebuilt.authority.issue(make_request(office.keys, OFFICE_PASSPHRASE, CODE, "胜利社区"), CITY_PASSPHRASE)
    before = snapshot(tmp_path / "office")
    with pytest.raises(CityChanged):
        install_issued(office.keys, issued.file_bytes())
    assert snapshot(tmp_path / "office") == before
    installed = install_issued(office.keys, issued.file_bytes(), replace_city=True)
    assert installed.replaced_city and installed_city(office.keys) == installed.city
    assert city_recipient(office.keys) == rebuilt.certificate
    # the same city again is not a change
    assert not install_issued(office.keys, issued.file_bytes()).replaced_city


def test_the_citys_signing_identity_and_trust(tmp_path: Path) -> None:
    city = make_city(tmp_path)
    identity = city.authority.signing_identity(CITY_PASSPHRASE)
    assert identity.certificate == city.certificate and identity.chain == [city.authority.ca_certificate()]
    assert identity.key.public_key() == city.certificate.public_key()
    policy = city.authority.trust_policy(CODE)
    assert policy.anchors == (city.authority.ca_certificate(),) and policy.expect_office == CODE
    assert (
        certificate_fingerprint(city.certificate)
        == hashlib.sha256(city.certificate.public_bytes(serialization.Encoding.DER)).hexdigest()
    )


# ---------------------------------------------------------------------------------------------
# The commands


@pytest.fixture
def secrets(tmp_path: Path) -> dict[str, str]:
    files = {}
    for name, text in (("city", CITY_PASSPHRASE), ("office", OFFICE_PASSPHRASE), ("wrong", "完全不对的口令-完全不对")):
        path = tmp_path / f"{name}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        files[name] = str(path)
    return files


def _one_chinese_line(err: str) -> None:
    assert err.count("\n") == 1 and "Traceback" not in err and any("\u4e00" <= ch <= "\u9fff" for ch in err), err


def test_cli_whole_round_trip_and_shequ_verify(tmp_path: Path, secrets: dict[str, str]) -> None:
    city, office, usb = tmp_path / "city", tmp_path / "office", tmp_path / "usb"
    usb.mkdir()
    code, out, err = shequ(
        "--data-dir",
        str(city),
        "city",
        "init",
        "--name",
        "中共巴彦淖尔市委组织部",
        "--passphrase-file",
        secrets["city"],
    )
    assert code == 0, err
    assert "根证书指纹" in out and (city / "shequ.sqlite").is_file()
    assert shequ("--data-dir", str(office), "init", "--office-code", CODE, "--office-name", "胜利社区")[0] == 0
    code, out, err = shequ("--data-dir", str(office), "keys", "show")
    assert code == 0 and "还没有签名密钥" in out

    code, out, err = shequ(
        "--data-dir", str(office), "keys", "request", "--out", str(usb), "--passphrase-file", secrets["office"]
    )
    assert code == 0, err
    request = usb / f"{CODE}-request.pem"
    assert request.is_file() and "市委组织部" in out and "shequ keys install" in out
    assert "自签名" in shequ("--data-dir", str(office), "keys", "show")[1]

    code, out, err = shequ(
        "--data-dir", str(city), "city", "issue", str(request), "--out", str(usb), "--passphrase-file", secrets["city"]
    )
    assert code == 0, err
    certificate = usb / f"{CODE}-certificate.json"
    assert certificate.is_file() and "胜利社区" in out
    key_line = next(line for line in out.splitlines() if "密钥指纹" in line)

    code, out, err = shequ("--data-dir", str(office), "keys", "install", str(certificate))
    assert code == 0, err
    assert "中共巴彦淖尔市委组织部" in out
    code, out, err = shequ("--data-dir", str(office), "keys", "show")
    assert code == 0 and "市级颁发的证书" in out and "serialNumber=150802001001" in out
    assert key_line.split("：")[1] in out  # the same key fingerprint as the city saw
    code, out, _ = shequ("--data-dir", str(office), "keys", "show", "--json")
    shown = json.loads(out)
    assert shown["certificate"]["self_signed"] is False and shown["city"]["name"] == "中共巴彦淖尔市委组织部"

    code, out, _ = shequ("--data-dir", str(city), "city", "offices", "--json")
    listed = json.loads(out)
    assert [item["code"] for item in listed["offices"]] == [CODE] and listed["offices"][0]["revoked_at"] is None
    assert CODE in shequ("--data-dir", str(city), "city", "offices")[1]

    # a return signed by the office is trusted through the installed city root
    pdf = _signed_return(office)
    target = tmp_path / "return.pdf"
    target.write_bytes(pdf)
    code, out, err = shequ("--data-dir", str(office), "verify", str(target))
    assert code == 0, out + err
    assert shequ("--data-dir", str(tmp_path / "nowhere"), "verify", str(target))[0] == 4  # no city root there

    code, out, err = shequ(
        "--data-dir", str(city), "city", "revoke", CODE, "--reason", "U 盘丢失", "--passphrase-file", secrets["city"]
    )
    assert code == 0, err
    assert "已吊销" in shequ("--data-dir", str(city), "city", "offices")[1]


def _signed_return(folder: Path) -> bytes:
    from db.periods import parse_period
    from db.returns.errors import MissingExplanations
    from db.returns.make import ReturnRequest, make_return
    from db.store import open_store

    with open_store(folder) as store:
        try:
            make_return(store, ReturnRequest(parse_period("2026")))
            explanations: dict[str, str] = {}
        except MissingExplanations as exc:
            explanations = {key: "已核实。" for key, _ in exc.items}
        request = ReturnRequest(
            parse_period("2026"), sign=True, passphrase=OFFICE_PASSPHRASE, explanations=explanations
        )
        return make_return(store, request).pdf


def test_cli_refusals_are_one_line_and_change_nothing(tmp_path: Path, secrets: dict[str, str]) -> None:
    city, office, usb = tmp_path / "city", tmp_path / "office", tmp_path / "usb"
    usb.mkdir()
    assert (
        shequ("--data-dir", str(city), "city", "init", "--name", "巴彦淖尔", "--passphrase-file", secrets["city"])[0]
        == 0
    )
    assert shequ("--data-dir", str(office), "init", "--office-code", CODE, "--office-name", "胜利社区")[0] == 0
    assert (
        shequ("--data-dir", str(office), "keys", "request", "--out", str(usb), "--passphrase-file", secrets["office"])[
            0
        ]
        == 0
    )
    request = usb / f"{CODE}-request.pem"
    bad = usb / "bad-request.pem"
    bad.write_bytes(b"-----BEGIN CERTIFICATE REQUEST-----\nbm90IGEgcmVxdWVzdA==\n-----END CERTIFICATE REQUEST-----\n")
    city_before, office_before, usb_before = snapshot(city), snapshot(office), snapshot(usb)

    cases = [
        (city, ["city", "init", "--name", "第二个", "--passphrase-file", secrets["city"]], "已经有市级安装"),
        (city, ["city", "issue", str(bad), "--out", str(usb), "--passphrase-file", secrets["city"]], "证书申请文件"),
        (
            city,
            ["city", "issue", str(usb / "missing.pem"), "--out", str(usb), "--passphrase-file", secrets["city"]],
            "证书申请文件",
        ),
        (city, ["city", "issue", str(request), "--out", str(usb), "--passphrase-file", secrets["wrong"]], "口令不正确"),
        (
            city,
            ["city", "issue", str(request), "--out", str(tmp_path / "no-usb"), "--passphrase-file", secrets["city"]],
            "文件夹不存在",
        ),
        (city, ["city", "issue", str(request), "--out", str(usb)], "口令"),  # no passphrase and no terminal
        (city, ["city", "issue", str(request), "--out", str(usb), "--passphrase-file", str(usb / "nope")], "口令文件"),
        (
            city,
            ["city", "revoke", CODE, "--reason", "测试", "--passphrase-file", secrets["city"]],
            "不在已颁发证书的名单中",
        ),
        (city, ["city", "revoke", CODE, "--reason", " ", "--passphrase-file", secrets["city"]], "原因"),
        (city, ["city", "issue", str(request), "--out", str(usb), "--years", "99"], "有效年数"),
        (city, ["city"], "命令行参数有误"),
        (office, ["city", "offices"], "不是市级安装"),
        (office, ["city", "init", "--name", "巴彦淖尔", "--passphrase-file", secrets["city"]], "已经有社区台账"),
        (office, ["keys", "request", "--out", str(usb), "--passphrase-file", secrets["wrong"]], "口令不正确"),
        (office, ["keys", "install", str(request)], "证书文件"),
        (office, ["keys", "install", str(usb / "missing.json")], "证书文件"),
        (city, ["keys", "request", "--out", str(usb), "--passphrase-file", secrets["office"]], "社区基本情况"),
    ]
    for folder, argv, expected in cases:
        code, out, err = shequ("--data-dir", str(folder), *argv)
        assert code == 2, (argv, out, err)
        _one_chinese_line(err)
        assert expected in err, (argv, err)
        assert (snapshot(city), snapshot(office), snapshot(usb)) == (city_before, office_before, usb_before), argv
    assert not (tmp_path / "no-usb").exists()


def test_cli_city_init_with_a_weak_passphrase_makes_nothing(tmp_path: Path) -> None:
    weak = tmp_path / "weak.txt"
    weak.write_text("short\n", encoding="utf-8")
    folder = tmp_path / "city"
    code, _, err = shequ(
        "--data-dir", str(folder), "city", "init", "--name", "巴彦淖尔", "--passphrase-file", str(weak)
    )
    assert code == 2 and "太短" in err
    _one_chinese_line(err)
    assert not (folder / "city" / "installation.json").exists() and not (folder / "shequ.sqlite").exists()
