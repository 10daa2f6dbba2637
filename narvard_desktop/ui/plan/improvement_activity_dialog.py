"""Skapa förbättringsaktivitet: turn one or several avvikelser into a handlingsplan activity."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.errors import ValidationError
from narvard_desktop.services import deviations as dev
from narvard_desktop.services.action_plans import list_plans
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.date_fields import date_edit, iso, today
from narvard_desktop.ui.kit.forms import FieldErrors, error_label, plain_label, show_message
from narvard_desktop.ui.kit.questions import show_error


class ImprovementActivityDialog(QDialog):
    """Choose a plan and a title; the activity is created and linked to the avvikelser."""

    def __init__(
        self, store: Store, deviation_ids: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.deviation_ids = deviation_ids
        self.activity_id: str | None = None
        self.setWindowTitle(self.tr("Create improvement activity"))
        self.resize(560, 280)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "The activity is added to the chosen plan and linked to the deviation. The "
                    "deviation's texts are not copied into it."
                )
            )
        )
        self.errors = FieldErrors("activities")
        form = QFormLayout()
        self.plan_combo = QComboBox()
        for plan in list_plans(store, own_only=True):
            period = " – ".join(p for p in (plan.get("period_start"), plan.get("period_end")) if p)
            self.plan_combo.addItem(
                f"{plan['title']} ({period})" if period else plan["title"], plan["id"]
            )
        form.addRow(self.tr("&Plan:"), self.plan_combo)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("What will be done, in a few words"))
        self.errors.row(form, self.tr("&Title:"), "title", self.title_edit)
        self.title_hint = self.errors.hints["title"]
        self.way_combo = QComboBox()
        self.way_combo.addItem(self.tr("(choose later)"), None)
        for row in store.reference.ways_of_working():
            self.way_combo.addItem(f"{row['code']} {row['name']}", row["code"])
        form.addRow(self.tr("&Way of working:"), self.way_combo)
        self.due_check = QCheckBox(self.tr("&Due date:"))
        self.due_date = date_edit()
        self.due_date.setDate(today().addMonths(3))
        self.due_date.setEnabled(False)
        self.due_check.toggled.connect(self.due_date.setEnabled)
        form.addRow(self.due_check, self.due_date)
        layout.addLayout(form)
        # Messages that name no field of this form (a deleted deviation, another group's plan).
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("C&reate"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def has_plans(self) -> bool:
        return self.plan_combo.count() > 0

    def create(self) -> None:
        self.errors.clear()
        self.error.hide()
        try:
            self.activity_id = dev.create_improvement_activity(
                self.store,
                self.deviation_ids,
                self.plan_combo.currentData(),
                self.title_edit.text(),
                way_code=self.way_combo.currentData(),
                due_date=iso(self.due_date) if self.due_check.isChecked() else None,
            )
        except ValidationError as error:
            if not self.errors.show(error):
                show_message(self.error, error.user_message())
            return
        except Exception as error:  # noqa: BLE001 - reported to the user
            show_error(self, error)
            return
        self.accept()
