"""Sections are registered: the window is built from the one list, features never import each other."""

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex

from narvard_desktop import clock
from narvard_desktop.paths import project_root
from narvard_desktop.services.action_plans import create_plan
from narvard_desktop.services.activities import create_activity
from narvard_desktop.services.meetings import create_meeting
from narvard_desktop.store.records import insert_record, new_id
from narvard_desktop.ui.kit.changes import Subscription
from narvard_desktop.ui.kit.sections import build_offered, registry

FEATURES = ("plan", "deviations", "meetings", "follow_up", "exchange", "group", "year_wheel")


def test_the_one_list_holds_every_section_in_order():
    sections = registry()
    assert sections.keys() == ("start", *FEATURES)
    assert all(section.shows for section in sections)
    assert sections.section_for_table("decisions").key == "meetings"
    assert sections.section_for_table("activities").key == "plan"
    assert sections.section_for_table("exchange_ledger").key == "exchange"


def test_no_feature_imports_another_feature():
    offenders = []
    ui = project_root() / "narvard_desktop" / "ui"
    for feature in FEATURES:
        others = "|".join(other for other in FEATURES if other != feature)
        pattern = re.compile(rf"^\s*(from|import) narvard_desktop\.ui\.({others})\b", re.M)
        for path in sorted((ui / feature).rglob("*.py")):
            for match in pattern.finditer(path.read_text(encoding="utf-8")):
                offenders.append(f"{path.relative_to(ui)}: {match.group(0).strip()}")
    assert offenders == []


def test_the_improvement_activity_dialog_is_lent_through_the_registry(qtbot, demo_store):
    deviation = demo_store.db.execute("SELECT id FROM deviations LIMIT 1").fetchone()[0]
    dialog = build_offered("improvement_activity", demo_store, [deviation])
    qtbot.addWidget(dialog)
    assert dialog.has_plans()


def test_a_record_opens_in_the_section_the_registry_names(qtbot, open_session, demo_store):
    deviation = demo_store.db.execute("SELECT id FROM deviations LIMIT 1").fetchone()[0]
    data_dir = demo_store.data_dir
    demo_store.close()
    window = open_session(data_dir).window
    window.show_record("deviations", deviation)
    page = window.pages["deviations"]
    assert window.stack.currentWidget() is page
    assert page.dialog is not None and page.dialog.deviation_id == deviation
    page.dialog.reject()


def test_a_start_page_card_links_to_its_section(qtbot, open_session, demo_store):
    data_dir = demo_store.data_dir
    demo_store.close()
    window = open_session(data_dir).window
    window.show_section_key("start")
    card = window.start_page.cards["deviations_open"][0]
    card.clicked.emit()
    assert window.stack.currentWidget() is window.pages["deviations"]


@pytest.mark.parametrize(
    ("card", "section"),
    [
        ("activities_open", "plan"),
        ("activities_delayed", "plan"),
        ("deviations_open", "deviations"),
        ("deviations_overdue", "deviations"),
    ],
)
def test_a_start_page_card_opens_its_section_filtered_to_exactly_what_it_counts(
    qtbot, open_session, demo_store, card, section
):
    # A second plan: the count covers both, so must the list.
    plan_id = create_plan(demo_store, {"title": "Plan 2028"})
    create_activity(
        demo_store, plan_id, {"title": "Försenad i andra planen", "due_date": "2026-01-10"}
    )
    data_dir = demo_store.data_dir
    demo_store.close()
    window = open_session(data_dir).window
    window.show_section_key("start")
    figure = window.start_page.cards[card][0]
    expected = int(figure.value.text())
    assert expected > 0
    figure.clicked.emit()
    page = window.pages[section]
    assert window.stack.currentWidget() is page
    model = page.activity_model if section == "plan" else page.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == expected
    # Going back and choosing another card narrows again from scratch.
    window.show_section_key("start")


def test_the_open_action_items_card_opens_the_next_meeting_at_previous_minutes(
    qtbot, open_session, demo_store
):
    data_dir = demo_store.data_dir
    demo_store.close()
    window = open_session(data_dir).window
    window.start_page.cards["action_items_open"][0].clicked.emit()
    page = window.pages["meetings"]
    assert window.stack.currentWidget() is page
    item = page.view.agenda.model.item_at(page.view.agenda.list.currentIndex().row())
    assert item["role"] == "previous_minutes"


def test_next_meeting_is_the_own_groups_even_when_a_lower_groups_is_sooner(
    qtbot, open_session, group_store
):
    soon, later = ((clock.today() + timedelta(days=days)).isoformat() for days in (4, 19))
    own = create_meeting(group_store, later, place="Stadshuset")
    other_group = new_id()
    insert_record(
        group_store.db,
        "groups",
        other_group,
        {"id": other_group, "name": "Närvård Ulricehamn", "level": "lokal"},
    )
    insert_record(
        group_store.db, "meetings", other_group, {"meeting_date": soon, "kind": "protocol"}
    )
    group_store.db.conn.commit()
    data_dir = group_store.data_dir
    group_store.close()
    window = open_session(data_dir).window
    card = window.start_page.cards["next_meeting"][0]
    assert card.value.text() == later
    card.clicked.emit()
    assert window.pages["meetings"].view.meeting["id"] == own


def test_a_quick_status_change_marks_hidden_pages_and_they_read_when_shown(
    qtbot, open_session, demo_store
):
    data_dir = demo_store.data_dir
    demo_store.close()
    window = open_session(data_dir).window
    window.show_section_key("plan")
    plan = window.pages["plan"]
    plan.table.selectRow(0)
    row = plan.current_activity()
    before = window.start_page.cards["activities_open"][0].value.text()
    assert plan.set_status(row["id"], "done" if row["status"] != "done" else "ongoing")

    def stale(key):
        return window.pages[key].findChild(Subscription).stale

    # Hidden pages that show activities wait until they are shown; the rest are untouched.
    # Pages never visited are not built yet: they read when first shown.
    assert window.pages.built() == ["start", "plan"]
    assert [key for key in window.pages.built() if stale(key)] == ["start"]
    assert window.start_page.cards["activities_open"][0].value.text() == before
    window.show_section_key("start")
    assert not stale("start")
    assert window.start_page.cards["activities_open"][0].value.text() != before
