"""Hostile files for the exchange's limits (:mod:`db.exchange.budgets`): payloads that decompress to
far more than they weigh, sealed by a certified office (so the signature checks pass and the limits
are what refuses them) or sealed by nobody, and a runner that imports a file in a child process and
reports the child's peak memory.

Bombs are built without holding what they decompress to: a block compressed after a full flush
(``zlib.Z_FULL_FLUSH``) refers to nothing before it, so the same compressed block repeated N times
decompresses to its text N times (the stream's final checksum is then wrong, but a bomb is refused
long before its end).
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from db.exchange.envelope import CONTENT_ENC, RECIPIENT_ALG, SIGNATURE_ALG, key_fingerprint, seal_for_recipient
from db.exchange.payload import PAYLOAD_FORMAT, PAYLOAD_VERSION

REPO = Path(__file__).resolve().parents[2]
MB = 1024 * 1024


def line(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def payload_head(office_code: str, tables: list[dict[str, Any]], pdfs: Iterable[str] = (), **extra: Any) -> bytes:
    """The first line of a payload to the city (metadata, tables with their declared rows, PDF ids)."""
    head = {
        "format": PAYLOAD_FORMAT, "v": PAYLOAD_VERSION, "purpose": "city", "office_code": office_code,
        "full": True, "since": None, "watermark": 0, "withheld": {}, "chain_id": "bomb", "chain_first_seq": 1,
        "seq": 1, "tables": tables, "pdfs": list(pdfs), **extra,
    }  # fmt: skip
    return line(head)


def compressed(*parts: bytes) -> bytes:
    return zlib.compress(b"".join(parts), 9)


def repeated(prefix: bytes, block: bytes, times: int, suffix: bytes = b"") -> bytes:
    """zlib data that decompresses to ``prefix + block * times + suffix`` (checksum aside), without
    ever holding that."""
    compressor = zlib.compressobj(9)
    start = compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH)
    middle = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.compress(suffix) + compressor.flush()
    return start + middle * times + end


def to_city(payload: bytes, identity: Any, city_certificate: Any, office_code: str, seq: int = 1) -> bytes:
    """``payload`` sealed as the office's bundle to the city: signed by the office, encrypted to the city."""
    header = {"kind": "office-to-city", "from": office_code, "to": "city", "seq": seq, "prev": None}
    return seal_for_recipient(payload, header, identity, city_certificate)


def to_office(payload: bytes, city_identity: Any, office_certificate: Any, office_code: str) -> bytes:
    """``payload`` sealed as the city's acknowledgement to the office."""
    header = {"kind": "city-to-office", "from": "city", "to": office_code, "seq": 1, "prev": None}
    return seal_for_recipient(payload, header, city_identity, office_certificate)


def _b64(data: bytes) -> bytes:
    return base64.urlsafe_b64encode(data).rstrip(b"=")


def write_garbage_ciphertext(path: Path, sealed: bytes, size: int) -> None:
    """A file with ``sealed``'s header, key and IV (so it is for the city and its key unwraps) but
    ``size`` bytes of ciphertext that nobody encrypted: refused at the tag, at the end."""
    head = b".".join(sealed.split(b".")[:3]) + b"."
    block = b"A" * MB
    with path.open("wb") as handle:
        handle.write(head)
        for _ in range(size // MB):
            handle.write(block)
        handle.write(b"." + _b64(b"\x00" * 16))


def _streamed_base64(pieces: Iterable[bytes]) -> Iterator[bytes]:
    """base64url (unpadded) of the concatenation of ``pieces``, in pieces."""
    carry = b""
    for piece in pieces:
        carry += piece
        whole = len(carry) - len(carry) % 3
        if whole:
            yield _b64(carry[:whole])
            carry = carry[whole:]
    yield _b64(carry)


def write_bundle(
    path: Path,
    city_certificate: Any,
    fields: dict[str, Any],
    x5c: list[str],
    payload: Iterable[bytes],
    signer_key: Any = None,
) -> None:
    """A bundle to the city written in steps, whatever its size: the JWS over the ``payload`` pieces
    signed with ``signer_key`` (ES256 over the digest of its signing input, as the envelope
    verifies it) or, without one, with a signature of zeros (anyone holding the city's certificate
    can encrypt to it), then encrypted to ``city_certificate``. Nothing is held whole."""
    import hashlib

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, utils
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from jwcrypto import jwa, jwk

    cek, iv = os.urandom(32), os.urandom(12)
    protected: dict[str, Any] = {
        **fields, "alg": RECIPIENT_ALG, "enc": CONTENT_ENC, "cty": "JOSE",
        "kid": key_fingerprint(city_certificate.public_key()),
    }  # fmt: skip
    wrapped = jwa.JWA.keymgmt_alg(RECIPIENT_ALG).wrap(
        jwk.JWK.from_pyca(city_certificate.public_key()), 256, cek, protected
    )
    protected.update(wrapped.get("header", {}))
    header_segment = _b64(json.dumps(protected, separators=(",", ":")).encode())
    inner_header = _b64(json.dumps({**fields, "alg": SIGNATURE_ALG, "x5c": x5c}, separators=(",", ":")).encode())

    def plaintext() -> Iterator[bytes]:
        digest = hashlib.sha256(inner_header + b".")
        yield inner_header + b"."
        for piece in _streamed_base64(payload):
            digest.update(piece)
            yield piece
        signature = b"\x00" * 64
        if signer_key is not None:
            der = signer_key.sign(digest.digest(), ec.ECDSA(utils.Prehashed(hashes.SHA256())))
            r, s = utils.decode_dss_signature(der)
            signature = r.to_bytes(32, "big") + s.to_bytes(32, "big")
        yield b"." + _b64(signature)

    encryptor = Cipher(algorithms.AES(cek), modes.GCM(iv)).encryptor()
    encryptor.authenticate_additional_data(header_segment)
    with path.open("wb") as handle:
        handle.write(b".".join([header_segment, _b64(wrapped["ek"]), _b64(iv)]) + b".")
        for piece in _streamed_base64(encryptor.update(part) for part in plaintext()):
            handle.write(piece)
        encryptor.finalize()
        handle.write(b"." + _b64(encryptor.tag))


def zeros(size: int) -> Iterator[bytes]:
    """``size`` zero bytes (rounded down to a whole MB), a MB at a time."""
    block = b"\x00" * MB
    for _ in range(size // MB):
        yield block


def incompressible_payload(head: bytes, size: int) -> Iterator[bytes]:
    """A valid zlib stream: ``head``, then one line of ``size`` random base64 text, stored (level 0,
    so it weighs what it holds). Made a MB at a time."""
    compressor = zlib.compressobj(0)
    yield compressor.compress(head)
    for _ in range(size // MB):
        yield compressor.compress(base64.b64encode(os.urandom(MB * 3 // 4)))
    yield compressor.compress(b"\n") + compressor.flush()


def write_oversized(path: Path, start: bytes, size: int) -> None:
    """``start`` followed by zeros up to ``size`` bytes, as a sparse file (no disk used)."""
    with path.open("wb") as handle:
        handle.write(start)
        handle.truncate(size)


# The child: the command line's ``shequ import`` in a fresh interpreter, its exit code, its one line
# on stderr and its own peak memory.
# The peak is the kernel's high-water mark of this process's memory (VmHWM): getrusage's ru_maxrss
# would also count the parent's before exec.
_CHILD = """
import io, json, sys
from desktop.cli.main import run
err = io.StringIO()
code = run(sys.argv[1:], out=io.StringIO(), err=err)
with open("/proc/self/status", encoding="ascii") as status:
    peak = next(int(row.split()[1]) for row in status if row.startswith("VmHWM:")) / 1024
print(json.dumps({"code": code, "err": err.getvalue(), "peak_mb": peak}))
"""


def import_in_child(data_dir: Path, file: Path, passphrase_file: Path) -> dict[str, Any]:
    """``shequ --data-dir DATA_DIR import FILE --passphrase-file F`` in a child process:
    ``{"code", "err", "peak_mb"}`` (the child's own peak resident memory, MB)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    argv = ["--data-dir", str(data_dir), "import", str(file), "--passphrase-file", str(passphrase_file)]
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *argv], cwd=REPO, env=env, capture_output=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-2000:]
    result: dict[str, Any] = json.loads(done.stdout.decode("utf-8").strip().splitlines()[-1])
    return result
