"""USB exchange between the offices and the city.

The offices have no network: data travels on USB sticks, which get lost, pulled out mid-copy,
carried in the wrong order and copied twice. This package holds

* ``pki`` — the city's certificate authority (``CityAuthority``), the office's certificate
  request and the installation of the certificate the city issues;
* ``envelope`` — the sealed bundle file: a JWS (signed by the sender) inside a JWE (encrypted
  to the recipient's certificate, or under a passphrase between two devices of one office);
* ``errors`` — the refusals, with messages that say what to do next.

The file format is described in ``docs/bundle-format.md``. Heavy libraries (cryptography,
jwcrypto, asn1crypto) are imported inside the functions that use them.
"""
