"""Benchmark: the app's lists on the ``--scale 100`` demo office (about 130,000 records).

Usage (from the project folder)::

    .venv/bin/python benches/bench_lists.py                  # builds the demo in a temp folder
    .venv/bin/python benches/bench_lists.py --data-dir DIR   # reuse a folder built before (--keep)
    .venv/bin/python benches/bench_lists.py --lists visits,activities --mode check
    .venv/bin/python benches/bench_lists.py --data-dir DIR --compare /tmp/wt-old --rounds 3

Opens the real main window (offscreen) on the data and, for each list (every list of the
navigation by default, 帮扶记录 / visits included), measures:

* list open — show the page (built on first use: ids queried, first rows read) until its table
  has painted; target ≤ 150 ms;
* search — text committed into the search box at once (as a Pinyin input method commits a
  word), until the list shows that search painted: **the debounce included** (the list decides
  by itself whether to wait for a pause in typing); the worst of a few searches and of clearing
  the search; also printed: the same minus the debounce the list waited (target ≤ 50 ms beyond it);
* filter change — choose a value in the filter bar (an enumeration, a date preset, both, then
  清除筛选), until repainted; the worst of them; target ≤ 50 ms;
* sort change — click a header (title column by pinyin both ways, a text column without an
  index, the list's own order again), until repainted; the worst; for information (≤ 100 ms);
* scrolling — page by page from the top (``--scroll-pages``, default all), driven by the event
  loop, while a 1 ms heartbeat timer records the longest gap between its ticks (the longest stall
  anyone would feel); target: no stall > 50 ms;

and at the end the process's peak resident memory; target < 400 MB. Each figure is printed
next to its target. Nothing asserts: it reports.

``--mode``: ``quiet`` waits until the dashboard's check before signing has finished before the
first list (a quiet start); ``check`` keeps that check running through every measurement (it is
started again whenever it finishes: the helper process is busy all along); ``as-is`` (the
default) measures from the moment the window is up, whatever the check is doing.

``--compare OLD`` runs this script's measurements in fresh processes, interleaved — old, new,
old, new… — for ``--rounds`` rounds in each mode (quiet and check), the old side importing the
code of the folder ``OLD`` (e.g. a ``git worktree`` of the commit before), the new side this
project; each side on its own copy of the data folder. It prints, per list and figure, the best
and the median of each side, and the machine's load (``os.getloadavg()``) at each round.
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
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def _code_root(argv: list[str]) -> Path:
    """The project folder whose code is measured: ``--code DIR`` (the old side of a comparison), else this one."""
    if "--code" in argv:
        return Path(argv[argv.index("--code") + 1]).resolve()
    return ROOT


CODE = _code_root(sys.argv)
if str(CODE) not in sys.path:
    sys.path.insert(0, str(CODE))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QEventLoop, QObject, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

OPEN_TARGET_MS = 150.0
SEARCH_TARGET_MS = 50.0  # beyond any debounce
FILTER_TARGET_MS = 50.0
SORT_TARGET_MS = 100.0
STALL_TARGET_MS = 50.0
RSS_TARGET_MB = 400.0
# Every list of the navigation, the largest first (帮扶记录 / visits: 39,000 at scale 100).
DEFAULT_LISTS = (
    "visits",
    "activities",
    "party_members",
    "residents",
    "pairings",
    "volunteers",
    "partner_units",
    "funding",
    "staff",
    "facilities",
    "party_orgs",
    "awards",
)
# Words a clerk might type in each list's search box (each matches part of the demo data).
SEARCHES: dict[str, tuple[str, ...]] = {
    "visits": ("米面油", "医院", "满意"),
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


def measure_search(app: QApplication, page: QWidget, counter: PaintCounter, key: str) -> tuple[float, float, str, bool]:
    """Commit each search text at once (as an input method does), then wait until the list shows
    it painted: the debounce included. The worst time, the worst beyond the debounce waited, its
    text and whether any search waited for the debounce."""
    timer = getattr(page, "_timer", None)
    interval = timer.interval() if timer is not None else 0
    worst, worst_beyond, worst_text, debounced = 0.0, 0.0, "", False
    for text in (*SEARCHES.get(key, FALLBACK_SEARCHES), ""):
        settle(app)
        painted = counter.count
        started = time.perf_counter()
        page.search.setText(text)  # type: ignore[attr-defined]  # textChanged: the list decides
        waited = bool(timer is not None and timer.isActive())
        model = page.model  # type: ignore[attr-defined]

        def shown(painted: int = painted, text: str = text, model: Any = model) -> bool:
            return model.search_text == text.strip() and counter.count > painted

        process_until(app, shown)
        elapsed = (time.perf_counter() - started) * 1000
        beyond = max(0.0, elapsed - interval) if waited else elapsed
        debounced |= waited
        rows = model.rowCount()
        note = f" (waited for the {interval} ms debounce)" if waited else " (no debounce)"
        print(f"    search {text or '(cleared)'!r}: {elapsed:.0f} ms{note}, {rows:,} rows", flush=True)
        if elapsed > worst:
            worst, worst_text = elapsed, text or "(cleared)"
        worst_beyond = max(worst_beyond, beyond)
    return worst, worst_beyond, worst_text, debounced


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


def measure_scroll(app: QApplication, page: QWidget, max_pages: int | None = None) -> tuple[float, int, float]:
    """Scroll page by page towards the bottom from the event loop (at most ``max_pages`` pages);
    the longest heartbeat gap (ms), the number of steps and the total time (s)."""
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
        if bar.value() >= bar.maximum() or (max_pages is not None and state["steps"] >= max_pages):
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


class CheckKeeper:
    """Keeps the dashboard's check before signing running (``check`` mode): started again as soon
    as it finishes, so every measurement happens while the helper process works."""

    def __init__(self, home: object) -> None:
        self.home = home
        self.restarts = 0
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._poke)

    def start(self) -> None:
        self._poke()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _poke(self) -> None:
        if not getattr(self.home, "checking", True):
            self.home.check_before_signing()  # type: ignore[attr-defined]
            self.restarts += 1


def run(
    data_dir: Path, lists: list[str], mode: str = "as-is", scroll_pages: int | None = None
) -> tuple[bool, dict[str, dict[str, float]]]:
    from db.store import open_store
    from desktop.common.processes import helper_pid
    from desktop.common.workspace import workspace_for
    from desktop.shell.app import make_application
    from desktop.shell.main_window import MainWindow
    from desktop.shell.startup import freeze_start_up_objects

    app = make_application()
    store = open_store(data_dir)
    all_ok = True
    figures: dict[str, dict[str, float]] = {}
    gc_watch = GcWatch()
    keeper: CheckKeeper | None = None
    try:
        started = time.perf_counter()
        window = MainWindow(workspace_for(store))
        window.resize(1280, 800)
        window.show()
        process_until(app, window.isVisible)
        print(f"main window shown: {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
        freeze_start_up_objects()  # as the app does once its window is up
        settle(app, 200)
        home = window.page("home")  # type: ignore[attr-defined]
        if mode == "quiet":
            waited = time.perf_counter()
            process_until(app, lambda: not getattr(home, "checking", False), timeout_s=300)
            settle(app, 300)
            print(
                f"quiet start: the check before signing finished after {time.perf_counter() - waited:.1f} s", flush=True
            )
        elif mode == "check":
            keeper = CheckKeeper(home)
            keeper.start()
            settle(app, 200)
            print("the check before signing is kept running through every measurement", flush=True)
        available = set(getattr(window, "_nav_items", {}))
        for key in lists:
            if available and key not in available:
                print(f"list open ({key}): not a list in the app (yet) — skipped", flush=True)
                continue
            checking = bool(getattr(home, "checking", False))
            page, counter, opened = measure_open(app, window, key)
            print(
                f"    the dashboard's check before signing: {'running' if checking else 'not running'}"
                f" when the list was opened (in the helper process: {helper_pid() or 'not started'})",
                flush=True,
            )
            rows = page.model.rowCount()  # type: ignore[attr-defined]
            got = figures.setdefault(key, {})
            got["rows"] = rows
            got["open"] = opened
            all_ok &= report(f"list open ({key}, {rows:,} rows)", opened, "ms", OPEN_TARGET_MS)
            worst, beyond, text, debounced = measure_search(app, page, counter, key)
            got["search"], got["search_beyond_debounce"] = worst, beyond
            print(
                f"search, keystroke to painted, debounce included ({key}, worst: {text!r}): {worst:.0f} ms"
                + (" (some searches waited for the debounce)" if debounced else " (no debounce)"),
                flush=True,
            )
            all_ok &= report(f"search beyond the debounce ({key})", beyond, "ms", SEARCH_TARGET_MS)
            filtered = measure_filters(app, page, counter)
            if filtered is not None:
                got["filter"] = filtered[0]
                all_ok &= report(f"filter change ({key}, worst: {filtered[1]!r})", filtered[0], "ms", FILTER_TARGET_MS)
            sorted_ = measure_sorts(app, page, counter)
            if sorted_ is not None:
                got["sort"] = sorted_[0]
                report(f"sort change ({key}, worst: {sorted_[1]!r})", sorted_[0], "ms", SORT_TARGET_MS)
            settle(app)
            gc_watch.reset()
            longest, steps, total = measure_scroll(app, page, scroll_pages)
            got["scroll_stall"] = longest
            print(
                f"    garbage collection while scrolling: longest pause {gc_watch.longest_ms:.0f} ms, "
                f"{gc_watch.full} full collections",
                flush=True,
            )
            all_ok &= report(
                f"scroll ({key}, {steps} pages in {total:.1f} s), longest stall",
                longest,
                "ms",
                STALL_TARGET_MS,
            )
        if keeper is not None:
            keeper.stop()
            print(f"the check before signing was started {keeper.restarts} times", flush=True)
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
        figures.setdefault("process", {})["peak_rss_mb"] = rss
        all_ok &= report("peak memory (RSS)", rss, "MB", RSS_TARGET_MB)
    return all_ok, figures


METRICS = (
    ("open", OPEN_TARGET_MS),
    ("search", None),
    ("search_beyond_debounce", SEARCH_TARGET_MS),
    ("filter", FILTER_TARGET_MS),
    ("sort", SORT_TARGET_MS),
    ("scroll_stall", STALL_TARGET_MS),
)


def compare(
    old: Path, data_dir: Path, lists: list[str], rounds: int, modes: list[str], scroll_pages: int | None
) -> None:
    """Old and new side by side in fresh processes, interleaved, each on its own copy of the data."""
    import json
    import statistics

    work = Path(tempfile.mkdtemp(prefix="shequ-bench-lists-"))
    try:
        copies = {}
        for side in ("old", "new"):
            copies[side] = work / side
            shutil.copytree(data_dir, copies[side], ignore=shutil.ignore_patterns("shequ.lock", "backups"))
        code = {"old": old.resolve(), "new": ROOT}
        results: dict[tuple[str, str], list[dict[str, dict[str, float]]]] = {}
        loads: list[str] = []
        for number in range(1, rounds + 1):
            for mode in modes:
                for side in ("old", "new"):
                    load = os.getloadavg()
                    loads.append(f"round {number} {mode} {side}: load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
                    print(f"=== round {number}, {mode}, {side} ({code[side]}); {loads[-1]}", flush=True)
                    command = [
                        sys.executable,
                        str(Path(__file__).resolve()),
                        "--code",
                        str(code[side]),
                        "--data-dir",
                        str(copies[side]),
                        "--lists",
                        ",".join(lists),
                        "--mode",
                        mode,
                        "--json",
                    ]
                    if scroll_pages is not None:
                        command += ["--scroll-pages", str(scroll_pages)]
                    env = {**os.environ, "PYTHONPATH": str(code[side])}
                    done = subprocess.run(command, check=False, cwd=code[side], env=env, capture_output=True, text=True)
                    lines = done.stdout.splitlines()
                    found = [line[len("RESULT ") :] for line in lines if line.startswith("RESULT ")]
                    if done.returncode != 0 or not found:
                        print(done.stdout[-3000:], done.stderr[-3000:], flush=True)
                        continue
                    results.setdefault((mode, side), []).append(json.loads(found[-1]))
        print("\n=== best / median over the rounds (ms); old = the folder given, new = this project", flush=True)
        for mode in modes:
            print(f"--- {mode}", flush=True)
            for key in lists:
                for metric, target in METRICS:
                    row = []
                    for side in ("old", "new"):
                        values = [r[key][metric] for r in results.get((mode, side), []) if metric in r.get(key, {})]
                        row.append(
                            f"{side} {min(values):.0f} / {statistics.median(values):.0f}" if values else f"{side} —"
                        )
                    goal = f"(target ≤ {target:.0f})" if target is not None else "(debounce included)"
                    print(f"{key:14} {metric:23} {row[0]:>18}   {row[1]:>18}   {goal}", flush=True)
        for line in loads:
            print(line)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=100, help="demo scale when building (default 100)")
    parser.add_argument("--data-dir", type=Path, default=None, help="use this data folder instead of building one")
    parser.add_argument("--lists", default=",".join(DEFAULT_LISTS), help="comma-separated kind keys")
    parser.add_argument("--mode", choices=("as-is", "quiet", "check"), default="as-is", help="see the module")
    parser.add_argument("--scroll-pages", type=int, default=None, help="scroll at most this many pages per list")
    parser.add_argument("--compare", type=Path, default=None, help="the old code's project folder (a worktree)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds with --compare (default 3)")
    parser.add_argument("--modes", default="quiet,check", help="modes compared with --compare")
    parser.add_argument("--keep", action="store_true", help="keep the built data folder and print where it is")
    parser.add_argument("--code", type=Path, default=None, help=argparse.SUPPRESS)  # read before the imports
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # a child of --compare
    parser.add_argument("--build-into", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build_into is not None:  # the child process that builds the demo
        build(args.build_into, args.scale)
        return 0
    config = Path(tempfile.mkdtemp(prefix="shequ-bench-config-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))  # no real preferences
    folder: Path | None = None
    lists = [key.strip() for key in args.lists.split(",") if key.strip()]
    try:
        if args.data_dir is not None:
            data_dir = args.data_dir
        else:
            folder = Path(tempfile.mkdtemp(prefix="shequ-bench-"))
            data_dir = folder / "data"
            # built in a child process, so the peak memory measured below is the app's alone
            command = [sys.executable, __file__, "--scale", str(args.scale), "--build-into", str(data_dir)]
            subprocess.run(command, check=True, cwd=ROOT)
        if args.compare is not None:
            modes = [mode.strip() for mode in args.modes.split(",") if mode.strip()]
            compare(args.compare, data_dir, lists, args.rounds, modes, args.scroll_pages)
            return 0
        load = os.getloadavg()
        print(f"code: {CODE}; mode: {args.mode}; load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}", flush=True)
        ok, figures = run(data_dir, lists, args.mode, args.scroll_pages)
        print("all targets met" if ok else "some targets missed", flush=True)
        if args.json:
            import json

            print("RESULT " + json.dumps(figures), flush=True)
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
