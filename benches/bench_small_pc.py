"""Benchmark: the app on a small office PC — 2 GB of memory for everything it runs.

Usage (from the project folder, as root: it makes a memory cgroup)::

    .venv/bin/python benches/bench_small_pc.py                       # 2 GB, builds the scale-100 demo
    .venv/bin/python benches/bench_small_pc.py --memory 2G --data-dir DIR --bundle dist/shequ

Puts its children in a memory cgroup limited to ``--memory`` (cgroup v2 ``memory.max``, or v1
``memory.limit_in_bytes`` with swap included), so that they get that much memory and no more, page
cache included, as on a PC with 2 GB free. In it, on copies of the scale-100 demo office (about
130,000 records; one administrator without a password, so no sign-in stops the start):

1. the built bundle (``--bundle``, ``shequw``) starts on the office until its first page is ready
   (``SHEQU_REPORT_SHOWN``) and quits: the seconds it took and its exit code;
2. ``benches/bench_lists.py --mode check`` runs every list of the navigation with the check before
   signing running beside it, and prints each figure next to its target (open ≤ 150 ms, search ≤ 50 ms
   beyond the debounce, filter ≤ 50 ms, no stall > 50 ms, RSS < 400 MB).

Then prints the cgroup's peak memory against the limit and how often the kernel had to refuse memory
(``failcnt`` on v1). Without a writable cgroup (not root, or none mounted) it says so and stops: a
``ulimit -v`` would limit address space, not memory, and Qt reserves far more address space than it
uses. Nothing asserts; it reports.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benches"))

V2_ROOT = Path("/sys/fs/cgroup")
V1_ROOT = Path("/sys/fs/cgroup/memory")
START_TARGET = 10.0  # seconds to the first page of the scale-100 office, from a cold process


def parse_size(text: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    text = text.strip().upper().removesuffix("B")
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


class MemoryGroup:
    """A memory cgroup of its own (v2 when the unified hierarchy has the controller, else v1)."""

    def __init__(self, limit: int) -> None:
        name = f"shequ-small-pc-{os.getpid()}"
        self.limit = limit
        if (V2_ROOT / "cgroup.controllers").is_file() and "memory" in (V2_ROOT / "cgroup.controllers").read_text():
            self.version = 2
            self.folder = V2_ROOT / name
            self.folder.mkdir()
            (self.folder / "memory.max").write_text(str(limit))
            if (self.folder / "memory.swap.max").exists():
                (self.folder / "memory.swap.max").write_text("0")  # no escape into swap
        elif (V1_ROOT / "memory.limit_in_bytes").is_file():
            self.version = 1
            self.folder = V1_ROOT / name
            self.folder.mkdir()
            (self.folder / "memory.limit_in_bytes").write_text(str(limit))
            swap = self.folder / "memory.memsw.limit_in_bytes"
            if swap.exists():
                swap.write_text(str(limit))  # memory + swap: no escape into swap
        else:
            raise OSError("no memory cgroup controller is mounted here")

    def enter(self) -> None:
        """Put the calling process in the group (a child's preexec_fn)."""
        (self.folder / "cgroup.procs").write_text(str(os.getpid()))

    def peak(self) -> int | None:
        name = "memory.peak" if self.version == 2 else "memory.max_usage_in_bytes"
        path = self.folder / name
        return int(path.read_text()) if path.exists() else None

    def refusals(self) -> str:
        if self.version == 1:
            return f"the kernel refused memory {int((self.folder / 'memory.failcnt').read_text())} times"
        events = dict(line.split() for line in (self.folder / "memory.events").read_text().splitlines())
        return f"memory.events: max {events.get('max', '?')}, oom {events.get('oom', '?')}"

    def remove(self) -> None:
        for _ in range(50):
            try:
                self.folder.rmdir()
                return
            except OSError:
                time.sleep(0.1)


def run_in(group: MemoryGroup, command: list[str], env: dict[str, str], timeout: float) -> tuple[int, str, float]:
    started = time.perf_counter()
    done = subprocess.run(
        command,
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=group.enter,  # joins the group before it runs (this process has no other threads)
        check=False,
    )
    return done.returncode, done.stdout + done.stderr, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memory", default="2G", help="the memory the app gets (default 2G)")
    parser.add_argument("--data-dir", type=Path, help="a scale-100 data folder to copy (else the demo is built)")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "shequ", help="the built bundle's folder")
    args = parser.parse_args()
    from bench_startup import leave_one_administrator, make_office

    limit = parse_size(args.memory)
    try:
        group = MemoryGroup(limit)
    except OSError as exc:
        print(f"cannot limit memory here ({exc}); run as root on a machine with a memory cgroup")
        return 2
    with tempfile.TemporaryDirectory(prefix="shequ-bench-small-") as tmp:
        folder = Path(tmp)
        env = dict(os.environ)
        env.pop("SHEQU_DATA_DIR", None)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(folder / "config"),
            XDG_STATE_HOME=str(folder / "state"),
        )
        base = folder / "office"
        if args.data_dir is not None:
            shutil.copytree(args.data_dir, base, ignore=shutil.ignore_patterns("backups", "*.lock"))
        else:
            print("building the scale-100 demo office…", flush=True)
            make_office(base, 100, {**env, "PYTHONPATH": str(ROOT)}, ROOT)
        leave_one_administrator(base)
        print(f"memory cgroup v{group.version}: {limit / (1 << 20):,.0f} MB for everything below", flush=True)
        try:
            exe = args.bundle / ("shequw.exe" if os.name == "nt" else "shequw")
            if exe.is_file():
                office = folder / "bundle-office"
                shutil.copytree(base, office)
                code, out, seconds = run_in(
                    group,
                    [str(exe), "--data-dir", str(office)],
                    {**env, "SHEQU_REPORT_SHOWN": "1", "SHEQU_SMOKE_QUIT_AFTER_MS": "0"},
                    timeout=180,
                )
                ready = "shequ: main window ready" in out
                verdict = "ok" if ready and code == 0 and seconds <= START_TARGET else "MISSED"
                print(
                    f"the bundle's start to its first page: {seconds:.1f} s, exit {code}, "
                    f"{'ready' if ready else 'never ready'} (target ≤ {START_TARGET:g} s: {verdict})",
                    flush=True,
                )
                if not ready or code != 0:
                    print(out[-3000:])
            else:
                print(f"(no bundle at {args.bundle}: run bash build_scripts/build.sh to start it too)")
            lists = folder / "lists-office"
            shutil.copytree(base, lists)
            code, out, seconds = run_in(
                group,
                [sys.executable, str(ROOT / "benches" / "bench_lists.py"), "--data-dir", str(lists), "--mode", "check"],
                env,
                timeout=1800,
            )
            print(f"bench_lists.py --mode check in the group ({seconds:.0f} s, exit {code}):")
            print(out.rstrip())
            peak = group.peak()
            peak_text = f"{peak / (1 << 20):,.0f} MB" if peak is not None else "not reported by this kernel"
            print(f"peak memory of the group: {peak_text} of {limit / (1 << 20):,.0f} MB; {group.refusals()}")
        finally:
            group.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main())
