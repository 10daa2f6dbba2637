"""The Årshjul section: the year painted and listed, a click opens the record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from narvard_desktop import clock
from narvard_desktop.services import action_plans, activities, meetings
from narvard_desktop.services.reminders import set_report_dates


def _window(open_session, group_store):
    store = group_store
    year = clock.today().year
    plan_id = action_plans.create_plan(store, {"title": "Plan"})
    activity = activities.create_activity(
        store, plan_id, {"title": "Utbilda", "due_date": f"{year}-05-31"}
    )
    meeting = meetings.create_meeting(store, f"{year}-02-11", title="Vårmöte")
    set_report_dates(store, [f"{year}-03-31"])
    store.db.conn.commit()
    data_dir = store.data_dir
    store.close()
    window = open_session(data_dir).window
    window.resize(1200, 780)
    window.show()
    window.show_section_key("year_wheel")
    return window, window.pages["year_wheel"], meeting, activity


def test_the_year_is_listed_and_a_row_opens_its_record(qtbot, open_session, group_store):
    window, page, meeting, _activity = _window(open_session, group_store)
    assert page.list.topLevelItemCount() == 3
    first = page.list.topLevelItem(0)
    assert first.text(1) == "Vårmöte"
    page.list.setCurrentItem(first)
    page.list.itemActivated.emit(first, 0)
    assert window.stack.currentWidget() is window.pages["meetings"]
    assert window.pages["meetings"].view.meeting["id"] == meeting


def test_clicking_a_mark_opens_its_record(qtbot, open_session, group_store):
    window, page, _meeting, activity = _window(open_session, group_store)
    entry = next(e for e in page.entries if e.record_id == activity)
    centre = page.timeline.mark_rect(entry).center().toPoint()
    qtbot.mouseClick(page.timeline, Qt.MouseButton.LeftButton, pos=centre)
    assert window.stack.currentWidget() is window.pages["plan"]


def test_the_report_upward_opens_the_exchange_section(qtbot, open_session, group_store):
    window, page, _m, _a = _window(open_session, group_store)
    report = next(e for e in page.entries if e.record_id is None)
    page.open_entry(report)
    assert window.stack.currentWidget() is window.pages["exchange"]


def test_the_year_can_be_changed(qtbot, open_session, group_store):
    _window_, page, _m, _a = _window(open_session, group_store)
    page.next_button.click()
    assert page.year == clock.today().year + 1 and page.list.topLevelItemCount() == 0
    page.this_year_button.click()
    assert page.list.topLevelItemCount() == 3
    assert page.timeline.entry_at(QPoint(1, 1).toPointF()) is None


def test_the_group_sets_its_reporting_dates_from_the_year_wheel(qtbot, open_session, group_store):
    from narvard_desktop.services.reminders import report_dates

    window, page, _m, _a = _window(open_session, group_store)
    dialog = page.edit_report_dates()
    year = clock.today().year
    assert dialog.dates.toPlainText() == f"{year}-03-31"
    dialog.dates.setPlainText(f"{year}-03-31\n{year}-09-30\n")
    dialog.accept()
    assert [d.isoformat() for d in report_dates(page.store)] == [f"{year}-03-31", f"{year}-09-30"]
    assert len([e for e in page.entries if e.record_id is None]) == 2


@pytest.mark.expects_message("30 sept")
def test_a_reporting_date_that_is_not_a_date_is_refused_in_the_dialog(
    qtbot, open_session, group_store
):
    _w, page, _m, _a = _window(open_session, group_store)
    dialog = page.edit_report_dates()
    dialog.dates.setPlainText("30 sept")
    dialog.accept()
    assert dialog.isVisible()
