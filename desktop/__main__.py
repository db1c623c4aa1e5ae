"""``python -m desktop`` and the ``shequ`` console script: the command line, or the app when
no command is given (see :mod:`desktop.gui`)."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    from desktop.gui import main as launch

    return launch(argv)


if __name__ == "__main__":
    raise SystemExit(main())
