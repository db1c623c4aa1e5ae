"""Benchmark: the demo office's annual return (annexes of about 1,000 rows), composed and signed.

    .venv/bin/python benches/bench_return.py              # demo at scale 3, year = last full year
    .venv/bin/python benches/bench_return.py --scale 1 --period 2026

Prints the time to make the return (gather its figures and annexes from the database, then
compose the whole PDF) next to a bare reportlab table of the same rows (plain strings, same font,
header repeated), and the time to sign it. Targets: the return at most 1.5 × the bare table;
signing under 0.5 s. Figures are printed, never asserted.

The comparison is like for like: both sides run in this one process, after one untimed warm-up
run each (fonts registered, imports and statement caches warm), in interleaved rounds (return,
then bare table, ``--runs`` times) so that a busy machine slows both alike, each timed run
starting after a full garbage collection. The ratio is best against best; medians are printed
next to it.
"""

from __future__ import annotations

import argparse
import gc
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

T = TypeVar("T")

COMPOSE_TARGET = 1.5
SIGN_TARGET = 0.5


def timed(action: Callable[[], T]) -> tuple[float, T]:
    """``action``'s wall time, started after a full garbage collection, and its result."""
    gc.collect()
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def best_median(times: list[float]) -> str:
    return f"{min(times):7.3f} s   (median {statistics.median(times):.3f} s)"


def bare_table(rows: list[list[tuple[str, ...]]], headers: list[tuple[str, ...]], font: str) -> bytes:
    """The same annex rows as plain-string LongTables, no wrapping, nothing else."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, initialFontName=font)
    style = TableStyle([("FONT", (0, 0), (-1, -1), font, 7.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    story = []
    for header, body in zip(headers, rows, strict=True):
        width = doc.width / len(header)
        story.append(LongTable([list(header), *body], colWidths=[width] * len(header), repeatRows=1, style=style))
    doc.build(story)
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=3)
    parser.add_argument("--period", default="")
    parser.add_argument("--runs", type=int, default=7, help="interleaved timed rounds (best and median shown)")
    args = parser.parse_args()

    from db.demo import build_demo
    from db.office import current_office
    from db.periods import parse_period
    from db.returns.compose import compose_return
    from db.returns.content import ReturnContent, gather_content
    from db.returns.fonts import register_fonts
    from db.returns.preflight import explain, run_preflight
    from db.returns.sign import KeyStore, sign_pdf
    from db.store import open_store
    from db.timeutil import local_today, utcnow

    period = parse_period(args.period or str(local_today().year - 1))
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "data", create=True)
        build_demo(store, scale=args.scale)
        start = time.perf_counter()
        regular, _bold = register_fonts()
        font_time = time.perf_counter() - start
        with store.session() as session:
            office = current_office(session)
            assert office is not None
            preflight = run_preflight(session, period, office.code)
            warnings = explain(preflight, {item.key: "基准测试说明。" for item in preflight.warnings})

            def gather() -> ReturnContent:
                return gather_content(session, office, period, filled_on=local_today(), warnings=warnings)

            content = gather()  # warm-up runs, untimed: the return …
            composed = compose_return(content)
            rows = [annex.rows for annex in content.annexes if annex.rows]
            headers = [tuple(column.title for column in annex.columns) for annex in content.annexes if annex.rows]
            count = sum(len(body) for body in rows)
            bare_table(rows, headers, regular)  # … and the bare table
            gathers, composes, returns, bares = [], [], [], []
            for _ in range(args.runs):  # interleaved rounds
                gather_time, fresh = timed(gather)
                compose_time, _ = timed(partial(compose_return, fresh))
                gathers.append(gather_time)
                composes.append(compose_time)
                returns.append(gather_time + compose_time)
                bares.append(timed(lambda: bare_table(rows, headers, regular))[0])

        identity = KeyStore(store.data_dir).create("bench-passphrase", office.code, office.name)
        start = time.perf_counter()
        sign_pdf(composed.pdf, identity, page=composed.stamp_page, box=composed.stamp_box,
                 office_name=office.name, signer_name=content.head_name, when=utcnow())  # fmt: skip
        first_sign = time.perf_counter() - start
        signs = []
        for _ in range(args.runs):
            start = time.perf_counter()
            sign_pdf(composed.pdf, identity, page=composed.stamp_page, box=composed.stamp_box,
                     office_name=office.name, signer_name=content.head_name, when=utcnow())  # fmt: skip
            signs.append(time.perf_counter() - start)
        store.close()

    ratio = min(returns) / min(bares)
    median_ratio = statistics.median(returns) / statistics.median(bares)
    print(f"demo scale {args.scale}, period {period.code}: {count} annex rows, {composed.pages} pages, "
          f"{len(composed.pdf) / 1024:.0f} KiB")  # fmt: skip
    print(f"  one process, one warm-up run of each side, then {args.runs} interleaved rounds; best (median)")
    print(f"  font registration (once per process)   {font_time:7.3f} s")
    print(f"  return: gather figures and annexes     {best_median(gathers)}")
    print(f"  return: compose the PDF                {best_median(composes)}")
    print(f"  return: gather + compose, same round   {best_median(returns)}")
    print(f"  bare reportlab table, same rows        {best_median(bares)}")
    print(f"  return / bare table, best vs best      {ratio:7.2f} ×   (median vs median {median_ratio:.2f} ×)"
          f"   target ≤ {COMPOSE_TARGET} ×  {'OK' if ratio <= COMPOSE_TARGET else 'OVER'}")  # fmt: skip
    print(f"  sign, first in process (imports pyHanko) {first_sign:5.3f} s")
    median = statistics.median(signs)
    print(f"  sign, later                            {median:7.3f} s   (target < {SIGN_TARGET} s)"
          f"  {'OK' if first_sign < SIGN_TARGET else 'OVER (first)'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
