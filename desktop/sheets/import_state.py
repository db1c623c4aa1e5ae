"""What the import wizard knows so far, and the work it hands to the background, as plain Python.

:class:`ImportState` holds the file's plan (and which file, sheet and version it was read from),
the preview (and the column mapping it was built with) and the commit's result; it decides when a
step can be kept as it is — the same file unchanged, the same columns — and when it must be done
again. The ``*_job`` functions build what runs on a worker thread (they touch no widget; the
database is opened inside). :class:`ImportSteps` is what a step of the wizard asks of the wizard,
so that the step modules need not know the wizard's class.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from db.changes import Changes
from db.sheets import ColumnMapping, CommitResult, ImportPlan, MappingMemory, Preview

if TYPE_CHECKING:
    from db.audit import Actor
    from db.store import Store
    from desktop.common.tasks import Progress

Stamp = tuple[int, int]
Source = tuple[Path, str | None, Stamp | None]
"""A file, the sheet chosen in it (None: the one that looks most like a ledger), and its stamp."""


def file_stamp(path: Path) -> Stamp | None:
    """When ``path`` was last written, and its size: a file saved again is read again."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def source_of(path: Path, sheet: str | None) -> Source:
    return path, sheet, file_stamp(path)


@dataclass
class ImportState:
    """The wizard's progress through one import."""

    busy: bool = False
    """A file is being read, rows checked or written (in the background)."""
    plan: ImportPlan | None = None
    plan_source: Source | None = None
    preview: Preview | None = None
    preview_mapping: ColumnMapping | None = None
    commit_result: CommitResult | None = None

    def has_plan_for(self, source: Source) -> bool:
        """The same file and sheet, unchanged since it was read: the choices made stay."""
        return self.plan is not None and self.plan_source == source

    def planned(self, plan: ImportPlan, source: Source) -> None:
        self.plan = plan
        self.plan_source = source
        self.forget_preview()

    def has_preview_for(self, mapping: ColumnMapping) -> bool:
        """The rows were checked with these very columns (and not written yet)."""
        return self.preview is not None and self.preview_mapping == mapping and not self.preview.committed

    def previewed(self, preview: Preview, mapping: ColumnMapping) -> None:
        self.preview = preview
        self.preview_mapping = mapping

    def forget_preview(self) -> None:
        self.preview = self.preview_mapping = None


def import_changes(kind_key: str, result: CommitResult) -> Changes:
    """What a commit changed: the result's own :class:`Changes` when it says, else the records
    of ``kind_key`` it created or updated."""
    said = getattr(result, "changes", None)
    if isinstance(said, Changes):
        return said
    ids = (*result.created_ids, *result.updated_ids)
    return Changes.of_records(kind_key, ids) if ids else Changes()


def remember_mapping(memory: MappingMemory, mapping: ColumnMapping) -> None:
    """Keep the columns chosen for the next file with the same headers (a failure only costs
    typing next time)."""
    with contextlib.suppress(OSError):
        memory.remember(mapping)


# --- the work, for a worker thread -----------------------------------------------------------


def sheets_job(path: Path) -> Callable[[Progress], list[str]]:
    """The visible sheets of ``path`` ([] for a CSV file), after the file's checks."""

    def work(progress: Progress) -> list[str]:
        from db.sheets import sheet_names

        return sheet_names(path)

    return work


def plan_job(path: Path, sheet: str | None, memory: MappingMemory) -> Callable[[Progress], ImportPlan]:
    """Read the file and guess its ledger and columns."""

    def work(progress: Progress) -> ImportPlan:
        from db.sheets import plan_import

        plan = plan_import(path, sheet=sheet, memory=memory)
        progress.check()
        return plan

    return work


def preview_job(
    store: Store, plan: ImportPlan, mapping: ColumnMapping, office_code: str | None, checking: str
) -> Callable[[Progress], Preview]:
    """Check every row against the ledger (nothing is written); ``checking`` says how far, with
    ``{0}`` / ``{1}`` for the rows done and all of them."""

    def work(progress: Progress) -> Preview:
        from db.sheets import build_preview

        def report(done: int, total: int) -> None:
            progress.check()
            progress.update(done, total, checking.format(done, total))

        with store.session() as session:
            return build_preview(session, plan.sheet, mapping, office_code=office_code, progress=report)

    return work


def commit_job(store: Store, actor: Actor, preview: Preview, writing: str) -> Callable[[Progress], CommitResult]:
    """Write the good rows in one transaction; a cancel rolls the whole import back."""

    def work(progress: Progress) -> CommitResult:
        from db.sheets import commit_preview

        def report(done: int, total: int) -> None:
            progress.check()  # a cancel rolls the whole import back
            progress.update(done, total, writing.format(done, total))

        with store.session(actor) as session:
            return commit_preview(session, preview, progress=report)

    return work


class ImportSteps(Protocol):
    """What a step of the wizard asks of the wizard (:class:`desktop.sheets.import_wizard.ImportWizard`)."""

    state: ImportState

    def list_sheets(
        self, path: Path, done: Callable[[list[str]], None], failed: Callable[[BaseException], None]
    ) -> None: ...

    def read_plan(self, path: Path, sheet: str | None) -> None: ...

    def make_preview(self, plan: ImportPlan, mapping: ColumnMapping) -> None: ...

    def commit(self) -> None: ...

    def offer_template(self) -> None: ...
