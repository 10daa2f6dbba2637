"""The foot of a dialog that previews a file before reading it in: a summary, the rows
that stop it (the first few, then how many more), and Close / Read in.

Read in stays off until a preview has something to write and no row stops it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QVBoxLayout

from narvard_desktop.ui.kit.forms import ERROR_STYLE, plain_label

SHOWN_PROBLEMS = 8


class ReadInFooter:
    def __init__(self, read_in: Callable[[], None], close: Callable[[], None]) -> None:
        self.summary = plain_label("")
        self.problems = plain_label("", ERROR_STYLE)
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.read_button: QPushButton = self.buttons.addButton(
            QCoreApplication.translate("ReadInFooter", "&Read in"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.read_button.setEnabled(False)
        self.buttons.accepted.connect(read_in)
        self.buttons.rejected.connect(close)

    def add_to(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    def clear(self) -> None:
        """Before a new file is read: nothing to say yet, nothing to read in."""
        self.summary.setText("")
        self.problems.hide()
        self.read_button.setEnabled(False)

    def show_refusal(self, message: str) -> None:
        """The whole file could not be read: one sentence instead of a preview."""
        self.summary.setText("")
        self.problems.setText(message)
        self.problems.show()

    def show_preview(self, summary: str, problem_lines: Sequence[str], changes: int) -> None:
        self.summary.setText(summary)
        if problem_lines:
            lines = list(problem_lines[:SHOWN_PROBLEMS])
            hidden = len(problem_lines) - SHOWN_PROBLEMS
            if hidden > 0:
                lines.append(
                    QCoreApplication.translate("ReadInFooter", "… and %n more row(s).", "", hidden)
                )
            lines.append(
                QCoreApplication.translate(
                    "ReadInFooter", "Nothing can be read in until these rows are corrected."
                )
            )
            self.problems.setText("\n".join(lines))
            self.problems.show()
        else:
            self.problems.hide()
        self.read_button.setEnabled(bool(changes) and not problem_lines)
