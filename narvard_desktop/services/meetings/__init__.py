"""Meetings: agenda (§), attendance, decisions, action items, summaries and justering.

§ numbers are derived, never stored, so re-ordering or removing an item can
never leave a gap or a duplicate. Once a meeting is approved (justerat) its
content is frozen as a canonical JSON snapshot with a SHA-256 checksum; every
later change to it or its children is refused until it is explicitly
reopened with a reason, which is logged.

Two things stay editable on a locked meeting because they are follow-up, not
protocol content: whether an action item is done, and turning it into a
handlingsplan activity. Neither is part of the frozen snapshot.
"""

from __future__ import annotations

from narvard_desktop.services.meetings._common import (
    DIGITAL_PLACE,
    DUE_SOON_DAYS_WITHOUT_NEXT_MEETING,
    LINK_TARGET_KINDS,
    ROLE_ACTION_PLAN,
    ROLE_ADJUSTERS,
    ROLE_AGENDA_APPROVAL,
    ROLE_CLOSING,
    ROLE_DEVIATIONS,
    ROLE_LEVEL_INFORMATION,
    ROLE_NEXT_MEETING,
    ROLE_OPENING,
    ROLE_OTHER_BUSINESS,
    ROLE_PREVIOUS_MINUTES,
    ROLE_PRINCIPAL_NEWS,
    ROLE_ROLL_CALL,
    SNAPSHOT_FORMAT,
    MeetingLockedError,
    get_meeting,
    is_locked,
    item_role,
    normalise_decision,
)
from narvard_desktop.services.meetings.agenda import (
    add_agenda_item,
    agenda_items,
    find_item_by_role,
    move_agenda_item,
    paragraph_numbers,
    remove_agenda_item,
    reorder_agenda,
    update_agenda_item,
)
from narvard_desktop.services.meetings.attendance import (
    add_attendee,
    add_guest,
    attendance,
    present_people,
    remove_attendance,
    set_presence,
    update_attendance,
)
from narvard_desktop.services.meetings.justering import (
    canonical_json,
    checksum_of,
    lock_meeting,
    meeting_document,
    reopen_meeting,
    reopenings,
    verify_lock,
)
from narvard_desktop.services.meetings.justering_rules import (
    adjusters_required,
    justering_problems,
    justering_refusals,
)
from narvard_desktop.services.meetings.minutes import (
    action_item_to_activity,
    action_items,
    add_action_item,
    add_decision,
    add_link,
    decisions,
    item_links,
    remove_action_item,
    remove_decision,
    remove_link,
    set_action_item_done,
    update_action_item,
    update_decision,
)
from narvard_desktop.services.meetings.records import create_meeting, delete_meeting, update_meeting
from narvard_desktop.services.meetings.schedule import (
    latest_meeting_id,
    list_meetings,
    next_meeting_id,
)
from narvard_desktop.services.meetings.summaries import (
    action_plan_summary,
    deviation_summary,
    open_action_items_before,
)

__all__ = [
    "DIGITAL_PLACE",
    "DUE_SOON_DAYS_WITHOUT_NEXT_MEETING",
    "LINK_TARGET_KINDS",
    "MeetingLockedError",
    "ROLE_ACTION_PLAN",
    "ROLE_ADJUSTERS",
    "ROLE_AGENDA_APPROVAL",
    "ROLE_CLOSING",
    "ROLE_DEVIATIONS",
    "ROLE_LEVEL_INFORMATION",
    "ROLE_NEXT_MEETING",
    "ROLE_OPENING",
    "ROLE_OTHER_BUSINESS",
    "ROLE_PREVIOUS_MINUTES",
    "ROLE_PRINCIPAL_NEWS",
    "ROLE_ROLL_CALL",
    "SNAPSHOT_FORMAT",
    "action_item_to_activity",
    "action_items",
    "action_plan_summary",
    "add_action_item",
    "add_agenda_item",
    "add_attendee",
    "add_decision",
    "adjusters_required",
    "justering_problems",
    "justering_refusals",
    "add_guest",
    "add_link",
    "agenda_items",
    "attendance",
    "canonical_json",
    "checksum_of",
    "create_meeting",
    "decisions",
    "delete_meeting",
    "deviation_summary",
    "find_item_by_role",
    "get_meeting",
    "is_locked",
    "item_links",
    "item_role",
    "latest_meeting_id",
    "list_meetings",
    "lock_meeting",
    "meeting_document",
    "move_agenda_item",
    "next_meeting_id",
    "normalise_decision",
    "open_action_items_before",
    "paragraph_numbers",
    "present_people",
    "remove_action_item",
    "remove_agenda_item",
    "remove_attendance",
    "remove_decision",
    "remove_link",
    "reopen_meeting",
    "reopenings",
    "reorder_agenda",
    "set_action_item_done",
    "set_presence",
    "update_action_item",
    "update_agenda_item",
    "update_attendance",
    "update_decision",
    "update_meeting",
    "verify_lock",
]
