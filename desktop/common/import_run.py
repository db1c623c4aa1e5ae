"""What an import of several exchange files says, as plain data — shared by the city's 导入数据包… and the
street's 导入社区数据包…: each file's outcome (imported, imported before, waiting for an earlier bundle,
cancelled, refused), its line and its place in the list, and the run's heading, colour and changes. No
widgets; the work that fills it is each window's ``importing.import_files``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.changes import NOTHING, Changes
from desktop.common.exchange_texts import _t, missing_text
from desktop.common.page_parts import ERROR_COLOUR, NEUTRAL_COLOUR, OK_COLOUR, WARNING_COLOUR

if TYPE_CHECKING:
    from db.exchange.apply import ApplyResult


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
