"""Installations for the data-exchange tests: a city and offices in real data folders.

A demo office (``build_demo`` at scale 1, made once per test session and copied), a small office
typed in through :class:`~db.audit.LedgerSession` with personal data in every withheld field,
and the city (its authority and consolidated database). Everything is real files; nothing is mocked.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from db.audit import Actor
from db.demo import DEMO_OFFICE_CODE, build_demo
from db.exchange.pki import CityAuthority, install_issued, make_request
from db.exchange.rawdb import exchange_connection
from db.models import Activity, Facility, Funding, PartyMember, PartyOrg, Resident, Staff, Volunteer
from db.office import OfficeSetup, create_office
from db.periods import parse_period
from db.returns.errors import MissingExplanations
from db.returns.make import ReturnRequest, make_return
from db.returns.sign import KeyStore
from db.store import DB_FILENAME, Store, open_store
from db.validation.idcard import check_digit
from tests.support.city_backend import new_city_database_url

CITY_PASSPHRASE = "市委组织部-根证书口令-2026"
OFFICE_PASSPHRASE = "社区密钥口令2026"
DEVICE_PASSPHRASE = "两台电脑之间的口令"
OFFICE1 = DEMO_OFFICE_CODE  # 150802001001, the demo office 胜利社区
OFFICE2 = "150802002001"
DEMO_TODAY = date(2026, 6, 30)


def id_number(first17: str) -> str:
    return first17 + check_digit(first17)


RESIDENT_ID = id_number("15080219450312002")
STAFF_ID = id_number("15080219800101123")
MEMBER_ID = id_number("15080219700505441")
RESIDENT_PHONE = "13904780001"
RESIDENT_ADDRESS = "临河区团结路7号3单元201"


@dataclass
class Site:
    """One installation: its data folder, open store and key store."""

    folder: Path
    store: Store
    keys: KeyStore
    code: str

    def actor(self, name: str = "测试员") -> Actor:
        return Actor(office_code=self.code, operator_id=None, operator_name=name)

    def close(self) -> None:
        self.store.close()


def demo_template(folder: Path) -> Path:
    """A closed data folder with the demo office (copy it with :func:`copy_site`)."""
    with open_store(folder, create=True) as store:
        build_demo(store, scale=1, today=DEMO_TODAY)
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return folder


def copy_site(template: Path, folder: Path, code: str = OFFICE1) -> Site:
    folder.mkdir(parents=True)
    shutil.copyfile(template / DB_FILENAME, folder / DB_FILENAME)
    return Site(folder, open_store(folder), KeyStore(folder), code)


def small_office(folder: Path, code: str = OFFICE2, name: str = "新华社区") -> Site:
    """An office typed in by hand, with personal data in every field the city must not get."""
    store = open_store(folder, create=True)
    create_office(store, OfficeSetup(code, name, "新华街道", "临河区"))
    actor = Actor(office_code=code, operator_id=None, operator_name="李娜")
    with store.transaction(actor) as s:
        s.add_all(
            [
                Staff(name="巴特尔", gender="male", position="secretary", id_number=STAFF_ID, phone="13904781111",
                      start_date=date(2020, 1, 1), pay_fen=480000, ethnicity="mongol"),
                Staff(name="李娜", gender="female", position="full_time", start_date=date(2025, 4, 1), pay_fen=390000),
                Funding(received_on=date(2026, 1, 15), fiscal_year=2026, source="fiscal", amount_fen=4000000,
                        purpose="office", note="年度办公经费"),
                Funding(received_on=date(2026, 2, 10), fiscal_year=2026, source="party_dues", amount_fen=123456,
                        purpose="activity"),
                Facility(name="社区办公室", facility_type="office", area_m2=130.0, area_class="office",
                         in_use_since=date(2015, 5, 1)),
                Facility(name="党群服务中心", facility_type="service_center", area_m2=320.5, area_class="service",
                         in_use_since=date(2016, 1, 1)),
                PartyOrg(name="新华社区党支部", org_type="branch", founded_on=date(2012, 7, 1)),
                Resident(name="王秀英", category="elderly_alone", id_number=RESIDENT_ID, phone=RESIDENT_PHONE,
                         address=RESIDENT_ADDRESS),
                Volunteer(name="赵磊", phone="13904782222", id_number=id_number("15080219900202333")),
                PartyMember(name="周红", category="retired", registered_on=date(2023, 3, 1), id_number=MEMBER_ID,
                            phone="13904783333", address="临河区新华路1号"),
            ]
        )  # fmt: skip
        for index in range(6):
            s.add(
                Activity(
                    held_on=date(2026, 1 + index // 3, 5 + (index % 3) * 10),
                    title=f"便民服务日（第{index + 1}次）",
                    activity_kind="convenience",
                    participants=20 + index,
                )
            )
    return Site(folder, store, KeyStore(folder), code)


def make_city(
    folder: Path, name: str = "中共巴彦淖尔市委组织部", *, database_url: str | None = None
) -> tuple[CityAuthority, Site]:
    """A city installation: authority and consolidated database (as ``shequ city init`` makes them).

    ``database_url``: a PostgreSQL database for the city (``city/database.json``); without it, the
    current backend's (tests/support/city_backend.py): the folder's SQLite file, or a new PostgreSQL
    database."""
    from db.citydb import write_database_setting

    url = database_url if database_url is not None else new_city_database_url()
    if url is not None:  # first: the authority keeps its keys in the database it names
        write_database_setting(folder, url)
    authority = CityAuthority(folder)
    authority.init(name, CITY_PASSPHRASE)
    store = open_store(folder, create=True)
    return authority, Site(folder, store, KeyStore(folder), "city")


def certify(city: CityAuthority, site: Site, name: str = "社区") -> None:
    """Office key request → city issues → office installs."""
    request = make_request(site.keys, OFFICE_PASSPHRASE, site.code, name)
    issued = city.issue(request, CITY_PASSPHRASE)
    install_issued(site.keys, issued.file_bytes())


def certified_city(
    folder: Path, offices: dict[str, Site], *, database_url: str | None = None
) -> tuple[CityAuthority, Site, Path]:
    """A city (in ``folder / "city"``, its database as :func:`make_city` chooses) that has certified
    each office (its name → its site), and an empty USB stick (``folder / "usb"``)."""
    city, hub = make_city(folder / "city", database_url=database_url)
    for name, site in offices.items():
        certify(city, site, name)
    stick = folder / "usb"
    stick.mkdir()
    return city, hub, stick


def sign_return(site: Site, period: str, correction_reason: str = "") -> str:
    """Sign the period's return (every warning explained; a correction with ``correction_reason``);
    the snapshot id."""
    chosen = parse_period(period)
    try:
        make_return(site.store, ReturnRequest(chosen))
        explanations: dict[str, str] = {}
    except MissingExplanations as exc:
        explanations = {key: "已核实，情况属实。" for key, _ in exc.items}
    made = make_return(
        site.store,
        ReturnRequest(
            chosen,
            sign=True,
            passphrase=OFFICE_PASSPHRASE,
            explanations=explanations,
            correction_reason=correction_reason,
        ),
    )
    assert made.snapshot_id is not None
    return made.snapshot_id


def dump(site: Site) -> list[str]:
    """The whole database as SQL text: equal before and after means nothing changed."""
    from sqlmodel import SQLModel

    lines: list[str] = []
    with exchange_connection(site.store) as conn:
        for table in SQLModel.metadata.sorted_tables:
            order = ", ".join(f'"{c.name}"' for c in table.primary_key.columns) or "1"
            for row in conn.execute(f'SELECT * FROM "{table.name}" ORDER BY {order}'):
                lines.append(f"{table.name}: {tuple(row)!r}")
    return lines


def table_rows(site: Site, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    with exchange_connection(site.store) as conn:
        return [tuple(row) for row in conn.execute(sql, params).fetchall()]


def db_text(site: Site) -> str:
    """Every text value in the database file, for "this never got stored" checks."""
    return "\n".join(dump(site))
