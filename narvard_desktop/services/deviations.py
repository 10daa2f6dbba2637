"""Avvikelser i samverkan: the anonymised log, its answer clock and its lifecycle.

Risk score, "needs deeper analysis" and "overdue" are derived when read, never
stored, so changing the group's threshold or answer days never leaves stale
flags behind. Text is stored as typed: a personnummer in it is flagged by the
privacy guard (the database is the group's own), not refused.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from narvard_desktop import clock
from narvard_desktop.domain import (
    CARE_INJURY,
    DEFAULT_ANSWER_DAYS,
    DEFAULT_RISK_THRESHOLD,
    DEVIATION_AWAITING_ANSWER,
    DEVIATION_OPEN_STATES,
    DEVIATION_STATES,
    DEVIATION_TYPES,
    ESCALATION_LEVELS,
    label_for,
)
from narvard_desktop.errors import ReadOnlyRecordError, ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.record_kinds import field_label, free_text_fields
from narvard_desktop.store import Store
from narvard_desktop.store.records import get_record, insert_record, update_record

TEXT_FIELDS = free_text_fields("deviations")
DATE_FIELDS = ("event_date", "reported_date", "answer_due_date", "answered_date")
EDITABLE_FIELDS = (
    *TEXT_FIELDS,
    *DATE_FIELDS,
    "deviation_type",
    "category_code",
    "reporting_organisation_id",
    "receiving_organisation_id",
    "consequence",
    "likelihood",
    "care_injury",
    "system_error",
    "escalated_to",
)

# The lifecycle. Skipping "Under utredning" is allowed because many answers arrive
# without the receiving side ever saying it has started; every other move is one step.
ALLOWED_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "registered": ("sent",),
    "sent": ("investigating", "answered"),
    "investigating": ("answered",),
    "answered": ("feedback_given",),
    "feedback_given": ("closed",),
    "closed": (),
    "misregistered": (),
}
for _state in DEVIATION_OPEN_STATES:
    ALLOWED_TRANSITIONS[_state] = (*ALLOWED_TRANSITIONS[_state], "misregistered")


# --- Reading the group's rules -----------------------------------------------------------


def group_rules(store: Store) -> tuple[int, int]:
    """The own group's (risk threshold, answer days), with the defaults before setup."""
    group = store.own_group() or {}
    return (
        int(group.get("risk_threshold") or DEFAULT_RISK_THRESHOLD),
        int(group.get("answer_days") or DEFAULT_ANSWER_DAYS),
    )


def risk_score(consequence: int | None, likelihood: int | None) -> int | None:
    if consequence is None or likelihood is None:
        return None
    return int(consequence) * int(likelihood)


def needs_deeper_analysis(
    consequence: int | None, likelihood: int | None, threshold: int = DEFAULT_RISK_THRESHOLD
) -> bool:
    score = risk_score(consequence, likelihood)
    return score is not None and score >= threshold


def is_overdue(state: str, answer_due_date: str | None, today: date | None = None) -> bool:
    """Still waiting for the receiving side's answer after the day it was due."""
    if state not in DEVIATION_AWAITING_ANSWER or not answer_due_date:
        return False
    return answer_due_date < (today or clock.today()).isoformat()


def default_answer_due_date(store: Store, reported: date | str) -> str:
    reported_day = reported if isinstance(reported, date) else date.fromisoformat(reported)
    return (reported_day + timedelta(days=group_rules(store)[1])).isoformat()


# --- Validation ----------------------------------------------------------------------------


def _label(field_name: str) -> str:
    # The messages name the field inside a sentence ("The event date is required.").
    return field_label(field_name, "deviations").lower()


def _as_date(field_name: str, value: object) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    # fromisoformat also takes "20261015"; the form and the workbook promise YYYY-MM-DD.
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    raise _bad_date(field_name, value)


def _bad_date(field_name: str, value: object) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The {label} must be a date written as YYYY-MM-DD: {value}"),
        label=_label(field_name),
        value=str(value)[:40],
        field=field_name,
    )


def _as_level(field_name: str, value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise _bad_level(field_name, value)
    try:
        number = int(str(value).strip())
    except ValueError:
        raise _bad_level(field_name, value) from None
    if not 1 <= number <= 4:
        raise _bad_level(field_name, value)
    return number


def _bad_level(field_name: str, value: object) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The {label} must be a whole number from 1 to 4: {value}"),
        label=_label(field_name),
        value=str(value)[:40],
        field=field_name,
    )


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None


def _check_code(value: object, choices: tuple[Any, ...], message: str, field: str) -> str:
    codes = [choice.code for choice in choices]
    if value not in codes:
        raise ValidationError(message, value=str(value)[:40], choices=", ".join(codes), field=field)
    return str(value)


def _check_organisation(store: Store, value: object, field: str) -> str | None:
    if value in (None, ""):
        return None
    row = store.db.execute(
        "SELECT 1 FROM organisations WHERE id = ? AND deleted = 0", [str(value)]
    ).fetchone()
    if row is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The organisation {value} does not exist."),
            value=str(value)[:60],
            field=field,
        )
    return str(value)


def _dates_and_description(
    values: Mapping[str, Any], problems: list[ValidationError]
) -> dict[str, Any]:
    """The dates and the description, cleaned; what is wrong with them goes to `problems`.

    Every check runs, so a form can show each mistake at its field at once; the order
    is the order `validate_deviation` refuses them in.
    """
    clean: dict[str, Any] = {}
    for name in DATE_FIELDS:
        try:
            clean[name] = _as_date(name, values.get(name))
        except ValidationError as error:
            problems.append(error)
            clean[name] = None
    for name in ("event_date", "reported_date"):
        if clean[name] is None and not any(p.details.get("field") == name for p in problems):
            problems.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The {label} is required."),
                    label=_label(name),
                    field=name,
                )
            )
    reported = clean["reported_date"]
    if clean["event_date"] and reported and clean["event_date"] > reported:
        problems.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The event date cannot be after the reported date."),
                field="event_date",
            )
        )
    for name in ("answer_due_date", "answered_date"):
        if clean[name] and reported and clean[name] < reported:
            problems.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{label} cannot be before the reported date."),
                    label=field_label(name, "deviations"),
                    field=name,
                )
            )
    clean["description"] = _as_text(values.get("description"))
    if clean["description"] is None:
        problems.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Describe what happened (never who it happened to)."),
                field="description",
            )
        )
    return clean


def _category_problem(store: Store, category: object) -> ValidationError | None:
    if category in (None, ""):
        return ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose a category."), field="category_code"
        )
    if category not in [row["code"] for row in store.reference.categories()]:
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Choose a category from the list (unknown category: {value})."
            ),
            value=str(category)[:40],
            field="category_code",
        )
    return None


def deviation_problems(store: Store, values: Mapping[str, Any]) -> list[ValidationError]:
    """Every mistake in the dates, description and category, each naming its field.

    `validate_deviation` refuses the first mistake it meets; a form asks for them all
    before saving, so the user sees everything to correct at once.
    """
    problems: list[ValidationError] = []
    _dates_and_description(values, problems)
    category = _category_problem(store, values.get("category_code"))
    return [*problems, category] if category is not None else problems


def validate_deviation(store: Store, values: Mapping[str, Any]) -> dict[str, Any]:
    """Clean a full set of fields, or raise ValidationError with one clear sentence.

    Unknown keys are a programming error (ValueError), not the user's.
    """
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable deviation fields: {sorted(unknown)}")
    problems: list[ValidationError] = []
    clean: dict[str, Any] = {name: _as_text(values.get(name)) for name in TEXT_FIELDS}
    clean.update(_dates_and_description(values, problems))
    if problems:
        raise problems[0]
    clean["deviation_type"] = _check_code(
        values.get("deviation_type") or "occurred",
        DEVIATION_TYPES,
        QT_TRANSLATE_NOOP("Errors", "Unknown type of deviation {value}: choose one of {choices}."),
        "deviation_type",
    )
    clean["care_injury"] = _check_code(
        values.get("care_injury") or "none",
        CARE_INJURY,
        QT_TRANSLATE_NOOP("Errors", "Unknown care injury choice {value}: choose one of {choices}."),
        "care_injury",
    )
    escalated = values.get("escalated_to") or None
    clean["escalated_to"] = (
        None
        if escalated is None
        else _check_code(
            escalated,
            ESCALATION_LEVELS,
            QT_TRANSLATE_NOOP(
                "Errors", "Unknown escalation level {value}: choose one of {choices}."
            ),
            "escalated_to",
        )
    )
    category = values.get("category_code")
    problem = _category_problem(store, category)
    if problem is not None:
        raise problem
    clean["category_code"] = category
    clean["consequence"] = _as_level("consequence", values.get("consequence"))
    clean["likelihood"] = _as_level("likelihood", values.get("likelihood"))
    clean["system_error"] = 1 if values.get("system_error") else 0
    for name in ("reporting_organisation_id", "receiving_organisation_id"):
        clean[name] = _check_organisation(store, values.get(name), name)
    return clean


# --- Writing ---------------------------------------------------------------------------------


def _add_event(
    store: Store,
    group_id: str,
    deviation_id: str,
    from_state: str | None,
    to_state: str,
    on: str,
    comment: str | None,
) -> None:
    insert_record(
        store.db,
        "deviation_events",
        group_id,
        {
            "deviation_id": deviation_id,
            "from_state": from_state,
            "to_state": to_state,
            "changed_on": on,
            "comment": _as_text(comment),
        },
    )


def _require_own(store: Store, record: dict[str, Any]) -> dict[str, Any]:
    """Refuse before validating, so the user hears why nothing can be changed at all."""
    if record["group_id"] != store.require_group_id():
        owner = store.db.execute(
            "SELECT name FROM groups WHERE id = ?", [record["group_id"]]
        ).fetchone()
        raise ReadOnlyRecordError(owner=owner[0] if owner else record["group_id"])
    return record


def create_deviation(store: Store, values: Mapping[str, Any]) -> str:
    """Log a new avvikelse in state Registrerad and return its id."""
    group_id = store.require_group_id()
    clean = validate_deviation(store, values)
    if clean["answer_due_date"] is None:
        clean["answer_due_date"] = default_answer_due_date(store, clean["reported_date"])
    clean["state"] = "registered"
    with store.db.atomic():
        deviation_id = insert_record(store.db, "deviations", group_id, clean)
        _add_event(store, group_id, deviation_id, None, "registered", clean["reported_date"], None)
    return deviation_id


def update_deviation(store: Store, deviation_id: str, changes: Mapping[str, Any]) -> None:
    """Change fields of an owned avvikelse; state moves go through `change_state`."""
    group_id = store.require_group_id()
    current = _require_own(store, get_record(store.db, "deviations", deviation_id))
    merged = {name: current[name] for name in EDITABLE_FIELDS} | dict(changes)
    # A due date that was only the default follows a corrected reported date.
    if "answer_due_date" not in changes and current["answer_due_date"] == default_answer_due_date(
        store, current["reported_date"]
    ):
        merged["answer_due_date"] = None
    clean = validate_deviation(store, merged)
    if clean["answer_due_date"] is None:
        clean["answer_due_date"] = default_answer_due_date(store, clean["reported_date"])
    with store.db.atomic():
        update_record(store.db, "deviations", deviation_id, group_id, clean)


def allowed_next_states(state: str) -> tuple[str, ...]:
    return ALLOWED_TRANSITIONS.get(state, ())


def change_state(
    store: Store,
    deviation_id: str,
    to_state: str,
    on: date | str | None = None,
    comment: str | None = None,
) -> None:
    """Move along the lifecycle; the move and its date are logged in the same transaction."""
    group_id = store.require_group_id()
    current = _require_own(store, get_record(store.db, "deviations", deviation_id))
    from_state = current["state"]
    if to_state not in allowed_next_states(from_state):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A deviation that is {current} cannot become {target}."),
            current=label_for(DEVIATION_STATES, from_state).lower(),
            target=label_for(DEVIATION_STATES, to_state).lower(),
        )
    on_text = _as_date("changed_on", on) if on is not None else clock.today().isoformat()
    if on_text is None or on_text < current["reported_date"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A change of state cannot be dated before the reported date."
            )
        )
    changes: dict[str, Any] = {"state": to_state}
    if to_state == "answered":
        changes["answered_date"] = on_text
    with store.db.atomic():
        update_record(store.db, "deviations", deviation_id, group_id, changes)
        _add_event(store, group_id, deviation_id, from_state, to_state, on_text, comment)


def deviation_events(store: Store, deviation_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM deviation_events WHERE deviation_id = ? AND deleted = 0"
            " ORDER BY changed_on, created_at",
            [deviation_id],
        )
    )


# --- Links to improvement activities ---------------------------------------------------------


def _link(store: Store, group_id: str, deviation_id: str, activity_id: str) -> None:
    exists = store.db.execute(
        "SELECT 1 FROM links WHERE from_kind = 'deviation' AND from_id = ?"
        " AND to_kind = 'activity' AND to_id = ? AND deleted = 0",
        [deviation_id, activity_id],
    ).fetchone()
    if exists is None:
        insert_record(
            store.db,
            "links",
            group_id,
            {
                "from_kind": "deviation",
                "from_id": deviation_id,
                "to_kind": "activity",
                "to_id": activity_id,
            },
        )


def _require_live(store: Store, table: str, record_id: str) -> dict[str, Any]:
    record = get_record(store.db, table, record_id)
    if record["deleted"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The record {record_id} has been deleted."),
            record_id=record_id,
        )
    return record


def create_improvement_activity(
    store: Store,
    deviation_ids: Sequence[str],
    action_plan_id: str,
    title: str,
    description: str | None = None,
    way_code: str | None = None,
    responsible_organisation_id: str | None = None,
    due_date: date | str | None = None,
) -> str:
    """Turn one or more avvikelser into an activity in a plan, linked to each of them.

    The avvikelse texts are not copied into the activity: they may hold details that
    should stay in the log, and the link already leads from one to the other.
    """
    group_id = store.require_group_id()
    if not deviation_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose at least one deviation."))
    if not (title or "").strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The activity needs a title."), field="title"
        )
    plan = _require_live(store, "action_plans", action_plan_id)
    if plan["group_id"] != group_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Activities can only be added to the group's own plans.")
        )
    for deviation_id in deviation_ids:
        _require_live(store, "deviations", deviation_id)
    if way_code is not None and way_code not in {
        row["code"] for row in store.reference.ways_of_working()
    }:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown way of working or prerequisite {value}."),
            value=str(way_code)[:40],
            field="way_code",
        )
    values = {
        "action_plan_id": action_plan_id,
        "title": title,
        "description": _as_text(description),
        "way_code": way_code,
        "responsible_organisation_id": _check_organisation(
            store, responsible_organisation_id, "responsible_organisation_id"
        ),
        "start_date": clock.today().isoformat(),
        "due_date": _as_date("due_date", due_date),
        "status": "not_started",
    }
    with store.db.atomic():
        position = store.db.execute(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM activities WHERE action_plan_id = ?",
            [action_plan_id],
        ).fetchone()[0]
        activity_id = insert_record(
            store.db, "activities", group_id, values | {"position": position}
        )
        for deviation_id in dict.fromkeys(deviation_ids):
            _link(store, group_id, deviation_id, activity_id)
    return activity_id


def link_deviation_to_activity(store: Store, deviation_id: str, activity_id: str) -> None:
    group_id = store.require_group_id()
    _require_live(store, "deviations", deviation_id)
    _require_live(store, "activities", activity_id)
    with store.db.atomic():
        _link(store, group_id, deviation_id, activity_id)


def activities_for_deviation(store: Store, deviation_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT a.* FROM links l JOIN activities a ON a.id = l.to_id"
            " WHERE l.from_kind = 'deviation' AND l.from_id = ? AND l.to_kind = 'activity'"
            " AND l.deleted = 0 AND a.deleted = 0 ORDER BY a.position, a.created_at",
            [deviation_id],
        )
    )


def deviations_for_activity(store: Store, activity_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT d.* FROM links l JOIN deviations d ON d.id = l.from_id"
            " WHERE l.to_kind = 'activity' AND l.to_id = ? AND l.from_kind = 'deviation'"
            " AND l.deleted = 0 AND d.deleted = 0 ORDER BY d.reported_date, d.created_at",
            [activity_id],
        )
    )
