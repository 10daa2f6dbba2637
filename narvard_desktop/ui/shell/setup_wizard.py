"""First start: which level, which kommun or area, the group's name and its organisations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from narvard_desktop.errors import NarvardError
from narvard_desktop.exchange.template_catalogue import read_template_catalogue
from narvard_desktop.exchange.trust import UnknownSenderKeyError
from narvard_desktop.reference import Reference, swedish_sort_key
from narvard_desktop.services.group_setup import (
    GroupSetup,
    ProposedOrganisation,
    from_catalogue,
    propose_organisations,
)
from narvard_desktop.services.organisation_catalogue import list_entries
from narvard_desktop.store import Store
from narvard_desktop.ui.exchange.trust_question import ask_to_trust_key
from narvard_desktop.ui.kit.privacy_hint import PrivacyHint, exempt, watch_cells
from narvard_desktop.ui.kit.questions import show_error

ORG_TYPE_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
CATALOGUE_ROLE = Qt.ItemDataRole.UserRole + 3


class LevelPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Närvård Samverkan"))
        self.setSubTitle(
            self.tr(
                "A few questions set up the group that will own this data. "
                "You can change the group's details later under Group (Ctrl+7), where "
                "you also add the group's members."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>At which level does your group work?</b>")))
        self.buttons = QButtonGroup(self)
        options = (
            (
                "lokal",
                self.tr("&Local"),
                self.tr("One group per kommun: the kommun, vårdcentraler, hospital and others."),
            ),
            (
                "delregional",
                self.tr("&Sub-regional"),
                self.tr("One of the six areas, receiving the local groups' files."),
            ),
            (
                "lansgemensam",
                self.tr("&County-wide"),
                self.tr("The county level for all 49 kommuner, publishing templates downward."),
            ),
        )
        self.radio_by_level: dict[str, QRadioButton] = {}
        for level, label, explanation in options:
            radio = QRadioButton(label)
            radio.setProperty("level", level)
            self.buttons.addButton(radio)
            self.radio_by_level[level] = radio
            hint = QLabel(explanation)
            hint.setWordWrap(True)
            hint.setIndent(24)
            hint.setObjectName("hint")
            layout.addWidget(radio)
            layout.addWidget(hint)
        self.radio_by_level["lokal"].setChecked(True)
        layout.addStretch()

    def level(self) -> str:
        checked = self.buttons.checkedButton()
        return str(checked.property("level")) if checked else "lokal"


class PlacePage(QWizardPage):
    """A searchable list of the 49 kommuner, or the six areas."""

    def __init__(self, reference: Reference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        exempt(self.search, "a search in the list of kommuner: never stored")
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.view)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.search.textChanged.connect(self._filter)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.completeChanged.emit())
        self.view.doubleClicked.connect(lambda *_: self.wizard().next())

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        level = self.wizard().level_page.level()
        self.model.clear()
        self.search.clear()
        if level == "lokal":
            self.setTitle(self.tr("Which kommun?"))
            self.setSubTitle(self.tr("Type part of the name or the SCB code to search."))
            self.search.setPlaceholderText(self.tr("Search kommun, e.g. Borås or 1490"))
            for kommun in sorted(self.reference.kommuner(), key=lambda k: swedish_sort_key(k.name)):
                text = f"{kommun.name} ({kommun.code}) – {kommun.delregion}"
                if not kommun.verified:
                    text += " " + self.tr("(area not verified)")
                item = QStandardItem(text)
                item.setData(kommun.code, CODE_ROLE)
                self.model.appendRow(item)
            self.note.setText(
                self.tr(
                    "Kommuner marked 'area not verified' may belong to another area; "
                    "this can be corrected later under Group → Group details."
                )
            )
        else:
            self.setTitle(self.tr("Which area?"))
            self.setSubTitle(self.tr("The six sub-regional areas of Västra Götaland."))
            self.search.setPlaceholderText(self.tr("Search area"))
            for row in self.reference.rows("delregioner"):
                item = QStandardItem(f"{row['delregion']} – {row['full_name']}")
                item.setData(row["delregion"], CODE_ROLE)
                self.model.appendRow(item)
            self.note.clear()
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if self.proxy.rowCount() == 1:
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.selected_code() is not None

    def selected_code(self) -> str | None:
        indexes = self.view.selectionModel().selectedIndexes()
        return str(indexes[0].data(CODE_ROLE)) if indexes else None

    def select_code(self, code: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(CODE_ROLE) == code:
                self.view.setCurrentIndex(index)
                return


class NamePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The group's name"))
        self.setSubTitle(self.tr("As it should appear on protocols and in export files."))
        layout = QVBoxLayout(self)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.textChanged.connect(lambda *_: self.completeChanged.emit())
        layout.addWidget(QLabel(self.tr("&Name:"), buddy=self.name))
        layout.addWidget(self.name)
        # The name is printed on every protocol and sent in every file.
        layout.addWidget(PrivacyHint.watch(self.name))
        layout.addStretch()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.name.setText(self.wizard().suggested_name())
        self.name.selectAll()
        self.name.setFocus()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.name.text().strip())


class EntryLineEdit(QLineEdit):
    """A line edit whose Enter adds its text instead of also pressing the wizard's Finish."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class OrganisationsPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The organisations taking part"))
        self.setSubTitle(
            self.tr(
                "A proposal from the group's usual parties. Untick what does not apply, "
                "double-click a name to change it, or add your own."
            )
        )
        layout = QVBoxLayout(self)
        catalogue_row = QHBoxLayout()
        self.catalogue_note = QLabel()
        self.catalogue_note.setObjectName("hint")
        self.catalogue_note.setWordWrap(True)
        self.catalogue_button = QPushButton(self.tr("Read the county's organisation &catalogue…"))
        self.catalogue_button.setToolTip(
            self.tr(
                "From the template file the county (or sub-region) sent: its organisations "
                "are then proposed with their catalogue ids."
            )
        )
        self.catalogue_button.clicked.connect(self.choose_catalogue_file)
        catalogue_row.addWidget(self.catalogue_note, 1)
        catalogue_row.addWidget(self.catalogue_button)
        layout.addLayout(catalogue_row)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Proposed organisations"))
        self.list.setIconSize(QSize(14, 14))
        layout.addWidget(self.list)
        layout.addWidget(watch_cells(self.list))
        row = QHBoxLayout()
        self.new_name = EntryLineEdit()
        self.new_name.setPlaceholderText(
            self.tr("Another organisation, e.g. Vårdcentralen Norr (the catalogue is searched)")
        )
        self.new_name.setAccessibleName(self.tr("Another organisation"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self._add)
        self.new_name.returnPressed.connect(self._add)
        row.addWidget(self.new_name)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        layout.addWidget(PrivacyHint.watch(self.new_name))
        self.entries: dict[str, dict[str, Any]] = {}

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.wizard()
        self.entries = {str(entry["name"]): entry for entry in wizard.catalogue_entries()}
        completer = QCompleter(sorted(self.entries, key=swedish_sort_key), self.new_name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.new_name.setCompleter(completer)
        self.catalogue_button.setVisible(wizard.store is not None)
        self.catalogue_note.setText(
            self.tr(
                "%n organisation(s) in the county's catalogue; those ticked ✓ are its entries.",
                "",
                len(self.entries),
            )
            if self.entries
            else self.tr(
                "Has the county sent its template file? Its organisation catalogue makes the "
                "same hospital one organisation across the kommuner."
            )
        )
        self.list.clear()
        for proposal in wizard.proposals():
            self._append(proposal)

    def _append(self, proposal: ProposedOrganisation) -> None:
        text = proposal.name
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        item.setCheckState(Qt.CheckState.Checked)
        item.setData(ORG_TYPE_ROLE, proposal.org_type)
        item.setData(CODE_ROLE, proposal.kommun_code)
        item.setData(CATALOGUE_ROLE, proposal.catalogue_id)
        if proposal.catalogue_id:
            item.setToolTip(self.tr("From the catalogue ({id})").format(id=proposal.catalogue_id))
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
        self.list.addItem(item)

    def _add(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        entry = self.entries.get(name)
        self._append(from_catalogue(entry) if entry else ProposedOrganisation(name, "ANN", None))
        self.new_name.clear()

    def choose_catalogue_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The county's template file"),
            "",
            self.tr("Närvård Samverkan files (*.narvard)"),
        )
        if path:
            self.read_catalogue(Path(path))

    def read_catalogue(self, path: Path) -> bool:
        """Read the catalogue out of a template file, checked as an import checks it."""
        wizard = self.wizard()
        store = wizard.store
        if store is None:
            return False
        level = wizard.level_page.level()
        try:
            try:
                read_template_catalogue(store, path, level)
            except UnknownSenderKeyError as unknown:
                if not ask_to_trust_key(self, path.name, unknown.details):
                    return False
                read_template_catalogue(
                    store, path, level, trust_new_key=str(unknown.details["fingerprint"])
                )
        except NarvardError as error:
            show_error(self, error)
            return False
        self.initializePage()
        return True

    def organisations(self) -> list[ProposedOrganisation]:
        chosen = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked and item.text().strip():
                catalogue_id = item.data(CATALOGUE_ROLE)
                entry = self.entries.get(item.text().strip())
                chosen.append(
                    ProposedOrganisation(
                        item.text().strip(),
                        item.data(ORG_TYPE_ROLE),
                        item.data(CODE_ROLE),
                        # A renamed proposal keeps its link; a name typed for an entry
                        # takes the entry's.
                        catalogue_id or (str(entry["id"]) if entry else None),
                    )
                )
        return chosen


class SetupWizard(QWizard):
    PAGE_LEVEL, PAGE_PLACE, PAGE_NAME, PAGE_ORGANISATIONS = range(4)

    def __init__(
        self, reference: Reference, parent: QWidget | None = None, store: Store | None = None
    ) -> None:
        super().__init__(parent)
        self.reference = reference
        # The data folder being set up: the organisation catalogue is read into it.
        self.store = store
        self.setWindowTitle(self.tr("Set up Närvård Samverkan"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resize(700, 560)
        self.level_page = LevelPage()
        self.place_page = PlacePage(reference)
        self.name_page = NamePage()
        self.organisations_page = OrganisationsPage()
        self.setPage(self.PAGE_LEVEL, self.level_page)
        self.setPage(self.PAGE_PLACE, self.place_page)
        self.setPage(self.PAGE_NAME, self.name_page)
        self.setPage(self.PAGE_ORGANISATIONS, self.organisations_page)

    def nextId(self) -> int:  # noqa: N802 - Qt override
        current = self.currentId()
        if current == self.PAGE_LEVEL and self.level_page.level() == "lansgemensam":
            return self.PAGE_NAME
        if current == self.PAGE_ORGANISATIONS:
            return -1
        return current + 1

    def setup(self) -> GroupSetup:
        level = self.level_page.level()
        code = self.place_page.selected_code() if level != "lansgemensam" else None
        return GroupSetup(
            level=level,
            name=self.name_page.name.text().strip(),
            kommun_code=code if level == "lokal" else None,
            delregion=code if level == "delregional" else None,
        )

    def suggested_name(self) -> str:
        setup = self.setup()
        if setup.level == "lokal":
            kommun = self.reference.kommun(setup.kommun_code or "")
            return self.tr("Care collaboration {place}").format(place=kommun.name if kommun else "")
        if setup.level == "delregional":
            row = self.reference.delregion(setup.delregion or "")
            return row["full_name"] if row else ""
        return self.tr("County-wide collaboration Västra Götaland")

    def proposals(self) -> list[ProposedOrganisation]:
        setup = self.setup()
        if setup.level == "lokal":
            kommun = self.reference.kommun(setup.kommun_code or "")
            setup.delregion = kommun.delregion if kommun else None
        return propose_organisations(setup, self.reference, self.catalogue_entries())

    def catalogue_entries(self) -> list[dict[str, Any]]:
        """The organisation catalogue in the data folder, the chosen kommun's entries first."""
        if self.store is None:
            return []
        kommun = self.setup().kommun_code
        return list_entries(self.store, include_inactive=False, kommun_first=kommun)

    def organisations(self) -> list[ProposedOrganisation]:
        return self.organisations_page.organisations()
