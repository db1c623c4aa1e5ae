"""Returns made from a hand-made office: its builder, and drafts, signatures and a city CA for the tests.

:func:`build_office` types in 红柳湾社区 (:data:`CODE`), with every ledger a return counts and some
records outside 2026; its head's name :data:`HEAD` has a character beyond the Basic Multilingual
Plane. :func:`make_draft` makes a return of it at :data:`NOW` with the explanations it needs;
:func:`make_ca` and :func:`install_issued_certificate` stand in for the city's certificate authority.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from db.audit import Actor
from db.enums import OperatorRole
from db.models import (
    Activity,
    Facility,
    Funding,
    MemberPostClaim,
    Pairing,
    PartnerUnit,
    PartyMember,
    PartyOrg,
    Resident,
    Staff,
    Visit,
    Volunteer,
)
from db.office import OfficeSetup, create_office
from db.operators import new_operator
from db.periods import parse_period
from db.returns.errors import MissingExplanations
from db.returns.make import ReturnRequest, make_return
from db.returns.sign import KeyStore
from db.store import Store

CODE = "150802001001"
RARE = "𠮷"  # U+20BB7, beyond the Basic Multilingual Plane
HEAD = f"{RARE}祥云"
PASSPHRASE = "红柳湾社区2026"
LONG_TITLE = "“学习贯彻党的二十大精神”主题宣讲暨社区老年人智能手机使用培训班（第二期，联合临河区第二中学志愿服务队）"
NOW = datetime(2026, 11, 28, 6, 30, tzinfo=UTC)


def returns_actor() -> Actor:
    """The actor of :func:`build_office`'s records: no operator, named 测试."""
    return Actor(office_code=CODE, operator_id=None, operator_name="测试")


def build_office(store: Store) -> None:
    """A small office with every ledger a return counts, some records outside 2026."""
    create_office(store, OfficeSetup(CODE, "红柳湾社区", "新华街道", "临河区"))
    with store.transaction(returns_actor()) as s:
        s.add(new_operator(CODE, HEAD, OperatorRole.HEAD))
        s.add(new_operator(CODE, "李娜", OperatorRole.FILLER))
        s.add_all(
            [
                Staff(name=HEAD, gender="male", position="secretary", secretary_director_one=True,
                      start_date=date(2020, 1, 1), pay_fen=480000, pension_insurance=True, medical_insurance=True,
                      ethnicity="mongol", education="bachelor", political_status="party_member"),
                Staff(name="李娜", gender="female", position="full_time", start_date=date(2026, 4, 1), pay_fen=390000),
                Staff(name="张伟", gender="male", position="grid_worker", start_date=date(2019, 3, 1),
                      end_date=date(2025, 12, 31)),
                Funding(received_on=date(2026, 1, 15), fiscal_year=2026, source="fiscal", amount_fen=4000000,
                        purpose="office", note="年度办公经费"),
                Funding(received_on=date(2026, 7, 10), fiscal_year=2026, source="fiscal", amount_fen=5000000,
                        purpose="pay"),
                Funding(received_on=date(2026, 8, 5), fiscal_year=2026, source="party_dues", amount_fen=123456,
                        purpose="activity", note="七一慰问"),
                Funding(received_on=date(2025, 12, 20), fiscal_year=2025, source="fiscal", amount_fen=999900,
                        purpose="office"),
                Facility(name="社区办公室", facility_type="office", area_m2=130.0, area_class="office",
                         in_use_since=date(2015, 5, 1)),
                Facility(name="党群服务中心", facility_type="service_center", area_m2=200.5, area_class="service",
                         in_use_since=date(2016, 1, 1)),
                Facility(name="文体活动室", facility_type="sports_room", area_m2=80.0, area_class="service"),
                Facility(name="卫生服务室", facility_type="clinic", area_m2=30.0, area_class="service"),
                Facility(name="警务室", facility_type="police_room", area_m2=20.0, area_class="service"),
                Facility(name="新建活动中心", facility_type="other_service", area_m2=500.0, area_class="service",
                         status="under_construction"),
                PartyOrg(name="红柳湾社区党委", org_type="committee", founded_on=date(2012, 7, 1)),
            ]
        )  # fmt: skip
        for index in range(70):
            day = date(2026, 1, 3) + timedelta(days=index * 4)
            title = LONG_TITLE if index == 10 else f"便民服务日（第{index + 1}次）"
            s.add(Activity(held_on=day, title=title, activity_kind="convenience", participants=20 + index,
                           member_participants=5))  # fmt: skip
        members = [
            PartyMember(name="赵敏", category="employed", registered_on=date(2024, 3, 1), work_unit="临河区财政局"),
            PartyMember(name="钱进", category="employed", registered_on=date(2025, 3, 1), work_unit="河套学院"),
            PartyMember(name="孙立", category="employed", registered_on=date(2026, 2, 1), work_unit="巴彦淖尔供电公司"),
            PartyMember(name="周红", category="retired", registered_on=date(2023, 3, 1)),
            PartyMember(name="吴刚", category="mobile", registered_on=date(2023, 3, 1)),
        ]
        s.add_all(members)
        s.flush()
        s.add(MemberPostClaim(member_id=members[0].id, post="security", claimed_on=date(2024, 3, 1)))
        s.add(MemberPostClaim(member_id=members[1].id, post="sanitation", claimed_on=date(2025, 3, 1)))
        s.add(MemberPostClaim(member_id=members[3].id, post="mediation", claimed_on=date(2023, 3, 1)))
        resident = Resident(name="王秀英", category="elderly_alone")
        volunteer = Volunteer(name="陈晨")
        unit = PartnerUnit(name="巴彦淖尔市第一医院", unit_kind="hospital", has_party_org=True,
                           agreement_date=date(2021, 6, 1), support_kinds="technology,materials")  # fmt: skip
        s.add_all([resident, volunteer, unit])
        s.flush()
        pairing = Pairing(resident_id=resident.id, helper_kind="volunteer", volunteer_id=volunteer.id,
                          start_date=date(2026, 3, 1), help_kind="daily_life")  # fmt: skip
        s.add(pairing)
        s.flush()
        s.add(Visit(pairing_id=pairing.id, visited_on=date(2026, 3, 10), content="上门打扫卫生、陪同就医", hours=2))
        s.add(Visit(pairing_id=pairing.id, visited_on=date(2026, 8, 10), content="送米面油", hours=1.5))


EXPLAIN = {"service.post_claims": "孙立同志2026年2月刚到社区报到，已安排认领治安维护岗位。"}


def warning_keys(store: Store, period: str) -> dict[str, str]:
    """An explanation for every warning of the period (whatever the rule)."""
    try:
        make_return(store, ReturnRequest(parse_period(period), now=NOW))
    except MissingExplanations as exc:
        return {key: "已核实，情况属实。" for key, _ in exc.items}
    return {}


def make_draft(store: Store, period: str = "2026", **kwargs: object) -> bytes:
    """The PDF of a return for ``period`` at :data:`NOW`, every warning explained (``kwargs``: more of
    :class:`~db.returns.make.ReturnRequest`, such as ``sign`` and ``passphrase``)."""
    explanations = {**warning_keys(store, period), **EXPLAIN}
    request = ReturnRequest(parse_period(period), explanations=explanations, now=NOW, **kwargs)  # type: ignore[arg-type]
    return make_return(store, request).pdf


def make_ca(name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """A self-signed CA certificate (and its key) named ``name``, valid from 30 days before :data:`NOW`."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(NOW - timedelta(days=30))
        .not_valid_after(NOW + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    return key, cert


def install_issued_certificate(keys: KeyStore, ca_key: ec.EllipticCurvePrivateKey, ca_cert: x509.Certificate) -> None:
    """The CA issues the office a certificate for its own key, which the office installs."""
    own = keys.certificate()
    leaf = (
        x509.CertificateBuilder().subject_name(own.subject).issuer_name(ca_cert.subject).public_key(own.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(NOW - timedelta(days=1))
        .not_valid_after(NOW + timedelta(days=365))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    keys.install_certificate(
        leaf.public_bytes(serialization.Encoding.PEM), ca_cert.public_bytes(serialization.Encoding.PEM)
    )
