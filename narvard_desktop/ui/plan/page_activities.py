"""The Handlingsplan page's activities: the windowed list with its filters, the marked
row's quick actions and the editor beside the list.

A part of `PlanPage` (mixed into it), kept apart by feature. Its texts keep the page's
translation context (PlanPage), where the catalogue has them.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.domain import ACTIVITY_CLOSED_STATUSES, ACTIVITY_STATUSES
from narvard_desktop.services import action_plans
from narvard_desktop.services.activities import (
    STATUS_CODES,
    ActivityFilter,
    set_activity_status,
)
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.changes import publish_writes, write
from narvard_desktop.ui.kit.group_selector import show_group_column
from narvard_desktop.ui.kit.paged_model import ID_ROLE
from narvard_desktop.ui.kit.privacy_hint import exempt
from narvard_desktop.ui.kit.questions import confirm
from narvard_desktop.ui.kit.sections import FILTER_DELAYED, FILTER_OPEN
from narvard_desktop.ui.kit.table_helpers import fit_columns
from narvard_desktop.ui.plan.activity_editor import ActivityEditor
from narvard_desktop.ui.plan.activity_model import (
    COL_CHECKIN,
    COL_GOAL,
    COL_GROUP,
    COL_RESPONSIBLE,
    COL_TITLE,
    COL_WAY,
    ActivityTableModel,
)

TAB_ACTIVITIES, TAB_INDICATORS, TAB_OVERVIEW = range(3)
# The plan chooser's entry for "every plan of every group" (upper levels).
ALL_PLANS = "*"
_SEARCH_PAUSE_MS = 250
_OPEN_STATUSES = tuple(code for code in STATUS_CODES if code not in ACTIVITY_CLOSED_STATUSES)
_DETAIL_COLUMNS = (COL_GOAL, COL_WAY, COL_RESPONSIBLE, COL_CHECKIN)
# The activity editor's least width: its longest choices (ways of working) fit whole.
EDITOR_WIDTH = 440


class PlanActivities:
    """The activity list, its filters, the marked row and the editor of `PlanPage`."""

    # Set up by PlanPage.__init__ (the mixin has no constructor of its own).
    store: Store
    plan_id: str | None
    goal_id: str | None

    def _build_activities(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(6, 8, 6, 6)

        filters = QHBoxLayout()
        self.search_edit = QLineEdit()
        exempt(self.search_edit, "a search: never stored")
        self.search_edit.setPlaceholderText(
            QCoreApplication.translate("PlanPage", "Search title and description (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(200)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(_SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.status_filter = QComboBox()
        # Item data is a comma-separated list of codes: Qt keeps strings exactly.
        self.status_filter.addItem(QCoreApplication.translate("PlanPage", "All statuses"), "")
        self.status_filter.addItem(
            QCoreApplication.translate("PlanPage", "Not finished"), ",".join(_OPEN_STATUSES)
        )
        for choice in ACTIVITY_STATUSES:
            self.status_filter.addItem(choice.label, choice.code)
        self.way_filter = QComboBox()
        self.way_filter.setToolTip(
            QCoreApplication.translate(
                "PlanPage", "The Färdplan's ways of working (A1–A6) and prerequisites (F1–F5)."
            )
        )
        self.way_filter.setMaximumWidth(260)
        self.organisation_filter = QComboBox()
        self.organisation_filter.setMaximumWidth(220)
        self.organisation_filter.setToolTip(
            QCoreApplication.translate("PlanPage", "Responsible organisation")
        )
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.way_filter, 1)
        filters.addWidget(self.organisation_filter, 1)
        layout.addLayout(filters)

        second = QHBoxLayout()
        self.delayed_check = QCheckBox(QCoreApplication.translate("PlanPage", "Only &delayed"))
        self.delayed_check.setToolTip(
            QCoreApplication.translate(
                "PlanPage",
                "Activities whose due date has passed and that are neither done nor cancelled.",
            )
        )
        self.due_meeting_check = QCheckBox(
            QCoreApplication.translate("PlanPage", "Due by next &meeting")
        )
        for widget in (self.status_filter, self.way_filter, self.organisation_filter):
            widget.currentIndexChanged.connect(self.apply_filters)
        for check in (self.delayed_check, self.due_meeting_check):
            check.toggled.connect(self.apply_filters)
        self.clear_filters_button = QPushButton(
            QCoreApplication.translate("PlanPage", "Clear filters")
        )
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        second.addWidget(self.delayed_check)
        second.addWidget(self.due_meeting_check)
        second.addWidget(self.clear_filters_button)
        second.addStretch()
        second.addWidget(self.count_label)
        layout.addLayout(second)

        actions = QHBoxLayout()
        self.new_activity_button = QPushButton(
            QCoreApplication.translate("PlanPage", "+ New activity")
        )
        self.new_activity_button.setToolTip(
            QCoreApplication.translate("PlanPage", "Add an activity to the plan (Ctrl+N).")
        )
        self.new_activity_button.clicked.connect(self.new_activity)
        self.open_button = QPushButton(QCoreApplication.translate("PlanPage", "&Open"))
        self.open_button.setToolTip(
            QCoreApplication.translate(
                "PlanPage", "Open the marked activity (Enter or double-click)."
            )
        )
        self.open_button.clicked.connect(self.open_current)
        status_label = QLabel(
            QCoreApplication.translate("PlanPage", "Set stat&us of the marked activity:")
        )
        self.quick_status = QComboBox()
        for choice in ACTIVITY_STATUSES:
            self.quick_status.addItem(choice.label, choice.code)
        self.quick_status.setToolTip(
            QCoreApplication.translate(
                "PlanPage", "Changes the status at once, without opening the activity."
            )
        )
        status_label.setBuddy(self.quick_status)
        self.quick_status.activated.connect(self._quick_status_chosen)
        actions.addWidget(self.new_activity_button)
        actions.addWidget(self.open_button)
        actions.addStretch()
        actions.addWidget(status_label)
        actions.addWidget(self.quick_status)
        layout.addLayout(actions)

        self.activity_model = ActivityTableModel(self.store, self, today=self.today)
        self.table = QTableView()
        self.table.setModel(self.activity_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights let the view skip measuring rows it does not show.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        # The title is what people read first: it gets a real width, and the last column
        # takes what is left (a stretched title would shrink to nothing on a laptop). The
        # other columns start as wide as their header and content.
        fit_columns(self.table, None)
        self.table.setColumnWidth(COL_TITLE, 300)
        self.table.horizontalHeader().setStretchLastSection(True)
        show_group_column(self.table, COL_GROUP, False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.activity_model.modelReset.connect(self._model_reset)

        self.editor = ActivityEditor(self.store, today=self.today)
        self.editor.setMinimumWidth(EDITOR_WIDTH)
        self.editor.activity_saved.connect(self._activity_saved)
        self.editor.deleted.connect(self._activity_deleted)
        self.editor.closed.connect(self.close_editor)
        self.editor.hide()

        self.activity_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.activity_splitter.addWidget(self.table)
        self.activity_splitter.addWidget(self.editor)
        self.activity_splitter.setStretchFactor(0, 3)
        self.activity_splitter.setStretchFactor(1, 2)
        self.activity_splitter.setChildrenCollapsible(False)
        layout.addWidget(self.activity_splitter, 1)
        return tab

    # --- filters -------------------------------------------------------------------------

    def current_filter(self) -> ActivityFilter:
        chosen = self.status_filter.currentData() or ""
        statuses = tuple(code for code in chosen.split(",") if code)
        due_by = None
        if self.due_meeting_check.isChecked() and self.next_meeting_date:
            due_by = self.next_meeting_date
            if not statuses:
                statuses = _OPEN_STATUSES
        way = self.way_filter.currentData()
        return ActivityFilter(
            plan_id=None if self.plan_id == ALL_PLANS else (self.plan_id or ""),
            statuses=statuses,
            way_codes=(way,) if way else (),
            responsible_organisation_id=self.organisation_filter.currentData(),
            delayed_only=self.delayed_check.isChecked(),
            due_by=due_by,
            text=self.search_edit.text(),
            goal_id=self.goal_id,
            today=self.today,
        )

    def apply_filters(self) -> None:
        self.search_timer.stop()
        self.activity_model.set_filters(self.current_filter())

    def clear_filters(self) -> None:
        for widget in (self.status_filter, self.way_filter, self.organisation_filter):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        for check in (self.delayed_check, self.due_meeting_check):
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.apply_filters()

    def show_filtered(self, _table: str, filter_name: str) -> None:
        """Every plan's activities that are not finished (FILTER_OPEN) or are past their due
        date (FILTER_DELAYED): exactly what the start page counted."""
        plans = action_plans.list_plans(self.store)
        self._fill_plans(select=ALL_PLANS if len(plans) > 1 else None)
        self.clear_filters()
        self.tabs.setCurrentIndex(TAB_ACTIVITIES)
        if filter_name == FILTER_DELAYED:
            self.delayed_check.setChecked(True)
        elif filter_name == FILTER_OPEN:
            self.status_filter.setCurrentIndex(
                self.status_filter.findData(",".join(_OPEN_STATUSES))
            )
        self.apply_filters()

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(TAB_ACTIVITIES)
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _model_reset(self) -> None:
        count = self.activity_model.rowCount()
        self.count_label.setText(
            QCoreApplication.translate("PlanPage", "%n activity(ies)", "", count)
        )
        self._update_row_actions()

    # --- the marked row ------------------------------------------------------------------

    def current_activity(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.activity_model.row_at(index.row()) if index.isValid() else None

    def select_activity(self, activity_id: str, row_hint: int | None = None) -> bool:
        """Mark an activity in the list, reading the page at `row_hint` first if given."""
        if row_hint is not None:
            self.activity_model.row_at(min(row_hint, self.activity_model.rowCount() - 1))
        row = self.activity_model.row_of_id(activity_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.activity_model.index(row, 0))
        return True

    def _row_changed(self, *_args: object) -> None:
        self._update_row_actions()
        row = self.current_activity()
        if (
            row
            and self.editor.isVisible()
            and not self.editor.is_dirty()
            and row["id"] != self.editor.activity_id
        ):
            self.editor.load(row["id"])

    def _update_row_actions(self) -> None:
        row = self.current_activity()
        editable = row is not None and not self.activity_model.is_imported(row)
        self.open_button.setEnabled(row is not None)
        self.quick_status.setEnabled(editable)
        if row is not None:
            self.quick_status.blockSignals(True)
            self.quick_status.setCurrentIndex(max(self.quick_status.findData(row["status"]), 0))
            self.quick_status.blockSignals(False)

    def _quick_status_chosen(self, _index: int) -> None:
        row = self.current_activity()
        if row is not None:
            self.set_status(row["id"], self.quick_status.currentData())

    def set_status(self, activity_id: str, status: str) -> bool:
        """The quick status change: only the status moves, the marked row stays marked."""
        row_hint = self.table.currentIndex().row()
        if not write(
            self, self.store, lambda: set_activity_status(self.store, activity_id, status)
        ):
            return False
        self.activity_model.reload()
        self.select_activity(activity_id, row_hint if row_hint >= 0 else None)
        if self.editor.activity_id == activity_id and not self.editor.is_dirty():
            self.editor.load(activity_id)
        self.overview.refresh()
        return True

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        row = self.activity_model.row_at(index.row())
        if row is None:
            return
        menu = self.build_context_menu(row)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def build_context_menu(self, row: dict[str, Any]) -> QMenu:
        menu = QMenu(self)
        menu.addAction(
            QCoreApplication.translate("PlanPage", "Open"), lambda: self.open_activity(row["id"])
        )
        status_menu = menu.addMenu(QCoreApplication.translate("PlanPage", "Set status"))
        editable = not self.activity_model.is_imported(row)
        for choice in ACTIVITY_STATUSES:
            action = status_menu.addAction(
                choice.label, lambda code=choice.code: self.set_status(row["id"], code)
            )
            action.setCheckable(True)
            action.setChecked(choice.code == row["status"])
            action.setEnabled(editable)
        status_menu.setEnabled(editable)
        menu.addSeparator()
        delete = menu.addAction(
            QCoreApplication.translate("PlanPage", "Delete…"),
            lambda: self._delete_from_menu(row["id"]),
        )
        delete.setEnabled(editable)
        return menu

    def _delete_from_menu(self, activity_id: str) -> None:
        self.open_activity(activity_id)
        self.editor.delete()

    # --- the editor ----------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        activity_id = index.data(ID_ROLE)
        if activity_id:
            self.open_activity(activity_id)

    def open_current(self) -> None:
        row = self.current_activity()
        if row is not None:
            self.open_activity(row["id"])

    def open_record(self, table: str, record_id: str) -> None:
        """Show a plan, goal, activity or indicator (or a note or value through its owner)
        the main window was asked to show, in its own plan."""
        if table == "progress_notes":
            table, record_id = "activities", self.store.record(table, record_id)["activity_id"]
        elif table == "indicator_values":
            table, record_id = "indicators", self.store.record(table, record_id)["indicator_id"]
        record = self.store.record(table, record_id)
        plan_id = record_id if table == "action_plans" else record["action_plan_id"]
        if plan_id != self.plan_id:
            self._fill_plans(select=plan_id)
        if table == "activities":
            self.open_activity(record_id)
        elif table == "goals":
            self._select_goal(record_id)
        elif table == "indicators":
            self._select_goal(None)
            self.tabs.setCurrentIndex(TAB_INDICATORS)
            self.indicators.select_indicator(record_id)

    def _select_goal(self, goal_id: str | None) -> None:
        """Choose a goal in the list (None: all goals), as a click would."""
        for row in range(self.goals_model.rowCount()):
            index = self.goals_model.index(row, 0)
            if index.data(ID_ROLE) == goal_id:
                self.goals_view.setCurrentIndex(index)
                return

    def open_activity(self, activity_id: str) -> None:
        self.tabs.setCurrentIndex(TAB_ACTIVITIES)
        if (
            self.editor.is_dirty()
            and self.editor.activity_id != activity_id
            and not confirm(
                self,
                QCoreApplication.translate("PlanPage", "Discard changes"),
                QCoreApplication.translate(
                    "PlanPage", "The open activity has changes that are not saved. Discard them?"
                ),
            )
        ):
            return
        self.editor.load(activity_id)
        self.show_editor()

    def new_activity(self) -> None:
        if self.plan_id is None or self.is_read_only():
            return
        self.tabs.setCurrentIndex(TAB_ACTIVITIES)
        self.editor.new_activity(self.plan_id, self.goal_id)
        self.show_editor()

    def show_editor(self) -> None:
        # With the editor beside it the list keeps the columns needed to find a row.
        for column in _DETAIL_COLUMNS:
            self.table.setColumnHidden(column, True)
        # The goals give their room to the editor, so no field in it is cut short.
        self.goals_card.hide()
        # The title shares what is left with the due date and status, all three visible.
        self.table.horizontalHeader().setSectionResizeMode(
            COL_TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.editor.show()
        total = sum(self.activity_splitter.sizes())
        editor_width = max(EDITOR_WIDTH, total * 45 // 100)
        self.activity_splitter.setSizes([max(total - editor_width, 1), editor_width])
        self.editor.title_edit.setFocus()

    def close_editor(self) -> None:
        self.editor.hide()
        self.goals_card.show()
        header = self.table.horizontalHeader()
        if header.sectionResizeMode(COL_TITLE) == QHeaderView.ResizeMode.Stretch:
            header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(COL_TITLE, 300)
        for column in _DETAIL_COLUMNS:
            self.table.setColumnHidden(column, False)
        self.table.setFocus()

    def _activity_saved(self, activity_id: str) -> None:
        row_hint = self.table.currentIndex().row()
        self.activity_model.reload()
        self.select_activity(activity_id, row_hint if row_hint >= 0 else None)
        self.overview.refresh()
        self._publish_writes()

    def _activity_deleted(self, _activity_id: str) -> None:
        self.activity_model.reload()
        self.close_editor()
        self.overview.refresh()
        self._publish_writes()

    def _publish_writes(self) -> None:
        """Tell the other sections what this page (or its editor and dialogs) wrote."""
        publish_writes(self, self.store)

    def _tab_changed(self, index: int) -> None:
        # The overview covers the whole plan, so the goal column would only mislead there.
        self.goals_card.setVisible(index != TAB_OVERVIEW)
        if index == TAB_OVERVIEW:
            self.overview.refresh()
