"""The dialogs of the agenda editor: a new §, an action item to an activity, a link."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.domain import AGENDA_ITEM_KINDS
from narvard_desktop.services import action_plans
from narvard_desktop.services.activities import ActivityFilter, query_activities
from narvard_desktop.services.deviation_list import query_deviations
from narvard_desktop.services.indicators import list_indicators
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.forms import TEXT_LIMIT, FieldErrors, dialog_buttons, plain_label
from narvard_desktop.ui.kit.privacy_hint import exempt
from narvard_desktop.ui.meetings.model_base import ID_ROLE
from narvard_desktop.ui.meetings.models import RowsModel


class NewItemDialog(QDialog):
    """Title and kind of a new §."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New agenda item"))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.title.setMaxLength(TEXT_LIMIT)
        FieldErrors("agenda_items").row(form, self.tr("&Title:"), "title", self.title)
        self.kind = QComboBox()
        for choice in AGENDA_ITEM_KINDS:
            self.kind.addItem(choice.label, choice.code)
        self.kind.setCurrentIndex(self.kind.findData("information"))
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(dialog_buttons(self))


class ToActivityDialog(QDialog):
    """Choose the handlingsplan (and optionally the way of working) for a new activity."""

    def __init__(self, store: Store, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make it an activity"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "“{what}” becomes an activity in the action plan, linked to this meeting."
                ).format(what=what if len(what) <= 200 else what[:199] + "…")
            )
        )
        form = QFormLayout()
        self.plan = QComboBox()
        for plan in action_plans.list_plans(store, own_only=True):
            self.plan.addItem(plan["title"], plan["id"])
        form.addRow(self.tr("Action &plan:"), self.plan)
        self.way = QComboBox()
        self.way.addItem(self.tr("— choose later —"), None)
        for way in store.reference.ways_of_working():
            self.way.addItem(f"{way['code']} {way['name']}", way["code"])
        self.way.setToolTip(self.tr("The Färdplan way of working or prerequisite it serves."))
        form.addRow(self.tr("&Way of working:"), self.way)
        layout.addLayout(form)
        self.buttons = dialog_buttons(self, self.tr("&Create activity"))
        if self.plan.count() == 0:
            layout.addWidget(
                plain_label(
                    self.tr("The group has no action plan yet. Create one under Action plan first.")
                )
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout.addWidget(self.buttons)


class LinkChooserDialog(QDialog):
    """Pick an activity, indicator or avvikelse to link; a search narrows the list.

    Avvikelser are named by date, category and organisations only, never by their
    description, because the chooser may be used with the projector on.
    """

    def __init__(self, store: Store, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        titles = {
            "activity": self.tr("Link an activity"),
            "indicator": self.tr("Link an indicator"),
            "deviation": self.tr("Link a deviation"),
        }
        self.setWindowTitle(titles[kind])
        self.resize(560, 440)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        exempt(self.search, "a search: never stored")
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model = RowsModel([titles[kind]], self)
        labels, ids = self._candidates(store, kind)
        self.model.set_rows([(label,) for label in labels], ids)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.doubleClicked.connect(lambda _index: self.accept())
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        layout.addWidget(self.list, 1)
        if not ids:
            empty = QLabel(self.tr("There is nothing of this kind to link yet."))
            empty.setObjectName("hint")
            layout.addWidget(empty)
        layout.addWidget(dialog_buttons(self, self.tr("&Link")))
        self.search.returnPressed.connect(self.accept)

    def _candidates(self, store: Store, kind: str) -> tuple[list[str], list[str]]:
        labels: list[str] = []
        ids: list[str] = []
        if kind == "activity":
            for row in query_activities(
                store, ActivityFilter(owner_group_id=store.own_group_id), limit=None
            ):
                labels.append(f"{row['title']} ({row['plan_title'] or ''})")
                ids.append(row["id"])
        elif kind == "indicator":
            for plan in action_plans.list_plans(store, own_only=True):
                for row in list_indicators(store, plan["id"]):
                    labels.append(f"{row['name']} ({plan['title']})")
                    ids.append(row["id"])
        else:
            for row in query_deviations(store, limit=2000):
                category = store.reference.category_name(row["category_code"]) or "–"
                organisations = " → ".join(
                    name
                    for name in (
                        row["reporting_organisation_name"],
                        row["receiving_organisation_name"],
                    )
                    if name
                )
                labels.append(f"{row['reported_date']} · {category} · {organisations}")
                ids.append(row["id"])
        return labels, ids

    def chosen_id(self) -> str | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index, ID_ROLE)
