"""Benchmark: import a 20,000-row sheet of residents in need (帮扶对象) — preview, then commit.

Usage (from the project folder)::

    .venv/bin/python benches/bench_sheets.py              # 20,000 rows
    .venv/bin/python benches/bench_sheets.py --rows 50000 --keep

Builds an office and a workbook the way offices write them (a merged title row, their own
column names, dates as text and as dates, phones as numbers), then times reading the file plus
the preview (conversion, validation, matching against the database), the commit (one
transaction, with its audit entries), and a second preview of the same file (every row now
matches a stored record). Prints each figure next to the target. Nothing asserts timings.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from db.audit import system_actor  # noqa: E402
from db.demo import DEMO_OFFICE_CODE  # noqa: E402
from db.enums import ResidentCategory, ResidentNeed  # noqa: E402
from db.office import OfficeSetup, create_office  # noqa: E402
from db.sheets import build_preview, commit_preview  # noqa: E402
from db.sheets.plan import plan_import  # noqa: E402
from db.store import open_store  # noqa: E402
from db.validation.idcard import check_digit  # noqa: E402

TARGET_S = 10.0
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国海燕玉兰志红文"


def make_workbook(path: Path, rows: int, seed: int = 7, *, change_every: int = 0) -> None:
    """The sheet; with ``change_every`` N, every Nth row has another phone number (an update)."""
    from openpyxl import Workbook

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


def run(rows: int, keep: bool) -> None:
    folder = Path(tempfile.mkdtemp(prefix="shequ-bench-sheets-"))
    data_dir, workbook = folder / "data", folder / "帮扶对象.xlsx"
    try:
        started = time.perf_counter()
        make_workbook(workbook, rows)
        made = time.perf_counter() - started
        print(f"workbook: {rows:,} rows, {workbook.stat().st_size / 1e6:.1f} MB, made in {made:.1f} s")
        with open_store(data_dir, create=True) as store:
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
            counts = preview.counts
            print(
                f"preview: {counts.create:,} new, {counts.update:,} updates, {counts.errors:,} with errors, "
                f"{counts.warnings:,} with warnings"
            )
            print(f"  read + guess + map: {t1 - t0:.2f} s")
            print(f"  preview (convert, validate, match): {t2 - t1:.2f} s")
            print(f"read + preview: {t2 - t0:.2f} s (target < {TARGET_S:.0f} s)")
            print(f"commit: {t3 - t2:.2f} s ({result.created:,} records and their audit entries, one transaction)")
            total = t3 - t0
            verdict = "ok" if total < TARGET_S else "SLOW"
            print(f"total: {total:.2f} s (target < {TARGET_S:.0f} s) {verdict}")

            t4 = time.perf_counter()
            again = plan_import(workbook)
            with store.session(actor) as session:
                second = build_preview(session, again.sheet, again.require_mapping(), office_code=DEMO_OFFICE_CODE)
            t5 = time.perf_counter()
            counts = second.counts
            print(
                f"re-import preview: {t5 - t4:.2f} s (target < {TARGET_S:.0f} s): "
                f"{counts.unchanged:,} unchanged, {counts.create:,} new"
            )
            changed = folder / "帮扶对象-更新.xlsx"
            make_workbook(changed, rows, change_every=10)
            t6 = time.perf_counter()
            update_plan = plan_import(changed)
            with store.session(actor) as session:
                third = build_preview(
                    session, update_plan.sheet, update_plan.require_mapping(), office_code=DEMO_OFFICE_CODE
                )
                t7 = time.perf_counter()
                updated = commit_preview(session, third)
            t8 = time.perf_counter()
            print(
                f"re-import with every 10th phone changed: read + preview {t7 - t6:.2f} s, "
                f"commit {t8 - t7:.2f} s ({updated.updated:,} updates), "
                f"total {t8 - t6:.2f} s (target < {TARGET_S:.0f} s)"
            )
    finally:
        if keep:
            print(f"folder kept: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=20_000, help="rows in the sheet (default 20,000)")
    parser.add_argument("--keep", action="store_true", help="keep the data folder and workbook")
    args = parser.parse_args(argv)
    run(args.rows, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
