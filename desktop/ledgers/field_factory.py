"""Which input a field of a record form gets (:class:`db.forms.Input` → the input classes of
:mod:`desktop.ledgers.fields`, :mod:`desktop.ledgers.date_fields` and
:mod:`desktop.ledgers.choice_fields`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlmodel import Session

from db.forms import FormField, Input
from db.validation import field_label
from db.validation.rules import RULES
from desktop.ledgers.choice_fields import ChoiceInput, ChoicesInput, RecordInput
from desktop.ledgers.date_fields import DateInput
from desktop.ledgers.fields import (
    FieldInput,
    FlagInput,
    IntegerInput,
    LineInput,
    LongTextInput,
    MoneyInput,
    NumberInput,
    YearInput,
)


def make_input(
    spec: FormField, kind_key: str, session_factory: Callable[[], Session], model_default: Any
) -> FieldInput:
    """The input for one field of a form of ``kind_key``."""
    rules = RULES.get(kind_key)
    required = rules is not None and spec.name in rules.required
    field_input = _make(spec, required, session_factory, model_default)
    field_input.set_caption(field_label(spec.name, kind_key))
    return field_input


def _make(spec: FormField, required: bool, session_factory: Callable[[], Session], model_default: Any) -> FieldInput:
    kind = spec.input
    if kind in (Input.TEXT, Input.ID_NUMBER, Input.PHONE):
        return LineInput(spec, required)
    if kind is Input.LONG_TEXT:
        return LongTextInput(spec, required)
    if kind is Input.CHOICE:
        return ChoiceInput(spec, required, allow_empty=not model_default)
    if kind is Input.CHOICES:
        return ChoicesInput(spec, required)
    if kind is Input.DATE:
        return DateInput(spec, required)
    if kind is Input.MONEY:
        return MoneyInput(spec, required)
    if kind is Input.INTEGER:
        return YearInput(spec, required) if spec.name in YearInput.YEAR_FIELDS else IntegerInput(spec, required)
    if kind is Input.NUMBER:
        return NumberInput(spec, required)
    if kind is Input.FLAG:
        return FlagInput(spec, required)
    return RecordInput(spec, required, session_factory)
