"""The vocabulary of the domain: codes stored in the database and their English labels.

Codes are stable ASCII strings (they travel in export files); labels are
English source strings marked for translation and shown in Swedish by default.
"""

from __future__ import annotations

from dataclasses import dataclass

from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate

_CTX = "Domain"


@dataclass(frozen=True)
class Choice:
    code: str
    label_source: str

    @property
    def label(self) -> str:
        return translate(_CTX, self.label_source)


def _choices(*pairs: tuple[str, str]) -> tuple[Choice, ...]:
    return tuple(Choice(code, label) for code, label in pairs)


def label_for(choices: tuple[Choice, ...], code: str | None) -> str:
    for choice in choices:
        if choice.code == code:
            return choice.label
    return code or ""


LEVELS = _choices(
    ("lokal", QT_TRANSLATE_NOOP("Domain", "Local")),
    ("delregional", QT_TRANSLATE_NOOP("Domain", "Sub-regional")),
    ("lansgemensam", QT_TRANSLATE_NOOP("Domain", "County-wide")),
)
LEVEL_CODES = tuple(choice.code for choice in LEVELS)

ACTIVITY_STATUSES = _choices(
    ("not_started", QT_TRANSLATE_NOOP("Domain", "Not started")),
    ("ongoing", QT_TRANSLATE_NOOP("Domain", "Ongoing")),
    ("paused", QT_TRANSLATE_NOOP("Domain", "Paused")),
    ("done", QT_TRANSLATE_NOOP("Domain", "Done")),
    ("cancelled", QT_TRANSLATE_NOOP("Domain", "Cancelled")),
)
# "Delayed" is derived from the due date, never stored.
ACTIVITY_CLOSED_STATUSES = ("done", "cancelled")
ACTIVITY_DELAYED_LABEL = QT_TRANSLATE_NOOP("Domain", "Delayed")

# How far off a goal is: the report groups goals by it (target year up to 2030).
GOAL_HORIZONS = _choices(
    ("short", QT_TRANSLATE_NOOP("Domain", "Short term")),
    ("long", QT_TRANSLATE_NOOP("Domain", "Long term")),
)
GOAL_HORIZON_CODES = tuple(choice.code for choice in GOAL_HORIZONS)
GOAL_TARGET_YEARS = (2020, 2030)

DEVIATION_STATES = _choices(
    ("registered", QT_TRANSLATE_NOOP("Domain", "Registered")),
    ("sent", QT_TRANSLATE_NOOP("Domain", "Sent")),
    ("investigating", QT_TRANSLATE_NOOP("Domain", "Under investigation")),
    ("answered", QT_TRANSLATE_NOOP("Domain", "Answered")),
    ("feedback_given", QT_TRANSLATE_NOOP("Domain", "Feedback given")),
    ("closed", QT_TRANSLATE_NOOP("Domain", "Closed")),
    ("misregistered", QT_TRANSLATE_NOOP("Domain", "Registered in error")),
)
# States in which the receiving side still owes an answer.
DEVIATION_AWAITING_ANSWER = ("registered", "sent", "investigating")
DEVIATION_OPEN_STATES = ("registered", "sent", "investigating", "answered", "feedback_given")

DEVIATION_TYPES = _choices(
    ("occurred", QT_TRANSLATE_NOOP("Domain", "Event that occurred")),
    ("risk", QT_TRANSLATE_NOOP("Domain", "Risk of an event")),
)

CARE_INJURY = _choices(
    ("none", QT_TRANSLATE_NOOP("Domain", "No care injury")),
    ("injury", QT_TRANSLATE_NOOP("Domain", "Care injury")),
    ("serious", QT_TRANSLATE_NOOP("Domain", "Serious care injury")),
)

ESCALATION_LEVELS = _choices(
    ("delregional", QT_TRANSLATE_NOOP("Domain", "Sub-regional level")),
    ("lansgemensam", QT_TRANSLATE_NOOP("Domain", "County-wide level")),
)

MEETING_KINDS = _choices(
    ("protocol", QT_TRANSLATE_NOOP("Domain", "Minutes (protokoll)")),
    ("notes", QT_TRANSLATE_NOOP("Domain", "Meeting notes")),
)

PRESENCE = _choices(
    ("present", QT_TRANSLATE_NOOP("Domain", "Present")),
    ("absent", QT_TRANSLATE_NOOP("Domain", "Absent")),
    ("co_opted", QT_TRANSLATE_NOOP("Domain", "Co-opted")),
)

AGENDA_ITEM_KINDS = _choices(
    ("formal", QT_TRANSLATE_NOOP("Domain", "Formalities")),
    ("information", QT_TRANSLATE_NOOP("Domain", "Information")),
    ("decision", QT_TRANSLATE_NOOP("Domain", "Decision")),
    ("discussion", QT_TRANSLATE_NOOP("Domain", "Discussion")),
    ("follow_up", QT_TRANSLATE_NOOP("Domain", "Follow-up")),
    ("other", QT_TRANSLATE_NOOP("Domain", "Other")),
)
# The standard agenda file names its kinds in Swedish.
AGENDA_KIND_FROM_REFERENCE = {
    "formalia": "formal",
    "uppföljning": "follow_up",
    "information": "information",
    "övrigt": "other",
    "beslut": "decision",
    "diskussion": "discussion",
}

INDICATOR_DIRECTIONS = _choices(
    ("higher", QT_TRANSLATE_NOOP("Domain", "Higher is better")),
    ("lower", QT_TRANSLATE_NOOP("Domain", "Lower is better")),
)

PARAGRAPH_NUMBERING = _choices(
    ("per_meeting", QT_TRANSLATE_NOOP("Domain", "Start at § 1 in every meeting")),
    ("per_year", QT_TRANSLATE_NOOP("Domain", "Run on through the calendar year")),
)

LINK_KINDS = ("agenda_item", "activity", "indicator", "deviation", "action_item")

DEFAULT_RISK_THRESHOLD = 8
DEFAULT_ANSWER_DAYS = 60

# A member's role in the group (people.role). The chair and the secretary of a new
# meeting default from it.
MEMBER_ROLES = _choices(
    ("member", QT_TRANSLATE_NOOP("Domain", "Regular member")),
    ("deputy", QT_TRANSLATE_NOOP("Domain", "Deputy member")),
    ("co_opted", QT_TRANSLATE_NOOP("Domain", "Co-opted")),
    ("secretary", QT_TRANSLATE_NOOP("Domain", "Secretary")),
    ("chair", QT_TRANSLATE_NOOP("Domain", "Chair")),
    ("vice_chair", QT_TRANSLATE_NOOP("Domain", "Vice chair")),
)
MEMBER_ROLE_CODES = tuple(choice.code for choice in MEMBER_ROLES)
# How many adjusters (justerare) a protocol needs: a group setting.
ADJUSTERS_REQUIRED = (1, 2)
