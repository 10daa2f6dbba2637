"""Checks of meaning shared by the group's register: members, organisations, group details.

Every message names the field it is about (`ValidationError.details["field"]`), so a form
shows it under that field and an Excel import or the command line names it in its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.record_kinds import field_label

NAME_LIMIT = 200
SHORT_TEXT_LIMIT = 200
# Simple on purpose: one @, something on both sides, a dot in the domain, no spaces.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Write the {field_label}: it cannot be empty.")
_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The {field_label} can be at most {limit} characters.")
_NOT_A_DATE = QT_TRANSLATE_NOOP("Errors", "The {field_label} '{value}' is not a date (YYYY-MM-DD).")
_NOT_A_CHOICE = QT_TRANSLATE_NOOP("Errors", "The {field_label} '{value}' is not one of: {choices}.")
_NOT_AN_EMAIL = QT_TRANSLATE_NOOP(
    "Errors", "The {field_label} '{value}' is not an e-mail address (name@example.se)."
)
_NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "The {field_label} must be a whole number from {low} to {high}."
)


def _label(field: str, table: str | None) -> str:
    return field_label(field, table).lower()


def _error(message: str, field: str, table: str | None, **details: Any) -> ValidationError:
    # details["field"] is the column (the form puts the message under it); the sentence
    # names the field by its label.
    return ValidationError(message, field=field, field_label=_label(field, table), **details)


def required_text(value: object, field: str, table: str, limit: int = NAME_LIMIT) -> str:
    text = optional_text(value, field, table, limit)
    if text is None:
        raise _error(_REQUIRED, field, table)
    return text


def optional_text(
    value: object, field: str, table: str, limit: int = SHORT_TEXT_LIMIT
) -> str | None:
    text = "" if value is None else str(value).strip()
    if len(text) > limit:
        raise _error(_TOO_LONG, field, table, limit=limit)
    return text or None


def optional_date(value: object, field: str, table: str) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        raise _error(_NOT_A_DATE, field, table, value=text) from None
    if parsed.isoformat() != text:
        raise _error(_NOT_A_DATE, field, table, value=text)
    return text


def choice(value: object, field: str, table: str, codes: Iterable[str]) -> str:
    allowed = tuple(codes)
    text = "" if value is None else str(value).strip()
    if text not in allowed:
        raise _error(_NOT_A_CHOICE, field, table, value=text, choices=", ".join(allowed))
    return text


def optional_email(value: object, field: str, table: str) -> str | None:
    text = optional_text(value, field, table)
    if text is not None and not _EMAIL.match(text):
        raise _error(_NOT_AN_EMAIL, field, table, value=text)
    return text


def whole_number(value: object, field: str, table: str, low: int, high: int) -> int:
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        number = low - 1
    if isinstance(value, bool) or not low <= number <= high:
        raise _error(_NOT_A_NUMBER, field, table, low=low, high=high)
    return number


def flag(value: object) -> int:
    return 1 if value in (True, 1, "1", "true", "ja", "yes") else 0
