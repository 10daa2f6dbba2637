"""A protocol or kallelse leaves the group: no personnummer may be printed in it.

The whole document goes through the privacy gate before its story is built:
every string in it, whatever field it sits in (the group's name, people and their
organisations in the signature block, titles of delayed activities, indicator
names, earlier meetings' open action items, the frozen copy of a justerat
meeting, read value by value). A hit refuses the PDF and names the place.
"""

from __future__ import annotations

from typing import Any

from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.privacy_gate import REFUSE, Gated, PrivacyGate, require_gated

MEETING_DETAILS = QT_TRANSLATE_NOOP("Protocol", "the meeting details")
ATTENDANCE_LIST = QT_TRANSLATE_NOOP("Protocol", "the attendance list")
GROUP_NAME = QT_TRANSLATE_NOOP("Protocol", "the group's name")
SIGNATURES = QT_TRANSLATE_NOOP("Protocol", "the signatures")
REOPENINGS = QT_TRANSLATE_NOOP("Protocol", "the reopening log")
OTHER_PART = QT_TRANSLATE_NOOP("Protocol", "the document's other text")
IDENTIFIER_IN_DOCUMENT = QT_TRANSLATE_NOOP(
    "Errors",
    "The text in {places} looks like a personnummer or samordningsnummer. Remove it "
    "before the PDF is written: a protocol can become a public document.",
)
_TOP_LEVEL_PLACES = {
    "meeting": MEETING_DETAILS,
    "attendance": ATTENDANCE_LIST,
    "group": GROUP_NAME,
    "chair": SIGNATURES,
    "secretary": SIGNATURES,
    "adjusters": SIGNATURES,
    "reopenings": REOPENINGS,
}


def _place(document: dict[str, Any], path: str) -> str:
    """ "§ 6" for anything under an agenda item, else the part of the document."""
    head = path.split(".", 1)[0]
    key = head.split("[", 1)[0]
    if key == "items" and "[" in head:
        index = int(head.split("[", 1)[1].split("]", 1)[0])
        items = document.get("items") or []
        if index < len(items):
            return f"§ {items[index].get('number', index + 1)}"
    return translate("Protocol", _TOP_LEVEL_PLACES.get(key, OTHER_PART))


def gate_document(document: dict[str, Any]) -> tuple[Gated[dict[str, Any]], list[str]]:
    """The document as gated value and the places (in order, once each) that hold a hit."""
    gate = PrivacyGate("pdf", mode=REFUSE)
    gated = gate.value(document, "")
    places: list[str] = []
    for withheld in gate.refused():
        place = _place(document, withheld.field.lstrip("."))
        if place not in places:
            places.append(place)
    return gated, places


def identifier_places(document: dict[str, Any]) -> list[str]:
    """Where the meeting's printable text holds a personnummer: "§ 6", the attendance list…"""
    return gate_document(document)[1]


def checked_document(document: dict[str, Any]) -> Gated[dict[str, Any]]:
    """The document as the PDF writer takes it, once the gate has read all of it;
    refused naming the places."""
    gated, places = gate_document(document)
    if places:
        raise ValidationError(IDENTIFIER_IN_DOCUMENT, places=", ".join(places))
    return gated


def require_no_identifiers(document: dict[str, Any]) -> dict[str, Any]:
    """The document, once the gate has read all of it; refused naming the places."""
    return dict(require_gated(checked_document(document)))
