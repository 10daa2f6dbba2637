"""The activity editor, plan and goal dialogs: validation next to the field, saving, notes, hostile text."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from narvard_desktop.services.action_plans import get_plan, list_goals, list_plans
from narvard_desktop.services.activities import (
    count_activities,
    get_activity,
    list_progress_notes,
)
from narvard_desktop.ui.plan.dialogs import GoalDialog, PlanDialog
from narvard_desktop.ui.plan.page import PlanPage

TODAY = date(2026, 10, 15)
HOSTILE = [
    "<b>fet</b> & <script>alert(1)</script> R&D a<b",
    "=cmd|' /C calc'!A0",
    "שלום עולם مرحبا 👩‍⚕️🏥 åäö",
    "Lång text " + "x" * 290,  # a title at its limit
]


@pytest.fixture
def page(demo_store, qtbot):
    widget = PlanPage(demo_store, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def test_new_activity_shows_swedish_validation_next_to_the_field(page, demo_store, qtbot):
    page.new_activity()
    editor = page.editor
    assert editor.isVisible() and editor.activity_id is None
    assert not editor.save()
    assert editor.errors.message("title")
    assert editor.errors.labels["title"].isVisible()

    editor.title_edit.setText("Gemensam rutin för läkemedelsgenomgång")
    editor.start_edit.setText("2026-13-45")
    assert not editor.save()
    assert not editor.errors.message("title")
    assert "2026-13-45" in editor.errors.message("start_date")

    editor.start_edit.setText("2026-11-01")
    editor.due_edit.setText("2026-10-01")
    assert not editor.save()
    assert "2026-11-01" in editor.errors.message("due_date")
    before = count_activities(demo_store)

    editor.due_edit.setText("2027-03-31")
    editor.way_combo.setCurrentIndex(editor.way_combo.findData("A4"))
    editor.status_combo.setCurrentIndex(editor.status_combo.findData("ongoing"))
    editor.organisation_combo.setCurrentIndex(2)
    first = editor.participants_model.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    first_id = first.data(Qt.ItemDataRole.UserRole)
    chosen_organisation = editor.organisation_combo.itemData(2)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert count_activities(demo_store) == before + 1
    saved = get_activity(demo_store, editor.activity_id)
    assert saved["title"] == "Gemensam rutin för läkemedelsgenomgång"
    assert (saved["start_date"], saved["due_date"]) == ("2026-11-01", "2027-03-31")
    assert saved["way_code"] == "A4" and saved["status"] == "ongoing"
    assert saved["responsible_organisation_id"] == chosen_organisation
    assert saved["participating_organisation_ids"] == [first_id]
    # Saving reloads the form from the database, so it shows what was stored.
    assert editor.participants_model.item(0).checkState() == Qt.CheckState.Checked
    # The list shows the new row marked.
    assert page.current_activity()["id"] == saved["id"]


def test_escape_closes_the_editor_and_discards_after_confirmation(page, demo_store, qtbot):
    page.table.selectRow(0)
    page.open_current()
    editor = page.editor
    original = editor.title_edit.text()
    editor.title_edit.setText("Ändrad men inte sparad")
    assert editor.is_dirty()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert get_activity(demo_store, editor.activity_id)["title"] == original


def test_deleting_asks_first_then_removes_the_activity(page, demo_store, shown_messages):
    page.table.selectRow(0)
    activity_id = page.current_activity()["id"]
    before = count_activities(demo_store)
    page.open_current()
    page.editor.delete()
    assert len(shown_messages) == 1  # the confirmation
    assert count_activities(demo_store) == before - 1
    assert activity_id not in [
        page.activity_model.row_at(r)["id"] for r in range(page.activity_model.rowCount())
    ]


def test_progress_note_is_added_with_enter_dated_today_by_default(page, demo_store, qtbot):
    page.table.selectRow(1)
    page.open_current()
    editor = page.editor
    assert editor.note_date.value() == TODAY.isoformat()
    editor.note_author.setText("Karin Holm")
    qtbot.keyClicks(editor.note_text, "Arbetsgruppen har setts igen.")
    qtbot.keyClick(editor.note_text, Qt.Key.Key_Return)
    notes = list_progress_notes(demo_store, editor.activity_id)
    newest = next(n for n in notes if n["text"] == "Arbetsgruppen har setts igen.")
    assert (newest["note_date"], newest["author"]) == (TODAY.isoformat(), "Karin Holm")
    assert any("Arbetsgruppen har setts igen." in t for t in editor.note_texts())
    assert editor.note_text.text() == ""
    # The author is remembered for the next note in the same meeting.
    assert editor.note_author.text() == "Karin Holm"

    qtbot.keyClick(editor.note_text, Qt.Key.Key_Return)
    assert editor.note_errors.message("text")


def test_plan_and_goal_dialogs_create_and_validate(page, demo_store):
    page.new_plan()
    dialog = page.dialog
    assert isinstance(dialog, PlanDialog)
    dialog.title_edit.setText("Handlingsplan psykisk hälsa 2027")
    dialog.period_start.setText("2027-12-31")
    dialog.period_end.setText("2027-01-01")
    assert not dialog.save()
    assert dialog.errors.message("period_end")
    dialog.period_start.setText("2027-01-01")
    dialog.period_end.setText("2027-12-31")
    assert dialog.save()
    assert page.plan_combo.currentText() == "Handlingsplan psykisk hälsa 2027"
    assert len(list_plans(demo_store)) == 2

    page.new_goal()
    goal_dialog = page.dialog
    assert isinstance(goal_dialog, GoalDialog)
    assert not goal_dialog.save()
    assert goal_dialog.errors.message("title")
    goal_dialog.title_edit.setText("Fler unga får tidigt stöd")
    assert goal_dialog.save()
    assert [g["title"] for g in list_goals(demo_store, page.plan_id)] == [
        "Fler unga får tidigt stöd"
    ]
    assert page.goals_model.rowCount() == 2


@pytest.mark.parametrize("text", HOSTILE, ids=["markup", "formula", "rtl-emoji", "longest-title"])
def test_hostile_text_survives_every_text_field(page, demo_store, text):
    page.new_plan()
    plan_dialog = page.dialog
    plan_dialog.title_edit.setText(text)
    plan_dialog.target_group_edit.setText(text)
    plan_dialog.description_edit.setPlainText(text)
    assert plan_dialog.save()
    plan = get_plan(demo_store, page.plan_id)
    assert (plan["title"], plan["target_group"], plan["description"]) == (text, text, text)
    assert page.plan_info.textFormat() == Qt.TextFormat.PlainText

    page.new_goal()
    page.dialog.title_edit.setText(text)
    page.dialog.description_edit.setPlainText(text)
    assert page.dialog.save()
    goal = list_goals(demo_store, page.plan_id)[0]
    assert (goal["title"], goal["description"]) == (text, text)

    page.new_activity()
    editor = page.editor
    editor.title_edit.setText(text)
    editor.description_edit.setPlainText(text)
    assert editor.save(), editor.errors.labels["title"].text()
    activity = get_activity(demo_store, editor.activity_id)
    assert (activity["title"], activity["description"]) == (text, text)
    assert page.activity_model.row_at(0)["title"] == text
    assert page.activity_model.index(0, 0).data()  # a shortened, non-empty first line

    author = text[:200]  # a name's limit
    editor.note_author.setText(author)
    editor.note_text.setText(text)
    assert editor.add_note()
    note = list_progress_notes(demo_store, editor.activity_id)[0]
    assert (note["author"], note["text"]) == (author, text)
