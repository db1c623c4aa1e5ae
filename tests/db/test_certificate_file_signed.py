"""The certificate file the city gives an office is signed as a whole: any field edited — the city's
name, the office's name or code, the validity, anything — is refused at installation (the API, the
command line: one Chinese line, exit 2), nothing is written; the untouched file installs and
``keys show`` names the city its certificates name. Files of the unsigned format 1 are still read,
but none of their text is taken on trust. Real keys, real files; nothing mocked."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from db.exchange.errors import BadCertificateFile, CityChanged
from db.exchange.pki import (
    CERTIFICATE_SIGNING_CONTEXT,
    install_issued,
    installed_city,
    make_request,
    read_certificate_file,
)
from db.returns.sign import KeyStore
from tests.support.cli import shequ
from tests.support.exchange_world import CITY_PASSPHRASE, CODE, OFFICE_PASSPHRASE, OTHER_CODE, City, make_city

CITY_NAME = "中共巴彦淖尔市委组织部"
FORGED_NAME = "伪造市委组织部"
Document = dict[str, Any]


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def encoded(document: Document) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def resigned(document: Document, key: ec.EllipticCurvePrivateKey) -> Document:
    """``document`` signed again — as the file format says — with ``key``."""
    body = {name: value for name, value in document.items() if name != "signature"}
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    value = key.sign(CERTIFICATE_SIGNING_CONTEXT + text.encode("utf-8"), ec.ECDSA(hashes.SHA256()))
    return {**body, "signature": {**document["signature"], "value": base64.b64encode(value).decode("ascii")}}


def unsigned_v1(document: Document) -> Document:
    """What the city wrote before files were signed (format 1)."""
    kept = ("type", "city", "office", "issued_at", "certificate", "ca_certificate", "exchange_certificate")
    return {**{name: document[name] for name in kept}, "v": 1}


@pytest.fixture
def city(tmp_path: Path) -> City:
    return make_city(tmp_path / "city", CITY_NAME)


@pytest.fixture
def office(tmp_path: Path) -> KeyStore:
    keys = KeyStore(tmp_path / "office")
    make_request(keys, OFFICE_PASSPHRASE, CODE, "胜利社区")
    return keys


def issued_document(city: City, keys: KeyStore, code: str = CODE, name: str = "胜利社区") -> Document:
    issued = city.authority.issue(make_request(keys, OFFICE_PASSPHRASE, code, name), CITY_PASSPHRASE)
    document: Document = json.loads(issued.file_bytes())
    return document


def test_the_file_carries_the_citys_signature_over_every_field(city: City, office: KeyStore) -> None:
    document = issued_document(city, office)
    assert document["v"] == 2 and document["city"] == CITY_NAME
    assert document["office"] == {"code": CODE, "name": "胜利社区"}
    cert, installed = read_certificate_file(encoded(document))
    assert document["not_after"] == cert.not_valid_after_utc.isoformat()
    assert document["not_before"] == cert.not_valid_before_utc.isoformat()
    assert document["signature"]["alg"] == "ES256" and document["signature"]["signer"] == "exchange_certificate"
    assert installed.name == CITY_NAME and installed.exchange_certificate == city.certificate


def edits(city: City, tmp_path: Path) -> dict[str, Callable[[Document], Document]]:
    """Every way of changing a genuine file that must be refused."""
    other = issued_document(city, KeyStore(tmp_path / "other"), OTHER_CODE, "红柳社区")
    forger = make_city(tmp_path / "forger", FORGED_NAME)
    forged_exchange = forger.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")

    def changed(**fields: Any) -> Callable[[Document], Document]:
        return lambda document: {**document, **fields}

    return {
        "city name": changed(city=FORGED_NAME),
        "city name, spaces added": lambda document: {**document, "city": document["city"] + " "},
        "office name": lambda document: {**document, "office": {**document["office"], "name": "幸福社区"}},
        "office code": lambda document: {**document, "office": {**document["office"], "code": OTHER_CODE}},
        "valid until": changed(not_after="2099-12-31T00:00:00+00:00"),
        "valid from": changed(not_before="2000-01-01T00:00:00+00:00"),
        "issued at": changed(issued_at="2020-01-01T00:00:00+00:00"),
        "a field added": changed(note="由市委组织部特批"),
        "signature removed": lambda document: {k: v for k, v in document.items() if k != "signature"},
        "signature of another file": changed(signature=other["signature"]),
        "signature not base64": lambda document: {**document, "signature": {**document["signature"], "value": "!!"}},
        "signature alg changed": lambda document: {**document, "signature": {**document["signature"], "alg": "none"}},
        "another office's certificate": changed(certificate=other["certificate"]),
        "re-signed by a forger's exchange key": lambda document: resigned(
            {**document, "city": FORGED_NAME, "exchange_certificate": forged_exchange}, forger.key
        ),
        "format 1, city name edited": lambda document: {**unsigned_v1(document), "city": FORGED_NAME},
        "format 1, office name edited": lambda document: {
            **unsigned_v1(document),
            "office": {**document["office"], "name": "幸福社区"},
        },
        "format 1, office code edited": lambda document: {
            **unsigned_v1(document),
            "office": {**document["office"], "code": OTHER_CODE},
        },
        "format 1, no office": lambda document: {k: v for k, v in unsigned_v1(document).items() if k != "office"},
    }


def test_every_edit_is_refused_and_nothing_is_installed(city: City, office: KeyStore, tmp_path: Path) -> None:
    document = issued_document(city, office)
    before = snapshot(office.folder)
    for name, edit in edits(city, tmp_path).items():
        with pytest.raises(BadCertificateFile) as refused:
            install_issued(office, encoded(edit(document)), source="150802001001-certificate.json")
        message = str(refused.value)
        assert "没有安装" in message and "\n" not in message and FORGED_NAME not in message, name
        assert snapshot(office.folder) == before, name
    assert installed_city(office) is None and office.is_self_signed()

    installed = install_issued(office, encoded(document))
    assert installed.city.name == CITY_NAME and not office.is_self_signed()
    assert installed_city(office) == installed.city


def test_what_is_shown_must_match_the_certificates_even_under_the_citys_own_signature(
    city: City, office: KeyStore
) -> None:
    """Signed by the city's real exchange key, yet naming another city, office or validity than its
    certificates do (a faulty issuer): refused all the same."""
    document = issued_document(city, office)
    before = snapshot(office.folder)
    cases: dict[str, tuple[Document, str]] = {
        "city": ({"city": FORGED_NAME}, "市级名称"),
        "office": ({"office": {"code": CODE, "name": "幸福社区"}}, "社区代码或名称"),
        "validity": ({"not_after": "2099-12-31T00:00:00+00:00"}, "有效期"),
    }
    for name, (fields, said) in cases.items():
        with pytest.raises(BadCertificateFile, match=said):
            install_issued(office, encoded(resigned({**document, **fields}, city.key)))
        assert snapshot(office.folder) == before, name
    assert install_issued(office, encoded(resigned(document, city.key))).city.name == CITY_NAME


def test_the_same_fields_written_differently_still_install(city: City, office: KeyStore) -> None:
    """The signature covers the values, not the spacing or the order of the fields."""
    document = issued_document(city, office)
    reordered = dict(reversed(list(document.items())))
    data = json.dumps(reordered, ensure_ascii=True, indent=4).encode("utf-8")
    assert install_issued(office, b"\xef\xbb\xbf" + data).city.name == CITY_NAME  # with a BOM, as Notepad saves


def test_a_format_1_file_installs_with_the_name_its_certificates_give(city: City, office: KeyStore) -> None:
    installed = install_issued(office, encoded(unsigned_v1(issued_document(city, office))))
    assert installed.city.name == CITY_NAME and installed_city(office) == installed.city


def test_a_forgers_own_city_is_not_taken_for_the_installed_one(city: City, office: KeyStore, tmp_path: Path) -> None:
    install_issued(office, encoded(issued_document(city, office)))
    forger = make_city(tmp_path / "forger", FORGED_NAME)
    forged = forger.authority.issue(make_request(office, OFFICE_PASSPHRASE, CODE, "胜利社区"), CITY_PASSPHRASE)
    before = snapshot(office.folder)
    with pytest.raises(CityChanged):
        install_issued(office, forged.file_bytes())
    assert snapshot(office.folder) == before


def test_keys_install_refuses_an_edited_file_in_one_line_and_keys_show_names_the_signed_city(
    city: City, office: KeyStore, tmp_path: Path
) -> None:
    folder = str(office.folder.parent)
    document = issued_document(city, office)
    genuine, forged = tmp_path / f"{CODE}-certificate.json", tmp_path / "edited" / f"{CODE}-certificate.json"
    genuine.write_bytes(encoded(document))
    forged.parent.mkdir()
    forged.write_bytes(encoded({**document, "city": FORGED_NAME}))
    before = snapshot(office.folder)

    code, out, err = shequ("--data-dir", folder, "keys", "install", str(forged))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert err.startswith("证书文件无法使用") and "签名不符" in err and "没有安装" in err and FORGED_NAME not in err
    assert snapshot(office.folder) == before
    code, out, err = shequ("--data-dir", folder, "keys", "show")
    assert code == 0 and FORGED_NAME not in out

    code, out, err = shequ("--data-dir", folder, "keys", "install", str(genuine))
    assert code == 0 and f"由“{CITY_NAME}”颁发" in out, err
    code, out, err = shequ("--data-dir", folder, "keys", "show", "--json")
    assert code == 0 and json.loads(out)["city"]["name"] == CITY_NAME


def test_a_name_an_older_version_installed_unchecked_gives_way_to_the_roots(city: City, office: KeyStore) -> None:
    """An office that installed an edited file before files were signed has the edited name in
    ``keys/city.json``: what is shown is the name in the installed root certificate."""
    install_issued(office, encoded(issued_document(city, office)))
    info = json.loads(office.city_info_path.read_text(encoding="utf-8"))
    office.city_info_path.write_text(json.dumps({**info, "name": FORGED_NAME}, ensure_ascii=False), encoding="utf-8")
    city_now = installed_city(office)
    assert city_now is not None and city_now.name == CITY_NAME
    code, out, _ = shequ("--data-dir", str(office.folder.parent), "keys", "show")
    assert code == 0 and CITY_NAME in out and FORGED_NAME not in out


def test_a_huge_request_or_certificate_file_is_refused_by_its_size_without_being_read(
    city: City, office: KeyStore, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.pem"
    with huge.open("wb") as handle:  # 4 GB on the file system's word, no disk used
        handle.truncate(4 * 1024**3)
    before = snapshot(office.folder)
    code, out, err = shequ("--data-dir", str(office.folder.parent), "keys", "install", str(huge))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "文件太大" in err
    assert snapshot(office.folder) == before
    usb = tmp_path / "usb"
    usb.mkdir()
    secret = tmp_path / "city-passphrase"
    secret.write_text(CITY_PASSPHRASE, encoding="utf-8")
    arguments = ["city", "issue", str(huge), "--out", str(usb), "--passphrase-file", str(secret)]
    code, out, err = shequ("--data-dir", str(tmp_path / "city"), *arguments)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "文件太大" in err
    assert list(usb.iterdir()) == []
