"""A protocol or kallelse leaves the group: no personnummer may be printed in it."""

from __future__ import annotations

from typing import Any

from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.privacy import contains_identifier

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
    meeting = document["meeting"]
    if contains_identifier(meeting.get("title")) or contains_identifier(meeting.get("place")):
        places.append(translate("Protocol", MEETING_DETAILS))
    for row in document.get("attendance") or []:
        if any(
            contains_identifier(row.get(key)) for key in ("name", "organisation_name", "function")
        ):
            places.append(translate("Protocol", ATTENDANCE_LIST))
            break
    for item in document.get("items") or []:
        texts = [item.get("title"), item.get("notes")]
        texts += [decision["text"] for decision in item.get("decisions") or []]
        for action in item.get("action_items") or []:
            texts += [action.get("who"), action.get("what")]
        if any(contains_identifier(text) for text in texts):
            places.append(f"§ {item['number']}")
    return places


def require_no_identifiers(document: dict[str, Any]) -> None:
    places = identifier_places(document)
    if places:
        raise ValidationError(IDENTIFIER_IN_DOCUMENT, places=", ".join(places))
