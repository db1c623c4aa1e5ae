"""Returns (报表): the signed PDF return the city receives, its snapshot, and its verification.

- :mod:`db.returns.preflight` — the period's checks before a return is made;
- :mod:`db.returns.content` — what the return says, as plain data (figures, annexes);
- :mod:`db.returns.compose` — the PDF (reportlab), with the QR code for the paper copy;
- :mod:`db.returns.sign` — the office's key and certificate, and the PAdES signature (pyHanko);
- :mod:`db.returns.snapshot` — signed returns as immutable snapshots, corrections (更正);
- :mod:`db.returns.verify` — is a PDF intact, signed, trusted and unchanged since signing;
- :mod:`db.returns.make` — the whole operation behind ``shequ return``.

Importing this package is cheap: reportlab, pyHanko and cryptography load inside the
functions that need them.
"""
