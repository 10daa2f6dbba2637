"""The avvikelse log: validation, answer clock, risk, lifecycle, links and the list query."""

import random
from datetime import date, timedelta

import pytest

from narvard_desktop.errors import ReadOnlyRecordError, ValidationError
from narvard_desktop.i18n import set_language
from narvard_desktop.record_rules import clip_to_limit, text_limit
from narvard_desktop.services import deviation_list
from narvard_desktop.services import deviations as dev
from narvard_desktop.services.deviation_list import (
    DeviationFilters,
    count_deviations,
    cursor_of,
    deviation_list_sql,
    query_deviations,
)
from narvard_desktop.store.records import get_record, insert_record, new_id, utc_now

HOSTILE = "<script>&amp; =cmd|' /C calc'!A0 🚑 مرحبا עברית \u202e" + "x" * 10_000


@pytest.fixture
def orgs(group_store):
    group_id = group_store.require_group_id()
    with group_store.db.atomic():
        return [
            insert_record(group_store.db, "organisations", group_id, {"name": name})
            for name in ("Hemsjukvården", "Vårdcentralen Norr", "Medicinkliniken")
        ]


def values(orgs, **overrides):
    base = {
        "event_date": "2026-09-01",
        "reported_date": "2026-09-03",
        "category_code": "INUT",
        "reporting_organisation_id": orgs[0],
        "receiving_organisation_id": orgs[2],
        "description": "Utskrivningsmeddelande kom efter hemgång.",
        "consequence": 3,
        "likelihood": 2,
    }
    return base | overrides


def set_group_rules(store, **rules):
    store.db.table("groups").update(store.require_group_id(), rules)


def test_a_new_deviation_is_registered_with_a_dated_event_and_default_due_date(group_store, orgs):
    set_group_rules(group_store, answer_days=30)
    deviation_id = dev.create_deviation(group_store, values(orgs))
    record = get_record(group_store.db, "deviations", deviation_id)
    assert record["state"] == "registered"
    assert record["answer_due_date"] == "2026-10-03"
    assert record["group_id"] == group_store.require_group_id()
    events = dev.deviation_events(group_store, deviation_id)
    assert [(e["from_state"], e["to_state"], e["changed_on"]) for e in events] == [
        (None, "registered", "2026-09-03")
    ]


def test_an_explicit_answer_due_date_is_kept(group_store, orgs):
    deviation_id = dev.create_deviation(group_store, values(orgs, answer_due_date="2026-09-20"))
    assert get_record(group_store.db, "deviations", deviation_id)["answer_due_date"] == "2026-09-20"


@pytest.mark.parametrize(
    ("overrides", "field", "detail"),
    [
        ({"event_date": "2026-13-01"}, "value", "2026-13-01"),
        ({"event_date": "20260901"}, "value", "20260901"),
        ({"reported_date": None}, None, None),
        ({"event_date": "2026-09-05"}, None, None),
        ({"answer_due_date": "2026-09-01"}, None, None),
        ({"consequence": 5}, "value", "5"),
        ({"likelihood": 0}, "value", "0"),
        ({"likelihood": "hög"}, "value", "hög"),
        ({"consequence": True}, "value", "True"),
        ({"category_code": "NOPE"}, "value", "NOPE"),
        ({"category_code": None}, None, None),
        ({"reporting_organisation_id": "not-an-org"}, "value", "not-an-org"),
        ({"deviation_type": "maybe"}, "value", "maybe"),
        ({"care_injury": "some"}, "value", "some"),
        ({"escalated_to": "eu"}, "value", "eu"),
        ({"description": "   "}, None, None),
    ],
)
def test_invalid_structure_is_refused_with_a_message(group_store, orgs, overrides, field, detail):
    with pytest.raises(ValidationError) as caught:
        dev.create_deviation(group_store, values(orgs, **overrides))
    assert caught.value.user_message()
    if field:
        assert caught.value.details[field] == detail
    assert group_store.db.execute("SELECT COUNT(*) FROM deviations").fetchone()[0] == 0


def test_a_validation_message_names_the_field_and_the_value(group_store, orgs):
    set_language("en")
    with pytest.raises(ValidationError) as caught:
        dev.create_deviation(group_store, values(orgs, consequence=9))
    assert caught.value.user_message() == "The consequence must be a whole number from 1 to 4: 9"


def test_every_mistake_a_form_can_show_is_reported_at_once_with_its_field(group_store, orgs):
    set_language("en")
    wrong = values(
        orgs,
        event_date="2026-09-05",
        answer_due_date="2026-09-01",
        description="  ",
        category_code=None,
    )
    problems = dev.deviation_problems(group_store, wrong)
    assert [problem.details["field"] for problem in problems] == [
        "event_date",
        "answer_due_date",
        "description",
        "category_code",
    ]
    assert [problem.user_message() for problem in problems] == [
        "The event date cannot be after the reported date.",
        "Answer due date cannot be before the reported date.",
        "Describe what happened (never who it happened to).",
        "Choose a category.",
    ]
    # Saving refuses the first of them, naming the same field.
    with pytest.raises(ValidationError) as caught:
        dev.create_deviation(group_store, wrong)
    assert caught.value.details["field"] == "event_date"
    assert dev.deviation_problems(group_store, values(orgs)) == []


def test_the_form_messages_read_in_swedish(group_store, orgs):
    set_language("sv")
    wrong = values(orgs, answer_due_date="2026-09-01", category_code=None)
    assert [problem.user_message() for problem in dev.deviation_problems(group_store, wrong)] == [
        "Sista svarsdatum kan inte vara före rapporteringsdatum.",
        "Välj en kategori.",
    ]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"reported_date": None}, "reported_date"),
        ({"event_date": "2026-13-01"}, "event_date"),
        ({"consequence": 5}, "consequence"),
        ({"category_code": "NOPE"}, "category_code"),
        ({"reporting_organisation_id": "not-an-org"}, "reporting_organisation_id"),
        ({"care_injury": "some"}, "care_injury"),
    ],
)
def test_a_refusal_names_the_field_it_is_about(group_store, orgs, overrides, field):
    with pytest.raises(ValidationError) as caught:
        dev.create_deviation(group_store, values(orgs, **overrides))
    assert caught.value.details["field"] == field


def test_a_deleted_organisation_cannot_be_chosen(group_store, orgs):
    group_store.db.table("organisations").update(orgs[2], {"deleted": 1})
    with pytest.raises(ValidationError):
        dev.create_deviation(group_store, values(orgs))


def test_hostile_text_is_stored_exactly_as_typed(group_store, orgs):
    # Each field as long as its limit allows, hostile characters first.
    texts = {
        name: clip_to_limit(f"{name}: {HOSTILE}", text_limit(name)) for name in dev.TEXT_FIELDS
    }
    deviation_id = dev.create_deviation(group_store, values(orgs, **texts))
    record = get_record(group_store.db, "deviations", deviation_id)
    assert {name: record[name] for name in dev.TEXT_FIELDS} == texts


def test_text_with_a_personnummer_is_saved_but_flagged_in_the_list(group_store, orgs):
    flagged = dev.create_deviation(
        group_store, values(orgs, answer_cause="Gäller 850412-1230, se journal.")
    )
    clean = dev.create_deviation(group_store, values(orgs))
    rows = {row["id"]: row for row in query_deviations(group_store)}
    assert rows[flagged]["has_identifier"] is True
    assert rows[clean]["has_identifier"] is False


def test_risk_score_is_the_product_and_the_group_threshold_marks_deeper_analysis(group_store, orgs):
    assert dev.risk_score(3, 4) == 12
    assert dev.risk_score(None, 4) is None
    low = dev.create_deviation(group_store, values(orgs, consequence=2, likelihood=4))
    high = dev.create_deviation(group_store, values(orgs, consequence=3, likelihood=4))
    unrated = dev.create_deviation(group_store, values(orgs, consequence=None, likelihood=None))
    rows = {row["id"]: row for row in query_deviations(group_store)}
    assert (rows[low]["risk_score"], rows[low]["needs_analysis"]) == (8, True)
    assert (rows[unrated]["risk_score"], rows[unrated]["needs_analysis"]) == (None, False)
    set_group_rules(group_store, risk_threshold=12)
    rows = {row["id"]: row for row in query_deviations(group_store)}
    assert (rows[low]["needs_analysis"], rows[high]["needs_analysis"]) == (False, True)
    only = query_deviations(group_store, DeviationFilters(needs_analysis_only=True))
    assert [row["id"] for row in only] == [high]


def test_overdue_means_still_awaiting_an_answer_after_the_due_date(group_store, orgs):
    deviation_id = dev.create_deviation(group_store, values(orgs))  # due 2026-11-02
    due = date(2026, 11, 2)

    def overdue(today):
        rows = query_deviations(group_store, DeviationFilters(today=today))
        return rows[0]["overdue"], count_deviations(
            group_store, DeviationFilters(overdue_only=True, today=today)
        )

    assert overdue(due) == (False, 0)
    assert overdue(due + timedelta(days=1)) == (True, 1)
    dev.change_state(group_store, deviation_id, "sent", on="2026-09-04")
    dev.change_state(group_store, deviation_id, "investigating", on="2026-09-10")
    assert overdue(due + timedelta(days=1)) == (True, 1)
    dev.change_state(group_store, deviation_id, "answered", on="2026-11-20")
    assert overdue(due + timedelta(days=1)) == (False, 0)


def test_the_whole_lifecycle_is_logged_with_dates_and_sets_the_answered_date(group_store, orgs):
    deviation_id = dev.create_deviation(group_store, values(orgs))
    path = [
        ("sent", "2026-09-04"),
        ("investigating", "2026-09-10"),
        ("answered", "2026-10-01"),
        ("feedback_given", "2026-10-08"),
        ("closed", "2026-10-15"),
    ]
    for state, on in path:
        dev.change_state(group_store, deviation_id, state, on=on, comment=f"Till {state}")
    record = get_record(group_store.db, "deviations", deviation_id)
    assert (record["state"], record["answered_date"]) == ("closed", "2026-10-01")
    events = dev.deviation_events(group_store, deviation_id)
    assert [(e["from_state"], e["to_state"], e["changed_on"]) for e in events] == [
        (None, "registered", "2026-09-03"),
        ("registered", "sent", "2026-09-04"),
        ("sent", "investigating", "2026-09-10"),
        ("investigating", "answered", "2026-10-01"),
        ("answered", "feedback_given", "2026-10-08"),
        ("feedback_given", "closed", "2026-10-15"),
    ]
    assert events[-1]["comment"] == "Till closed"


@pytest.mark.parametrize(
    ("walk", "target"),
    [
        ((), "answered"),
        ((), "closed"),
        (("sent", "investigating"), "sent"),
        (("sent", "answered", "feedback_given", "closed"), "misregistered"),
        (("misregistered",), "registered"),
    ],
)
def test_moves_outside_the_lifecycle_are_refused(group_store, orgs, walk, target):
    deviation_id = dev.create_deviation(group_store, values(orgs))
    for state in walk:
        dev.change_state(group_store, deviation_id, state, on="2026-09-05")
    before = dev.deviation_events(group_store, deviation_id)
    with pytest.raises(ValidationError):
        dev.change_state(group_store, deviation_id, target, on="2026-09-06")
    assert dev.deviation_events(group_store, deviation_id) == before


@pytest.mark.parametrize("walk", [(), ("sent",), ("sent", "investigating"), ("sent", "answered")])
def test_any_open_deviation_can_be_marked_as_registered_in_error(group_store, orgs, walk):
    deviation_id = dev.create_deviation(group_store, values(orgs))
    for state in walk:
        dev.change_state(group_store, deviation_id, state, on="2026-09-05")
    dev.change_state(group_store, deviation_id, "misregistered", on="2026-09-06")
    assert get_record(group_store.db, "deviations", deviation_id)["state"] == "misregistered"


def test_a_change_of_state_cannot_be_dated_before_the_report(group_store, orgs):
    deviation_id = dev.create_deviation(group_store, values(orgs))
    with pytest.raises(ValidationError):
        dev.change_state(group_store, deviation_id, "sent", on="2026-09-02")


def test_state_and_event_are_written_together_or_not_at_all(group_store, orgs, monkeypatch):
    deviation_id = dev.create_deviation(group_store, values(orgs))

    def broken_event(*args, **kwargs):
        raise RuntimeError("disk trouble while logging the event")

    monkeypatch.setattr(dev, "_add_event", broken_event)
    with pytest.raises(RuntimeError):
        dev.change_state(group_store, deviation_id, "sent", on="2026-09-04")
    record = get_record(group_store.db, "deviations", deviation_id)
    assert (record["state"], record["revision"]) == ("registered", 1)


def test_updating_fields_validates_and_raises_the_revision(group_store, orgs):
    deviation_id = dev.create_deviation(group_store, values(orgs))
    dev.update_deviation(group_store, deviation_id, {"likelihood": 4, "system_error": True})
    record = get_record(group_store.db, "deviations", deviation_id)
    assert (record["likelihood"], record["system_error"], record["revision"]) == (4, 1, 2)
    with pytest.raises(ValidationError):
        dev.update_deviation(group_store, deviation_id, {"event_date": "2026-10-01"})
    with pytest.raises(ValueError):
        dev.update_deviation(group_store, deviation_id, {"state": "closed"})


def test_a_default_due_date_follows_a_corrected_reported_date_but_a_chosen_one_stays(
    group_store, orgs
):
    following = dev.create_deviation(group_store, values(orgs))
    chosen = dev.create_deviation(group_store, values(orgs, answer_due_date="2026-09-30"))
    for deviation_id in (following, chosen):
        dev.update_deviation(group_store, deviation_id, {"reported_date": "2026-09-13"})
    assert get_record(group_store.db, "deviations", following)["answer_due_date"] == "2026-11-12"
    assert get_record(group_store.db, "deviations", chosen)["answer_due_date"] == "2026-09-30"


def test_another_groups_deviation_is_read_only(group_store, orgs):
    other_group = new_id()
    insert_record(
        group_store.db,
        "groups",
        other_group,
        {"id": other_group, "name": "Närvård Ulricehamn", "level": "lokal"},
    )
    imported = insert_record(
        group_store.db,
        "deviations",
        other_group,
        {"event_date": "2026-09-01", "reported_date": "2026-09-01", "description": "x"},
    )
    group_store.db.conn.commit()
    with pytest.raises(ReadOnlyRecordError):
        dev.update_deviation(group_store, imported, {"likelihood": 2})
    with pytest.raises(ReadOnlyRecordError):
        dev.change_state(group_store, imported, "sent", on="2026-09-02")


@pytest.fixture
def plan_id(group_store):
    plan = insert_record(
        group_store.db, "action_plans", group_store.require_group_id(), {"title": "Plan 2026"}
    )
    group_store.db.conn.commit()
    return plan


def test_an_improvement_activity_from_several_deviations_is_linked_both_ways(
    group_store, orgs, plan_id
):
    first = dev.create_deviation(group_store, values(orgs))
    second = dev.create_deviation(group_store, values(orgs, category_code="SIP"))
    activity_id = dev.create_improvement_activity(
        group_store, [first, second, first], plan_id, "Gemensam rutin för hemgång", way_code="A4"
    )
    activity = get_record(group_store.db, "activities", activity_id)
    assert (activity["action_plan_id"], activity["title"], activity["way_code"]) == (
        plan_id,
        "Gemensam rutin för hemgång",
        "A4",
    )
    assert activity["status"] == "not_started"
    assert {d["id"] for d in dev.deviations_for_activity(group_store, activity_id)} == {
        first,
        second,
    }
    assert [a["id"] for a in dev.activities_for_deviation(group_store, first)] == [activity_id]
    links = group_store.db.execute(
        "SELECT from_kind, to_kind FROM links WHERE to_id = ?", [activity_id]
    ).fetchall()
    assert links == [("deviation", "activity")] * 2
    dev.link_deviation_to_activity(group_store, second, activity_id)
    assert group_store.db.execute("SELECT COUNT(*) FROM links").fetchone()[0] == 2


def test_an_improvement_activity_needs_a_title_deviations_and_an_own_plan(
    group_store, orgs, plan_id
):
    deviation_id = dev.create_deviation(group_store, values(orgs))
    with pytest.raises(ValidationError):
        dev.create_improvement_activity(group_store, [deviation_id], plan_id, "  ")
    with pytest.raises(ValidationError):
        dev.create_improvement_activity(group_store, [], plan_id, "Rutin")
    with pytest.raises(ValidationError):
        dev.create_improvement_activity(
            group_store, [deviation_id], plan_id, "Rutin", way_code="Z9"
        )
    assert group_store.db.execute("SELECT COUNT(*) FROM activities").fetchone()[0] == 0


# --- The list ---------------------------------------------------------------------------


@pytest.fixture
def listed(group_store, orgs):
    """Five avvikelser with known differences, keyed by a short name."""
    made = {
        "old_sip": dev.create_deviation(
            group_store,
            values(orgs, category_code="SIP", event_date="2026-01-10", reported_date="2026-01-12"),
        ),
        "inut_to_vc": dev.create_deviation(
            group_store,
            values(orgs, receiving_organisation_id=orgs[1], description="Älvsborgs rutin bröts"),
        ),
        "lkm_high": dev.create_deviation(
            group_store,
            values(
                orgs,
                category_code="LKM",
                consequence=4,
                likelihood=4,
                reported_date="2026-09-20",
                external_ref="MCP-2026-77",
            ),
        ),
        "answered": dev.create_deviation(
            group_store, values(orgs, reported_date="2026-08-01", event_date="2026-08-01")
        ),
        "deleted": dev.create_deviation(group_store, values(orgs)),
    }
    dev.change_state(group_store, made["answered"], "sent", on="2026-08-02")
    dev.change_state(group_store, made["answered"], "answered", on="2026-08-20")
    group_store.db.table("deviations").update(made["deleted"], {"deleted": 1})
    return made


def names(listed, rows):
    by_id = {value: key for key, value in listed.items()}
    return [by_id[row["id"]] for row in rows]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (DeviationFilters(), {"old_sip", "inut_to_vc", "lkm_high", "answered"}),
        (DeviationFilters(category_codes=("SIP", "LKM")), {"old_sip", "lkm_high"}),
        (DeviationFilters(receiving_organisation_id="VC"), {"inut_to_vc"}),
        (DeviationFilters(states=("answered",)), {"answered"}),
        (
            DeviationFilters(reported_from="2026-08-01", reported_to="2026-09-03"),
            {"inut_to_vc", "answered"},
        ),
        (DeviationFilters(needs_analysis_only=True), {"lkm_high"}),
        (DeviationFilters(text="älvsborg"), {"inut_to_vc"}),
        (DeviationFilters(text="mcp-2026-77"), {"lkm_high"}),
        (DeviationFilters(overdue_only=True, today=date(2026, 3, 15)), {"old_sip"}),
        (DeviationFilters(overdue_only=True, states=("answered",), today=date(2027, 1, 1)), set()),
    ],
)
def test_list_filters_select_the_right_rows_and_count_agrees(
    group_store, orgs, listed, filters, expected
):
    if filters.receiving_organisation_id == "VC":
        filters = DeviationFilters(receiving_organisation_id=orgs[1])
    rows = query_deviations(group_store, filters)
    assert set(names(listed, rows)) == expected
    assert count_deviations(group_store, filters) == len(expected)


def test_list_sorts_and_pages_without_gaps_or_repeats(group_store, listed):
    by_reported = names(listed, query_deviations(group_store, sort="reported_date"))
    assert by_reported[0] == "old_sip" and by_reported[-1] == "lkm_high"
    assert names(listed, query_deviations(group_store, sort="-risk"))[0] == "lkm_high"
    pages = [
        row
        for offset in range(0, 4, 3)
        for row in names(
            listed, query_deviations(group_store, sort="category", offset=offset, limit=3)
        )
    ]
    assert sorted(pages) == sorted(listed.keys() - {"deleted"})
    assert query_deviations(group_store, limit=2)[0]["receiving_organisation_name"]
    with pytest.raises(ValueError):
        query_deviations(group_store, sort="description; DROP TABLE deviations")


def _plan(store, filters, sort):
    sql, params = deviation_list_sql(store, filters, sort, 500, 100)
    main = [row[3] for row in store.db.execute("EXPLAIN QUERY PLAN " + sql, params)]
    where, where_params = deviation_list._where(store, filters)
    count = [
        row[3]
        for row in store.db.execute(
            f"EXPLAIN QUERY PLAN SELECT COUNT(*) FROM deviations d WHERE {where}", where_params
        )
    ]
    return main, count


def test_the_list_uses_indexes_with_sixty_thousand_rows(group_store, orgs):
    group_id = group_store.require_group_id()
    categories = [row["code"] for row in group_store.reference.categories()]
    states = ["registered", "sent", "investigating", "answered", "closed", "misregistered"]
    rng = random.Random(5)
    now = utc_now()
    rows = []
    for index in range(60_000):
        reported = date(2020, 1, 1) + timedelta(days=rng.randrange(2500))
        rows.append(
            (
                new_id(),
                group_id,
                now,
                now,
                reported.isoformat(),
                reported.isoformat(),
                rng.choice(categories),
                rng.choice(orgs),
                rng.choice(orgs),
                f"Händelse {index}",
                rng.randint(1, 4),
                rng.randint(1, 4),
                (reported + timedelta(days=60)).isoformat(),
                rng.choice(states),
            )
        )
    with group_store.db.atomic():
        group_store.db.conn.executemany(
            "INSERT INTO deviations (id, group_id, created_at, updated_at, event_date,"
            " reported_date, category_code, reporting_organisation_id,"
            " receiving_organisation_id, description, consequence, likelihood,"
            " answer_due_date, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    assert count_deviations(group_store) == 60_000
    indexed = {
        DeviationFilters(): ("idx_deviations_live_reported",),
        DeviationFilters(category_codes=("SIP",)): ("idx_deviations_category_reported",),
        # A page of one organisation may be read in date order too (it stops at a page).
        DeviationFilters(reporting_organisation_id=orgs[0]): (
            "idx_deviations_reporting",
            "idx_deviations_live_reported",
        ),
        DeviationFilters(receiving_organisation_id=orgs[1]): (
            "idx_deviations_receiving",
            "idx_deviations_live_reported",
        ),
        # A page of one state is read in date order; its count from the state's index.
        DeviationFilters(states=("sent",)): (
            "idx_deviations_state",
            "idx_deviations_live_reported",
        ),
        DeviationFilters(overdue_only=True, today=date(2026, 10, 15)): (
            "idx_deviations_state",
            "idx_deviations_live_reported",
        ),
        DeviationFilters(reported_from="2025-01-01", reported_to="2025-03-31"): (
            "idx_deviations_live_reported",
        ),
    }
    for filters, index_names in indexed.items():
        main, count = _plan(group_store, filters, "-reported_date")
        deviation_steps = [step for step in main if " d " in f"{step} "]
        assert deviation_steps and all(
            any(name in step for name in index_names) for step in deviation_steps
        ), main
        assert all("USING" in step for step in count if " d" in step), count
        # Organisation names come by primary key, never by scanning organisations.
        assert all("SCAN" not in step for step in main if " ro " in step or " rv " in step)
    # Unfiltered, newest first: the index is walked in order, so no sort of all rows.
    main, _ = _plan(group_store, DeviationFilters(), "-reported_date")
    assert not any("TEMP B-TREE" in step for step in main), main
    # Nor for one category: its index holds the reported date and the id too.
    main, count = _plan(group_store, DeviationFilters(category_codes=("SIP",)), "-reported_date")
    assert not any("TEMP B-TREE" in step for step in main), main
    assert any("COVERING INDEX" in step for step in count), count
    page = query_deviations(group_store, DeviationFilters(), offset=59_950, limit=100)
    assert len(page) == 50


def _with_words(group_store, orgs, count, text, first_day=1):
    """`count` avvikelser holding `text`, written in order, reported on different days."""
    return [
        dev.create_deviation(
            group_store,
            values(
                orgs,
                description=f"{text} {n}",
                event_date="2026-07-01",
                reported_date=f"2026-07-{first_day + n:02d}",
            ),
        )
        for n in range(count)
    ]


def test_a_common_word_lists_the_most_recently_written_matches_up_to_the_cap(
    group_store, orgs, monkeypatch
):
    monkeypatch.setattr(deviation_list, "TEXT_MATCH_CAP", 4)
    written = _with_words(group_store, orgs, 9, "Hemgången blev fel")
    _with_words(group_store, orgs, 3, "Annat ärende", first_day=20)
    filters = DeviationFilters(text="hemgången")
    count = count_deviations(group_store, filters)
    # One more than the cap: enough to know there are more.
    assert count == 5
    assert deviation_list.count_is_capped(filters, count)
    rows = query_deviations(group_store, filters, sort="-reported_date")
    assert [row["id"] for row in rows] == list(reversed(written[-5:]))
    # The list's own order still holds inside the window, and paging walks it.
    oldest_first = query_deviations(group_store, filters, sort="reported_date", limit=2)
    rest = query_deviations(
        group_store, filters, sort="reported_date", after=cursor_of(oldest_first[-1])
    )
    assert [row["id"] for row in oldest_first + rest] == written[-5:]
    assert not deviation_list.count_is_capped(DeviationFilters(), 9999)


def test_a_rare_word_lists_and_counts_every_match_in_the_list_order(group_store, orgs, monkeypatch):
    monkeypatch.setattr(deviation_list, "TEXT_MATCH_CAP", 4)
    _with_words(group_store, orgs, 9, "Hemgången blev fel")
    rare = _with_words(group_store, orgs, 3, "Munhälsobedömning saknades", first_day=20)
    filters = DeviationFilters(text="munhälso")
    count = count_deviations(group_store, filters)
    assert count == 3
    assert not deviation_list.count_is_capped(filters, count)
    rows = query_deviations(group_store, filters, sort="reported_date")
    assert [row["id"] for row in rows] == rare
    # Other filters narrow the matches before the cap is counted.
    narrowed = DeviationFilters(text="hemgången", reported_from="2026-07-08")
    assert count_deviations(group_store, narrowed) == 2
