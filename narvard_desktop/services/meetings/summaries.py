"""The figures the standard items show: avvikelser, handlingsplan, open action items."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from narvard_desktop import clock, small_counts
from narvard_desktop.domain import (
    ACTIVITY_CLOSED_STATUSES,
    ACTIVITY_STATUSES,
)
from narvard_desktop.record_rules import date_or_none
from narvard_desktop.services.meetings._common import (
    DUE_SOON_DAYS_WITHOUT_NEXT_MEETING,
    _order_key,
    _order_key_sql,
    get_meeting,
)
from narvard_desktop.services.meetings.schedule import _neighbour_meeting
from narvard_desktop.small_counts import whole_months
from narvard_desktop.store import Store


def _labelled(store: Store, counts: dict[str, int]) -> list[dict[str, Any]]:
    counts = {code: n for code, n in counts.items() if n}
    rows = [
        {"code": category["code"], "name": category["name"], "count": counts.pop(category["code"])}
        for category in store.reference.categories()
        if category["code"] in counts
    ]
    # Codes no longer in the reference list still count, under their code.
    rows += [
        {"code": code, "name": code or "–", "count": count}
        for code, count in sorted(counts.items())
    ]
    return rows


def _meeting_day(meeting: dict[str, Any]) -> date:
    """The meeting's date; today when an old database holds one that cannot be read."""
    return date_or_none(meeting["meeting_date"]) or clock.today()


def _deviation_counts(
    store: Store, ranges: list[tuple[str | None, str, bool]]
) -> list[list[dict[str, Any]]]:
    """Counts by category for each (from, until, from included) range, in one pass.

    One read of the reported-date index covers every range (a county's first meeting
    counts everything it holds, once rather than once per range)."""
    sums, params = [], []
    for since, until, inclusive in ranges:
        if since is None:
            sums.append("SUM(reported_date <= ?)")
            params.append(until)
        else:
            sums.append(f"SUM(reported_date {'>=' if inclusive else '>'} ? AND reported_date <= ?)")
            params.extend([since, until])
    starts = [since for since, _until, _inclusive in ranges]
    lowest = None if None in starts else min(start for start in starts if start is not None)
    where = "reported_date <= ?"
    params.append(max(until for _s, until, _i in ranges))
    if lowest is not None:
        where += " AND reported_date >= ?"
        params.append(lowest)
    per_code = store.db.execute(
        f"SELECT COALESCE(category_code, ''), {', '.join(sums)} FROM deviations"
        f" WHERE deleted = 0 AND state != 'misregistered' AND {where} GROUP BY 1",
        params,
    ).fetchall()
    return [
        _labelled(store, {row[0]: int(row[1 + index] or 0) for row in per_code})
        for index in range(len(ranges))
    ]


def deviation_summary(store: Store, meeting_id: str) -> dict[str, Any]:
    """Avvikelser reported since the previous meeting up to this one, counted by category.

    Only counts: descriptions never reach a protocol. Deviations registered in
    error are left out. Imported deviations count too, so a delregional group's
    meeting sees its whole area.

    `rows` are the exact counts the group sees in its meeting. `months` holds what a
    protocol or kallelse prints (they leave the group): the same counts over whole
    calendar months, so that two meetings' periods never give away single days, and
    `threshold`, below which a printed count shows as "< 5".
    """
    meeting = get_meeting(store, meeting_id)
    previous = _neighbour_meeting(store, meeting, before=True)
    since = previous["meeting_date"] if previous else None
    since_day = date_or_none(since)
    first_day = since_day + timedelta(days=1) if since_day else None
    meeting_day = _meeting_day(meeting)
    _, last = whole_months(first_day or meeting_day, meeting_day)
    start = first_day.replace(day=1) if first_day else None
    rows, month_rows = _deviation_counts(
        store,
        [
            (since_day.isoformat() if since_day else None, meeting_day.isoformat(), False),
            (start.isoformat() if start else None, last.isoformat(), True),
        ],
    )
    return {
        "since": since,
        "until": meeting["meeting_date"],
        "rows": rows,
        "total": sum(row["count"] for row in rows),
        "months": {
            "start": start.isoformat()[:7] if start else None,
            "end": last.isoformat()[:7],
            "rows": month_rows,
        },
        "threshold": small_counts.threshold(store),
    }


def action_plan_summary(store: Store, meeting_id: str) -> dict[str, Any]:
    """Activity counts by status per way of working, what is delayed and what is due soon.

    Measured on the meeting day, over the meeting group's live activities.
    """
    meeting = get_meeting(store, meeting_id)
    as_of = meeting["meeting_date"]
    following = _neighbour_meeting(store, meeting, before=False)
    due_until = (
        following["meeting_date"]
        if following
        else (
            _meeting_day(meeting) + timedelta(days=DUE_SOON_DAYS_WITHOUT_NEXT_MEETING)
        ).isoformat()
    )
    activities = list(
        store.db.query(
            "SELECT id, title, way_code, status, due_date FROM activities"
            " WHERE group_id = ? AND deleted = 0 ORDER BY position, title, id",
            [meeting["group_id"]],
        )
    )
    status_codes = [choice.code for choice in ACTIVITY_STATUSES]
    ways: dict[str, dict[str, Any]] = {}
    order = {row["code"]: index for index, row in enumerate(store.reference.ways_of_working())}
    delayed, due_soon = [], []
    for activity in activities:
        code = activity["way_code"] or ""
        way = ways.setdefault(
            code,
            {
                "code": code,
                "name": store.reference.way_name(code) if code else "–",
                "counts": dict.fromkeys(status_codes, 0),
                "delayed": 0,
                "total": 0,
            },
        )
        way["counts"][activity["status"]] = way["counts"].get(activity["status"], 0) + 1
        way["total"] += 1
        is_open = activity["status"] not in ACTIVITY_CLOSED_STATUSES
        due = activity["due_date"]
        entry = {
            "id": activity["id"],
            "title": activity["title"],
            "way_code": code,
            "status": activity["status"],
            "due_date": due,
        }
        if is_open and due and due < as_of:
            way["delayed"] += 1
            delayed.append(entry)
        elif is_open and due and as_of <= due < due_until:
            due_soon.append(entry)
    delayed.sort(key=lambda entry: (entry["due_date"], entry["title"]))
    due_soon.sort(key=lambda entry: (entry["due_date"], entry["title"]))
    return {
        "as_of": as_of,
        "due_until": due_until,
        "next_meeting_date": following["meeting_date"] if following else None,
        "ways": sorted(ways.values(), key=lambda way: order.get(way["code"], len(order))),
        "delayed": delayed,
        "due_soon": due_soon,
    }


def open_action_items_before(store: Store, meeting_id: str) -> list[dict[str, Any]]:
    """Action items of the group's earlier meetings that are not done yet."""
    meeting = get_meeting(store, meeting_id)
    return list(
        store.db.query(
            "SELECT ai.id, ai.who, ai.what, ai.due_date, m.meeting_date, a.title AS item_title"
            " FROM action_items ai JOIN agenda_items a ON a.id = ai.agenda_item_id"
            " JOIN meetings m ON m.id = a.meeting_id"
            " WHERE ai.deleted = 0 AND ai.done = 0 AND a.deleted = 0 AND m.deleted = 0"
            f" AND m.group_id = ? AND {_order_key_sql('m')} < ?"
            " ORDER BY m.meeting_date, COALESCE(ai.due_date, '9999'), ai.created_at, ai.id",
            [meeting["group_id"], _order_key(meeting)],
        )
    )
