"""A protocol or kallelse leaves the group: no personnummer may be printed in it."""

from __future__ import annotations

from typing import Any

from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.privacy import contains_identifier
from narvard_desktop.record_kinds import free_text_fields

MEETING_DETAILS = QT_TRANSLATE_NOOP("Protocol", "the meeting details")
ATTENDANCE_LIST = QT_TRANSLATE_NOOP("Protocol", "the attendance list")
IDENTIFIER_IN_DOCUMENT = QT_TRANSLATE_NOOP(
    "Errors",
    "The text in {places} looks like a personnummer or samordningsnummer. Remove it "
    "before the PDF is written: a protocol can become a public document.",
)


def identifier_places(document: dict[str, Any]) -> list[str]:
    """Where the meeting's printable text holds a personnummer: "§ 6", the attendance list…"""
    places: list[str] = []
    if _holds_identifier("meetings", document["meeting"]):
        places.append(translate("Protocol", MEETING_DETAILS))
    if any(_holds_identifier("attendances", row) for row in document.get("attendance") or []):
        places.append(translate("Protocol", ATTENDANCE_LIST))
    for item in document.get("items") or []:
        parts = [("agenda_items", item)]
        parts += [("decisions", decision) for decision in item.get("decisions") or []]
        parts += [("action_items", action) for action in item.get("action_items") or []]
        if any(_holds_identifier(table, part) for table, part in parts):
            places.append(f"§ {item['number']}")
    return places


def _holds_identifier(table: str, part: dict[str, Any]) -> bool:
    """Whether a free-text field of this kind of record, as printed, holds a personnummer."""
    return any(contains_identifier(part.get(field)) for field in free_text_fields(table))


def require_no_identifiers(document: dict[str, Any]) -> None:
    places = identifier_places(document)
    if places:
        raise ValidationError(IDENTIFIER_IN_DOCUMENT, places=", ".join(places))
