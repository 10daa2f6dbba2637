"""The agenda: § items in order, with § numbers derived per meeting or per year."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from narvard_desktop.domain import (
    AGENDA_ITEM_KINDS,
)
from narvard_desktop.errors import (
    ValidationError,
)
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.record_rules import json_or
from narvard_desktop.services.meetings._common import (
    _NEED_TITLE,
    _code,
    _editable_item,
    _editable_meeting,
    _one,
    _optional_text,
    _order_key,
    _order_key_sql,
    _required_text,
    get_meeting,
    is_locked,
    item_role,
)
from narvard_desktop.store import Store
from narvard_desktop.store.records import (
    insert_record,
    soft_delete_record,
    update_record,
)


def _raw_items(store: Store, meeting_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM agenda_items WHERE meeting_id = ? AND deleted = 0"
            " ORDER BY position, created_at, id",
            [meeting_id],
        )
    )


def _numbering(store: Store, group_id: str) -> str:
    row = _one(store, "SELECT paragraph_numbering FROM groups WHERE id = ?", [group_id])
    return row["paragraph_numbering"] if row else "per_meeting"


def _first_number(store: Store, meeting: dict[str, Any]) -> int:
    """§ 1, or with yearly numbering one past the last § of the year's earlier meetings."""
    if _numbering(store, meeting["group_id"]) != "per_year":
        return 1
    row = store.db.execute(
        "SELECT COUNT(*) FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id"
        " WHERE a.deleted = 0 AND m.deleted = 0 AND m.group_id = ?"
        " AND substr(m.meeting_date, 1, 4) = ?"
        f" AND {_order_key_sql('m')} < ?",
        [meeting["group_id"], meeting["meeting_date"][:4], _order_key(meeting)],
    ).fetchone()
    return row[0] + 1


def paragraph_numbers(store: Store, meeting_id: str) -> dict[str, int]:
    """§ number per agenda item id. A locked meeting keeps the numbers it was approved with."""
    meeting = get_meeting(store, meeting_id)
    if is_locked(meeting) and meeting.get("locked_content"):
        frozen = json_or(meeting["locked_content"], {})
        items = frozen.get("items")
        if isinstance(items, list) and all(
            isinstance(item, dict) and "id" in item and "number" in item for item in items
        ):
            return {item["id"]: item["number"] for item in items}
        # An unreadable frozen copy: number the items as they are now.
    first = _first_number(store, meeting)
    return {item["id"]: first + index for index, item in enumerate(_raw_items(store, meeting_id))}


def agenda_items(store: Store, meeting_id: str) -> list[dict[str, Any]]:
    """The meeting's items in order, each with its derived § `number` and its `role`."""
    numbers = paragraph_numbers(store, meeting_id)
    items = _raw_items(store, meeting_id)
    for item in items:
        item["number"] = numbers.get(item["id"])
        item["role"] = item_role(item)
    return items


def find_item_by_role(store: Store, meeting_id: str, role: str) -> dict[str, Any] | None:
    return next((item for item in agenda_items(store, meeting_id) if item["role"] == role), None)


def _renumber(store: Store, ordered_ids: Sequence[str], group_id: str) -> None:
    for position, item_id in enumerate(ordered_ids, start=1):
        update_record(store.db, "agenda_items", item_id, group_id, {"position": position})


def add_agenda_item(
    store: Store,
    meeting_id: str,
    title: str,
    *,
    kind: str = "information",
    notes: str | None = None,
    index: int | None = None,
    role: str | None = None,
) -> str:
    """Add an item; `index` (0-based) places it, otherwise it goes last."""
    _editable_meeting(store, meeting_id)
    group_id = store.require_group_id()
    values: dict[str, Any] = {
        "meeting_id": meeting_id,
        "title": _required_text(title, _NEED_TITLE),
        "kind": _code(kind, AGENDA_ITEM_KINDS),
        "notes": _optional_text(notes),
        "role": role,
    }
    with store.db.atomic():
        existing = [item["id"] for item in _raw_items(store, meeting_id)]
        values["position"] = len(existing) + 1
        item_id = insert_record(store.db, "agenda_items", group_id, values)
        if index is not None and 0 <= index < len(existing):
            existing.insert(index, item_id)
            _renumber(store, existing, group_id)
    return item_id


def update_agenda_item(store: Store, item_id: str, **changes: Any) -> None:
    _editable_item(store, item_id)
    values: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "title":
            values[key] = _required_text(value, _NEED_TITLE)
        elif key == "kind":
            values[key] = _code(value, AGENDA_ITEM_KINDS)
        elif key == "notes":
            values[key] = _optional_text(value)
        elif key == "role":
            values[key] = value
        else:
            raise ValueError(f"unknown agenda item field: {key}")
    with store.db.atomic():
        update_record(store.db, "agenda_items", item_id, store.require_group_id(), values)


def _delete_item_tree(store: Store, item_id: str, group_id: str) -> None:
    for table in ("decisions", "action_items"):
        for row in store.db.query(
            f"SELECT id FROM {table} WHERE agenda_item_id = ? AND deleted = 0", [item_id]
        ):
            soft_delete_record(store.db, table, row["id"], group_id)
    for row in store.db.query(
        "SELECT id FROM links WHERE deleted = 0 AND group_id = ? AND"
        " ((from_kind = 'agenda_item' AND from_id = ?) OR (to_kind = 'agenda_item' AND to_id = ?))",
        [group_id, item_id, item_id],
    ):
        soft_delete_record(store.db, "links", row["id"], group_id)
    soft_delete_record(store.db, "agenda_items", item_id, group_id)


def remove_agenda_item(store: Store, item_id: str) -> None:
    item = _editable_item(store, item_id)
    group_id = store.require_group_id()
    with store.db.atomic():
        _delete_item_tree(store, item_id, group_id)
        _renumber(store, [row["id"] for row in _raw_items(store, item["meeting_id"])], group_id)


def reorder_agenda(store: Store, meeting_id: str, ordered_ids: Sequence[str]) -> None:
    """Put the items in exactly this order (all of the meeting's items, each once)."""
    _editable_meeting(store, meeting_id)
    current = [item["id"] for item in _raw_items(store, meeting_id)]
    if sorted(current) != sorted(ordered_ids):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The new order must list every agenda item once.")
        )
    with store.db.atomic():
        _renumber(store, ordered_ids, store.require_group_id())


def move_agenda_item(store: Store, item_id: str, new_index: int) -> None:
    """Move one item to a 0-based place (clamped to the list), e.g. one step up or down."""
    item = _editable_item(store, item_id)
    order = [row["id"] for row in _raw_items(store, item["meeting_id"])]
    order.remove(item_id)
    order.insert(max(0, min(new_index, len(order))), item_id)
    reorder_agenda(store, item["meeting_id"], order)
