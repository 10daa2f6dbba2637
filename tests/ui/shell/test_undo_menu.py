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


def _plan_with_contents(store) -> tuple[str, str]:
    from narvard_desktop.services.action_plans import create_goal
    from narvard_desktop.services.indicators import create_indicator

    plan = create_plan(store, {"title": "Plan 2027"})
    goal = create_goal(store, plan, {"title": "Trygg hemgång"})
    for title in ("Rutin för utskrivning", "Gemensam SIP-mall"):
        create_activity(store, plan, {"title": title, "goal_id": goal})
    create_indicator(store, plan, {"name": "Återinskrivningar"})
    return plan, goal


def _deleted_from_the_page(window, plan: str):
    from narvard_desktop.services.action_plans import list_plans
    from narvard_desktop.ui.kit.status_notice import StatusNotice

    window.show_section_key("plan")
    page = window.pages["plan"]
    page.plan_combo.setCurrentIndex(page.plan_combo.findData(plan))
    page.delete_plan_action.trigger()
    assert list_plans(window.store) == []
    notices = [n for n in window.statusBar().findChildren(StatusNotice) if n.isVisible()]
    assert len(notices) == 1 and "Plan 2027" in notices[0].label.text()
    return page, notices[0]


def _is_back(store, plan: str, goal: str) -> bool:
    from narvard_desktop.services.action_plans import list_plans, plan_contents

    contents = plan_contents(store, plan)
    return (
        [row["id"] for row in list_plans(store)] == [plan]
        and get_record(store.db, "goals", goal)["deleted"] == 0
        and (contents["goals"], contents["activities"], contents["indicators"]) == (1, 2, 1)
    )


def test_ctrl_z_undoes_a_plan_deletion_and_the_status_bar_undo_goes_away(
    qtbot, open_session, group_store, swedish_widgets
):
    plan, goal = _plan_with_contents(group_store)
    data_dir = group_store.data_dir
    group_store.close()
    window = open_session(data_dir, "sv").window
    page, notice = _deleted_from_the_page(window, plan)
    undo = window.undo.action
    # The whole plan is one step: Ctrl+Z names the plan, not its last activity.
    assert undo.text() == "&Ångra borttagning av handlingsplan ”Plan 2027”"
    undo.trigger()
    assert _is_back(window.store, plan, goal)
    assert not notice.isVisible()
    assert page.plan_combo.currentData() == plan
    assert page.activity_model.rowCount() == 2
    assert "Plan 2027" not in undo.text()


def test_the_status_bar_undo_of_a_plan_deletion_is_the_same_step_as_ctrl_z(
    qtbot, open_session, group_store, swedish_widgets
):
    plan, goal = _plan_with_contents(group_store)
    data_dir = group_store.data_dir
    group_store.close()
    window = open_session(data_dir, "sv").window
    undo = window.undo.action
    before = undo.text()
    page, notice = _deleted_from_the_page(window, plan)
    assert "Plan 2027" in undo.text()
    button = next(b for name, b in notice.buttons.items() if name in ("Undo", "Ångra"))
    button.click()
    assert _is_back(window.store, plan, goal)
    assert not notice.isVisible()
    # Ctrl+Z no longer offers the deletion: it would undo what came before it.
    assert undo.text() == before and "Plan 2027" not in undo.text()
    assert page.plan_combo.currentData() == plan
