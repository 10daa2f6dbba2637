"""The Årshjul page: a year chosen with arrows, painted on top, listed below."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop import clock
from narvard_desktop.services.year_wheel import CATEGORIES, YearEntry, year_entries
from narvard_desktop.store import Store
from narvard_desktop.ui.year_wheel.report_dates_dialog import ReportDatesDialog
from narvard_desktop.ui.year_wheel.timeline import YearTimeline

_ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class YearWheelPage(QWidget):
    open_record = Signal(str, str)
    open_section = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.year = clock.today().year
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        header.addWidget(self.title)
        header.addStretch()
        self.previous_button = QPushButton(self.tr("◀ &Previous year"))
        self.previous_button.clicked.connect(lambda: self.show_year(self.year - 1))
        self.this_year_button = QPushButton(self.tr("&This year"))
        self.this_year_button.clicked.connect(lambda: self.show_year(clock.today().year))
        self.next_button = QPushButton(self.tr("&Next year ▶"))
        self.next_button.clicked.connect(lambda: self.show_year(self.year + 1))
        self.report_dates_button = QPushButton(self.tr("&Reporting dates…"))
        self.report_dates_button.setToolTip(
            self.tr("When the group reports to the level above (shown here and in To do).")
        )
        self.report_dates_button.clicked.connect(self.edit_report_dates)
        for button in (
            self.previous_button,
            self.this_year_button,
            self.next_button,
            self.report_dates_button,
        ):
            header.addWidget(button)
        layout.addLayout(header)
        lead = QLabel(
            self.tr(
                "The group's year at a glance: meetings, reports upward, plan periods, "
                "indicator periods and due dates. Click a mark or choose a row to open it."
            )
        )
        lead.setObjectName("lead")
        lead.setWordWrap(True)
        layout.addWidget(lead)
        self.timeline = YearTimeline()
        self.timeline.entry_clicked.connect(self.open_entry)
        layout.addWidget(self.timeline)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Kind")])
        self.list.setRootIsDecorated(False)
        self.list.setColumnWidth(0, 200)
        self.list.setColumnWidth(1, 520)
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.list, 1)
        earlier = QShortcut(
            QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.show_year(self.year - 1)
        )
        earlier.setWhatsThis(self.tr("The year before"))
        later = QShortcut(
            QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.show_year(self.year + 1)
        )
        later.setWhatsThis(self.tr("The year after"))
        self.entries: list[YearEntry] = []
        self.refresh()

    def edit_report_dates(self) -> ReportDatesDialog:
        dialog = ReportDatesDialog(self.store, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def show_year(self, year: int) -> None:
        self.year = year
        self.refresh()

    def refresh(self) -> None:
        self.title.setText(self.tr("Year wheel {year}").format(year=self.year))
        self.entries = year_entries(self.store, self.year)
        labels = {}
        for category in CATEGORIES:
            found = next((e for e in self.entries if e.category == category), None)
            labels[category] = found.category_label() if found else _label(category)
        self.timeline.set_entries(self.year, self.entries, labels)
        self.list.clear()
        for entry in sorted(self.entries, key=lambda e: (e.start, CATEGORIES.index(e.category))):
            when = entry.start.isoformat()
            if entry.end > entry.start:
                when += f" – {entry.end.isoformat()}"
            row = QTreeWidgetItem(self.list, [when, entry.title, entry.category_label()])
            row.setData(0, _ENTRY_ROLE, entry)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entry = item.data(0, _ENTRY_ROLE)
        if isinstance(entry, YearEntry):
            self.open_entry(entry)

    def open_entry(self, entry: YearEntry) -> None:
        if entry.record_id is None:
            self.open_section.emit(entry.kind)
        else:
            self.open_record.emit(entry.kind, entry.record_id)


def _label(category: str) -> str:
    from narvard_desktop.i18n import translate
    from narvard_desktop.services.year_wheel import CATEGORY_LABELS, CONTEXT

    return translate(CONTEXT, CATEGORY_LABELS[category])
