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
    """Keeps one editor within `limit` characters and shows how many are left near it."""

    def __init__(self, editor: QWidget, limit: int) -> None:
        super().__init__(editor)
        self.editor = editor
        self.limit = limit
        self.counter = QLabel()
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.counter.hide()
        self._clipping = False
        if isinstance(editor, QLineEdit):
            # A field may already be held shorter (a date, a period): keep the shorter.
            self.limit = min(limit, editor.maxLength())
            editor.setMaxLength(self.limit)
            editor.textChanged.connect(self._changed)
        elif isinstance(editor, QPlainTextEdit | QTextEdit):
            editor.textChanged.connect(self._changed)
        self._changed()

    def text(self) -> str:
        editor = self.editor
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QPlainTextEdit | QTextEdit):
            return editor.toPlainText()
        return ""

    def _changed(self, *_args: object) -> None:
        if self._clipping:
            return
        text = self.text()
        length = text_length(text)
        if length > self.limit and isinstance(self.editor, QPlainTextEdit | QTextEdit):
            # A multi-line field has no maximum of its own: what goes beyond is not taken.
            self._clipping = True
            try:
                self.editor.setPlainText(clip_to_limit(text, self.limit))
                self.editor.moveCursor(QTextCursor.MoveOperation.End)
            finally:
                self._clipping = False
            length = self.limit
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
