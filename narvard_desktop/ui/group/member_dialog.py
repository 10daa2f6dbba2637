"""One member of the group: name, organisation, function, role, e-mail and period.

Keyboard first: the name has the focus, Tab walks the fields in order, Enter or Ctrl+S
saves, and "Save and new" (Ctrl+Enter) keeps the dialog open for the next member.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QWidget

from narvard_desktop.domain import MEMBER_ROLES
from narvard_desktop.services import members
from narvard_desktop.services.directory import organisation_choices
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.date_fields import DateField
from narvard_desktop.ui.kit.forms import RecordDialog


class MemberDialog(RecordDialog):
    def __init__(
        self, store: Store, person_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, "people", parent)
        self.record_id = person_id
        self.saved_ids: list[str] = []
        self.setWindowTitle(self.tr("Edit member") if person_id else self.tr("New member"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(members.NAME_LIMIT)
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("—"), None)
        for organisation_id, name in organisation_choices(store, own_only=True):
            self.organisation.addItem(name, organisation_id)
        self.function_edit = QLineEdit()
        self.function_edit.setMaxLength(200)
        self.function_edit.setPlaceholderText(self.tr("e.g. Enhetschef hemsjukvård"))
        self.role = QComboBox()
        for choice in MEMBER_ROLES:
            self.role.addItem(choice.label, choice.code)
        self.email_edit = QLineEdit()
        self.email_edit.setMaxLength(200)
        self.email_edit.setPlaceholderText(self.tr("Optional; printed on the notice"))
        self.active_from = DateField()
        self.active_to = DateField()
        self.active_to.setToolTip(
            self.tr("Leave empty while the member serves. A member who left stays in old minutes.")
        )
        self.errors.rows(
            self.form,
            (
                (self.tr("&Name:"), "name", self.name_edit),
                (self.tr("&Organisation:"), "organisation_id", self.organisation),
                (self.tr("&Function or title:"), "function", self.function_edit),
                (self.tr("&Role in the group:"), "role", self.role),
                (self.tr("&E-mail:"), "email", self.email_edit),
                (self.tr("Member &from:"), "active_from", self.active_from),
                (self.tr("Member &until:"), "active_to", self.active_to),
            ),
        )
        self.save_new_button = self.buttons.addButton(
            self.tr("Save and &new"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_new_button.setToolTip(self.tr("Save and start on the next member (Ctrl+Enter)."))
        self.save_new_button.clicked.connect(self.save_and_new)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save_and_new)
        self.save_new_button.setVisible(person_id is None)
        member = self.load()
        if member is not None:
            self.name_edit.setText(member["name"] or "")
            self._select(self.organisation, member["organisation_id"])
            self.function_edit.setText(member["function"] or "")
            self._select(self.role, member["role"] or "member")
            self.email_edit.setText(member["email"] or "")
            self.active_from.set_value(member["active_from"])
            self.active_to.set_value(member["active_to"])
            if self.read_only:
                self.save_new_button.hide()
        self.name_edit.setFocus()

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "organisation_id": self.organisation.currentData(),
            "function": self.function_edit.text(),
            "role": self.role.currentData(),
            "email": self.email_edit.text(),
            "active_from": self.active_from.value(),
            "active_to": self.active_to.value(),
        }

    def write(self, values: Mapping[str, Any]) -> str:
        if self.record_id:
            members.update_member(self.store, self.record_id, **values)
            return self.record_id
        values = dict(values)
        return members.add_member(self.store, values.pop("name"), **values)

    def save(self) -> bool:
        saved = super().save()
        if saved and self.record_id:
            self.saved_ids.append(self.record_id)
        return saved

    def save_and_new(self) -> bool:
        """Save this member and clear the form for the next; the organisation is kept."""
        if self.read_only or self.record_id:
            return False
        record_id = self.errors.attempt(self, lambda: self.write(self.values()))
        if record_id is None:
            return False
        self.saved_ids.append(record_id)
        self.record_saved.emit(record_id)
        for field in (self.name_edit, self.function_edit, self.email_edit):
            field.clear()
        self.role.setCurrentIndex(0)
        self.active_from.clear()
        self.active_to.clear()
        self.name_edit.setFocus()
        return True
