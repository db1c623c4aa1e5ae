"""A city and one office whose 2026Q1 return the city passed: the period locked by a real acknowledgement.

Used by the hard-lock and unlock tests (db and GUI). Real data folders, keys, signed PDFs and sealed
bundles (:mod:`tests.support.exchange_sites`); the office has its administrator (管理员, as
``shequ init`` makes it) and a 填表人 (李娜) who is not one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from db.audit import Actor, system_actor
from db.enums import OperatorRole, ReturnState
from db.exchange.acks import AckResult, decide_return
from db.exchange.bundle import export_ack, export_bundle, import_ack, import_bundle
from db.exchange.pki import CityAuthority
from db.models import Activity, Operator
from db.office import DEFAULT_ADMIN_NAME
from db.operators import new_operator
from db.periods import parse_period
from db.returns.make import ReturnRequest, make_return
from tests.support.exchange_sites import (
    CITY_PASSPHRASE,
    OFFICE_PASSPHRASE,
    Site,
    certified_city,
    sign_return,
    small_office,
)

PERIOD = "2026Q1"
ADMIN = DEFAULT_ADMIN_NAME
FILLER = "李娜"
REVIEWER = "王审核"
TODAY = date(2026, 6, 30)


@dataclass
class UnlockWorld:
    city: CityAuthority
    hub: Site  # the city's database
    office: Site  # 新华社区
    stick: Path
    return_id: str = ""  # the period's latest return

    def operator(self, name: str) -> Operator:
        with self.office.store.session() as session:
            found = session.exec(select(Operator).where(col(Operator.name) == name)).one()
            session.expunge(found)
            return found

    def actor(self, name: str = ADMIN) -> Actor:
        operator = self.operator(name)
        return Actor(office_code=self.office.code, operator_id=operator.id, operator_name=operator.name)

    def send(self) -> Any:
        """Export the office's bundle and import it at the city; the import's result."""
        written = export_bundle(self.office.store, self.office.keys, OFFICE_PASSPHRASE, self.stick)
        return import_bundle(self.hub.store, written.path, city=self.city, passphrase=CITY_PASSPHRASE)

    def write_ack(self) -> Path:
        return export_ack(self.hub.store, self.city, CITY_PASSPHRASE, self.office.code, self.stick).path

    def read_ack(self, path: Path) -> AckResult:
        return import_ack(self.office.store, path, passphrase=OFFICE_PASSPHRASE)

    def acknowledge(self) -> AckResult:
        return self.read_ack(self.write_ack())

    def pass_return(self, return_id: str | None = None) -> AckResult:
        """A person at the city passes the return (通过); the acknowledgement applied at the office."""
        decide_return(self.hub.store, return_id or self.return_id, ReturnState.RECEIVED, decided_by=REVIEWER)
        return self.acknowledge()

    def sign_correction(self, reason: str) -> str:
        """Sign the period's next version (a correction, with its reason); its snapshot id."""
        made = make_return(
            self.office.store,
            ReturnRequest(
                parse_period(PERIOD),
                sign=True,
                passphrase=OFFICE_PASSPHRASE,
                correction_reason=reason,
                explanations=self._explanations(),
            ),
        )
        assert made.snapshot_id is not None
        self.return_id = made.snapshot_id
        return made.snapshot_id

    def _explanations(self) -> dict[str, str]:
        from db.returns.errors import MissingExplanations

        try:
            make_return(self.office.store, ReturnRequest(parse_period(PERIOD)))
        except MissingExplanations as exc:
            return {key: "已核实，情况属实。" for key, _ in exc.items}
        return {}

    def close(self) -> None:
        self.hub.close()
        self.office.close()


def locked_world(folder: Path) -> UnlockWorld:
    """The office's 2026Q1 return signed, sent, passed by the city and acknowledged: 2026Q1 locked.
    One activity dated in the period is deleted before signing (for the undeletion refusal)."""
    office = small_office(folder / "office")
    with office.store.transaction(system_actor(office.code, reason="添加操作人员")) as session:
        session.add(new_operator(office.code, FILLER, OperatorRole.FILLER))
    with office.store.transaction(office.actor()) as session:
        gone = Activity(held_on=date(2026, 3, 20), title="重复录入的活动", activity_kind="convenience", participants=5)
        session.add(gone)
    with office.store.session(office.actor()) as session:
        from db.ops import delete_record

        stored = session.get(Activity, gone.id)
        assert stored is not None
        assert delete_record(session, stored).deleted
    city, hub, stick = certified_city(folder, {"新华社区": office})
    world = UnlockWorld(city, hub, office, stick)
    world.return_id = sign_return(office, PERIOD)
    world.send()
    world.pass_return()
    return world
