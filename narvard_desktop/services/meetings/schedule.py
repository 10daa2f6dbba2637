"""Which meetings the group has, and which one is latest or next."""

from __future__ import annotations

from datetime import date
from typing import Any

from narvard_desktop import clock
from narvard_desktop.services.meetings._common import _one, _order_key_sql
from narvard_desktop.store import Store

# What a list of meetings shows: everything but the frozen protocol (its content can be
# hundreds of kilobytes a meeting; the list needs only whether it is locked).
_LISTED_COLUMNS = ", ".join(
    f"m.{name}"
    for name in (
        "id", "group_id", "created_at", "updated_at", "revision", "deleted",
        "origin_import_id", "title", "meeting_date", "start_time", "end_time", "place",
        "kind", "chair_person_id", "secretary_person_id", "adjuster1_person_id",
        "adjuster2_person_id", "approval_date", "locked_at", "locked_checksum",
    )
)  # fmt: skip


def list_meetings(store: Store, group_ids: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    """Every live meeting of these groups (None: every group), newest first.

    The frozen protocol (`locked_content`) is left out; `get_meeting` reads it.
    """
    where, params = "m.deleted = 0", list(group_ids or ())
    if group_ids is not None:
        where += f" AND m.group_id IN ({', '.join('?' * len(group_ids)) or 'NULL'})"
    return list(
        store.db.query(
            f"SELECT {_LISTED_COLUMNS}, g.name AS group_name"
            " FROM meetings m JOIN groups g ON g.id = m.group_id"
            f" WHERE {where} ORDER BY {_order_key_sql('m')} DESC",
            params,
        )
    )


def latest_meeting_id(store: Store, today: date | None = None) -> str | None:
    """The own group's most recent meeting on or before today."""
    row = _one(
        store,
        "SELECT id FROM meetings m WHERE group_id = ? AND deleted = 0 AND meeting_date <= ?"
        f" ORDER BY {_order_key_sql('m')} DESC LIMIT 1",
        [store.require_group_id(), (today or clock.today()).isoformat()],
    )
    return row["id"] if row else None


def next_meeting_id(store: Store, today: date | None = None) -> str | None:
    """The own group's next meeting from today on."""
    row = _one(
        store,
        "SELECT id FROM meetings m WHERE group_id = ? AND deleted = 0 AND meeting_date >= ?"
        f" ORDER BY {_order_key_sql('m')} LIMIT 1",
        [store.require_group_id(), (today or clock.today()).isoformat()],
    )
    return row["id"] if row else None


def _neighbour_meeting(
    store: Store, meeting: dict[str, Any], before: bool
) -> dict[str, Any] | None:
    return _one(
        store,
        "SELECT * FROM meetings m WHERE group_id = ? AND deleted = 0 AND meeting_date "
        + ("< ?" if before else "> ?")
        + f" ORDER BY {_order_key_sql('m')} {'DESC' if before else ''} LIMIT 1",
        [meeting["group_id"], meeting["meeting_date"]],
    )
