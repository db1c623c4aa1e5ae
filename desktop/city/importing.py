"""导入数据包… as plain data: the background work that imports the files chosen, one after another,
and what the run says afterwards (each file's line, the heading, what it changed). No widgets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.changes import NOTHING, Changes
from db.errors import ShequError
from desktop.city.texts import _t
from desktop.common.exchange_texts import missing_text, reporter
from desktop.common.page_parts import ERROR_COLOUR, NEUTRAL_COLOUR, OK_COLOUR, WARNING_COLOUR
from desktop.common.tasks import Cancelled

if TYPE_CHECKING:
    from db.exchange.apply import ApplyResult
    from db.exchange.pki import CityAuthority
    from db.store import Store
    from desktop.common.tasks import Progress


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

    def shown(self) -> tuple[str, str, str]:
        """The file's state in the list of the last import, its colour, and what it says."""
        if self.result is not None:
            if self.result.already_imported:
                return _t("已导入过"), NEUTRAL_COLOUR, self.result.message()
            return _t("已导入"), OK_COLOUR, self.result.message()
        if self.missing is not None:
            return _t("等待"), WARNING_COLOUR, missing_text(self.missing)
        if self.cancelled:
            return _t("已取消"), NEUTRAL_COLOUR, _t("没有导入。")
        return _t("拒收"), ERROR_COLOUR, self.error


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
        return colour, heading, "\n".join(outcome.line() for outcome in self.outcomes)


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
