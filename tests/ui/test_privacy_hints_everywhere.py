"""Every text field of every dialog, window and page carries the privacy hint.

Text typed anywhere can leave the group (a unit on a chart, an author's name in a
protocol, an organisation in a package), so every QLineEdit, QTextEdit and
QPlainTextEdit has the hint under it, or is marked exempt with a reason (a search
field, a file path, a date). Cells a user can type into are watched by the hint
under their view. Dialogs are found by class under `narvard_desktop.ui`, pages from
the section registry: a new one is walked without anyone listing it here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from narvard_desktop.ui.kit.privacy_hint import exemption, is_watched
from narvard_desktop.ui.kit.sections import SectionContext
from narvard_desktop.ui.shell.sections import SECTIONS
from tests.ui.dialog_factories import demo_ids, dialog_classes, factories_for_every_dialog

TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit)


def _typed_into(editor: QWidget) -> bool:
    """A field a user types into (not the inside of a spin box, not a read-only viewer)."""
    parent = editor.parentWidget()
    if isinstance(parent, QAbstractSpinBox):
        return False
    return not editor.isReadOnly()


def _has_editable_cells(view: QAbstractItemView) -> bool:
    model = view.model()
    if (
        isinstance(view, QHeaderView)
        or model is None
        or view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    ):
        return False
    # Models differ in which overloads they make public; valid indexes tell the size.
    for row in range(5):
        for column in range(40):
            index = model.index(row, column)
            if not index.isValid():
                break
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                return True
    return False


def unwatched_fields(root: QWidget, where: str) -> list[str]:
    """The text fields and editable views under `root` with neither hint nor exemption."""
    missing = []
    for widget in root.findChildren(QWidget):
        if is_watched(widget) or exemption(widget):
            continue
        if isinstance(widget, TEXT_INPUTS) and _typed_into(widget):
            label = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
            missing.append(f"{where}: {type(widget).__name__} {widget.objectName() or label!r}")
        elif isinstance(widget, QAbstractItemView) and _has_editable_cells(widget):
            missing.append(f"{where}: cells of {type(widget).__name__}")
    return missing


def test_every_dialog_class_is_built_for_the_walk(qtbot, demo_store):
    classes = dialog_classes()
    assert len(classes) >= 20, sorted(classes)  # the discovery itself works
    _factories, unbuildable = factories_for_every_dialog(demo_store)
    assert unbuildable == [], (
        "these dialogs need arguments the walk cannot guess: add a factory to "
        "tests/ui/dialog_factories.py"
    )


def test_every_text_field_of_every_dialog_and_window_has_the_privacy_hint(qtbot, demo_store):
    ids = demo_ids(demo_store)
    missing: list[str] = []
    factories, _unbuildable = factories_for_every_dialog(demo_store)
    for name, factory in factories:
        widget = factory(demo_store, ids)
        qtbot.addWidget(widget)
        missing += unwatched_fields(widget, name)
        widget.close()
    assert len(factories) >= 20
    assert missing == [], "\n".join(missing)


def test_every_text_field_of_every_page_has_the_privacy_hint(qtbot, demo_store):
    window = QWidget()
    qtbot.addWidget(window)
    context = SectionContext(demo_store, window, lambda *_: None, lambda *_: None)
    missing: list[str] = []
    for section in SECTIONS:
        page = section.page(context)
        page.setParent(window)
        missing += unwatched_fields(page, section.key)
    assert missing == [], "\n".join(missing)


@pytest.mark.parametrize("field_type", TEXT_INPUTS)
def test_the_walk_finds_a_field_added_without_the_hint(qtbot, field_type):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = field_type(dialog)
    assert unwatched_fields(dialog, "new") != []
    from narvard_desktop.ui.kit.forms import FieldErrors

    FieldErrors().box("anything", field).setParent(dialog)
    assert unwatched_fields(dialog, "new") == []
