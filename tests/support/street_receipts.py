"""An office routed via a street whose return the street sent back (退回) with comments on one figure and
one record, and the street's receipt saying so on the stick — built with the real functions (the four
installations of :mod:`tests.support.street_world`, :func:`db.exchange.street_review.street_decide`,
``street_comment``, :func:`db.exchange.street_acks.export_street_ack`). For the office's screens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import col, select

from db.enums import ReturnState
from db.exchange.bundle import export_bundle
from db.exchange.comments import figure_labels
from db.exchange.street_acks import export_street_ack
from db.exchange.street_import import import_street_copy
from db.exchange.street_review import street_comment, street_decide
from db.models import Activity, ReturnSnapshot
from db.periods import parse_period
from tests.support.exchange_sites import OFFICE_PASSPHRASE, Site, sign_return
from tests.support.street_world import STREET_OFFICE, STREET_PASSPHRASE, Four, build_four, routed, street_site

PERIOD = "2026Q1"
DECIDED = datetime(2026, 4, 20, 2, 0, tzinfo=UTC)  # 2026-04-20 10:00 in Asia/Shanghai
REASON = "活动记录缺少签到表，请补齐后重新报送"
FIGURE_COMMENT = "请补充活动照片"
RECORD_COMMENT = "日期写错了，应为1月6日"


@dataclass
class StreetReturned:
    four: Four
    at_street: Site
    return_id: str
    receipt: Path  # the street's receipt to the office, on the stick
    figure_key: str
    figure_label: str
    activity_id: str
    activity_title: str

    def close(self) -> None:
        self.at_street.close()
        self.four.close()


def street_returned(folder: Path) -> StreetReturned:
    """See the module docstring (``close()`` it)."""
    four = build_four(folder)
    routed(four)
    at_street = street_site(four)
    return_id = sign_return(four.via, PERIOD)
    written = export_bundle(four.via.store, four.via.keys, OFFICE_PASSPHRASE, four.stick)
    assert written.street_path is not None
    import_street_copy(at_street.store, four.street, written.street_path, STREET_PASSPHRASE)
    street_decide(at_street.store, four.street, return_id, ReturnState.RETURNED, reason=REASON, decided_by="李街道",
                  now=DECIDED)  # fmt: skip
    with four.via.store.session() as session:
        snapshot = session.get(ReturnSnapshot, return_id)
        assert snapshot is not None
        labels = figure_labels(snapshot.figures_json)
        activity = session.exec(select(Activity).order_by(col(Activity.held_on))).first()
        assert activity is not None
        activity_id, activity_title = activity.id, activity.title
    figure_key = "service.activities" if "service.activities" in labels else sorted(labels)[0]
    period = parse_period(PERIOD)
    street_comment(at_street.store, STREET_OFFICE, period, text=FIGURE_COMMENT, written_by="李街道",
                   figure_key=figure_key, now=DECIDED)  # fmt: skip
    street_comment(at_street.store, STREET_OFFICE, period, text=RECORD_COMMENT, written_by="李街道",
                   record=("activity", activity_id), now=DECIDED)  # fmt: skip
    receipt = export_street_ack(at_street.store, four.street, STREET_PASSPHRASE, STREET_OFFICE, four.stick)
    return StreetReturned(
        four, at_street, return_id, receipt, figure_key, labels[figure_key], activity_id, activity_title
    )
