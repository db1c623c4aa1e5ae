"""Streets (街道/镇) between the offices and the city: a street installation certified by the city,
marked as a street's so that an office's certificate never passes as a street's nor a street's as an
office's, and the city's per-office routing in its registry (under the registry's lock). Real keys,
real files, the ``shequ`` commands as people type them; nothing mocked."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from db.exchange.bundle import export_bundle, import_bundle
from db.exchange.data_errors import BundleMissing
from db.exchange.envelope import (
    KIND_OFFICE_TO_CITY,
    certificate_fingerprint,
    is_street_certificate,
    open_sealed,
    peek_header,
    seal_for_recipient,
)
from db.exchange.errors import (
    BadCertificateFile,
    BadRequestFile,
    CertificateRevoked,
    OfficeNotRegistered,
    UntrustedSigner,
    WrongRecipient,
)
from db.exchange.pki import CityAuthority, install_issued, make_request
from db.exchange.street import (
    CodeTaken,
    StreetInstallation,
    StreetNotRegistered,
    issue_street,
    read_street_certificate_file,
    route,
    street_certificate_filename,
    street_request_filename,
    streets,
)
from db.exchange.street_import import (
    BadRoster,
    CityCopyMissing,
    OfficeNotInRoster,
    import_street_copy,
    install_roster,
    make_roster,
    open_street_copy,
)
from db.exchange.street_route import RouteRefused, checked_route, installed_route, take_route
from db.returns.sign import KeyStore, SigningIdentity, office_subject
from tests.support.city_state import registry_document
from tests.support.cli import shequ
from tests.support.exchange_sites import (
    MEMBER_ID,
    RESIDENT_ADDRESS,
    RESIDENT_ID,
    RESIDENT_PHONE,
    STAFF_ID,
    Site,
    db_text,
    dump,
)
from tests.support.exchange_sites import OFFICE_PASSPHRASE as SITE_OFFICE_PASSPHRASE
from tests.support.exchange_world import CITY_PASSPHRASE, CODE, OFFICE_PASSPHRASE, OTHER_CODE, City, make_city
from tests.support.street_world import (
    DIRECT_OFFICE,
    STREET_CODE,
    STREET_NAME,
    STREET_OFFICE,
    STREET_PASSPHRASE,
    Four,
    add_activity,
    build_four,
    routed,
    street_site,
)


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def passphrase_file(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Path]:
    stick = tmp_path / "usb"
    stick.mkdir()
    return {
        "city": tmp_path / "city",
        "street": tmp_path / "street",
        "office": tmp_path / "office",
        "usb": stick,
        "city_pass": Path(passphrase_file(tmp_path, "city.txt", CITY_PASSPHRASE)),
        "street_pass": Path(passphrase_file(tmp_path, "street.txt", STREET_PASSPHRASE)),
    }


def certified_street(world: dict[str, Path]) -> tuple[City, StreetInstallation]:
    """City (API) → ``shequ street init`` → ``shequ city issue`` → ``shequ street install-certificate``."""
    city = make_city(world["city"])
    code, _out, err = shequ(
        "--data-dir", str(world["street"]), "street", "init", "--code", STREET_CODE, "--name", STREET_NAME,
        "--out", str(world["usb"]), "--passphrase-file", str(world["street_pass"]),
    )  # fmt: skip
    assert code == 0, err
    request = world["usb"] / street_request_filename(STREET_CODE)
    code, out, err = shequ(
        "--data-dir", str(world["city"]), "city", "issue", str(request), "--out", str(world["usb"]),
        "--passphrase-file", str(world["city_pass"]),
    )  # fmt: skip
    assert code == 0, err
    assert "街道证书" in out and STREET_NAME in out
    certificate = world["usb"] / street_certificate_filename(STREET_CODE)
    code, out, err = shequ("--data-dir", str(world["street"]), "street", "install-certificate", str(certificate))
    assert code == 0, err
    assert STREET_NAME in out and "中共巴彦淖尔市委组织部" in out
    return city, StreetInstallation(world["street"])


def certify_office(city: City, folder: Path, code: str = CODE, name: str = "胜利社区") -> KeyStore:
    keys = KeyStore(folder)
    issued = city.authority.issue(make_request(keys, OFFICE_PASSPHRASE, code, name), CITY_PASSPHRASE)
    install_issued(keys, issued.file_bytes())
    return keys


def registry(city: City) -> dict[str, Any]:
    return registry_document(city.authority)


# --- step 1: a street certified by the city ------------------------------------------------------------


def test_street_init_issue_install_by_the_commands(world: dict[str, Path]) -> None:
    city, street = certified_street(world)
    folder = world["street"]
    installation = json.loads((folder / "street" / "installation.json").read_text(encoding="utf-8"))
    assert installation["kind"] == "street"
    assert (installation["code"], installation["name"]) == (STREET_CODE, STREET_NAME)
    assert b"ENCRYPTED PRIVATE KEY" in (folder / "street" / "street-key.pem").read_bytes()
    assert (folder / "shequ.sqlite").is_file()  # its own consolidated database, like the city's

    cert = street.certificate()
    assert is_street_certificate(cert)
    assert cert.issuer == city.authority.ca_certificate().subject
    assert cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value == STREET_CODE
    assert street.city() is not None and street.city().ca_certificate == city.authority.ca_certificate()  # type: ignore[union-attr]

    document = registry(city)
    assert [item["code"] for item in document["streets"]] == [STREET_CODE]
    assert document["offices"] == []  # a street is not an office
    assert city.authority.offices() == []
    assert [item.name for item in streets(city.authority)] == [STREET_NAME]
    assert [cert.serial_number for cert in city.authority.issued_certificates(STREET_CODE)] == [cert.serial_number]

    code, out, err = shequ("--data-dir", str(folder), "street", "show", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["street"] == {"code": STREET_CODE, "name": STREET_NAME}
    assert shown["certificate"]["street"] is True
    assert shown["city"]["name"] == "中共巴彦淖尔市委组织部"

    code, out, err = shequ("--data-dir", str(world["city"]), "city", "streets", "--json")
    assert code == 0, err
    assert [item["code"] for item in json.loads(out)["streets"]] == [STREET_CODE]


def test_office_commands_refuse_a_streets_folder(world: dict[str, Path]) -> None:
    certified_street(world)
    before = snapshot(world["street"])
    for command in (("stats",), ("init", "--office-code", CODE, "--office-name", "胜利社区")):
        code, _out, err = shequ("--data-dir", str(world["street"]), *command)
        assert code == 2 and "街道的数据文件夹" in err, err
    assert snapshot(world["street"]) == before


def test_street_init_refuses_bad_input_and_taken_folders(world: dict[str, Path]) -> None:
    city = make_city(world["city"])
    before = snapshot(world["city"])
    for folder, arguments, words in (
        (world["street"], ("--code", "15080200100", "--name", STREET_NAME), "12 位"),
        (world["street"], ("--code", STREET_CODE, "--name", "  "), "街道名称"),
        (world["city"], ("--code", STREET_CODE, "--name", STREET_NAME), "已经有社区或市级的数据"),
    ):
        code, _out, err = shequ(
            "--data-dir", str(folder), "street", "init", *arguments, "--out", str(world["usb"]),
            "--passphrase-file", str(world["street_pass"]),
        )  # fmt: skip
        assert code == 2 and words in err, err
    assert not world["street"].exists()
    assert snapshot(world["city"]) == before
    assert list(world["usb"].iterdir()) == []

    short = passphrase_file(world["usb"].parent, "short.txt", "太短的口令")
    code, _out, err = shequ(
        "--data-dir", str(world["street"]), "street", "init", "--code", STREET_CODE, "--name", STREET_NAME,
        "--out", str(world["usb"]), "--passphrase-file", short,
    )  # fmt: skip
    assert code == 2 and "12" in err
    assert not (world["street"] / "street" / "installation.json").exists()
    del city


def test_an_office_certificate_never_passes_as_a_streets(world: dict[str, Path]) -> None:
    city, _street = certified_street(world)
    office_keys = certify_office(city, world["office"])
    issued = city.authority.issue(make_request(office_keys, OFFICE_PASSPHRASE, CODE, "胜利社区"), CITY_PASSPHRASE)
    office_file = world["usb"] / "office-certificate.json"
    office_file.write_bytes(issued.file_bytes())
    before = snapshot(world["street"])
    code, _out, err = shequ("--data-dir", str(world["street"]), "street", "install-certificate", str(office_file))
    assert code == 2 and "街道" in err
    assert snapshot(world["street"]) == before
    with pytest.raises(BadCertificateFile):
        read_street_certificate_file(issued.file_bytes())

    # an office request forging the street's mark is never issued as an office's certificate
    forged = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(
            x509.Name([*office_subject(OTHER_CODE, "假街道"), x509.NameAttribute(NameOID.BUSINESS_CATEGORY, "x")])
        )
        .sign(office_keys.load(OFFICE_PASSPHRASE).key, hashes.SHA256())
        .public_bytes(serialization.Encoding.PEM)
    )
    with pytest.raises(BadRequestFile):
        city.authority.issue(forged, CITY_PASSPHRASE)
    with pytest.raises(BadRequestFile):  # nor is an office's request issued as a street's
        issue_street(city.authority, make_request(office_keys, OFFICE_PASSPHRASE, CODE, "胜利社区"), CITY_PASSPHRASE)
    assert city.authority.office(OTHER_CODE) is None


def test_a_street_certificate_never_passes_as_an_offices(world: dict[str, Path]) -> None:
    city, street = certified_street(world)
    data = (world["usb"] / street_certificate_filename(STREET_CODE)).read_bytes()
    office_keys = KeyStore(world["office"])
    make_request(office_keys, OFFICE_PASSPHRASE, STREET_CODE, STREET_NAME)
    with pytest.raises(BadCertificateFile):  # another type of file
        install_issued(office_keys, data)
    assert office_keys.is_self_signed()

    # a bundle signed with the street's key and certificate is refused by the city, even with the right `from`
    identity = SigningIdentity(street.key(STREET_PASSPHRASE), street.certificate(), [city.authority.ca_certificate()])
    header = {"kind": KIND_OFFICE_TO_CITY, "from": STREET_CODE, "to": "city", "seq": 1, "prev": None}
    sealed = seal_for_recipient(b"payload", header, identity, city.certificate)
    with pytest.raises(UntrustedSigner, match="街道"):
        open_sealed(sealed, trust=city.authority.trust_policy(), recipient_key=city.key)

    # an office request with a street's code, and a street request with an office's code, are refused
    with pytest.raises(BadRequestFile, match="街道"):
        city.authority.issue(make_request(office_keys, OFFICE_PASSPHRASE, STREET_CODE, "冒名社区"), CITY_PASSPHRASE)
    certify_office(city, world["office"] / "other", OTHER_CODE, "新华社区")
    other_street = StreetInstallation(world["street"] / "other")
    with pytest.raises(CodeTaken):
        issue_street(city.authority, other_street.init(OTHER_CODE, "新华街道", STREET_PASSPHRASE), CITY_PASSPHRASE)
    assert [item.code for item in streets(city.authority)] == [STREET_CODE]


def test_an_edited_street_certificate_file_is_refused(world: dict[str, Path]) -> None:
    city = make_city(world["city"])
    street = StreetInstallation(world["street"])
    request = street.init(STREET_CODE, STREET_NAME, STREET_PASSPHRASE)
    issued = issue_street(city.authority, request, CITY_PASSPHRASE)
    document = json.loads(issued.signed_file)
    before = snapshot(world["street"])
    for field, value in (("city", "伪造市委组织部"), ("not_after", "2099-01-01T00:00:00+00:00")):
        edited = json.dumps({**document, field: value}, ensure_ascii=False).encode("utf-8")
        with pytest.raises(BadCertificateFile):
            street.install_certificate(edited)
    renamed = json.dumps({**document, "street": {"code": STREET_CODE, "name": "别的街道"}}, ensure_ascii=False)
    with pytest.raises(BadCertificateFile):
        street.install_certificate(renamed.encode("utf-8"))
    assert snapshot(world["street"]) == before
    assert not street.certified()

    # the file of another street (another key) is refused; the street's own installs
    other = StreetInstallation(world["street"] / "other")
    other_file = issue_street(
        city.authority, other.init("150802002000", STREET_NAME, STREET_PASSPHRASE), CITY_PASSPHRASE
    ).signed_file
    with pytest.raises(BadCertificateFile):
        street.install_certificate(other_file)
    street.install_certificate(issued.signed_file)
    assert street.certified()


# --- step 2: the city's routing ----------------------------------------------------------------------


def test_city_routes_an_office_via_a_street_and_back(world: dict[str, Path]) -> None:
    city, _street = certified_street(world)
    keys = certify_office(city, world["office"])
    certify_office(city, world["office"] / "other", OTHER_CODE, "新华社区")

    code, out, err = shequ(
        "--data-dir", str(world["city"]), "city", "route", "--office", CODE, "--via", STREET_CODE,
        "--passphrase-file", str(world["city_pass"]),
    )  # fmt: skip
    assert code == 0, err
    assert STREET_CODE in out
    assert city.authority.office(CODE).via == STREET_CODE  # type: ignore[union-attr]
    assert city.authority.office(OTHER_CODE).via is None  # type: ignore[union-attr]
    offices = {item["code"]: item for item in registry(city)["offices"]}
    assert offices[CODE]["via"] == STREET_CODE and offices[OTHER_CODE]["via"] is None

    code, out, err = shequ("--data-dir", str(world["city"]), "city", "offices")
    assert code == 0, err
    assert f"经街道 {STREET_CODE} 报送" in out and "直接报送市级" in out
    code, out, err = shequ("--data-dir", str(world["city"]), "city", "streets", "--json")
    listing = json.loads(out)
    assert listing["streets"][0]["offices"] == [CODE] and listing["direct"] == [OTHER_CODE]

    # a new certificate for the office keeps its route; so does revoking another office
    city.authority.issue(make_request(keys, OFFICE_PASSPHRASE, CODE, "胜利社区"), CITY_PASSPHRASE)
    city.authority.revoke(OTHER_CODE, "测试吊销", CITY_PASSPHRASE)
    assert city.authority.office(CODE).via == STREET_CODE  # type: ignore[union-attr]
    assert [item.code for item in streets(city.authority)] == [STREET_CODE]  # issuing and revoking keep the streets

    code, out, err = shequ(
        "--data-dir", str(world["city"]), "city", "route", "--office", CODE, "--direct",
        "--passphrase-file", str(world["city_pass"]),
    )  # fmt: skip
    assert code == 0, err
    assert "直接向市级报送" in out
    assert city.authority.office(CODE).via is None  # type: ignore[union-attr]


def test_routing_refusals_write_nothing(world: dict[str, Path]) -> None:
    city, _street = certified_street(world)
    certify_office(city, world["office"])
    certify_office(city, world["office"] / "other", OTHER_CODE, "新华社区")
    city.authority.revoke(OTHER_CODE, "测试吊销", CITY_PASSPHRASE)
    before = snapshot(world["city"] / "city")
    with pytest.raises(StreetNotRegistered):
        route(city.authority, CODE, "150802009000", CITY_PASSPHRASE)
    with pytest.raises(StreetNotRegistered):  # an office's code is not a street
        route(city.authority, CODE, OTHER_CODE, CITY_PASSPHRASE)
    with pytest.raises(OfficeNotRegistered):
        route(city.authority, "150802009009", STREET_CODE, CITY_PASSPHRASE)
    with pytest.raises(OfficeNotRegistered):  # revoked
        route(city.authority, OTHER_CODE, STREET_CODE, CITY_PASSPHRASE)
    code, _out, err = shequ(
        "--data-dir", str(world["city"]), "city", "route", "--office", CODE, "--via", STREET_CODE,
        "--passphrase-file", passphrase_file(world["usb"], "wrong.txt", "不对的市级口令-0000"),
    )  # fmt: skip
    assert code == 2 and "口令" in err
    assert snapshot(world["city"] / "city") == before
    assert isinstance(city.authority, CityAuthority)


# --- step 3: the routing reaches the office in the city's acknowledgement -------------------------------


@pytest.fixture
def four(tmp_path: Path) -> Iterator[Four]:
    """The city, a certified street, and two certified offices with their databases."""
    world = build_four(tmp_path)
    yield world
    world.close()


def test_the_acknowledgement_carries_the_route_and_the_streets_certificate(four: Four) -> None:
    route(four.city, STREET_OFFICE, STREET_CODE, CITY_PASSPHRASE)
    taken = four.take(four.via, four.ack(four.via))
    assert STREET_NAME in taken.message() and taken.changes.office
    installed = installed_route(four.via.keys)
    assert installed is not None and installed.via_code == STREET_CODE and installed.via_name == STREET_NAME
    assert installed.certificate == four.street.certificate()
    assert (four.via.keys.folder / "street-cert.pem").is_file()

    plain = four.take(four.direct, four.ack(four.direct))  # direct: today's path, nothing to say
    assert "街道" not in plain.message() and plain.route_problem == ""
    direct = installed_route(four.direct.keys)
    assert direct is not None and direct.via_code is None and direct.certificate is None
    assert not (four.direct.keys.folder / "street-cert.pem").exists()

    code, out, err = shequ("--data-dir", str(four.via.folder), "keys", "show", "--json")
    assert code == 0, err
    shown = json.loads(out)["route"]
    assert shown["via"] == {"code": STREET_CODE, "name": STREET_NAME}
    assert shown["street_certificate_sha256"] == certificate_fingerprint(four.street.certificate())
    code, out, err = shequ("--data-dir", str(four.via.folder), "keys", "show")
    assert f"报送路径：经街道 {STREET_NAME}（{STREET_CODE}）报送市级" in out
    code, out, err = shequ("--data-dir", str(four.direct.folder), "keys", "show")
    assert "报送路径：直接报送市级" in out


def test_a_later_acknowledgement_wins_whatever_the_order(four: Four) -> None:
    route(four.city, STREET_OFFICE, STREET_CODE, CITY_PASSPHRASE)
    first = four.ack(four.via)
    route(four.city, STREET_OFFICE, None, CITY_PASSPHRASE)
    second = four.ack(four.via)
    assert "直接报送" not in four.take(four.via, second).message()  # no route before: nothing to undo
    assert installed_route(four.via.keys).via_code is None  # type: ignore[union-attr]
    four.take(four.via, first)  # carried late: the older routing does not come back
    assert installed_route(four.via.keys).via_code is None  # type: ignore[union-attr]
    assert not (four.via.keys.folder / "street-cert.pem").exists()

    route(four.city, STREET_OFFICE, STREET_CODE, CITY_PASSPHRASE)
    four.take(four.via, four.ack(four.via))
    assert installed_route(four.via.keys).via_code == STREET_CODE  # type: ignore[union-attr]
    route(four.city, STREET_OFFICE, None, CITY_PASSPHRASE)
    assert "直接报送市级" in four.take(four.via, four.ack(four.via)).message()
    assert not (four.via.keys.folder / "street-cert.pem").exists()


def test_a_route_naming_no_street_certificate_is_refused(four: Four) -> None:
    root = four.city.ca_certificate()
    office_cert = four.via.keys.certificate()
    pem = office_cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
    for route_value in (
        {"via": {"code": STREET_OFFICE, "name": "团结社区", "certificate": pem}},  # an office's certificate
        {"via": {"code": "150802009000", "name": STREET_NAME, "certificate": _street_pem(four)}},  # another code
        {"via": "街道"},
        {},
    ):
        with pytest.raises(RouteRefused):
            checked_route(route_value, root)
    before = snapshot(four.via.keys.folder)
    note, problem = take_route(
        four.via.keys, {"via": {"code": STREET_OFFICE, "name": "团结社区", "certificate": pem}}, 9
    )
    assert note == "" and "街道证书" in problem
    assert snapshot(four.via.keys.folder) == before


def _street_pem(four: Four) -> str:
    return four.street.certificate().public_bytes(serialization.Encoding.PEM).decode("ascii")


# --- step 4: a bundle both the street and the city can read ------------------------------------------


def test_a_routed_office_writes_a_copy_the_street_reads_and_the_city_reads_its_own(four: Four) -> None:
    routed(four)
    written = export_bundle(four.via.store, four.via.keys, SITE_OFFICE_PASSPHRASE, four.stick)
    assert written.street_path == four.stick / f"street-{STREET_CODE}-{STREET_OFFICE}-0001.shequ"
    assert written.street_path.is_file() and "街道的副本" in written.message()
    city_copy, street_copy = written.path.read_bytes(), written.street_path.read_bytes()
    assert peek_header(city_copy)["via"] == STREET_CODE and peek_header(city_copy)["to"] == "city"

    at_street = open_street_copy(four.street, written.street_path, STREET_PASSPHRASE)
    at_city = open_sealed(
        city_copy, trust=four.city.trust_policy(), recipient_key=four.city.exchange_key(CITY_PASSPHRASE)
    )
    assert at_street.payload == at_city.payload  # one signed inner JWS, encrypted twice
    assert at_street.header == at_city.header and at_street.signer == at_city.signer
    assert at_street.office_code == STREET_OFFICE

    # the city's own path is unchanged: it imports its copy as any office's bundle
    applied = import_bundle(four.hub.store, written.path, city=four.city, passphrase=CITY_PASSPHRASE)
    assert applied.sender == STREET_OFFICE and not applied.already_imported and applied.total("inserted") > 0
    # and neither reads the other's copy
    with pytest.raises(WrongRecipient):
        import_bundle(four.hub.store, written.street_path, city=four.city, passphrase=CITY_PASSPHRASE)
    with pytest.raises(WrongRecipient):
        open_street_copy(four.street, written.path, STREET_PASSPHRASE)
    assert street_copy != city_copy


def test_a_direct_office_writes_one_file_as_before(four: Four) -> None:
    routed(four)
    written = export_bundle(four.direct.store, four.direct.keys, SITE_OFFICE_PASSPHRASE, four.stick)
    assert written.street_path is None
    assert sorted(path.name for path in four.stick.iterdir() if path.name.startswith(DIRECT_OFFICE)) == [
        written.path.name
    ]
    assert "via" not in peek_header(written.path.read_bytes())
    assert not any(path.name.startswith("street-") for path in four.stick.iterdir())

    # the street refuses a bundle that does not say it goes through it
    route(four.city, DIRECT_OFFICE, STREET_CODE, CITY_PASSPHRASE)
    four.take(four.direct, four.ack(four.direct))
    other = StreetInstallation(four.stick.parent / "street2")
    issued = issue_street(four.city, other.init("150802002000", "新华街道党工委", STREET_PASSPHRASE), CITY_PASSPHRASE)
    other.install_certificate(issued.signed_file)
    route(four.city, STREET_OFFICE, "150802002000", CITY_PASSPHRASE)
    four.take(four.via, four.ack(four.via))
    moved = export_bundle(four.via.store, four.via.keys, SITE_OFFICE_PASSPHRASE, four.stick)
    assert moved.street_path is not None and moved.street_path.name.startswith("street-150802002000-")
    with pytest.raises(WrongRecipient):  # encrypted for the other street
        open_street_copy(four.street, moved.street_path, STREET_PASSPHRASE)
    assert open_street_copy(other, moved.street_path, STREET_PASSPHRASE).header["via"] == "150802002000"


# --- step 5: the street imports its copy, as the city does --------------------------------------------


@pytest.fixture
def at_street(four: Four) -> Iterator[Site]:
    """The street's consolidated database (made as ``shequ street init`` makes it), with the city's roster."""
    routed(four)
    site = street_site(four)
    yield site
    site.close()


def test_the_street_imports_with_the_citys_withholding_idempotent_and_chained(four: Four, at_street: Site) -> None:
    first = export_bundle(four.via.store, four.via.keys, SITE_OFFICE_PASSPHRASE, four.stick)
    assert first.street_path is not None
    applied = import_street_copy(at_street.store, four.street, first.street_path, STREET_PASSPHRASE)
    assert applied.sender == STREET_OFFICE and applied.total("inserted") > 0
    stored = db_text(at_street)
    assert "王秀英" in stored  # the records arrive ...
    for personal in (RESIDENT_ID, RESIDENT_PHONE, RESIDENT_ADDRESS, STAFF_ID, MEMBER_ID):
        assert personal not in stored  # ... without what the city never stores either
    before = dump(at_street)
    assert import_street_copy(at_street.store, four.street, first.street_path, STREET_PASSPHRASE).already_imported
    assert dump(at_street) == before
    # the city imports its copy, forwarded untouched, as any bundle
    assert not import_bundle(four.hub.store, first.path, city=four.city, passphrase=CITY_PASSPHRASE).already_imported
    four.take(four.via, four.ack(four.via))  # acknowledged: the next bundles hold only what changed, in one chain

    add_activity(four.via, "第二号里的活动")
    second = export_bundle(four.via.store, four.via.keys, SITE_OFFICE_PASSPHRASE, four.stick)
    add_activity(four.via, "第三号里的活动")
    third = export_bundle(four.via.store, four.via.keys, SITE_OFFICE_PASSPHRASE, four.stick)
    assert second.street_path is not None and third.street_path is not None
    with pytest.raises(BundleMissing):  # the same chain rules: number 2 first
        import_street_copy(at_street.store, four.street, third.street_path, STREET_PASSPHRASE)
    assert dump(at_street) == before
    import_street_copy(at_street.store, four.street, second.street_path, STREET_PASSPHRASE)
    import_street_copy(at_street.store, four.street, third.street_path, STREET_PASSPHRASE)
    assert "第三号里的活动" in db_text(at_street)

    # the city's copy must lie beside the street's: the chain is the city's (`prev` names that file)
    alone = four.stick.parent / "alone"
    alone.mkdir()
    add_activity(four.via, "第四号里的活动")
    fourth = export_bundle(four.via.store, four.via.keys, SITE_OFFICE_PASSPHRASE, alone)
    assert fourth.street_path is not None
    fourth.path.unlink()
    with pytest.raises(CityCopyMissing):
        import_street_copy(at_street.store, four.street, fourth.street_path, STREET_PASSPHRASE)


def test_the_street_takes_only_offices_the_city_routed_to_it(four: Four, at_street: Site) -> None:
    # an office that reports straight to the city has no copy for the street
    direct = export_bundle(four.direct.store, four.direct.keys, SITE_OFFICE_PASSPHRASE, four.stick)
    with pytest.raises(WrongRecipient):
        import_street_copy(at_street.store, four.street, direct.path, STREET_PASSPHRASE)

    # routed here after the roster was written: refused until the city's new roster says so
    route(four.city, DIRECT_OFFICE, STREET_CODE, CITY_PASSPHRASE)
    four.take(four.direct, four.ack(four.direct))
    moved = export_bundle(four.direct.store, four.direct.keys, SITE_OFFICE_PASSPHRASE, four.stick)
    assert moved.street_path is not None
    before = dump(at_street)
    with pytest.raises(OfficeNotInRoster):
        import_street_copy(at_street.store, four.street, moved.street_path, STREET_PASSPHRASE)
    assert dump(at_street) == before
    install_roster(four.street, make_roster(four.city, STREET_CODE, CITY_PASSPHRASE))
    assert not import_street_copy(at_street.store, four.street, moved.street_path, STREET_PASSPHRASE).already_imported

    # revoked at the city: the next roster says so, and the office's bundles are refused
    first = export_bundle(four.via.store, four.via.keys, SITE_OFFICE_PASSPHRASE, four.stick)
    assert first.street_path is not None
    four.city.revoke(STREET_OFFICE, "密钥遗失", CITY_PASSPHRASE)
    install_roster(four.street, make_roster(four.city, STREET_CODE, CITY_PASSPHRASE))
    before = dump(at_street)
    with pytest.raises(CertificateRevoked):
        import_street_copy(at_street.store, four.street, first.street_path, STREET_PASSPHRASE)
    assert dump(at_street) == before


def test_the_roster_is_signed_by_the_city_and_never_goes_back(four: Four, at_street: Site) -> None:
    roster = make_roster(four.city, STREET_CODE, CITY_PASSPHRASE)
    document = json.loads(roster)
    assert [item["code"] for item in document["offices"]] == [STREET_OFFICE]
    before = snapshot(four.street.folder)
    edited = {**document, "offices": [*document["offices"], {"code": DIRECT_OFFICE, "name": "新华社区", "serials": []}]}
    with pytest.raises(BadRoster):
        install_roster(four.street, json.dumps(edited, ensure_ascii=False).encode("utf-8"))
    older = json.dumps({**document, "issued_at": "2020-01-01T00:00:00+00:00"}, ensure_ascii=False).encode("utf-8")
    with pytest.raises(BadRoster):  # the date is signed too
        install_roster(four.street, older)
    assert snapshot(four.street.folder) == before
    install_roster(four.street, make_roster(four.city, STREET_CODE, CITY_PASSPHRASE))
    with pytest.raises(BadRoster, match="旧"):  # carried late: an older roster never replaces a newer one
        install_roster(four.street, roster)

    # by the commands: the city writes it, the street installs it and imports
    stick = four.stick
    city_pass = passphrase_file(stick.parent, "city-pass.txt", CITY_PASSPHRASE)
    street_pass = passphrase_file(stick.parent, "street-pass.txt", STREET_PASSPHRASE)
    at_street.close()
    code, out, err = shequ(
        "--data-dir", str(four.city.data_dir), "city", "roster", STREET_CODE, "--out", str(stick),
        "--passphrase-file", city_pass,
    )  # fmt: skip
    assert code == 0, err
    code, out, err = shequ(
        "--data-dir", str(four.street.data_dir), "street", "install-roster",
        str(stick / f"{STREET_CODE}-street-roster.json"),
    )  # fmt: skip
    assert code == 0, err
    assert STREET_OFFICE in out
    written = export_bundle(four.via.store, four.via.keys, SITE_OFFICE_PASSPHRASE, stick)
    assert written.street_path is not None
    code, out, err = shequ(
        "--data-dir", str(four.street.data_dir), "street", "import", str(written.street_path),
        "--passphrase-file", street_pass,
    )  # fmt: skip
    assert code == 0, err
    code, out, err = shequ(
        "--data-dir", str(four.street.data_dir), "street", "import", str(written.street_path),
        "--passphrase-file", street_pass,
    )  # fmt: skip
    assert code == 0 and "导入过" in out, (out, err)
