"""A return walked through the chain 社区 → 街道 → 市 with the real functions, for the tests and the
screenshots of the city's review: the routed office signs and exports, the street imports its copy,
decides and comments, and forwards; the city imports the forwarded files (the offices' first)."""

from __future__ import annotations

from pathlib import Path

from db.enums import ReturnState
from db.exchange.bundle import export_bundle, import_bundle
from db.exchange.street_import import import_street_copy
from db.exchange.street_review import export_street_forward, street_comment, street_decide
from db.periods import Period
from tests.support.exchange_sites import OFFICE_PASSPHRASE, Site, sign_return
from tests.support.exchange_world import CITY_PASSPHRASE
from tests.support.street_world import STREET_PASSPHRASE, Four, street_site

STREET_REVIEWER = "张街道"


def through_street(
    four: Four,
    period: Period,
    decision: ReturnState,
    *,
    reason: str = "",
    comment: str = "",
    figure_key: str = "service.activities",
    to_city: bool = True,
) -> tuple[str, list[Path]]:
    """``four.via`` signs ``period``'s return; the street decides ``decision`` (with ``reason``) and,
    with ``comment``, comments on ``figure_key``; it forwards. The return's id and the forwarded files
    (imported at the city when ``to_city``)."""
    at_street = street_site(four)
    try:
        return_id = sign_return(four.via, period.code)
        written = export_bundle(four.via.store, four.via.keys, OFFICE_PASSPHRASE, four.stick)
        assert written.street_path is not None
        import_street_copy(at_street.store, four.street, written.street_path, STREET_PASSPHRASE)
        street_decide(
            at_street.store, four.street, return_id, decision, reason=reason, decided_by=STREET_REVIEWER,
            passphrase=STREET_PASSPHRASE,
        )  # fmt: skip
        if comment:
            street_comment(
                at_street.store, four.via.code, period, text=comment, written_by=STREET_REVIEWER, figure_key=figure_key
            )
        out = four.stick / "forward"
        out.mkdir(exist_ok=True)
        forwarded = export_street_forward(at_street.store, four.street, STREET_PASSPHRASE, out)
    finally:
        at_street.close()
    if to_city:
        for path in forwarded.files:
            import_bundle(four.hub.store, path, city=four.city, passphrase=CITY_PASSPHRASE)
    return return_id, forwarded.files


def direct_to_city(four: Four, site: Site, period: Period) -> str:
    """``site`` signs ``period``'s return and the city imports its bundle; the return's id."""
    return_id = sign_return(site, period.code)
    written = export_bundle(site.store, site.keys, OFFICE_PASSPHRASE, four.stick)
    import_bundle(four.hub.store, written.path, city=four.city, passphrase=CITY_PASSPHRASE)
    return return_id
