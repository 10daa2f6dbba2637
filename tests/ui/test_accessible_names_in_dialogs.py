"""Every dialog and window: each widget Tab reaches has a name for screen readers.

The dialogs are the same ones the privacy-hint walk builds (every dialog class under
`narvard_desktop.ui`); names come from the kit's helper, as when focus enters a dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout

from narvard_desktop.ui.kit.accessibility import (
    effective_name,
    name_dialogs_on_focus,
    name_unnamed_widgets,
)
from tests.ui.dialog_factories import demo_ids, factories_for_every_dialog
from tests.ui.shell.test_accessible_names import tab_chain


def test_every_dialog_and_window_names_every_tab_stop(qtbot, demo_store, swedish_widgets):
    ids = demo_ids(demo_store)
    factories, _unbuildable = factories_for_every_dialog(demo_store)
    assert len(factories) >= 20
    missing: list[str] = []
    for name, factory in factories:
        dialog = factory(demo_store, ids)
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        name_unnamed_widgets(dialog)
        missing += [
            f"{name}: {type(widget).__name__} {widget.objectName()!r}"
            for widget in tab_chain(dialog)
            if not effective_name(widget)
        ]
        dialog.close()
    assert missing == [], "\n".join(missing)


def test_focus_entering_a_dialog_names_its_fields(qtbot):
    name_dialogs_on_focus()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Mottagare:"))
    field = QLineEdit()
    layout.addWidget(field)
    layout.addWidget(QPushButton("OK"))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: field.accessibleName() == "Mottagare", timeout=2000)
