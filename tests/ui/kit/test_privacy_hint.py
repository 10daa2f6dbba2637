"""The privacy hint where names, units, sources and cells are typed (not only free text)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from narvard_desktop.ui.kit.date_fields import DateField
from narvard_desktop.ui.kit.forms import FieldErrors
from narvard_desktop.ui.kit.privacy_hint import PrivacyHint, exemption, is_watched
from narvard_desktop.ui.meetings.page import MeetingsPage
from narvard_desktop.ui.plan.page import PlanPage
from narvard_desktop.ui.shell.setup_wizard import SetupWizard
from tests.ui.dialog_factories import _indicator_dialog, demo_ids

NUMBER = "19850412-1230"


def hint_for(root: QWidget, editor: QWidget) -> PrivacyHint:
    (hint,) = [hint for hint in root.findChildren(PrivacyHint) if hint.editor is editor]
    return hint


def shows_for(qtbot, root: QWidget, editor: QLineEdit) -> bool:
    """Type a number into `editor`: True when its hint appears (and never repeats it)."""
    hint = hint_for(root, editor)
    assert hint.isHidden()
    editor.clear()
    qtbot.keyClicks(editor, f"Anna {NUMBER}")
    shown = not hint.isHidden()
    assert NUMBER not in hint.message.text()
    editor.clear()
    assert hint.isHidden()
    return shown


def test_a_field_the_kit_lays_out_gets_the_hint_unless_exempt(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    errors = FieldErrors("indicators")
    unit, when = QLineEdit(), DateField()
    errors.box("unit", unit).setParent(root)
    errors.box("baseline_date", when).setParent(root)
    assert set(errors.hints) == {"unit"} and is_watched(unit)
    assert exemption(when) and not is_watched(when)
    assert shows_for(qtbot, root, unit)


def test_indicator_unit_source_and_name_show_the_hint(qtbot, demo_store):
    dialog = _indicator_dialog(demo_store, demo_ids(demo_store))
    qtbot.addWidget(dialog)
    for editor in (dialog.unit_edit, dialog.source_edit, dialog.name_edit):
        assert shows_for(qtbot, dialog, editor), editor.placeholderText()


def test_a_progress_notes_author_shows_the_hint(qtbot, demo_store):
    page = PlanPage(demo_store)
    qtbot.addWidget(page)
    page.table.selectRow(1)
    page.open_current()
    assert shows_for(qtbot, page, page.editor.note_author)


def test_the_setup_wizards_group_and_organisation_names_show_the_hint(qtbot, store):
    wizard = SetupWizard(store.reference)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.place_page.select_code("1490")
    wizard.next()
    assert shows_for(qtbot, wizard, wizard.name_page.name)
    wizard.name_page.name.setText("Närvård Borås")
    wizard.next()
    organisations = wizard.organisations_page
    assert shows_for(qtbot, wizard, organisations.new_name)
    # A proposed name changed in place (double-click): the hint under the list follows.
    organisations.list.editItem(organisations.list.item(0))
    (cell,) = organisations.list.viewport().findChildren(QLineEdit)
    assert isinstance(cell, QLineEdit)
    hint = hint_for(wizard, cell)
    cell.setText(f"Vårdcentral {NUMBER}")
    assert not hint.isHidden()
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    # Written into the list: the warning stays until the next edit clears it.
    assert not hint.isHidden()


@pytest.fixture
def meetings_page(qtbot, demo_store):
    page = MeetingsPage(demo_store)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_guests_name_organisation_and_function_show_the_hint(qtbot, meetings_page):
    panel = meetings_page.view.attendance
    for editor in panel.guest_fields:
        assert shows_for(qtbot, meetings_page, editor)


def test_text_typed_into_an_attendance_cell_shows_the_hint(qtbot, meetings_page):
    panel = meetings_page.view.attendance
    model = panel.model
    row = next(
        r for r in range(model.rowCount()) if model.flags(model.index(r, model.COL_FUNCTION))
    )
    panel.table.edit(model.index(row, model.COL_FUNCTION))
    (cell,) = panel.table.viewport().findChildren(QLineEdit)
    assert isinstance(cell, QLineEdit) and is_watched(cell)
    assert panel.cell_hint.isHidden()
    cell.setText(f"Handläggare {NUMBER}")
    assert not panel.cell_hint.isHidden()
    cell.setText("Handläggare")
    assert panel.cell_hint.isHidden()
