"""Nothing from outside costs more than a known budget (:mod:`db.exchange.budgets`).

Each hostile file is imported by the real command line (``shequ import``) in a child process: it is
refused with exit code 2 and one Chinese line naming the limit, the database is unchanged, and the
child's peak memory (its own ``getrusage``, printed) stays under 300 MB. The bombs are sealed by a
certified office (or, for acknowledgements, by the city), so the signature checks pass and the
limits are what refuses them; others are sealed by nobody.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from db.exchange import budgets
from db.exchange.payload import check_payload, read_payload
from db.exchange.pki import CityAuthority
from db.store import open_store
from tests.support.bundle_bombs import (
    MB,
    compressed,
    import_in_child,
    incompressible_payload,
    line,
    payload_head,
    repeated,
    to_city,
    to_office,
    write_bundle,
    write_garbage_ciphertext,
    write_oversized,
    zeros,
)
from tests.support.exchange_sites import (
    CITY_PASSPHRASE,
    OFFICE2,
    OFFICE_PASSPHRASE,
    Site,
    certified_city,
    dump,
    small_office,
)
from tests.support.memory_report import record

PEAK_LIMIT_MB = 300


@dataclass
class World:
    """A city that certified one office; both stores closed (the child opens them)."""

    city_dir: Path
    office_dir: Path
    city: CityAuthority
    identity: Any  # the office's signing identity (its key and certificate chain)
    city_identity: Any
    city_certificate: Any  # the city's exchange certificate (bundles are encrypted to it)
    city_passphrase_file: Path
    office_passphrase_file: Path
    folder: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, city_backend: str) -> Iterator[World]:  # a city per backend
    folder = tmp_path_factory.mktemp("budgets")
    office = small_office(folder / "office")
    city, hub, _stick = certified_city(folder, {"新华社区": office})
    identity = office.keys.load(OFFICE_PASSPHRASE)
    city_identity = city.signing_identity(CITY_PASSPHRASE)
    office.close()
    hub.close()
    city_file, office_file = folder / "city-passphrase.txt", folder / "office-passphrase.txt"
    city_file.write_text(CITY_PASSPHRASE + "\n", encoding="utf-8")
    office_file.write_text(OFFICE_PASSPHRASE + "\n", encoding="utf-8")
    yield World(
        folder / "city", folder / "office", city, identity, city_identity, city.exchange_certificate(),
        city_file, office_file, folder,
    )  # fmt: skip


def _dump(folder: Path, code: str) -> list[str]:
    site = Site(folder, open_store(folder), None, code)  # type: ignore[arg-type]
    try:
        return dump(site)
    finally:
        site.close()


def refused_in_child(world: World, file: Path, *, at_office: bool = False) -> str:
    """Import ``file`` (at the city, or at the office for an acknowledgement) in a child process;
    assert it was refused (exit 2, one line), nothing changed and the child stayed within the
    memory budget. The refusal's line."""
    data_dir = world.office_dir if at_office else world.city_dir
    code = OFFICE2 if at_office else "city"
    before = _dump(data_dir, code)
    result = import_in_child(data_dir, file, world.office_passphrase_file if at_office else world.city_passphrase_file)
    record(f"bundle {file.name}: {file.stat().st_size / MB:.1f} MB on disk, child peak {result['peak_mb']:.0f} MB")
    assert result["code"] == 2, result
    assert result["err"].endswith("\n") and result["err"].count("\n") == 1, result["err"]
    assert result["peak_mb"] < PEAK_LIMIT_MB, result
    assert _dump(data_dir, code) == before
    return str(result["err"])


def signed_bundle(world: World, name: str, payload: bytes) -> Path:
    path = world.folder / name
    path.write_bytes(to_city(payload, world.identity, world.city_certificate, OFFICE2))
    return path


AWARD = {"name": "award", "columns": ["id", "note"]}


# ---------------------------------------------------------------------------------------------
# The file


def test_an_oversized_file_is_refused_by_its_size_before_it_is_read(world: World) -> None:
    real = to_city(compressed(payload_head(OFFICE2, [])), world.identity, world.city_certificate, OFFICE2)
    path = world.folder / "oversized.shequ"
    write_oversized(path, real, budgets.MAX_BUNDLE_BYTES + MB)  # a real bundle's start, then zeros
    message = refused_in_child(world, path)
    assert "文件有 193 MB，超过上限 192 MB，不是有效的报送数据" in message
    assert "数据库没有任何改动" in message


def test_an_oversized_acknowledgement_is_refused_by_its_size(world: World) -> None:
    real = to_office(compressed(b"{}"), world.city_identity, world.identity.certificate, OFFICE2)
    path = world.folder / "oversized-ack.shequ"
    write_oversized(path, real, budgets.MAX_ACK_BYTES + MB)
    assert "超过上限 16 MB" in refused_in_child(world, path, at_office=True)


# ---------------------------------------------------------------------------------------------
# Decompression


def test_a_decompression_bomb_from_a_certified_office(world: World) -> None:
    """A small file of well-formed rows that decompresses past 512 MB: refused at the limit, one step
    at a time, never holding the rows."""
    rows_per_line = 2000
    block = line([["x", "a" * 1900]] * rows_per_line)  # 3.8 MB, within the line limit
    times = budgets.MAX_PAYLOAD_BYTES // len(block) + 2
    head = payload_head(OFFICE2, [{**AWARD, "rows": times * rows_per_line}])
    payload = repeated(head, block, times)
    assert len(payload) < 2 * MB
    path = signed_bundle(world, "bomb.shequ", payload)
    assert "文件解压后超过上限 512 MB" in refused_in_child(world, path)


def test_a_payload_of_one_endless_line(world: World) -> None:
    """Zeros without a newline: refused as soon as the first line passes its limit."""
    path = signed_bundle(world, "zeros.shequ", repeated(b"", b"\0" * MB, 600))
    assert "文件中有一段数据超过上限 1 MB" in refused_in_child(world, path)


def test_an_acknowledgement_bomb_from_the_city(world: World) -> None:
    payload = repeated(b"", b" " * MB, 200)  # 200 MB of JSON whitespace in 0.2 MB
    path = world.folder / "ack-bomb.shequ"
    path.write_bytes(to_office(payload, world.city_identity, world.identity.certificate, OFFICE2))
    assert "文件解压后超过上限 16 MB" in refused_in_child(world, path, at_office=True)


# ---------------------------------------------------------------------------------------------
# Rows, texts, PDFs, nesting


def test_too_many_rows_in_one_table(world: World) -> None:
    tables = [{"name": "audit_entry", "columns": ["id"], "rows": budgets.MAX_TABLE_ROWS + 1}]
    path = signed_bundle(world, "rows.shequ", compressed(payload_head(OFFICE2, tables)))
    assert "超过每表上限 1,000,000 行" in refused_in_child(world, path)


def test_too_many_rows_in_all(world: World) -> None:
    tables = [{"name": name, "columns": ["id"], "rows": 700_000} for name in ("visit", "activity", "audit_entry")]
    path = signed_bundle(world, "total.shequ", compressed(payload_head(OFFICE2, tables)))
    assert "共有 2,100,000 行数据，超过上限 2,000,000 行" in refused_in_child(world, path)


def test_more_rows_than_the_table_declares(world: World) -> None:
    """300,000 rows where the head says 10: refused at the first line, not after reading them."""
    head = payload_head(OFFICE2, [{**AWARD, "rows": 10}])
    path = signed_bundle(world, "undeclared.shequ", compressed(head, line([["x", "y"]] * 300_000)))
    message = refused_in_child(world, path)
    assert "内容无法读取" in message and "award 表的行数不对" in message


def test_a_huge_text(world: World) -> None:
    head = payload_head(OFFICE2, [{**AWARD, "rows": 1}])
    path = signed_bundle(world, "text.shequ", compressed(head, line([["x", "字" * (budgets.MAX_TEXT_CHARS + 1)]])))
    assert "有一项文字超过上限 1,048,576 个字符" in refused_in_child(world, path)


def test_a_huge_embedded_pdf(world: World) -> None:
    head = payload_head(OFFICE2, [], pdfs=["return-1"])
    size = budgets.MAX_PDF_BYTES * 4 // 3 + 4 * MB  # the base64 of a PDF over 32 MB
    path = signed_bundle(world, "pdf.shequ", repeated(head + b'"', b"A" * MB, size // MB, b'"\n'))
    assert "有一份报表 PDF 超过上限 32 MB" in refused_in_child(world, path)


def test_pdfs_over_their_total(world: World) -> None:
    count = budgets.MAX_PDF_TOTAL_BYTES // (30 * MB) + 2  # each within its own limit; one more after
    pdf = b'"' + b"A" * (40 * MB) + b'"\n'
    head = payload_head(OFFICE2, [], pdfs=[f"return-{n}" for n in range(count)])
    path = signed_bundle(world, "pdfs.shequ", repeated(head, pdf, count))
    assert "报表 PDF 合计超过上限 128 MB" in refused_in_child(world, path)


def test_deep_json_in_the_head(world: World) -> None:
    head = payload_head(OFFICE2, [], note=_nested(100))
    path = signed_bundle(world, "deep-head.shequ", compressed(head))
    assert "JSON 内容嵌套超过 64 层" in refused_in_child(world, path)


def test_deep_json_in_the_rows(world: World) -> None:
    head = payload_head(OFFICE2, [{**AWARD, "rows": 1}])
    path = signed_bundle(world, "deep-rows.shequ", compressed(head, b"[" * 200_000 + b"]" * 200_000 + b"\n"))
    assert "JSON 内容嵌套超过 64 层" in refused_in_child(world, path)


def _nested(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


# ---------------------------------------------------------------------------------------------
# Sealed by nobody


@pytest.mark.parametrize(
    ("size_mb", "words"), [(180, "交换文件已损坏或被改动"), (200, "文件有 200 MB，超过上限 192 MB")]
)
def test_unsigned_garbage_is_refused_in_steps(world: World, size_mb: int, words: str) -> None:
    """A real bundle's header and key (for the city) with ciphertext nobody made: refused at the tag,
    read in steps; past the file limit, by its size."""
    sealed = to_city(compressed(payload_head(OFFICE2, [])), world.identity, world.city_certificate, OFFICE2)
    path = world.folder / f"garbage-{size_mb}.shequ"
    write_garbage_ciphertext(path, sealed, size_mb * MB)
    assert words in refused_in_child(world, path)


def test_an_unsigned_bundle_that_decrypts_to_100_mb(world: World) -> None:
    """Encrypted to the city (anyone holding its certificate can) but signed by nobody: it decrypts
    whole, holding only its payload, and is refused at the signature."""
    fields = {"typ": "shequ-bundle", "v": 1, "kind": "office-to-city", "from": OFFICE2, "to": "city", "seq": 1,
              "prev": None, "iat": 1_700_000_000}  # fmt: skip
    x5c = [base64.b64encode(cert.public_bytes(_der())).decode() for cert in [world.identity.certificate]]
    path = world.folder / "unsigned.shequ"
    write_bundle(path, world.city_certificate, fields, x5c, zeros(100 * MB))
    assert path.stat().st_size > 170 * MB
    assert "签名无法验证" in refused_in_child(world, path)


def test_a_signed_bundle_of_nearly_the_largest_size(world: World) -> None:
    """A certified office's bundle just under the file limit, its payload (stored, so it weighs what
    it holds) one endless line: opening holds the payload, the line limit refuses it."""
    fields = {"typ": "shequ-bundle", "v": 1, "kind": "office-to-city", "from": OFFICE2, "to": "city", "seq": 1,
              "prev": None, "iat": int(time.time())}  # fmt: skip
    chain = [world.identity.certificate, *world.identity.chain]
    x5c = [base64.b64encode(cert.public_bytes(_der())).decode() for cert in chain]
    path = world.folder / "largest.shequ"
    size = budgets.MAX_BUNDLE_BYTES * 9 // 16 - 4 * MB  # the payload of a file just under the limit
    head = payload_head(OFFICE2, [{**AWARD, "rows": 1}])
    write_bundle(path, world.city_certificate, fields, x5c, incompressible_payload(head, size), world.identity.key)
    assert budgets.MAX_BUNDLE_BYTES - 16 * MB < path.stat().st_size <= budgets.MAX_BUNDLE_BYTES
    assert "文件中有一段数据超过上限 4 MB" in refused_in_child(world, path)


def _der() -> Any:
    from cryptography.hazmat.primitives.serialization import Encoding

    return Encoding.DER


# ---------------------------------------------------------------------------------------------
# Within the limits


def test_a_payload_within_the_limits_reads_back() -> None:
    rows = [["r1", OFFICE2, 1, "一条记录"], ["r2", OFFICE2, 2, "字" * 1000]]
    columns = ["id", "office_code", "version", "note"]
    head = payload_head(OFFICE2, [{"name": "award", "columns": columns, "rows": 2}], pdfs=["p1"])
    pdf = base64.b64encode(b"%PDF-1.7 test").decode()
    data = compressed(head, line(rows), line(pdf))
    check_payload(data)
    payload = read_payload(data)
    assert payload.tables["award"].rows == rows and payload.pdfs == {"p1": b"%PDF-1.7 test"}


def test_the_limits_are_above_the_largest_office() -> None:
    """The scale-100 demo office's full bundle, measured (db/exchange/budgets.py), with headroom."""
    measured = {
        "MAX_BUNDLE_BYTES": 43 * MB, "MAX_PAYLOAD_BYTES": 84 * MB, "MAX_LINE_BYTES": 723_000,
        "MAX_TABLE_ROWS": 128_036, "MAX_TOTAL_ROWS": 358_345, "MAX_TEXT_CHARS": 11_421,
        "MAX_PDF_BYTES": 4_444_669, "MAX_PDF_TOTAL_BYTES": 8_371_861,
    }  # fmt: skip
    for name, value in measured.items():
        assert getattr(budgets, name) >= 4 * value, name
