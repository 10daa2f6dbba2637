"""Dialogs for a handlingsplan and its goals, built from the form kit (`ui/kit/forms.py`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QSpinBox, QWidget

from narvard_desktop.domain import GOAL_HORIZONS, GOAL_TARGET_YEARS
from narvard_desktop.services import action_plans
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.date_fields import DateField
from narvard_desktop.ui.kit.forms import RecordDialog, text_box


class PlanDialog(RecordDialog):
    """New or edited handlingsplan: title, period, målgrupp and a description."""

    def __init__(
        self, store: Store, plan_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, "action_plans", parent)
        self.record_id = plan_id
        self.setWindowTitle(self.tr("Edit action plan") if plan_id else self.tr("New action plan"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("e.g. Handlingsplan god och nära vård 2026–2027")
        )
        self.target_group_edit = QLineEdit()
        self.target_group_edit.setPlaceholderText(
            self.tr("e.g. Äldre med omfattande behov av vård och omsorg")
        )
        self.target_group_edit.setToolTip(self.tr("Who the plan is for (målgrupp), in words."))
        self.target_group_combo = QComboBox()
        self.target_group_combo.addItem(self.tr("– none chosen –"), None)
        for group in store.reference.target_groups():
            self.target_group_combo.addItem(group["name"], group["code"])
        # The list's names are long: the field asks for a usual width (its popup shows
        # them whole) so the form's labels keep theirs.
        self.target_group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target_group_combo.setMinimumContentsLength(28)
        self.target_group_combo.view().setMinimumWidth(
            max(
                (
                    self.target_group_combo.fontMetrics().horizontalAdvance(g["name"])
                    for g in store.reference.target_groups()
                ),
                default=0,
            )
            + 40
        )
        self.target_group_combo.setToolTip(
            self.tr("The Färdplan's prioritised target group, from the county's list.")
        )
        self.period_start = DateField()
        self.period_end = DateField()
        self.description_edit = text_box(90, grows=True)
        self.errors.rows(
            self.form,
            (
                (self.tr("&Title:"), "title", self.title_edit),
                (
                    self.tr("&Prioritised target group:"),
                    "target_group_code",
                    self.target_group_combo,
                ),
                (self.tr("Target &group:"), "target_group", self.target_group_edit),
                (self.tr("Period &from:"), "period_start", self.period_start),
                (self.tr("Period &to:"), "period_end", self.period_end),
                (self.tr("&Description:"), "description", self.description_edit),
            ),
        )
        plan = self.load()
        if plan is not None:
            self.title_edit.setText(plan["title"] or "")
            self.target_group_edit.setText(plan["target_group"] or "")
            index = self.target_group_combo.findData(plan["target_group_code"])
            self.target_group_combo.setCurrentIndex(max(index, 0))
            self.period_start.set_value(plan["period_start"])
            self.period_end.set_value(plan["period_end"])
            self.description_edit.setPlainText(plan["description"] or "")
        self.title_edit.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "target_group": self.target_group_edit.text(),
            "target_group_code": self.target_group_combo.currentData(),
            "period_start": self.period_start.value(),
            "period_end": self.period_end.value(),
            "description": self.description_edit.toPlainText(),
        }

    def write(self, values: Mapping[str, Any]) -> str:
        if self.record_id:
            action_plans.update_plan(self.store, self.record_id, values)
            return self.record_id
        return action_plans.create_plan(self.store, values)


class GoalDialog(RecordDialog):
    """New or edited goal (effektmål) of a plan."""

    def __init__(
        self,
        store: Store,
        plan_id: str,
        goal_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, "goals", parent)
        self.plan_id = plan_id
        self.record_id = goal_id
        self.setWindowTitle(self.tr("Edit goal") if goal_id else self.tr("New goal"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("e.g. Tryggare övergångar mellan sjukhus och hemmet")
        )
        self.description_edit = text_box(90, grows=True)
        self.horizon_combo = QComboBox()
        self.horizon_combo.addItem(self.tr("– not set –"), None)
        for choice in GOAL_HORIZONS:
            self.horizon_combo.addItem(choice.label, choice.code)
        self.target_year = QSpinBox()
        first, last = GOAL_TARGET_YEARS
        # The lowest value shows as "not set": a goal need not have a year.
        self.target_year.setRange(first - 1, last)
        self.target_year.setSpecialValueText(self.tr("– not set –"))
        self.target_year.setValue(first - 1)
        self.errors.row(self.form, self.tr("&Goal:"), "title", self.title_edit)
        self.errors.row(self.form, self.tr("&Description:"), "description", self.description_edit)
        self.errors.row(self.form, self.tr("&Horizon:"), "horizon", self.horizon_combo)
        self.errors.row(self.form, self.tr("Target &year:"), "target_year", self.target_year)
        goal = self.load()
        if goal is not None:
            self.title_edit.setText(goal["title"] or "")
            self.description_edit.setPlainText(goal["description"] or "")
            self.horizon_combo.setCurrentIndex(max(self.horizon_combo.findData(goal["horizon"]), 0))
            if goal["target_year"]:
                self.target_year.setValue(int(goal["target_year"]))
        self.title_edit.setFocus()

    def values(self) -> dict[str, Any]:
        year = self.target_year.value()
        return {
            "title": self.title_edit.text(),
            "description": self.description_edit.toPlainText(),
            "horizon": self.horizon_combo.currentData(),
            "target_year": None if year < self.target_year.minimum() + 1 else year,
        }

    def write(self, values: Mapping[str, Any]) -> str:
        if self.record_id:
            action_plans.update_goal(self.store, self.record_id, values)
            return self.record_id
        return action_plans.create_goal(self.store, self.plan_id, values)


def open_dialog(dialog: QDialog, on_saved: Callable[[str], None]) -> QDialog:
    """Show a record dialog window-modally without blocking (tests can drive it)."""
    if isinstance(dialog, RecordDialog):
        dialog.record_saved.connect(on_saved)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
