"""Validation as data: rules that return a :class:`Report` of issues, never raise.

- :func:`validate_values`: the field rules of one record (no database access; for forms);
- :func:`validate_record`: those plus the rules that look at other records;
- :func:`check_office`: the whole office, optionally for one reporting period.
"""

from db.validation.check import check_office
from db.validation.idcard import IdInfo, check_digit, is_valid_id_number, normalize_id_number, parse_id_number
from db.validation.phone import check_phone, is_landline, is_mobile, normalize_phone
from db.validation.report import Issue, Report, Severity
from db.validation.rules import (
    FIELD_LABELS,
    KIND_ORDER,
    field_label,
    kind_label,
    record_title,
    validate_record,
    validate_values,
)

__all__ = [
    "FIELD_LABELS",
    "KIND_ORDER",
    "IdInfo",
    "Issue",
    "Report",
    "Severity",
    "check_digit",
    "check_office",
    "check_phone",
    "field_label",
    "is_landline",
    "is_mobile",
    "is_valid_id_number",
    "kind_label",
    "normalize_id_number",
    "normalize_phone",
    "parse_id_number",
    "record_title",
    "validate_record",
    "validate_values",
]
