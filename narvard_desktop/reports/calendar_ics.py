"""The group's meetings as an iCalendar file (RFC 5545) for Outlook and other calendars.

Each meeting is one VEVENT whose UID is the meeting's own id, so sending the file
again updates the meeting in the receiver's calendar instead of adding a copy;
SEQUENCE is the record's revision, so a calendar knows which version is newer. A
meeting deleted since it was sent is written as STATUS:CANCELLED, which removes it.
Times are local Swedish time (TZID Europe/Stockholm with its VTIMEZONE, so summer
time is right whatever the receiver's zone); a meeting without a time is an
all-day event.

A calendar file leaves the group (it is mailed to members), so every string in it
passes the privacy gate first, like a kallelse: a personnummer refuses the file,
naming the meeting and the place.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from narvard_desktop import clock
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.privacy_gate import REFUSE, PrivacyGate, require_gated
from narvard_desktop.services.meetings import agenda_items
from narvard_desktop.store import Store

TIME_ZONE = "Europe/Stockholm"
# Stable across versions: a calendar matches events by UID, so this must never change.
UID_DOMAIN = "narvard-samverkan.local"
PRODUCT_ID = "-//Närvård Samverkan//Möten//SV"
# A meeting with a start but no end time gets this length (a usual samverkan meeting).
DEFAULT_LENGTH = timedelta(hours=2)

MEETING_TITLE = QT_TRANSLATE_NOOP("Calendar", "Meeting: {group}")
AGENDA_HEADING = QT_TRANSLATE_NOOP("Calendar", "Agenda:")
IDENTIFIER_IN_CALENDAR = QT_TRANSLATE_NOOP(
    "Errors",
    "The meeting on {date} holds text that looks like a personnummer or samordningsnummer "
    "({places}). Remove it before the calendar file is written: it is sent outside the group.",
)
NO_MEETINGS = QT_TRANSLATE_NOOP("Errors", "There are no meetings to put in the calendar file.")
_PLACES = {
    "title": QT_TRANSLATE_NOOP("Calendar", "the title"),
    "place": QT_TRANSLATE_NOOP("Calendar", "the place"),
    "group": QT_TRANSLATE_NOOP("Calendar", "the group's name"),
    "agenda": QT_TRANSLATE_NOOP("Calendar", "the agenda"),
}


def meeting_uid(meeting_id: str) -> str:
    return f"{meeting_id}@{UID_DOMAIN}"


def _own_meetings(
    store: Store, meeting_ids: list[str] | None, since: date | None
) -> list[dict[str, Any]]:
    """The own group's meetings asked for; deleted ones too, so they can be cancelled."""
    group_id = store.require_group_id()
    if meeting_ids is not None:
        rows = []
        for meeting_id in meeting_ids:
            found = list(
                store.db.query(
                    "SELECT * FROM meetings WHERE id = ? AND group_id = ?", [meeting_id, group_id]
                )
            )
            if not found:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "There is no meeting of this group with id {id}."),
                    id=meeting_id,
                )
            rows.append(found[0])
        return rows
    where = "group_id = ?"
    params: list[Any] = [group_id]
    if since is not None:
        where += " AND meeting_date >= ?"
        params.append(since.isoformat())
    return list(
        store.db.query(
            f"SELECT * FROM meetings WHERE {where} ORDER BY meeting_date, start_time", params
        )
    )


def _texts(store: Store, meeting: dict[str, Any], group: str) -> dict[str, Any]:
    """Every string the event will carry, keyed by the place a refusal names."""
    items = [] if meeting["deleted"] else agenda_items(store, meeting["id"])
    return {
        "group": group,
        "title": meeting.get("title") or "",
        "place": meeting.get("place") or "",
        "agenda": [f"§ {item['number']} {item['title']}" for item in items],
    }


def _gated_texts(store: Store, meeting: dict[str, Any], group: str) -> dict[str, Any]:
    gate = PrivacyGate("calendar", mode=REFUSE)
    gated = gate.value(_texts(store, meeting, group), "")
    places: list[str] = []
    for withheld in gate.refused():
        key = withheld.field.lstrip(".").split(".", 1)[0].split("[", 1)[0]
        place = translate("Calendar", _PLACES.get(key, _PLACES["title"]))
        if place not in places:
            places.append(place)
    if places:
        raise ValidationError(
            IDENTIFIER_IN_CALENDAR, date=meeting["meeting_date"], places=", ".join(places)
        )
    texts: dict[str, Any] = require_gated(gated)
    return texts


def _times(meeting: dict[str, Any]) -> tuple[date | datetime, date | datetime]:
    day = date.fromisoformat(meeting["meeting_date"])
    if not meeting.get("start_time"):
        return day, day + timedelta(days=1)
    zone = ZoneInfo(TIME_ZONE)
    start = datetime.combine(day, time.fromisoformat(meeting["start_time"]), zone)
    if meeting.get("end_time"):
        end = datetime.combine(day, time.fromisoformat(meeting["end_time"]), zone)
        if end > start:
            return start, end
    return start, start + DEFAULT_LENGTH


def _event(meeting: dict[str, Any], texts: dict[str, Any], stamp: datetime) -> Any:
    from icalendar import Event

    event = Event()
    event.add("uid", meeting_uid(meeting["id"]))
    event.add("dtstamp", stamp)
    event.add("sequence", int(meeting.get("revision") or 1))
    start, end = _times(meeting)
    event.add("dtstart", start)
    event.add("dtend", end)
    summary = texts["title"] or translate("Calendar", MEETING_TITLE).format(group=texts["group"])
    event.add("summary", summary)
    if texts["place"]:
        event.add("location", texts["place"])
    if texts["agenda"]:
        heading = translate("Calendar", AGENDA_HEADING)
        event.add("description", "\n".join([heading, *texts["agenda"]]))
    event.add("status", "CANCELLED" if meeting["deleted"] else "CONFIRMED")
    event.add("transp", "OPAQUE")
    return event


def calendar_bytes(
    store: Store, meeting_ids: list[str] | None = None, since: date | None = None
) -> tuple[bytes, int]:
    """The calendar file's content and the number of meetings in it.

    `meeting_ids` picks meetings of the own group; without it every meeting from
    `since` on (all of them when `since` is None). Refused (ValidationError) when a
    text holds a personnummer, or when there is nothing to write.
    """
    from icalendar import Calendar

    meetings = _own_meetings(store, meeting_ids, since)
    if not meetings:
        raise ValidationError(NO_MEETINGS)
    group = store.group_name(store.require_group_id()) or ""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", group)
    calendar.add("x-wr-timezone", TIME_ZONE)
    stamp = clock.utc_now()
    for meeting in meetings:
        calendar.add_component(_event(meeting, _gated_texts(store, meeting, group), stamp))
    calendar.add_missing_timezones()
    return calendar.to_ical(), len(meetings)


def write_calendar(
    store: Store, path: Path, meeting_ids: list[str] | None = None, since: date | None = None
) -> int:
    """Write the calendar file (whole, or not at all) and return how many meetings it holds."""
    content, count = calendar_bytes(store, meeting_ids, since)
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(content)
    partial.replace(path)
    return count
