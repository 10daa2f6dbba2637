"""Uppföljning figures on a small, hand-built log whose answers are worked out by hand."""

from datetime import date

import pytest

from narvard_desktop.i18n import translate
from narvard_desktop.services.deviation_analysis import (
    UNKNOWN_ORGANISATION,
    MonthCount,
    OpenOverdue,
    Period,
    Timeliness,
    answer_timeliness,
    counts_by_category_and_month,
    open_and_overdue,
    organisation_matrix,
    system_errors_by_month,
)
from narvard_desktop.store.records import insert_record

Q1 = Period(date(2026, 1, 1), date(2026, 3, 31))
TODAY = date(2026, 5, 1)


@pytest.fixture
def log(group_store):
    """Six counted avvikelser in Q1 2026, plus four that must not count."""
    db, group_id = group_store.db, group_store.require_group_id()
    with db.atomic():
        a, b, c = (
            insert_record(db, "organisations", group_id, {"name": name})
            for name in ("Alfa hemsjukvård", "Beta vårdcentral", "Gamma sjukhus")
        )

        def add(category, reported, reporting, receiving, state, due, answered=None, **extra):
            deleted = extra.pop("deleted", 0)
            record_id = insert_record(
                db,
                "deviations",
                group_id,
                {
                    "category_code": category,
                    "event_date": reported,
                    "reported_date": reported,
                    "reporting_organisation_id": reporting,
                    "receiving_organisation_id": receiving,
                    "state": state,
                    "answer_due_date": due,
                    "answered_date": answered,
                    "description": "x",
                    **extra,
                },
            )
            db.table("deviations").update(record_id, {"deleted": deleted})

        add("INUT", "2026-01-10", a, b, "closed", "2026-03-11", "2026-01-20")  # on time, 10 d
        add("INUT", "2026-01-15", a, b, "answered", "2026-03-16", "2026-04-01")  # late, 76 d
        add("SIP", "2026-02-03", b, a, "sent", "2026-04-04")  # overdue, so late
        add("SIP", "2026-02-05", b, c, "registered", "2026-06-01")  # not yet due
        add(
            "INUT", "2026-03-31", c, a, "feedback_given", "2026-05-30", "2026-04-10", system_error=1
        )  # on time, 10 d
        add(
            "LKM", "2026-02-28", a, None, "closed", "2026-04-29", "2026-03-05", system_error=1
        )  # on time, 5 d
        add("INUT", "2026-01-20", a, b, "misregistered", "2026-03-21", system_error=1)
        add("INUT", "2026-02-01", a, b, "sent", "2026-04-02", deleted=1)
        add("SIP", "2026-04-01", a, b, "sent", "2026-05-31")
        add("SIP", "2025-12-31", a, b, "sent", "2026-03-01")
    return {"a": a, "b": b, "c": c}


def test_months_of_a_period_cross_the_year_and_include_empty_months():
    assert Period(date(2025, 11, 15), date(2026, 2, 1)).months() == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]


def test_counts_per_category_and_month(group_store, log):
    table = counts_by_category_and_month(group_store, Q1)
    assert table.row_keys == ["INUT", "SIP", "LKM"]
    assert table.row_labels[0].startswith("In- och utskrivning")
    assert table.column_keys == ["2026-01", "2026-02", "2026-03"]
    assert table.cells == [[2, 0, 1], [0, 2, 0], [0, 1, 0]]
    assert (table.row_totals, table.column_totals, table.total) == ([3, 2, 1], [2, 3, 1], 6)
    assert table.cell("SIP", "2026-02") == 2


def test_small_cells_and_the_totals_that_would_reveal_them_are_hidden(group_store, log):
    table = counts_by_category_and_month(group_store, Q1, suppress_below=2)
    # The two 1s, and beside each a second cell (the 2s in their row and column): with
    # the total known from elsewhere (6), subtraction gives only sums of hidden cells.
    assert table.cells == [[None, 0, None], [0, None, 0], [0, None, 0]]
    assert table.row_totals == [None, None, None]
    assert table.column_totals == [None, None, None]
    assert table.total is None
    everything_hidden = counts_by_category_and_month(group_store, Q1, suppress_below=5)
    assert everything_hidden.cells == [[None, 0, None], [0, None, 0], [0, None, 0]]


def test_matrix_of_reporting_and_receiving_organisations(group_store, log):
    a, b, c = log["a"], log["b"], log["c"]
    table = organisation_matrix(group_store, Q1)
    assert table.row_keys == [a, b, c]
    assert table.column_keys == [a, b, c, None]
    assert table.column_labels[-1] == translate("Analysis", UNKNOWN_ORGANISATION)
    assert table.cells == [[0, 2, 0, 1], [1, 0, 1, 0], [1, 0, 0, 0]]
    assert (table.row_totals, table.column_totals, table.total) == ([3, 2, 1], [2, 2, 1, 1], 6)
    hidden = organisation_matrix(group_store, Q1, suppress_below=2)
    # Row a hides its 1 and, so that the row cannot be subtracted, its 2 as well.
    assert hidden.cells == [[0, None, 0, None], [None, 0, None, 0], [None, 0, 0, 0]]


def test_answers_within_the_deadline_share_and_median_days(group_store, log):
    overall, months = answer_timeliness(group_store, Q1, today=TODAY)
    assert overall == Timeliness(None, 5, 3, 0.6, 4, 10.0)
    assert months == [
        Timeliness("2026-01", 2, 1, 0.5, 2, 43.0),
        Timeliness("2026-02", 2, 1, 0.5, 1, 5.0),
        Timeliness("2026-03", 1, 1, 1.0, 1, 10.0),
    ]


def test_timeliness_of_small_months_is_hidden_whole(group_store, log):
    overall, months = answer_timeliness(group_store, Q1, today=TODAY, suppress_below=2)
    assert overall == Timeliness(None, 5, 3, 0.6, 4, 10.0)
    assert [m.share_within for m in months] == [None, None, None]
    assert months[0] == Timeliness("2026-01", None, None, None, None, None)


def test_before_the_due_dates_pass_only_answers_are_decided(group_store, log):
    overall, _ = answer_timeliness(group_store, Q1, today=date(2026, 3, 1))
    # On 1 March no unanswered avvikelse is past its due date: only the four answers count.
    assert (overall.decided, overall.within_deadline, overall.answered) == (4, 3, 4)


def test_open_and_overdue_per_receiving_organisation(group_store, log):
    a, b, c = log["a"], log["b"], log["c"]
    total, rows = open_and_overdue(group_store, Q1, today=TODAY)
    assert total == OpenOverdue(None, "", 4, 1)
    assert [(row.organisation_id, row.open, row.overdue) for row in rows] == [
        (a, 2, 1),
        (b, 1, 0),
        (c, 1, 0),
    ]
    total, rows = open_and_overdue(group_store, Q1, today=TODAY, suppress_below=2)
    assert [(row.open, row.overdue) for row in rows] == [(2, None), (None, 0), (None, 0)]
    assert (total.open, total.overdue) == (None, None)


def test_system_errors_per_month_leave_out_errors_registered_by_mistake(group_store, log):
    assert system_errors_by_month(group_store, Q1) == [
        MonthCount("2026-01", 0),
        MonthCount("2026-02", 1),
        MonthCount("2026-03", 1),
    ]
    assert [m.count for m in system_errors_by_month(group_store, Q1, suppress_below=5)] == [
        0,
        None,
        None,
    ]


def test_an_empty_period_gives_zeros_not_errors(group_store, log):
    empty = Period(date(2020, 1, 1), date(2020, 2, 29))
    table = counts_by_category_and_month(group_store, empty, suppress_below=5)
    assert (table.row_keys, table.column_keys, table.total) == ([], ["2020-01", "2020-02"], 0)
    overall, months = answer_timeliness(group_store, empty, today=TODAY)
    assert overall == Timeliness(None, 0, 0, None, 0, None)
    assert open_and_overdue(group_store, empty, today=TODAY) == (OpenOverdue(None, "", 0, 0), [])
