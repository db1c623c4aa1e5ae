"""What a process killed mid-write leaves, and how the next run deals with it (for real: the child
processes of :mod:`tests.support.crashes` send themselves SIGKILL).

* a bundle written to the stick and not recorded: the next export records it when it is byte for
  byte what the ledger noted, and never gives its number again when it cannot be vouched for;
* a return's PDF written and not recorded (the signing killed), or written by a killed city
  import: removed when the store next opens for writing; a PDF without its marker (after a backup
  was restored) is kept;
* ``.partial`` files of killed writers in the data folder: removed when the store next opens.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from db.backup import make_backup, restore_backup
from db.exchange.bundle import export_ack, export_bundle, import_bundle, peek_bundle_file
from db.exchange.pki import CityAuthority
from db.leftovers import pending_marker
from db.periods import parse_period
from db.returns.errors import MissingExplanations
from db.returns.make import ReturnRequest, make_return
from db.returns.sign import KeyStore
from db.store import open_store
from tests.support.crashes import killed, rows, settings
from tests.support.exchange_sites import (
    CITY_PASSPHRASE,
    OFFICE1,
    OFFICE_PASSPHRASE,
    certified_city,
    copy_site,
    demo_template,
    sign_return,
)
from tests.support.full_disk import install_office, leftovers

PERIOD = "2026H1"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_template(tmp_path_factory.mktemp("crash") / "template")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def certified(template: Path, base: Path) -> tuple[Path, Path, Path]:
    """A certified demo office (closed), its city's folder (closed) and an empty stick."""
    site = copy_site(template, base / "office")
    try:
        _city, hub, stick = certified_city(base, {"胜利社区": site})
        hub.close()
    finally:
        site.close()
    return site.folder, hub.folder, stick


def export(office: Path, stick: Path):  # type: ignore[no-untyped-def]
    with open_store(office) as store:
        return export_bundle(store, KeyStore(office), OFFICE_PASSPHRASE, stick)


# --- bundles ---------------------------------------------------------------------------------


def test_a_bundle_written_and_not_recorded_is_recorded_by_the_next_export(template: Path, tmp_path: Path) -> None:
    office, city_dir, stick = certified(template, tmp_path)
    killed("export_then_die", str(office), str(stick), OFFICE_PASSPHRASE)
    first = stick / f"{OFFICE1}-0001.shequ"
    assert [p.name for p in stick.iterdir()] == [first.name]
    assert rows(office, "SELECT count(*) FROM bundle_sent") == [(0,)]
    assert "pending.city.city" in settings(office)

    result = export(office, stick)
    assert (result.seq, result.recovered_seq, result.taken_up_to) == (2, 1, 0)
    assert "第 1 号交换文件完整无误" in result.message()
    assert rows(office, "SELECT seq, file_sha256 FROM bundle_sent ORDER BY seq") == [
        (1, sha(first)),
        (2, result.sha256),
    ]
    assert peek_bundle_file(result.path)["prev"] == sha(first)  # 2 follows 1, as if never interrupted
    assert not [key for key in settings(office) if key.startswith("pending.")]

    city = CityAuthority(city_dir)
    with open_store(city_dir) as hub:  # the city takes both, in order
        for path in (first, result.path):
            assert not import_bundle(hub, path, city=city, passphrase=CITY_PASSPHRASE).already_imported


def test_an_acknowledgement_written_and_not_recorded_is_recorded_by_the_next_one(
    template: Path, tmp_path: Path
) -> None:
    _office, city_dir, stick = certified(template, tmp_path)
    killed("ack_then_die", str(city_dir), str(stick), OFFICE1, CITY_PASSPHRASE)
    (first,) = stick.iterdir()
    assert rows(city_dir, "SELECT count(*) FROM bundle_sent") == [(0,)]
    with open_store(city_dir) as hub:
        result = export_ack(hub, CityAuthority(city_dir), CITY_PASSPHRASE, OFFICE1, stick)
    assert (result.seq, result.recovered_seq) == (2, 1)
    assert rows(city_dir, "SELECT seq, file_sha256 FROM bundle_sent ORDER BY seq") == [
        (1, sha(first)),
        (2, result.sha256),
    ]
    assert peek_bundle_file(result.path)["prev"] == sha(first)
    assert not [key for key in settings(city_dir) if key.startswith("pending.")]


def test_an_acknowledgement_that_may_be_on_another_stick_keeps_its_number(template: Path, tmp_path: Path) -> None:
    _office, city_dir, stick = certified(template, tmp_path)
    killed("ack_then_die", str(city_dir), str(stick), OFFICE1, CITY_PASSPHRASE)
    other = tmp_path / "other-stick"
    other.mkdir()
    (stick / next(stick.iterdir()).name).rename(tmp_path / "carried-away.shequ")  # the stick went away
    with open_store(city_dir) as hub:
        result = export_ack(hub, CityAuthority(city_dir), CITY_PASSPHRASE, OFFICE1, other)
    assert (result.seq, result.recovered_seq) == (2, None)  # 1 may be read somewhere: never given again


def test_a_bundle_that_may_be_on_another_stick_keeps_its_number(template: Path, tmp_path: Path) -> None:
    office, _city_dir, stick = certified(template, tmp_path)
    killed("export_then_die", str(office), str(stick), OFFICE_PASSPHRASE)
    stick.rename(tmp_path / "stick-in-a-drawer")  # the stick with bundle 1 is not here
    other = tmp_path / "another-stick"
    other.mkdir()

    result = export(office, other)
    assert (result.seq, result.recovered_seq, result.taken_up_to) == (2, None, 1)
    assert rows(office, "SELECT seq FROM bundle_sent") == [(2,)]
    assert settings(office)["seq_floor.city.city"] == "1"
    assert export(office, other).seq == 3


def test_a_bundle_the_ledger_forgot_after_a_restore_keeps_its_number(template: Path, tmp_path: Path) -> None:
    office, _city_dir, stick = certified(template, tmp_path)
    with open_store(office) as store:
        assert export_bundle(store, KeyStore(office), OFFICE_PASSPHRASE, stick).seq == 1
        saved = make_backup(store, "daily")
        assert export_bundle(store, KeyStore(office), OFFICE_PASSPHRASE, stick).seq == 2
    restore_backup(office, saved)  # the ledger knows bundle 1 only; 2 is on the stick

    result = export(office, stick)
    assert (result.seq, result.taken_up_to) == (3, 2)
    assert "第 2 号及以前的编号" in result.message()
    assert rows(office, "SELECT seq FROM bundle_sent ORDER BY seq") == [(1,), (3,)]


def test_another_computer_s_bundles_on_the_stick_do_not_move_the_numbers(template: Path, tmp_path: Path) -> None:
    """Another computer of the office numbers its own bundles under the same names; only files that
    continue this installation's own run count."""
    office, _city_dir, stick = certified(template, tmp_path)
    assert export(office, stick).seq == 1
    other_office, _other_city, other_stick = certified(template, tmp_path / "other")
    assert export(other_office, other_stick).seq == 1
    theirs = export(other_office, other_stick)  # its 2 follows its own 1
    shared = tmp_path / "shared-stick"
    shared.mkdir()
    (shared / theirs.path.name).write_bytes(theirs.path.read_bytes())

    result = export(office, shared)
    assert (result.seq, result.taken_up_to) == (2, 0)


# --- returns ---------------------------------------------------------------------------------


def explanations(office: Path) -> dict[str, str]:
    with open_store(office) as store:
        try:
            make_return(store, ReturnRequest(parse_period(PERIOD)))
        except MissingExplanations as exc:
            return {key: "已核实，情况属实。" for key, _ in exc.items}
    return {}


def test_a_return_signed_by_a_killed_process_leaves_no_pdf(template: Path, tmp_path: Path) -> None:
    office = install_office(template, tmp_path / "office")
    explained = explanations(office)
    killed("sign_then_die", str(office), PERIOD, OFFICE_PASSPHRASE, json.dumps(explained, ensure_ascii=False))
    orphan = office / "returns" / f"{OFFICE1}-{PERIOD}-v1.pdf"
    assert orphan.is_file() and pending_marker(orphan).is_file()
    assert rows(office, "SELECT count(*) FROM return_snapshot") == [(0,)]

    with open_store(office) as store:  # opening to write removes it
        assert not orphan.exists() and not pending_marker(orphan).exists()
        request = ReturnRequest(parse_period(PERIOD), sign=True, passphrase=OFFICE_PASSPHRASE, explanations=explained)
        made = make_return(store, request)
    assert made.version == 1
    assert [p.name for p in (office / "returns").iterdir()] == [orphan.name]  # its own name, not a stamped one
    assert rows(office, "SELECT pdf_path FROM return_snapshot") == [(f"returns/{orphan.name}",)]


def test_a_pdf_without_its_marker_is_kept(template: Path, tmp_path: Path) -> None:
    """After a backup was restored the database no longer knows the returns signed since: their
    PDFs, the signed documents, stay."""
    office = install_office(template, tmp_path / "office")
    returns = office / "returns"
    returns.mkdir()
    signed_since = returns / f"{OFFICE1}-2026Q3-v1.pdf"
    signed_since.write_bytes(b"%PDF-1.7 signed after the backup was made")
    open_store(office).close()
    assert signed_since.read_bytes() == b"%PDF-1.7 signed after the backup was made"


def test_a_killed_city_import_leaves_no_pdf_without_its_row(template: Path, tmp_path: Path) -> None:
    """The city keeps the returns' PDFs in its database, written in the import's transaction: an
    import killed before it commits leaves neither rows nor PDFs (no file either), and the same
    bundle imported again stores both."""
    site = copy_site(template, tmp_path / "office")
    try:
        _city, hub, stick = certified_city(tmp_path, {"胜利社区": site})
        hub.close()
        sign_return(site, "2026Q1")
        bundle = export_bundle(site.store, site.keys, OFFICE_PASSPHRASE, stick).path
    finally:
        site.close()
    killed("city_import_then_die", str(hub.folder), str(bundle), CITY_PASSPHRASE)
    assert rows(hub.folder, "SELECT count(*) FROM return_snapshot") == [(0,)]
    assert rows(hub.folder, "SELECT count(*) FROM stored_file") == [(0,)]
    assert not list(hub.folder.rglob("*.pdf"))

    with open_store(hub.folder) as store:
        assert leftovers(hub.folder) == []
        result = import_bundle(store, bundle, city=CityAuthority(hub.folder), passphrase=CITY_PASSPHRASE)
    assert result.returns_arrived and leftovers(hub.folder) == []
    stored = rows(
        hub.folder,
        "SELECT count(*) FROM return_snapshot s JOIN stored_file f ON f.sha256 = s.pdf_sha256"
        " WHERE s.signed_at IS NOT NULL",
    )
    assert stored[0][0] >= 1


# --- temporaries -----------------------------------------------------------------------------


def test_partial_files_of_killed_writers_go_when_the_store_opens(template: Path, tmp_path: Path) -> None:
    office = install_office(template, tmp_path / "office")
    (office / "keys").mkdir()
    killed("backup_then_die", str(office))  # first: it opens the store, which would remove the others
    killed("write_then_die", str(office / "sheet-mappings.json"))
    killed("write_then_die", str(office / "keys" / "office-cert.pem"))
    found = leftovers(office)
    assert len(found) == 3 and any(name.startswith("backups/") for name in found), found
    theirs = office / "notes" / "draft.partial"  # not a folder the app writes in: not ours to remove
    theirs.parent.mkdir()
    theirs.write_text("a clerk's own file")

    open_store(office).close()
    assert leftovers(office) == ["notes/draft.partial"]
    assert not (office / "sheet-mappings.json").exists() and not (office / "keys" / "office-cert.pem").exists()
