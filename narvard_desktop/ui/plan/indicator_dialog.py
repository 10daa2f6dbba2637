"""The indicator's own form: name, goal, definition, unit, source, direction, baseline and
target (Ny indikator…, Ändra…). The panel with the list, the chart and the values is
`indicator_panel.py`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from narvard_desktop.domain import INDICATOR_DIRECTIONS
from narvard_desktop.services import indicators as indicator_service
from narvard_desktop.services.action_plans import list_goals
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.date_fields import DateField
from narvard_desktop.ui.kit.forms import RecordDialog, text_box
from narvard_desktop.ui.kit.privacy_hint import exempt


def format_number(value: float | None) -> str:
    """Swedish number: decimal comma, no trailing ",0"; empty for no value."""
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",").replace("-", "\u2212")


class IndicatorDialog(RecordDialog):
    """New or edited indicator: what is measured, how, and what the plan aims for."""

    def __init__(
        self,
        store: Store,
        plan_id: str,
        indicator_id: str | None = None,
        goal_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, "indicators", parent)
        self.plan_id = plan_id
        self.record_id = indicator_id
        self.setWindowTitle(self.tr("Edit indicator") if indicator_id else self.tr("New indicator"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Återinskrivningar inom 30 dagar, 75+"))
        self.goal_combo = QComboBox()
        self.goal_combo.addItem(self.tr("– no goal –"), None)
        for goal in list_goals(store, plan_id):
            self.goal_combo.addItem(goal["title"], goal["id"])
        self.definition_edit = text_box(70)
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(self.tr("e.g. %, antal, dagar"))
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("e.g. Egen uppföljning, Vårdfokus"))
        self.statistics_code_edit = exempt(QLineEdit(), "a KPI id, letters and digits only")
        self.statistics_code_edit.setPlaceholderText(self.tr("e.g. N00945 (Kolada)"))
        self.statistics_code_edit.setToolTip(
            self.tr(
                "The KPI id of an official statistic this indicator follows. Values can then "
                "be read from a downloaded Kolada or SCB file (Indicator values from file…)."
            )
        )
        self.direction_combo = QComboBox()
        for choice in INDICATOR_DIRECTIONS:
            self.direction_combo.addItem(choice.label, choice.code)
        self.baseline_value = QLineEdit()
        self.baseline_date = DateField()
        self.target_value = QLineEdit()
        self.target_date = DateField()
        for edit in (self.baseline_value, self.target_value):
            edit.setPlaceholderText(self.tr("e.g. 12,5"))
        errors = self.errors
        errors.rows(
            self.form,
            (
                (self.tr("&Name:"), "name", self.name_edit),
                (self.tr("&Goal:"), "goal_id", self.goal_combo),
                (self.tr("&Definition:"), "definition", self.definition_edit),
                (self.tr("&Unit:"), "unit", self.unit_edit),
                (self.tr("&Source:"), "source", self.source_edit),
                (self.tr("Statisti&cs code:"), "statistics_code", self.statistics_code_edit),
                (self.tr("Di&rection:"), "direction", self.direction_combo),
            ),
        )
        baseline = QHBoxLayout()
        baseline.addWidget(errors.box("baseline_value", self.baseline_value))
        baseline.addWidget(QLabel(self.tr("on")))
        baseline.addWidget(errors.box("baseline_date", self.baseline_date))
        target = QHBoxLayout()
        target.addWidget(errors.box("target_value", self.target_value))
        target.addWidget(QLabel(self.tr("by")))
        target.addWidget(errors.box("target_date", self.target_date))
        self.form.addRow(self.tr("&Baseline:"), baseline)
        self.form.addRow(self.tr("&Target:"), target)
        self.form.labelForField(baseline).setBuddy(self.baseline_value)
        self.form.labelForField(target).setBuddy(self.target_value)
        record = self.load()
        if record is not None:
            self.name_edit.setText(record["name"] or "")
            index = self.goal_combo.findData(record["goal_id"])
            self.goal_combo.setCurrentIndex(max(index, 0))
            self.definition_edit.setPlainText(record["definition"] or "")
            self.unit_edit.setText(record["unit"] or "")
            self.source_edit.setText(record["source"] or "")
            self.statistics_code_edit.setText(record["statistics_code"] or "")
            self.direction_combo.setCurrentIndex(
                max(self.direction_combo.findData(record["direction"]), 0)
            )
            self.baseline_value.setText(format_number(record["baseline_value"]))
            self.baseline_date.set_value(record["baseline_date"])
            self.target_value.setText(format_number(record["target_value"]))
            self.target_date.set_value(record["target_date"])
        else:
            self.goal_combo.setCurrentIndex(max(self.goal_combo.findData(goal_id), 0))
        self.name_edit.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "goal_id": self.goal_combo.currentData(),
            "definition": self.definition_edit.toPlainText(),
            "unit": self.unit_edit.text(),
            "source": self.source_edit.text(),
            "statistics_code": self.statistics_code_edit.text(),
            "direction": self.direction_combo.currentData(),
            "baseline_value": self.baseline_value.text(),
            "baseline_date": self.baseline_date.value(),
            "target_value": self.target_value.text(),
            "target_date": self.target_date.value(),
        }

    def write(self, values: Mapping[str, Any]) -> str:
        if self.record_id:
            indicator_service.update_indicator(self.store, self.record_id, values)
            return self.record_id
        return indicator_service.create_indicator(self.store, self.plan_id, values)


# --- the panel -----------------------------------------------------------------------------
