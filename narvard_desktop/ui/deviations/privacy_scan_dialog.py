"""The result of the personnummer check: every record whose text looks like it holds a
personal identity or coordination number, to open and correct one by one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.privacy import SAMORDNINGSNUMMER
from narvard_desktop.record_kinds import field_label, kind_label
from narvard_desktop.ui.kit.paged_model import ID_ROLE
from narvard_desktop.ui.kit.table_helpers import fit_columns

_PERSONNUMMER = QT_TRANSLATE_NOOP("PrivacyScan", "Personal identity number")
_SAMORDNINGSNUMMER = QT_TRANSLATE_NOOP("PrivacyScan", "Coordination number")


class PrivacyHitsModel(QAbstractTableModel):
    """The hits of a personnummer check: where, never the number."""

    def __init__(self, hits: list[dict[str, Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self.hits = hits
        self.headers = [self.tr("Kind of record"), self.tr("Field"), self.tr("Looks like")]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == ID_ROLE:
            return hit
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return kind_label(hit["kind"], plural=False)
        if index.column() == 1:
            return field_label(hit["field"], hit["kind"])
        kind = hit["identifier_kind"]
        return translate(
            "PrivacyScan", _SAMORDNINGSNUMMER if kind == SAMORDNINGSNUMMER else _PERSONNUMMER
        )


class PrivacyScanDialog(QDialog):
    """The result of the check, with a way to open each record and remove the number."""

    open_requested = Signal(dict)

    def __init__(self, hits: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Personal identity number check"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        if hits:
            text = self.tr(
                "%n text(s) look like they hold a personal identity number or coordination "
                "number. Open each record and remove the number: such texts cannot leave the "
                "group.",
                "",
                len(hits),
            )
        else:
            text = self.tr("No personal identity numbers were found in the database.")
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = PrivacyHitsModel(hits, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # "Looks like" names what was found; it takes the room left.
        fit_columns(self.table, 2)
        self.table.verticalHeader().hide()
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.setVisible(bool(hits))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("&Open record"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setEnabled(bool(hits))
        self.open_button.clicked.connect(self.open_selected)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        if hits:
            self.table.selectRow(0)
            self.table.setFocus()

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_requested.emit(self.model.data(index, ID_ROLE))
