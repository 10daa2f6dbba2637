"""Counts of live records per kind, for the command line and the start page."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from narvard_desktop import clock
from narvard_desktop.domain import ACTIVITY_CLOSED_STATUSES, DEVIATION_AWAITING_ANSWER
from narvard_desktop.record_kinds import summary_tables

if TYPE_CHECKING:
    from narvard_desktop.store import Store
    from narvard_desktop.store.reading import ReadableStore

# The kinds the summary counts, in the order it lists them.
SUMMARY_KINDS = summary_tables()


def record_counts(store: ReadableStore) -> dict[str, int]:
    """Live (not deleted) records of every kind, whoever owns them."""
    parts = " UNION ALL ".join(
        f"SELECT '{kind}', COUNT(*) FROM {kind} WHERE deleted = 0" for kind in SUMMARY_KINDS
    )
    return {kind: count for kind, count in store.db.execute(parts)}


def start_page_figures(store: Store, today: date | None = None) -> dict[str, object]:
    """What the start page shows: how the group is doing, at a glance."""
    today_text = (today or clock.today()).isoformat()
    db = store.db
    closed = ",".join(f"'{status}'" for status in ACTIVITY_CLOSED_STATUSES)
    awaiting = ",".join(f"'{state}'" for state in DEVIATION_AWAITING_ANSWER)

    def scalar(sql: str, params: list[object] | None = None) -> int:
        return db.execute(sql, params or []).fetchone()[0]

    # The group's own next meeting: at an upper level the imported meetings of the groups
    # below are theirs, not this group's.
    next_meeting = next(
        db.query(
            "SELECT id, meeting_date, start_time, place, title FROM meetings"
            " WHERE deleted = 0 AND group_id = ? AND meeting_date >= ?"
            " ORDER BY meeting_date, start_time LIMIT 1",
            [store.own_group_id or "", today_text],
        ),
        None,
    )
    return {
        "activities_open": scalar(
            f"SELECT COUNT(*) FROM activities WHERE deleted = 0 AND status NOT IN ({closed})"
        ),
        "activities_delayed": scalar(
            "SELECT COUNT(*) FROM activities WHERE deleted = 0"
            f" AND status NOT IN ({closed}) AND due_date IS NOT NULL AND due_date < ?",
            [today_text],
        ),
        "deviations_open": scalar(
            "SELECT COUNT(*) FROM deviations WHERE deleted = 0"
            " AND state NOT IN ('closed', 'misregistered')"
        ),
        "deviations_overdue": scalar(
            "SELECT COUNT(*) FROM deviations WHERE deleted = 0"
            f" AND state IN ({awaiting}) AND answer_due_date IS NOT NULL AND answer_due_date < ?",
            [today_text],
        ),
        "action_items_open": scalar(
            "SELECT COUNT(*) FROM action_items WHERE deleted = 0 AND done = 0"
        ),
        "next_meeting": next_meeting,
        "meetings": scalar("SELECT COUNT(*) FROM meetings WHERE deleted = 0"),
    }
