"""导入数据包… as plain data: the background work that imports the files chosen, one after another,
and what the run says afterwards (each file's line, the heading, what it changed). No widgets.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import ShequError
from desktop.city.texts import _t
from desktop.common.exchange_texts import reporter
from desktop.common.import_run import FileOutcome, ImportRun
from desktop.common.tasks import Cancelled

if TYPE_CHECKING:
    from db.exchange.pki import CityAuthority
    from db.store import Store
    from desktop.common.tasks import Progress


def import_files(
    store: Store,
    authority: CityAuthority,
    passphrase: str,
    paths: Sequence[Path],
    progress: Progress,
    *,
    allow_gap: bool = False,
    now: datetime | None = None,
) -> ImportRun:
    """Import ``paths`` one after another — the offices' files first, each office's in the order of
    their numbers, then the streets' forward files (街道转报, whose decisions are on returns those
    files bring), whatever order they were chosen in — each with its own result or refusal. A wrong
    passphrase refuses
    the whole run before any file is opened; Cancel stops between files (or rolls back the file
    being imported)."""
    from db.exchange.bundle import import_bundle, peek_bundle_file
    from db.exchange.data_errors import BundleMissing
    from db.exchange.street_forward import KIND_STREET_TO_CITY

    authority.exchange_key(passphrase)  # CityPassphraseWrong: nothing is tried
    run = ImportRun()
    ordered: list[tuple[tuple[int, str, int, str], FileOutcome]] = []
    for path in paths:
        outcome = FileOutcome(path)
        try:
            header = peek_bundle_file(path)
            outcome.sender = str(header.get("from", ""))
            seq = header.get("seq")
            outcome.seq = seq if isinstance(seq, int) else 0
            street = header.get("kind") == KIND_STREET_TO_CITY  # after the offices' files
            key = (2 if street else 1, outcome.sender, outcome.seq, path.name)
        except ShequError as exc:
            outcome.error = str(exc)
            key = (0, "", 0, path.name)
        ordered.append((key, outcome))
    ordered.sort(key=lambda item: item[0])
    total = len(ordered)
    stopped = False
    for index, (_key, outcome) in enumerate(ordered):
        run.outcomes.append(outcome)
        if outcome.error:
            continue
        if stopped or progress.cancelled:
            stopped, outcome.cancelled = True, True
            continue
        text = _t("正在导入第 {0} 个文件（共 {1} 个）：{2}").format(index + 1, total, outcome.path.name)
        progress.update(index * 1000, total * 1000, text)
        try:
            outcome.result = import_bundle(
                store,
                outcome.path,
                city=authority,
                passphrase=passphrase,
                allow_gap=allow_gap,
                progress=reporter(progress, text, offset=index, parts=total),
                now=now,
            )
        except Cancelled:
            stopped, outcome.cancelled = True, True
        except BundleMissing as exc:
            outcome.missing = exc
        except ShequError as exc:
            outcome.error = str(exc)
    progress.update(total, total, "")
    return run
