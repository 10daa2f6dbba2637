"""What every stored value of every kind of record means, in one table.

The column types of the schema say what a value *is* (text, integer); these rules say
what it *means*: an ISO date that is a real date, a code the program knows, an integer
in range, a JSON column of the expected shape, text within its length limit. The
exchange importer, the Excel import and the store's own write path all check records
against the same rules, so nothing the program cannot show is ever stored.

Text limits are one table (TEXT_LIMITS) read by the forms (counter and hard stop), the
services, the Excel import and the importer; the exporter writes nothing longer.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from narvard_desktop import domain
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.record_kinds import field_label, kind_label

_CTX = "RecordRules"

# Maximum length of every free-text field, by field name (characters as Excel counts
# them: UTF-16 units). Names of people and organisations ~200, titles 300, long texts
# 20 000. A field not listed here is held to DEFAULT_TEXT_LIMIT.
TEXT_LIMITS: Mapping[str, int] = {
    "name": 200,
    "function": 200,
    "email": 254,
    "title": 300,
    "place": 300,
    "target_group": 300,
    "unit": 50,
    "source": 300,
    "author": 200,
    "who": 200,
    "organisation_name": 200,
    "reopened_by": 200,
    "external_ref": 100,
    "role": 100,
    "category_code": 50,
    "org_type": 50,
    "kommun_code": 10,
    "principal": 200,
    "catalogue_id": 40,
    "hsa_id": 45,
    "delregion": 100,
    "period": 20,
    "what": 2_000,
    "reason": 2_000,
    "comment": 5_000,
    "definition": 20_000,
    "description": 20_000,
    "notes": 20_000,
    "text": 20_000,
    "immediate_actions": 20_000,
    "suggested_improvement": 20_000,
    "answer_cause": 20_000,
    "answer_measures": 20_000,
    "answer_follow_up": 20_000,
}
DEFAULT_TEXT_LIMIT = 20_000
# The frozen copy of an approved protocol holds every item's texts.
LOCKED_CONTENT_LIMIT = 8_000_000
# Limits that differ for one kind of record from TEXT_LIMITS.
_TABLE_TEXT_LIMITS: Mapping[tuple[str, str], int] = {
    ("meetings", "locked_content"): LOCKED_CONTENT_LIMIT,
    ("meetings", "locked_checksum"): 200,
    ("meeting_reopenings", "previous_checksum"): 200,
}

# Bookkeeping text that is not free text and has its own rule below.
_NOT_FREE_TEXT = {"id", "group_id", "origin_import_id", "template_id"}


def text_limit(field: str, table: str | None = None) -> int:
    """The maximum length of a text field (UTF-16 units, as Excel and Qt count)."""
    if table is not None and (table, field) in _TABLE_TEXT_LIMITS:
        return _TABLE_TEXT_LIMITS[(table, field)]
    return TEXT_LIMITS.get(field, DEFAULT_TEXT_LIMIT)


def has_rule(field: str, table: str | None = None) -> bool:
    """Whether a field has a rule of meaning (a date, a code…) rather than free text."""
    if field in _COMMON_RULES or field in _NOT_FREE_TEXT:
        return True
    if table is not None:
        return field in RULES.get(table, {}) or field in LOCAL_TABLE_RULES.get(table, {})
    return any(field in rules for rules in (*RULES.values(), *LOCAL_TABLE_RULES.values()))


def text_length(text: str) -> int:
    """Length as Excel and Qt count it: in UTF-16 units, so an emoji counts as two."""
    return len(text.encode("utf-16-le", errors="surrogatepass")) // 2


def clip_to_limit(text: str, limit: int) -> str:
    """The longest start of `text` within `limit` UTF-16 units (never half an emoji)."""
    if text_length(text) <= limit:
        return text
    clipped = text[:limit]
    while text_length(clipped) > limit:
        clipped = clipped[:-1]
    return clipped


# --- kinds of rule ------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """What one column means. `what` is one of the constants below."""

    what: str
    codes: tuple[str, ...] = ()
    low: int | None = None
    high: int | None = None


DATE = "date"
TIMESTAMP = "timestamp"
CLOCK_TIME = "time"
CODE = "code"
INTEGER = "integer"
ID_LIST = "id_list"
JSON_OBJECT = "json_object"
PERIOD = "period"
SHORT_CODE = "short_code"
# The organisation catalogue's ids and codes (see the patterns below).
CATALOGUE_ID = "catalogue_id"
HSA_ID = "hsa_id"
KOMMUN_CODE = "kommun_code"


def _codes(choices: tuple[domain.Choice, ...]) -> Rule:
    return Rule(CODE, tuple(choice.code for choice in choices))


_DATE = Rule(DATE)
_TIMESTAMP = Rule(TIMESTAMP)
_FLAG = Rule(INTEGER, low=0, high=1)
_POSITION = Rule(INTEGER, low=-1_000_000, high=1_000_000)
_RISK = Rule(INTEGER, low=1, high=4)
# Codes from reference data that a county template may extend: only their shape.
_REFERENCE_CODE = Rule(SHORT_CODE)
_WAY_CODES = tuple(f"A{n}" for n in range(1, 7)) + tuple(f"F{n}" for n in range(1, 6))

_COMMON_RULES: Mapping[str, Rule] = {
    "created_at": _TIMESTAMP,
    "updated_at": _TIMESTAMP,
    "revision": Rule(INTEGER, low=1, high=2**53),
    "deleted": _FLAG,
}

RULES: Mapping[str, Mapping[str, Rule]] = {
    "groups": {
        "level": Rule(CODE, domain.LEVEL_CODES),
        "kommun_code": _REFERENCE_CODE,
        "risk_threshold": Rule(INTEGER, low=1, high=16),
        "answer_days": Rule(INTEGER, low=1, high=365),
        "paragraph_numbering": _codes(domain.PARAGRAPH_NUMBERING),
    },
    "organisations": {
        "org_type": _REFERENCE_CODE,
        "kommun_code": _REFERENCE_CODE,
        "active": _FLAG,
        "catalogue_id": Rule(CATALOGUE_ID),
    },
    "people": {"active": _FLAG},
    "meetings": {
        "meeting_date": _DATE,
        "start_time": Rule(CLOCK_TIME),
        "end_time": Rule(CLOCK_TIME),
        "kind": _codes(domain.MEETING_KINDS),
        "approval_date": _DATE,
        "locked_at": _TIMESTAMP,
        "locked_content": Rule(JSON_OBJECT),
    },
    "agenda_items": {"position": _POSITION, "kind": _codes(domain.AGENDA_ITEM_KINDS)},
    "action_plans": {
        "period_start": _DATE,
        "period_end": _DATE,
        "template_revision": Rule(INTEGER, low=1, high=2**53),
    },
    "goals": {"position": _POSITION},
    "indicators": {
        "direction": _codes(domain.INDICATOR_DIRECTIONS),
        "baseline_date": _DATE,
        "target_date": _DATE,
    },
    "indicator_values": {"period": Rule(PERIOD), "period_end": _DATE},
    "activities": {
        "way_code": Rule(CODE, _WAY_CODES),
        "participating_organisation_ids": Rule(ID_LIST),
        "start_date": _DATE,
        "due_date": _DATE,
        "status": _codes(domain.ACTIVITY_STATUSES),
        "next_checkin_date": _DATE,
        "position": _POSITION,
    },
    "progress_notes": {"note_date": _DATE},
    "deviations": {
        "event_date": _DATE,
        "reported_date": _DATE,
        "deviation_type": _codes(domain.DEVIATION_TYPES),
        "category_code": _REFERENCE_CODE,
        "consequence": _RISK,
        "likelihood": _RISK,
        "care_injury": _codes(domain.CARE_INJURY),
        "answer_due_date": _DATE,
        "answered_date": _DATE,
        "system_error": _FLAG,
        "escalated_to": _codes(domain.ESCALATION_LEVELS),
        "state": _codes(domain.DEVIATION_STATES),
    },
    "deviation_events": {
        "from_state": _codes(domain.DEVIATION_STATES),
        "to_state": _codes(domain.DEVIATION_STATES),
        "changed_on": _DATE,
    },
    "attendances": {"presence": _codes(domain.PRESENCE), "position": _POSITION},
    "decisions": {"position": _POSITION},
    "action_items": {"due_date": _DATE, "done": _FLAG},
    "links": {
        "from_kind": Rule(CODE, domain.LINK_KINDS),
        "to_kind": Rule(CODE, domain.LINK_KINDS),
    },
    "meeting_reopenings": {"reopened_at": _TIMESTAMP},
}

# Tables that never travel as records but are checked by the same rules: the county's
# organisation register, carried downward inside templates.
LOCAL_TABLE_RULES: Mapping[str, Mapping[str, Rule]] = {
    "organisation_catalogue": {
        "id": Rule(CATALOGUE_ID),
        "org_type": _REFERENCE_CODE,
        "kommun_code": Rule(KOMMUN_CODE),
        "hsa_id": Rule(HSA_ID),
        "active": _FLAG,
        "publisher_level": Rule(CODE, domain.LEVEL_CODES),
    },
}

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PERIOD = re.compile(r"^\d{4}(-(Q[1-4]|T[1-3]|H[12]|\d{2}))?$")
_SHORT_CODE = re.compile(r"^[\w\-./ ]{0,50}$")
# A catalogue id: 3–40 capital letters, digits and hyphens, e.g. ORG-7K2QH9XW4M (generated)
# or a county's own register number.
_CATALOGUE_ID = re.compile(r"^[A-Z0-9][A-Z0-9-]{2,39}$")
# An HSA-id: SE, the organisation number (10 or 12 digits), a hyphen and an extension,
# e.g. SE2321000131-E000000000001.
_HSA_ID = re.compile(r"^SE[0-9]{10}([0-9]{2})?-[A-Za-z0-9]{1,31}$")
# SCB's kommun code: four digits, e.g. 1490.
_KOMMUN_CODE = re.compile(r"^[0-9]{4}$")


# --- problems -----------------------------------------------------------------------

R_NOT_DATE = QT_TRANSLATE_NOOP("RecordRules", "'{value}' is not a date (YYYY-MM-DD)")
R_NOT_TIMESTAMP = QT_TRANSLATE_NOOP("RecordRules", "'{value}' is not a point in time")
R_NOT_TIME = QT_TRANSLATE_NOOP("RecordRules", "'{value}' is not a time of day (HH:MM)")
R_UNKNOWN_CODE = QT_TRANSLATE_NOOP("RecordRules", "'{value}' is not a known code")
R_OUT_OF_RANGE = QT_TRANSLATE_NOOP("RecordRules", "{value} is outside {low}–{high}")
R_NOT_ID_LIST = QT_TRANSLATE_NOOP("RecordRules", "the list of records cannot be read")
R_NOT_JSON_OBJECT = QT_TRANSLATE_NOOP("RecordRules", "the stored content cannot be read")
R_NOT_PERIOD = QT_TRANSLATE_NOOP("RecordRules", "'{value}' is not a period (e.g. 2026-Q1)")
R_TOO_LONG = QT_TRANSLATE_NOOP("RecordRules", "too long: at most {limit} characters, now {length}")
R_NOT_TEXT = QT_TRANSLATE_NOOP("RecordRules", "'{value}' is not text")
R_NOT_INTEGER = QT_TRANSLATE_NOOP("RecordRules", "'{value}' is not a whole number")
R_NOT_CATALOGUE_ID = QT_TRANSLATE_NOOP(
    "RecordRules", "'{value}' is not a catalogue id (capital letters, digits and -, e.g. ORG-12AB)"
)
R_NOT_HSA_ID = QT_TRANSLATE_NOOP(
    "RecordRules", "'{value}' is not an HSA-id (e.g. SE2321000131-E000000000001)"
)
R_NOT_KOMMUN_CODE = QT_TRANSLATE_NOOP(
    "RecordRules", "'{value}' is not a kommun code (four digits, e.g. 1490)"
)


@dataclass(frozen=True)
class RuleProblem:
    """One value that breaks the rules: which kind, which record, which field, and why."""

    table: str
    record_id: str
    field: str
    reason_source: str
    details: Mapping[str, object]

    def reason(self) -> str:
        return translate(_CTX, self.reason_source).format(**self.details)

    def sentence(self) -> str:
        """E.g. "Avvikelse 0190…: Besvarad: 'x' är inte ett datum (ÅÅÅÅ-MM-DD)"."""
        template = translate(
            _CTX, QT_TRANSLATE_NOOP("RecordRules", "{kind} {record}, field {field}: {reason}")
        )
        return template.format(
            kind=kind_label(self.table, plural=False),
            record=self.record_id or "–",
            field=field_label(self.field, self.table),
            reason=self.reason(),
        )


def _shown(value: object, limit: int = 40) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_iso_date(value: object) -> bool:
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_timestamp(value: str) -> bool:
    if len(value) > 40:
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _is_time(value: str) -> bool:
    if not re.fullmatch(r"\d{2}:\d{2}(:\d{2})?", value):
        return False
    try:
        time.fromisoformat(value)
    except ValueError:
        return False
    return True


def _json(value: str) -> object:
    try:
        return json.loads(value)
    except (ValueError, RecursionError):
        return None


_STRING_CHECKS: Mapping[str, tuple[Any, str]] = {
    DATE: (is_iso_date, R_NOT_DATE),
    TIMESTAMP: (_is_timestamp, R_NOT_TIMESTAMP),
    CLOCK_TIME: (_is_time, R_NOT_TIME),
    PERIOD: (lambda v: _PERIOD.match(v) is not None, R_NOT_PERIOD),
    SHORT_CODE: (lambda v: _SHORT_CODE.match(v) is not None, R_UNKNOWN_CODE),
    CODE: (None, R_UNKNOWN_CODE),
    CATALOGUE_ID: (lambda v: _CATALOGUE_ID.match(v) is not None, R_NOT_CATALOGUE_ID),
    HSA_ID: (lambda v: _HSA_ID.match(v) is not None, R_NOT_HSA_ID),
    KOMMUN_CODE: (lambda v: _KOMMUN_CODE.match(v) is not None, R_NOT_KOMMUN_CODE),
}


def _rule_problem(rule: Rule, value: object) -> tuple[str, dict[str, object]] | None:
    if rule.what == INTEGER:
        if not isinstance(value, int) or isinstance(value, bool):
            return R_NOT_INTEGER, {"value": _shown(value)}
        if (rule.low is not None and value < rule.low) or (
            rule.high is not None and value > rule.high
        ):
            return R_OUT_OF_RANGE, {"value": value, "low": rule.low, "high": rule.high}
        return None
    if not isinstance(value, str):
        return R_NOT_TEXT, {"value": _shown(value)}
    found = _STRING_CHECKS.get(rule.what)
    if found is not None:
        check, reason = found
        ok = value in rule.codes if rule.what == CODE else check(value)
        return None if ok else (reason, {"value": _shown(value)})
    if rule.what == ID_LIST:
        parsed = _json(value) if len(value) < 1_000_000 else None
        ok = isinstance(parsed, list) and all(
            isinstance(item, str) and _UUID.match(item) for item in parsed
        )
        return None if ok else (R_NOT_ID_LIST, {})
    if rule.what == JSON_OBJECT:
        return None if isinstance(_json(value), dict) else (R_NOT_JSON_OBJECT, {})
    return None


def _text_problem(table: str, name: str, value: str) -> tuple[str, dict[str, object]] | None:
    limit = text_limit(name, table)
    if len(value) * 2 <= limit:  # cheap: no text is longer in UTF-16 than twice this
        return None
    length = text_length(value)
    if length > limit:
        return R_TOO_LONG, {"limit": limit, "length": length}
    return None


@functools.lru_cache(maxsize=64)
def _rules_of(table: str) -> Mapping[str, Rule]:
    return {**_COMMON_RULES, **RULES.get(table, {}), **LOCAL_TABLE_RULES.get(table, {})}


def record_problems(table: str, record: Mapping[str, Any]) -> list[RuleProblem]:
    """Every value of a record (or of the changed fields of one) that breaks the rules.

    Fields that are absent or NULL are not checked here: whether a field is required is
    the schema's business (NOT NULL), and services say it in their own words.
    """
    rules = _rules_of(table)
    record_id = str(record.get("id") or "")
    found: list[RuleProblem] = []
    for name, value in record.items():
        if value is None or (name in _NOT_FREE_TEXT and name not in rules):
            continue
        rule = rules.get(name)
        if rule is not None:
            problem = _rule_problem(rule, value)
        elif isinstance(value, str):
            problem = _text_problem(table, name, value)
        else:
            problem = None
        if problem is None and rule is not None and isinstance(value, str):
            problem = _text_problem(table, name, value)
        if problem is not None:
            found.append(RuleProblem(table, record_id, name, problem[0], problem[1]))
    return found


def column_keeps_rules(table: str, field: str, values: Collection[object]) -> bool:
    """Whether no value of one field, across many records, breaks a rule: what
    `record_problems` finds value by value, checked a column at a time (types as a set,
    codes by set membership, each distinct date or code once, lengths by the longest).

    False means only "not certainly": the caller then checks record by record, so that
    the first bad record is named exactly as before.
    """
    rules = _rules_of(table)
    rule = rules.get(field)
    if rule is None and field in _NOT_FREE_TEXT:
        return True
    every_kind = set(map(type, values))
    kinds = every_kind - {type(None)}
    if not kinds:
        return True
    if rule is None:
        if str not in kinds:
            return True
        texts = values if every_kind == {str} else [v for v in values if type(v) is str]
        return _texts_within_limit(table, field, texts)  # type: ignore[arg-type]
    present = [value for value in values if value is not None]
    if rule.what == INTEGER:
        if kinds != {int}:
            return False
        numbers: list[int] = present  # type: ignore[assignment]
        too_low = rule.low is not None and min(numbers) < rule.low
        return not too_low and (rule.high is None or max(numbers) <= rule.high)
    if kinds != {str}:
        return False
    distinct = set(present)
    if rule.what == CODE:
        if not distinct <= set(rule.codes):
            return False
    elif any(_rule_problem(rule, value) is not None for value in distinct):
        return False
    return _texts_within_limit(table, field, distinct)  # type: ignore[arg-type]


def _texts_within_limit(table: str, field: str, texts: Collection[str]) -> bool:
    limit = text_limit(field, table)
    # Cheap first: no text is longer in UTF-16 than twice its length in characters.
    if max(map(len, texts), default=0) * 2 <= limit:
        return True
    return all(len(text) * 2 <= limit or text_length(text) <= limit for text in texts)


def first_problem(table: str, record: Mapping[str, Any]) -> RuleProblem | None:
    problems = record_problems(table, record)
    return problems[0] if problems else None


# --- defensive reading of values that may already be bad in an old database ----------


def date_or_none(value: object) -> date | None:
    """A stored ISO date, or None when it is missing or not a real date."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not is_iso_date(value):
        return None
    assert isinstance(value, str)
    return date.fromisoformat(value)


def json_or(value: object, default: Any) -> Any:
    """A stored JSON value of the same type as `default`, else `default`."""
    if not isinstance(value, str):
        return default
    parsed = _json(value)
    return parsed if isinstance(parsed, type(default)) else default


def check_values(table: str, values: Mapping[str, Any]) -> None:
    """Raise a `ValidationError` naming the field when a value to be stored breaks a rule."""
    problem = first_problem(table, values)
    if problem is None:
        return
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{label}: {reason}."),
        label=field_label(problem.field, table),
        reason=problem.reason(),
        field=problem.field,
    )
