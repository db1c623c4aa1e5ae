"""导入社区数据包… as plain data: the background work that imports the street's copies chosen (files,
or every street copy for this street in a folder), one after another, and what the run says
afterwards (each file's line, the heading, what it changed). No widgets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.changes import NOTHING, Changes
from db.errors import ShequError
from desktop.common.exchange_texts import missing_text
from desktop.common.page_parts import ERROR_COLOUR, NEUTRAL_COLOUR, OK_COLOUR, WARNING_COLOUR
from desktop.street.texts import _t

if TYPE_CHECKING:
    from db.exchange.apply import ApplyResult
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


@dataclass
class FileOutcome:
    """What became of one file of an import."""

    path: Path
    sender: str = ""
    seq: int = 0
    result: ApplyResult | None = None
    error: str = ""
    missing: Any = None  # the BundleMissing refusal: waiting for an earlier bundle
    cancelled: bool = False

    @property
    def imported(self) -> bool:
        return self.result is not None and not self.result.already_imported

    def line(self) -> str:
        if self.result is not None:
            mark = "＝" if self.result.already_imported else "✔"
            return f"{mark} {self.path.name}：{self.result.message()}"
        if self.missing is not None:
            return f"… {self.path.name}：{missing_text(self.missing)}"
        if self.cancelled:
            return "— " + _t("{0}：已取消，没有导入。").format(self.path.name)
        return f"✘ {self.path.name}：{self.error}"


@dataclass
class ImportRun:
    outcomes: list[FileOutcome] = field(default_factory=list)

    @property
    def waiting(self) -> list[FileOutcome]:
        """The files refused because an earlier bundle of their office has not been imported."""
        return [outcome for outcome in self.outcomes if outcome.missing is not None]

    def changes(self) -> Changes:
        """What the files imported changed (nothing for those refused, waiting or imported before)."""
        found = NOTHING
        for outcome in self.outcomes:
            if outcome.result is not None:
                found |= outcome.result.changes
        return found

    def after(self, previous: ImportRun) -> ImportRun:
        """The second round (the files that waited, now imported with the gap recorded) in the
        places of the first round's files."""
        by_path = {outcome.path: outcome for outcome in self.outcomes}
        return ImportRun([by_path.get(outcome.path, outcome) for outcome in previous.outcomes])

    def summary(self, *, allow_gap: bool) -> tuple[str, str, str]:
        """The colour, heading and text of the run's result."""
        imported = sum(1 for outcome in self.outcomes if outcome.imported)
        again = sum(1 for outcome in self.outcomes if outcome.result is not None and outcome.result.already_imported)
        refused = sum(1 for outcome in self.outcomes if outcome.error)
        waited = len(self.waiting) if not allow_gap else 0
        cancelled = sum(1 for outcome in self.outcomes if outcome.cancelled)
        parts = [_t("导入 {0} 个").format(imported)]
        if again:
            parts.append(_t("以前已导入过 {0} 个（没有改动）").format(again))
        if waited:
            parts.append(_t("等待缺少的数据包 {0} 个").format(waited))
        if refused:
            parts.append(_t("拒收 {0} 个").format(refused))
        if cancelled:
            parts.append(_t("取消 {0} 个").format(cancelled))
        heading = _t("{0} 个文件：").format(len(self.outcomes)) + "，".join(parts)
        colour = ERROR_COLOUR if refused else WARNING_COLOUR if waited or cancelled else OK_COLOUR
        if not self.outcomes:
            colour = NEUTRAL_COLOUR
        return colour, heading, "\n".join(outcome.line() for outcome in self.outcomes)


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
