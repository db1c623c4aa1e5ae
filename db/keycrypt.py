"""Private keys at rest: the one way Shequ encrypts a private key file, and how it tells a weaker one.

Every private key the app keeps — the office's signing key (:class:`db.returns.sign.KeyStore`)
and the city's root and exchange keys (:class:`db.exchange.pki.CityAuthority`) — is written as a
PEM ``ENCRYPTED PRIVATE KEY`` (PKCS#8, RFC 5958) with PBES2 (RFC 8018): PBKDF2-HMAC-SHA256 with
:data:`KEY_ITERATIONS` iterations and AES-256-CBC, readable by OpenSSL and any PKCS#8 reader.
``cryptography``'s own PEM serializer (``BestAvailableEncryption``) uses only 2,048 iterations and
has no way to ask for more for PKCS#8, so the structure is built here with asn1crypto.

:func:`needs_stronger_encryption` reads the parameters back from a key file, so that a key
written by an earlier version (2,048 iterations) is encrypted again the next time it is opened
with the right passphrase.

Standard library only at import time; the crypto libraries are imported inside the functions.
"""

from __future__ import annotations

import os
from typing import Any

KEY_ITERATIONS = 600_000  # PBKDF2-HMAC-SHA256 rounds (OWASP 2023 figure for SHA-256)
KEY_PEM_LABEL = "ENCRYPTED PRIVATE KEY"


def encrypt_private_key(key: Any, passphrase: str, iterations: int = KEY_ITERATIONS) -> bytes:
    """``key`` as a PEM ``ENCRYPTED PRIVATE KEY`` (PKCS#8, RFC 5958; PBES2 per RFC 8018:
    PBKDF2-HMAC-SHA256 with ``iterations``, AES-256-CBC)."""
    from asn1crypto import algos, pem
    from asn1crypto import keys as asn1_keys
    from cryptography.hazmat.primitives import hashes, padding, serialization
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    salt, iv = os.urandom(16), os.urandom(16)
    kek = PBKDF2HMAC(hashes.SHA256(), 32, salt, iterations).derive(passphrase.encode("utf-8"))
    plain = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plain) + padder.finalize()
    encryptor = Cipher(algorithms.AES(kek), modes.CBC(iv)).encryptor()
    encrypted = encryptor.update(padded) + encryptor.finalize()
    algorithm = algos.EncryptionAlgorithm(
        {
            "algorithm": "pbes2",
            "parameters": {
                "key_derivation_func": {
                    "algorithm": "pbkdf2",
                    "parameters": {
                        "salt": algos.Pbkdf2Salt(name="specified", value=salt),
                        "iteration_count": iterations,
                        "prf": {"algorithm": "sha256"},
                    },
                },
                "encryption_scheme": {"algorithm": "aes256_cbc", "parameters": iv},
            },
        }
    )
    info = asn1_keys.EncryptedPrivateKeyInfo({"encryption_algorithm": algorithm, "encrypted_data": encrypted})
    return bytes(pem.armor(KEY_PEM_LABEL, info.dump()))


def needs_stronger_encryption(data: bytes) -> bool:
    """Whether the key file ``data`` is encrypted with less than :func:`encrypt_private_key`
    would use today: anything but PBES2 with PBKDF2-HMAC-SHA256 of at least
    :data:`KEY_ITERATIONS` rounds and AES-256-CBC (an older PKCS#8, a traditional OpenSSL PEM,
    a file asn1crypto cannot read) is weaker."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import pem

    try:
        if not pem.detect(data):
            return True
        label, _, der = pem.unarmor(data)
        if label != KEY_PEM_LABEL:
            return True
        algorithm = asn1_keys.EncryptedPrivateKeyInfo.load(der)["encryption_algorithm"]
        if algorithm["algorithm"].native != "pbes2":
            return True
        params = algorithm["parameters"]
        kdf = params["key_derivation_func"]
        if kdf["algorithm"].native != "pbkdf2":
            return True
        pbkdf2 = kdf["parameters"]
        return not (
            pbkdf2["prf"]["algorithm"].native == "sha256"
            and int(pbkdf2["iteration_count"].native) >= KEY_ITERATIONS
            and params["encryption_scheme"]["algorithm"].native == "aes256_cbc"
        )
    except (ValueError, TypeError, KeyError):
        return True
