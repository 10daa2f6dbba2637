"""Justering: approve and lock a meeting, the banner of a locked one, and reopening it.

Reopening needs a reason, which is logged with the checksum the content had; the log
stays visible on the meeting so nobody has to wonder why a checksum changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop import clock
from narvard_desktop.services import meetings as m
from narvard_desktop.ui.kit.date_fields import DateField
from narvard_desktop.ui.kit.forms import (
    ERROR_STYLE,
    TEXT_LIMIT,
    FieldErrors,
    dialog_buttons,
    plain_label,
    text_box,
)

_BANNER_STYLE = (
    "QFrame#lockBanner { background: #e8f3ec; border: 1px solid #9ccfb0; border-radius: 6px; }"
    " QLabel#lockTitle { font-size: 12pt; font-weight: 600; color: #14532d; }"
)
_LOG_STYLE = (
    "QFrame#reopenLog { background: #fff8e6; border: 1px solid #f0d48a; border-radius: 6px; }"
)


def adjuster_names(document: dict[str, Any]) -> str:
    names = [person["name"] for person in document.get("adjusters") or [] if person]
    return (
        QCoreApplication.translate("LockBanner", "{first} and {second}").format(
            first=names[0], second=names[1]
        )
        if len(names) == 2
        else (names[0] if names else "")
    )


class JusteringDialog(QDialog):
    """Confirm who approves and when, then the caller locks the meeting.

    With the store at hand the dialog lists every rule the meeting does not meet yet
    (held, protokoll, chair, secretary, the adjusters present, the date of approval) and
    keeps the button disabled until all hold.
    """

    def __init__(
        self, document: dict[str, Any], parent: QWidget | None = None, store: Any = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        meeting = document["meeting"]
        self.meeting_id = meeting.get("id")
        self.setWindowTitle(self.tr("Approve the minutes"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Approving (justera) locks the minutes of the meeting on {date}: the "
                    "content is frozen with a checksum and shown read-only. Changes later "
                    "need an explicit reopening with a reason."
                ).format(date=meeting["meeting_date"])
            )
        )
        form = QFormLayout()
        names = adjuster_names(document)
        self.adjusters = plain_label(names or self.tr("No minutes checkers chosen"))
        if not names:
            self.adjusters.setStyleSheet(ERROR_STYLE)
            self.adjusters.setToolTip(
                self.tr(
                    "Choose the people to verify the minutes under Details and attendance first."
                )
            )
        form.addRow(self.tr("Minutes checkers:"), self.adjusters)
        self.approval_date = DateField()
        self.approval_date.set_value(meeting.get("approval_date") or clock.today())
        form.addRow(self.tr("&Approval date:"), self.approval_date)
        layout.addLayout(form)
        self.problems = plain_label(style=ERROR_STYLE)
        self.problems.setObjectName("justeringProblems")
        layout.addWidget(self.problems)
        self.buttons = dialog_buttons(self, self.tr("&Approve and lock"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.buttons)
        self.approval_date.textChanged.connect(self.check)
        self.check()

    def problem_texts(self) -> list[str]:
        if self.store is None or not self.meeting_id:
            return []
        meeting = m.get_meeting(self.store, self.meeting_id)
        return m.justering_problems(self.store, meeting, self.approval_date.value())

    def check(self) -> bool:
        problems = self.problem_texts()
        self.problems.setText("\n".join(f"• {text}" for text in problems))
        self.problems.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)
        return not problems

    def accept(self) -> None:
        if not self.check():
            return
        super().accept()


class ReopenDialog(QDialog):
    """Ask why the approved minutes must change; the reason is required and logged."""

    def __init__(self, meeting_date: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open for changes"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "The minutes of {date} are approved. Opening them for changes is logged "
                    "with your reason, and the checksum changes when they are approved again."
                ).format(date=meeting_date)
            )
        )
        form = QFormLayout()
        errors = FieldErrors("meeting_reopenings")
        self.reason = text_box(110)
        self.reason.setPlaceholderText(
            self.tr("e.g. The minutes checkers asked for a corrected § 6.")
        )
        self.reason.textChanged.connect(self._update_ok)
        errors.row(form, self.tr("&Reason (required):"), "reason", self.reason)
        self.by = QLineEdit()
        self.by.setMaxLength(TEXT_LIMIT)
        self.by.setPlaceholderText(self.tr("Your name (optional)"))
        errors.row(form, self.tr("Opened &by:"), "reopened_by", self.by)
        layout.addLayout(form)
        self.buttons = dialog_buttons(self, self.tr("&Open for changes"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.buttons)
        self._update_ok()

    def reason_text(self) -> str:
        return self.reason.toPlainText()[:TEXT_LIMIT].strip()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason_text()))

    def accept(self) -> None:
        if not self.reason_text():
            self.reason.setFocus()
            return
        super().accept()


class LockBanner(QFrame):
    """ "Justerat … av …, innehållet är låst" with the checksum."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockBanner")
        self.setStyleSheet(_BANNER_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.title = plain_label()
        self.title.setObjectName("lockTitle")
        layout.addWidget(self.title)
        self.checksum = plain_label()
        self.checksum.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checksum.setToolTip(
            self.tr(
                "The SHA-256 checksum of the approved content. It shows that nothing "
                "has changed since approval."
            )
        )
        layout.addWidget(self.checksum)
        self.hide()

    def show_document(self, document: dict[str, Any]) -> None:
        lock = document.get("lock")
        if not lock:
            self.hide()
            return
        names = adjuster_names(document)
        if names:
            text = self.tr("Approved (justerat) {date} by {names}; the content is locked.")
        else:
            text = self.tr("Approved (justerat) {date}; the content is locked.")
        self.title.setText(text.format(date=lock.get("approval_date") or "", names=names))
        checksum = self.tr("Checksum (SHA-256): {checksum}").format(checksum=lock["checksum"])
        if lock.get("intact") is False:
            checksum += " " + self.tr(
                "— NOT trustworthy: the content does not match its checksum and the "
                "group's signature; it has been changed after justering."
            )
        elif lock.get("signed_by"):
            checksum += " " + self.tr("Signed with the group's key {key}.").format(
                key=lock["signed_by"]
            )
        self.checksum.setText(checksum)
        self.show()


class ReopenLog(QFrame):
    """Every reopening of the meeting: when, by whom, why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopenLog")
        self.setStyleSheet(_LOG_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.text = plain_label()
        layout.addWidget(self.text)
        self.hide()

    def show_document(self, document: dict[str, Any]) -> None:
        rows = document.get("reopenings") or []
        if not rows:
            self.hide()
            return
        lines = [self.tr("Opened for changes after approval:")]
        for row in rows:
            when = (row["reopened_at"] or "")[:16].replace("T", " ")
            line = self.tr("{when} UTC: {reason}").format(when=when, reason=row["reason"])
            if row.get("reopened_by"):
                line += self.tr(" (by {name})").format(name=row["reopened_by"])
            lines.append("• " + line)
        self.text.setText("\n".join(lines))
        self.show()
