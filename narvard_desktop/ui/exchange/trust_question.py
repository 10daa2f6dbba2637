"""The question before a new sender's key is trusted: its fingerprint and phone code, to be
compared on a call to a number already known. Asked by the import and the setup wizard."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)


def ask_to_trust_key(parent: QWidget, file_name: str, key: Mapping[str, Any]) -> bool:
    """Show a new sender's fingerprint and phone code; True only on a clear yes.

    `key` holds the sender's name, level, fingerprint and phone code (as the refusal of
    an unknown key names them)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ImportDialog", "Confirm the sender's key"),
        QCoreApplication.translate(
            "ImportDialog",
            "The file {file} comes from {name} ({level}), whose key is not known here yet.\n\n"
            "Fingerprint: {fingerprint}\nPhone code: {phone}\n\n"
            "Call {name} on a number you already know and ask them to read their "
            "fingerprint or phone code (File → Signing keys, or the command 'keys'). "
            "Trust this key only if it is the same. Files from {name} signed with any "
            "other key will then be refused.",
        ).format(
            file=file_name,
            **{k: key[k] for k in ("name", "level", "fingerprint", "phone")},
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("ImportDialog", "Trust this key")
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() not in (QMessageBox.StandardButton.No, QMessageBox.StandardButton.Cancel)
