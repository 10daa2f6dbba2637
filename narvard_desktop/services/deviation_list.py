"""The avvikelse list: filters, sorting and paging over indexed queries, for a Qt model.

Each row comes with its derived risk score, "needs analysis", "overdue" and
privacy flags, so a view never has to work them out itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from narvard_desktop import clock
from narvard_desktop.domain import DEVIATION_AWAITING_ANSWER
from narvard_desktop.privacy import contains_identifier
from narvard_desktop.record_kinds import free_text_fields
from narvard_desktop.services.deviations import (
    _as_date,
    group_rules,
    is_overdue,
    needs_deeper_analysis,
    risk_score,
)
from narvard_desktop.services.search import INDEX, match_expression
from narvard_desktop.store import Store
from narvard_desktop.store.search_sync import sync_search_index


@dataclass(frozen=True)
class DeviationFilters:
    category_codes: tuple[str, ...] = ()
    reporting_organisation_id: str | None = None
    receiving_organisation_id: str | None = None
    states: tuple[str, ...] = ()
    overdue_only: bool = False
    needs_analysis_only: bool = False
    reported_from: date | str | None = None
    reported_to: date | str | None = None
    text: str | None = None
    today: date | None = None
    # At an upper level: only records owned by these groups (None: every group).
    group_ids: tuple[str, ...] | None = None


# Sort keys the list offers, each a whitelisted SQL expression. A column that may be
# empty is sorted as '' (or -1): keyset paging compares values, and NULL compares to
# nothing. Empty ones still come first, as they did.
SORT_KEYS: dict[str, str] = {
    "reported_date": "d.reported_date",
    "event_date": "d.event_date",
    "category": "COALESCE(d.category_code, '')",
    "state": "d.state",
    "answer_due_date": "COALESCE(d.answer_due_date, '')",
    "risk": "COALESCE(d.consequence * d.likelihood, -1)",
    "external_ref": "COALESCE(d.external_ref, '')",
}

# Where a page starts: the sort value and id of the row next to it (keyset paging). A
# page read after the previous one, before the next one, or from the end costs the same
# as the first page; OFFSET would walk past every row before it.
Cursor = tuple[Any, str]


def cursor_of(row: dict[str, Any]) -> Cursor:
    return (row["sort_value"], row["id"])


# A free-text filter lists at most this many avvikelser (and one more, to know there are
# more): the most recently written that hold the words.
TEXT_MATCH_CAP = 1000

# The privacy flag looks in the same free texts the privacy guard scans.
_SEARCHED = free_text_fields("deviations")


def _filter_clauses(
    store: Store, filters: DeviationFilters, table: str
) -> tuple[list[str], list[Any]]:
    """Every filter but the free text, on the deviations table named `table` in the query."""
    t = table
    clauses = [f"{t}.deleted = 0"]
    params: list[Any] = []
    if filters.group_ids is not None:
        clauses.append(f"{t}.group_id IN ({', '.join('?' * len(filters.group_ids)) or 'NULL'})")
        params.extend(filters.group_ids)
    if filters.category_codes:
        clauses.append(f"{t}.category_code IN ({', '.join('?' * len(filters.category_codes))})")
        params.extend(filters.category_codes)
    if filters.reporting_organisation_id:
        clauses.append(f"{t}.reporting_organisation_id = ?")
        params.append(filters.reporting_organisation_id)
    if filters.receiving_organisation_id:
        clauses.append(f"{t}.receiving_organisation_id = ?")
        params.append(filters.receiving_organisation_id)
    states = filters.states
    if filters.overdue_only:
        states = tuple(
            s for s in (states or DEVIATION_AWAITING_ANSWER) if s in DEVIATION_AWAITING_ANSWER
        )
        clauses.append(f"{t}.answer_due_date < ?")
        params.append((filters.today or clock.today()).isoformat())
        if not states:
            clauses.append("0")
    if states:
        clauses.append(f"{t}.state IN ({', '.join('?' * len(states))})")
        params.extend(states)
    if filters.needs_analysis_only:
        clauses.append(f"{t}.consequence * {t}.likelihood >= ?")
        params.append(group_rules(store)[0])
    if filters.reported_from:
        clauses.append(f"{t}.reported_date >= ?")
        params.append(_as_date("reported_date", filters.reported_from))
    if filters.reported_to:
        clauses.append(f"{t}.reported_date <= ?")
        params.append(_as_date("reported_date", filters.reported_to))
    return clauses, params


def _where(store: Store, filters: DeviationFilters) -> tuple[str, list[Any]]:
    expression = match_expression(filters.text or "")
    if expression is None:
        clauses, params = _filter_clauses(store, filters, "d")
        return " AND ".join(clauses), params
    # The one full-text index: every word as a word or its beginning, å/ä/ö kept. A common
    # word matches tens of thousands of avvikelser at county size, and finding, counting
    # and sorting all of them costs more than the list may: the list holds the most
    # recently written matches, read straight from the index and stopped at the cap, and
    # says when there were more (`count_is_capped`). Below the cap it is every match.
    sync_search_index(store.db)
    clauses, params = _filter_clauses(store, filters, "m")
    window = (
        f"SELECT DISTINCT e.record_id FROM {INDEX} f JOIN search_entries e ON e.rowid = f.rowid"
        " JOIN deviations m ON m.id = e.record_id"
        f" WHERE {INDEX} MATCH ? AND e.kind = 'deviations' AND {' AND '.join(clauses)}"
        f" ORDER BY f.rowid DESC LIMIT {TEXT_MATCH_CAP + 1}"
    )
    return f"d.id IN ({window})", [expression, *params]


def count_is_capped(filters: DeviationFilters, count: int) -> bool:
    """Whether a count (of the list, or of it narrowed further) stopped at the free-text
    cap: more avvikelser hold the words than the list shows."""
    return match_expression(filters.text or "") is not None and count > TEXT_MATCH_CAP


def _sort_expression(sort: str | None) -> tuple[str, bool]:
    key = (sort or "-reported_date").strip()
    expression = SORT_KEYS.get(key.lstrip("-"))
    if expression is None:
        raise ValueError(f"unknown sort key: {sort}")
    return expression, key.startswith("-")


def _order_by(sort: str | None, reverse: bool = False) -> str:
    expression, descending = _sort_expression(sort)
    direction = "DESC" if descending != reverse else "ASC"
    # The id breaks ties so that paging never shows a row twice or skips one.
    return f"{expression} {direction}, d.id {direction}"


def deviation_list_sql(
    store: Store,
    filters: DeviationFilters,
    sort: str | None,
    offset: int,
    limit: int,
    after: Cursor | None = None,
    before: Cursor | None = None,
    from_end: bool = False,
) -> tuple[str, list[Any]]:
    """The page's query; with `before` or `from_end` it reads backwards (reverse the rows)."""
    where, params = _where(store, filters)
    expression, descending = _sort_expression(sort)
    if after is not None or before is not None:
        # Rows after a cursor in the list's order are "less" in a descending list.
        later = "<" if descending else ">"
        earlier = ">" if descending else "<"
        where += f" AND ({expression}, d.id) {later if after is not None else earlier} (?, ?)"
        params.extend(after if after is not None else before)  # type: ignore[arg-type]
        offset = 0
    sql = (
        f"SELECT d.*, {expression} AS sort_value, ro.name AS reporting_organisation_name,"
        " rv.name AS receiving_organisation_name"
        " FROM deviations d"
        " LEFT JOIN organisations ro ON ro.id = d.reporting_organisation_id"
        " LEFT JOIN organisations rv ON rv.id = d.receiving_organisation_id"
        f" WHERE {where} ORDER BY {_order_by(sort, before is not None or from_end)}"
        " LIMIT ? OFFSET ?"
    )
    return sql, [*params, int(limit), int(offset)]


def query_deviations(
    store: Store,
    filters: DeviationFilters | None = None,
    sort: str | None = "-reported_date",
    offset: int = 0,
    limit: int = 200,
    *,
    after: Cursor | None = None,
    before: Cursor | None = None,
    from_end: bool = False,
) -> list[dict[str, Any]]:
    """One page of the list, each row with its derived risk, overdue and privacy flags.

    A page is read by `offset`, or (faster far down the list) right `after` the last row
    of the page before it, right `before` the first row of the page after it, or as the
    last `limit` rows (`from_end`).
    """
    filters = filters or DeviationFilters()
    sql, params = deviation_list_sql(store, filters, sort, offset, limit, after, before, from_end)
    threshold = group_rules(store)[0]
    today = filters.today or clock.today()
    rows = []
    for row in store.db.query(sql, params):
        row["risk_score"] = risk_score(row["consequence"], row["likelihood"])
        row["needs_analysis"] = needs_deeper_analysis(
            row["consequence"], row["likelihood"], threshold
        )
        row["overdue"] = is_overdue(row["state"], row["answer_due_date"], today)
        row["has_identifier"] = any(contains_identifier(row[name]) for name in _SEARCHED)
        rows.append(row)
    if before is not None or from_end:
        rows.reverse()
    return rows


def last_page(
    store: Store, filters: DeviationFilters | None, sort: str | None, limit: int
) -> list[dict[str, Any]]:
    """The last `limit` rows of the list, in the list's order."""
    return query_deviations(store, filters, sort, limit=limit, from_end=True)


def count_deviations(store: Store, filters: DeviationFilters | None = None) -> int:
    where, params = _where(store, filters or DeviationFilters())
    row = store.db.execute(f"SELECT COUNT(*) FROM deviations d WHERE {where}", params).fetchone()
    return int(row[0])
