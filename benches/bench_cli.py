"""Benchmark: the command line as a clerk waits for it, and the first signature in the app.

Usage (from the project folder)::

    .venv/bin/python benches/bench_cli.py                                  # scales 1 and 100, new code only
    git worktree add /tmp/wt-old cc88e89
    .venv/bin/python benches/bench_cli.py --old /tmp/wt-old --work /tmp/bench-cli   # old and new, side by side

1. **Commands**, each a fresh process (``python -m desktop --data-dir DIR …``), with compiled bytecode
   (``PYTHONDONTWRITEBYTECODE`` dropped; one warm-up run of each writes it), in interleaved rounds
   (bare, then every command on each side in turn, the order of the sides alternating): a bare
   ``python -c 'import sqlite3, json'``, ``stats --json``, ``check`` and ``verify FILE`` (a signed
   return of that office) at each scale. Best and median of the rounds, and each best against the
   bare process's best. Each side reads its own copy of the data folder.
2. **The first signature**: in fresh processes, with what the app has loaded by then (the data layer,
   the return composed, the fonts registered, the key opened), the time of the first
   ``db.returns.sign.sign_pdf`` of the return's draft and of a second one — cold (no preload: the old
   app, and the command line, which pays once), and after the 报表 page opened (the new app: the
   page's preload thread, :mod:`desktop.returns.preload`, has finished while the person typed the
   passphrase).

Targets: ``stats --json`` at scale 100 ≤ 10 × the bare process; the first signature ≤ 0.5 s.
The machine's load average is printed with the figures. Nothing here asserts timings.

``--work DIR`` keeps the demo offices and their signed returns there and reuses them next time (the
scale-100 demo and its return take a minute or two to make).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATS_TARGET = 10.0  # × the bare process, at scale 100
SIGN_TARGET = 0.5  # s
PASSPHRASE = "bench-cli-passphrase"
PERIOD = str(time.localtime().tm_year - 1)  # the last full year: every demo ledger has records in it


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} / {five:.2f} / {fifteen:.2f} on {os.cpu_count()} CPUs"


def child_env(tree: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled bytecode, as an installed app has
    return env


def wall(command: Sequence[str], cwd: Path, env: dict[str, str], ok: Sequence[int] = (0,)) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in ok:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return elapsed


def best_median(values: Sequence[float]) -> str:
    return f"best {min(values) * 1000:7.0f} ms   median {statistics.median(values) * 1000:7.0f} ms"


# ---------------------------------------------------------------------------------------
# Setting up: a demo office per scale, its signed return, the return's draft for the signature


def prepare(work: Path, scale: int, tree: Path) -> dict[str, Path]:
    """The demo office at ``scale`` in ``work`` (made once, by ``tree``: the oldest code measured, since
    a newer one may add a migration the older refuses), a signed return of it and an unsigned draft with
    where its stamp goes."""
    env = dict(child_env(tree), PYTHONWARNINGS="ignore")
    folder = work / f"scale-{scale}"
    data, signed, draft = folder / "data", folder / "signed.pdf", folder / "draft.pdf"
    if not (data / "shequ.sqlite").is_file():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "demo", "--scale", str(scale)],
                       cwd=tree, env=env, check=True, capture_output=True)  # fmt: skip
        print(f"  scale {scale}: demo office built in {time.perf_counter() - start:.1f} s")
    if not signed.is_file() or not draft.is_file():
        start = time.perf_counter()
        subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", "returns", "--tree", str(tree),
                        "--data", str(data), "--out", str(folder)], cwd=tree, env=env, check=True)  # fmt: skip
        print(f"  scale {scale}: signed return and draft made in {time.perf_counter() - start:.1f} s")
    return {"data": data, "signed": signed, "draft": draft, "meta": folder / "draft.json"}


def returns_child(tree: Path, data: Path, out: Path) -> int:
    """Make the period's signed return (explaining every warning) and an unsigned draft of it."""
    sys.path.insert(0, str(tree))
    from db.office import current_office
    from db.periods import parse_period
    from db.returns.make import ReturnRequest, make_return
    from db.returns.preflight import run_preflight
    from db.store import open_store

    period = parse_period(PERIOD)
    with open_store(data) as store:
        with store.session() as session:
            office = current_office(session)
            assert office is not None
            preflight = run_preflight(session, period, office.code)
        explanations = {item.key: "基准测试说明。" for item in preflight.warnings}
        draft = make_return(store, ReturnRequest(period=period, explanations=explanations))
        (out / "draft.pdf").write_bytes(draft.composed.pdf)
        meta = {"page": draft.composed.stamp_page, "box": list(draft.composed.stamp_box), "office": office.name,
                "code": office.code, "pages": draft.composed.pages}  # fmt: skip
        (out / "draft.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        signed = make_return(
            store, ReturnRequest(period=period, sign=True, passphrase=PASSPHRASE, explanations=explanations)
        )
        (out / "signed.pdf").write_bytes(signed.pdf)
    return 0


# ---------------------------------------------------------------------------------------
# The first signature, in a child process of one side


def sign_child(tree: Path, draft: Path, meta_file: Path, preloaded: bool) -> int:
    sys.path.insert(0, str(tree))
    import warnings

    warnings.simplefilter("ignore")  # pyHanko's DSA deprecation, on the child's stderr
    from datetime import UTC, datetime

    from db.returns.compose import compose_stamp  # what making the return has loaded: reportlab, the fonts
    from db.returns.sign import KeyStore, sign_pdf

    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    pdf = draft.read_bytes()
    compose_stamp(200, 80, ["warm-up"])
    with tempfile.TemporaryDirectory() as keys:
        identity = KeyStore(Path(keys)).create(PASSPHRASE, meta["code"], meta["office"])  # the key opened
        report: dict[str, float] = {}
        if preloaded:
            from desktop.returns import preload  # what the 报表 page starts when it opens

            start = time.perf_counter()
            preload.start().join()
            report["preload"] = time.perf_counter() - start

        def signing() -> float:
            start = time.perf_counter()
            sign_pdf(pdf, identity, page=meta["page"], box=tuple(meta["box"]), office_name=meta["office"],
                     signer_name="基准", when=datetime.now(UTC))  # fmt: skip
            return time.perf_counter() - start

        report["first"] = signing()
        report["second"] = signing()
    print("BENCH " + json.dumps(report), flush=True)
    return 0


def run_sign_child(tree: Path, paths: dict[str, Path], preloaded: bool) -> dict[str, float]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "sign", "--tree", str(tree),
               "--draft", str(paths["draft"]), "--meta", str(paths["meta"])]  # fmt: skip
    if preloaded:
        command.append("--preloaded")
    done = subprocess.run(command, cwd=tree, env=child_env(tree), capture_output=True, text=True, check=False)
    line = next((line for line in done.stdout.splitlines() if line.startswith("BENCH ")), None)
    if done.returncode != 0 or line is None:
        sys.exit(f"sign child in {tree} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(line[len("BENCH ") :])
    return result


# ---------------------------------------------------------------------------------------
# The orchestration


def commands(data: Path, signed: Path) -> dict[str, tuple[list[str], tuple[int, ...]]]:
    """Each command timed: its arguments and the exit codes that mean it did its job."""
    base = ["-m", "desktop", "--data-dir", str(data)]
    return {
        "stats --json": ([*base, "stats", "--json"], (0,)),
        "check": ([*base, "check"], (0, 1)),
        "verify FILE": ([*base, "verify", str(signed)], (0, 4)),  # 4: the office's own, self-signed certificate
    }


def bench_commands(trees: dict[str, Path], work: Path, scales: list[int], rounds: int) -> None:
    bare = [sys.executable, "-c", "import sqlite3, json"]
    plans: list[tuple[int, str, str, list[str], tuple[int, ...]]] = []
    for scale in scales:
        paths = prepare(work, scale, next(iter(trees.values())))
        for side in trees:
            copy = work / f"scale-{scale}" / f"data-{side}"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(paths["data"], copy, ignore=shutil.ignore_patterns("shequ.lock"))
            for name, (argv, ok) in commands(copy, paths["signed"]).items():
                plans.append((scale, name, side, [sys.executable, *argv], ok))
    timings: dict[tuple[int, str, str], list[float]] = {key[:3]: [] for key in plans}
    bares: list[float] = []
    for _scale, _name, side, command, ok in plans:  # warm-up: writes the bytecode of each tree
        wall(command, trees[side], child_env(trees[side]), ok)
    wall(bare, ROOT, child_env(ROOT))
    print(f"commands: {rounds} interleaved rounds of fresh processes; {load()}")
    sides = list(trees)
    for index in range(rounds):
        bares.append(wall(bare, ROOT, child_env(ROOT)))
        order = sides if index % 2 == 0 else sides[::-1]
        for scale in scales:
            for name in commands(Path(), Path()):
                for side in order:
                    plan = next(p for p in plans if p[:3] == (scale, name, side))
                    timings[(scale, name, side)].append(wall(plan[3], trees[side], child_env(trees[side]), plan[4]))
    bare_best = min(bares)
    print(f"  bare python -c 'import sqlite3, json'      {best_median(bares)}")
    for scale in scales:
        for name in commands(Path(), Path()):
            for side in sides:
                values = timings[(scale, name, side)]
                ratio = min(values) / bare_best
                line = f"  scale {scale:<3} {name:<13} [{side}] {best_median(values)}   {ratio:6.1f} × bare"
                if name == "stats --json" and scale >= 100:
                    line += f"   target ≤ {STATS_TARGET:.0f} ×  {'OK' if ratio <= STATS_TARGET else 'OVER'}"
                if side == "new" and "old" in trees:
                    old = timings[(scale, name, "old")]
                    medians = statistics.median(values) / statistics.median(old)
                    line += f"   new/old {min(values) / min(old):.2f} (median {medians:.2f})"
                print(line)
    print(f"  ({load()})")


def bench_signature(trees: dict[str, Path], work: Path, scales: list[int], rounds: int) -> None:
    print(f"first signature (sign_pdf of the draft, fresh processes, {rounds} interleaved rounds); {load()}")
    variants = [(side, False) for side in trees] + [("new", True)]
    for scale in scales:
        paths = prepare(work, scale, next(iter(trees.values())))
        pages = json.loads(paths["meta"].read_text(encoding="utf-8"))["pages"]
        results: dict[tuple[str, bool], list[dict[str, float]]] = {variant: [] for variant in variants}
        for side, preloaded in variants:  # warm-up
            run_sign_child(trees[side], paths, preloaded)
        for index in range(rounds):
            for side, preloaded in variants if index % 2 == 0 else variants[::-1]:
                results[(side, preloaded)].append(run_sign_child(trees[side], paths, preloaded))
        for (side, preloaded), runs in results.items():
            first = [run["first"] for run in runs]
            second = [run["second"] for run in runs]
            what = "after the page opened" if preloaded else "cold (no preload)   "
            verdict = "OK" if min(first) <= SIGN_TARGET else "OVER"
            later = statistics.median(second) * 1000
            line = (f"  scale {scale:<3} ({pages} pages) [{side}] {what}  first {best_median(first)}"
                    f"   later {later:5.0f} ms   target ≤ {SIGN_TARGET} s  {verdict}")  # fmt: skip
            if preloaded:
                line += f"   (preload thread {statistics.median(run['preload'] for run in runs):.2f} s)"
            print(line)
    print(f"  ({load()})")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--scales", default="1,100", help="demo scales, comma-separated (default 1,100)")
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds (default 7)")
    parser.add_argument("--old", type=Path, help="another code tree (the code before) to measure side by side")
    parser.add_argument("--work", type=Path, help="keep the demo offices here and reuse them")
    parser.add_argument("--only", choices=("commands", "signature"), help="one part only")
    parser.add_argument("--child", choices=("returns", "sign"), help=argparse.SUPPRESS)
    parser.add_argument("--tree", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--draft", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--meta", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--preloaded", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "returns":
        return returns_child(args.tree, args.data, args.out)
    if args.child == "sign":
        return sign_child(args.tree, args.draft, args.meta, args.preloaded)

    scales = [int(item) for item in args.scales.split(",") if item.strip()]
    trees = {"old": args.old.resolve(), "new": ROOT} if args.old is not None else {"new": ROOT}
    keep = args.work is not None
    work = args.work.resolve() if keep else Path(tempfile.mkdtemp(prefix="shequ-bench-cli-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        print(f"trees: {', '.join(f'{side} {tree}' for side, tree in trees.items())}; period {PERIOD}; {load()}")
        if args.only in (None, "commands"):
            bench_commands(trees, work, scales, args.rounds)
        if args.only in (None, "signature"):
            bench_signature(trees, work, scales, args.rounds)
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
