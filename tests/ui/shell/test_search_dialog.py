"""The search dialog: Ctrl+K, results grouped by kind, keyboard to the record."""

from __future__ import annotations

from PySide6.QtCore import Qt

from narvard_desktop.services import action_plans, activities, meetings
from narvard_desktop.ui.shell.search_dialog import SearchDialog


def _world(store):
    meeting_id = meetings.create_meeting(store, "2026-04-16", title="Vårmöte")
    item_id = meetings.add_agenda_item(store, meeting_id, "Hemgångsrutiner", kind="decision")
    decision_id = meetings.add_decision(store, item_id, "Att hemgång planeras med SIP.")
    plan_id = action_plans.create_plan(store, {"title": "Plan 2026"})
    activity_id = activities.create_activity(store, plan_id, {"title": "Hemgångsstöd"})
    store.db.conn.commit()
    return meeting_id, decision_id, activity_id


def _open_window(open_session, group_store):
    ids = _world(group_store)
    data_dir = group_store.data_dir
    group_store.close()
    return open_session(data_dir).window, ids


def test_ctrl_k_opens_the_search_and_results_are_grouped_by_kind(qtbot, open_session, group_store):
    window, _ids = _open_window(open_session, group_store)
    window.show()
    assert window.search_action.shortcut().toString() == "Ctrl+K"
    window.search_action.trigger()
    dialogs = window.findChildren(SearchDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialog = dialogs[0]
    qtbot.keyClicks(dialog.words, "hemgång")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() > 0)
    headings = [
        dialog.results.topLevelItem(i).text(0) for i in range(dialog.results.topLevelItemCount())
    ]
    assert headings == ["Aktiviteter (1)", "Dagordningspunkter (1)", "Beslut (1)"]
    assert dialog.summary.text().startswith("3 ")


def test_enter_on_a_result_opens_the_record_in_its_section(qtbot, open_session, group_store):
    window, (meeting_id, decision_id, _activity) = _open_window(open_session, group_store)
    window.show()
    dialog = window.open_search("planeras")
    assert dialog.hits and dialog.hits[0].id == decision_id
    qtbot.keyClick(dialog.words, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.results
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.stack.currentWidget() is window.pages["meetings"]
    assert window.pages["meetings"].view.meeting["id"] == meeting_id


def test_the_toolbar_field_hands_its_words_to_the_search(qtbot, open_session, group_store):
    window, (_m, _d, activity_id) = _open_window(open_session, group_store)
    window.show()
    qtbot.keyClicks(window.search_field, "hemgångsst")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    dialogs = window.findChildren(SearchDialog)
    assert [hit.id for hit in dialogs[-1].hits] == [activity_id]
    assert window.search_field.text() == ""


def test_ignoring_diacritics_is_the_users_choice(qtbot, open_session, group_store):
    window, _ids = _open_window(open_session, group_store)
    dialog = window.open_search("hemgang")
    assert dialog.hits == []
    dialog.ignore_diacritics.setChecked(True)
    assert len(dialog.hits) == 3
