"""Benchmark: the app's largest lists on the ``--scale 100`` demo office (about 100,000 records).

Usage (from the project folder)::

    .venv/bin/python benches/bench_lists.py                  # builds the demo in a temp folder
    .venv/bin/python benches/bench_lists.py --data-dir DIR   # reuse a folder built before (--keep)
    .venv/bin/python benches/bench_lists.py --lists activities,party_members --keep

Opens the real main window (offscreen) on the data and, for each list, measures:

* list open — show the page (built on first use: ids queried, first rows read) until its table
  has painted; target < 300 ms;
* search — set text in the search box, flush the debounce (``apply_search``), until repainted;
  the worst of a few searches and of clearing the search; target < 100 ms;
* filter change — choose a value in the filter bar (an enumeration, a date preset, both, then
  清除筛选), until repainted; the worst of them; target < 100 ms;
* sort change — click a header: the list's title column by pinyin (its indexed sort key), both
  ways, a text column without an index (备注 or the like, also by pinyin), then the list's own
  order again, until repainted; the worst of them; target < 100 ms;
* scrolling — page by page from top to bottom, driven by the event loop, while a 1 ms heartbeat
  timer records the longest gap between its ticks (the longest stall anyone would feel);
  target: no stall > 50 ms;

and at the end the process's peak resident memory; target < 400 MB. Each figure is printed
next to its target. Nothing asserts: it reports.
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QEventLoop, QObject, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

OPEN_TARGET_MS = 300.0
SEARCH_TARGET_MS = 100.0
FILTER_TARGET_MS = 100.0
SORT_TARGET_MS = 100.0
STALL_TARGET_MS = 50.0
RSS_TARGET_MB = 400.0
DEFAULT_LISTS = ("visits", "activities", "party_members")
# Words a clerk might type in each list's search box (each matches part of the demo data).
SEARCHES: dict[str, tuple[str, ...]] = {
    "visits": ("走访", "王", "已解决"),
    "activities": ("党", "志愿", "学习"),
    "party_members": ("王", "1508", "张丽"),
    "residents": ("王", "1508"),
    "pairings": ("张",),
}
FALLBACK_SEARCHES = ("王", "1")


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def report(label: str, value: float, unit: str, target: float) -> bool:
    ok = value < target
    print(f"{label}: {value:.0f} {unit} (target < {target:.0f} {unit}) {verdict(ok)}", flush=True)
    return ok


class PaintCounter(QObject):
    """Counts paint events reaching a widget (the table's viewport)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@functools.cache
def _loop() -> QEventLoop:
    return QEventLoop()


def _process() -> None:
    # QEventLoop.processEvents, not QApplication.processEvents: the latter is one of the calls
    # that drop a reference to None (see _NONE_BALLAST).
    _loop().processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def process_until(app: QApplication, condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the list did not paint")
        _process()


def settle(app: QApplication, ms: int = 50) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        _process()


def build(data_dir: Path, scale: int) -> None:
    from db.demo import build_demo
    from db.store import open_store

    started = time.perf_counter()
    with open_store(data_dir, create=True) as store:
        counts = build_demo(store, scale=scale)
    size_mb = (data_dir / "shequ.sqlite").stat().st_size / 1e6
    print(
        f"demo at scale {scale}: {sum(counts.values()):,} records in {time.perf_counter() - started:.1f} s, "
        f"{size_mb:.0f} MB; " + ", ".join(f"{key} {counts[key]:,}" for key in DEFAULT_LISTS if key in counts),
        flush=True,
    )


def measure_open(app: QApplication, window: object, key: str) -> tuple[QWidget, PaintCounter, float]:
    started = time.perf_counter()
    page = window.show_page(key)  # type: ignore[attr-defined]
    counter = PaintCounter(page.table.viewport())
    process_until(app, lambda: counter.count > 0)
    return page, counter, (time.perf_counter() - started) * 1000


def measure_search(app: QApplication, page: QWidget, counter: PaintCounter, key: str) -> tuple[float, str]:
    worst, worst_text = 0.0, ""
    for text in (*SEARCHES.get(key, FALLBACK_SEARCHES), ""):
        settle(app)
        painted = counter.count
        started = time.perf_counter()
        page.search.setText(text)  # type: ignore[attr-defined]
        page.apply_search()  # type: ignore[attr-defined]  # what the debounce timer does when it fires
        process_until(app, lambda painted=painted: counter.count > painted)
        elapsed = (time.perf_counter() - started) * 1000
        rows = page.model.rowCount()  # type: ignore[attr-defined]
        print(f"    search {text or '(cleared)'!r}: {elapsed:.0f} ms, {rows:,} rows", flush=True)
        if elapsed > worst:
            worst, worst_text = elapsed, text or "(cleared)"
    return worst, worst_text


def measure_filters(app: QApplication, page: QWidget, counter: PaintCounter) -> tuple[float, str] | None:
    """Change the filter bar as a clerk would: the first drop-down's second choice, then a date
    preset on top of it (去年, 今年), then 清除筛选; the worst time from a change until the table
    repainted."""
    from desktop.ledgers.filters import LAST_YEAR, THIS_YEAR
    from desktop.ledgers.list_page import ListPage

    assert isinstance(page, ListPage)
    bar = page.filters
    steps: list[tuple[str, Callable[[], None]]] = []
    if bar.combos:
        field, combo = next(iter(bar.combos.items()))
        steps.append((f"{field} = {combo.itemText(1)}", functools.partial(combo.setCurrentIndex, 1)))
    if bar.date_preset is not None:
        preset = bar.date_preset
        for key, name in ((LAST_YEAR, "去年"), (THIS_YEAR, "今年")):
            steps.append(
                (f"+ {bar.date_field}: {name}", functools.partial(preset.setCurrentIndex, preset.findData(key)))
            )
    if not steps:
        return None
    steps.append(("清除筛选", bar.clear_button.click))
    worst, worst_step = 0.0, ""
    for name, change in steps:
        settle(app)
        painted = counter.count

        def repainted(painted: int = painted) -> bool:
            return counter.count > painted

        started = time.perf_counter()
        change()
        process_until(app, repainted)
        elapsed = (time.perf_counter() - started) * 1000
        print(f"    filter {name}: {elapsed:.0f} ms, {page.model.rowCount():,} rows", flush=True)
        if elapsed > worst:
            worst, worst_step = elapsed, name
    return worst, worst_step


def measure_sorts(app: QApplication, page: QWidget, counter: PaintCounter) -> tuple[float, str] | None:
    """Sort by the title column (pinyin, indexed key) both ways, by another text column with a
    pinyin key (no index), then the list's own order again; the worst time until repainted."""
    from sqlmodel import SQLModel

    from db.kinds import kind
    from db.sortkey import sorted_fields
    from desktop.ledgers.list_page import ListPage

    assert isinstance(page, ListPage)
    spec = page.model.spec
    table = SQLModel.metadata.tables[str(kind(spec.kind_key).model.__tablename__)]
    keyed = sorted_fields(table)
    text_columns = [index for index, column in enumerate(spec.columns) if column.field in keyed]
    if not text_columns:
        return None
    indexed = {column.name for index in table.indexes for column in index.columns}
    title = next((i for i in text_columns if keyed[spec.columns[i].field] in indexed), text_columns[0])
    other = next((i for i in text_columns if keyed[spec.columns[i].field] not in indexed), None)
    ascending, descending = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    steps = [(title, ascending), (title, descending)]
    if other is not None:
        steps.append((other, ascending))
    steps.append((spec.sort_column, descending if spec.sort_descending else ascending))
    worst, worst_step = 0.0, ""
    for column, order in steps:
        if (column, order) == (page.model.sort_column, page.model.sort_order):
            continue  # already in that order: nothing to measure
        settle(app)
        painted = counter.count
        name = f"{spec.columns[column].field} {'desc' if order == descending else 'asc'}"
        started = time.perf_counter()
        page.table.sortByColumn(column, order)
        process_until(app, lambda painted=painted: counter.count > painted)
        elapsed = (time.perf_counter() - started) * 1000
        print(f"    sort {name}: {elapsed:.0f} ms, first: {page.model.index(0, column).data()!r}", flush=True)
        if elapsed > worst:
            worst, worst_step = elapsed, name
    return worst, worst_step


def measure_scroll(app: QApplication, page: QWidget) -> tuple[float, int, float]:
    """Scroll page by page to the bottom from the event loop; the longest heartbeat gap (ms),
    the number of steps and the total time (s)."""
    table = page.table  # type: ignore[attr-defined]
    bar = table.verticalScrollBar()
    bar.setValue(0)
    settle(app)
    clock = QElapsedTimer()
    clock.start()
    state = {"last": 0, "longest": 0, "steps": 0}

    def beat() -> None:
        now = clock.elapsed()
        state["longest"] = max(state["longest"], now - state["last"])
        state["last"] = now

    loop = QEventLoop()

    def step() -> None:
        if bar.value() >= bar.maximum():
            loop.quit()
            return
        bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
        state["steps"] += 1

    heartbeat = QTimer()
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(beat)
    scroller = QTimer()
    scroller.setInterval(4)  # fast paging: as quick as someone holding Page Down
    scroller.timeout.connect(step)
    started = time.perf_counter()
    state["last"] = clock.elapsed()
    heartbeat.start()
    scroller.start()
    loop.exec()
    scroller.stop()
    heartbeat.stop()
    return float(state["longest"]), state["steps"], time.perf_counter() - started


class GcWatch:
    """The longest garbage-collector pause and how many full (generation 2) collections ran."""

    def __init__(self) -> None:
        self.started = 0.0
        self.longest_ms = 0.0
        self.full = 0
        gc.callbacks.append(self._on_gc)

    def reset(self) -> None:
        self.longest_ms, self.full = 0.0, 0

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.started = time.perf_counter()
            return
        self.longest_ms = max(self.longest_ms, (time.perf_counter() - self.started) * 1000)
        self.full += info.get("generation") == 2


def peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        try:
            import psutil  # type: ignore[import-not-found]
        except ImportError:
            return None
        info = psutil.Process().memory_info()
        return float(getattr(info, "peak_wset", info.rss)) / 1e6
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1024


def run(data_dir: Path, lists: list[str]) -> bool:
    from db.store import open_store
    from desktop.common.processes import helper_pid
    from desktop.common.workspace import workspace_for
    from desktop.shell.app import make_application
    from desktop.shell.main_window import MainWindow
    from desktop.shell.startup import freeze_start_up_objects

    app = make_application()
    store = open_store(data_dir)
    all_ok = True
    gc_watch = GcWatch()
    try:
        started = time.perf_counter()
        window = MainWindow(workspace_for(store))
        window.resize(1280, 800)
        window.show()
        process_until(app, window.isVisible)
        print(f"main window shown: {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
        freeze_start_up_objects()  # as the app does once its window is up
        settle(app, 200)
        available = set(getattr(window, "_nav_items", {}))
        for key in lists:
            if available and key not in available:
                print(f"list open ({key}): not a list in the app (yet) — skipped", flush=True)
                continue
            home = window.page("home")  # type: ignore[attr-defined]
            checking = bool(getattr(home, "checking", False))
            page, counter, opened = measure_open(app, window, key)
            print(
                f"    the dashboard's check before signing: {'still running' if checking else 'finished'}"
                f" when the list was opened (in the helper process: {helper_pid() or 'not started'})",
                flush=True,
            )
            rows = page.model.rowCount()  # type: ignore[attr-defined]
            all_ok &= report(f"list open ({key}, {rows:,} rows)", opened, "ms", OPEN_TARGET_MS)
            worst, text = measure_search(app, page, counter, key)
            all_ok &= report(f"search refresh ({key}, worst: {text!r})", worst, "ms", SEARCH_TARGET_MS)
            filtered = measure_filters(app, page, counter)
            if filtered is not None:
                all_ok &= report(f"filter change ({key}, worst: {filtered[1]!r})", filtered[0], "ms", FILTER_TARGET_MS)
            sorted_ = measure_sorts(app, page, counter)
            if sorted_ is not None:
                all_ok &= report(f"sort change ({key}, worst: {sorted_[1]!r})", sorted_[0], "ms", SORT_TARGET_MS)
            settle(app)
            gc_watch.reset()
            longest, steps, total = measure_scroll(app, page)
            print(
                f"    garbage collection while scrolling: longest pause {gc_watch.longest_ms:.0f} ms, "
                f"{gc_watch.full} full collections",
                flush=True,
            )
            all_ok &= report(
                f"scroll top to bottom ({key}, {steps} pages in {total:.1f} s), longest stall",
                longest,
                "ms",
                STALL_TARGET_MS,
            )
        window.backups.replaced = True  # type: ignore[attr-defined]  # a benchmark: no copy on close
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents()
    finally:
        store.close()
    rss = peak_rss_mb()
    if rss is None:
        print("peak memory: not measurable here (no resource module, no psutil)")
    else:
        all_ok &= report("peak memory (RSS)", rss, "MB", RSS_TARGET_MB)
    return all_ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=100, help="demo scale when building (default 100)")
    parser.add_argument("--data-dir", type=Path, default=None, help="use this data folder instead of building one")
    parser.add_argument("--lists", default=",".join(DEFAULT_LISTS), help="comma-separated kind keys")
    parser.add_argument("--keep", action="store_true", help="keep the built data folder and print where it is")
    parser.add_argument("--build-into", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build_into is not None:  # the child process that builds the demo
        build(args.build_into, args.scale)
        return 0
    config = Path(tempfile.mkdtemp(prefix="shequ-bench-config-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))  # no real preferences
    folder: Path | None = None
    try:
        if args.data_dir is not None:
            data_dir = args.data_dir
        else:
            folder = Path(tempfile.mkdtemp(prefix="shequ-bench-"))
            data_dir = folder / "data"
            # built in a child process, so the peak memory measured below is the app's alone
            command = [sys.executable, __file__, "--scale", str(args.scale), "--build-into", str(data_dir)]
            subprocess.run(command, check=True, cwd=ROOT)
        ok = run(data_dir, [key.strip() for key in args.lists.split(",") if key.strip()])
        print("all targets met" if ok else "some targets missed", flush=True)
    finally:
        shutil.rmtree(config, ignore_errors=True)
        if folder is not None:
            if args.keep:
                print(f"data folder kept: {data_dir}")
            else:
                shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
