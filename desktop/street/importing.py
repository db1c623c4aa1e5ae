"""导入社区数据包… as plain data: the background work that imports the street's copies chosen (files,
or every street copy for this street in a folder), one after another, and what the run says
afterwards (each file's line, the heading, what it changed). No widgets."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import ShequError
from desktop.common.import_run import FileOutcome, ImportRun
from desktop.street.texts import _t

if TYPE_CHECKING:
    from db.exchange.street import StreetInstallation
    from db.store import Store
    from desktop.common.tasks import Progress

STREET_COPY_PREFIX = "street-"


def street_copies_in(folder: Path, street_code: str) -> list[Path]:
    """The street's copies for ``street_code`` in ``folder`` (``street-<code>-<office>-<seq>.shequ``), by name."""
    prefix = f"{STREET_COPY_PREFIX}{street_code}-"
    try:
        return sorted(path for path in folder.iterdir() if path.name.startswith(prefix) and path.suffix == ".shequ")
    except OSError:
        return []


def import_files(
    store: Store,
    street: StreetInstallation,
    passphrase: str,
    paths: Sequence[Path],
    progress: Progress,
    *,
    allow_gap: bool = False,
) -> ImportRun:
    """Import the street's copies ``paths`` one after another — each office's in the order of their
    numbers, whatever order they were chosen in — each with its own result or refusal. A wrong
    passphrase refuses the whole run before any file is opened; Cancel stops between files."""
    from db.exchange.data_errors import BundleMissing
    from db.exchange.envelope import MAX_HEADER_BYTES, peek_header
    from db.exchange.street_import import import_street_copy

    street.key(passphrase)  # StreetPassphraseWrong: nothing is tried
    ordered: list[tuple[tuple[int, str, int, str], FileOutcome]] = []
    for path in paths:
        outcome = FileOutcome(path)
        try:
            with path.open("rb") as handle:
                header = peek_header(handle.read(MAX_HEADER_BYTES + 1))
            outcome.sender = str(header.get("from", ""))
            seq = header.get("seq")
            outcome.seq = seq if isinstance(seq, int) else 0
            key = (1, outcome.sender, outcome.seq, path.name)
        except OSError as exc:
            outcome.error = _t("无法读取这个文件（{0}），没有导入。").format(exc.strerror or exc)
            key = (0, "", 0, path.name)
        except ShequError as exc:
            outcome.error = str(exc)
            key = (0, "", 0, path.name)
        ordered.append((key, outcome))
    ordered.sort(key=lambda item: item[0])
    run = ImportRun()
    total = len(ordered)
    for index, (_key, outcome) in enumerate(ordered):
        run.outcomes.append(outcome)
        if outcome.error:
            continue
        if progress.cancelled:
            outcome.cancelled = True
            continue
        progress.update(
            index, total, _t("正在导入第 {0} 个文件（共 {1} 个）：{2}").format(index + 1, total, outcome.path.name)
        )
        try:
            outcome.result = import_street_copy(store, street, outcome.path, passphrase, allow_gap=allow_gap)
        except BundleMissing as exc:
            outcome.missing = exc
        except ShequError as exc:
            outcome.error = str(exc)
    progress.update(total, total, "")
    return run
