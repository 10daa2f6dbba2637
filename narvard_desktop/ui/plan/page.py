"""The Handlingsplan page: choose a plan, follow its activities, indicators and overview.

Goals are the left column (choosing one narrows every tab to it), the
activities are a windowed list with filters and a side editor, and quick
status changes work on the marked row without opening anything.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.errors import NarvardError
from narvard_desktop.record_rules import date_or_none
from narvard_desktop.services import action_plans
from narvard_desktop.services.activities import (
    next_meeting,
)
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.changes import write
from narvard_desktop.ui.kit.group_selector import show_group_column
from narvard_desktop.ui.kit.paged_model import ID_ROLE
from narvard_desktop.ui.kit.questions import confirm
from narvard_desktop.ui.plan.activity_editor import own_organisations
from narvard_desktop.ui.plan.activity_model import (
    COL_GROUP,
)
from narvard_desktop.ui.plan.dialogs import GoalDialog, PlanDialog, open_dialog
from narvard_desktop.ui.plan.indicator_panel import IndicatorPanel
from narvard_desktop.ui.plan.overview import PlanOverview
from narvard_desktop.ui.plan.page_activities import (
    ALL_PLANS,
    TAB_ACTIVITIES,
    TAB_INDICATORS,
    TAB_OVERVIEW,
    PlanActivities,
)
from narvard_desktop.ui.plan.plan_deletion import PlanDeletion

# The tabs and the chooser's "every plan" entry are named here too, where the page is.
__all__ = ["ALL_PLANS", "TAB_ACTIVITIES", "TAB_INDICATORS", "TAB_OVERVIEW", "PlanPage"]


class PlanPage(PlanActivities, QWidget):
    """The plan view. Its writes are published on the change hub for the other sections."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.plan_id: str | None = None
        self.goal_id: str | None = None
        self.plan: dict[str, Any] | None = None
        self.dialog: Any = None
        self.next_meeting_date: date | None = None
        self.deletion = PlanDeletion(self)
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        header = QHBoxLayout()
        title = QLabel(self.tr("Action plan"))
        title.setObjectName("pageTitle")
        header.addWidget(title)
        header.addStretch(1)
        # The chooser has a row of its own: an imported plan's name carries its group's
        # ("… – Närvårdssamverkan Borås"), too long beside the title and the buttons.
        chooser = QHBoxLayout()
        plan_label = self.plan_label = QLabel(self.tr("&Plan:"))
        self.plan_combo = QComboBox()
        self.plan_combo.setMinimumWidth(340)
        self.plan_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.plan_combo.setToolTip(self.tr("A group can have several plans, e.g. one per period."))
        plan_label.setBuddy(self.plan_combo)
        self.plan_combo.currentIndexChanged.connect(self._plan_chosen)
        chooser.addWidget(plan_label)
        chooser.addWidget(self.plan_combo, 1)
        self.new_plan_button = QPushButton(self.tr("New plan…"))
        self.new_plan_button.clicked.connect(self.new_plan)
        # The plan's own actions in one split button: click edits, the arrow offers delete.
        self.edit_plan_button = QToolButton()
        self.edit_plan_button.setText(self.tr("Edit plan…"))
        self.edit_plan_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.edit_plan_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.edit_plan_button.clicked.connect(self.edit_plan)
        self.plan_menu = QMenu(self.edit_plan_button)
        self.plan_menu.addAction(self.tr("Edit plan…"), self.edit_plan)
        self.plan_menu.addSeparator()
        self.delete_plan_action = self.plan_menu.addAction(self.tr("Delete plan…"))
        self.edit_plan_button.setMenu(self.plan_menu)
        header.addWidget(self.new_plan_button)
        header.addWidget(self.edit_plan_button)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("Excel and more"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.export_action = self.more_menu.addAction(self.tr("Export to Excel…"))
        self.export_shared_action = self.more_menu.addAction(
            self.tr("Export to Excel for sharing…")
        )
        self.export_shared_action.triggered.connect(lambda: self.excel.export_for_sharing())
        self.import_action = self.more_menu.addAction(self.tr("Import from Excel…"))
        self.more_button.setMenu(self.more_menu)
        self.export_action.triggered.connect(self.export_excel)
        self.import_action.triggered.connect(self.import_excel)
        self.delete_plan_action.triggered.connect(self.delete_plan)
        header.addWidget(self.more_button)
        layout.addLayout(header)
        layout.addLayout(chooser)
        self.plan_info = QLabel()
        self.plan_info.setObjectName("lead")
        self.plan_info.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_info.setWordWrap(True)
        layout.addWidget(self.plan_info)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_empty_state())
        self.stack.addWidget(self._build_content())
        layout.addWidget(self.stack, 1)

        from narvard_desktop.ui.plan.excel_dialogs import ExcelTransfer

        self.excel = ExcelTransfer(store, self)
        self.excel.imported.connect(self._after_import)

        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_activity)
        new_shortcut.setWhatsThis(self.tr("New activity"))
        find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        find_shortcut.setWhatsThis(self.tr("Search the activities"))
        self.refresh()

    # --- building ------------------------------------------------------------------------

    def _build_empty_state(self) -> QWidget:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        heading = QLabel(self.tr("The group has no action plan yet"))
        heading.setObjectName("cardTitle")
        layout.addWidget(heading)
        text = QLabel(
            self.tr(
                "An action plan (handlingsplan) holds the group's goals, the activities that "
                "lead there and the indicators that show how it is going. Create one, or "
                "import an existing list from Excel."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QHBoxLayout()
        create = QPushButton(self.tr("&Create action plan…"))
        create.clicked.connect(self.new_plan)
        import_button = QPushButton(self.tr("&Import from Excel…"))
        import_button.clicked.connect(self.import_excel)
        buttons.addWidget(create)
        buttons.addWidget(import_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        outer = QWidget()
        outer_layout = QVBoxLayout(outer)
        outer_layout.addWidget(card)
        outer_layout.addStretch()
        return outer

    def _build_content(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_goals())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_activities(), self.tr("&Activities"))
        self.indicators = IndicatorPanel(self.store, today=self.today)
        self.indicators.edited.connect(self._publish_writes)
        self.tabs.addTab(self.indicators, self.tr("I&ndicators"))
        self.overview = PlanOverview(self.store, today=self.today)
        self.overview.activity_requested.connect(self.open_activity)
        self.tabs.addTab(self.overview, self.tr("O&verview"))
        self.tabs.currentChanged.connect(self._tab_changed)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 1020])
        self.content_splitter = splitter
        return splitter

    def _build_goals(self) -> QWidget:
        card = QFrame()
        card.setObjectName("card")
        card.setMinimumWidth(180)
        self.goals_card = card
        layout = QVBoxLayout(card)
        title = QLabel(self.tr("&Goals"))
        title.setObjectName("cardTitle")
        layout.addWidget(title)
        self.goals_model = QStandardItemModel(self)
        self.goals_view = QListView()
        self.goals_view.setModel(self.goals_model)
        self.goals_view.setWordWrap(True)
        self.goals_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goals_view.setToolTip(
            self.tr("Choose a goal to see only its activities and indicators.")
        )
        self.goals_view.setSpacing(2)
        title.setBuddy(self.goals_view)
        self.goals_view.selectionModel().currentChanged.connect(self._goal_chosen)
        self.goals_view.doubleClicked.connect(lambda _index: self.edit_goal())
        layout.addWidget(self.goals_view, 1)
        buttons = QHBoxLayout()
        self.new_goal_button = QPushButton(self.tr("New goal…"))
        self.new_goal_button.clicked.connect(self.new_goal)
        self.goal_menu_button = QToolButton()
        self.goal_menu_button.setText(self.tr("More"))
        self.goal_menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        goal_menu = QMenu(self.goal_menu_button)
        self.edit_goal_action = goal_menu.addAction(self.tr("Edit goal…"))
        self.edit_goal_action.triggered.connect(self.edit_goal)
        self.delete_goal_action = goal_menu.addAction(self.tr("Delete goal…"))
        self.delete_goal_action.triggered.connect(self.delete_goal)
        self.goal_menu_button.setMenu(goal_menu)
        buttons.addWidget(self.new_goal_button)
        buttons.addWidget(self.goal_menu_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        return card

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read plans, goals and lists again (after a save elsewhere, an import or demo data)."""
        # Ctrl+Z may have brought back a deleted plan: show it.
        self.plan_id = self.deletion.forget_if_undone() or self.plan_id
        if self.store.own_group_id is None:
            self.stack.setCurrentIndex(0)
            return
        meeting = next_meeting(self.store, self.today)
        self.next_meeting_date = date_or_none(meeting["meeting_date"]) if meeting else None
        if self.next_meeting_date:
            self.due_meeting_check.setText(
                self.tr("Due by next &meeting ({date})").format(
                    date=self.next_meeting_date.isoformat()
                )
            )
            self.due_meeting_check.setEnabled(True)
            self.due_meeting_check.setToolTip(
                self.tr("Unfinished activities due on or before the next meeting.")
            )
        else:
            self.due_meeting_check.setText(self.tr("Due by next &meeting"))
            self.due_meeting_check.setChecked(False)
            self.due_meeting_check.setEnabled(False)
            self.due_meeting_check.setToolTip(self.tr("No coming meeting is planned."))
        self._fill_filter_choices()
        self._fill_plans()

    def _fill_filter_choices(self) -> None:
        way = self.way_filter.currentData()
        organisation = self.organisation_filter.currentData()
        for combo in (self.way_filter, self.organisation_filter):
            combo.blockSignals(True)
            combo.clear()
        self.way_filter.addItem(self.tr("All ways of working"), None)
        for row in self.store.reference.ways_of_working():
            self.way_filter.addItem(f"{row['code']} {row['name']}", row["code"])
            self.way_filter.setItemData(
                self.way_filter.count() - 1, row["name"], Qt.ItemDataRole.ToolTipRole
            )
        self.organisation_filter.addItem(self.tr("All organisations"), None)
        for org_id, name in own_organisations(self.store):
            self.organisation_filter.addItem(name, org_id)
        for combo, value in ((self.way_filter, way), (self.organisation_filter, organisation)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def _fill_plans(self, select: str | None = None) -> None:
        wanted = select or self.plan_id
        own = self.store.own_group_id
        plans = action_plans.list_plans(self.store)
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        if any(plan["group_id"] != own for plan in plans):
            # An upper level sees the activities of every group's plan in one list.
            self.plan_combo.addItem(self.tr("All plans of every group (read-only)"), ALL_PLANS)
        elif len(plans) > 1:
            # Several plans of its own: the start page's figures count them all.
            self.plan_combo.addItem(self.tr("All plans (read-only list)"), ALL_PLANS)
        for plan in plans:
            text = plan["title"] if len(plan["title"]) <= 90 else plan["title"][:89] + "…"
            if plan["group_id"] != own:
                text = self.tr("{title} – {group} (imported, read-only)").format(
                    title=text, group=plan.get("group_name") or ""
                )
            self.plan_combo.addItem(text, plan["id"])
        index = self.plan_combo.findData(wanted) if wanted else -1
        if index < 0 and plans:
            own_plan = next((p["id"] for p in plans if p["group_id"] == own), plans[0]["id"])
            index = self.plan_combo.findData(own_plan)
        self.plan_combo.setCurrentIndex(index)
        self.plan_combo.blockSignals(False)
        self.stack.setCurrentIndex(1 if plans else 0)
        for widget in (self.plan_label, self.plan_combo, self.edit_plan_button):
            widget.setVisible(bool(plans))
        self._show_plan(self.plan_combo.currentData())

    def _plan_chosen(self, _index: int) -> None:
        self._show_plan(self.plan_combo.currentData())

    def _show_plan(self, plan_id: str | None) -> None:
        if plan_id != self.plan_id:
            self.goal_id = None
            self.close_editor()
        self.plan_id = plan_id
        every_plan = plan_id == ALL_PLANS
        self.plan = (
            action_plans.get_plan(self.store, plan_id) if plan_id and not every_plan else None
        )
        self.activity_model.show_plan = every_plan
        several_groups = every_plan and any(
            plan["group_id"] != self.store.own_group_id
            for plan in action_plans.list_plans(self.store)
        )
        show_group_column(self.table, COL_GROUP, several_groups)
        self.overview.all_plans = every_plan
        self._show_plan_info()
        self._fill_goals()
        read_only = self.is_read_only()
        for widget in (
            self.edit_plan_button,
            self.new_goal_button,
            self.goal_menu_button,
            self.new_activity_button,
        ):
            widget.setEnabled(plan_id is not None and not read_only)
        self.delete_plan_action.setEnabled(plan_id is not None and not read_only)
        self.apply_filters()
        self.indicators.set_plan(plan_id, self.goal_id, read_only=read_only)
        self.overview.set_plan(None if self.plan_id == ALL_PLANS else plan_id)

    def is_read_only(self) -> bool:
        if self.plan_id == ALL_PLANS:
            return True
        return self.plan is not None and self.plan["group_id"] != self.store.own_group_id

    def _show_plan_info(self) -> None:
        plan = self.plan
        if self.plan_id == ALL_PLANS:
            self.plan_info.setText(
                self.tr(
                    "Activities from every group's plans. Choose one plan to see its goals "
                    "and indicators."
                )
            )
            return
        if plan is None:
            self.plan_info.setText("")
            return
        parts = []
        if plan["period_start"] or plan["period_end"]:
            parts.append(
                self.tr("Period {start} – {end}").format(
                    start=plan["period_start"] or "…", end=plan["period_end"] or "…"
                )
            )
        if plan["target_group"]:
            target = plan["target_group"]
            parts.append(
                self.tr("Target group: {target}").format(
                    target=target if len(target) <= 120 else target[:119] + "…"
                )
            )
        if plan["adopted_agenda_item_id"]:
            try:
                item = self.store.record("agenda_items", plan["adopted_agenda_item_id"])
                meeting = self.store.record("meetings", item["meeting_id"])
                parts.append(
                    self.tr("Adopted at the meeting of {date}").format(date=meeting["meeting_date"])
                )
            except NarvardError:
                pass
        if self.is_read_only():
            parts.append(self.tr("Imported from another group: read-only"))
        self.plan_info.setText(" · ".join(parts))

    def _fill_goals(self) -> None:
        self.goals_view.selectionModel().blockSignals(True)
        self.goals_model.clear()
        everything = QStandardItem(self.tr("All goals"))
        everything.setData(None, ID_ROLE)
        self.goals_model.appendRow(everything)
        selected_row = 0
        if self.plan_id:
            for number, goal in enumerate(action_plans.list_goals(self.store, self.plan_id), 1):
                title = goal["title"] if len(goal["title"]) <= 160 else goal["title"][:159] + "…"
                item = QStandardItem(f"{number}. {title}")
                item.setData(goal["id"], ID_ROLE)
                item.setToolTip(goal["title"][:500])
                self.goals_model.appendRow(item)
                if goal["id"] == self.goal_id:
                    selected_row = number
        if selected_row == 0:
            self.goal_id = None
        self.goals_view.setCurrentIndex(self.goals_model.index(selected_row, 0))
        self.goals_view.selectionModel().blockSignals(False)
        has_goal = self.goal_id is not None and not self.is_read_only()
        self.edit_goal_action.setEnabled(has_goal)
        self.delete_goal_action.setEnabled(has_goal)

    def _goal_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.goal_id = current.data(ID_ROLE) if current.isValid() else None
        has_goal = self.goal_id is not None and not self.is_read_only()
        self.edit_goal_action.setEnabled(has_goal)
        self.delete_goal_action.setEnabled(has_goal)
        self.apply_filters()
        self.indicators.set_plan(self.plan_id, self.goal_id, read_only=self.is_read_only())

    # --- plans and goals -----------------------------------------------------------------

    def new_plan(self) -> None:
        self.dialog = open_dialog(PlanDialog(self.store, parent=self), self._plan_saved)

    def edit_plan(self) -> None:
        if self.plan_id and not self.is_read_only():
            self.dialog = open_dialog(
                PlanDialog(self.store, self.plan_id, parent=self), self._plan_saved
            )

    def _plan_saved(self, plan_id: str) -> None:
        self.plan_id = None if plan_id != self.plan_id else plan_id
        self._fill_plans(select=plan_id)
        self._publish_writes()

    def delete_plan(self) -> None:
        self.deletion.delete()

    def new_goal(self) -> None:
        if self.plan_id and not self.is_read_only():
            self.dialog = open_dialog(
                GoalDialog(self.store, self.plan_id, parent=self), self._goal_saved
            )

    def edit_goal(self) -> None:
        if self.plan_id and self.goal_id and not self.is_read_only():
            self.dialog = open_dialog(
                GoalDialog(self.store, self.plan_id, self.goal_id, parent=self), self._goal_saved
            )

    def _goal_saved(self, goal_id: str) -> None:
        self.goal_id = goal_id
        self._fill_goals()
        self.apply_filters()
        self.indicators.set_plan(self.plan_id, self.goal_id, read_only=self.is_read_only())
        self._publish_writes()

    def delete_goal(self) -> None:
        if not self.goal_id or self.is_read_only():
            return
        if not confirm(
            self,
            self.tr("Delete goal"),
            self.tr(
                "Delete the goal? Its activities and indicators stay in the plan, without a goal."
            ),
        ):
            return
        goal_id = self.goal_id
        if not write(self, self.store, lambda: action_plans.delete_goal(self.store, goal_id)):
            return
        self.goal_id = None
        self._show_plan(self.plan_id)

    # --- Excel ---------------------------------------------------------------------------

    def export_excel(self) -> None:
        self.excel.export()

    def import_excel(self) -> None:
        self.excel.start_import()

    def _after_import(self) -> None:
        # The import ran in the background; its writes were published when it ended.
        self.refresh()
