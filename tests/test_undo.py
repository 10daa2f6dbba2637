"""The undo journal: the last step of this run written back as a new revision."""

from __future__ import annotations

import pytest

from narvard_desktop.errors import ReadOnlyRecordError, ValidationError
from narvard_desktop.services.action_plans import create_plan
from narvard_desktop.services.activities import (
    create_activity,
    delete_activity,
    set_activity_status,
    update_activity,
)
from narvard_desktop.store.records import get_record, update_record
from narvard_desktop.store.undo import journal_for


@pytest.fixture
def activity(group_store):
    plan = create_plan(group_store, {"title": "Plan 2026"})
    return create_activity(group_store, plan, {"title": "Gemensam utbildning"})


def test_a_status_change_is_undone_as_a_new_revision(group_store, activity):
    journal = journal_for(group_store.db)
    before = get_record(group_store.db, "activities", activity)
    with journal.step():
        set_activity_status(group_store, activity, "done")
    step = journal.last()
    assert step is not None and step.kind == "status" and step.main.name == "Gemensam utbildning"
    journal.undo_last(group_store.db, group_store.require_group_id())
    after = get_record(group_store.db, "activities", activity)
    assert after["status"] == before["status"]
    # Undo is a change like any other, so it travels upward in the next export.
    assert after["revision"] == before["revision"] + 2
    assert journal.last() is None


def test_a_deletion_with_its_notes_comes_back_in_one_step(group_store, activity):
    from narvard_desktop.services.activities import add_progress_note

    note = add_progress_note(group_store, activity, {"text": "Startat", "author": "Åsa"})
    journal = journal_for(group_store.db)
    with journal.step():
        delete_activity(group_store, activity)
    assert journal.last().kind == "delete"
    journal.undo_last(group_store.db, group_store.require_group_id())
    assert get_record(group_store.db, "activities", activity)["deleted"] == 0
    assert get_record(group_store.db, "progress_notes", note)["deleted"] == 0


def test_an_edit_of_several_fields_is_undone_whole_and_steps_go_back_in_order(
    group_store, activity
):
    journal = journal_for(group_store.db)
    with journal.step():
        update_activity(group_store, activity, {"title": "Ny titel", "due_date": "2027-03-31"})
    with journal.step():
        set_activity_status(group_store, activity, "ongoing")
    journal.undo_last(group_store.db, group_store.require_group_id())
    record = get_record(group_store.db, "activities", activity)
    assert record["title"] == "Ny titel" and record["status"] != "ongoing"
    assert journal.last().kind == "edit"
    journal.undo_last(group_store.db, group_store.require_group_id())
    record = get_record(group_store.db, "activities", activity)
    assert record["title"] == "Gemensam utbildning" and record["due_date"] is None


def test_writes_outside_a_step_and_failed_steps_are_not_undoable_unless_recording(
    group_store, activity
):
    journal = journal_for(group_store.db)
    set_activity_status(group_store, activity, "done")
    with pytest.raises(ValidationError), journal.step():
        set_activity_status(group_store, activity, "no such status")
    assert journal.last() is None
    assert journal.undo_last(group_store.db, group_store.require_group_id()) is None


def test_a_record_changed_since_is_left_alone(group_store, activity):
    journal = journal_for(group_store.db)
    with journal.step():
        set_activity_status(group_store, activity, "done")
    # Later written outside the journal, as an import or another window would.
    update_record(
        group_store.db, "activities", activity, group_store.require_group_id(), {"title": "X"}
    )
    with pytest.raises(ValidationError):
        journal.undo_last(group_store.db, group_store.require_group_id())
    record = get_record(group_store.db, "activities", activity)
    assert (record["status"], record["title"]) == ("done", "X")
    assert journal.last() is None


def test_a_record_owned_by_another_group_is_never_written(group_store, activity):
    journal = journal_for(group_store.db)
    with journal.step():
        set_activity_status(group_store, activity, "done")
    # As if the record had come from another group's file since.
    other = {**get_record(group_store.db, "groups", group_store.require_group_id())}
    other.update(id="00000000-0000-7000-8000-000000000001", name="Annan grupp")
    group_store.db["groups"].insert(other)
    group_store.db.execute(
        "UPDATE activities SET group_id = ? WHERE id = ?", [other["id"], activity]
    )
    with pytest.raises(ReadOnlyRecordError):
        journal.undo_last(group_store.db, group_store.require_group_id())
    assert get_record(group_store.db, "activities", activity)["status"] == "done"


def test_a_recording_journal_makes_the_writes_between_two_announcements_one_step(
    group_store, activity
):
    journal = journal_for(group_store.db)
    journal.recording = True
    update_activity(group_store, activity, {"title": "Ny titel"})
    set_activity_status(group_store, activity, "ongoing")
    journal.end_step(group_store.db)
    # A save that failed was rolled back and leaves no step behind.
    with pytest.raises(ValidationError):
        update_activity(group_store, activity, {"status": "no such status"})
    journal.end_step(group_store.db)
    step = journal.last()
    assert step is not None and step.kind == "edit" and len(step.entries) == 1
    journal.undo_last(group_store.db, group_store.require_group_id())
    record = get_record(group_store.db, "activities", activity)
    assert (record["title"], record["status"]) == ("Gemensam utbildning", "not_started")
    assert journal.last() is None


def test_a_rolled_back_write_is_left_out_of_the_step(group_store, activity):
    journal = journal_for(group_store.db)
    journal.recording = True
    with pytest.raises(RuntimeError), group_store.db.atomic():
        set_activity_status(group_store, activity, "done")
        raise RuntimeError("disk full")
    journal.end_step(group_store.db)
    assert journal.last() is None


def test_steps_stay_in_the_order_they_were_made(group_store, activity):
    journal = journal_for(group_store.db)
    journal.recording = True
    update_activity(group_store, activity, {"title": "Sparad i en dialog"})
    # Not announced yet when the next explicit step starts: it is closed first.
    with journal.step(group_store.db):
        set_activity_status(group_store, activity, "done")
    assert journal.last().kind == "status"
    journal.undo_last(group_store.db, group_store.require_group_id())
    assert journal.last().kind == "edit"
