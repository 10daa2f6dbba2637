"""Uppföljning of avvikelser: the figures behind the charts and tables.

Every function counts the live avvikelser *reported* within a period (the
answer clock starts on that date, so all figures share one calendar), leaving
out those registered in error. Records imported from other groups are
counted too: that is what an upper level analyses.

Small-number suppression for figures that leave the group: with
`suppress_below=n`, a cell with 1 to n-1 cases becomes None. A zero stays, as
it points at nobody. A total is hidden too when any cell it sums is hidden,
since subtracting the visible cells from it would give the hidden one back.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from narvard_desktop import clock, small_counts
from narvard_desktop.domain import DEVIATION_AWAITING_ANSWER, DEVIATION_OPEN_STATES
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.record_rules import date_or_none
from narvard_desktop.services.organisation_grouping import (
    OrganisationGrouping,
    organisation_grouping,
)
from narvard_desktop.store import Store

EXPORT_SUPPRESSION = 5
UNKNOWN_ORGANISATION = QT_TRANSLATE_NOOP("Analysis", "(not given)")
OTHERS = QT_TRANSLATE_NOOP("Analysis", "Others")
# Where organisations beyond a chart's top ones are counted together.
OTHERS_KEY = "\x00others"


@dataclass(frozen=True)
class Period:
    """The window an analysis looks at: reported dates from `start` to `end`, and at an
    upper level optionally only the records owned by `group_ids` (None: every group)."""

    start: date
    end: date
    group_ids: tuple[str, ...] | None = None

    def months(self) -> list[str]:
        """Every month the period touches, as 'YYYY-MM', even months without cases."""
        months = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            months.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months


@dataclass
class CountTable:
    """Counts in rows × columns, with labels and totals, ready for a table or a chart."""

    row_keys: list[str | None]
    row_labels: list[str]
    column_keys: list[str | None]
    column_labels: list[str]
    cells: list[list[int | None]]
    row_totals: list[int | None]
    column_totals: list[int | None]
    total: int | None
    # Organisations counted together as "Others": label, reported, received.
    folded: list[tuple[str, int | None, int | None]] = field(default_factory=list)

    def cell(self, row_key: str | None, column_key: str | None) -> int | None:
        return self.cells[self.row_keys.index(row_key)][self.column_keys.index(column_key)]

    def transposed(self) -> CountTable:
        """Rows become columns: the same figures seen from the other side."""
        return CountTable(
            row_keys=list(self.column_keys),
            row_labels=list(self.column_labels),
            column_keys=list(self.row_keys),
            column_labels=list(self.row_labels),
            cells=[list(column) for column in zip(*self.cells, strict=True)]
            if self.cells
            else [[] for _ in self.column_keys],
            row_totals=list(self.column_totals),
            column_totals=list(self.row_totals),
            total=self.total,
        )


@dataclass
class Timeliness:
    """Answers within the deadline for one month (or the whole period, month=None).

    `decided` counts the avvikelser whose outcome is known: answered, or past the
    due date without an answer (those count as late, so silence never looks good).
    """

    month: str | None
    decided: int | None
    within_deadline: int | None
    share_within: float | None
    answered: int | None
    median_days: float | None


@dataclass
class OpenOverdue:
    organisation_id: str | None
    organisation_label: str
    open: int | None
    overdue: int | None


@dataclass
class MonthCount:
    month: str
    count: int | None


def _hidden(value: int, suppress_below: int | None) -> bool:
    return suppress_below is not None and 0 < value < suppress_below


def _shown(value: int, suppress_below: int | None) -> int | None:
    return None if _hidden(value, suppress_below) else value


def _base_where(period: Period) -> tuple[str, list[Any]]:
    where = (
        "d.deleted = 0 AND d.state != 'misregistered'"
        " AND d.reported_date >= ? AND d.reported_date <= ?"
    )
    params: list[Any] = [period.start.isoformat(), period.end.isoformat()]
    if period.group_ids is not None:
        where += f" AND d.group_id IN ({', '.join('?' * len(period.group_ids)) or 'NULL'})"
        params.extend(period.group_ids)
    return where, params


def _table(
    counts: dict[tuple[str | None, str | None], int],
    rows: list[tuple[str | None, str]],
    columns: list[tuple[str | None, str]],
    suppress_below: int | None,
) -> CountTable:
    raw = [[counts.get((r, c), 0) for c, _ in columns] for r, _ in rows]
    # Small cells and, beside them, enough others that no total gives one back.
    hidden = (
        small_counts.hidden_cells(raw, suppress_below)
        if suppress_below is not None
        else [[False] * len(line) for line in raw]
    )

    def total(values: Iterable[int], any_hidden: bool) -> int | None:
        value = sum(values)
        return None if any_hidden or _hidden(value, suppress_below) else value

    return CountTable(
        row_keys=[key for key, _ in rows],
        row_labels=[label for _, label in rows],
        column_keys=[key for key, _ in columns],
        column_labels=[label for _, label in columns],
        cells=[
            [None if hide else value for value, hide in zip(line, flags, strict=True)]
            for line, flags in zip(raw, hidden, strict=True)
        ],
        row_totals=[total(line, any(flags)) for line, flags in zip(raw, hidden, strict=True)],
        column_totals=[
            total((line[index] for line in raw), any(flags[index] for flags in hidden))
            for index in range(len(columns))
        ],
        total=total((value for line in raw for value in line), any(map(any, hidden))),
    )


def _category_rows(store: Store, codes: Iterable[str | None]) -> list[tuple[str | None, str]]:
    """Categories in the reference list's order; codes it does not know come last."""
    order: dict[str | None, int] = {
        row["code"]: index for index, row in enumerate(store.reference.categories())
    }
    present = sorted(set(codes), key=lambda code: (order.get(code, len(order)), code or ""))
    return [(code, store.reference.category_name(code) if code else "") for code in present]


def _organisation_rows(
    grouping: OrganisationGrouping, keys: Iterable[str | None]
) -> list[tuple[str | None, str]]:
    """Keys of the grouping (see `organisation_grouping`) with their names, in name order."""
    unknown = translate("Analysis", UNKNOWN_ORGANISATION)
    others = translate("Analysis", OTHERS)
    labelled = [
        (key, others if key == OTHERS_KEY else grouping.label(key, unknown)) for key in set(keys)
    ]
    return sorted(
        labelled,
        key=lambda item: (
            item[0] == OTHERS_KEY,
            item[0] is None,
            item[1].casefold(),
            item[0] or "",
        ),
    )


def _top(totals: Counter[str | None], top: int | None) -> set[str | None] | None:
    """The `top` keys by count (ties by key), or None when all of them fit."""
    if top is None or len(totals) <= top:
        return None
    return set(sorted(totals, key=lambda key: (-totals[key], key or ""))[:top])


def _folded(
    grouping: OrganisationGrouping,
    reported: Counter[str | None],
    received: Counter[str | None],
    kept: tuple[set[str | None] | None, set[str | None] | None],
    suppress_below: int | None,
) -> list[tuple[str, int | None, int | None]]:
    """The organisations left out of a chart, with what they reported and received."""
    left_out = {
        key
        for key in (*reported, *received)
        if (kept[0] is not None and key not in kept[0])
        or (kept[1] is not None and key not in kept[1])
    }
    listed = _organisation_rows(grouping, left_out)
    raw = [[reported.get(key, 0), received.get(key, 0)] for key, _ in listed]
    hidden = (
        small_counts.hidden_cells(raw, suppress_below, rows=False)
        if suppress_below is not None and raw
        else [[False, False] for _ in raw]
    )
    return [
        (label, None if flags[0] else values[0], None if flags[1] else values[1])
        for (_key, label), values, flags in zip(listed, raw, hidden, strict=True)
    ]


def counts_by_category_and_month(
    store: Store, period: Period, suppress_below: int | None = None
) -> CountTable:
    """Rows: categories that occur; columns: every month of the period."""
    where, params = _base_where(period)
    counts = {
        (code, month): count
        for code, month, count in store.db.execute(
            "SELECT d.category_code, substr(d.reported_date, 1, 7), COUNT(*)"
            f" FROM deviations d WHERE {where} GROUP BY 1, 2",
            params,
        )
    }
    months = period.months()
    rows = _category_rows(store, (code for code, _ in counts))
    return _table(counts, rows, [(month, month) for month in months], suppress_below)


def counts_by_group_and_category(
    store: Store, period: Period, suppress_below: int | None = None
) -> CountTable:
    """Groups side by side: rows are the owning groups, columns the categories that occur."""
    where, params = _base_where(period)
    counts = {
        (group_id, code): count
        for group_id, code, count in store.db.execute(
            "SELECT d.group_id, d.category_code, COUNT(*)"
            f" FROM deviations d WHERE {where} GROUP BY 1, 2",
            params,
        )
    }
    names = dict(store.db.execute("SELECT id, name FROM groups"))
    rows = sorted(
        ((group_id, names.get(group_id, group_id)) for group_id in {key[0] for key in counts}),
        key=lambda item: item[1].casefold(),
    )
    columns = _category_rows(store, {key[1] for key in counts})
    return _table(counts, rows, columns, suppress_below)


def organisation_matrix(
    store: Store, period: Period, suppress_below: int | None = None, top: int | None = None
) -> CountTable:
    """Who reports on whom: rows are reporting, columns receiving organisations.

    With `top`, only the organisations that reported (and received) most get a row (and
    a column) of their own; the others are counted together as "Others", and `folded`
    lists them. A county has hundreds of organisations: its full matrix is mostly zeros.
    """
    where, params = _base_where(period)
    counts: dict[tuple[str | None, str | None], int] = {
        (reporting, receiving): count
        for reporting, receiving, count in store.db.execute(
            "SELECT d.reporting_organisation_id, d.receiving_organisation_id, COUNT(*)"
            f" FROM deviations d WHERE {where} GROUP BY 1, 2",
            params,
        )
    }
    # One row per organisation as the upper level counts them (catalogue entries).
    grouping = organisation_grouping(store)
    grouped: Counter[tuple[str | None, str | None]] = Counter()
    for (reporting, receiving), count in counts.items():
        grouped[(grouping.key(reporting), grouping.key(receiving))] += count
    counts = dict(grouped)
    reported: Counter[str | None] = Counter()
    received: Counter[str | None] = Counter()
    for (reporting, receiving), count in counts.items():
        reported[reporting] += count
        received[receiving] += count
    kept = (_top(reported, top), _top(received, top))
    folded: list[tuple[str, int | None, int | None]] = []
    if kept != (None, None):
        merged: Counter[tuple[str | None, str | None]] = Counter()
        for (reporting, receiving), count in counts.items():
            merged[
                (
                    reporting if kept[0] is None or reporting in kept[0] else OTHERS_KEY,
                    receiving if kept[1] is None or receiving in kept[1] else OTHERS_KEY,
                )
            ] += count
        counts = dict(merged)
        folded = _folded(grouping, reported, received, kept, suppress_below)
    rows = _organisation_rows(grouping, (key[0] for key in counts))
    columns = _organisation_rows(grouping, (key[1] for key in counts))
    table = _table(counts, rows, columns, suppress_below)
    table.folded = folded
    return table


def _timeliness(
    month: str | None,
    cases: list[tuple[str, str | None, str | None]],
    today: str,
    suppress_below: int | None,
) -> Timeliness:
    decided = within = 0
    days: list[int] = []
    for reported, due, answered in cases:
        answered_day, reported_day = date_or_none(answered), date_or_none(reported)
        if answered and answered_day is not None and reported_day is not None:
            days.append((answered_day - reported_day).days)
            decided += 1
            within += int(due is None or answered <= due)
        elif due is not None and due < today:
            decided += 1
    late = decided - within
    if any(_hidden(value, suppress_below) for value in (decided, within, late, len(days))):
        return Timeliness(month, None, None, None, None, None)
    return Timeliness(
        month=month,
        decided=decided,
        within_deadline=within,
        share_within=within / decided if decided else None,
        answered=len(days),
        median_days=float(statistics.median(days)) if days else None,
    )


def answer_timeliness(
    store: Store, period: Period, today: date | None = None, suppress_below: int | None = None
) -> tuple[Timeliness, list[Timeliness]]:
    """The whole period and each month: share answered by the due date, median days."""
    where, params = _base_where(period)
    today_text = (today or clock.today()).isoformat()
    by_month: dict[str, list[tuple[str, str | None, str | None]]] = {
        month: [] for month in period.months()
    }
    for reported, due, answered in store.db.execute(
        "SELECT d.reported_date, d.answer_due_date, d.answered_date"
        f" FROM deviations d WHERE {where}",
        params,
    ):
        by_month[reported[:7]].append((reported, due, answered))
    every = [case for cases in by_month.values() for case in cases]
    return (
        _timeliness(None, every, today_text, suppress_below),
        [_timeliness(m, cases, today_text, suppress_below) for m, cases in by_month.items()],
    )


def open_and_overdue(
    store: Store,
    period: Period,
    today: date | None = None,
    suppress_below: int | None = None,
    top: int | None = None,
) -> tuple[OpenOverdue, list[OpenOverdue]]:
    """Still open, and overdue for an answer, in total and per receiving organisation.

    With `top`, the organisations with most open avvikelser get a row each and the rest
    one row together ("Others")."""
    where, params = _base_where(period)
    open_states = ", ".join(f"'{state}'" for state in DEVIATION_OPEN_STATES)
    awaiting = ", ".join(f"'{state}'" for state in DEVIATION_AWAITING_ANSWER)
    figures = {
        receiving: (open_count, overdue)
        for receiving, open_count, overdue in store.db.execute(
            "SELECT d.receiving_organisation_id,"
            f" SUM(d.state IN ({open_states})),"
            # A record without a due date (possible in imported data) is never overdue.
            f" SUM(d.state IN ({awaiting}) AND COALESCE(d.answer_due_date < ?, 0))"
            f" FROM deviations d WHERE {where} GROUP BY 1",
            [(today or clock.today()).isoformat(), *params],
        )
    }
    grouping = organisation_grouping(store)
    grouped: dict[str | None, tuple[int, int]] = {}
    for key, (open_count, overdue) in figures.items():
        before = grouped.get(grouping.key(key), (0, 0))
        grouped[grouping.key(key)] = (before[0] + int(open_count), before[1] + int(overdue))
    figures = grouped
    kept = _top(Counter({key: int(value[0]) for key, value in figures.items() if value[0]}), top)
    if kept is not None:
        merged: dict[str | None, tuple[int, int]] = {}
        for key, (open_count, overdue) in figures.items():
            target = key if key in kept else OTHERS_KEY
            before = merged.get(target, (0, 0))
            merged[target] = (before[0] + int(open_count), before[1] + int(overdue))
        figures = merged
    listed = [(o, label) for o, label in _organisation_rows(grouping, figures) if figures[o][0]]
    raw = [[int(figures[o][0]), int(figures[o][1])] for o, _ in listed]
    # Open and overdue are different measures: only each column is a line to protect.
    hidden = (
        small_counts.hidden_cells(raw, suppress_below, rows=False)
        if suppress_below is not None
        else [[False, False] for _ in raw]
    )
    rows = [
        OpenOverdue(
            org_id,
            label,
            None if flags[0] else values[0],
            None if flags[1] else values[1],
        )
        for (org_id, label), values, flags in zip(listed, raw, hidden, strict=True)
    ]
    total_open = sum(value[0] for value in figures.values())
    total_overdue = sum(value[1] for value in figures.values())
    any_hidden = any(row.open is None or row.overdue is None for row in rows)
    total = OpenOverdue(
        None,
        "",
        None if any_hidden else _shown(total_open, suppress_below),
        None if any_hidden else _shown(total_overdue, suppress_below),
    )
    return total, rows


def system_errors_by_month(
    store: Store, period: Period, suppress_below: int | None = None
) -> list[MonthCount]:
    """Avvikelser flagged as systemfel, per month of the period."""
    where, params = _base_where(period)
    counts = dict(
        store.db.execute(
            "SELECT substr(d.reported_date, 1, 7), COUNT(*) FROM deviations d"
            f" WHERE {where} AND d.system_error = 1 GROUP BY 1",
            params,
        ).fetchall()
    )
    months = period.months()
    raw = [int(counts.get(month, 0)) for month in months]
    flags = (
        small_counts.hidden_cells([raw], suppress_below, columns=False)[0]
        if suppress_below is not None
        else [False] * len(raw)
    )
    return [
        MonthCount(month, None if hide else value)
        for month, value, hide in zip(months, raw, flags, strict=True)
    ]


def deviations_in_period(store: Store, period: Period) -> int:
    """How many avvikelser the charts would count: decides whether to count off-thread."""
    where, params = _base_where(period)
    return int(
        store.db.execute(f"SELECT COUNT(*) FROM deviations d WHERE {where}", params).fetchone()[0]
    )
