"""The store notes which kinds of record, and which ids, each unit of work wrote."""

from test_exchange_support import make_group

from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import IMPORTED, import_file
from narvard_desktop.services.activities import create_activity, set_activity_status
from narvard_desktop.services.demo import fill_demo_data
from narvard_desktop.services.group_setup import update_group_settings
from narvard_desktop.store import Store
from narvard_desktop.store.changes import Changes
from narvard_desktop.store.records import insert_record, soft_delete_record, update_record


def test_changes_tell_which_kinds_they_touch_and_merge():
    plan = Changes.of("activities", ids=["a1"])
    meetings = Changes.of("meetings", "agenda_items")
    assert plan.touches("activities", "goals") and not plan.touches("deviations")
    merged = plan | meetings
    assert merged.kinds == {"activities", "meetings", "agenda_items"}
    assert merged.ids == {"a1"} and merged.touches_record("a1")
    assert Changes.all().touches("anything") and Changes.all()
    assert not Changes() and not Changes().touches("activities")


def test_opening_a_store_reports_nothing(group_store):
    with Store(group_store.data_dir) as again:
        assert again.take_changes() == Changes()


def test_insert_update_and_soft_delete_note_table_and_id(group_store):
    db, owner = group_store.db, group_store.require_group_id()
    group_store.take_changes()
    record_id = insert_record(db, "organisations", owner, {"name": "A"})
    assert group_store.take_changes() == Changes.of("organisations", ids=[record_id])
    update_record(db, "organisations", record_id, owner, {"name": "B"})
    assert group_store.take_changes() == Changes.of("organisations", ids=[record_id])
    soft_delete_record(db, "organisations", record_id, owner)
    assert group_store.take_changes() == Changes.of("organisations", ids=[record_id])
    # Taking forgets: the next unit of work starts empty.
    assert group_store.take_changes() == Changes()


def test_writes_that_change_nothing_note_nothing(group_store):
    db, owner = group_store.db, group_store.require_group_id()
    record_id = insert_record(db, "organisations", owner, {"name": "A"})
    soft_delete_record(db, "organisations", record_id, owner)
    group_store.take_changes()
    update_record(db, "organisations", record_id, owner, {"name": "A"})
    soft_delete_record(db, "organisations", record_id, owner)
    assert group_store.take_changes() == Changes()


def test_a_quick_status_change_notes_only_that_activity(demo_store):
    activity = demo_store.db.execute(
        "SELECT id FROM activities WHERE status != 'done' AND deleted = 0 LIMIT 1"
    ).fetchone()[0]
    demo_store.take_changes()
    set_activity_status(demo_store, activity, "done")
    changes = demo_store.take_changes()
    assert changes.kinds == {"activities"} and changes.ids == {activity}
    assert not changes.everything


def test_a_service_call_notes_what_it_wrote(group_store):
    plan = insert_record(
        group_store.db, "action_plans", group_store.require_group_id(), {"title": "Plan"}
    )
    group_store.take_changes()
    activity = create_activity(group_store, plan, {"title": "Rutin"})
    changes = group_store.take_changes()
    assert changes.touches("activities") and activity in changes.ids


def test_settings_demo_data_and_group_rules_report_everything_or_their_kind(group_store):
    # Creating the group itself changed everything.
    assert group_store.take_changes().everything
    group_store.set_setting("some_key", "1")
    assert group_store.take_changes() == Changes.of("settings")
    fill_demo_data(group_store, seed=3)
    changes = group_store.take_changes()
    assert changes.everything and changes.touches("deviations")
    update_group_settings(
        group_store, risk_threshold=9, answer_days=30, paragraph_numbering="per_year"
    )
    assert group_store.take_changes().everything


def test_an_import_reports_everything_and_the_records_it_wrote(tmp_path):
    with make_group(tmp_path, "lokal", "lokal", "Borås", kommun="1490", demo_seed=2) as source:
        source.take_changes()
        path = export_data(source, tmp_path / "out.narvard").path
        exported = source.take_changes()
        # The export writes only its ledger line and its sequence number.
        assert exported.kinds == {"exchange_ledger", "settings"}
        deviation = source.db.execute("SELECT id FROM deviations LIMIT 1").fetchone()[0]
    with make_group(tmp_path, "sa", "delregional", "SÄ", delregion="Södra Älvsborg") as target:
        target.take_changes()
        assert import_file(target, path).outcome == IMPORTED
        changes = target.take_changes()
        assert changes.everything and deviation in changes.ids
        assert changes.touches("exchange_ledger")
