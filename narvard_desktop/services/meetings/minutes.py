"""What each § recorded: decisions (att-clauses), action items and links."""

from __future__ import annotations

from datetime import date
from typing import Any

from narvard_desktop.errors import (
    ValidationError,
)
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.services.meetings._common import (
    _NEED_WHAT,
    LINK_TARGET_KINDS,
    _editable_item,
    _iso_date,
    _live,
    _one,
    _optional_text,
    _require_own,
    _required_text,
    get_meeting,
    normalise_decision,
)
from narvard_desktop.services.meetings.agenda import paragraph_numbers
from narvard_desktop.store import Store
from narvard_desktop.store.records import (
    insert_record,
    soft_delete_record,
    update_record,
)


def decisions(store: Store, item_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM decisions WHERE agenda_item_id = ? AND deleted = 0"
            " ORDER BY position, created_at, id",
            [item_id],
        )
    )


def add_decision(store: Store, item_id: str, text: str) -> str:
    _editable_item(store, item_id)
    with store.db.atomic():
        return insert_record(
            store.db,
            "decisions",
            store.require_group_id(),
            {
                "agenda_item_id": item_id,
                "position": len(decisions(store, item_id)),
                "text": normalise_decision(text),
            },
        )


def update_decision(store: Store, decision_id: str, text: str) -> None:
    row = _live(store, "decisions", decision_id)
    _editable_item(store, row["agenda_item_id"])
    with store.db.atomic():
        update_record(
            store.db,
            "decisions",
            decision_id,
            store.require_group_id(),
            {"text": normalise_decision(text)},
        )


def remove_decision(store: Store, decision_id: str) -> None:
    row = _live(store, "decisions", decision_id)
    _editable_item(store, row["agenda_item_id"])
    with store.db.atomic():
        soft_delete_record(store.db, "decisions", decision_id, store.require_group_id())


def action_items(store: Store, item_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM action_items WHERE agenda_item_id = ? AND deleted = 0"
            " ORDER BY created_at, id",
            [item_id],
        )
    )


def add_action_item(
    store: Store,
    item_id: str,
    what: str,
    who: str | None = None,
    due_date: str | date | None = None,
) -> str:
    _editable_item(store, item_id)
    with store.db.atomic():
        return insert_record(
            store.db,
            "action_items",
            store.require_group_id(),
            {
                "agenda_item_id": item_id,
                "what": _required_text(what, _NEED_WHAT),
                "who": _optional_text(who),
                "due_date": _iso_date(due_date),
            },
        )


def update_action_item(store: Store, action_item_id: str, **changes: Any) -> None:
    row = _live(store, "action_items", action_item_id)
    _editable_item(store, row["agenda_item_id"])
    values: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "what":
            values[key] = _required_text(value, _NEED_WHAT)
        elif key == "who":
            values[key] = _optional_text(value)
        elif key == "due_date":
            values[key] = _iso_date(value)
        else:
            raise ValueError(f"unknown action item field: {key}")
    with store.db.atomic():
        update_record(store.db, "action_items", action_item_id, store.require_group_id(), values)


def remove_action_item(store: Store, action_item_id: str) -> None:
    row = _live(store, "action_items", action_item_id)
    _editable_item(store, row["agenda_item_id"])
    with store.db.atomic():
        soft_delete_record(store.db, "action_items", action_item_id, store.require_group_id())


def set_action_item_done(store: Store, action_item_id: str, done: bool = True) -> None:
    """Follow-up state: allowed on a locked meeting, because it is not protocol content."""
    _live(store, "action_items", action_item_id)
    with store.db.atomic():
        update_record(
            store.db,
            "action_items",
            action_item_id,
            store.require_group_id(),
            {"done": 1 if done else 0},
        )


def action_item_to_activity(
    store: Store,
    action_item_id: str,
    action_plan_id: str | None = None,
    *,
    way_code: str | None = None,
    goal_id: str | None = None,
) -> str:
    """Turn an action item into a handlingsplan activity, linked both ways; returns its id.

    Without a plan id the group's newest plan is used.
    """
    group_id = store.require_group_id()
    row = _live(store, "action_items", action_item_id)
    _require_own(store, row)
    if row["activity_id"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This action item is already an activity in the plan.")
        )
    if action_plan_id is None:
        plan = _one(
            store,
            "SELECT id FROM action_plans WHERE group_id = ? AND deleted = 0"
            " ORDER BY COALESCE(period_start, '') DESC, id DESC LIMIT 1",
            [group_id],
        )
        if plan is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "There is no action plan yet. Create one before adding activities."
                )
            )
        action_plan_id = plan["id"]
    plan = _live(store, "action_plans", action_plan_id)
    _require_own(store, plan)
    if way_code and way_code not in {w["code"] for w in store.reference.ways_of_working()}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a way of working or prerequisite."),
            value=way_code,
        )
    item = _live(store, "agenda_items", row["agenda_item_id"])
    meeting = get_meeting(store, item["meeting_id"])
    number = paragraph_numbers(store, meeting["id"]).get(item["id"])
    description = f"Från mötet {meeting['meeting_date']} § {number} {item['title']}."
    if row["who"]:
        description += f" Ansvarig enligt mötet: {row['who']}."
    position = store.db.execute(
        "SELECT COALESCE(MAX(position), -1) + 1 FROM activities WHERE action_plan_id = ?",
        [action_plan_id],
    ).fetchone()[0]
    with store.db.atomic():
        activity_id = insert_record(
            store.db,
            "activities",
            group_id,
            {
                "action_plan_id": action_plan_id,
                "goal_id": goal_id,
                "title": row["what"],
                "description": description,
                "way_code": way_code,
                "start_date": meeting["meeting_date"],
                "due_date": row["due_date"],
                "status": "not_started",
                "position": position,
            },
        )
        update_record(
            store.db, "action_items", action_item_id, group_id, {"activity_id": activity_id}
        )
        insert_record(
            store.db,
            "links",
            group_id,
            {
                "from_kind": "action_item",
                "from_id": action_item_id,
                "to_kind": "activity",
                "to_id": activity_id,
            },
        )
    return activity_id


def add_link(store: Store, item_id: str, to_kind: str, to_id: str) -> str:
    """Link an agenda item to an activity, indicator or avvikelse it discussed."""
    _editable_item(store, item_id)
    if to_kind not in LINK_TARGET_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not one of {choices}."),
            value=to_kind,
            choices=", ".join(LINK_TARGET_KINDS),
        )
    _live(
        store,
        {"activity": "activities", "indicator": "indicators"}.get(to_kind, "deviations"),
        to_id,
    )
    existing = _one(
        store,
        "SELECT id FROM links WHERE deleted = 0 AND from_kind = 'agenda_item' AND from_id = ?"
        " AND to_kind = ? AND to_id = ?",
        [item_id, to_kind, to_id],
    )
    if existing:
        return existing["id"]
    with store.db.atomic():
        return insert_record(
            store.db,
            "links",
            store.require_group_id(),
            {"from_kind": "agenda_item", "from_id": item_id, "to_kind": to_kind, "to_id": to_id},
        )


def remove_link(store: Store, link_id: str) -> None:
    link = _live(store, "links", link_id)
    for kind, ref in ((link["from_kind"], link["from_id"]), (link["to_kind"], link["to_id"])):
        if kind == "agenda_item":
            _editable_item(store, ref)
    with store.db.atomic():
        soft_delete_record(store.db, "links", link_id, store.require_group_id())


def _deviation_label(store: Store, row: dict[str, Any]) -> str:
    # Never the description: protocols can become public documents.
    category = store.reference.category_name(row["category_code"]) or "–"
    return f"{row['reported_date']} · {category}"


def item_links(store: Store, item_id: str) -> list[dict[str, Any]]:
    """What an item is linked to, in both directions, each with a printable label."""
    rows = store.db.query(
        "SELECT id, to_kind AS kind, to_id AS target FROM links WHERE deleted = 0"
        " AND from_kind = 'agenda_item' AND from_id = ?"
        " UNION SELECT id, from_kind, from_id FROM links WHERE deleted = 0"
        " AND to_kind = 'agenda_item' AND to_id = ? ORDER BY 2, 3",
        [item_id, item_id],
    )
    result = []
    for link in rows:
        kind, target = link["kind"], link["target"]
        label = None
        if kind == "activity":
            found = _one(
                store, "SELECT title FROM activities WHERE id = ? AND deleted = 0", [target]
            )
            label = found and found["title"]
        elif kind == "indicator":
            found = _one(
                store, "SELECT name FROM indicators WHERE id = ? AND deleted = 0", [target]
            )
            label = found and found["name"]
        elif kind == "deviation":
            found = _one(
                store,
                "SELECT reported_date, category_code FROM deviations WHERE id = ? AND deleted = 0",
                [target],
            )
            label = found and _deviation_label(store, found)
        if label:
            result.append({"link_id": link["id"], "kind": kind, "id": target, "label": label})
    return result
