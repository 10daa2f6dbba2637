"""What the standard items show: avvikelser by category, handlingsplan status, open action items."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.domain import ACTIVITY_STATUSES, label_for
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.questions import show_error
from narvard_desktop.ui.kit.table_helpers import fit_rows, make_table
from narvard_desktop.ui.meetings.agenda_item_models import (
    OpenActionItemModel,
)
from narvard_desktop.ui.meetings.models import RowsModel


class DeviationSummaryBox(QGroupBox):
    """Counts by category since the previous meeting; never a description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Deviations since the last meeting"))
        layout = QVBoxLayout(self)
        self.period = QLabel()
        self.period.setWordWrap(True)
        layout.addWidget(self.period)
        self.model = RowsModel([self.tr("Category"), self.tr("Number")], self)
        self.table = make_table(self.model, stretch_column=0, rows=4)
        self.model.modelReset.connect(self.refit)
        layout.addWidget(self.table)
        note = QLabel(self.tr("Counts only: the descriptions stay in the deviation log."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout.addWidget(note)

    def show_summary(self, summary: dict[str, Any]) -> None:
        if summary["since"]:
            self.period.setText(
                self.tr("Reported after {since} up to {until}: {total} in all.").format(
                    since=summary["since"], until=summary["until"], total=summary["total"]
                )
            )
        else:
            self.period.setText(
                self.tr("Reported up to {until}: {total} in all.").format(
                    until=summary["until"], total=summary["total"]
                )
            )
        rows: list[tuple[Any, ...]] = [(row["name"], row["count"]) for row in summary["rows"]]
        rows.append((self.tr("Total"), summary["total"]))
        self.model.set_rows(rows, bold_rows={len(rows) - 1})

    def refit(self) -> None:
        """As tall as its rows, measured again when the font changes (meeting mode)."""
        fit_rows(self.table)


class ActionPlanSummaryBox(QGroupBox):
    """Activities by status per way of working; what is delayed and what is due now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Action plan status"))
        layout = QVBoxLayout(self)
        self.as_of = QLabel()
        self.as_of.setWordWrap(True)
        layout.addWidget(self.as_of)
        headers = [self.tr("Way of working")]
        headers += [choice.label for choice in ACTIVITY_STATUSES]
        headers.append(self.tr("Delayed"))
        self.ways = RowsModel(headers, self)
        ways_table = make_table(self.ways, stretch_column=0, rows=4)
        self.ways.modelReset.connect(lambda: fit_rows(ways_table))
        self.ways_table = ways_table
        layout.addWidget(ways_table)
        self.delayed_title = QLabel()
        self.delayed_title.setObjectName("cardTitle")
        self.delayed_title.setWordWrap(True)
        layout.addWidget(self.delayed_title)
        activity_headers = [self.tr("Activity"), self.tr("Status"), self.tr("Due")]
        self.delayed = RowsModel(activity_headers, self)
        delayed_table = make_table(self.delayed, stretch_column=0, rows=3)
        self.delayed.modelReset.connect(lambda: fit_rows(delayed_table, 8))
        self.delayed_table = delayed_table
        layout.addWidget(delayed_table)
        self.due_title = QLabel()
        self.due_title.setObjectName("cardTitle")
        self.due_title.setWordWrap(True)
        layout.addWidget(self.due_title)
        self.due_soon = RowsModel(activity_headers, self)
        due_table = make_table(self.due_soon, stretch_column=0, rows=3)
        self.due_soon.modelReset.connect(lambda: fit_rows(due_table, 8))
        self.due_table = due_table
        layout.addWidget(due_table)

    def refit(self) -> None:
        """As tall as their rows, measured again when the font changes (meeting mode)."""
        fit_rows(self.ways_table)
        fit_rows(self.delayed_table, 8)
        fit_rows(self.due_table, 8)

    def show_summary(self, summary: dict[str, Any]) -> None:
        self.as_of.setText(self.tr("As of the meeting day {date}.").format(date=summary["as_of"]))
        codes = [choice.code for choice in ACTIVITY_STATUSES]
        self.ways.set_rows(
            [
                (
                    f"{way['code']} {way['name']}" if way["code"] else way["name"],
                    *(way["counts"].get(code, 0) for code in codes),
                    way["delayed"],
                )
                for way in summary["ways"]
            ]
        )

        def rows(entries: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
            return [
                (entry["title"], label_for(ACTIVITY_STATUSES, entry["status"]), entry["due_date"])
                for entry in entries
            ]

        self.delayed_title.setText(
            self.tr("Delayed activities ({count})").format(count=len(summary["delayed"]))
        )
        self.delayed.set_rows(rows(summary["delayed"]))
        if summary.get("next_meeting_date"):
            due_text = self.tr("Due before the next meeting, {date} ({count})")
            due_date = summary["next_meeting_date"]
        else:
            due_text = self.tr("Due by {date} ({count})")
            due_date = summary["due_until"]
        self.due_title.setText(due_text.format(date=due_date, count=len(summary["due_soon"])))
        self.due_soon.set_rows(rows(summary["due_soon"]))


class OpenActionItemsBox(QGroupBox):
    """Action items of earlier meetings that are not done; tick them off here."""

    edited = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Open action items from earlier meetings"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Tick an action item when it is done."))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.model = OpenActionItemModel(store, self)
        self.model.failed.connect(lambda error: show_error(self, error))
        self.model.edited.connect(self.edited)
        self.table = make_table(self.model, stretch_column=OpenActionItemModel.COL_WHAT, rows=4)
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("No open action items."))
        layout.addWidget(self.empty)

    def set_meeting(self, meeting_id: str | None) -> None:
        self.model.set_meeting(meeting_id)
        self.empty.setVisible(self.model.rowCount() == 0)
        self.table.setVisible(self.model.rowCount() > 0)
