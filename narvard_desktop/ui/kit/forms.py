"""The form kit every dialog and editor is built from.

Forms show the core's validation message right under the field it names
(`ValidationError.details["field"]`), so a facilitator sees what to correct where it
is, not in a box that hides the form. The free-text fields of the form's kind of
record get the privacy hint under them, and so does every other text field the kit
lays out (a name, a unit, a source can leave the group too) unless it is marked
exempt (`privacy_hint.exempt`: dates, numbers checked as such, search fields), so a
form never writes its own list of fields to watch. A record another group owns
opens read-only, with the provenance banner saying whose it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.errors import NarvardError, ValidationError
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.privacy_hint import PrivacyHint, exemption
from narvard_desktop.ui.kit.provenance import ProvenanceBanner
from narvard_desktop.ui.kit.questions import show_error
from narvard_desktop.ui.kit.text_limits import limit_text

ERROR_STYLE = "color: #b42318;"
NOTE_STYLE = "color: #44525e; font-style: italic;"
WARNING_NOTE_STYLE = (
    "color: #8a1c14; background: #fdecea; border: 1px solid #f1aeb5; border-radius: 4px;"
    " padding: 4px;"
)
# The longest text a one-line field takes: a pasted page must not freeze the form.
TEXT_LIMIT = 10_000

TEXT_EDITORS = (QLineEdit, QPlainTextEdit, QTextEdit)

T = TypeVar("T")


# --- small pieces --------------------------------------------------------------------------


def text_box(height: int = 52, *, grows: bool = False) -> QPlainTextEdit:
    """A multi-line text field `height` pixels high (at least that high when it `grows`)."""
    box = QPlainTextEdit()
    # Tab moves on to the next field: keyboard entry matters more than tab characters.
    box.setTabChangesFocus(True)
    if grows:
        box.setMinimumHeight(height)
    else:
        box.setFixedHeight(height)
    return box


def plain_label(text: str = "", style: str = "") -> QLabel:
    """A wrapping label that never reads what it shows as HTML (names can hold '<b>')."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


def note_label(text: str = "") -> QLabel:
    """A grey explanation under a field."""
    return plain_label(text, NOTE_STYLE)


def error_label() -> QLabel:
    """A red message, hidden until there is something to say."""
    label = plain_label(style=ERROR_STYLE)
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.show()


def add_row(form: QFormLayout, label: str, content: QWidget | QLayout, buddy: QWidget) -> QLabel:
    """A labelled row whose content is not one editor: the label's mnemonic goes to `buddy`."""
    label_widget = QLabel(label)
    label_widget.setBuddy(buddy)
    form.addRow(label_widget, content)
    return label_widget


def dialog_buttons(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    """OK (named `ok_text`) accepts the dialog, Cancel rejects it."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    if ok_text is not None:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def set_read_only(widgets: Iterable[QWidget], read_only: bool = True) -> None:
    """Text stays selectable and scrollable when read-only; every other control is disabled."""
    for widget in widgets:
        if isinstance(widget, TEXT_EDITORS):
            widget.setReadOnly(read_only)
        else:
            widget.setEnabled(not read_only)


# --- fields with their messages ------------------------------------------------------------


class FieldErrors:
    """The red message under each field, the privacy hint under free text, and the focus
    move to the field that is wrong.

    `table` is the kind of record the form edits. Every text field it lays out gets the
    privacy hint, unless marked exempt.
    """

    def __init__(self, table: str | None = None) -> None:
        self.table = table
        self.labels: dict[str, QLabel] = {}
        self.editors: dict[str, QWidget] = {}
        self.hints: dict[str, PrivacyHint] = {}

    def box(
        self,
        field: str,
        editor: QWidget,
        *,
        content: QWidget | QLayout | None = None,
        note: QWidget | None = None,
    ) -> QWidget:
        """The editor (or `content` holding it) with its note, hint and hidden error label."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        shown = editor if content is None else content
        if isinstance(shown, QLayout):
            layout.addLayout(shown)
        else:
            layout.addWidget(shown)
        # The form label's mnemonic focuses the box; the proxy passes that on to the editor.
        box.setFocusProxy(editor)
        if note is not None:
            layout.addWidget(note)
        # Every text field gets the hint unless it was marked exempt (a date, a search):
        # names, units and sources leave the group as surely as the free text does.
        if isinstance(editor, TEXT_EDITORS) and not exemption(editor):
            hint = PrivacyHint(editor, box)
            layout.addWidget(hint)
            self.hints[field] = hint
            editor.privacy_hint = hint  # type: ignore[attr-defined]
        limiter = limit_text(editor, field, self.table)
        if limiter is not None:
            layout.addWidget(limiter.counter)
        label = error_label()
        layout.addWidget(label)
        self.labels[field] = label
        self.editors[field] = editor
        return box

    def row(
        self,
        form: QFormLayout,
        label: str,
        field: str,
        editor: QWidget,
        *,
        content: QWidget | QLayout | None = None,
        note: QWidget | None = None,
    ) -> QWidget:
        """A labelled form row: the label's mnemonic leads to `editor`."""
        box = self.box(field, editor, content=content, note=note)
        form.addRow(label, box)
        buddy = form.labelForField(box)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(editor)
        return box

    def rows(self, form: QFormLayout, rows: Iterable[tuple[str, str, QWidget]]) -> None:
        """One labelled row each: (label, field, editor)."""
        for label, field, editor in rows:
            self.row(form, label, field, editor)

    def has_privacy_hits(self) -> bool:
        return any(hint.has_hits() for hint in self.hints.values())

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()

    def show(self, error: ValidationError, *, focus: bool = True) -> bool:
        """Put the message under its field; False when the form has no such field."""
        field = str(error.details.get("field", ""))
        label = self.labels.get(field)
        if label is None:
            return False
        show_message(label, error.user_message())
        if focus:
            self.editors[field].setFocus()
        return True

    def show_all(self, errors: Iterable[ValidationError]) -> list[ValidationError]:
        """Every message under its field; returns those that name no field of the form.

        The focus goes to the topmost field that is wrong (the form's order, not the
        order the core checked them in), where the user starts correcting.
        """
        rest = [error for error in errors if not self.show(error, focus=False)]
        wrong = next((field for field in self.labels if self.message(field)), None)
        if wrong is not None:
            self.editors[wrong].setFocus()
        return rest

    def message(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def attempt(
        self, parent: QWidget, write: Callable[[], T], *, elsewhere: QLabel | None = None
    ) -> T | None:
        """Run a core write; a refusal is shown at the field it names, None returned.

        A message that names no field of the form goes to `elsewhere` when the form has
        such a line, else to a message box; so does any other error. `write` returns
        something (an id) when it succeeds.
        """
        self.clear()
        if elsewhere is not None:
            elsewhere.hide()
        try:
            return write()
        except ValidationError as error:
            if self.show(error):
                return None
            if elsewhere is not None:
                show_message(elsewhere, error.user_message())
                return None
            show_error(parent, error)
        except NarvardError as error:
            show_error(parent, error)
        return None

    def visible(self) -> dict[str, str]:
        """The messages shown now, by field."""
        return {field: label.text() for field, label in self.labels.items() if not label.isHidden()}


# --- read-only records ---------------------------------------------------------------------


class RecordBanner(ProvenanceBanner):
    """The provenance banner, which also speaks for another group's record that came
    without a ledger entry (such as a copy an upper level holds)."""

    def show_owner(self, store: Store, table: str, record: Mapping[str, Any] | None) -> bool:
        """Show whose record it is when another group owns it; True when it is read-only."""
        if record is None or record.get("group_id") in (None, store.own_group_id):
            self.show_provenance(None)
            return False
        self.show_record(store, table, str(record["id"]))
        if self.provenance is None:
            owner = store.group_name(str(record["group_id"]))
            self.label.setText(
                self.tr(
                    "This record belongs to {owner} and cannot be changed here; changes "
                    "arrive with their next file."
                ).format(owner=owner or record["group_id"])
            )
            self.show()
        return True


class RecordDialog(QDialog):
    """A small form dialog that saves through a core function and stays open on errors.

    Subclasses add rows with `self.errors.row(self.form, …)`, and give `values` and
    `write`; `show_owner` turns the dialog read-only for another group's record.
    """

    record_saved = Signal(str)  # the id, after a successful save

    def __init__(self, store: Store, table: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.table = table
        self.errors = FieldErrors(table)
        self.record_id: str | None = None
        self.read_only = False
        layout = QVBoxLayout(self)
        self.banner = RecordBanner()
        layout.addWidget(self.banner)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QAbstractButton = self.buttons.button(
            QDialogButtonBox.StandardButton.Save
        )
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button: QAbstractButton = self.buttons.button(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.setMinimumWidth(520)

    def load(self) -> dict[str, Any] | None:
        """The stored record being edited (None for a new one), read-only if not the group's."""
        if not self.record_id:
            return None
        record = self.store.record(self.table, self.record_id)
        self.show_owner(record)
        return record

    def show_owner(self, record: Mapping[str, Any]) -> None:
        self.read_only = self.banner.show_owner(self.store, self.table, record)
        if self.read_only:
            set_read_only(self.errors.editors.values())
            self.save_button.hide()
            self.cancel_button.setText(self.tr("Close"))

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def write(self, values: Mapping[str, Any]) -> str:
        raise NotImplementedError

    def save(self) -> bool:
        if self.read_only:
            return False
        record_id = self.errors.attempt(self, lambda: self.write(self.values()))
        if record_id is None:
            return False
        self.record_id = record_id
        self.record_saved.emit(self.record_id)
        self.accept()
        return True
