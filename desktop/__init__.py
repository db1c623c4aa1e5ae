"""Shequ's people-facing side: the Qt desktop app and the ``shequ`` command line."""

__version__ = "0.1.0"
