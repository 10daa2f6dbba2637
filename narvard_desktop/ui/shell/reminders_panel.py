""" "Att göra" on the start page: what is due soon, each item opening its record.

Each row names what is due and when (overdue in the warning colour), opens the record
when clicked or when Enter is pressed on it, and has "Påminn igen" to leave it out for a
week. The list is read again whenever the start page is (its kinds are the page's).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop import clock
from narvard_desktop.services.reminders import Reminder, reminders, snooze
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.changes import write

# Kinds whose writes can change the list (the start page subscribes to these too).
REMINDER_KINDS = frozenset(
    {"activities", "deviations", "action_items", "meetings", "agenda_items", "settings"}
)
# More than this many rows would push the start page's figures out of sight.
# Characters of a title shown in full; a longer one ends in "…" (whole in its tooltip).
TITLE_CHARS = 60
MAX_SHOWN = 8


class RemindersPanel(QFrame):
    # A record to open: its kind (table) and id.
    open_record = Signal(str, str)
    # A section to show (the report upward opens Utbyte).
    open_section = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("To do"))
        self.title.setObjectName("cardTitle")
        layout.addWidget(self.title)
        self.empty = QLabel(self.tr("Nothing is due in the coming days."))
        layout.addWidget(self.empty)
        self.more = QLabel()
        self.rows_widget = QWidget()
        self.grid = QGridLayout(self.rows_widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(1, 1)
        layout.addWidget(self.rows_widget)
        layout.addWidget(self.more)
        self.items: list[Reminder] = []
        self.open_buttons: list[QPushButton] = []
        self.snooze_buttons: list[QPushButton] = []
        self.refresh()

    def refresh(self) -> None:
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.items = reminders(self.store)
        self.open_buttons, self.snooze_buttons = [], []
        today = clock.today()
        for row, item in enumerate(self.items[:MAX_SHOWN]):
            due = QLabel(item.due.isoformat())
            due.setProperty("warning", item.overdue(today))
            if item.overdue(today):
                due.setToolTip(self.tr("Overdue"))
                due.setStyleSheet("color: #b3261e; font-weight: bold;")
            # A long title is shortened, or the page would scroll sideways at 1200×780.
            shown = (
                item.title
                if len(item.title) <= TITLE_CHARS
                else item.title[: TITLE_CHARS - 1] + "…"
            )
            link = QPushButton(shown)
            link.setFlat(True)
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.setStyleSheet("text-align: left; padding: 2px;")
            link.setToolTip(self.tr("Open") + (f": {item.title}" if shown != item.title else ""))
            link.clicked.connect(lambda _=False, item=item: self._open(item))
            category = QLabel(item.category_label())
            category.setObjectName("hint")
            later = QPushButton(self.tr("Remind me later"))
            later.setToolTip(self.tr("Leave this out of the list for a week"))
            later.clicked.connect(lambda _=False, item=item: self._snooze(item))
            self.grid.addWidget(due, row, 0)
            self.grid.addWidget(link, row, 1)
            self.grid.addWidget(category, row, 2)
            self.grid.addWidget(later, row, 3)
            self.open_buttons.append(link)
            self.snooze_buttons.append(later)
        hidden = len(self.items) - MAX_SHOWN
        self.more.setVisible(hidden > 0)
        self.more.setText(self.tr("… and %n more", "", max(hidden, 0)))
        self.empty.setVisible(not self.items)
        self.title.setText(
            self.tr("To do (%n)", "", len(self.items)) if self.items else self.tr("To do")
        )

    def _open(self, item: Reminder) -> None:
        if item.record_id is None:
            self.open_section.emit(item.kind)
        else:
            self.open_record.emit(item.kind, item.record_id)

    def _snooze(self, item: Reminder) -> None:
        if write(self, self.store, lambda: snooze(self.store, item)):
            self.refresh()


def add_reminders_button(window: QMainWindow, show_start: Callable[[], None]) -> QPushButton:
    """At start: "Att göra (N)" in the status bar when something is due, one click away."""
    store: Store = window.store  # type: ignore[attr-defined]
    count = len(reminders(store))
    button = QPushButton(QCoreApplication.translate("RemindersPanel", "To do (%n)", "", count))
    button.setObjectName("remindersButton")
    button.setFlat(True)
    button.setToolTip(QCoreApplication.translate("RemindersPanel", "Show what is due soon"))
    button.clicked.connect(show_start)
    button.setVisible(count > 0)
    window.statusBar().addPermanentWidget(button)
    return button
