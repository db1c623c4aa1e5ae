"""Progress while a bundle is opened: the decryption reports as it goes (a large file is not a
silent wait), and an import counts decryption then applying on one scale, in order, to the end."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from db.exchange.budgets import READ_STEP
from db.exchange.bundle import DECRYPT_SHARE, IMPORT_SCALE, export_bundle, import_bundle
from db.exchange.envelope import TrustPolicy, open_sealed, seal_for_recipient
from tests.support.exchange_sites import CITY_PASSPHRASE, OFFICE_PASSPHRASE, certified_city, small_office
from tests.support.exchange_world import CODE, make_city, make_office


class Stop(Exception):
    """What a progress callback raises when Cancel is pressed."""


def test_the_decryption_of_a_large_bundle_reports_progress_as_it_goes(tmp_path: Path) -> None:
    city = make_city(tmp_path / "city")
    office = make_office(tmp_path / "office", city)
    payload = os.urandom(6 * 1024 * 1024)
    fields = {"kind": "office-to-city", "from": CODE, "to": "city", "seq": 1, "prev": None}
    data = seal_for_recipient(payload, fields, office.identity, city.certificate)
    trust = TrustPolicy(anchors=(city.authority.ca_certificate(),), expect_office=CODE)
    calls: list[tuple[int, int]] = []

    opened = open_sealed(
        data,
        trust=trust,
        recipient_key=city.key,
        recipient_cert=city.certificate,
        progress=lambda done, total: calls.append((done, total)),
    )

    assert opened.payload == payload
    total = calls[0][1]
    assert len(data) * 0.9 < total < len(data)  # the encrypted segment: nearly all of the file
    assert len(calls) >= total // READ_STEP > 1  # one report per step read
    assert all(later_total == total for _done, later_total in calls)
    assert [done for done, _ in calls] == sorted({done for done, _ in calls})  # forward, never twice
    assert calls[-1] == (total, total)

    def cancel_at_the_second_step(done: int, _total: int) -> None:
        if done > READ_STEP:
            raise Stop()

    with pytest.raises(Stop):  # a callback that raises stops the opening
        open_sealed(
            data,
            trust=trust,
            recipient_key=city.key,
            recipient_cert=city.certificate,
            progress=cancel_at_the_second_step,
        )


def test_an_import_reports_the_decryption_then_the_applying_on_one_scale(tmp_path: Path) -> None:
    office = small_office(tmp_path / "office")
    try:
        city, hub, stick = certified_city(tmp_path, {"新华社区": office})
        try:
            written = export_bundle(office.store, office.keys, OFFICE_PASSPHRASE, stick, full=True)
            calls: list[tuple[int, int]] = []
            result = import_bundle(
                hub.store,
                written.path,
                city=city,
                passphrase=CITY_PASSPHRASE,
                progress=lambda done, total: calls.append((done, total)),
            )
        finally:
            hub.close()
    finally:
        office.close()
    assert result.total("inserted") > 0
    assert {total for _done, total in calls} == {IMPORT_SCALE}
    dones = [done for done, _total in calls]
    assert dones == sorted(dones) and dones[-1] == IMPORT_SCALE
    assert dones[0] <= DECRYPT_SHARE  # the decryption reports first, within its share
    assert any(done > DECRYPT_SHARE for done in dones)  # then the applying
