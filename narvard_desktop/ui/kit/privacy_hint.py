"""An inline warning under a text field while its text holds a personnummer.

Any form can use it: `hint = PrivacyHint.watch(editor)` and put `hint` in the layout
right under the editor (or `with_privacy_hint(editor)` for both in one widget). The
number itself is never repeated in the warning; "Visa" selects it in the field so the
user can delete it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.privacy import SAMORDNINGSNUMMER, IdentifierHit, find_identifiers

TextEditor = QLineEdit | QPlainTextEdit | QTextEdit

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

    def __init__(self, editor: TextEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
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
        editor.textChanged.connect(self._text_changed)
        self.check()

    @classmethod
    def watch(cls, editor: TextEditor, parent: QWidget | None = None) -> PrivacyHint:
        return cls(editor, parent)

    def _text_changed(self, *_args: object) -> None:
        if len(_text_of(self.editor)) > _IMMEDIATE_LIMIT:
            self._timer.start()
        else:
            self.check()

    def check(self) -> None:
        self._timer.stop()
        hits = find_identifiers(_text_of(self.editor))
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
                "The text holds {count} personal identity numbers. Remove them: "
                "describe what happened, never who."
            ).format(count=len(hits))
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
        if not self.hits:
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
