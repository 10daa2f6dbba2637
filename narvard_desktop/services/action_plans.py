"""Handlingsplaner and their goals, plus the input checks shared by the plan services.

Every function takes user input as it arrives from a form or a spreadsheet
(strings, dates, numbers with a decimal comma) and raises `ValidationError`
with a message a facilitator understands. The checks that need no database
(`clean_*`) are separate from the ones that do, so the Excel import can run
them on rows whose parents exist only in the same workbook.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlite_utils import Database

from narvard_desktop.domain import GOAL_HORIZON_CODES, GOAL_TARGET_YEARS
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.record_kinds import field_label
from narvard_desktop.record_rules import text_limit
from narvard_desktop.store import Store
from narvard_desktop.store.records import (
    get_record,
    insert_record,
    soft_delete_record,
    update_record,
)
from narvard_desktop.store.undo import journal_for

# Excel keeps at most this many characters in a cell; holding every text to it
# means whatever the app stores can also travel in a workbook unchanged.
MAX_TEXT_LENGTH = 32_767

# Characters XML 1.0 (and so .xlsx and most exchange formats) cannot carry.
# Word's manual line break (\x0b) and page break (\x0c) become newlines instead.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\ufffe\uffff]")
_SOFT_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})


# --- input cleaning shared by plans, activities and indicators ---------------------------


def text_length(text: str) -> int:
    """Length as Excel counts it: in UTF-16 units, so an emoji counts as two."""
    return len(text.encode("utf-16-le")) // 2


def clean_text(value: Any, field: str, *, required: bool = False) -> str | None:
    """Trim, normalise line breaks and drop characters no file format can carry."""
    if value is None:
        text = ""
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_SOFT_BREAKS)
    text = _CONTROL_CHARACTERS.sub("", text).strip()
    if not text:
        if required:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label} must be filled in."),
                label=field_label(field),
                field=field,
            )
        return None
    # One table of limits (record_rules.TEXT_LIMITS) for forms, services and imports.
    limit = min(text_limit(field), MAX_TEXT_LENGTH)
    if text_length(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{label} is too long: at most {limit} characters, now {length}."
            ),
            label=field_label(field),
            limit=limit,
            length=text_length(text),
            field=field,
        )
    return text


def clean_date(value: Any, field: str) -> str | None:
    """An ISO date string (YYYY-MM-DD) from a date, a datetime or text; empty gives None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(
            text[:10] if len(text) > 10 and text[10] in "T " else text
        ).isoformat()
    except ValueError:
        pass
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{label}: '{value}' is not a date. Write it as YYYY-MM-DD."),
        label=field_label(field),
        value=_shorten(text),
        field=field,
    )


def clean_number(value: Any, field: str, *, required: bool = False) -> float | None:
    """A number from a number or from text such as '12,5', '1 234,5' or '−3'."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label} must be filled in."),
                label=field_label(field),
                field=field,
            )
        return None
    number: float | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip().replace("\u2212", "-")
        # Spaces of every kind are thousands separators in Swedish.
        text = re.sub(r"[\s\u00a0\u202f\u2009]", "", text)
        if "," in text and "." not in text and text.count(",") == 1:
            text = text.replace(",", ".")
        if re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
            number = float(text)
    if number is None or math.isnan(number) or math.isinf(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{label}: '{value}' is not a number."),
            label=field_label(field),
            value=_shorten(str(value)),
            field=field,
        )
    return number


def check_date_order(start: str | None, end: str | None, start_field: str, end_field: str) -> None:
    if start and end and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{end_label} ({end}) cannot be before {start_label} ({start})."
            ),
            end_label=field_label(end_field),
            start_label=field_label(start_field).lower(),
            end=end,
            start=start,
            field=end_field,
        )


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fold(text: str) -> str:
    folded = " ".join(text.casefold().split())
    if folded.isascii():
        return folded
    kept = folded.translate(str.maketrans("åäö", "\x01\x02\x03"))
    stripped = "".join(
        char for char in unicodedata.normalize("NFKD", kept) if not unicodedata.combining(char)
    )
    return stripped.translate(str.maketrans("\x01\x02\x03", "åäö"))


# Sorting and searching call these once per row from SQL, and lists page through the
# same titles again and again, so short texts are cached; long ones would fill memory.
_fold_cached = lru_cache(maxsize=65_536)(_fold)
_CACHED_LENGTH = 256


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form for matching names; å, ä and ö stay distinct."""
    if not text:
        return ""
    return _fold_cached(text) if len(text) <= _CACHED_LENGTH else _fold(text)


@lru_cache(maxsize=65_536)
def _sort_key_cached(folded: str) -> str:
    return folded.translate(str.maketrans("åäö", "{|}"))


def sort_key(text: str | None) -> str:
    """Swedish alphabetical order (å < ä < ö after z) as a plain string comparison."""
    folded = fold(text)
    return (
        _sort_key_cached(folded)
        if len(folded) <= _CACHED_LENGTH
        else _sort_key_cached.__wrapped__(folded)
    )


def register_sql_functions(db: Database) -> None:
    """Make `nv_fold` and `nv_sort` available in SQL on this connection."""
    db.conn.create_function("nv_fold", 1, fold, deterministic=True)
    db.conn.create_function("nv_sort", 1, sort_key, deterministic=True)


# --- ownership helpers --------------------------------------------------------------------


def live_record(db: Database, table: str, record_id: str | None, field: str) -> dict[str, Any]:
    """The record, or a validation error when it does not exist or is deleted."""
    if record_id:
        row = next(db.query(f"SELECT * FROM {table} WHERE id = ?", [record_id]), None)
        if row is not None and not row["deleted"]:
            return row
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{label}: what you chose no longer exists."),
        label=field_label(field),
        field=field,
    )


def require_own(record: Mapping[str, Any], group_id: str, field: str) -> None:
    if record["group_id"] != group_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{label}: what you chose belongs to another group and cannot be used here.",
            ),
            label=field_label(field),
            field=field,
        )


# --- plans --------------------------------------------------------------------------------

PLAN_FIELDS = (
    "title",
    "description",
    "target_group",
    "target_group_code",
    "period_start",
    "period_end",
)
UNKNOWN_TARGET_GROUP = QT_TRANSLATE_NOOP("Errors", "'{value}' is not a known target group.")
GOAL_HORIZON_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "'{value}' is not a known horizon.")
TARGET_YEAR_RANGE = QT_TRANSLATE_NOOP("Errors", "{label} must be a year from {first} to {last}.")


def clean_target_group_code(value: Any, known: set[str]) -> str | None:
    """A code of the reference list of målgrupper, or nothing."""
    code = str(value or "").strip().upper()
    if not code:
        return None
    if code not in known:
        raise ValidationError(UNKNOWN_TARGET_GROUP, value=code[:40], field="target_group_code")
    return code


def clean_plan_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {
        "title": clean_text(values.get("title"), "title", required=True),
        "description": clean_text(values.get("description"), "description"),
        "target_group": clean_text(values.get("target_group"), "target_group"),
        "period_start": clean_date(values.get("period_start"), "period_start"),
        "period_end": clean_date(values.get("period_end"), "period_end"),
    }
    check_date_order(cleaned["period_start"], cleaned["period_end"], "period_start", "period_end")
    return cleaned


def _check_adopted_item(db: Database, group_id: str, agenda_item_id: str | None) -> None:
    if agenda_item_id:
        item = live_record(db, "agenda_items", agenda_item_id, "adopted_agenda_item_id")
        require_own(item, group_id, "adopted_agenda_item_id")


def _known_target_groups(store: Store) -> set[str]:
    return {row["code"] for row in store.reference.target_groups()}


def create_plan(store: Store, values: Mapping[str, Any]) -> str:
    group_id = store.require_group_id()
    cleaned = clean_plan_fields(values)
    cleaned["target_group_code"] = clean_target_group_code(
        values.get("target_group_code"), _known_target_groups(store)
    )
    cleaned["adopted_agenda_item_id"] = values.get("adopted_agenda_item_id") or None
    _check_adopted_item(store.db, group_id, cleaned["adopted_agenda_item_id"])
    with store.db.atomic():
        return insert_record(store.db, "action_plans", group_id, cleaned)


def update_plan(store: Store, plan_id: str, changes: Mapping[str, Any]) -> None:
    group_id = store.require_group_id()
    current = get_record(store.db, "action_plans", plan_id)
    merged = {**{key: current[key] for key in PLAN_FIELDS}, **changes}
    cleaned = clean_plan_fields(merged)
    cleaned["target_group_code"] = clean_target_group_code(
        merged.get("target_group_code"), _known_target_groups(store)
    )
    if "adopted_agenda_item_id" in changes:
        cleaned["adopted_agenda_item_id"] = changes["adopted_agenda_item_id"] or None
        _check_adopted_item(store.db, group_id, cleaned["adopted_agenda_item_id"])
    with store.db.atomic():
        update_record(store.db, "action_plans", plan_id, group_id, cleaned)


# What lives under a plan, with how to find it; deleted and restored as a whole.
_PLAN_CHILDREN = (
    ("goals", "SELECT id FROM goals WHERE action_plan_id = ?"),
    ("indicators", "SELECT id FROM indicators WHERE action_plan_id = ?"),
    (
        "indicator_values",
        "SELECT v.id FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id"
        " WHERE i.action_plan_id = ?",
    ),
    ("activities", "SELECT id FROM activities WHERE action_plan_id = ?"),
    (
        "progress_notes",
        "SELECT n.id FROM progress_notes n JOIN activities a ON a.id = n.activity_id"
        " WHERE a.action_plan_id = ?",
    ),
)


def plan_contents(store: Store, plan_id: str) -> dict[str, int]:
    """How many live goals, activities, indicators, … the plan holds (for the question)."""
    counts: dict[str, int] = {}
    for table, sql in _PLAN_CHILDREN:
        live = f"SELECT COUNT(*) FROM {table} WHERE deleted = 0 AND id IN ({sql})"
        counts[table] = int(store.db.execute(live, [plan_id]).fetchone()[0])
    return counts


def delete_plan(store: Store, plan_id: str) -> int:
    """Soft-delete the plan and everything under it, so the deletion travels as a whole.

    The deletion is one step of the undo journal (Redigera → Ångra): the returned number
    names it for `undo_plan_deletion`, which undoes exactly that step, so records deleted
    before stay deleted.
    """
    group_id = store.require_group_id()
    db = store.db
    journal = journal_for(db)
    with journal.step(db), db.atomic():
        # Inside a larger step (the window's write) the plan is undone with all of it.
        number = journal.open_number
        soft_delete_record(db, "action_plans", plan_id, group_id)
        for table, sql in _PLAN_CHILDREN:
            live = f"SELECT id FROM {table} WHERE deleted = 0 AND id IN ({sql})"
            for (child_id,) in db.execute(live, [plan_id]).fetchall():
                soft_delete_record(db, table, child_id, group_id)
    return number


def undo_plan_deletion(store: Store, step_number: int) -> bool:
    """Bring back the plan of `delete_plan`'s step, as Ctrl+Z would; False when that step
    was undone already (by Ctrl+Z) or is no longer held."""
    journal = journal_for(store.db)
    return journal.undo(store.db, store.require_group_id(), step_number) is not None


def list_plans(store: Store, *, own_only: bool = False) -> list[dict[str, Any]]:
    """Live plans, newest period first, each with its activity count."""
    where = "p.deleted = 0"
    params: list[Any] = []
    if own_only:
        where += " AND p.group_id = ?"
        params.append(store.require_group_id())
    return list(
        store.db.query(
            "SELECT p.*, gr.name AS group_name,"
            " (SELECT COUNT(*) FROM activities a WHERE a.action_plan_id = p.id"
            " AND a.deleted = 0) AS activity_count"
            f" FROM action_plans p LEFT JOIN groups gr ON gr.id = p.group_id WHERE {where}"
            " ORDER BY p.period_start DESC, p.title",
            params,
        )
    )


def get_plan(store: Store, plan_id: str) -> dict[str, Any]:
    return get_record(store.db, "action_plans", plan_id)


# --- goals --------------------------------------------------------------------------------


def clean_goal_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "title": clean_text(values.get("title"), "title", required=True),
        "description": clean_text(values.get("description"), "description"),
        "horizon": clean_horizon(values.get("horizon")),
        "target_year": clean_target_year(values.get("target_year")),
    }


def clean_horizon(value: Any) -> str | None:
    code = str(value or "").strip()
    if not code:
        return None
    if code not in GOAL_HORIZON_CODES:
        raise ValidationError(GOAL_HORIZON_UNKNOWN, value=code[:40], field="horizon")
    return code


def clean_target_year(value: Any) -> int | None:
    """A goal's target year: the Färdplan runs to 2030, so 2020–2030."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    first, last = GOAL_TARGET_YEARS
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a number cell in Excel
    try:
        year = int(str(value).strip())
    except ValueError:
        year = 0
    if not first <= year <= last:
        raise ValidationError(
            TARGET_YEAR_RANGE,
            label=field_label("target_year"),
            first=first,
            last=last,
            field="target_year",
        )
    return year


def own_plan(db: Database, group_id: str, plan_id: str | None) -> dict[str, Any]:
    plan = live_record(db, "action_plans", plan_id, "action_plan_id")
    require_own(plan, group_id, "action_plan_id")
    return plan


def create_goal(store: Store, plan_id: str, values: Mapping[str, Any]) -> str:
    group_id = store.require_group_id()
    own_plan(store.db, group_id, plan_id)
    cleaned = clean_goal_fields(values)
    position = store.db.execute(
        "SELECT COALESCE(MAX(position) + 1, 0) FROM goals WHERE action_plan_id = ?", [plan_id]
    ).fetchone()[0]
    cleaned.update(action_plan_id=plan_id, position=values.get("position", position))
    with store.db.atomic():
        return insert_record(store.db, "goals", group_id, cleaned)


def update_goal(store: Store, goal_id: str, changes: Mapping[str, Any]) -> None:
    group_id = store.require_group_id()
    current = get_record(store.db, "goals", goal_id)
    cleaned = clean_goal_fields({**current, **changes})
    if "position" in changes:
        cleaned["position"] = int(changes["position"])
    with store.db.atomic():
        update_record(store.db, "goals", goal_id, group_id, cleaned)


def delete_goal(store: Store, goal_id: str) -> None:
    """Soft-delete a goal; its activities and indicators stay in the plan without a goal."""
    group_id = store.require_group_id()
    db = store.db
    with db.atomic():
        soft_delete_record(db, "goals", goal_id, group_id)
        for table in ("activities", "indicators"):
            for (child_id,) in db.execute(
                f"SELECT id FROM {table} WHERE goal_id = ? AND deleted = 0", [goal_id]
            ).fetchall():
                update_record(db, table, child_id, group_id, {"goal_id": None})


def list_goals(store: Store, plan_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM goals WHERE action_plan_id = ? AND deleted = 0 ORDER BY position, rowid",
            [plan_id],
        )
    )
