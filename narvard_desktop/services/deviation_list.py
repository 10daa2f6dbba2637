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
from narvard_desktop.services.search import match_expression, matching_ids_sql
from narvard_desktop.store import Store


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


# Sort keys the list offers, each a whitelisted SQL expression.
SORT_KEYS: dict[str, str] = {
    "reported_date": "d.reported_date",
    "event_date": "d.event_date",
    "category": "d.category_code",
    "state": "d.state",
    "answer_due_date": "d.answer_due_date",
    "risk": "(d.consequence * d.likelihood)",
    "external_ref": "d.external_ref",
}

# The privacy flag looks in the same free texts the privacy guard scans.
_SEARCHED = free_text_fields("deviations")


def _where(store: Store, filters: DeviationFilters) -> tuple[str, list[Any]]:
    clauses = ["d.deleted = 0"]
    params: list[Any] = []
    if filters.group_ids is not None:
        clauses.append(f"d.group_id IN ({', '.join('?' * len(filters.group_ids)) or 'NULL'})")
        params.extend(filters.group_ids)
    if filters.category_codes:
        clauses.append(f"d.category_code IN ({', '.join('?' * len(filters.category_codes))})")
        params.extend(filters.category_codes)
    if filters.reporting_organisation_id:
        clauses.append("d.reporting_organisation_id = ?")
        params.append(filters.reporting_organisation_id)
    if filters.receiving_organisation_id:
        clauses.append("d.receiving_organisation_id = ?")
        params.append(filters.receiving_organisation_id)
    states = filters.states
    if filters.overdue_only:
        states = tuple(
            s for s in (states or DEVIATION_AWAITING_ANSWER) if s in DEVIATION_AWAITING_ANSWER
        )
        clauses.append("d.answer_due_date < ?")
        params.append((filters.today or clock.today()).isoformat())
        if not states:
            clauses.append("0")
    if states:
        clauses.append(f"d.state IN ({', '.join('?' * len(states))})")
        params.extend(states)
    if filters.needs_analysis_only:
        clauses.append("d.consequence * d.likelihood >= ?")
        params.append(group_rules(store)[0])
    if filters.reported_from:
        clauses.append("d.reported_date >= ?")
        params.append(_as_date("reported_date", filters.reported_from))
    if filters.reported_to:
        clauses.append("d.reported_date <= ?")
        params.append(_as_date("reported_date", filters.reported_to))
    expression = match_expression(filters.text or "")
    if expression is not None:
        # The one full-text index: every word as a word or its beginning, å/ä/ö kept.
        clauses.append(f"d.id IN ({matching_ids_sql(store, 'deviations')})")
        params.append(expression)
    return " AND ".join(clauses), params


def _order_by(sort: str | None) -> str:
    key = (sort or "-reported_date").strip()
    descending = key.startswith("-")
    expression = SORT_KEYS.get(key.lstrip("-"))
    if expression is None:
        raise ValueError(f"unknown sort key: {sort}")
    direction = "DESC" if descending else "ASC"
    # The id breaks ties so that paging never shows a row twice or skips one.
    return f"{expression} {direction}, d.id {direction}"


def deviation_list_sql(
    store: Store, filters: DeviationFilters, sort: str | None, offset: int, limit: int
) -> tuple[str, list[Any]]:
    where, params = _where(store, filters)
    sql = (
        "SELECT d.*, ro.name AS reporting_organisation_name,"
        " rv.name AS receiving_organisation_name"
        " FROM deviations d"
        " LEFT JOIN organisations ro ON ro.id = d.reporting_organisation_id"
        " LEFT JOIN organisations rv ON rv.id = d.receiving_organisation_id"
        f" WHERE {where} ORDER BY {_order_by(sort)} LIMIT ? OFFSET ?"
    )
    return sql, [*params, int(limit), int(offset)]


def query_deviations(
    store: Store,
    filters: DeviationFilters | None = None,
    sort: str | None = "-reported_date",
    offset: int = 0,
    limit: int = 200,
) -> list[dict[str, Any]]:
    """One page of the list, each row with its derived risk, overdue and privacy flags."""
    filters = filters or DeviationFilters()
    sql, params = deviation_list_sql(store, filters, sort, offset, limit)
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
    return rows


def count_deviations(store: Store, filters: DeviationFilters | None = None) -> int:
    where, params = _where(store, filters or DeviationFilters())
    row = store.db.execute(f"SELECT COUNT(*) FROM deviations d WHERE {where}", params).fetchone()
    return int(row[0])
