import pytest

from narvard_desktop.errors import ReadOnlyRecordError, ValidationError
from narvard_desktop.record_rules import text_limit
from narvard_desktop.services.action_plans import (
    MAX_TEXT_LENGTH,
    clean_date,
    clean_number,
    clean_text,
    create_goal,
    create_plan,
    delete_goal,
    delete_plan,
    fold,
    get_plan,
    list_goals,
    list_plans,
    plan_contents,
    sort_key,
    undo_plan_deletion,
    update_goal,
    update_plan,
)
from narvard_desktop.services.activities import create_activity, delete_activity, get_activity
from narvard_desktop.services.indicators import create_indicator, record_indicator_value
from narvard_desktop.store.records import get_record, insert_record, new_id
from narvard_desktop.store.undo import journal_for

HOSTILE = (
    "<b>fet</b> & 'citat' \"x\"",
    "=cmd|' /C calc'!A0",
    "+SUM(A1)",
    "-2",
    "@x",
    "שלום عربي \u202eRTL\u202c",
    "Hälsa 👩‍⚕️🏥 åäö ÅÄÖ",
    "x" * 300,
)


def test_plan_keeps_every_field_and_several_plans_live_side_by_side(group_store):
    first = create_plan(
        group_store,
        {
            "title": "  Handlingsplan 2026  ",
            "target_group": "Äldre med omfattande behov",
            "description": "rad 1\r\nrad 2",
            "period_start": "2026-01-01",
            "period_end": "2026-12-31",
        },
    )
    create_plan(group_store, {"title": "Barn och unga", "period_start": "2027-01-01"})
    plan = get_plan(group_store, first)
    assert plan["title"] == "Handlingsplan 2026"
    assert plan["description"] == "rad 1\nrad 2"
    assert (plan["period_start"], plan["period_end"]) == ("2026-01-01", "2026-12-31")
    titles = [row["title"] for row in list_plans(group_store)]
    assert titles == ["Barn och unga", "Handlingsplan 2026"]


def test_plan_without_title_is_refused_with_the_field_named(group_store):
    with pytest.raises(ValidationError) as caught:
        create_plan(group_store, {"title": "   "})
    assert caught.value.details["field"] == "title"
    assert caught.value.message_source == "{label} must be filled in."


def test_plan_period_end_before_start_is_refused(group_store):
    with pytest.raises(ValidationError) as caught:
        create_plan(
            group_store,
            {"title": "P", "period_start": "2026-06-01", "period_end": "2026-01-01"},
        )
    assert caught.value.details["field"] == "period_end"
    assert "2026-01-01" in caught.value.user_message()
    assert "2026-06-01" in caught.value.user_message()


def test_plan_can_be_tied_to_the_agenda_item_that_adopted_it(demo_store):
    item_id = demo_store.db.execute("SELECT id FROM agenda_items LIMIT 1").fetchone()[0]
    plan_id = create_plan(demo_store, {"title": "Ny plan", "adopted_agenda_item_id": item_id})
    assert get_plan(demo_store, plan_id)["adopted_agenda_item_id"] == item_id
    with pytest.raises(ValidationError):
        update_plan(demo_store, plan_id, {"adopted_agenda_item_id": new_id()})


def test_update_plan_raises_revision_and_rechecks_the_whole_record(group_store):
    plan_id = create_plan(group_store, {"title": "P", "period_start": "2026-01-01"})
    update_plan(group_store, plan_id, {"target_group": "Barn"})
    assert get_plan(group_store, plan_id)["revision"] == 2
    with pytest.raises(ValidationError):
        update_plan(group_store, plan_id, {"period_end": "2025-01-01"})


def test_goals_are_ordered_and_deleting_one_keeps_its_activities_in_the_plan(group_store):
    plan_id = create_plan(group_store, {"title": "P"})
    first = create_goal(group_store, plan_id, {"title": "Mål 1"})
    second = create_goal(group_store, plan_id, {"title": "Mål 2"})
    update_goal(group_store, second, {"description": "Beskrivning"})
    activity_id = create_activity(group_store, plan_id, {"title": "A", "goal_id": first})
    assert [goal["title"] for goal in list_goals(group_store, plan_id)] == ["Mål 1", "Mål 2"]
    delete_goal(group_store, first)
    assert [goal["title"] for goal in list_goals(group_store, plan_id)] == ["Mål 2"]
    activity = get_activity(group_store, activity_id)
    assert activity["goal_id"] is None and not activity["deleted"]


def test_deleting_a_plan_soft_deletes_everything_under_it(group_store):
    plan_id = create_plan(group_store, {"title": "P"})
    goal_id = create_goal(group_store, plan_id, {"title": "G"})
    create_activity(group_store, plan_id, {"title": "A", "goal_id": goal_id})
    indicator_id = create_indicator(group_store, plan_id, {"name": "I"})
    record_indicator_value(group_store, indicator_id, "2026-Q1", "3")
    delete_plan(group_store, plan_id)
    for table in ("action_plans", "goals", "activities", "indicators", "indicator_values"):
        live = group_store.db.execute(f"SELECT COUNT(*) FROM {table} WHERE deleted = 0").fetchone()
        assert live[0] == 0, table
    assert list_plans(group_store) == []


def test_undoing_a_plan_deletion_restores_exactly_what_it_deleted(group_store):
    plan_id = create_plan(group_store, {"title": "P"})
    goal_id = create_goal(group_store, plan_id, {"title": "G"})
    kept = create_activity(group_store, plan_id, {"title": "A", "goal_id": goal_id})
    earlier = create_activity(group_store, plan_id, {"title": "Borttagen förut"})
    indicator_id = create_indicator(group_store, plan_id, {"name": "I"})
    record_indicator_value(group_store, indicator_id, "2026-Q1", "3")
    delete_activity(group_store, earlier)
    contents = {
        "goals": 1,
        "indicators": 1,
        "indicator_values": 1,
        "activities": 1,
        "progress_notes": 0,
    }
    assert plan_contents(group_store, plan_id) == contents
    revision = get_record(group_store.db, "activities", kept)["revision"]
    step = delete_plan(group_store, plan_id)
    assert list_plans(group_store) == []
    # One step of the undo journal: the deletion is what Ctrl+Z would undo next.
    journal = journal_for(group_store.db)
    last = journal.last()
    assert last is not None and last.number == step and last.kind == "delete"
    assert last.main.table == "action_plans" and last.main.record_id == plan_id
    assert undo_plan_deletion(group_store, step)
    assert [plan["id"] for plan in list_plans(group_store)] == [plan_id]
    assert get_record(group_store.db, "goals", goal_id)["deleted"] == 0
    assert not get_record(group_store.db, "activities", kept)["deleted"]
    # The restoration travels like any change: the revision rises again.
    assert get_record(group_store.db, "activities", kept)["revision"] == revision + 2
    assert get_record(group_store.db, "activities", earlier)["deleted"]
    assert plan_contents(group_store, plan_id) == contents
    # Undone once: neither the same undo nor the journal's own undoes it again.
    assert not journal.holds(step)
    assert not undo_plan_deletion(group_store, step)
    assert [plan["id"] for plan in list_plans(group_store)] == [plan_id]


def test_a_plan_deletion_undone_from_the_journal_is_not_undone_twice(group_store):
    plan_id = create_plan(group_store, {"title": "P"})
    goal_id = create_goal(group_store, plan_id, {"title": "G"})
    create_activity(group_store, plan_id, {"title": "A", "goal_id": goal_id})
    step = delete_plan(group_store, plan_id)
    journal = journal_for(group_store.db)
    undone = journal.undo_last(group_store.db, group_store.require_group_id())
    assert undone is not None and undone.number == step
    assert [plan["id"] for plan in list_plans(group_store)] == [plan_id]
    assert plan_contents(group_store, plan_id)["activities"] == 1
    assert not undo_plan_deletion(group_store, step)


def test_a_plan_deletion_is_undone_after_later_steps_without_undoing_them(group_store):
    plan_id = create_plan(group_store, {"title": "P"})
    other = create_plan(group_store, {"title": "Annan"})
    activity = create_activity(group_store, other, {"title": "Kvar"})
    step = delete_plan(group_store, plan_id)
    journal = journal_for(group_store.db)
    with journal.step(group_store.db):
        delete_activity(group_store, activity)
    assert undo_plan_deletion(group_store, step)
    assert {plan["id"] for plan in list_plans(group_store)} == {plan_id, other}
    assert get_record(group_store.db, "activities", activity)["deleted"]
    # The later step is still there to undo.
    last = journal.last()
    assert last is not None and last.main.record_id == activity


def test_records_of_another_group_are_read_only(group_store):
    db = group_store.db
    other_group = new_id()
    insert_record(db, "groups", other_group, {"id": other_group, "name": "Annan", "level": "lokal"})
    foreign_plan = insert_record(db, "action_plans", other_group, {"title": "Deras plan"})
    with pytest.raises(ReadOnlyRecordError):
        update_plan(group_store, foreign_plan, {"title": "Vår nu"})
    with pytest.raises(ValidationError) as caught:
        create_goal(group_store, foreign_plan, {"title": "Mål"})
    assert caught.value.details["field"] == "action_plan_id"
    assert get_record(db, "action_plans", foreign_plan)["title"] == "Deras plan"


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_stored_exactly_in_every_plan_and_goal_field(group_store, text):
    plan_id = create_plan(group_store, {"title": text, "description": text, "target_group": text})
    goal_id = create_goal(group_store, plan_id, {"title": text, "description": text})
    plan = get_plan(group_store, plan_id)
    goal = get_record(group_store.db, "goals", goal_id)
    assert plan["title"] == plan["description"] == plan["target_group"] == text
    assert goal["title"] == goal["description"] == text


def test_text_longer_than_its_field_limit_is_refused_counting_emoji_as_two():
    limit = text_limit("description")
    assert limit <= MAX_TEXT_LENGTH
    assert clean_text("x" * limit, "description") == "x" * limit
    with pytest.raises(ValidationError) as caught:
        clean_text("x" * (limit + 1), "description")
    assert caught.value.details["limit"] == limit
    with pytest.raises(ValidationError):
        clean_text("🏥" * (limit // 2 + 1), "description")
    with pytest.raises(ValidationError):
        clean_text("t" * (text_limit("title") + 1), "title")


def test_control_characters_are_dropped_and_word_line_breaks_kept_as_newlines():
    assert clean_text("a\x00b\x07c\x0bd\x0ce", "text") == "abc\nd\ne"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("1 234,5", 1234.5),
        ("1\u00a0234", 1234.0),
        ("\u22123", -3.0),
        ("+7", 7.0),
        (42, 42.0),
        (0.25, 0.25),
    ],
)
def test_numbers_accept_decimal_comma_and_swedish_thousands_spaces(raw, expected):
    assert clean_number(raw, "value") == expected


@pytest.mark.parametrize("raw", ["tolv", "1,2,3", "1.234,5", "nan", "inf", True, "12 %"])
def test_text_that_is_not_a_number_is_refused(raw):
    with pytest.raises(ValidationError) as caught:
        clean_number(raw, "value")
    assert caught.value.details["field"] == "value"


@pytest.mark.parametrize("raw", ["2026-13-01", "1 mars", "2026/03/01", "igår"])
def test_dates_must_be_iso_dates(raw):
    with pytest.raises(ValidationError) as caught:
        clean_date(raw, "due_date")
    assert caught.value.details["field"] == "due_date"


def test_names_match_regardless_of_case_spacing_and_accents_but_keep_a_a_o_apart():
    assert fold("  Vårdcentralen   CENTRUM ") == fold("vårdcentralen centrum")
    assert fold("Café") == fold("cafe")
    assert fold("Åmål") != fold("Amal")
    assert sorted(["Öckerö", "Ale", "Åmål", "Ärla", "Zeta"], key=sort_key) == [
        "Ale",
        "Zeta",
        "Åmål",
        "Ärla",
        "Öckerö",
    ]
