"""Text fields stop at their limit (the core's one table) and show a counter near it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from narvard_desktop.record_rules import text_limit
from narvard_desktop.services import action_plans
from narvard_desktop.store.records import get_record
from narvard_desktop.ui.plan.dialogs import PlanDialog


def open_plan_dialog(qtbot, store, plan_id=None):
    dialog = PlanDialog(store, plan_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_title_takes_no_more_than_its_limit_and_counts_near_it(qtbot, group_store):
    dialog = open_plan_dialog(qtbot, group_store)
    title = dialog.title_edit
    limit = text_limit("title")
    counter = title.text_limit.counter
    qtbot.keyClicks(title, "Plan")
    assert counter.isHidden()
    title.setText("t" * (limit - 5))
    assert counter.isVisible()
    assert counter.text() == f"{limit - 5} av {limit} tecken"
    qtbot.keyClicks(title, "abcdefghij")
    assert len(title.text()) == limit
    assert counter.text() == f"{limit} av {limit} tecken"


def test_a_description_refuses_what_goes_beyond_its_limit(qtbot, group_store):
    dialog = open_plan_dialog(qtbot, group_store)
    description = dialog.description_edit
    limit = text_limit("description")
    counter = description.text_limit.counter
    description.setPlainText("d" * int(limit * 0.9 - 1))
    assert counter.isHidden()
    description.setPlainText("d" * (limit - 1))
    assert counter.isVisible()
    qtbot.keyClicks(description, "xyz")
    assert len(description.toPlainText()) == limit
    description.clear()
    description.insertPlainText("p" * (limit + 500))  # a pasted page
    assert len(description.toPlainText()) == limit
    assert "20000 av 20000" in counter.text()


def test_what_the_form_takes_at_the_limit_is_saved_in_full(qtbot, group_store):
    dialog = open_plan_dialog(qtbot, group_store)
    dialog.title_edit.insert("T" * (text_limit("title") + 50))  # as pasted
    dialog.description_edit.insertPlainText("å" * (text_limit("description") + 50))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    plan_id = group_store.db.execute("SELECT id FROM action_plans").fetchone()[0]
    plan = get_record(group_store.db, "action_plans", plan_id)
    assert len(plan["title"]) == text_limit("title")
    assert len(plan["description"]) == text_limit("description")
    assert action_plans.get_plan(group_store, plan_id)["title"] == plan["title"]


def test_a_text_longer_than_the_limit_from_an_older_version_is_kept_and_named(qtbot, group_store):
    plan_id = action_plans.create_plan(group_store, {"title": "Gammal plan"})
    old = "g" * (text_limit("description") + 1000)
    group_store.db.execute("UPDATE action_plans SET description = ? WHERE id = ?", [old, plan_id])
    group_store.db.conn.commit()
    dialog = open_plan_dialog(qtbot, group_store, plan_id)
    description = dialog.description_edit
    assert description.toPlainText() == old  # nothing cut away without a word
    assert description.text_limit.counter.isVisible()
    assert "21000 av 20000" in description.text_limit.counter.text()
    qtbot.keyClicks(description, "x")
    assert len(description.toPlainText()) == len(old) + 1
    assert dialog.save() is False  # the service names the field to shorten
    assert "högst 20000" in dialog.errors.labels["description"].text()
    assert get_record(group_store.db, "action_plans", plan_id)["description"] == old
