"""Redigera → Ångra names the last step of this run and writes the earlier values back."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from narvard_desktop.services.action_plans import create_plan
from narvard_desktop.services.activities import (
    create_activity,
    delete_activity,
    set_activity_status,
)
from narvard_desktop.store.records import get_record
from narvard_desktop.ui.kit.changes import write


def edit_menu_texts(window) -> list[str]:
    edit_menu = window.menuBar().actions()[1].menu()
    return [action.text() for action in edit_menu.actions() if not action.isSeparator()]


def test_undo_names_the_status_change_and_deletion_and_restores_them(
    qtbot, open_session, group_store, swedish_widgets
):
    plan = create_plan(group_store, {"title": "Plan 2026"})
    activity = create_activity(group_store, plan, {"title": "Gemensam utbildning"})
    data_dir = group_store.data_dir
    group_store.close()
    window = open_session(data_dir, "sv").window
    store = window.store
    undo = window.undo.action
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert not undo.isEnabled() and undo.text() == "&Ångra"
    assert edit_menu_texts(window)[0] == "&Ångra"

    page = window.pages["plan"]
    write(page, store, lambda: set_activity_status(store, activity, "done"))
    assert undo.isEnabled() and undo.text() == "&Ångra statusändring"

    write(page, store, lambda: delete_activity(store, activity))
    assert undo.text() == "&Ångra borttagning av aktivitet ”Gemensam utbildning”"

    published = []
    window.hub.published.connect(lambda changes, _initiator: published.append(changes))
    undo.trigger()
    record = get_record(store.db, "activities", activity)
    assert record["deleted"] == 0 and record["status"] == "done"
    assert undo.text() == "&Ångra statusändring"
    # Published like any write, so the pages that show activities read again.
    assert published and published[-1].touches_record(activity)

    undo.trigger()
    record = get_record(store.db, "activities", activity)
    assert record["status"] == "not_started"
    assert not undo.isEnabled() and undo.text() == "&Ångra"


def test_a_dialog_that_saves_on_its_own_is_undoable_after_it_announces_the_write(
    qtbot, open_session, group_store, swedish_widgets
):
    from narvard_desktop.ui.kit.changes import publish_writes

    plan = create_plan(group_store, {"title": "Plan 2026"})
    activity = create_activity(group_store, plan, {"title": "Gemensam utbildning"})
    data_dir = group_store.data_dir
    group_store.close()
    window = open_session(data_dir, "sv").window
    store = window.store
    delete_activity(store, activity)
    publish_writes(window.pages["plan"], store)
    assert window.undo.action.text() == "&Ångra borttagning av aktivitet ”Gemensam utbildning”"
    window.undo.action.trigger()
    assert get_record(store.db, "activities", activity)["deleted"] == 0
