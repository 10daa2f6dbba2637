import json
from datetime import date, timedelta

import pytest

from narvard_desktop import clock
from narvard_desktop.errors import ValidationError
from narvard_desktop.services.action_plans import create_goal, create_plan
from narvard_desktop.services.activities import (
    ActivityFilter,
    add_progress_note,
    count_activities,
    create_activity,
    delete_activity,
    due_before_next_meeting,
    explain_activity_query,
    get_activity,
    is_delayed,
    list_progress_notes,
    query_activities,
    set_activity_status,
    status_by_way,
    update_activity,
)
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.store import Store
from narvard_desktop.store.records import (
    get_record,
    insert_record,
    new_id,
    soft_delete_record,
    utc_now,
)

TODAY = date(2026, 10, 15)
HOSTILE = (
    "<script>alert('x')</script> & R&D",
    "=cmd|' /C calc'!A0",
    "שלום \u202eRTL\u202c",
    "😀 åäö",
    "y" * 200,
)


@pytest.fixture
def plan(group_store):
    return create_plan(group_store, {"title": "Plan"})


@pytest.fixture
def organisations(group_store):
    return [
        row[0]
        for row in group_store.db.execute(
            "SELECT id FROM organisations WHERE deleted = 0 ORDER BY rowid"
        )
    ]


def test_activity_keeps_all_fields_and_participants_as_a_list(group_store, plan, organisations):
    goal_id = create_goal(group_store, plan, {"title": "Mål"})
    person = insert_record(
        group_store.db,
        "people",
        group_store.require_group_id(),
        {"name": "Anna Holm", "organisation_id": organisations[0]},
    )
    activity_id = create_activity(
        group_store,
        plan,
        {
            "title": "Mobilt team",
            "description": "Dagtid",
            "goal_id": goal_id,
            "way_code": "a6",
            "responsible_organisation_id": organisations[0],
            "responsible_person_id": person,
            "participating_organisation_ids": [
                organisations[1],
                organisations[2],
                organisations[1],
            ],
            "start_date": date(2026, 1, 1),
            "due_date": "2026-06-30",
            "next_checkin_date": "2026-03-01",
            "status": "ongoing",
        },
    )
    activity = get_activity(group_store, activity_id, today=TODAY)
    assert activity["way_code"] == "A6"
    assert activity["participating_organisation_ids"] == [organisations[1], organisations[2]]
    assert (activity["start_date"], activity["due_date"]) == ("2026-01-01", "2026-06-30")
    assert activity["delayed"] is True
    stored = get_record(group_store.db, "activities", activity_id)
    assert json.loads(stored["participating_organisation_ids"]) == [
        organisations[1],
        organisations[2],
    ]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "A", "start_date": "2026-05-01", "due_date": "2026-04-30"}, "due_date"),
        ({"title": "A", "way_code": "A7"}, "way_code"),
        ({"title": "A", "way_code": "F6"}, "way_code"),
        ({"title": "A", "status": "delayed"}, "status"),
        ({"title": "A", "due_date": "30/4"}, "due_date"),
        (
            {"title": "A", "responsible_organisation_id": "no-such-id"},
            "responsible_organisation_id",
        ),
        (
            {"title": "A", "participating_organisation_ids": ["nope"]},
            "participating_organisation_ids",
        ),
        ({"title": "A", "goal_id": "nope"}, "goal_id"),
    ],
)
def test_invalid_activity_is_refused_naming_the_field(group_store, plan, values, field):
    with pytest.raises(ValidationError) as caught:
        create_activity(group_store, plan, values)
    assert caught.value.details["field"] == field
    assert caught.value.user_message()
    assert count_activities(group_store) == 0


def test_unknown_way_code_message_lists_the_known_codes(group_store, plan):
    with pytest.raises(ValidationError) as caught:
        create_activity(group_store, plan, {"title": "A", "way_code": "X1"})
    message = caught.value.user_message()
    assert "X1" in message and "A1" in message and "F5" in message


def test_organisation_of_another_group_cannot_be_responsible(group_store, plan):
    db = group_store.db
    other = new_id()
    insert_record(db, "groups", other, {"id": other, "name": "Annan grupp", "level": "lokal"})
    foreign = insert_record(db, "organisations", other, {"name": "Deras vårdcentral"})
    with pytest.raises(ValidationError) as caught:
        create_activity(group_store, plan, {"title": "A", "responsible_organisation_id": foreign})
    assert caught.value.details["field"] == "responsible_organisation_id"


def test_goal_of_another_plan_is_refused(group_store, plan):
    other_plan = create_plan(group_store, {"title": "Annan"})
    goal = create_goal(group_store, other_plan, {"title": "G"})
    with pytest.raises(ValidationError) as caught:
        create_activity(group_store, plan, {"title": "A", "goal_id": goal})
    assert caught.value.details["field"] == "goal_id"


def test_update_checks_due_against_the_stored_start(group_store, plan):
    activity_id = create_activity(group_store, plan, {"title": "A", "start_date": "2026-05-01"})
    with pytest.raises(ValidationError):
        update_activity(group_store, activity_id, {"due_date": "2026-04-01"})
    update_activity(group_store, activity_id, {"due_date": "2026-05-01", "title": "B"})
    stored = get_record(group_store.db, "activities", activity_id)
    assert (stored["title"], stored["due_date"], stored["revision"]) == ("B", "2026-05-01", 2)


def test_delayed_is_derived_from_due_date_and_status_never_stored(group_store, plan):
    activity_id = create_activity(
        group_store, plan, {"title": "A", "due_date": "2026-10-14", "status": "ongoing"}
    )
    assert get_activity(group_store, activity_id, today=TODAY)["delayed"] is True
    assert get_activity(group_store, activity_id, today=date(2026, 10, 14))["delayed"] is False
    set_activity_status(group_store, activity_id, "done")
    assert get_activity(group_store, activity_id, today=TODAY)["delayed"] is False
    set_activity_status(group_store, activity_id, "cancelled")
    assert not is_delayed(get_record(group_store.db, "activities", activity_id), TODAY)
    columns = [row[1] for row in group_store.db.execute("PRAGMA table_info(activities)")]
    assert not any("delay" in column for column in columns)
    assert get_record(group_store.db, "activities", activity_id)["status"] == "cancelled"


def test_quick_status_change_refuses_unknown_status(group_store, plan):
    activity_id = create_activity(group_store, plan, {"title": "A"})
    with pytest.raises(ValidationError):
        set_activity_status(group_store, activity_id, "försenad")
    set_activity_status(group_store, activity_id, "paused")
    assert get_record(group_store.db, "activities", activity_id)["status"] == "paused"


def test_progress_notes_are_dated_with_author_newest_first(group_store, plan):
    activity_id = create_activity(group_store, plan, {"title": "A"})
    add_progress_note(
        group_store, activity_id, {"note_date": "2026-02-01", "author": "Eva", "text": "Första"}
    )
    add_progress_note(
        group_store, activity_id, {"note_date": "2026-03-01", "author": "Per", "text": "Andra"}
    )
    notes = list_progress_notes(group_store, activity_id)
    assert [(n["note_date"], n["author"], n["text"]) for n in notes] == [
        ("2026-03-01", "Per", "Andra"),
        ("2026-02-01", "Eva", "Första"),
    ]
    with pytest.raises(ValidationError) as caught:
        add_progress_note(group_store, activity_id, {"text": "  "})
    assert caught.value.details["field"] == "text"
    undated = add_progress_note(group_store, activity_id, {"text": "Idag"})
    assert get_record(group_store.db, "progress_notes", undated)["note_date"] == (
        clock.today().isoformat()
    )
    delete_activity(group_store, activity_id)
    assert list_progress_notes(group_store, activity_id) == []


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_survives_every_activity_and_note_field(group_store, plan, text):
    activity_id = create_activity(group_store, plan, {"title": text, "description": text})
    add_progress_note(group_store, activity_id, {"author": text, "text": text})
    activity = get_activity(group_store, activity_id)
    note = list_progress_notes(group_store, activity_id)[0]
    assert activity["title"] == activity["description"] == note["author"] == note["text"] == text
    found = query_activities(group_store, ActivityFilter(text=text[:30]))
    assert [row["id"] for row in found] == [activity_id]


# --- filters and sorting on the demo data ---------------------------------------------------


def _ids(rows):
    return {row["id"] for row in rows}


def _all(store):
    return store.db.query("SELECT * FROM activities WHERE deleted = 0")


def test_each_filter_returns_exactly_the_matching_activities(demo_store):
    everything = list(_all(demo_store))
    plan_id = everything[0]["action_plan_id"]
    organisation = everything[0]["responsible_organisation_id"]
    cases = [
        (ActivityFilter(plan_id=plan_id), lambda a: a["action_plan_id"] == plan_id),
        (
            ActivityFilter(statuses=("ongoing", "paused")),
            lambda a: a["status"] in ("ongoing", "paused"),
        ),
        (ActivityFilter(way_codes=("A4",)), lambda a: a["way_code"] == "A4"),
        (
            ActivityFilter(responsible_organisation_id=organisation),
            lambda a: a["responsible_organisation_id"] == organisation,
        ),
        (ActivityFilter(delayed_only=True), lambda a: is_delayed(a, TODAY)),
        (ActivityFilter(due_by=date(2026, 11, 4)), lambda a: a["due_date"] <= "2026-11-04"),
        (ActivityFilter(text="UTBILDNING i sip"), lambda a: "SIP" in a["title"]),
        (ActivityFilter(text="genomförs gemensamt"), lambda a: True),
        (
            ActivityFilter(way_codes=("A4",), delayed_only=True),
            lambda a: a["way_code"] == "A4" and is_delayed(a, TODAY),
        ),
    ]
    for filters, predicate in cases:
        filters = ActivityFilter(**{**filters.__dict__, "today": TODAY})
        expected = {a["id"] for a in everything if predicate(a)}
        rows = query_activities(demo_store, filters, limit=None)
        assert _ids(rows) == expected, filters
        assert count_activities(demo_store, filters) == len(expected), filters
        assert all(row["delayed"] == is_delayed(row, TODAY) for row in rows)
    assert any(is_delayed(a, TODAY) for a in everything), "demo data should hold a delayed one"


def test_rows_carry_the_names_the_list_shows(demo_store):
    row = query_activities(demo_store, ActivityFilter(way_codes=("A2",)), limit=1)[0]
    assert row["plan_title"].startswith("Handlingsplan")
    assert row["responsible_organisation_name"]
    assert row["responsible_person_name"]
    assert row["way_name"] == "Utveckla personcentrerade arbetssätt"
    assert isinstance(row["participating_organisation_ids"], list)


@pytest.mark.parametrize(
    ("sort", "key"),
    [
        ("due", lambda a: a["due_date"]),
        ("way", lambda a: a["way_code"]),
        (
            "status",
            lambda a: ["not_started", "ongoing", "paused", "done", "cancelled"].index(a["status"]),
        ),
        ("responsible", lambda a: a["responsible_organisation_name"]),
    ],
)
def test_sorting_orders_the_whole_list(demo_store, sort, key):
    rows = query_activities(demo_store, sort=sort, limit=None)
    assert [key(row) for row in rows] == sorted(key(row) for row in rows)
    backwards = query_activities(demo_store, sort=sort, limit=None, descending=True)
    assert [key(row) for row in backwards] == sorted((key(row) for row in rows), reverse=True)


def test_title_sort_is_swedish_alphabetical(group_store, plan):
    for title in ("Öppna jämförelser", "Ändra rutin", "Åtgärda", "bygga", "Anpassa"):
        create_activity(group_store, plan, {"title": title})
    titles = [row["title"] for row in query_activities(group_store, sort="title")]
    assert titles == ["Anpassa", "bygga", "Åtgärda", "Ändra rutin", "Öppna jämförelser"]


def test_paging_returns_consecutive_slices(demo_store):
    whole = [row["id"] for row in query_activities(demo_store, sort="title", limit=None)]
    pages = [
        row["id"]
        for offset in range(0, len(whole), 5)
        for row in query_activities(demo_store, sort="title", offset=offset, limit=5)
    ]
    assert pages == whole


# --- 12 000 activities: the queries stay on indexes -----------------------------------------


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """12 000 activities in two plans, built once for the module (it takes a few seconds)."""
    store = Store(tmp_path_factory.mktemp("big") / "data")
    create_group(store, GroupSetup("lokal", "Närvårdssamverkan Borås", "1490"))
    group_id = store.require_group_id()
    organisations = [row[0] for row in store.db.execute("SELECT id FROM organisations")]
    plan = create_plan(store, {"title": "Plan"})
    other_plan = create_plan(store, {"title": "Annan plan"})
    ways = [row["code"] for row in store.reference.ways_of_working()]
    statuses = ("not_started", "ongoing", "paused", "done", "cancelled")
    start = date(2025, 1, 1)
    now = utc_now()
    rows = [
        (
            new_id(),
            group_id,
            now,
            now,
            plan if index % 3 else other_plan,
            f"Aktivitet {index:05d}",
            ways[index % len(ways)],
            organisations[index % len(organisations)],
            (start + timedelta(days=index % 700)).isoformat(),
            statuses[index % len(statuses)],
            index,
        )
        for index in range(12_000)
    ]
    with store.db.atomic():
        store.db.conn.executemany(
            "INSERT INTO activities (id, group_id, created_at, updated_at, action_plan_id,"
            " title, way_code, responsible_organisation_id, due_date, status, position)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    yield store, plan, organisations
    store.close()


def test_twelve_thousand_activities_are_counted_and_paged_correctly(big):
    big_store, plan, _organisations = big
    assert count_activities(big_store) == 12_000
    in_plan = ActivityFilter(plan_id=plan, today=TODAY)
    assert count_activities(big_store, in_plan) == 8_000
    page = query_activities(big_store, in_plan, sort="title", offset=100, limit=50)
    assert len(page) == 50
    assert page[0]["title"] < page[-1]["title"]
    delayed = ActivityFilter(plan_id=plan, delayed_only=True, today=TODAY)
    expected = big_store.db.execute(
        "SELECT COUNT(*) FROM activities WHERE action_plan_id = ? AND due_date < ?"
        " AND status NOT IN ('done', 'cancelled')",
        [plan, TODAY.isoformat()],
    ).fetchone()[0]
    assert count_activities(big_store, delayed) == expected > 0


@pytest.mark.parametrize(
    ("make_filter", "index"),
    [
        (lambda plan, org: ActivityFilter(plan_id=plan), "idx_activities_plan_status"),
        (
            lambda plan, org: ActivityFilter(plan_id=plan, statuses=("ongoing",)),
            "idx_activities_plan_status",
        ),
        (lambda plan, org: ActivityFilter(way_codes=("A3", "F1")), "idx_activities_way"),
        (
            lambda plan, org: ActivityFilter(responsible_organisation_id=org),
            "idx_activities_responsible",
        ),
        (lambda plan, org: ActivityFilter(delayed_only=True, today=TODAY), "idx_activities_due"),
        (lambda plan, org: ActivityFilter(due_by=date(2025, 2, 1)), "idx_activities_due"),
        (
            lambda plan, org: ActivityFilter(plan_id=plan, text="aktivitet 0001"),
            "idx_activities_plan_status",
        ),
    ],
)
@pytest.mark.parametrize("sort", ["position", "title", "due", "status", "way", "responsible"])
def test_filtered_queries_search_an_index_on_twelve_thousand_rows(big, make_filter, index, sort):
    big_store, plan, organisations = big
    steps = explain_activity_query(big_store, make_filter(plan, organisations[0]), sort)
    activity_step = next(step for step in steps if " a " in f" {step} ")
    assert activity_step.startswith("SEARCH a USING INDEX"), steps
    assert index in activity_step, steps
    joins = [
        step for step in steps if step is not activity_step and step.startswith(("SEARCH", "SCAN"))
    ]
    assert all("PRIMARY KEY" in step or "INDEX sqlite_autoindex" in step for step in joins), steps


def test_overview_counts_status_per_way_and_delayed(demo_store):
    rows = status_by_way(demo_store, today=TODAY)
    assert [row.way_code for row in rows][:3] == ["A1", "A2", "A3"]
    assert len(rows) == 11
    everything = list(_all(demo_store))
    for row in rows:
        mine = [a for a in everything if a["way_code"] == row.way_code]
        assert row.total == len(mine)
        for status, count in row.counts.items():
            assert count == sum(1 for a in mine if a["status"] == status)
        assert row.delayed == sum(1 for a in mine if is_delayed(a, TODAY))
    assert sum(row.total for row in rows) == len(everything)


def test_due_before_next_meeting_lists_open_activities_due_by_that_day(demo_store):
    result = due_before_next_meeting(demo_store, today=TODAY)
    assert result.meeting is not None
    meeting_day = result.meeting["meeting_date"]
    assert meeting_day == min(
        row[0]
        for row in demo_store.db.execute(
            "SELECT meeting_date FROM meetings WHERE meeting_date >= ?", [TODAY.isoformat()]
        )
    )
    expected = {
        a["id"]
        for a in _all(demo_store)
        if a["due_date"] <= meeting_day and a["status"] not in ("done", "cancelled")
    }
    assert expected, "demo data should have something due before the next meeting"
    assert _ids(result.activities) == expected
    dues = [row["due_date"] for row in result.activities]
    assert dues == sorted(dues)


def test_due_before_next_meeting_is_empty_without_a_planned_meeting(demo_store):
    result = due_before_next_meeting(demo_store, today=date(2030, 1, 1))
    assert result.meeting is None and result.activities == []


def test_editing_an_activity_is_not_blocked_by_a_link_removed_later(group_store, plan):
    group_id = group_store.require_group_id()
    organisation = insert_record(group_store.db, "organisations", group_id, {"name": "Tillfällig"})
    activity_id = create_activity(
        group_store, plan, {"title": "A", "responsible_organisation_id": organisation}
    )
    soft_delete_record(group_store.db, "organisations", organisation, group_id)
    update_activity(group_store, activity_id, {"title": "B"})
    stored = get_record(group_store.db, "activities", activity_id)
    assert (stored["title"], stored["responsible_organisation_id"]) == ("B", organisation)
    with pytest.raises(ValidationError):
        update_activity(group_store, activity_id, {"responsible_organisation_id": organisation})
