"""The Gruppen page: members, organisations, the group's details and the organisation
catalogue, on four tabs.

Records another group owns (an upper level sees those of the groups below) are listed
but open read-only; deactivating, deleting and merging are offered only on the group's
own records.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.domain import MEMBER_ROLES, label_for
from narvard_desktop.services import members, organisations
from narvard_desktop.services import organisation_catalogue as catalogue
from narvard_desktop.store import Store
from narvard_desktop.ui.group.catalogue_dialogs import FromCatalogueDialog, LinkDialog
from narvard_desktop.ui.group.catalogue_tab import CatalogueTab
from narvard_desktop.ui.group.details_form import GroupDetailsForm
from narvard_desktop.ui.group.member_dialog import MemberDialog
from narvard_desktop.ui.group.organisation_dialogs import MergeDialog, OrganisationDialog
from narvard_desktop.ui.kit.changes import publish_writes, write
from narvard_desktop.ui.kit.questions import confirm
from narvard_desktop.ui.kit.rows_model import RecordRowsModel
from narvard_desktop.ui.kit.table_helpers import make_table, selected_row

Index = QModelIndex | QPersistentModelIndex
TAB_MEMBERS, TAB_ORGANISATIONS, TAB_DETAILS, TAB_CATALOGUE = range(4)
# Members who left and inactive organisations are listed in grey.


class MembersModel(RecordRowsModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Function"),
                self.tr("Role"),
                self.tr("E-mail"),
                self.tr("From"),
                self.tr("Until"),
                self.tr("Status"),
            ],
            parent,
        )

    def cells(self, row: dict[str, Any]) -> list[str]:
        if not row["own"]:
            status = self.tr("Another group's")
        else:
            status = self.tr("Active") if row["active"] else self.tr("Has left")
        return [
            row["name"],
            row["organisation"] or "",
            row["function"] or "",
            label_for(MEMBER_ROLES, row["role"]) if row["role"] else "",
            row["email"] or "",
            row["active_from"] or "",
            row["active_to"] or "",
            status,
        ]


class OrganisationsModel(RecordRowsModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Principal"),
                self.tr("Catalogue entry"),
                self.tr("Members"),
                self.tr("Status"),
            ],
            parent,
        )

    def cells(self, row: dict[str, Any]) -> list[str]:
        if not row["own"]:
            status = self.tr("Another group's")
        else:
            status = self.tr("Active") if row["active"] else self.tr("Inactive")
        if row["catalogue_id"]:
            linked = row["catalogue_name"] or self.tr("{id} (not received here)").format(
                id=row["catalogue_id"]
            )
        else:
            linked = self.tr("not linked")
        return [
            row["name"],
            row["type_name"] or "",
            row["principal_shown"] or "",
            linked,
            str(row["members"]),
            status,
        ]


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch()
    return row


class GroupPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Group"))
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        members_tab = QWidget()
        members_layout = QVBoxLayout(members_tab)
        self.new_member_button = QPushButton(self.tr("&New member…"))
        self.new_member_button.setToolTip(self.tr("Add a member (Ctrl+N)."))
        self.new_member_button.clicked.connect(self.new_member)
        self.edit_member_button = QPushButton(self.tr("&Edit…"))
        self.edit_member_button.clicked.connect(self.edit_member)
        self.deactivate_button = QPushButton(self.tr("Has &left…"))
        self.deactivate_button.setToolTip(
            self.tr("The member leaves the group: off new attendance lists, kept in old minutes.")
        )
        self.deactivate_button.clicked.connect(self.toggle_member_active)
        self.delete_member_button = QPushButton(self.tr("&Delete…"))
        self.delete_member_button.clicked.connect(self.delete_member)
        self.show_left = QCheckBox(self.tr("Show members who have &left"))
        self.show_left.setChecked(True)
        self.show_left.toggled.connect(self.refresh)
        row = _buttons(
            self.new_member_button,
            self.edit_member_button,
            self.deactivate_button,
            self.delete_member_button,
        )
        row.addWidget(self.show_left)
        members_layout.addLayout(row)
        self.members_model = MembersModel(self)
        self.members_table: QTableView = make_table(self.members_model, stretch_column=0, rows=10)
        # Names, organisations and functions share the width; the short columns fit.
        for column in (1, 2):
            self.members_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        self.members_table.doubleClicked.connect(lambda _index: self.edit_member())
        self.members_table.activated.connect(lambda _index: self.edit_member())
        self.members_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        members_layout.addWidget(self.members_table, 1)
        self.tabs.addTab(members_tab, self.tr("&Members"))

        organisations_tab = QWidget()
        organisations_layout = QVBoxLayout(organisations_tab)
        self.new_organisation_button = QPushButton(self.tr("New &organisation…"))
        self.new_organisation_button.clicked.connect(self.new_organisation)
        self.edit_organisation_button = QPushButton(self.tr("Ed&it…"))
        self.edit_organisation_button.clicked.connect(self.edit_organisation)
        self.organisation_active_button = QPushButton(self.tr("Deac&tivate"))
        self.organisation_active_button.clicked.connect(self.toggle_organisation_active)
        self.merge_button = QPushButton(self.tr("Mer&ge…"))
        self.merge_button.setToolTip(self.tr("Merge two organisations into one."))
        self.merge_button.clicked.connect(self.merge)
        self.from_catalogue_button = QPushButton(self.tr("From the &catalogue…"))
        self.from_catalogue_button.setToolTip(
            self.tr("Add organisations from the county's catalogue, linked from the start.")
        )
        self.from_catalogue_button.clicked.connect(self.add_from_catalogue)
        self.link_button = QPushButton(self.tr("&Link to the catalogue…"))
        self.link_button.setToolTip(
            self.tr("Propose a catalogue entry for each organisation that has none.")
        )
        self.link_button.clicked.connect(self.link_to_catalogue)
        self.to_catalogue_button = QPushButton(self.tr("Add to catalo&gue"))
        self.to_catalogue_button.setToolTip(
            self.tr("Make the chosen organisation (this group's or a group's below) an entry.")
        )
        self.to_catalogue_button.clicked.connect(self.add_to_catalogue)
        self.to_catalogue_button.setVisible(catalogue.can_maintain(store))
        organisations_layout.addLayout(
            _buttons(
                self.new_organisation_button,
                self.edit_organisation_button,
                self.organisation_active_button,
                self.merge_button,
                self.from_catalogue_button,
                self.link_button,
                self.to_catalogue_button,
            )
        )
        self.catalogue_note = QLabel()
        self.catalogue_note.setObjectName("hint")
        self.catalogue_note.setWordWrap(True)
        organisations_layout.addWidget(self.catalogue_note)
        self.organisations_model = OrganisationsModel(self)
        self.organisations_table = make_table(self.organisations_model, stretch_column=0, rows=10)
        self.organisations_table.doubleClicked.connect(lambda _index: self.edit_organisation())
        self.organisations_table.activated.connect(lambda _index: self.edit_organisation())
        self.organisations_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        organisations_layout.addWidget(self.organisations_table, 1)
        self.tabs.addTab(organisations_tab, self.tr("O&rganisations"))

        self.details = GroupDetailsForm(store)
        self.tabs.addTab(self.details, self.tr("Group &details"))
        self.catalogue_tab = CatalogueTab(store)
        self.tabs.addTab(self.catalogue_tab, self.tr("Organisation c&atalogue"))
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_member)
        new_shortcut.setWhatsThis(self.tr("New member"))
        # Delete on a selected member asks first, as the button does.
        self.members_table.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.members_table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.delete_member()
            return True
        return super().eventFilter(watched, event)

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.members_model.set_rows(
            members.list_members(self.store, include_inactive=self.show_left.isChecked())
        )
        self.organisations_model.set_rows(organisations.list_organisations(self.store))
        self.catalogue_tab.refresh()
        has_catalogue = bool(catalogue.list_entries(self.store, include_inactive=False))
        self.from_catalogue_button.setEnabled(has_catalogue)
        self.link_button.setEnabled(has_catalogue)
        unlinked = sum(
            1
            for row in self.organisations_model.rows
            if row["own"] and row["active"] and not row["catalogue_id"]
        )
        if not has_catalogue and not catalogue.can_maintain(self.store):
            self.catalogue_note.setText(
                self.tr(
                    "No organisation catalogue yet. It comes with the county's template "
                    "(Exchange → Import); then link the organisations here, so that the "
                    "sub-region and county count them as one with the other kommuners'."
                )
            )
        elif has_catalogue and unlinked:
            self.catalogue_note.setText(
                self.tr(
                    "%n organisation(s) not linked to the catalogue: upper levels count them "
                    "apart, named with the group.",
                    "",
                    unlinked,
                )
            )
        else:
            self.catalogue_note.setText("")
        self.catalogue_note.setVisible(bool(self.catalogue_note.text()))
        self.details.load()
        self._update_buttons()

    def current_member(self) -> dict[str, Any] | None:
        row: dict[str, Any] | None = self.members_model.row_at(selected_row(self.members_table))
        return row

    def current_organisation(self) -> dict[str, Any] | None:
        table = self.organisations_table
        row: dict[str, Any] | None = self.organisations_model.row_at(selected_row(table))
        return row

    def _update_buttons(self, *_args: object) -> None:
        member = self.current_member()
        own_member = bool(member and member["own"])
        self.edit_member_button.setEnabled(member is not None)
        self.deactivate_button.setEnabled(own_member)
        self.delete_member_button.setEnabled(own_member)
        self.deactivate_button.setText(
            self.tr("Has &left…") if not member or member["active"] else self.tr("&Back again")
        )
        organisation = self.current_organisation()
        own_organisation = bool(organisation and organisation["own"])
        self.edit_organisation_button.setEnabled(organisation is not None)
        self.organisation_active_button.setEnabled(own_organisation)
        self.organisation_active_button.setText(
            self.tr("Deac&tivate")
            if not organisation or organisation["active"]
            else self.tr("Reac&tivate")
        )

    def select_member(self, person_id: str) -> None:
        for number, row in enumerate(self.members_model.rows):
            if row["id"] == person_id:
                self.members_table.selectRow(number)
                return

    def open_record(self, table: str, record_id: str) -> None:
        if table == "people":
            self.tabs.setCurrentIndex(TAB_MEMBERS)
            self.select_member(record_id)
            self.edit_member()
        elif table == "organisations":
            self.tabs.setCurrentIndex(TAB_ORGANISATIONS)
            for number, row in enumerate(self.organisations_model.rows):
                if row["id"] == record_id:
                    self.organisations_table.selectRow(number)
            self.edit_organisation()

    # --- members -------------------------------------------------------------------------

    def _run_dialog(self, dialog: QDialog) -> bool:
        self.dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = bool(getattr(dialog, "saved_ids", None)) or accepted
        self.dialog = None
        if saved:
            publish_writes(self, self.store)
            self.refresh()
        return accepted

    def new_member(self) -> None:
        self.tabs.setCurrentIndex(TAB_MEMBERS)
        dialog = MemberDialog(self.store, None, self)
        self._run_dialog(dialog)
        if dialog.saved_ids:
            self.select_member(dialog.saved_ids[-1])

    def edit_member(self) -> None:
        member = self.current_member()
        if member is not None:
            self._run_dialog(MemberDialog(self.store, member["id"], self))
            self.select_member(member["id"])

    def toggle_member_active(self) -> None:
        member = self.current_member()
        if member is None or not member["own"]:
            return
        if member["active"]:
            if not confirm(
                self,
                self.tr("Member has left"),
                self.tr(
                    "{name} has left the group? They stay in earlier minutes but are no "
                    "longer put on new attendance lists."
                ).format(name=member["name"]),
            ):
                return
            work: Any = lambda: members.deactivate_member(self.store, member["id"])  # noqa: E731
        else:
            work = lambda: members.reactivate_member(self.store, member["id"])  # noqa: E731
        if write(self, self.store, work):
            self.refresh()
            self.select_member(member["id"])

    def delete_member(self) -> None:
        member = self.current_member()
        if member is None or not member["own"]:
            return
        if not confirm(
            self,
            self.tr("Delete member"),
            self.tr(
                "Delete {name} from the register? Use this for a member registered by "
                "mistake; a member who left should be marked as having left instead."
            ).format(name=member["name"]),
        ):
            return
        if write(self, self.store, lambda: members.delete_member(self.store, member["id"])):
            self.refresh()

    # --- organisations -------------------------------------------------------------------

    def new_organisation(self) -> None:
        self._run_dialog(OrganisationDialog(self.store, None, self))

    def edit_organisation(self) -> None:
        organisation = self.current_organisation()
        if organisation is not None:
            self._run_dialog(OrganisationDialog(self.store, organisation["id"], self))

    def toggle_organisation_active(self) -> None:
        organisation = self.current_organisation()
        if organisation is None or not organisation["own"]:
            return
        active = not organisation["active"]
        if write(
            self,
            self.store,
            lambda: organisations.update_organisation(
                self.store, organisation["id"], active=active
            ),
        ):
            self.refresh()

    def add_from_catalogue(self) -> None:
        self.tabs.setCurrentIndex(TAB_ORGANISATIONS)
        self._run_dialog(FromCatalogueDialog(self.store, self))

    def link_to_catalogue(self) -> None:
        self.tabs.setCurrentIndex(TAB_ORGANISATIONS)
        self._run_dialog(LinkDialog(self.store, self))

    def add_to_catalogue(self) -> None:
        organisation = self.current_organisation()
        if organisation is None:
            return
        if not confirm(
            self,
            self.tr("Add to the catalogue"),
            self.tr(
                "Add {name} to the organisation catalogue? Groups below receive it with "
                "your next template and can link their organisations to it."
            ).format(name=organisation["name"]),
        ):
            return
        written = write(
            self,
            self.store,
            lambda: catalogue.entry_from_organisation(self.store, organisation["id"]),
        )
        if written:
            self.refresh()
            self.tabs.setCurrentIndex(TAB_CATALOGUE)
            self.catalogue_tab.select(str(written.value))

    def merge(self) -> bool:
        organisation = self.current_organisation()
        dialog = MergeDialog(self.store, organisation["id"] if organisation else None, self)
        self.dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog = None
        if not accepted:
            return False
        return self.merge_into(dialog.survivor.currentData(), dialog.merged.currentData())

    def merge_into(self, survivor_id: str, merged_id: str) -> bool:
        names = {row["id"]: row["name"] for row in self.organisations_model.rows}
        if not confirm(
            self,
            self.tr("Merge organisations"),
            self.tr(
                "Move everything from {merged} to {survivor} and remove {merged}? This cannot "
                "be undone."
            ).format(merged=names.get(merged_id, ""), survivor=names.get(survivor_id, "")),
        ):
            return False
        done = write(
            self,
            self.store,
            lambda: organisations.merge_organisations(self.store, survivor_id, merged_id),
        )
        if done:
            self.refresh()
        return bool(done)
