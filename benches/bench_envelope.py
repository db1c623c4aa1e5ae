"""Benchmark: sealing and opening a bundle (JWS in JWE, jwcrypto) with a large payload.

    .venv/bin/python benches/bench_envelope.py              # 20 MB of random bytes, 5 rounds
    git worktree add /tmp/wt-old cc88e89
    .venv/bin/python benches/bench_envelope.py --baseline /tmp/wt-old --mb 30 --rounds 7

Random bytes stand for the compressed payload (compression is the caller's job). Prints, for an
office → city bundle (ECDH-ES+A256KW) and a device bundle (PBES2-HS512+A256KW, 600,000 rounds of
PBKDF2), the best and median time to seal and to open over interleaved rounds (each side — a
baseline checkout first, then this one, alternating — in a fresh process per round), the file size
against the payload (two layers of base64: ≈ 1.78 ×), how often the opening reported progress while
decrypting and its longest gap, the machine's load, and the peak memory of one seal + open in a
fresh process. Target: seal + open of 20 MB well under 1 s. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

TARGET = 1.0
CITY_PASSPHRASE = "bench-city-passphrase"
OFFICE_PASSPHRASE = "bench-office-passphrase"
DEVICE_PASSPHRASE = "bench-device-passphrase"
CODE = "150802001001"


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def _world(folder: Path) -> tuple[Any, Any]:
    from db.exchange.pki import CityAuthority, install_issued, make_request
    from db.returns.sign import KeyStore

    city = CityAuthority(folder / "city")
    city.init("巴彦淖尔市", CITY_PASSPHRASE)
    keys = KeyStore(folder / "office")
    issued = city.issue(make_request(keys, OFFICE_PASSPHRASE, CODE, "胜利社区"), CITY_PASSPHRASE)
    install_issued(keys, issued.file_bytes())
    return city, keys


def _child(root: Path, megabytes: int) -> dict[str, dict[str, float]]:
    """One seal and one open of each case with ``root``'s code (in a fresh process)."""
    sys.path.insert(0, str(root))
    import inspect

    from db.exchange.envelope import open_sealed, seal_for_recipient, seal_with_passphrase
    from db.exchange.pki import office_trust_policy

    payload = os.urandom(megabytes * 1024 * 1024)
    reporting = "progress" in inspect.signature(open_sealed).parameters  # older code: a silent decryption
    reports: list[float] = []

    def report(_done: int, _total: int) -> None:
        reports.append(time.perf_counter())

    progress: dict[str, Any] = {"progress": report} if reporting else {}
    found: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        city, keys = _world(Path(folder))
        office = keys.load(OFFICE_PASSPHRASE)
        exchange_key, exchange_cert = city.exchange_key(CITY_PASSPHRASE), city.exchange_certificate()
        trust = city.trust_policy(CODE)
        header = {"kind": "office-to-city", "from": CODE, "to": "city", "seq": 1, "prev": None}
        device_header = {**header, "kind": "device", "to": CODE}
        cases = {
            "office → city": (
                lambda: seal_for_recipient(payload, header, office, exchange_cert),
                lambda data: open_sealed(
                    data, trust=trust, recipient_key=exchange_key, recipient_cert=exchange_cert, **progress
                ),
            ),
            "device": (
                lambda: seal_with_passphrase(payload, device_header, office, DEVICE_PASSPHRASE),
                lambda data: open_sealed(
                    data, trust=office_trust_policy(keys, CODE), passphrase=DEVICE_PASSPHRASE, **progress
                ),
            ),
        }
        for name, (seal, unseal) in cases.items():
            sealed_s, data = _timed(seal)
            reports.clear()
            started = time.perf_counter()
            opened_s, opened = _timed(partial(unseal, data))
            moments = [started, *reports, started + opened_s]
            assert opened.payload == payload
            found[name] = {
                "seal": sealed_s,
                "open": opened_s,
                "size": len(data) / len(payload),
                "reports": len(reports),
                "gap": max(later - earlier for earlier, later in itertools.pairwise(moments)),
            }
            del data, opened
    return found


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def _measure(megabytes: int, rounds: int, baseline: Path | None) -> None:
    sides = [("baseline", baseline)] if baseline is not None else []
    sides.append(("this tree", ROOT))
    results: dict[str, list[dict[str, dict[str, float]]]] = {name: [] for name, _root in sides}
    print(f"payload: {megabytes} MB random bytes, {rounds} interleaved rounds, a fresh process per side and round")
    print(f"load before: {_load()}")
    for number in range(rounds):
        for name, root in sides if number % 2 == 0 else sides[::-1]:
            command = [sys.executable, str(Path(__file__).resolve()), "--child", str(root), "--mb", str(megabytes)]
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise SystemExit(f"the run in {root} failed:\n{done.stderr[-3000:]}")
            results[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"load after: {_load()}")
    for case in ("office → city", "device"):
        print(f"  {case}, best / median:")
        for name, _root in sides:
            runs = [found[case] for found in results[name]]
            seals, opens = [run["seal"] for run in runs], [run["open"] for run in runs]
            total = min(seals) + min(opens)
            verdict = "OK" if total < TARGET else "over target"
            print(
                f"    {name:<9}: seal {min(seals):.3f} / {statistics.median(seals):.3f} s, "
                f"open {min(opens):.3f} / {statistics.median(opens):.3f} s; together {total:.3f} s vs target "
                f"{TARGET:.1f} s: {verdict}; file {runs[-1]['size']:.3f} × payload; the opening reported "
                f"progress {runs[-1]['reports']:.0f} times, longest gap {max(run['gap'] for run in runs) * 1000:.0f} ms"
            )
        if baseline is not None:
            old = [found[case] for found in results["baseline"]]
            new = [found[case] for found in results["this tree"]]
            for key in ("seal", "open"):
                before, after = [run[key] for run in old], [run[key] for run in new]
                print(
                    f"    {key} new/old: best {min(after) / min(before):.2f}, "
                    f"median {statistics.median(after) / statistics.median(before):.2f}"
                )


def _peak_memory(megabytes: int) -> None:
    """One seal + open in a child process: its peak resident size (Linux/macOS), above what it had
    before the payload was made."""
    code = f"""
import os, resource, sys, tempfile
from pathlib import Path
sys.path.insert(0, {str(ROOT)!r})
sys.argv = ["x"]
from benches.bench_envelope import _world, OFFICE_PASSPHRASE, CITY_PASSPHRASE, CODE
from db.exchange.envelope import open_sealed, seal_for_recipient
with tempfile.TemporaryDirectory() as folder:
    city, keys = _world(Path(folder))
    office = keys.load(OFFICE_PASSPHRASE)
    cert = city.exchange_certificate()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    payload = os.urandom({megabytes} * 1024 * 1024)
    data = seal_for_recipient(payload, {{"kind": "office-to-city", "from": CODE, "to": "city", "seq": 1}}, office, cert)
    opened = open_sealed(data, trust=city.trust_policy(CODE), recipient_key=city.exchange_key(CITY_PASSPHRASE),
                         recipient_cert=cert)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024
    print(f"  peak memory of seal + open: {{(peak - base) * scale / 2**20:.0f}} MB above the start "
          f"({{peak * scale / 2**20:.0f}} MB resident)")
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    sys.stdout.write(done.stdout or done.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=20, help="payload size in MB (default 20)")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    parser.add_argument("--baseline", type=Path, help="a checkout of older code to compare with (git worktree)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(_child(args.child, args.mb)))
        return
    if sys.platform != "win32":  # first: a child inherits its parent's peak (Linux keeps ru_maxrss across exec)
        _peak_memory(args.mb)
    _measure(args.mb, args.rounds, args.baseline)


if __name__ == "__main__":
    main()
