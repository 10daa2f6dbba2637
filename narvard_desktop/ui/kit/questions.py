"""Asking the user before something that cannot easily be undone, and telling what went wrong."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from narvard_desktop.errors import NarvardError
from narvard_desktop.store import user_error_for


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No question with No as default; any answer but No/Cancel counts as yes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() not in (QMessageBox.StandardButton.No, QMessageBox.StandardButton.Cancel)


def show_error(
    parent: QWidget | None, error: BaseException, database_file: Path | None = None
) -> None:
    """Tell the user what happened in one plain sentence; details only on request."""
    if isinstance(error, sqlite3.DatabaseError):
        # Disk full, database busy or damaged: one plain sentence instead of SQLite's words.
        plain = user_error_for(error, database_file or Path("narvard.sqlite3"))
        if plain is not None and (database_file is not None or not plain.details):
            error = plain
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Operations", "Could not complete"))
    if isinstance(error, NarvardError):
        box.setText(error.user_message())
    else:
        box.setText(
            QCoreApplication.translate(
                "Operations",
                "An unexpected error occurred. Nothing has been saved from this step. "
                "If it happens again, send the details below to your support.",
            )
        )
        box.setDetailedText(getattr(error, "__traceback_text__", repr(error)))
    box.exec()
