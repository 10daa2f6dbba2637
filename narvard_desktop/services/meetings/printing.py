"""What the protocol and the kallelse print besides the meeting's own content.

The group's print rules (ort, förvaringsplats, anslag/bevis, "Föredrogs av
ordföranden", when apologies are due), the kallade (the register's active members on
the meeting day) and the sender of the notice. Not part of the frozen protocol: these
are how the group prints, not what the adjusters approved.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from narvard_desktop import clock
from narvard_desktop.record_rules import date_or_none
from narvard_desktop.store import Store

ROLE_ORDER = ("chair", "vice_chair", "secretary", "member", "deputy", "co_opted")


def _person_with_email(store: Store, entry: dict[str, Any] | None, role: str) -> dict | None:
    if not entry:
        return None
    row = store.db.execute(
        "SELECT email FROM people WHERE id = ?", [entry.get("person_id")]
    ).fetchone()
    return {"name": entry["name"], "email": (row[0] if row else None) or "", "role": role}


def invited_members(store: Store, group_id: str, on_day: str) -> list[dict[str, Any]]:
    """The group's members serving on the day, chair and secretary first."""
    rows = store.db.query(
        "SELECT p.name, p.function, p.role, o.name AS organisation FROM people p"
        " LEFT JOIN organisations o ON o.id = p.organisation_id"
        " WHERE p.group_id = ? AND p.deleted = 0 AND p.active = 1"
        " AND (p.active_from IS NULL OR p.active_from <= ?)"
        " AND (p.active_to IS NULL OR p.active_to >= ?)"
        " ORDER BY p.name COLLATE NOCASE, p.id",
        [group_id, on_day, on_day],
    )
    members = [dict(row) for row in rows]
    rank = {role: index for index, role in enumerate(ROLE_ORDER)}
    return sorted(members, key=lambda row: rank.get(row["role"] or "member", len(rank)))


def print_context(store: Store, document: dict[str, Any]) -> dict[str, Any]:
    """The group's print rules, the kallade and the sender, as plain data for the PDFs."""
    meeting = document["meeting"]
    group_id = document["group"]["id"]
    group = next(store.db.query("SELECT * FROM groups WHERE id = ?", [group_id]), None) or {}
    # A date an older version stored badly must not stop the PDF: the day falls back to today.
    meeting_day = date_or_none(meeting["meeting_date"]) or clock.today()
    apology_days = int(group.get("apology_days") or 0)
    sender = _person_with_email(store, document.get("secretary"), "secretary")
    if sender is None or not sender["email"]:
        sender = _person_with_email(store, document.get("chair"), "chair") or sender
    return {
        "town": group.get("town") or "",
        "storage_place": group.get("storage_place") or "",
        "print_posting": bool(group.get("print_posting")),
        "print_presented_by": bool(group.get("print_presented_by")),
        "adjusters_required": int(group.get("adjusters_required") or 1),
        "notice_date": clock.today().isoformat(),
        "apologies_by": (meeting_day - timedelta(days=apology_days)).isoformat(),
        "sender": sender,
        "invited": invited_members(store, group_id, meeting["meeting_date"]),
    }
