"""Which groups a list or chart at an upper level shows: all, one, or several side by side.

Pages at the delregional and county levels put this widget above their
lists and charts and re-query when `selection_changed` fires. A local
group that has imported nothing has nothing to choose, so the widget hides.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.domain import LEVELS, label_for
from narvard_desktop.exchange.export import LEVEL_RANK
from narvard_desktop.exchange.provenance import GroupChoice, group_filter, selectable_groups
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.privacy_hint import exempt

ALL = "all"
ONE = "one"
COMPARE = "compare"
GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class GroupSelection:
    """What the user chose. `group_ids` is None for all groups."""

    mode: str = ALL
    group_ids: tuple[str, ...] | None = None

    @property
    def compare(self) -> bool:
        """True when each group should be shown as its own series or column."""
        return self.mode == COMPARE

    def where(self) -> tuple[str, list[Any]]:
        """A WHERE fragment on `group_id` and its parameters, for the core's queries."""
        if self.group_ids is not None and not self.group_ids:
            # Comparing no groups shows nothing, not everything.
            return "0 = 1", []
        return group_filter(list(self.group_ids) if self.group_ids is not None else None)


def group_names(store: Store) -> dict[str, str]:
    """Each group's name by id, for the "Group" column of lists at an upper level."""
    return {choice.id: choice.name for choice in selectable_groups(store.db, store.own_group_id)}


def show_group_column(view: QTableView, column: int, several: bool) -> None:
    """The "Group" column first, and only while more than one group's records are listed."""
    header = view.horizontalHeader()
    if header.visualIndex(column) != 0:
        header.moveSection(header.visualIndex(column), 0)
    view.setColumnHidden(column, not several)


def has_groups_to_choose(choices: list[GroupChoice]) -> bool:
    """True when some group from a level below the own group's has been imported."""
    own = next((choice for choice in choices if choice.own), None)
    if own is None:
        return False
    own_rank = LEVEL_RANK.get(own.level, 0)
    return any(not c.own and LEVEL_RANK.get(c.level, 99) < own_rank for c in choices)


class GroupChecklist(QFrame):
    """A pop-up list with a search field for ticking the groups to compare."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        exempt(self.search, "a search: never stored")
        self.search.setPlaceholderText(self.tr("Search groups…"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setMinimumSize(280, 240)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Tick &all"))
        self.none_button = QPushButton(self.tr("Tick &none"))
        self.all_button.clicked.connect(lambda: self._set_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._set_all(Qt.CheckState.Unchecked))
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        layout.addLayout(buttons)
        # Blocking the model's signals would also hide its resets from the proxy and view.
        self._quiet = False
        self.model.itemChanged.connect(self._on_item_changed)

    def _on_item_changed(self, _item: QStandardItem) -> None:
        if not self._quiet:
            self.changed.emit()

    def set_groups(self, rows: list[tuple[str, str, bool]]) -> None:
        """(group id, text, ticked) per group."""
        self._quiet = True
        self.model.clear()
        for group_id, text, ticked in rows:
            item = QStandardItem(text)
            item.setData(group_id, GROUP_ID_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        self._quiet = False

    def checked_ids(self) -> list[str]:
        return [
            self.model.item(row).data(GROUP_ID_ROLE)
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, group_ids: set[str]) -> None:
        self._quiet = True
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            ticked = item.data(GROUP_ID_ROLE) in group_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self._quiet = False
        self.changed.emit()

    def _set_all(self, state: Qt.CheckState) -> None:
        # Only the rows the search shows: "tick all Skaraborg" is a natural use.
        self._quiet = True
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            self.model.itemFromIndex(source).setCheckState(state)
        self._quiet = False
        self.changed.emit()


class GroupSelector(QWidget):
    """ "All groups / one group / compare groups", emitting a `GroupSelection`."""

    selection_changed = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.choices: list[GroupChoice] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Show:"))
        self.mode = QComboBox()
        self.mode.addItem(self.tr("All groups"), ALL)
        self.mode.addItem(self.tr("One group"), ONE)
        self.mode.addItem(self.tr("Compare groups"), COMPARE)
        self.mode.setToolTip(
            self.tr(
                "All groups: everything this group holds, its own records and those "
                "imported from the levels below.\nOne group: only that group's records.\n"
                "Compare groups: the chosen groups side by side."
            )
        )
        label.setBuddy(self.mode)
        self.group = QComboBox()
        self.group.setMinimumContentsLength(24)
        self.group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group.setToolTip(self.tr("The group whose records are shown"))
        self.compare_button = QToolButton()
        self.compare_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.compare_button.setToolTip(self.tr("Choose the groups to show side by side"))
        self.checklist = GroupChecklist(self)
        layout.addWidget(label)
        layout.addWidget(self.mode)
        layout.addWidget(self.group)
        layout.addWidget(self.compare_button)
        layout.addStretch()
        self.mode.currentIndexChanged.connect(self._on_changed)
        self.group.currentIndexChanged.connect(self._on_changed)
        self.checklist.changed.connect(self._on_changed)
        self.compare_button.clicked.connect(self.open_checklist)
        self._current = GroupSelection()
        self.refresh()

    def group_text(self, choice: GroupChoice) -> str:
        if choice.own:
            return self.tr("{name} (this group)").format(name=choice.name)
        return self.tr("{name} ({level})").format(
            name=choice.name, level=label_for(LEVELS, choice.level).lower()
        )

    def refresh(self) -> None:
        """Read the groups again (after an import), keeping the choice where possible."""
        previous = self._current
        self.choices = selectable_groups(self.store.db, self.store.own_group_id)
        ids = {choice.id for choice in self.choices}
        widgets = (self.mode, self.group)
        for widget in widgets:
            widget.blockSignals(True)
        self.group.clear()
        for choice in self.choices:
            self.group.addItem(self.group_text(choice), choice.id)
        if previous.mode == ONE and previous.group_ids and previous.group_ids[0] in ids:
            self.group.setCurrentIndex(self.group.findData(previous.group_ids[0]))
        elif len(self.choices) > 1:
            # The own group is first; the first imported group is the likelier wish.
            self.group.setCurrentIndex(1)
        if previous.mode == COMPARE and previous.group_ids is not None:
            ticked = set(previous.group_ids) & ids
        else:
            ticked = {choice.id for choice in self.choices if not choice.own}
        self.checklist.set_groups(
            [(c.id, self.group_text(c), c.id in ticked) for c in self.choices]
        )
        for widget in widgets:
            widget.blockSignals(False)
        self.setVisible(has_groups_to_choose(self.choices))
        self._on_changed()

    def selection(self) -> GroupSelection:
        return self._current

    def several_groups_shown(self) -> bool:
        """True while the list shows more than one group's records (all, or compare)."""
        if not has_groups_to_choose(self.choices):
            return False
        ids = self._current.group_ids
        return ids is None or len(ids) > 1

    def set_mode(self, mode: str) -> None:
        self.mode.setCurrentIndex(self.mode.findData(mode))

    def select_group(self, group_id: str) -> None:
        self.set_mode(ONE)
        self.group.setCurrentIndex(self.group.findData(group_id))

    def compare_groups(self, group_ids: list[str]) -> None:
        self.set_mode(COMPARE)
        self.checklist.set_checked(set(group_ids))

    def open_checklist(self) -> None:
        self.checklist.move(
            self.compare_button.mapToGlobal(self.compare_button.rect().bottomLeft())
        )
        self.checklist.show()
        self.checklist.search.setFocus()

    def _build_selection(self) -> GroupSelection:
        mode = self.mode.currentData() or ALL
        if not has_groups_to_choose(self.choices):
            return GroupSelection()
        if mode == ONE and self.group.currentData():
            return GroupSelection(ONE, (self.group.currentData(),))
        if mode == COMPARE:
            return GroupSelection(COMPARE, tuple(self.checklist.checked_ids()))
        return GroupSelection()

    def _on_changed(self, *_args: object) -> None:
        mode = self.mode.currentData()
        self.group.setVisible(mode == ONE)
        self.compare_button.setVisible(mode == COMPARE)
        count = len(self.checklist.checked_ids())
        self.compare_button.setText(self.tr("Choose groups (%n chosen)…", "", count))
        selection = self._build_selection()
        if selection != self._current:
            self._current = selection
            self.selection_changed.emit(selection)
