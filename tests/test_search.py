"""The one search: FTS5 index kept current by every write, import and deletion."""

from __future__ import annotations

import json
import sqlite3
import time

import pytest
from test_exchange_support import make_group

from narvard_desktop.cli import main
from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import IMPORTED, import_file
from narvard_desktop.services import action_plans, activities, deviations, meetings
from narvard_desktop.services.search import (
    SEARCHED_KINDS,
    grouped,
    index_covers_record_kinds,
    match_expression,
    search,
    spellings,
)
from narvard_desktop.store import Store
from narvard_desktop.store.records import insert_record, soft_delete_record, update_record
from narvard_desktop.store.search_sync import has_pending, sync_search_index


@pytest.fixture
def world(group_store):
    """A meeting with a decision and an action item, a plan with an activity, an avvikelse."""
    store = group_store
    group_id = store.require_group_id()
    meeting_id = meetings.create_meeting(store, "2026-04-16", title="Vårmöte")
    item_id = meetings.add_agenda_item(store, meeting_id, "Hemgångsrutiner", kind="decision")
    decision_id = meetings.add_decision(store, item_id, "Att hemgång planeras med SIP.")
    action_id = meetings.add_action_item(store, item_id, "Ta fram checklista för hemgång")
    plan_id = action_plans.create_plan(store, {"title": "Plan 2026"})
    goal_id = action_plans.create_goal(store, plan_id, {"title": "Trygg utskrivning"})
    activity_id = activities.create_activity(
        store, plan_id, {"title": "Utbildning i läkemedelsgenomgång", "goal_id": goal_id}
    )
    org = insert_record(store.db, "organisations", group_id, {"name": "Vårdcentralen"})
    deviation_id = deviations.create_deviation(
        store,
        {
            "event_date": "2026-09-01",
            "reported_date": "2026-09-03",
            "category_code": "INUT",
            "reporting_organisation_id": org,
            "receiving_organisation_id": org,
            "description": "Utskrivningsmeddelande kom efter hemgang.",
        },
    )
    store.db.conn.commit()
    return {
        "meeting": meeting_id,
        "item": item_id,
        "decision": decision_id,
        "action": action_id,
        "plan": plan_id,
        "goal": goal_id,
        "activity": activity_id,
        "deviation": deviation_id,
    }


def found(store, words, **options):
    return {(hit.kind, hit.id) for hit in search(store, words, **options)}


def test_a_whole_word_finds_records_of_every_kind_that_hold_it(group_store, world):
    hits = found(group_store, "hemgång")
    assert hits == {
        ("agenda_items", world["item"]),
        ("decisions", world["decision"]),
        ("action_items", world["action"]),
    }


def test_the_beginning_of_a_word_finds_the_word(group_store, world):
    assert ("activities", world["activity"]) in found(group_store, "läkemedels")
    assert ("goals", world["goal"]) in found(group_store, "tryg")
    assert ("meetings", world["meeting"]) in found(group_store, "VÅRM")


def test_a_and_o_do_not_match_å_ä_ö_unless_asked(group_store, world):
    assert found(group_store, "hemgang") == {("deviations", world["deviation"])}
    folded = found(group_store, "hemgang", ignore_diacritics=True)
    assert {("decisions", world["decision"]), ("deviations", world["deviation"])} <= folded
    assert found(group_store, "lakemedel") == set()
    assert ("activities", world["activity"]) in found(
        group_store, "lakemedel", ignore_diacritics=True
    )


def test_all_words_must_be_found_and_kinds_can_be_narrowed(group_store, world):
    assert found(group_store, "hemgång sip") == {("decisions", world["decision"])}
    assert found(group_store, "hemgång", kinds=["action_items"]) == {
        ("action_items", world["action"])
    }


def test_a_hit_says_its_title_and_the_field_the_words_were_in(group_store, world):
    (hit,) = search(group_store, "checklista")
    assert (hit.kind, hit.title, hit.field) == (
        "action_items",
        "2026-04-16: Ta fram checklista för hemgång",
        "what",
    )
    (item,) = search(group_store, "hemgångsrutiner")
    assert item.title == "2026-04-16: Hemgångsrutiner" and item.field == "title"


def test_operators_and_quotes_in_the_words_are_plain_text(group_store, world):
    assert match_expression('hem" OR x*') == '"hem"""* "OR"* "x*"*'
    assert match_expression("  -- ") is None
    assert search(group_store, 'NEAR(") AND') == []


def test_a_deleted_record_is_no_longer_found_and_a_changed_one_by_its_new_text(group_store, world):
    group_id = group_store.require_group_id()
    meetings.remove_action_item(group_store, world["action"])
    assert ("action_items", world["action"]) not in found(group_store, "hemgång")
    update_record(group_store.db, "goals", world["goal"], group_id, {"title": "Säker vård"})
    assert found(group_store, "trygg") == set()
    assert found(group_store, "säker") == {("goals", world["goal"])}
    soft_delete_record(group_store.db, "goals", world["goal"], group_id)
    assert found(group_store, "säker") == set()


def test_the_avvikelse_list_filter_uses_the_same_index(group_store, world):
    listed = deviations_listed(group_store, "hemgan")
    assert listed == [world["deviation"]]
    assert deviations_listed(group_store, "hemgång") == []


def deviations_listed(store, text):
    from narvard_desktop.services.deviation_list import DeviationFilters, query_deviations

    return [row["id"] for row in query_deviations(store, DeviationFilters(text=text))]


def test_records_brought_in_by_an_import_are_found_and_their_updates_too(tmp_path):
    sender = make_group(tmp_path, "mark", "lokal", "Mark", kommun="1463")
    receiver = make_group(tmp_path, "sa", "delregional", "SÄ", delregion="Södra Älvsborg")
    try:
        plan_id = action_plans.create_plan(sender, {"title": "Plan"})
        goal_id = action_plans.create_goal(sender, plan_id, {"title": "Färre återinläggningar"})
        sender.db.conn.commit()
        first = export_data(sender, tmp_path / "first.narvard").path
        assert import_file(receiver, first).outcome == IMPORTED
        # The import indexed what it brought: the first search has nothing left to do.
        assert not has_pending(receiver.db)
        assert found(receiver, "återinläggn") == {("goals", goal_id)}
        action_plans.update_goal(sender, goal_id, {"title": "Kortare vårdtider"})
        sender.db.conn.commit()
        second = export_data(sender, tmp_path / "second.narvard").path
        assert import_file(receiver, second).outcome == IMPORTED
        assert found(receiver, "återinläggn") == set()
        assert found(receiver, "vårdtid") == {("goals", goal_id)}
    finally:
        sender.close()
        receiver.close()


def test_the_migration_indexes_records_written_before_it(data_dir):
    from narvard_desktop.paths import database_path
    from narvard_desktop.services.group_setup import GroupSetup, create_group

    with Store(data_dir) as store:
        create_group(store, GroupSetup("lokal", "Borås", "1490"))
        plan_id = action_plans.create_plan(store, {"title": "Plan"})
        action_plans.create_goal(store, plan_id, {"title": "Samordnad hemgång"})
        store.db.conn.commit()
    # Undo the migration by hand, as a database from before it would look.
    connection = sqlite3.connect(database_path(data_dir))
    for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
    ).fetchall():
        connection.execute(f"DROP TRIGGER {name}")
    for table in ("search_text", "search_entries", "search_pending"):
        connection.execute(f"DROP TABLE {table}")
    connection.execute("DELETE FROM _sqlite_migrations WHERE name = '0007_full_text_search'")
    connection.execute("PRAGMA user_version = 0")
    connection.commit()
    connection.close()
    with Store(data_dir) as store:
        assert [hit.title for hit in search(store, "hemgång")] == ["Samordnad hemgång"]


def test_the_index_covers_the_free_text_fields_of_record_kinds():
    assert index_covers_record_kinds()
    assert len(SEARCHED_KINDS) == 8


def test_results_group_by_kind_in_a_fixed_order(group_store, world):
    kinds = [kind for kind, _hits in grouped(search(group_store, "hemgång"))]
    assert kinds == ["agenda_items", "decisions", "action_items"]


def test_the_command_line_prints_results_as_json(group_store, world, capsys):
    code = main(["--data-dir", str(group_store.data_dir), "search", "hemgång", "--json"])
    assert code == 0
    printed = json.loads(capsys.readouterr().out)
    assert {(row["kind"], row["id"]) for row in printed} == {
        ("agenda_items", world["item"]),
        ("decisions", world["decision"]),
        ("action_items", world["action"]),
    }
    assert set(printed[0]) == {"kind", "id", "title", "field"}


def test_the_command_line_prints_a_readable_list(group_store, world, capsys):
    code = main(["--data-dir", str(group_store.data_dir), "search", "checklista"])
    assert code == 0
    out = capsys.readouterr().out
    assert "Ta fram checklista för hemgång" in out and "Åtgärder" in out and "[Vad]" in out


def test_a_search_over_many_records_answers_quickly(group_store):
    group_id = group_store.require_group_id()
    meeting_id = meetings.create_meeting(group_store, "2026-01-15", prefill_agenda=False)
    item_id = meetings.add_agenda_item(group_store, meeting_id, "Beslut", kind="decision")
    with group_store.db.atomic():
        for number in range(20_000):
            insert_record(
                group_store.db,
                "decisions",
                group_id,
                {"agenda_item_id": item_id, "position": number, "text": f"Att notera {number}."},
            )
        insert_record(
            group_store.db,
            "decisions",
            group_id,
            {"agenda_item_id": item_id, "position": 0, "text": "Att hemgången följs upp."},
        )
    # Writing notes the records; the first search after the batch indexes them all at once.
    assert sync_search_index(group_store.db) >= 20_001
    started = time.perf_counter()
    hits = search(group_store, "hemgången")
    assert len(hits) == 1
    assert time.perf_counter() - started < 0.5
    assert len(search(group_store, "notera", limit=30)) == 30


def test_ignoring_diacritics_spells_each_word_every_way():
    assert spellings("hemgang")[0] == "hemgang"
    assert {"hemgång", "hemgäng", "hémgang"} <= set(spellings("hemgang"))
    assert len(spellings("hemgang")) == 6
    assert spellings("Åö")[0] == "åö"
    assert set(spellings("Åö")) == {"ao", "aö", "åo", "åö", "äo", "äö"}
    assert len(spellings("samordnad utskrivningsplanering" * 3)) <= 64


def test_bringing_the_index_up_to_date_looks_up_only_the_pending_records(demo_store):
    """Each pending record is found by its id: a catch-up after one write (or one file of
    an import) must not walk every row of a table, or each import grows slower."""
    from narvard_desktop.store.search_schema import SEARCHED_FIELDS_V1
    from narvard_desktop.store.search_sync import _live_rows

    demo_store.db.execute("ANALYZE")
    for table, fields in SEARCHED_FIELDS_V1.items():
        for field in fields:
            for with_entry in (False, True):
                plan = " | ".join(
                    str(row[3])
                    for row in demo_store.db.execute(
                        f"EXPLAIN QUERY PLAN SELECT 1 {_live_rows(table, field, with_entry)}"
                    )
                )
                assert plan.startswith("SCAN p"), (table, field, plan)
                assert "SEARCH t USING" in plan and "(id=?)" in plan, (table, field, plan)
