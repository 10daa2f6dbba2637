"""A section that is not built yet says what it will hold, so nobody wonders if it is broken."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from narvard_desktop.i18n import QT_TRANSLATE_NOOP


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sections", text)


@dataclass(frozen=True)
class EmptyState:
    title: str
    lead: str
    coming: tuple[str, ...]


class EmptyStatePage(QWidget):
    def __init__(self, state: EmptyState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        # A plain QWidget paints its style-sheet background only when asked to.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        heading = QLabel(_tr(state.title))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        lead = QLabel(_tr(state.lead))
        lead.setWordWrap(True)
        lead.setObjectName("lead")
        layout.addWidget(lead)
        card = QWidget()
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        intro = QLabel(self.tr("This section is being built. It will hold:"))
        intro.setObjectName("cardTitle")
        card_layout.addWidget(intro)
        for line in state.coming:
            item = QLabel("•  " + _tr(line))
            item.setWordWrap(True)
            card_layout.addWidget(item)
        layout.addWidget(card)
        layout.addStretch()


PLAN = EmptyState(
    QT_TRANSLATE_NOOP("Sections", "Action plan"),
    QT_TRANSLATE_NOOP(
        "Sections",
        "The group's handlingsplan: goals, indicators and activities tied to the "
        "Färdplan's six ways of working and five prerequisites.",
    ),
    (
        QT_TRANSLATE_NOOP("Sections", "Plans with goals, activities and status per way of working"),
        QT_TRANSLATE_NOOP(
            "Sections", "Indicators with measured values and a chart against the target"
        ),
        QT_TRANSLATE_NOOP("Sections", "What is delayed and what is due before the next meeting"),
        QT_TRANSLATE_NOOP("Sections", "Export to and import from Excel"),
    ),
)
DEVIATIONS = EmptyState(
    QT_TRANSLATE_NOOP("Sections", "Deviations"),
    QT_TRANSLATE_NOOP(
        "Sections", "An anonymised log of avvikelser i samverkan: what happened, never who."
    ),
    (
        QT_TRANSLATE_NOOP(
            "Sections", "Logging with risk score, category and the 60-day answer clock"
        ),
        QT_TRANSLATE_NOOP("Sections", "Overdue answers highlighted"),
        QT_TRANSLATE_NOOP(
            "Sections", "A check that stops personal identity numbers from leaving the group"
        ),
    ),
)
MEETINGS = EmptyState(
    QT_TRANSLATE_NOOP("Sections", "Meetings"),
    QT_TRANSLATE_NOOP("Sections", "Prepare, run and document the group's meetings."),
    (
        QT_TRANSLATE_NOOP("Sections", "Agenda prefilled from the standard agenda, with § numbers"),
        QT_TRANSLATE_NOOP("Sections", "Attendance, notes, att-decisions and action items"),
        QT_TRANSLATE_NOOP("Sections", "Kallelse and protocol as PDF, justering and locking"),
    ),
)
FOLLOW_UP = EmptyState(
    QT_TRANSLATE_NOOP("Sections", "Follow-up"),
    QT_TRANSLATE_NOOP("Sections", "Charts the group looks at in its meetings and sends upward."),
    (
        QT_TRANSLATE_NOOP("Sections", "Deviations per category and month, and who reports on whom"),
        QT_TRANSLATE_NOOP("Sections", "Answers within the deadline"),
        QT_TRANSLATE_NOOP("Sections", "Activities by status per way of working, indicator trends"),
    ),
)
EXCHANGE = EmptyState(
    QT_TRANSLATE_NOOP("Sections", "Exchange"),
    QT_TRANSLATE_NOOP(
        "Sections",
        "Send the group's data upward and receive county templates, by file: "
        "no server and no network.",
    ),
    (
        QT_TRANSLATE_NOOP("Sections", "Export one file to mail or put on a shared drive"),
        QT_TRANSLATE_NOOP("Sections", "Import files from the groups below, with a preview first"),
        QT_TRANSLATE_NOOP("Sections", "A ledger of every file sent and received"),
    ),
)
