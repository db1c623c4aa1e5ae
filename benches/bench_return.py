"""Benchmark: the demo office's annual return against bare reportlab laying out the same rows.

    .venv/bin/python benches/bench_return.py                      # demo at scale 3, year = last full year
    .venv/bin/python benches/bench_return.py --scale 100          # about 36,000 annex rows, 750 pages
    .venv/bin/python benches/bench_return.py --scale 100 --data-dir /tmp/shequ-bench-…/data
    .venv/bin/python benches/bench_return.py --scale 100 --old /tmp/wt-old   # and the code of another tree

The yardstick is bare reportlab laying out the same annex rows (plain strings, the same font, header
repeated, no wrapping) in tables of 500 rows — what any program printing those rows must pay; not one
``LongTable`` per annex, whose page breaks cost the square of its length. Targets: the return at most
1.2 × the yardstick, at scale 100 too (the cost per page constant from scale 1 to 100: ms per page is
printed); signing under 0.5 s. Figures are printed, never asserted.

Two measures, each in interleaved rounds (best and median printed, with the machine's load):

* **in one process** (a child process per code tree): after one untimed warm-up run of each side,
  rounds of gathering + composing the return, then the yardstick, each after a full garbage collection;
* **the command line as a clerk runs it**: fresh processes, ``shequ return --period P --out F`` (imports,
  font registration, opening the data, pre-flight, gathering, composing, writing) against a fresh
  yardstick process (imports reportlab, registers the same two fonts, reads the rows, lays them out,
  writes the file), in rounds after one warm-up each (which also writes the bytecode).

With ``--old DIR`` (a worktree of the code before, e.g. ``git worktree add /tmp/wt-old cc88e89``) the
old tree is measured the same way, its command line interleaved in the same rounds; the demo is built by
the old tree then (the newer code may migrate its own copy; each side works on its own copy).
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent

T = TypeVar("T")

RETURN_TARGET = 1.2
SIGN_TARGET = 0.5
CHUNK = 500  # rows per table in the yardstick


def timed(action: Callable[[], T]) -> tuple[float, T]:
    """``action``'s wall time, started after a full garbage collection, and its result."""
    gc.collect()
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def best_median(times: Sequence[float], pages: int | None = None) -> str:
    text = f"{min(times):7.3f} s (median {statistics.median(times):7.3f} s)"
    if pages:
        text += f"  {min(times) * 1000 / pages:6.1f} ms/page"
    return text


def load() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"load {one:.2f} / {five:.2f} (2 shared CPUs)"


# ---------------------------------------------------------------------------------------
# The yardstick


def yardstick(
    rows: Sequence[Sequence[Sequence[str]]], headers: Sequence[Sequence[str]], font: str
) -> tuple[bytes, int]:
    """The annex rows as plain-string tables of :data:`CHUNK` rows, header repeated; the PDF and its pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, initialFontName=font)
    style = TableStyle([("FONT", (0, 0), (-1, -1), font, 7.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    story = []
    for header, body in zip(headers, rows, strict=True):
        width = doc.width / len(header)
        for start in range(0, len(body), CHUNK):
            chunk = [list(header), *(list(row) for row in body[start : start + CHUNK])]
            story.append(Table(chunk, colWidths=[width] * len(header), repeatRows=1, style=style))
    doc.build(story)
    return buffer.getvalue(), doc.page


def register_yardstick_fonts(tree: Path) -> str:
    """The return's two fonts registered with reportlab, as the return does; the regular one's name."""
    from reportlab.pdfbase import pdfmetrics, ttfonts

    fonts = tree / "resources" / "fonts"
    pdfmetrics.registerFont(ttfonts.TTFont("Yard", str(fonts / "NotoSansSC-Regular.ttf")))
    pdfmetrics.registerFont(ttfonts.TTFont("Yard-Bold", str(fonts / "NotoSansSC-Bold.ttf")))
    return "Yard"


def yardstick_process(rows_file: Path, out: Path) -> int:
    """The fresh yardstick process: imports, fonts, the rows read, laid out, written."""
    font = register_yardstick_fonts(ROOT)
    data = json.loads(rows_file.read_text(encoding="utf-8"))
    pdf, _pages = yardstick(data["rows"], data["headers"], font)
    out.write_bytes(pdf)
    return 0


# ---------------------------------------------------------------------------------------
# Child processes, one code tree on sys.path each


def build_child(tree: Path, data_dir: Path, scale: int) -> int:
    sys.path.insert(0, str(tree))
    from db.demo import build_demo
    from db.store import open_store

    with open_store(data_dir, create=True) as store:
        build_demo(store, scale=scale)
    return 0


def in_process_child(tree: Path, data_dir: Path, period_code: str, runs: int, dump: Path | None, sign: bool) -> int:
    """Warm-up, then ``runs`` interleaved rounds of the return and the yardstick; one JSON line."""
    sys.path.insert(0, str(tree))
    from reportlab.lib import rl_accel

    from db.office import current_office
    from db.periods import parse_period
    from db.returns.compose import compose_return
    from db.returns.content import ReturnContent, gather_content
    from db.returns.fonts import register_fonts
    from db.returns.preflight import explain, run_preflight
    from db.store import open_store
    from db.timeutil import local_today, utcnow

    period = parse_period(period_code)
    report: dict[str, Any] = {"rl_accel_python": sorted(rl_accel._py_funcs), "rl_accel_c": sorted(rl_accel._c_funcs)}
    start = time.perf_counter()
    regular, _bold = register_fonts()
    report["fonts"] = time.perf_counter() - start
    start = time.perf_counter()
    register_fonts()
    report["fonts_again"] = time.perf_counter() - start
    with open_store(data_dir) as store, store.session() as session:
        office = current_office(session)
        assert office is not None
        preflight_time, preflight = timed(lambda: run_preflight(session, period, office.code))
        report["preflight"] = preflight_time
        explanations = {item.key: "基准测试说明。" for item in preflight.warnings}
        warnings = explain(preflight, explanations)

        def gather() -> ReturnContent:
            return gather_content(session, office, period, filled_on=local_today(), warnings=warnings)

        content = gather()  # warm-up runs, untimed: the return …
        composed = compose_return(content)
        rows = [annex.rows for annex in content.annexes if annex.rows]
        headers = [[column.title for column in annex.columns] for annex in content.annexes if annex.rows]
        _pdf, bare_pages = yardstick(rows, headers, regular)  # … and the yardstick
        gathers, composes, returns, bares = [], [], [], []
        for _ in range(runs):  # interleaved rounds
            gather_time, fresh = timed(gather)
            compose_time, _ = timed(lambda: compose_return(fresh))  # noqa: B023
            gathers.append(gather_time)
            composes.append(compose_time)
            returns.append(gather_time + compose_time)
            bares.append(timed(lambda: yardstick(rows, headers, regular))[0])
    report.update(
        rows=sum(len(body) for body in rows),
        pages=composed.pages,
        bare_pages=bare_pages,
        kib=len(composed.pdf) / 1024,
        gathers=gathers,
        composes=composes,
        returns=returns,
        bares=bares,
    )
    if dump is not None:
        dump.write_text(json.dumps({"rows": rows, "headers": headers}, ensure_ascii=False), encoding="utf-8")
        explain_file = dump.with_name("explanations.json")
        explain_file.write_text(json.dumps(explanations, ensure_ascii=False), encoding="utf-8")
    if sign:
        from db.returns.sign import KeyStore, sign_pdf

        with tempfile.TemporaryDirectory() as keys:
            identity = KeyStore(Path(keys)).create("bench-passphrase", office.code, office.name)

            def signing() -> object:
                return sign_pdf(composed.pdf, identity, page=composed.stamp_page, box=composed.stamp_box,
                                office_name=office.name, signer_name=content.head_name, when=utcnow())  # fmt: skip

            report["sign_first"] = timed(signing)[0]
            report["signs"] = [timed(signing)[0] for _ in range(max(3, runs))]
    print("BENCH " + json.dumps(report), flush=True)
    return 0


# ---------------------------------------------------------------------------------------
# The orchestration


def child_env(tree: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled bytecode, as an installed app has
    return env


def run_child(tree: Path, *args: str) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--tree", str(tree), *args]
    done = subprocess.run(command, cwd=tree, env=child_env(tree), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"child {args[:2]} in {tree} failed:\n{done.stdout}\n{done.stderr}")
    line = next((line for line in done.stdout.splitlines() if line.startswith("BENCH ")), None)
    return json.loads(line[len("BENCH ") :]) if line else {}


def wall(command: Sequence[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return elapsed


def report_in_process(name: str, figures: dict[str, Any]) -> None:
    pages = figures["pages"]
    returns, bares = figures["returns"], figures["bares"]
    ratio = min(returns) / min(bares)
    median_ratio = statistics.median(returns) / statistics.median(bares)
    print(f"  [{name}] in one process, after a warm-up of each side, {len(returns)} interleaved rounds")
    print(f"    pre-flight (once)                        {figures['preflight']:7.3f} s")
    print(f"    return: gather figures and annexes       {best_median(figures['gathers'])}")
    print(f"    return: compose the PDF                  {best_median(figures['composes'], pages)}")
    print(f"    return: gather + compose                 {best_median(returns, pages)}")
    print(
        f"    yardstick (500-row tables, {figures['bare_pages']} pages)    {best_median(bares, figures['bare_pages'])}"
    )
    verdict = "OK" if ratio <= RETURN_TARGET else "OVER"
    print(f"    return / yardstick                       {ratio:7.2f} × (median {median_ratio:.2f} ×)"
          f"   target ≤ {RETURN_TARGET} ×  {verdict}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--scale", type=int, default=3)
    parser.add_argument("--period", default="", help="default: the last full year")
    parser.add_argument("--runs", type=int, default=0, help="interleaved timed rounds (default 5; 3 from scale 30)")
    parser.add_argument("--data-dir", type=Path, help="a demo office already built (copied, never changed)")
    parser.add_argument("--old", type=Path, help="another code tree (the code before) to measure side by side")
    parser.add_argument("--tree", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child", choices=("build", "in-process", "yardstick"), help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sign", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    runs = args.runs or (3 if args.scale >= 30 else 5)
    if args.child == "build":
        return build_child(args.tree, args.data, args.scale)
    if args.child == "in-process":
        return in_process_child(args.tree, args.data, args.period, runs, args.dump, args.sign)
    if args.child == "yardstick":
        return yardstick_process(args.dump, args.out)

    year = time.localtime().tm_year - 1
    period = args.period or str(year)
    trees = {"new": ROOT}
    if args.old is not None:
        trees = {"old": args.old.resolve(), "new": ROOT}
    with tempfile.TemporaryDirectory(prefix="shequ-bench-return-") as folder:
        work = Path(folder)
        source = work / "demo"
        if args.data_dir is not None:
            shutil.copytree(args.data_dir, source)
            built = f"data folder {args.data_dir}"
        else:
            start = time.perf_counter()
            run_child(trees.get("old", ROOT), "--child", "build", "--data", str(source), "--scale", str(args.scale))
            built = f"demo scale {args.scale} built in {time.perf_counter() - start:.1f} s"
        copies = {}
        for name in trees:
            copies[name] = work / f"data-{name}"
            shutil.copytree(source, copies[name], ignore=shutil.ignore_patterns("shequ.lock"))
        print(f"{built}; period {period}; {load()}")

        in_process: dict[str, dict[str, Any]] = {}
        for name, tree in trees.items():
            extra = ["--dump", str(work / "rows.json"), "--sign"] if name == "new" else []
            in_process[name] = run_child(tree, "--child", "in-process", "--data", str(copies[name]),
                                         "--period", period, "--runs", str(runs), *extra)  # fmt: skip
        new = in_process["new"]
        accel = "all C" if not new["rl_accel_python"] else f"Python fallbacks: {', '.join(new['rl_accel_python'])}"
        print(f"{new['rows']:,} annex rows, {new['pages']} pages, {new['kib']:,.0f} KiB; "
              f"reportlab's rl_accel: {accel} ({len(new['rl_accel_c'])} C functions)")  # fmt: skip
        print(f"font registration: {new['fonts']:.3f} s the first time, {new['fonts_again'] * 1000:.3f} ms the second")
        for name, figures in in_process.items():
            report_in_process(name, figures)

        explanations = work / "explanations.json"
        commands: dict[str, tuple[list[str], Path, dict[str, str]]] = {}
        for name, tree in trees.items():
            out = work / f"{name}.pdf"
            command = [sys.executable, "-m", "desktop", "--data-dir", str(copies[name]), "return",
                       "--period", period, "--out", str(out), "--explain-file", str(explanations)]  # fmt: skip
            commands[name] = (command, tree, child_env(tree))
        yard = [sys.executable, str(Path(__file__).resolve()), "--tree", str(ROOT), "--child", "yardstick",
                "--dump", str(work / "rows.json"), "--out", str(work / "yardstick.pdf")]  # fmt: skip
        commands["yardstick"] = (yard, ROOT, child_env(ROOT))
        for command, cwd, env in commands.values():  # warm-up: bytecode written, files cached
            wall(command, cwd, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        loads = []
        for _ in range(runs):
            for name, (command, cwd, env) in commands.items():
                times[name].append(wall(command, cwd, env))
            loads.append(os.getloadavg()[0])
        print(f"  the command line, fresh processes, {runs} interleaved rounds after a warm-up each "
              f"(load {min(loads):.2f}–{max(loads):.2f})")  # fmt: skip
        bare = times["yardstick"]
        for name in trees:
            ratio = min(times[name]) / min(bare)
            median_ratio = statistics.median(times[name]) / statistics.median(bare)
            verdict = "OK" if ratio <= RETURN_TARGET else "OVER"
            label = f"shequ return [{name}]"
            print(f"    {label:<41}{best_median(times[name], new['pages'])}"
                  f"  {ratio:5.2f} × (median {median_ratio:.2f} ×) target ≤ {RETURN_TARGET} × {verdict}")  # fmt: skip
        print(f"    yardstick process                        {best_median(bare, new['bare_pages'])}")
        if "old" in times:
            print(f"    new / old, best vs best                  {min(times['new']) / min(times['old']):7.2f} ×")
        print(f"  sign, first in the process (imports pyHanko) {new['sign_first']:6.3f} s   "
              f"later {statistics.median(new['signs']):.3f} s   target < {SIGN_TARGET} s  "
              f"{'OK' if new['sign_first'] < SIGN_TARGET else 'OVER (first)'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
