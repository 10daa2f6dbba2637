"""Beslutsregistret: every decision of every meeting in one list.

A row per live decision: the meeting's date, the § of its agenda item (derived, as in
the protocol; a justerat meeting keeps its approved numbers), the att-text, the meeting,
and how the action items of the same § stand. Filters: words (through the one full-text
index), a date span, and "only with open action items".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.services.meetings import paragraph_numbers
from narvard_desktop.services.search import match_expression, matching_ids_sql
from narvard_desktop.store import Store

CONTEXT = "DecisionRegister"
NO_ACTIONS = QT_TRANSLATE_NOOP("DecisionRegister", "No action items")
ALL_DONE = QT_TRANSLATE_NOOP("DecisionRegister", "All {total} done")
# "All 1 done" reads wrong in both languages: the one action item is simply done.
ONE_DONE = QT_TRANSLATE_NOOP("DecisionRegister", "Done")
SOME_OPEN = QT_TRANSLATE_NOOP("DecisionRegister", "{done} of {total} done")

# Column keys and their English headers, in the order every output shows them.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("meeting_date", QT_TRANSLATE_NOOP("DecisionRegister", "Date")),
    ("paragraph", QT_TRANSLATE_NOOP("DecisionRegister", "§")),
    ("text", QT_TRANSLATE_NOOP("DecisionRegister", "Decision")),
    ("meeting", QT_TRANSLATE_NOOP("DecisionRegister", "Meeting")),
    ("actions", QT_TRANSLATE_NOOP("DecisionRegister", "Action items")),
)


@dataclass(frozen=True)
class DecisionFilters:
    text: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    open_actions_only: bool = False
    # At an upper level: decisions of these groups (None: the own group only).
    group_ids: Sequence[str] | None = None
    ignore_diacritics: bool = False


@dataclass(frozen=True)
class DecisionRow:
    decision_id: str
    meeting_id: str
    meeting_date: str
    paragraph: str
    text: str
    meeting: str
    actions_total: int
    actions_done: int

    @property
    def actions(self) -> str:
        if self.actions_total == 0:
            return translate(CONTEXT, NO_ACTIONS)
        if self.actions_done == self.actions_total == 1:
            return translate(CONTEXT, ONE_DONE)
        if self.actions_done == self.actions_total:
            return translate(CONTEXT, ALL_DONE).format(total=self.actions_total)
        return translate(CONTEXT, SOME_OPEN).format(
            done=self.actions_done, total=self.actions_total
        )

    def cells(self) -> dict[str, str]:
        """The row as the outputs write it: one text per column key."""
        return {key: str(getattr(self, key)) for key, _header in COLUMNS}


def column_headers() -> list[str]:
    return [translate(CONTEXT, header) for _key, header in COLUMNS]


def decision_rows(store: Store, filters: DecisionFilters | None = None) -> list[DecisionRow]:
    """The register, newest meeting first, then by § and the decision's place in it."""
    filters = filters or DecisionFilters()
    groups = tuple(filters.group_ids or (store.require_group_id(),))
    clauses = [
        "d.deleted = 0",
        f"d.group_id IN ({', '.join('?' * len(groups))})",
    ]
    params: list[Any] = list(groups)
    expression = match_expression(filters.text or "", filters.ignore_diacritics)
    if expression is not None:
        clauses.append(f"d.id IN ({matching_ids_sql(store, 'decisions')})")
        params.append(expression)
    if filters.date_from:
        clauses.append("m.meeting_date >= ?")
        params.append(filters.date_from.isoformat())
    if filters.date_to:
        clauses.append("m.meeting_date <= ?")
        params.append(filters.date_to.isoformat())
    rows = store.db.execute(
        "SELECT d.id, m.id, m.meeting_date, i.id, d.text,"
        " COALESCE(NULLIF(trim(m.title), ''), m.meeting_date),"
        " (SELECT COUNT(*) FROM action_items a WHERE a.agenda_item_id = i.id AND a.deleted = 0),"
        " (SELECT COUNT(*) FROM action_items a WHERE a.agenda_item_id = i.id AND a.deleted = 0"
        "  AND a.done = 1)"
        " FROM decisions d"
        " JOIN agenda_items i ON i.id = d.agenda_item_id AND i.deleted = 0"
        " JOIN meetings m ON m.id = i.meeting_id AND m.deleted = 0"
        f" WHERE {' AND '.join(clauses)}"
        " ORDER BY m.meeting_date DESC, m.id, i.position, d.position, d.id",
        params,
    ).fetchall()
    numbers: dict[str, dict[str, int]] = {}
    register = []
    for decision_id, meeting_id, day, item_id, text, meeting, total, done in rows:
        if filters.open_actions_only and done >= total:
            continue
        if meeting_id not in numbers:
            numbers[meeting_id] = paragraph_numbers(store, meeting_id)
        number = numbers[meeting_id].get(item_id)
        register.append(
            DecisionRow(
                decision_id,
                meeting_id,
                day,
                f"§ {number}" if number is not None else "",
                text,
                meeting,
                int(total),
                int(done),
            )
        )
    return register
