"""The form kit on real widgets: date fields on a pinned day, inline errors, privacy hints,
and read-only mode for another group's record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from narvard_desktop import clock
from narvard_desktop.errors import ValidationError
from narvard_desktop.services import action_plans
from narvard_desktop.store.records import get_record, insert_record, new_id
from narvard_desktop.ui.kit.date_fields import DateField, date_edit, iso, set_iso
from narvard_desktop.ui.kit.forms import FieldErrors, set_read_only
from narvard_desktop.ui.plan.dialogs import PlanDialog

PERSONNUMMER = "19850412-1230"


@pytest.fixture
def form_widget(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget, QFormLayout(widget)


@pytest.fixture
def plan_form(form_widget):
    """A title (free text of a plan) and a start date, as the plan dialog lays them out."""
    widget, form = form_widget
    errors = FieldErrors("action_plans")
    title, start = QLineEdit(), DateField()
    errors.row(form, "&Title:", "title", title)
    errors.row(form, "Period &from:", "period_start", start)
    return widget, errors, title


def test_a_date_field_opens_its_calendar_on_the_pinned_day(qtbot):
    with clock.pinned("2026-12-01"):
        field = DateField()
        qtbot.addWidget(field)
        assert field.value() == ""
        field.open_calendar()
        assert field.calendar.selectedDate() == QDate(2026, 12, 1)
        field.calendar.clicked.emit(QDate(2026, 12, 24))
        assert field.value() == "2026-12-24"
        assert field.calendar is None


def test_a_date_field_opens_its_calendar_on_the_date_it_holds(qtbot):
    with clock.pinned("2026-12-01"):
        field = DateField()
        qtbot.addWidget(field)
        field.set_value("2026-03-15")
        field.open_calendar()
        assert field.calendar.selectedDate() == QDate(2026, 3, 15)


def test_a_read_only_date_field_opens_no_calendar_and_keeps_its_date(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.set_value("2026-03-15")
    set_read_only([field])
    field.open_calendar()
    assert field.calendar is None and field.value() == "2026-03-15"


def test_a_required_date_starts_on_the_pinned_day_and_reads_as_iso(qtbot):
    with clock.pinned("2026-12-01"):
        edit = date_edit()
        qtbot.addWidget(edit)
    assert iso(edit) == "2026-12-01"
    set_iso(edit, "2027-01-31")
    assert iso(edit) == "2027-01-31"
    set_iso(edit, None)  # an empty stored date leaves the shown one
    assert iso(edit) == "2027-01-31"


def test_the_message_appears_under_the_field_it_names(plan_form):
    widget, errors, title = plan_form
    assert errors.visible() == {}
    assert errors.show(ValidationError("Title must be filled in.", field="title"))
    assert errors.message("title") == "Title must be filled in."
    assert not errors.labels["title"].isHidden()
    assert widget.focusWidget() is title
    assert errors.message("period_start") == ""
    # A message about a field the form does not have is left to the caller.
    assert not errors.show(ValidationError("The record does not exist.", field="id"))
    errors.clear()
    assert errors.visible() == {}


def test_every_message_shows_and_the_topmost_wrong_field_gets_the_focus(plan_form):
    widget, errors, title = plan_form
    rest = errors.show_all(
        [
            ValidationError("Write the start as a date, please.", field="period_start"),
            ValidationError("Give the plan a title, please.", field="title"),
            ValidationError("Dated too early.", field="changed_on"),
        ]
    )
    assert errors.visible() == {
        "title": "Give the plan a title, please.",
        "period_start": "Write the start as a date, please.",
    }
    assert [error.details["field"] for error in rest] == ["changed_on"]
    # The form's order, not the order of the messages.
    assert widget.focusWidget() is title


def test_the_free_text_of_the_kind_gets_the_privacy_hint(plan_form):
    _widget, errors, title = plan_form
    assert set(errors.hints) == {"title"}
    assert not errors.has_privacy_hits()
    title.setText(f"Plan för {PERSONNUMMER}")
    assert not errors.hints["title"].isHidden() and errors.has_privacy_hits()
    # A form for no kind of record watches nothing.
    assert FieldErrors().hints == {}


def test_a_form_for_the_groups_own_record_is_editable(qtbot, group_store):
    plan_id = action_plans.create_plan(group_store, {"title": "Egen plan"})
    dialog = PlanDialog(group_store, plan_id)
    qtbot.addWidget(dialog)
    assert not dialog.read_only and dialog.banner.isHidden()
    assert not dialog.title_edit.isReadOnly() and not dialog.save_button.isHidden()


def test_another_groups_record_opens_read_only_with_its_owner(qtbot, group_store):
    other = new_id()
    db = group_store.db
    insert_record(
        db, "groups", other, {"id": other, "name": "Närvård Ulricehamn", "level": "lokal"}
    )
    plan_id = insert_record(
        db, "action_plans", other, {"title": "Deras plan", "period_start": "2026-01-01"}
    )
    db.conn.commit()
    dialog = PlanDialog(group_store, plan_id)
    qtbot.addWidget(dialog)
    assert dialog.read_only
    assert not dialog.banner.isHidden()
    assert "Närvård Ulricehamn" in dialog.banner.label.text()
    assert dialog.title_edit.text() == "Deras plan"
    assert dialog.title_edit.isReadOnly() and dialog.period_start.isReadOnly()
    assert dialog.description_edit.isReadOnly()
    assert dialog.save_button.isHidden()
    assert dialog.save() is False
    assert get_record(db, "action_plans", plan_id)["revision"] == 1


def test_a_refused_write_is_shown_at_its_field_and_nothing_else_runs(plan_form, group_store):
    _widget, errors, title = plan_form
    written = errors.attempt(title, lambda: action_plans.create_plan(group_store, {"title": "  "}))
    assert written is None
    assert errors.message("title")
    assert action_plans.list_plans(group_store) == []
    plan_id = errors.attempt(
        title, lambda: action_plans.create_plan(group_store, {"title": "Plan 2026"})
    )
    assert plan_id is not None and errors.visible() == {}
