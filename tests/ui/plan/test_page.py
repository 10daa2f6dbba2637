"""The Handlingsplan page on real demo data: filters, derived Försenad, quick status, 12 000 rows."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from narvard_desktop.domain import ACTIVITY_DELAYED_LABEL
from narvard_desktop.i18n import translate
from narvard_desktop.services.action_plans import create_plan, list_plans
from narvard_desktop.services.activities import (
    get_activity,
    query_activities,
    update_activity,
)
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.store import Store
from narvard_desktop.store.records import insert_record, new_id, utc_now
from narvard_desktop.ui.kit.paged_model import ID_ROLE
from narvard_desktop.ui.plan.activity_model import (
    COL_DUE,
    COL_STATUS,
    COL_TITLE,
    DELAYED_RED,
)
from narvard_desktop.ui.plan.page import TAB_OVERVIEW, PlanPage

TODAY = date(2026, 10, 15)


@pytest.fixture
def page(demo_store, qtbot):
    widget = PlanPage(demo_store, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def shown_ids(page):
    model = page.activity_model
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def all_rows(store, plan_id):
    return [row for row in query_activities(store, limit=None) if row["action_plan_id"] == plan_id]


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)


def test_page_shows_the_plan_its_goals_and_every_activity(page, demo_store):
    plan = list_plans(demo_store)[0]
    assert page.plan_combo.currentData() == plan["id"]
    expected = all_rows(demo_store, plan["id"])
    assert sorted(shown_ids(page)) == sorted(row["id"] for row in expected)
    goal_titles = [page.goals_model.item(r).text() for r in range(1, page.goals_model.rowCount())]
    assert len(goal_titles) == 3 and all(title[0].isdigit() for title in goal_titles)


def test_each_filter_narrows_the_list_to_exactly_the_matching_activities(page, demo_store):
    rows = all_rows(demo_store, page.plan_id)

    choose(page.status_filter, "ongoing")
    assert sorted(shown_ids(page)) == sorted(r["id"] for r in rows if r["status"] == "ongoing")
    page.clear_filters()

    way = rows[0]["way_code"]
    choose(page.way_filter, way)
    assert sorted(shown_ids(page)) == sorted(r["id"] for r in rows if r["way_code"] == way)
    page.clear_filters()

    organisation = rows[1]["responsible_organisation_id"]
    choose(page.organisation_filter, organisation)
    expected = [r["id"] for r in rows if r["responsible_organisation_id"] == organisation]
    assert sorted(shown_ids(page)) == sorted(expected) and len(expected) < len(rows)
    page.clear_filters()

    page.delayed_check.setChecked(True)
    delayed = sorted(
        r["id"]
        for r in rows
        if r["due_date"]
        and r["due_date"] < TODAY.isoformat()
        and r["status"] not in ("done", "cancelled")
    )
    assert sorted(shown_ids(page)) == delayed
    page.clear_filters()

    word = max(rows[2]["title"].split(), key=len)
    page.search_edit.setText(word.upper())
    page.apply_filters()
    shown = shown_ids(page)
    assert rows[2]["id"] in shown
    assert all(
        word.casefold() in get_activity(demo_store, i)["title"].casefold()
        or word.casefold() in (get_activity(demo_store, i)["description"] or "").casefold()
        for i in shown
    )
    assert len(shown) < len(rows)
    page.clear_filters()
    assert len(shown_ids(page)) == len(rows)


def test_due_by_next_meeting_lists_unfinished_activities_due_by_that_day(page, demo_store):
    assert page.next_meeting_date is not None and page.due_meeting_check.isEnabled()
    page.due_meeting_check.setChecked(True)
    meeting_day = page.next_meeting_date.isoformat()
    expected = sorted(
        r["id"]
        for r in all_rows(demo_store, page.plan_id)
        if r["due_date"]
        and r["due_date"] <= meeting_day
        and r["status"] not in ("done", "cancelled")
    )
    assert sorted(shown_ids(page)) == expected
    # The overview's list answers the same question.
    assert sorted(row["id"] for row in page.overview.due_model.rows) == expected


def test_choosing_a_goal_narrows_activities_and_indicators(page, demo_store):
    page.goals_view.setCurrentIndex(page.goals_model.index(2, 0))
    goal_id = page.goal_id
    assert goal_id is not None
    rows = all_rows(demo_store, page.plan_id)
    assert sorted(shown_ids(page)) == sorted(r["id"] for r in rows if r["goal_id"] == goal_id)
    assert all(indicator["goal_id"] == goal_id for indicator, _chart in page.indicators.model.rows)


def test_delayed_is_derived_and_shown_in_red_in_the_status_column(page, demo_store):
    delayed_label = translate("Domain", ACTIVITY_DELAYED_LABEL)
    ongoing = next(r for r in all_rows(demo_store, page.plan_id) if r["status"] == "ongoing")
    update_activity(
        demo_store,
        ongoing["id"],
        {"start_date": None, "due_date": (TODAY - timedelta(days=3)).isoformat()},
    )
    page.refresh()
    model = page.activity_model
    row = shown_ids(page).index(ongoing["id"])
    status = model.index(row, COL_STATUS)
    assert delayed_label in status.data()
    assert status.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(DELAYED_RED)
    assert model.index(row, COL_DUE).data(Qt.ItemDataRole.ForegroundRole).color() == QColor(
        DELAYED_RED
    )
    # Never stored: the record keeps its real status.
    assert get_activity(demo_store, ongoing["id"])["status"] == "ongoing"

    page.table.selectRow(row)
    assert page.set_status(ongoing["id"], "done")
    row = shown_ids(page).index(ongoing["id"])
    assert delayed_label not in model.index(row, COL_STATUS).data()
    assert model.index(row, COL_STATUS).data(Qt.ItemDataRole.ForegroundRole) is None


def test_quick_status_change_from_the_combo_keeps_the_row_marked(page, demo_store):
    page.table.selectRow(3)
    activity_id = page.current_activity()["id"]
    target = "paused" if get_activity(demo_store, activity_id)["status"] != "paused" else "ongoing"
    index = page.quick_status.findData(target)
    page.quick_status.setCurrentIndex(index)
    page.quick_status.activated.emit(index)
    assert get_activity(demo_store, activity_id)["status"] == target
    assert page.current_activity()["id"] == activity_id


def test_quick_status_change_from_the_context_menu(page, demo_store):
    page.table.selectRow(0)
    row = page.current_activity()
    target = "cancelled" if row["status"] != "cancelled" else "ongoing"
    menu = page.build_context_menu(row)
    status_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    action = next(
        a
        for a in status_menu.actions()
        if a.isCheckable()
        and not a.isChecked()
        and a.text() == page.quick_status.itemText(page.quick_status.findData(target))
    )
    action.trigger()
    assert get_activity(demo_store, row["id"])["status"] == target


def test_sorting_by_header_sorts_the_whole_list(page, demo_store):
    page.activity_model.sort(COL_TITLE, Qt.SortOrder.DescendingOrder)
    model = page.activity_model
    titles = [model.row_at(r)["title"] for r in range(model.rowCount())]
    expected = [
        r["title"]
        for r in query_activities(
            demo_store, page.activity_model.filters, sort="title", limit=None, descending=True
        )
    ]
    assert titles == expected and titles[0] != titles[-1]


def test_overview_table_counts_match_the_list(page, demo_store):
    page.tabs.setCurrentIndex(TAB_OVERVIEW)
    model = page.overview.status_model
    total_row = model.rowCount() - 1
    total_column = model.columnCount() - 1
    assert model.value(total_row, total_column) == len(all_rows(demo_store, page.plan_id))
    assert page.overview.chart.data["rows"] == model.rows
    assert not page.goals_card.isVisible()


def test_activity_of_another_group_is_read_only_in_list_and_editor(demo_store, qtbot):
    db = demo_store.db
    other = new_id()
    insert_record(db, "groups", other, {"id": other, "name": "Ulricehamn", "level": "lokal"})
    plan_id = insert_record(db, "action_plans", other, {"title": "Ulricehamns plan"})
    activity_id = insert_record(
        db, "activities", other, {"action_plan_id": plan_id, "title": "Deras aktivitet"}
    )
    db.conn.commit()
    page = PlanPage(demo_store, today=TODAY)
    qtbot.addWidget(page)
    choose(page.plan_combo, plan_id)
    assert page.is_read_only()
    assert not page.new_activity_button.isEnabled()
    page.table.selectRow(0)
    assert not page.quick_status.isEnabled()
    page.open_activity(activity_id)
    assert page.editor.read_only
    assert page.editor.title_edit.isReadOnly() and not page.editor.status_combo.isEnabled()
    assert not page.editor.save()


# --- 12 000 activities -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("big") / "data")
    create_group(store, GroupSetup("lokal", "Närvårdssamverkan Borås", "1490"))
    group_id = store.require_group_id()
    plan = create_plan(store, {"title": "Stor plan"})
    ways = [row["code"] for row in store.reference.ways_of_working()]
    statuses = ("not_started", "ongoing", "paused", "done", "cancelled")
    now = utc_now()
    rows = [
        (
            new_id(),
            group_id,
            now,
            now,
            plan,
            f"Aktivitet {index:05d}",
            ways[index % len(ways)],
            (date(2025, 1, 1) + timedelta(days=index % 700)).isoformat(),
            statuses[index % len(statuses)],
            index,
        )
        for index in range(12_000)
    ]
    with store.db.atomic():
        store.db.conn.executemany(
            "INSERT INTO activities (id, group_id, created_at, updated_at, action_plan_id, title,"
            " way_code, due_date, status, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    yield store
    store.close()


def test_twelve_thousand_activities_are_read_a_page_at_a_time(big_store, qtbot):
    page = PlanPage(big_store, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    model = page.activity_model
    assert model.rowCount() == 12_000
    assert model.cached_rows() <= 2 * model.PAGE_SIZE
    page.table.scrollToBottom()
    qtbot.wait(50)
    assert model.index(11_999, COL_TITLE).data() == "Aktivitet 11999"
    assert model.cached_rows() <= model.MAX_PAGES * model.PAGE_SIZE < 12_000

    page.activity_model.sort(COL_TITLE, Qt.SortOrder.DescendingOrder)
    assert model.index(0, COL_TITLE).data() == "Aktivitet 11999"
    assert model.pages_loaded == 1

    choose(page.status_filter, "done")
    assert model.rowCount() == 12_000 // 5
    assert all(model.row_at(r)["status"] == "done" for r in (0, 1, model.rowCount() - 1))


def test_deleting_a_plan_names_it_and_counts_and_undo_brings_it_back(
    qtbot, group_store, shown_messages
):
    from PySide6.QtWidgets import QMainWindow

    from narvard_desktop.services.action_plans import create_goal
    from narvard_desktop.services.activities import create_activity
    from narvard_desktop.ui.kit.status_notice import StatusNotice

    plan_id = create_plan(group_store, {"title": "Plan 2027"})
    goal_id = create_goal(group_store, plan_id, {"title": "Trygg hemgång"})
    for title in ("Rutin för utskrivning", "Gemensam SIP-mall"):
        create_activity(group_store, plan_id, {"title": title, "goal_id": goal_id})
    window = QMainWindow()
    window.statusBar().showMessage("Närvårdssamverkan Borås")
    page = PlanPage(group_store, today=TODAY)
    window.setCentralWidget(page)
    qtbot.addWidget(window)
    window.show()
    # With the plan's own actions, not among the Excel ones.
    assert page.delete_plan_action in page.plan_menu.actions()
    assert page.delete_plan_action not in page.more_menu.actions()
    page.delete_plan_action.trigger()
    question = shown_messages[-1]
    assert "Plan 2027" in question and "2" in question and "1" in question
    assert list_plans(group_store) == []
    notice = window.statusBar().findChild(StatusNotice)
    assert notice is not None and "Plan 2027" in notice.label.text()
    undo = next(button for name, button in notice.buttons.items() if name in ("Undo", "Ångra"))
    undo.click()
    assert [plan["id"] for plan in list_plans(group_store)] == [plan_id]
    assert page.plan_combo.currentData() == plan_id
    assert page.activity_model.rowCount() == 2


def test_the_undo_of_a_deleted_plan_stays_when_another_notice_comes(qtbot, group_store):
    from PySide6.QtWidgets import QMainWindow

    from narvard_desktop.ui.kit.status_notice import StatusNotice, show_notice

    window = QMainWindow()
    window.statusBar().showMessage("Närvårdssamverkan Borås")
    qtbot.addWidget(window)
    window.show()
    undo = show_notice(window, "Planen är borttagen.", (("Ångra", lambda: None),), timeout_ms=0)
    first = show_notice(window, "Sparade protokoll.pdf", (("Öppna", lambda: None),))
    second = show_notice(window, "Sparade kallelse.pdf", (("Öppna", lambda: None),))
    shown = [n for n in window.statusBar().findChildren(StatusNotice) if n.isVisible()]
    assert undo in shown and second in shown and first not in shown
