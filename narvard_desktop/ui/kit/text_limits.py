"""The length limit of a text field, in the field itself: a counter near the limit, and no
room for more.

The limits are the core's one table (`record_rules.TEXT_LIMITS`), the same ones the
services, the Excel import and the file import check, so what a form accepts is always
stored, exported and imported. Qt counts length in UTF-16 units, as the core does.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.record_rules import clip_to_limit, has_rule, text_length, text_limit

# The counter appears when this share of the limit is used.
COUNTER_FROM = 0.9
COUNTER_STYLE = "color: #44525e;"
FULL_STYLE = "color: #b42318;"
COUNTER_TEXT = QT_TRANSLATE_NOOP("TextLimit", "{length} of {limit} characters")


class TextLimit(QObject):
    """Keeps one editor within `limit` characters and shows how many are used near it.

    An edit that takes the text over the limit is cut back to it: the field takes no more.
    A text that was already longer when the form loaded it (stored by an older version) is
    left exactly as it is, with the counter in red, so nothing is lost without a word; the
    service then names the field to shorten if it is saved changed.
    """

    def __init__(self, editor: QWidget, limit: int) -> None:
        super().__init__(editor)
        self.editor = editor
        self.limit = limit
        if isinstance(editor, QLineEdit):
            # A field may already be held shorter (a date, a period): keep the shorter.
            self.limit = min(limit, editor.maxLength())
        self.counter = QLabel()
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.counter.hide()
        self._clipping = False
        self._last_length = 0
        if isinstance(editor, QLineEdit | QPlainTextEdit | QTextEdit):
            editor.textChanged.connect(self._changed)
        self._changed()

    def text(self) -> str:
        editor = self.editor
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QPlainTextEdit | QTextEdit):
            return editor.toPlainText()
        return ""

    def _typed(self) -> bool:
        """Whether the last change was an edit (typing, pasting) rather than a load:
        setting the text programmatically clears the undo history, an edit adds to it."""
        editor = self.editor
        if isinstance(editor, QLineEdit):
            return editor.isUndoAvailable()
        if isinstance(editor, QPlainTextEdit | QTextEdit):
            return editor.document().isUndoAvailable()
        return False

    def _changed(self, *_args: object) -> None:
        if self._clipping:
            return
        text = self.text()
        length = text_length(text)
        if length > self.limit and self._last_length <= self.limit and self._typed():
            self._clipping = True
            try:
                clipped = clip_to_limit(text, self.limit)
                if isinstance(self.editor, QLineEdit):
                    self.editor.setText(clipped)
                    self.editor.end(False)
                elif isinstance(self.editor, QPlainTextEdit | QTextEdit):
                    self.editor.setPlainText(clipped)
                    self.editor.moveCursor(QTextCursor.MoveOperation.End)
            finally:
                self._clipping = False
            length = text_length(clipped)
        self._last_length = length
        self._show_count(length)

    def _show_count(self, length: int) -> None:
        if length < self.limit * COUNTER_FROM:
            self.counter.hide()
            return
        self.counter.setText(
            translate("TextLimit", COUNTER_TEXT).format(length=length, limit=self.limit)
        )
        self.counter.setStyleSheet(FULL_STYLE if length >= self.limit else COUNTER_STYLE)
        self.counter.show()


def limit_text(editor: QWidget, field: str, table: str | None = None) -> TextLimit | None:
    """Hold a text editor to its field's limit; None for an editor that holds no text, or
    one for a field with a rule of its own (a date, a code) rather than free text."""
    if not isinstance(editor, QLineEdit | QPlainTextEdit | QTextEdit):
        return None
    if has_rule(field, table):
        return None
    limit = text_limit(field, table)
    limiter = TextLimit(editor, limit)
    editor.text_limit = limiter  # type: ignore[attr-defined]
    return limiter
