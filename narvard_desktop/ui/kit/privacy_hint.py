"""An inline warning under a text field while its text holds a personnummer.

Any form can use it: `hint = PrivacyHint.watch(editor)` and put `hint` in the layout
right under the editor (or `with_privacy_hint(editor)` for both in one widget). The
form kit (`forms.FieldErrors.box`) does this for every text field it lays out, so a
new field gets the hint without asking. The number itself is never repeated in the
warning; "Visa" selects it in the field so the user can delete it.

Text typed into a cell of a table or list (a decision, an action item, a guest's
name, an organisation in the setup wizard) is watched by `watch_cells(view)`: the
hint sits under the view and follows whichever cell editor is open.

A field whose text never leaves the program (a search field, a file path) or that
only takes a checked code is marked with `exempt(editor, reason)`. Every text field
of every dialog and page carries one mark or the other; a test walks them all
(tests/ui/test_privacy_hints_everywhere.py).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.privacy import SAMORDNINGSNUMMER, IdentifierHit, find_identifiers

TextEditor = QLineEdit | QPlainTextEdit | QTextEdit

# Dynamic properties every text field carries: one or the other (see the module text).
HINT_PROPERTY = "privacyHint"
EXEMPT_PROPERTY = "privacyExempt"

# Above this length the scan waits for a pause in typing, so long pasted texts never lag.
_IMMEDIATE_LIMIT = 4000
_PAUSE_MS = 200

_STYLE = (
    "QWidget#privacyHint { background: #fdecea; border: 1px solid #f1aeb5;"
    " border-radius: 4px; } QLabel { color: #8a1c14; }"
)


def _text_of(editor: TextEditor) -> str:
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()


class PrivacyHint(QWidget):
    """Hidden while the watched text is clean; a red note while it holds an identifier."""

    hits_changed = Signal(int)

    def __init__(self, editor: TextEditor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor: TextEditor | None = None
        self.hits: list[IdentifierHit] = []
        self.setObjectName("privacyHint")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16)
        )
        layout.addWidget(icon)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message, 1)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setToolTip(self.tr("Selects the number in the text so you can delete it."))
        self.show_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.show_button.clicked.connect(self.select_first_hit)
        layout.addWidget(self.show_button)
        self.setVisible(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_PAUSE_MS)
        self._timer.timeout.connect(self.check)
        self.set_editor(editor)

    def set_editor(self, editor: TextEditor | None) -> None:
        """Watch `editor` from now on (a cell's editor comes and goes)."""
        if self.editor is not None:
            # RuntimeError/TypeError: the editor is already gone.
            with contextlib.suppress(RuntimeError, TypeError):
                self.editor.textChanged.disconnect(self._text_changed)
        self.editor = editor
        if editor is not None:
            editor.setProperty(HINT_PROPERTY, True)
            editor.textChanged.connect(self._text_changed)
        self.check()

    @classmethod
    def watch(cls, editor: TextEditor, parent: QWidget | None = None) -> PrivacyHint:
        return cls(editor, parent)

    def release(self, *_args: object) -> None:
        """Stop watching an editor that is going away, keeping the message as it is."""
        self.editor = None

    def _text_changed(self, *_args: object) -> None:
        if self.editor is not None and len(_text_of(self.editor)) > _IMMEDIATE_LIMIT:
            self._timer.start()
        else:
            self.check()

    def check(self) -> None:
        self._timer.stop()
        hits = find_identifiers(_text_of(self.editor)) if self.editor is not None else []
        changed = len(hits) != len(self.hits)
        self.hits = hits
        if hits:
            self.message.setText(self._message(hits))
        # isHidden, not isVisible: the hint works before its window is shown.
        self.setHidden(not hits)
        if changed:
            self.hits_changed.emit(len(hits))

    def _message(self, hits: list[IdentifierHit]) -> str:
        if len(hits) > 1:
            return self.tr(
                "The text holds %n personal identity number(s). Remove them: "
                "describe what happened, never who.",
                "",
                len(hits),
            )
        if hits[0].kind == SAMORDNINGSNUMMER:
            return self.tr(
                "The text holds a coordination number (samordningsnummer). Remove it: "
                "describe what happened, never who."
            )
        return self.tr(
            "The text holds a personal identity number (personnummer). Remove it: "
            "describe what happened, never who."
        )

    def has_hits(self) -> bool:
        return bool(self.hits)

    def select_first_hit(self) -> None:
        if not self.hits or self.editor is None:
            return
        hit = self.hits[0]
        if isinstance(self.editor, QLineEdit):
            self.editor.setSelection(hit.start, hit.end - hit.start)
        else:
            cursor = self.editor.textCursor()
            cursor.setPosition(hit.start)
            cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)
        self.editor.setFocus()


def with_privacy_hint(editor: TextEditor, parent: QWidget | None = None) -> QWidget:
    """The editor with its hint right below, as one widget for a form row."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(editor)
    hint = PrivacyHint(editor, box)
    layout.addWidget(hint)
    box.privacy_hint = hint  # type: ignore[attr-defined]
    return box


def exempt(editor: QWidget, reason: str) -> QWidget:
    """Mark a text field whose text never leaves the program (say why, for the reader)."""
    editor.setProperty(EXEMPT_PROPERTY, reason)
    return editor


def is_watched(editor: QWidget) -> bool:
    return bool(editor.property(HINT_PROPERTY))


def exemption(editor: QWidget) -> str:
    return str(editor.property(EXEMPT_PROPERTY) or "")


class PrivacyHintDelegate(QStyledItemDelegate):
    """The view's usual cell editor, watched by the hint under the view while it is open."""

    def __init__(self, hint: PrivacyHint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = hint

    def createEditor(  # noqa: N802 - Qt override
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, (QLineEdit, QPlainTextEdit, QTextEdit)):
            self.hint.set_editor(editor)
            # Once the cell is written the editor goes; what it said stays on show until
            # the next edit, so a number typed into a cell is not forgotten on Enter.
            editor.destroyed.connect(self.hint.release)
        return editor


def watch_cells(view: QAbstractItemView, parent: QWidget | None = None) -> PrivacyHint:
    """A hint for text typed into the view's cells; put it in the layout under the view."""
    hint = PrivacyHint(None, parent)
    view.setItemDelegate(PrivacyHintDelegate(hint, view))
    view.setProperty(HINT_PROPERTY, True)
    return hint
