"""The Avvikelser section: the filtered log, the editor and the personnummer check."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QDate,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.domain import DEVIATION_OPEN_STATES, DEVIATION_STATES
from narvard_desktop.privacy import scan_database
from narvard_desktop.services.deviation_list import (
    TEXT_MATCH_CAP,
    DeviationFilters,
    count_deviations,
    count_is_capped,
)
from narvard_desktop.services.deviations import group_rules
from narvard_desktop.services.directory import organisation_choices
from narvard_desktop.store import Store
from narvard_desktop.ui.deviations.form import DeviationDialog
from narvard_desktop.ui.deviations.list_model import (
    COL_CATEGORY,
    COL_DESCRIPTION,
    COL_GROUP,
    COL_ORGANISATIONS,
    COL_REPORTED,
    COL_STATE,
    SORT_KEY_BY_COLUMN,
    DeviationTableModel,
)
from narvard_desktop.ui.deviations.privacy_scan_dialog import PrivacyScanDialog
from narvard_desktop.ui.kit.changes import publish_writes
from narvard_desktop.ui.kit.combos import show_whole_text
from narvard_desktop.ui.kit.group_selector import ALL, GroupSelector, show_group_column
from narvard_desktop.ui.kit.operations import run_operation
from narvard_desktop.ui.kit.paged_model import ID_ROLE
from narvard_desktop.ui.kit.privacy_hint import exempt
from narvard_desktop.ui.kit.sections import FILTER_OPEN, FILTER_OVERDUE, build_offered
from narvard_desktop.ui.kit.table_helpers import fit_columns

_NO_DATE = QDate(2000, 1, 1)
_OPEN = "__open__"


class DeviationsPage(QWidget):
    """The list of avvikelser with filters; opens the editor and runs the personnummer check."""

    # A personnummer hit outside the avvikelser: (table name, record id) for the main
    # window to open in the section that owns it.
    record_requested = Signal(str, str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.dialog: DeviationDialog | None = None
        self.scan_dialog: PrivacyScanDialog | None = None
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)

        heading = QLabel(self.tr("Deviations in collaboration"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        lead = QLabel(
            self.tr(
                "An anonymised log: what happened, never who. The case itself is handled in "
                "the reporting organisation's own system."
            )
        )
        lead.setObjectName("lead")
        lead.setWordWrap(True)
        layout.addWidget(lead)

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New deviation"))
        self.new_button.setToolTip(self.tr("Log a new deviation (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_deviation)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the selected deviation (Enter or double-click)"))
        self.open_button.clicked.connect(self.open_current)
        self.activity_button = QPushButton(self.tr("Improvement &activity from selected…"))
        self.activity_button.setToolTip(
            self.tr("Turn the selected deviations into one activity in an action plan.")
        )
        self.activity_button.clicked.connect(self.activity_from_selected)
        self.scan_button = QPushButton(self.tr("&Personal identity number check…"))
        self.scan_button.setToolTip(
            self.tr(
                "Search every text in the database for personal identity numbers and "
                "coordination numbers. The numbers themselves are never shown."
            )
        )
        self.scan_button.clicked.connect(self.run_privacy_scan)
        for button in (self.new_button, self.open_button, self.activity_button):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.scan_button)
        layout.addLayout(actions)
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_deviation)
        new_shortcut.setWhatsThis(self.tr("New deviation"))

        # Upper levels choose whose avvikelser to see; a local group never sees this.
        self.group_selector = GroupSelector(self.store)
        self.group_selector.selection_changed.connect(lambda _selection: self.apply_filters())
        layout.addWidget(self.group_selector)
        layout.addWidget(self._build_filters())

        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setObjectName("hint")
        layout.addWidget(self.count_label)

        self.model = DeviationTableModel(store, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        # Long category and organisation names are cut in the cell (the tooltip has them)
        # so that "what happened" keeps room to be read.
        fit_columns(
            self.table,
            COL_DESCRIPTION,
            most={COL_CATEGORY: 170, COL_ORGANISATIONS: 210, COL_STATE: 130},
        )
        show_group_column(self.table, COL_GROUP, False)
        header.setSortIndicator(COL_REPORTED, Qt.SortOrder.DescendingOrder)
        self._sort_indicator = (COL_REPORTED, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(lambda _index: self.open_current())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("lead")
        layout.addWidget(self.empty_label)

        self.legend = QLabel(
            self.tr(
                "Red due date with a warning sign: the answer is overdue. Bold risk with an "
                "i: needs deeper analysis. Red cross by a text: it looks like it holds a "
                "personal identity number. Other groups' avvikelser are read-only here."
            )
        )
        self.legend.setWordWrap(True)
        self.legend.setObjectName("hint")
        layout.addWidget(self.legend)
        self.refresh()

    # --- filters -----------------------------------------------------------------------------

    def _build_filters(self) -> QWidget:
        box = QFrame()
        box.setObjectName("card")
        grid = QGridLayout(box)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setHorizontalSpacing(10)

        self.search = QLineEdit()
        exempt(self.search, "a search: never stored")
        self.search.setPlaceholderText(self.tr("Search the texts…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr("Searches description, actions, answer and external reference.")
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self.category_filter = QComboBox()
        self.state_filter = QComboBox()
        self.reporting_filter = QComboBox()
        self.receiving_filter = QComboBox()
        self.from_date = self._filter_date(self.tr("From the start"))
        self.to_date = self._filter_date(self.tr("Until now"))
        self.overdue_filter = QCheckBox(self.tr("Only o&verdue answers"))
        self.analysis_filter = QCheckBox()
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        def label(text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text)
            widget.setBuddy(buddy)
            return widget

        grid.addWidget(label(self.tr("&Search:"), self.search), 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 3)
        grid.addWidget(label(self.tr("Ca&tegory:"), self.category_filter), 0, 4)
        grid.addWidget(self.category_filter, 0, 5)
        grid.addWidget(label(self.tr("Stat&e:"), self.state_filter), 0, 6)
        grid.addWidget(self.state_filter, 0, 7)
        grid.addWidget(label(self.tr("&Reporting:"), self.reporting_filter), 1, 0)
        grid.addWidget(self.reporting_filter, 1, 1)
        grid.addWidget(label(self.tr("Rece&iving:"), self.receiving_filter), 1, 2)
        grid.addWidget(self.receiving_filter, 1, 3)
        grid.addWidget(label(self.tr("Reported &from:"), self.from_date), 1, 4)
        grid.addWidget(self.from_date, 1, 5)
        grid.addWidget(label(self.tr("&until:"), self.to_date), 1, 6)
        grid.addWidget(self.to_date, 1, 7)
        checks = QHBoxLayout()
        checks.addWidget(self.overdue_filter)
        checks.addWidget(self.analysis_filter)
        checks.addStretch()
        checks.addWidget(self.clear_button)
        grid.addLayout(checks, 2, 0, 1, 8)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 2)
        grid.setColumnStretch(7, 1)

        for combo in (
            self.category_filter,
            self.state_filter,
            self.reporting_filter,
            self.receiving_filter,
        ):
            combo.currentIndexChanged.connect(self.apply_filters)
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            show_whole_text(combo, most=260)
        for date_filter in (self.from_date, self.to_date):
            date_filter.dateChanged.connect(self.apply_filters)
        for check in (self.overdue_filter, self.analysis_filter):
            check.toggled.connect(self.apply_filters)
        return box

    def _filter_date(self, empty_text: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        # The lowest date stands for "no limit" and shows as words instead of a date.
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(empty_text)
        edit.setDate(_NO_DATE)
        edit.setToolTip(self.tr("Clear with the Clear filters button."))
        return edit

    def _fill_filter_choices(self) -> None:
        """Refill the lists (organisations and categories can change) keeping the choice."""
        self._filling = True
        try:
            kept = {
                combo: combo.currentData()
                for combo in (
                    self.category_filter,
                    self.state_filter,
                    self.reporting_filter,
                    self.receiving_filter,
                )
            }
            self.category_filter.clear()
            self.category_filter.addItem(self.tr("All categories"), None)
            for row in self.store.reference.categories():
                self.category_filter.addItem(row["name"], row["code"])
            self.state_filter.clear()
            self.state_filter.addItem(self.tr("All states"), None)
            self.state_filter.addItem(self.tr("Open (not closed)"), _OPEN)
            for choice in DEVIATION_STATES:
                self.state_filter.addItem(choice.label, choice.code)
            organisations = organisation_choices(self.store)
            for combo, everyone in (
                (self.reporting_filter, self.tr("All reporting")),
                (self.receiving_filter, self.tr("All receiving")),
            ):
                combo.clear()
                combo.addItem(everyone, None)
                for org_id, name in organisations:
                    combo.addItem(name, org_id)
            for combo, value in kept.items():
                combo.setCurrentIndex(max(combo.findData(value), 0))
            threshold = group_rules(self.store)[0]
            self.analysis_filter.setText(
                self.tr("Only &high risk: ≥ {threshold}, needs deeper analysis").format(
                    threshold=threshold
                )
            )
        finally:
            self._filling = False

    def current_filters(self) -> DeviationFilters:
        state = self.state_filter.currentData()
        states: tuple[str, ...] = ()
        if state == _OPEN:
            states = DEVIATION_OPEN_STATES
        elif state:
            states = (state,)
        category = self.category_filter.currentData()
        return DeviationFilters(
            category_codes=(category,) if category else (),
            reporting_organisation_id=self.reporting_filter.currentData(),
            receiving_organisation_id=self.receiving_filter.currentData(),
            states=states,
            overdue_only=self.overdue_filter.isChecked(),
            needs_analysis_only=self.analysis_filter.isChecked(),
            reported_from=None
            if self.from_date.date() == _NO_DATE
            else self.from_date.date().toString("yyyy-MM-dd"),
            reported_to=None
            if self.to_date.date() == _NO_DATE
            else self.to_date.date().toString("yyyy-MM-dd"),
            text=self.search.text() or None,
            group_ids=self.group_selector.selection().group_ids,
        )

    def apply_filters(self) -> None:
        if getattr(self, "_filling", False):
            return
        self._search_timer.stop()
        self.model.set_filters(self.current_filters())
        self._update_counts()

    def clear_filters(self) -> None:
        self._filling = True
        for combo in (
            self.category_filter,
            self.state_filter,
            self.reporting_filter,
            self.receiving_filter,
        ):
            combo.setCurrentIndex(0)
        for date_filter in (self.from_date, self.to_date):
            date_filter.setDate(_NO_DATE)
        for check in (self.overdue_filter, self.analysis_filter):
            check.setChecked(False)
        self.search.clear()
        self._filling = False
        self.apply_filters()

    def show_filtered(self, _table: str, filter_name: str) -> None:
        """Every group's open avvikelser (FILTER_OPEN) or those whose answer is overdue
        (FILTER_OVERDUE): exactly what the start page counted."""
        self._filling = True
        self.group_selector.set_mode(ALL)
        self._filling = False
        self.clear_filters()
        self._filling = True
        if filter_name == FILTER_OPEN:
            self.state_filter.setCurrentIndex(self.state_filter.findData(_OPEN))
        elif filter_name == FILTER_OVERDUE:
            self.overdue_filter.setChecked(True)
        self._filling = False
        self.apply_filters()

    def _filters_active(self) -> bool:
        return self.current_filters() != DeviationFilters()

    # --- list ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything again: after an import, a settings change or another section's edit."""
        self.store.reload_reference()
        self.group_selector.refresh()
        self._fill_filter_choices()
        self.model.set_filters(self.current_filters())
        self._update_counts()

    def _update_counts(self) -> None:
        show_group_column(self.table, COL_GROUP, self.group_selector.several_groups_shown())
        shown = self.model.rowCount()
        overdue = count_deviations(self.store, replace(self.model.filters, overdue_only=True))
        filters = self.model.filters
        if count_is_capped(filters, shown):
            # A common word: the list holds the most recently written matches only.
            self.count_label.setText(
                self.tr(
                    "More than %n deviations hold the words; the most recently written are "
                    "shown. Add a word or a filter to narrow the list.",
                    "",
                    TEXT_MATCH_CAP,
                )
            )
        else:
            self.count_label.setText(
                self.tr("%n deviation(s) shown", "", shown)
                + " · "
                + self.tr("%n with the answer overdue", "", overdue)
            )
        if shown == 0:
            self.empty_label.setText(
                self.tr("No deviation matches the filters.")
                if self._filters_active()
                else self.tr("No deviations logged yet. Press New deviation (Ctrl+N) to log one.")
            )
        self.empty_label.setVisible(shown == 0)
        if shown and not self.table.currentIndex().isValid():
            # Enter opens straight away, without a click first.
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.selected_ids())
        self.open_button.setEnabled(self.table.currentIndex().isValid())
        self.activity_button.setEnabled(selected)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column in SORT_KEY_BY_COLUMN:
            self._sort_indicator = (column, order)
            return
        # Free text and name pairs are not sortable: put the arrow back where the sort is.
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self._sort_indicator)
        header.blockSignals(False)

    def selected_ids(self) -> list[str]:
        selection = self.table.selectionModel()
        if selection is None:
            return []
        return [self.model.data(index, ID_ROLE) for index in selection.selectedRows()]

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def select_deviation(self, deviation_id: str) -> None:
        row = self.model.row_of_id(deviation_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # --- editing -------------------------------------------------------------------------------

    def _show_dialog(self, dialog: DeviationDialog) -> DeviationDialog:
        self.dialog = dialog
        dialog.deviation_saved.connect(self._after_save)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def new_deviation(self) -> DeviationDialog:
        return self._show_dialog(DeviationDialog(self.store, None, self))

    def open_deviation(self, deviation_id: str) -> DeviationDialog:
        return self._show_dialog(DeviationDialog(self.store, deviation_id, self))

    def open_record(self, table: str, record_id: str) -> None:
        """Open a record the main window was asked to show, when it is an avvikelse."""
        if table == "deviations":
            self.open_deviation(record_id)

    def open_current(self) -> DeviationDialog | None:
        deviation_id = self.current_id()
        return self.open_deviation(deviation_id) if deviation_id else None

    def _after_save(self, deviation_id: str) -> None:
        self.model.reload()
        self._update_counts()
        self.select_deviation(deviation_id)
        publish_writes(self, self.store)

    def activity_from_selected(self) -> QDialog | None:
        ids = self.selected_ids()
        if not ids:
            return None
        # The plan section lends its dialog through the registry.
        dialog: QDialog = build_offered("improvement_activity", self.store, ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: publish_writes(self, self.store))
        dialog.open()
        return dialog

    # --- the personnummer check ----------------------------------------------------------------

    def run_privacy_scan(self) -> None:
        run_operation(
            self,
            self.store.data_dir,
            lambda store, _progress: scan_database(store),
            self.tr("Searching for personal identity numbers…"),
            on_success=self.show_scan_result,
        )

    def show_scan_result(self, hits: list[dict[str, Any]]) -> PrivacyScanDialog:
        dialog = PrivacyScanDialog(hits, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open_requested.connect(self.open_hit)
        self.scan_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "scan_dialog", None))
        dialog.open()
        return dialog

    def open_hit(self, hit: dict[str, Any]) -> None:
        kind, record_id = hit["kind"], hit["record_id"]
        if kind == "deviation_events":
            kind, record_id = (
                "deviations",
                self.store.record(kind, record_id)["deviation_id"],
            )
        if kind == "deviations":
            self.open_deviation(record_id)
        else:
            self.record_requested.emit(kind, record_id)
