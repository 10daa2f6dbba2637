"""Which meetings the group has, and which one is latest or next."""

from __future__ import annotations

from datetime import date
from typing import Any

from narvard_desktop import clock
from narvard_desktop.services.meetings._common import _one, _order_key_sql
from narvard_desktop.store import Store


def list_meetings(store: Store) -> list[dict[str, Any]]:
    """Every live meeting of every group, newest first."""
    return list(
        store.db.query(
            "SELECT m.*, g.name AS group_name FROM meetings m JOIN groups g ON g.id = m.group_id"
            f" WHERE m.deleted = 0 ORDER BY {_order_key_sql('m')} DESC"
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
