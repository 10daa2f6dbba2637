"""Sections are registered: the window is built from the one list, features never import each other."""

import re

from narvard_desktop.paths import project_root
from narvard_desktop.ui.kit.changes import Subscription
from narvard_desktop.ui.kit.sections import build_offered, registry

FEATURES = ("plan", "deviations", "meetings", "follow_up", "exchange")


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
