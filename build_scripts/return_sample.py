"""Render sample pages of the demo office's signed annual return as PNG (needs poppler's pdftoppm).

    .venv/bin/python build_scripts/return_sample.py                 # docs/return-sample/, pages 1–2
    .venv/bin/python build_scripts/return_sample.py --out DIR --pages 4 --dpi 60 --keep-pdf

The demo office (``db.demo.build_demo``) is made in a temporary folder, its warnings get a
sample explanation, and the return for this year is signed with a throwaway self-signed key.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "return-sample")
    parser.add_argument("--period", default="")
    parser.add_argument("--pages", type=int, default=2)
    parser.add_argument("--dpi", type=int, default=50)
    parser.add_argument("--keep-pdf", action="store_true")
    args = parser.parse_args()

    from db.demo import build_demo
    from db.periods import parse_period
    from db.returns.errors import MissingExplanations
    from db.returns.make import ReturnRequest, make_return
    from db.store import open_store
    from db.timeutil import local_today

    period = parse_period(args.period or str(local_today().year))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "data", create=True)
        build_demo(store)
        explanations: dict[str, str] = {}
        try:
            make_return(store, ReturnRequest(period))
        except MissingExplanations as missing:
            explanations = {
                key: "部分党员年老体弱或长期在外，已安排党支部书记逐一走访，年底前完成认领。"
                for key, _ in missing.items
            }
        request = ReturnRequest(period, sign=True, passphrase="sample-passphrase", explanations=explanations)
        made = make_return(store, request)
        store.close()
        pdf = Path(folder) / "return.pdf"
        pdf.write_bytes(made.pdf)
        for old in args.out.glob("page-*.png"):
            old.unlink()
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                str(args.dpi),
                "-png",
                "-f",
                "1",
                "-l",
                str(args.pages),
                str(pdf),
                str(args.out / "page"),
            ],
            check=True,
        )
        if args.keep_pdf:
            shutil.copy(pdf, args.out / f"return-{period.code}.pdf")
    print(f"written: {', '.join(sorted(p.name for p in args.out.glob('page-*.png')))} in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
