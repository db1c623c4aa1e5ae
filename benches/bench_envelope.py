"""Benchmark: sealing and opening a bundle (JWS in JWE, jwcrypto) with a large payload.

    .venv/bin/python benches/bench_envelope.py              # 20 MB of random bytes, 3 runs
    .venv/bin/python benches/bench_envelope.py --mb 30 --runs 5

Random bytes stand for the compressed payload (compression is the caller's job). Prints, for an
office → city bundle (ECDH-ES+A256KW) and a device bundle (PBES2-HS512+A256KW, 600,000 rounds of
PBKDF2), the best and median time to seal and to open, the file size against the payload (two
layers of base64: ≈ 1.78 ×) and the peak memory of one seal + open in a fresh process. Target:
seal + open of 20 MB well under 1 s. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import gc
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
sys.path.insert(0, str(ROOT))

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


def _measure(megabytes: int, runs: int) -> None:
    from db.exchange.envelope import open_sealed, seal_for_recipient, seal_with_passphrase
    from db.exchange.pki import office_trust_policy

    payload = os.urandom(megabytes * 1024 * 1024)
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
                lambda data: open_sealed(data, trust=trust, recipient_key=exchange_key, recipient_cert=exchange_cert),
            ),
            "device": (
                lambda: seal_with_passphrase(payload, device_header, office, DEVICE_PASSPHRASE),
                lambda data: open_sealed(data, trust=office_trust_policy(keys, CODE), passphrase=DEVICE_PASSPHRASE),
            ),
        }
        print(f"payload: {megabytes} MB random bytes, {runs} runs each")
        for name, (seal, unseal) in cases.items():
            seals, opens = [], []
            size = 0
            for _ in range(runs):
                elapsed, data = _timed(seal)
                seals.append(elapsed)
                size = len(data)
                elapsed, opened = _timed(partial(unseal, data))
                opens.append(elapsed)
                assert opened.payload == payload
                del data, opened
            total = min(seals) + min(opens)
            verdict = "OK" if total < TARGET else "over target"
            print(
                f"  {name:<14} seal best {min(seals):.3f} s (median {statistics.median(seals):.3f}), "
                f"open best {min(opens):.3f} s (median {statistics.median(opens):.3f}); "
                f"together {total:.3f} s vs target {TARGET:.1f} s: {verdict}; file {size / len(payload):.3f} × payload"
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
    parser.add_argument("--runs", type=int, default=3, help="runs per case (default 3)")
    args = parser.parse_args()
    if sys.platform != "win32":  # first: a child inherits its parent's peak (Linux keeps ru_maxrss across exec)
        _peak_memory(args.mb)
    _measure(args.mb, args.runs)


if __name__ == "__main__":
    main()
