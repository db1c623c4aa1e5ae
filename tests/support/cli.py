"""The ``shequ`` command run in the test process, as the tests of the command line call it."""

from __future__ import annotations

import io

from desktop.cli.main import run


def shequ(*args: str) -> tuple[int, str, str]:
    """Run ``shequ *args``; its exit code, standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()
