"""What keeps the lists and charts fast at county size gives the same answers as before:
keyset pages are the offset pages, and a matrix folded to its top organisations counts
every case once."""

import random
from datetime import date, timedelta

import pytest

from narvard_desktop.services.deviation_analysis import (
    OTHERS_KEY,
    Period,
    open_and_overdue,
    organisation_matrix,
)
from narvard_desktop.services.deviation_list import (
    DeviationFilters,
    count_deviations,
    cursor_of,
    last_page,
    query_deviations,
)
from narvard_desktop.store.records import insert_record

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


@pytest.fixture
def many(group_store):
    """130 avvikelser between 12 organisations, with ties in every sort key and gaps."""
    db, group_id = group_store.db, group_store.require_group_id()
    rng = random.Random(5)
    with db.atomic():
        organisations = [
            insert_record(db, "organisations", group_id, {"name": f"Organisation {n:02d}"})
            for n in range(12)
        ]
        for number in range(130):
            reported = date(2026, 1, 1) + timedelta(days=rng.randrange(40))
            insert_record(
                db,
                "deviations",
                group_id,
                {
                    "category_code": rng.choice(("INUT", "SIP", None)),
                    "event_date": reported.isoformat(),
                    "reported_date": reported.isoformat(),
                    # Organisation 00 reports most, so a top list has a clear order.
                    "reporting_organisation_id": organisations[
                        0 if number % 3 == 0 else rng.randrange(12)
                    ],
                    "receiving_organisation_id": rng.choice(organisations),
                    "consequence": rng.choice((1, 2, 3, 4, None)),
                    "likelihood": rng.randint(1, 4),
                    "answer_due_date": rng.choice((None, "2026-03-01", "2026-05-01")),
                    "external_ref": rng.choice((None, "A-1", "B-2")),
                    "state": rng.choice(("registered", "sent", "closed")),
                    "description": "x",
                },
            )
    return group_store


@pytest.mark.parametrize(
    "sort",
    ["-reported_date", "reported_date", "category", "-risk", "answer_due_date", "-external_ref"],
)
def test_pages_read_after_before_or_from_the_end_are_the_offset_pages(many, sort):
    filters = DeviationFilters()
    total = count_deviations(many, filters)
    by_offset = [
        [row["id"] for row in query_deviations(many, filters, sort, offset, 25)]
        for offset in range(0, total, 25)
    ]
    following = query_deviations(many, filters, sort, 0, 25)
    walked = [[row["id"] for row in following]]
    while len(following) == 25:
        following = query_deviations(many, filters, sort, limit=25, after=cursor_of(following[-1]))
        if following:
            walked.append([row["id"] for row in following])
    assert walked == by_offset
    # Backwards from the second page gives the first; the end gives the last rows.
    second = query_deviations(many, filters, sort, 25, 25)
    assert [
        r["id"]
        for r in query_deviations(many, filters, sort, limit=25, before=cursor_of(second[0]))
    ] == by_offset[0]
    tail = total - 25 * (len(by_offset) - 1)
    assert [r["id"] for r in last_page(many, filters, sort, tail)] == by_offset[-1]


def test_a_folded_matrix_keeps_the_top_organisations_and_counts_the_rest_as_others(many):
    full = organisation_matrix(many, YEAR)
    folded = organisation_matrix(many, YEAR, top=4)
    assert len(full.row_keys) == 12
    assert len(folded.row_keys) == 5 and folded.row_keys[-1] == OTHERS_KEY
    assert folded.row_labels[-1] == "Others" or folded.row_labels[-1] == "Övriga"
    assert folded.total == full.total == 130
    # The organisation that reported most has a row of its own, with all its cases.
    top_row = full.row_totals.index(max(full.row_totals))
    kept = folded.row_keys.index(full.row_keys[top_row])
    assert folded.row_totals[kept] == full.row_totals[top_row]
    # The folded ones are listed, each with what it reported and received.
    assert {label for label, _r, _c in folded.folded} <= set(full.row_labels) | set(
        full.column_labels
    )
    # Those without a row of their own make up the "Others" row.
    assert (
        sum(r for label, r, _c in folded.folded if label not in folded.row_labels)
        == folded.row_totals[-1]
    )


def test_small_counts_stay_hidden_in_the_folded_matrix_and_its_table(many):
    folded = organisation_matrix(many, YEAR, suppress_below=5, top=4)
    shown = [value for row in folded.cells for value in row if value is not None]
    assert all(value == 0 or value >= 5 for value in shown)
    listed = [v for _l, r, c in folded.folded for v in (r, c) if v is not None]
    assert all(value == 0 or value >= 5 for value in listed)
    assert any(v is None for _l, r, c in folded.folded for v in (r, c))


def test_open_and_overdue_shows_the_top_receivers_and_one_row_for_the_rest(many):
    today = date(2026, 6, 1)
    total, rows = open_and_overdue(many, YEAR, today)
    total_top, rows_top = open_and_overdue(many, YEAR, today, top=3)
    assert len(rows_top) == 4 and rows_top[-1].organisation_id == OTHERS_KEY
    assert sum(r.open for r in rows_top) == sum(r.open for r in rows) == total_top.open
    assert sum(r.overdue for r in rows_top) == total.overdue


def test_every_uppfoljning_count_reads_only_an_index(many):
    """The charts' counts never read the rows with their long texts."""
    from narvard_desktop.services.deviation_analysis import (
        answer_timeliness,
        counts_by_category_and_month,
        system_errors_by_month,
    )

    statements: list[str] = []
    many.db.conn.set_trace_callback(statements.append)
    try:
        organisation_matrix(many, YEAR, top=4)
        open_and_overdue(many, YEAR, date(2026, 6, 1), top=3)
        counts_by_category_and_month(many, YEAR)
        answer_timeliness(many, YEAR, date(2026, 6, 1))
        system_errors_by_month(many, YEAR)
    finally:
        many.db.conn.set_trace_callback(None)
    counting = [sql for sql in statements if "FROM deviations d" in sql]
    assert len(counting) == 5
    for sql in counting:
        # The trace shows each statement with its values written in.
        plan = many.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
        steps = " ".join(str(row[3]) for row in plan)
        assert "COVERING INDEX idx_deviations_live_reported" in steps, (sql, steps)
