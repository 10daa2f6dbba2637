"""Planera året: a series of meetings in one dialog, and later shifted or extended.

The dates are worked out by the core (`services/year_plan.py`) and shown before anything
is written; OK creates every meeting of the series in one transaction.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop import clock
from narvard_desktop.errors import NarvardError
from narvard_desktop.services import year_plan as yp
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.changes import write
from narvard_desktop.ui.kit.date_fields import date_edit, iso
from narvard_desktop.ui.kit.forms import dialog_buttons
from narvard_desktop.ui.kit.privacy_hint import exempt, with_privacy_hint

_WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


class YearPlanDialog(QDialog):
    """Tab one plans a new series; tab two shifts or extends one made before."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.created: yp.Series | None = None
        self.setWindowTitle(self.tr("Plan the year"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._new_series_tab(), self.tr("New series"))
        self.tabs.addTab(self._change_series_tab(), self.tr("Change a series"))
        layout.addWidget(self.tabs)
        self.buttons = dialog_buttons(self, self.tr("&Create meetings"))
        layout.addWidget(self.buttons)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.update_preview()

    # New series ------------------------------------------------------------------------

    def _new_series_tab(self) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        form = QFormLayout()
        self.by_rule = QRadioButton(self.tr("On a rhythm"))
        self.by_list = QRadioButton(self.tr("On these dates"))
        self.by_rule.setChecked(True)
        form.addRow(self.by_rule)
        self.first = date_edit()
        start = clock.today()
        self.first.setDate(date(start.year + 1, 1, 14) if start.month >= 10 else start)
        form.addRow(self.tr("&First meeting:"), self.first)
        self.every = QSpinBox()
        self.every.setRange(1, 52)
        self.every.setValue(6)
        self.every.setSuffix(self.tr(" weeks"))
        form.addRow(self.tr("&Every:"), self.every)
        self.count = QSpinBox()
        self.count.setRange(1, yp.MAX_MEETINGS)
        self.count.setValue(6)
        form.addRow(self.tr("&Number of meetings:"), self.count)
        self.skip_holidays = QCheckBox(self.tr("Skip public holidays (a week later)"))
        self.skip_holidays.setChecked(True)
        form.addRow(self.skip_holidays)
        self.summer_break = QCheckBox(self.tr("Summer break 15 June – 15 August"))
        self.summer_break.setChecked(True)
        form.addRow(self.summer_break)
        form.addRow(self.by_list)
        self.dates = exempt(QPlainTextEdit(), "dates, one a line, checked as dates")
        self.dates.setPlaceholderText(self.tr("One date a line, YYYY-MM-DD"))
        self.dates.setFixedHeight(70)
        form.addRow(self.dates)
        times = QHBoxLayout()
        self.start_time = QLineEdit("13:00")
        self.end_time = QLineEdit("15:30")
        self.start_time.setAccessibleName(self.tr("Starts at"))
        self.end_time.setAccessibleName(self.tr("Ends at"))
        for edit in (self.start_time, self.end_time):
            edit.setInputMask("99:99")
            exempt(edit, "a clock time")
            edit.setMaximumWidth(70)
        times.addWidget(self.start_time)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end_time)
        times.addStretch()
        time_label = QLabel(self.tr("&Time:"))
        time_label.setBuddy(self.start_time)
        form.addRow(time_label, times)
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        form.addRow(self.tr("&Place:"), with_privacy_hint(self.place))
        layout.addLayout(form, 3)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("The meetings:")))
        self.preview = QListWidget()
        side.addWidget(self.preview, 1)
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.preview_note.setObjectName("hint")
        side.addWidget(self.preview_note)
        layout.addLayout(side, 2)
        for signal in (
            self.first.dateChanged,
            self.every.valueChanged,
            self.count.valueChanged,
            self.skip_holidays.toggled,
            self.summer_break.toggled,
            self.by_rule.toggled,
            self.dates.textChanged,
        ):
            signal.connect(lambda *_: self.update_preview())
        return tab

    def rule(self) -> yp.SeriesRule:
        return yp.SeriesRule(
            first=date.fromisoformat(iso(self.first)),
            every_weeks=self.every.value(),
            count=self.count.value(),
            skip_holidays=self.skip_holidays.isChecked(),
            summer_break=yp.DEFAULT_SUMMER_BREAK if self.summer_break.isChecked() else None,
        )

    def planned_dates(self) -> list[date]:
        """The dates OK would create (ValidationError when the input cannot make any)."""
        if self.by_list.isChecked():
            return yp.parse_dates(self.dates.toPlainText())
        return yp.series_dates(self.rule())

    def update_preview(self) -> None:
        for widget in (self.first, self.every, self.count, self.skip_holidays):
            widget.setEnabled(self.by_rule.isChecked())
        self.summer_break.setEnabled(self.by_rule.isChecked())
        self.dates.setEnabled(self.by_list.isChecked())
        self.preview.clear()
        try:
            days = self.planned_dates()
        except NarvardError as error:
            self.preview_note.setText(str(error))
            return
        for day in days:
            self.preview.addItem(f"{day.isoformat()}  {_WEEKDAYS[day.weekday()]}")
        self.preview_note.setText(
            self.tr("%n meeting(s), each with the standard agenda.", "", len(days))
        )

    # Change a series -------------------------------------------------------------------

    def _change_series_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.series_choice = QComboBox()
        form.addRow(self.tr("&Series:"), self.series_choice)
        shift_row = QHBoxLayout()
        self.shift_days = QSpinBox()
        self.shift_days.setRange(-365, 365)
        self.shift_days.setValue(7)
        self.shift_days.setSuffix(self.tr(" days"))
        self.shift_from = date_edit()
        self.shift_button = QPushButton(self.tr("&Move"))
        self.shift_button.clicked.connect(self.shift)
        shift_row.addWidget(self.shift_days)
        shift_row.addWidget(QLabel(self.tr("from")))
        shift_row.addWidget(self.shift_from)
        shift_row.addWidget(self.shift_button)
        form.addRow(self.tr("Move the meetings:"), shift_row)
        extend_row = QHBoxLayout()
        self.extend_count = QSpinBox()
        self.extend_count.setRange(1, 20)
        self.extend_count.setValue(3)
        self.extend_button = QPushButton(self.tr("E&xtend"))
        self.extend_button.clicked.connect(self.extend)
        extend_row.addWidget(self.extend_count)
        extend_row.addWidget(self.extend_button)
        extend_row.addStretch()
        form.addRow(self.tr("Add meetings at the end:"), extend_row)
        self.change_note = QLabel()
        self.change_note.setWordWrap(True)
        self.change_note.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.change_note)
        self._fill_series()
        return tab

    def _fill_series(self) -> None:
        self.series_choice.clear()
        for series in yp.list_series(self.store):
            meetings = yp.series_meetings(self.store, series.id)
            if not meetings:
                continue
            label = self.tr("{count} meetings, {first} – {last}").format(
                count=len(meetings),
                first=meetings[0]["meeting_date"],
                last=meetings[-1]["meeting_date"],
            )
            self.series_choice.addItem(label, series.id)
        has_series = self.series_choice.count() > 0
        for widget in (self.shift_button, self.extend_button):
            widget.setEnabled(has_series)
        if not has_series:
            self.change_note.setText(self.tr("No series has been planned yet."))

    def _tab_changed(self, index: int) -> None:
        self.buttons.button(self.buttons.StandardButton.Ok).setVisible(index == 0)

    def shift(self) -> None:
        series_id = self.series_choice.currentData()
        days, start = self.shift_days.value(), date.fromisoformat(iso(self.shift_from))
        done = write(self, self.store, lambda: yp.shift_series(self.store, series_id, days, start))
        if done:
            self.change_note.setText(self.tr("%n meeting(s) moved.", "", done.value or 0))
            self._fill_series()

    def extend(self) -> None:
        series_id = self.series_choice.currentData()
        count = self.extend_count.value()
        done = write(self, self.store, lambda: yp.extend_series(self.store, series_id, count))
        if done:
            self.change_note.setText(self.tr("%n meeting(s) added.", "", len(done.value or [])))
            self._fill_series()

    def accept(self) -> None:
        by_list = self.by_list.isChecked()

        def work() -> yp.Series:
            days = self.planned_dates()
            return yp.plan_series(
                self.store,
                None if by_list else self.rule(),
                days if by_list else (),
                start_time=self.start_time.text().strip(": ") or None,
                end_time=self.end_time.text().strip(": ") or None,
                place=self.place.text().strip() or None,
            )

        done = write(self, self.store, work)
        if done:
            self.created = done.value
            super().accept()
