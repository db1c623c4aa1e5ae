"""Benchmark: import a 20,000-row sheet of residents in need (帮扶对象) — read, preview, commit —
in interleaved rounds against a baseline checkout.

Usage (from the project folder)::

    .venv/bin/python benches/bench_sheets.py                       # 20,000 rows, 3 rounds
    git worktree add /tmp/wt-old cc88e89
    .venv/bin/python benches/bench_sheets.py --baseline /tmp/wt-old --rounds 5
    .venv/bin/python benches/bench_sheets.py --rows 50000 --inline --keep

Builds a workbook the way offices write them (a merged title row, their own column names, dates
as text and as dates, phones as numbers), saved as Excel and WPS save it — texts in a shared
strings table (``--inline``: as openpyxl saves it, every text inline in the sheet) — and a second
one with every 10th phone changed. Each round runs, in a fresh process per side (the baseline
checkout first, then this one, alternating), into a new office:

* **import**: reading the file plus guessing the ledger and mapping the columns, the preview
  (conversion, validation, matching against the database), the commit (one transaction with its
  audit entries) — the figure with the target (read + preview + commit ≤ 5 s);
* **re-import preview**: the same file again (every row matches a stored record, unchanged);
* **update**: the changed file, read + preview + commit (2,000 updates).

pypinyin's dictionaries are loaded before the clock starts, as the app's start-up loader does
(printed apart: the command line pays them once); openpyxl's import is inside the first read.
Prints, per side, the best and the median of each figure over the rounds, their ratio, and the
machine's load (``os.getloadavg()``) before and after. Nothing asserts timings.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 5.0
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国海燕玉兰志红文"
FIGURES = (
    ("read", "read + guess + map"),
    ("preview", "preview (convert, validate, match)"),
    ("commit", "commit (one transaction, audit entries)"),
    ("total", "import: read + preview + commit"),
    ("again", "re-import preview (all unchanged)"),
    ("update", "update: read + preview + commit"),
)


def make_workbook(path: Path, rows: int, seed: int = 7, *, change_every: int = 0) -> None:
    """The sheet; with ``change_every`` N, every Nth row has another phone number (an update)."""
    from openpyxl import Workbook

    from db.enums import ResidentCategory, ResidentNeed
    from db.validation.idcard import check_digit

    rng = random.Random(seed)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("帮扶对象")
    sheet.append(["胜利社区困难群众帮扶对象花名册（2026年）"])
    sheet.append(
        ["序号", "姓  名", "性别", "身份证号码", "出生年月", "困难类型", "家庭住址", "联系电话", "帮扶需求", "备注"]
    )
    categories = [member.label for member in ResidentCategory]
    needs = [member.label for member in ResidentNeed]
    used: set[str] = set()
    for number in range(1, rows + 1):
        birth = date(1930, 1, 1) + timedelta(days=rng.randrange(0, 365 * 85))
        male = rng.random() < 0.5
        while True:
            body = f"150802{birth:%Y%m%d}{rng.randrange(0, 100):02d}{rng.choice('13579' if male else '02468')}"
            if body not in used:
                used.add(body)
                break
        id_number = body + check_digit(body)
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        born = f"{birth.year}.{birth.month}.{birth.day}" if number % 3 else birth
        sheet.append(
            [
                number,
                name,
                "男" if male else "女",
                id_number,
                born,
                rng.choice(categories),
                f"临河区胜利路{rng.randrange(1, 300)}号{rng.randrange(1, 6)}单元{rng.randrange(101, 1802)}",
                int(f"13{rng.randrange(0, 10)}{rng.randrange(10_000_000, 99_999_999)}")
                + (1 if change_every and number % change_every == 0 else 0),
                "、".join(rng.sample(needs, rng.choice((1, 2)))),
                "",
            ]
        )
    workbook.save(path)


# ---------------------------------------------------------------------------------------
# One side's run, in its own process


def _child(root: Path, workbook: Path, changed: Path, folder: Path) -> dict[str, Any]:
    sys.path.insert(0, str(root))
    from db.audit import system_actor
    from db.demo import DEMO_OFFICE_CODE
    from db.office import OfficeSetup, create_office
    from db.sheets import build_preview, commit_preview
    from db.sheets.plan import plan_import
    from db.sortkey import warm_up
    from db.store import open_store

    started = time.perf_counter()
    warm_up()
    found: dict[str, Any] = {"pinyin": time.perf_counter() - started}
    with open_store(folder / "data", create=True) as store:
        create_office(store, OfficeSetup(DEMO_OFFICE_CODE, "胜利社区"))
        actor = system_actor(DEMO_OFFICE_CODE)

        t0 = time.perf_counter()
        plan = plan_import(workbook)
        t1 = time.perf_counter()
        with store.session(actor) as session:
            preview = build_preview(session, plan.sheet, plan.require_mapping(), office_code=DEMO_OFFICE_CODE)
            t2 = time.perf_counter()
            result = commit_preview(session, preview)
        t3 = time.perf_counter()
        found.update(read=t1 - t0, preview=t2 - t1, commit=t3 - t2, total=t3 - t0, created=result.created)
        found["counts"] = preview.counts.to_dict()

        t4 = time.perf_counter()
        again = plan_import(workbook)
        with store.session(actor) as session:
            second = build_preview(session, again.sheet, again.require_mapping(), office_code=DEMO_OFFICE_CODE)
        found["again"] = time.perf_counter() - t4
        found["unchanged"] = second.counts.unchanged

        t6 = time.perf_counter()
        update_plan = plan_import(changed)
        with store.session(actor) as session:
            third = build_preview(
                session, update_plan.sheet, update_plan.require_mapping(), office_code=DEMO_OFFICE_CODE
            )
            updated = commit_preview(session, third)
        found["update"] = time.perf_counter() - t6
        found["updated"] = updated.updated
    return found


def _run_side(root: Path, workbook: Path, changed: Path, folder: Path) -> dict[str, Any]:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(root)]
    command += ["--workbook", str(workbook), "--changed", str(changed), "--folder", str(folder)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=root)
    if done.returncode != 0:
        raise SystemExit(f"the run in {root} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    shutil.rmtree(folder, ignore_errors=True)
    return result


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def run(rows: int, rounds: int, baseline: Path | None, inline: bool, keep: bool) -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.support.xlsx_parts import share_strings

    folder = Path(tempfile.mkdtemp(prefix="shequ-bench-sheets-"))
    workbook, changed = folder / "帮扶对象.xlsx", folder / "帮扶对象-更新.xlsx"
    try:
        started = time.perf_counter()
        make_workbook(workbook, rows)
        make_workbook(changed, rows, change_every=10)
        strings = 0 if inline else share_strings(workbook)
        if not inline:
            share_strings(changed)
        made = time.perf_counter() - started
        kind = "texts inline (as openpyxl saves)" if inline else f"{strings:,} shared strings (as Excel saves)"
        print(f"workbook: {rows:,} rows, {workbook.stat().st_size / 1e6:.1f} MB, {kind}; made in {made:.1f} s")
        sides = [("baseline", baseline)] if baseline is not None else []
        sides.append(("this tree", ROOT))
        results: dict[str, list[dict[str, Any]]] = {name: [] for name, _root in sides}
        print(f"load before: {_load()}")
        for number in range(rounds):
            order = sides if number % 2 == 0 else sides[::-1]
            for name, root in order:
                assert root is not None
                found = _run_side(root, workbook, changed, folder / "run")
                results[name].append(found)
                print(
                    f"  round {number + 1} {name:<9}: import {found['total']:.2f} s (read {found['read']:.2f}, "
                    f"preview {found['preview']:.2f}, commit {found['commit']:.2f}), re-import preview "
                    f"{found['again']:.2f} s, update {found['update']:.2f} s; load {_load()}"
                )
        print(f"load after: {_load()}")
        last = results["this tree"][-1]
        print(
            f"rows: {last['created']:,} created, {last['unchanged']:,} unchanged on re-import, "
            f"{last['updated']:,} updated; pypinyin's dictionaries {last['pinyin']:.2f} s (before the clock)"
        )
        print(f"over {rounds} rounds, best / median:")
        for key, label in FIGURES:
            line = f"  {label:<42}"
            for name, _root in sides:
                values = [found[key] for found in results[name]]
                line += f"  {name}: {min(values):.2f} / {statistics.median(values):.2f} s"
            if baseline is not None:
                old = [found[key] for found in results["baseline"]]
                new = [found[key] for found in results["this tree"]]
                line += f"  ratio {min(new) / min(old):.2f} / {statistics.median(new) / statistics.median(old):.2f}"
            if key == "total":
                best = min(found[key] for found in results["this tree"])
                line += f"  (target ≤ {TARGET_S:.0f} s: {'ok' if best <= TARGET_S else 'SLOW'})"
            print(line)
    finally:
        if keep:
            print(f"folder kept: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=20_000, help="rows in the sheet (default 20,000)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    parser.add_argument("--baseline", type=Path, help="a checkout of older code to compare with (git worktree)")
    parser.add_argument("--inline", action="store_true", help="keep the texts inline, as openpyxl saves them")
    parser.add_argument("--keep", action="store_true", help="keep the workbooks")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workbook", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--changed", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(_child(args.child, args.workbook, args.changed, args.folder)))
        return 0
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    run(args.rows, args.rounds, args.baseline, args.inline, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
