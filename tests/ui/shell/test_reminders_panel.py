"""Att göra on the start page and at start, on a pinned Monday."""

from __future__ import annotations

from narvard_desktop import clock
from narvard_desktop.services import action_plans, activities, meetings
from narvard_desktop.services.reminders import set_report_dates

MONDAY = "2027-03-08"


def _due_things(store):
    plan_id = action_plans.create_plan(store, {"title": "Plan"})
    activity_id = activities.create_activity(
        store, plan_id, {"title": "Följ upp SIP", "next_checkin_date": "2027-03-10"}
    )
    meeting_id = meetings.create_meeting(store, "2027-02-11", prefill_agenda=False)
    item = meetings.add_agenda_item(store, meeting_id, "Uppföljning", kind="decision")
    action_id = meetings.add_action_item(store, item, "Skicka rutinen", due_date="2027-03-01")
    set_report_dates(store, ["2027-03-31"])
    store.db.conn.commit()
    return activity_id, meeting_id, action_id


def _window(open_session, group_store):
    with clock.pinned(MONDAY):
        ids = _due_things(group_store)
    data_dir = group_store.data_dir
    group_store.close()
    return open_session(data_dir).window, ids


def test_the_start_page_lists_what_is_due_and_opens_each_record(qtbot, open_session, group_store):
    with clock.pinned(MONDAY):
        window, (activity_id, meeting_id, action_id) = _window(open_session, group_store)
        panel = window.start_page.reminders
        titles = [button.text() for button in panel.open_buttons]
        assert titles[:2] == ["Skicka rutinen", "Följ upp SIP"]
        assert len(titles) == 3
        # The action item is past its due date: shown as overdue.
        overdue = panel.grid.itemAtPosition(0, 0).widget()
        assert overdue.property("warning") is True
        assert window.reminders_button.isVisible() or not window.isVisible()
        assert window.reminders_button.text().endswith("(3)")
        panel.open_buttons[0].click()
        assert window.stack.currentWidget() is window.pages["meetings"]
        assert window.pages["meetings"].view.meeting["id"] == meeting_id
        window.show_section_key("start")
        panel.open_buttons[2].click()
        assert window.stack.currentWidget() is window.pages["exchange"]


def test_remind_me_later_leaves_the_item_out_for_a_week(qtbot, open_session, group_store):
    with clock.pinned(MONDAY):
        window, _ids = _window(open_session, group_store)
        panel = window.start_page.reminders
        panel.snooze_buttons[1].click()
        assert [b.text() for b in panel.open_buttons][:1] == ["Skicka rutinen"]
        assert len(panel.open_buttons) == 2
    with clock.pinned("2027-03-15"):
        panel.refresh()
        assert "Följ upp SIP" in [b.text() for b in panel.open_buttons]


def test_nothing_due_says_so(qtbot, open_session, group_store):
    data_dir = group_store.data_dir
    group_store.close()
    window = open_session(data_dir).window
    panel = window.start_page.reminders
    assert panel.items == [] and not panel.empty.isHidden()
    assert window.reminders_button.isHidden()
