"""The strength of the encryption of private key files at rest, read back from the files themselves.

The PKCS#8 ``EncryptedPrivateKeyInfo`` is walked here with the standard library (no ASN.1 library:
the product writes with asn1crypto, so the test reads independently of it): PBES2, PBKDF2 with
its iteration count and PRF, and the cipher.
"""

from __future__ import annotations

import base64
import os
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from db.exchange.pki import CityAuthority
from db.keycrypt import KEY_ITERATIONS, needs_stronger_encryption
from db.returns.errors import WrongPassphrase
from db.returns.sign import KeyStore

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "社区办公室口令2026"
OFFICE_CODE = "150802001001"
OFFICE_NAME = "测试社区居民委员会"

PBES2 = "1.2.840.113549.1.5.13"
PBKDF2 = "1.2.840.113549.1.5.12"
HMAC_SHA1 = "1.2.840.113549.2.7"  # PBKDF2's default PRF when the field is absent
HMAC_SHA256 = "1.2.840.113549.2.9"
AES256_CBC = "2.16.840.1.101.3.4.1.42"

SEQUENCE, INTEGER, OCTET_STRING, OID = 0x30, 0x02, 0x04, 0x06


# --- a small DER walk ---------------------------------------------------------------------------


def _element(data: bytes, at: int) -> tuple[int, bytes, int]:
    """The DER element at ``at``: (tag, content, offset after it)."""
    tag = data[at]
    length = data[at + 1]
    at += 2
    if length & 0x80:
        count = length & 0x7F
        length = int.from_bytes(data[at : at + count], "big")
        at += count
    content = data[at : at + length]
    assert len(content) == length, "truncated DER"
    return tag, content, at + length


def _children(content: bytes) -> list[tuple[int, bytes]]:
    items, at = [], 0
    while at < len(content):
        tag, body, at = _element(content, at)
        items.append((tag, body))
    return items


def _oid(body: bytes) -> str:
    top = min(body[0] // 40, 2)
    arcs, value = [str(top), str(body[0] - 40 * top)], 0  # the first two arcs share a byte (small arcs only)
    for byte in body[1:]:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            arcs.append(str(value))
            value = 0
    return ".".join(arcs)


@dataclass(frozen=True)
class KeyEncryption:
    scheme: str
    kdf: str
    iterations: int
    prf: str
    cipher: str


def read_key_encryption(pem: bytes) -> KeyEncryption:
    """The encryption parameters of a PEM ``ENCRYPTED PRIVATE KEY`` (RFC 5958, RFC 8018)."""
    lines = pem.decode("ascii").strip().splitlines()
    assert lines[0] == "-----BEGIN ENCRYPTED PRIVATE KEY-----" and lines[-1] == "-----END ENCRYPTED PRIVATE KEY-----"
    der = base64.b64decode("".join(lines[1:-1]))
    tag, info, end = _element(der, 0)
    assert tag == SEQUENCE and end == len(der)
    (alg_tag, algorithm), (data_tag, _) = _children(info)
    assert alg_tag == SEQUENCE and data_tag == OCTET_STRING
    (scheme_tag, scheme), (_, pbes2_params) = _children(algorithm)
    assert scheme_tag == OID
    (_, kdf_id), (_, cipher_id) = _children(pbes2_params)
    (_, kdf_oid), (_, kdf_params) = _children(kdf_id)
    fields = _children(kdf_params)
    assert fields[0][0] == OCTET_STRING and fields[1][0] == INTEGER  # salt, iteration count
    iterations = int.from_bytes(fields[1][1], "big")
    prf = HMAC_SHA1
    for tag, body in fields[2:]:  # keyLength INTEGER OPTIONAL, prf AlgorithmIdentifier DEFAULT SHA-1
        if tag == SEQUENCE:
            prf = _oid(_children(body)[0][1])
    cipher_oid = _children(cipher_id)[0][1]
    return KeyEncryption(_oid(scheme), _oid(kdf_oid), iterations, prf, _oid(cipher_oid))


def _assert_strong(path: Path) -> None:
    found = read_key_encryption(path.read_bytes())
    assert found == KeyEncryption(PBES2, PBKDF2, found.iterations, HMAC_SHA256, AES256_CBC)
    assert found.iterations >= 600_000
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def _old_key_file(keys: KeyStore, key: ec.EllipticCurvePrivateKey) -> bytes:
    """Write ``key`` as earlier versions did (cryptography's default, 2,048 rounds)."""
    old = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(PASSPHRASE.encode("utf-8")),
    )
    keys.key_path.write_bytes(old)
    keys.key_path.chmod(0o600)
    return old


# --- tests --------------------------------------------------------------------------------------


def test_the_der_walk_reads_what_openssl_writes_by_default() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    old = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"any passphrase"),
    )
    found = read_key_encryption(old)
    assert (found.scheme, found.kdf, found.iterations) == (PBES2, PBKDF2, 2048)
    assert needs_stronger_encryption(old)
    assert needs_stronger_encryption(b"not a key at all")


def test_a_new_office_key_has_the_citys_strength(tmp_path: Path) -> None:
    keys = KeyStore(tmp_path)
    made = keys.create(PASSPHRASE, OFFICE_CODE, OFFICE_NAME)
    _assert_strong(keys.key_path)
    assert read_key_encryption(keys.key_path.read_bytes()).iterations == KEY_ITERATIONS
    assert not needs_stronger_encryption(keys.key_path.read_bytes())
    before = keys.key_path.read_bytes()
    opened = keys.load(PASSPHRASE)
    assert opened.key.private_numbers() == made.key.private_numbers()
    assert keys.key_path.read_bytes() == before  # already strong: not written again
    with pytest.raises(WrongPassphrase):
        keys.load("另一个口令-不对的口令")


def test_an_old_weak_office_key_is_encrypted_again_on_the_first_right_unlock(tmp_path: Path) -> None:
    keys = KeyStore(tmp_path)
    made = keys.create(PASSPHRASE, OFFICE_CODE, OFFICE_NAME)
    old = _old_key_file(keys, made.key)
    assert read_key_encryption(keys.key_path.read_bytes()).iterations == 2048

    with pytest.raises(WrongPassphrase):
        keys.load("另一个口令-不对的口令")
    assert keys.key_path.read_bytes() == old  # a wrong passphrase changes nothing

    opened = keys.load(PASSPHRASE)
    assert opened.key.private_numbers() == made.key.private_numbers()
    _assert_strong(keys.key_path)
    assert not [p for p in keys.folder.iterdir() if p.name.startswith(".")]  # no temporary file left

    upgraded = keys.key_path.read_bytes()
    again = keys.load(PASSPHRASE)  # the same passphrase still opens it; nothing written again
    assert again.key.private_numbers() == made.key.private_numbers()
    assert keys.key_path.read_bytes() == upgraded


def test_the_citys_keys_use_the_same_helper_and_strength(tmp_path: Path) -> None:
    city = CityAuthority(tmp_path)
    city.init("中共巴彦淖尔市委组织部", "市委组织部-根证书口令-2026")
    office = KeyStore(tmp_path / "office")
    office.create(PASSPHRASE, OFFICE_CODE, OFFICE_NAME)
    office_found = read_key_encryption(office.key_path.read_bytes())
    for data in city.encrypted_keys().values():  # kept in the city's database, as encrypted as the office's file
        found = read_key_encryption(data)
        assert found == KeyEncryption(PBES2, PBKDF2, found.iterations, HMAC_SHA256, AES256_CBC)
        assert found.iterations >= 600_000
        assert found == office_found


UNLOCK = (
    "import sys\n"
    "from db.returns.sign import KeyStore\n"
    "print(KeyStore(sys.argv[1]).load(sys.argv[2]).key.private_numbers().private_value)\n"
)


def test_an_old_key_in_a_read_only_folder_still_opens_and_stays_as_it_was(tmp_path: Path) -> None:
    """Made read-only for real: chmod as an ordinary user; as root (whom chmod does not stop) a
    read-only bind mount in a private mount namespace (``unshare -m``), as tests/cli does."""
    folder = tmp_path / "data"
    keys = KeyStore(folder)
    made = keys.create(PASSPHRASE, OFFICE_CODE, OFFICE_NAME)
    old = _old_key_file(keys, made.key)
    command = [sys.executable, "-c", UNLOCK]
    if os.geteuid() != 0:
        keys.folder.chmod(0o500)
        seen = folder
    else:
        if shutil.which("unshare") is None or shutil.which("mount") is None:
            pytest.skip("running as root, whom chmod does not stop, and unshare or mount is not installed")
        seen = tmp_path / "data-ro"
        seen.mkdir()
        mount = 'mount --bind "$1" "$2" && mount -o remount,bind,ro "$2" && shift 2 && exec "$@"'
        command = ["unshare", "-m", "sh", "-c", mount, "sh", str(folder), str(seen), *command]
    try:
        done = subprocess.run(
            [*command, str(seen), PASSPHRASE], cwd=REPO, capture_output=True, text=True, check=False, timeout=120
        )
    finally:
        keys.folder.chmod(0o700)
    if done.returncode != 0 and "mount" in done.stderr and "Traceback" not in done.stderr:
        pytest.skip(f"no read-only bind mount possible here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) == made.key.private_numbers().private_value
    assert keys.key_path.read_bytes() == old  # not rewritten, not damaged
    assert sorted(p.name for p in keys.folder.iterdir()) == ["office-cert.pem", "office-key.pem"]
    assert "office key not re-encrypted" in done.stderr  # said in the log, not silently
    keys.load(PASSPHRASE)  # once the folder can be written again, the next unlock upgrades it
    _assert_strong(keys.key_path)
