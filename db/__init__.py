"""Shequ's data and domain layer: models, storage, validation, standards and compliance.

Nothing under ``db/`` imports PySide6; the desktop app and the command line build on it.
"""
