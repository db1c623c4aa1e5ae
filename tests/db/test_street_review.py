"""The street's review (街道审核): what it keeps of each office's bundle, its decisions with a
countersignature on the office's return, its comments, forwarding to the city, and the city's import
of what the street forwarded. Four real installations (city, street, two offices), real keys, real
PDFs checked with ``pdfsig`` and pyHanko; nothing mocked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509

from db.exchange.bundle import export_bundle
from db.exchange.street_import import import_street_copy
from db.exchange.street_review import forward_folder, office_certificate, office_certificate_path
from tests.support.exchange_sites import OFFICE_PASSPHRASE, Site
from tests.support.street_world import (
    STREET_OFFICE,
    STREET_PASSPHRASE,
    Four,
    add_activity,
    build_four,
    routed,
    street_site,
)


@pytest.fixture
def four(tmp_path: Path) -> Iterator[Four]:
    world = build_four(tmp_path)
    yield world
    world.close()


@pytest.fixture
def at_street(four: Four) -> Iterator[Site]:
    routed(four)
    site = street_site(four)
    yield site
    site.close()


# --- what the street keeps at its import ----------------------------------------------------------------


def test_the_street_keeps_the_city_copy_untouched_and_the_offices_certificate(four: Four, at_street: Site) -> None:
    first = export_bundle(four.via.store, four.via.keys, OFFICE_PASSPHRASE, four.stick)
    assert first.street_path is not None
    assert office_certificate(four.street, STREET_OFFICE) is None
    import_street_copy(at_street.store, four.street, first.street_path, STREET_PASSPHRASE)
    kept = forward_folder(four.street) / first.path.name
    assert kept.read_bytes() == first.path.read_bytes()
    certificate = office_certificate(four.street, STREET_OFFICE)
    assert isinstance(certificate, x509.Certificate)
    assert certificate == four.via.keys.certificate()

    # again: nothing changes; a kept file lost (a crash after the commit) comes back on re-import
    stamp = office_certificate_path(four.street, STREET_OFFICE).stat().st_mtime_ns
    assert import_street_copy(at_street.store, four.street, first.street_path, STREET_PASSPHRASE).already_imported
    assert office_certificate_path(four.street, STREET_OFFICE).stat().st_mtime_ns == stamp
    kept.unlink()
    assert import_street_copy(at_street.store, four.street, first.street_path, STREET_PASSPHRASE).already_imported
    assert kept.read_bytes() == first.path.read_bytes()

    add_activity(four.via, "第二号里的活动")
    second = export_bundle(four.via.store, four.via.keys, OFFICE_PASSPHRASE, four.stick)
    assert second.street_path is not None
    import_street_copy(at_street.store, four.street, second.street_path, STREET_PASSPHRASE)
    assert sorted(path.name for path in forward_folder(four.street).iterdir()) == sorted(
        [first.path.name, second.path.name]
    )
