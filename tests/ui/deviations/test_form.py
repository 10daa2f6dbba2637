"""The avvikelse editor driven through its widgets on a real database."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from narvard_desktop import clock
from narvard_desktop.record_rules import clip_to_limit, text_limit
from narvard_desktop.services import deviations as dev
from narvard_desktop.store.records import get_record, insert_record, new_id
from narvard_desktop.ui.deviations.form import DeviationDialog
from narvard_desktop.ui.deviations.page import DeviationsPage
from narvard_desktop.ui.plan.improvement_activity_dialog import ImprovementActivityDialog

HOSTILE = "<b>fet</b> &amp; =cmd|' /C calc'!A0 🚑 مرحبا עברית \u202e" + "x" * 10_000
PERSONNUMMER = "19850412-1230"  # valid check digit, a real date in the past


@pytest.fixture
def orgs(group_store):
    group_id = group_store.require_group_id()
    with group_store.db.atomic():
        return [
            insert_record(group_store.db, "organisations", group_id, {"name": name})
            for name in ("Alfa hemsjukvård", "Beta vårdcentral", "Gamma sjukhus")
        ]


@pytest.fixture
def page(qtbot, group_store, orgs):
    widget = DeviationsPage(group_store)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def saved_values(store, deviation_id):
    return get_record(store.db, "deviations", deviation_id)


def create_logged(store, orgs, **overrides):
    values = {
        "event_date": "2026-09-01",
        "reported_date": "2026-09-03",
        "category_code": "INUT",
        "reporting_organisation_id": orgs[0],
        "receiving_organisation_id": orgs[2],
        "description": "Utskrivningsmeddelande kom efter hemgång.",
    }
    return dev.create_deviation(store, values | overrides)


def focused():
    return QApplication.focusWidget()


def test_a_new_deviation_is_logged_with_the_keyboard_alone(qtbot, page, group_store, orgs):
    # Stepping the day down is "yesterday" only away from the 1st of a month: the form takes
    # its date from the core's clock, so the test chooses a day in the middle of the month.
    with clock.pinned(clock.today().replace(day=15)):
        _log_a_deviation_with_the_keyboard_alone(qtbot, page, group_store, orgs)


def _log_a_deviation_with_the_keyboard_alone(qtbot, page, group_store, orgs):
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, DeviationDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()))
    # Defaults: today, an event that occurred, and the answer due after the group's 60 days.
    today = clock.today()
    assert dialog.event_date.date() == QDate(clock.today())
    assert dialog.type_combo.currentData() == "occurred"
    assert dialog.answer_due_date.date() == QDate(clock.today()).addDays(60)

    # The event was yesterday: step the day section down with the arrow key.
    qtbot.keyClick(dialog.event_date, Qt.Key.Key_Tab)  # year -> month
    qtbot.keyClick(dialog.event_date, Qt.Key.Key_Tab)  # month -> day
    qtbot.keyClick(dialog.event_date, Qt.Key.Key_Down)
    dialog.reported_date.setFocus()
    for _ in range(3):  # through the sections of the reported date
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert dialog.type_combo.hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert dialog.category_combo.hasFocus()
    qtbot.keyClicks(dialog.category_combo, "Samordnad")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert dialog.reporting_combo.hasFocus()
    qtbot.keyClicks(dialog.reporting_combo, "Alfa")  # type-ahead, as in any list
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert dialog.receiving_combo.hasFocus()
    qtbot.keyClicks(dialog.receiving_combo, "Gamma")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert dialog.description.hasFocus()
    qtbot.keyClicks(dialog.description, "Kallelse till SIP-mote kom inte fram.")
    qtbot.keyClick(dialog.description, Qt.Key.Key_Tab)  # Tab leaves the text box
    assert dialog.immediate_actions.hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert dialog.risk_picker.hasFocus()
    qtbot.keyClick(dialog.risk_picker, Qt.Key.Key_Right)  # first press lands on 2 x 2
    qtbot.keyClick(dialog.risk_picker, Qt.Key.Key_Up)  # consequence 3
    qtbot.keyClick(dialog.risk_picker, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == DeviationDialog.DialogCode.Accepted
    assert group_store.db.execute("SELECT COUNT(*) FROM deviations").fetchone()[0] == 1
    (deviation_id,) = group_store.db.execute("SELECT id FROM deviations").fetchone()
    record = saved_values(group_store, deviation_id)
    assert record["event_date"] == date.fromordinal(today.toordinal() - 1).isoformat()
    assert record["reported_date"] == today.isoformat()
    assert record["category_code"] == "SIP"
    assert record["reporting_organisation_id"] == orgs[0]
    assert record["receiving_organisation_id"] == orgs[2]
    assert record["description"] == "Kallelse till SIP-mote kom inte fram."
    assert (record["consequence"], record["likelihood"]) == (3, 2)
    assert record["state"] == "registered"
    assert page.model.rowCount() == 1


def test_enter_on_the_save_button_saves(qtbot, page, group_store):
    dialog = page.new_deviation()
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("HJM"))
    dialog.description.setPlainText("Hjälpmedel saknades vid hemgång.")
    dialog.save_button.setFocus()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    assert dialog.result() == DeviationDialog.DialogCode.Accepted
    assert group_store.db.execute("SELECT category_code FROM deviations").fetchone() == ("HJM",)


def test_missing_fields_are_named_next_to_the_fields_and_nothing_is_saved(qtbot, page, group_store):
    dialog = page.new_deviation()
    dialog.event_date.setDate(QDate(clock.today()).addDays(2))
    dialog.answer_due_date.setDate(QDate(clock.today()).addDays(-1))
    assert dialog.save() is False
    errors = dialog.visible_errors()
    assert set(errors) == {"event_date", "category_code", "description", "answer_due_date"}
    assert all(text.strip() for text in errors.values())
    assert group_store.db.execute("SELECT COUNT(*) FROM deviations").fetchone()[0] == 0
    # The first field to fix gets the focus.
    assert dialog.focusWidget() in (dialog.event_date, dialog.event_date.findChild(QLineEdit))

    dialog.event_date.setDate(QDate(clock.today()))
    dialog.answer_due_date.setDate(QDate(clock.today()).addDays(30))
    dialog.category_combo.setCurrentIndex(1)
    dialog.description.setPlainText("Något gick fel vid överlämningen.")
    assert dialog.save() is True
    assert dialog.visible_errors() == {}


def test_the_due_date_follows_the_reported_date_until_it_is_changed_by_hand(qtbot, page):
    dialog = page.new_deviation()
    dialog.reported_date.setDate(QDate(2026, 3, 1))
    assert dialog.answer_due_date.date() == QDate(2026, 4, 30)
    dialog.answer_due_date.setDate(QDate(2026, 4, 15))
    dialog.reported_date.setDate(QDate(2026, 3, 2))
    assert dialog.answer_due_date.date() == QDate(2026, 4, 15)


@pytest.mark.parametrize("editor_name", list(DeviationDialog.text_editor_names()))
def test_the_privacy_hint_shows_while_a_personnummer_is_in_the_text(qtbot, page, editor_name):
    dialog = page.new_deviation()
    editor = dialog.text_editors()[editor_name]
    hint = dialog.hints[editor_name]
    assert hint.isHidden()
    text = f"Patienten {PERSONNUMMER} fick fel dos."
    if isinstance(editor, QLineEdit):
        qtbot.keyClicks(editor, text)
    else:
        editor.setFocus()
        qtbot.keyClicks(editor, text)
    assert not hint.isHidden()
    # The warning never repeats the number it found.
    assert PERSONNUMMER not in hint.message.text()
    assert "1230" not in hint.message.text()
    hint.show_button.click()
    selected = (
        editor.selectedText()
        if isinstance(editor, QLineEdit)
        else editor.textCursor().selectedText()
    )
    assert selected == PERSONNUMMER
    if isinstance(editor, QLineEdit):
        editor.del_()
    else:
        editor.textCursor().removeSelectedText()
    assert hint.isHidden()


def test_the_privacy_reminder_is_calm_until_a_number_is_typed(qtbot, page):
    dialog = page.new_deviation()
    note = dialog.description_note
    calm = note.styleSheet()
    assert note.property("warning") is False
    dialog.description.setFocus()
    qtbot.keyClicks(dialog.description, "Patienten kom hem 2026-09-01 utan ")
    assert note.property("warning") is False
    qtbot.keyClicks(dialog.description, "850412")
    assert note.property("warning") is True
    assert note.styleSheet() != calm
    dialog.description.setPlainText("Utskrivningsmeddelande saknades.")
    assert note.property("warning") is False
    assert note.styleSheet() == calm


def test_a_date_or_phone_number_raises_no_privacy_hint(qtbot, page):
    dialog = page.new_deviation()
    dialog.description.setPlainText("Händelsen 2026-09-01, ring tel 0701234567, dnr 2026-123.")
    assert dialog.hints["description"].isHidden()


def test_a_personnummer_is_saved_only_after_a_warning(qtbot, page, group_store, shown_messages):
    dialog = page.new_deviation()
    dialog.category_combo.setCurrentIndex(1)
    dialog.description.setPlainText(f"Gäller {PERSONNUMMER}.")
    assert dialog.save() is True
    assert len(shown_messages) == 1
    row = page.model.row_at(0)
    assert row["has_identifier"] is True


def test_the_lifecycle_moves_through_dated_buttons(qtbot, page, group_store, orgs):
    deviation_id = create_logged(group_store, orgs)
    dialog = page.open_deviation(deviation_id)
    assert set(dialog.transition_buttons) == {"sent", "misregistered"}
    dialog.transition_date.setDate(QDate(2026, 9, 10))
    dialog.transition_buttons["sent"].click()
    assert set(dialog.transition_buttons) == {"investigating", "answered", "misregistered"}
    dialog.transition_date.setDate(QDate(2026, 10, 1))
    dialog.transition_buttons["answered"].click()
    record = saved_values(group_store, deviation_id)
    assert (record["state"], record["answered_date"]) == ("answered", "2026-10-01")
    events = [
        (e["to_state"], e["changed_on"]) for e in dev.deviation_events(group_store, deviation_id)
    ]
    assert events == [
        ("registered", "2026-09-03"),
        ("sent", "2026-09-10"),
        ("answered", "2026-10-01"),
    ]
    assert "2026-09-10" in dialog.history_label.text()
    assert set(dialog.transition_buttons) == {"feedback_given", "misregistered"}


def test_a_transition_dated_before_the_report_is_refused_in_the_form(
    qtbot, page, group_store, orgs
):
    deviation_id = create_logged(group_store, orgs)
    dialog = page.open_deviation(deviation_id)
    dialog.transition_date.setDate(QDate(2026, 8, 1))
    dialog.transition_buttons["sent"].click()
    assert saved_values(group_store, deviation_id)["state"] == "registered"
    assert dialog.visible_errors()["form"]


def test_unsaved_edits_are_kept_when_the_state_changes(qtbot, page, group_store, orgs):
    deviation_id = create_logged(group_store, orgs)
    dialog = page.open_deviation(deviation_id)
    dialog.answer_cause.setPlainText("Rutinen var okänd.")
    dialog.transition_date.setDate(QDate(2026, 9, 10))
    dialog.transition_buttons["sent"].click()
    record = saved_values(group_store, deviation_id)
    assert (record["state"], record["answer_cause"]) == ("sent", "Rutinen var okänd.")


def test_an_improvement_activity_is_created_and_linked(qtbot, page, group_store, orgs, monkeypatch):
    plan_id = insert_record(
        group_store.db, "action_plans", group_store.require_group_id(), {"title": "Plan 2026"}
    )
    group_store.db.conn.commit()
    deviation_id = create_logged(group_store, orgs)
    dialog = page.open_deviation(deviation_id)

    def fill_and_accept(activity_dialog: ImprovementActivityDialog) -> int:
        assert activity_dialog.plan_combo.currentData() == plan_id
        activity_dialog.title_edit.setText("Ny rutin för utskrivningsmeddelanden")
        activity_dialog.way_combo.setCurrentIndex(activity_dialog.way_combo.findData("A1"))
        activity_dialog.create()
        return activity_dialog.result()

    monkeypatch.setattr(ImprovementActivityDialog, "exec", fill_and_accept)
    activity_id = dialog.create_improvement_activity()
    assert activity_id is not None
    linked = dev.activities_for_deviation(group_store, deviation_id)
    assert [(a["id"], a["title"], a["way_code"]) for a in linked] == [
        (activity_id, "Ny rutin för utskrivningsmeddelanden", "A1")
    ]
    assert "Ny rutin för utskrivningsmeddelanden" in dialog.activities_label.text()


def test_an_activity_from_several_selected_deviations_links_them_all(
    qtbot, page, group_store, orgs
):
    plan_id = insert_record(
        group_store.db, "action_plans", group_store.require_group_id(), {"title": "Plan 2026"}
    )
    group_store.db.conn.commit()
    first = create_logged(group_store, orgs)
    second = create_logged(group_store, orgs, category_code="SIP")
    page.refresh()
    page.table.selectAll()
    activity_dialog = page.activity_from_selected()
    assert activity_dialog.plan_combo.currentData() == plan_id
    activity_dialog.title_edit.setText("Gemensam genomgång")
    activity_dialog.create()
    for deviation_id in (first, second):
        assert [a["title"] for a in dev.activities_for_deviation(group_store, deviation_id)] == [
            "Gemensam genomgång"
        ]


def test_without_an_action_plan_the_user_is_told_to_create_one(
    qtbot, page, group_store, orgs, shown_messages
):
    dialog = page.open_deviation(create_logged(group_store, orgs))
    assert dialog.create_improvement_activity() is None
    assert len(shown_messages) == 1


def test_hostile_text_survives_every_field(qtbot, page, group_store, orgs):
    hostile_org = insert_record(
        group_store.db,
        "organisations",
        group_store.require_group_id(),
        {"name": clip_to_limit(HOSTILE, 200)},
    )
    group_store.db.conn.commit()
    page.refresh()
    dialog = page.new_deviation()
    dialog.category_combo.setCurrentIndex(1)
    dialog.reporting_combo.setCurrentIndex(dialog.reporting_combo.findData(hostile_org))
    # Each field as long as its limit allows, hostile characters first.
    texts = {
        name: clip_to_limit(f"{name}: {HOSTILE}", text_limit(name, "deviations"))
        for name in DeviationDialog.text_editor_names()
    }
    for name, editor in dialog.text_editors().items():
        editor.setText(texts[name]) if isinstance(editor, QLineEdit) else editor.setPlainText(
            texts[name]
        )
    assert dialog.save() is True
    record = saved_values(group_store, dialog.deviation_id)
    assert {name: record[name] for name in texts} == texts

    reopened = page.open_deviation(dialog.deviation_id)
    for name, editor in reopened.text_editors().items():
        shown = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
        assert shown == texts[name]
    assert reopened.reporting_combo.currentText() == clip_to_limit(HOSTILE, 200)
    row = next(
        r for r in range(page.model.rowCount()) if page.model.row_at(r)["id"] == dialog.deviation_id
    )
    assert page.model.data(page.model.index(row, 3)).startswith("description: <b>fet</b>")
    assert clip_to_limit(HOSTILE, 200) in page.model.data(page.model.index(row, 2))
    # Opening it again and saving unchanged writes nothing new.
    revision = record["revision"]
    assert reopened.save() is True
    assert saved_values(group_store, dialog.deviation_id)["revision"] == revision


def test_another_groups_deviation_opens_read_only_with_its_source(qtbot, page, group_store):
    other_group = new_id()
    insert_record(
        group_store.db,
        "groups",
        other_group,
        {"id": other_group, "name": "Närvård Ulricehamn", "level": "lokal"},
    )
    imported = insert_record(
        group_store.db,
        "deviations",
        other_group,
        {
            "event_date": "2026-09-01",
            "reported_date": "2026-09-01",
            "description": "Importerad text",
            "category_code": "INUT",
        },
    )
    group_store.db.conn.commit()
    dialog = page.open_deviation(imported)
    assert dialog.read_only
    assert not dialog.banner.isHidden()
    assert "Närvård Ulricehamn" in dialog.banner.label.text()
    assert dialog.description.isReadOnly()
    assert not dialog.category_combo.isEnabled()
    assert dialog.save_button.isHidden()
    assert dialog.transition_buttons == {}
    assert dialog.save() is False
    assert saved_values(group_store, imported)["revision"] == 1
