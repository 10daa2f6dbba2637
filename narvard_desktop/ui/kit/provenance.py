"""Where an imported record came from, for any list or form at an upper level.

Imported records are read-only here (single writer per record), so a form
showing one puts a banner on top saying whose record it is and why it
cannot be edited; a list shows the short source text in a column.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget

from narvard_desktop.exchange.provenance import Provenance, ProvenanceLookup
from narvard_desktop.store import Store

BANNER_STYLE = """
QFrame#provenanceBanner {
    background: #fff8e1; border: 1px solid #e0c36a; border-radius: 6px;
}
QFrame#provenanceBanner QLabel { color: #4a3b00; }
"""


class ProvenanceLabels:
    """Source texts such as "Borås, export 7, 2026-10-03" for the rows of a list.

    Rows need `group_id` and `origin_import_id`; each ledger entry and group
    name is read once, however many rows share it.
    """

    def __init__(self, store: Store) -> None:
        self._lookup = ProvenanceLookup(store.db)
        self._own_group_id = store.own_group_id

    def provenance(self, row: dict[str, Any]) -> Provenance | None:
        return self._lookup.for_row(row)

    def text(self, row: dict[str, Any]) -> str:
        """The source of an imported row; empty for the group's own records."""
        found = self._lookup.for_row(row)
        return found.label() if found else ""

    def is_imported(self, row: dict[str, Any]) -> bool:
        """True for any record another group owns: those may not be edited here."""
        owner = row.get("group_id")
        return owner is not None and owner != self._own_group_id


def provenance_text(store: Store, table: str, record_id: str) -> str:
    found = ProvenanceLookup(store.db).for_record(table, record_id)
    return found.label() if found else ""


class ProvenanceBanner(QFrame):
    """A read-only notice for an imported record; hidden for the group's own records."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("provenanceBanner")
        self.setStyleSheet(BANNER_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(20)
        )
        layout.addWidget(icon, alignment=Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.provenance: Provenance | None = None
        self.hide()

    def show_provenance(self, provenance: Provenance | None) -> None:
        self.provenance = provenance
        if provenance is None:
            self.label.clear()
            self.hide()
            return
        self.label.setText(
            self.tr(
                "Imported from {source}. This record belongs to {owner} and cannot be changed "
                "here; changes arrive with their next file."
            ).format(source=provenance.label(), owner=provenance.owner_name)
        )
        self.setToolTip(
            self.tr(
                "Only the group that owns a record may change it, so that the same record "
                "never has two different versions."
            )
        )
        self.show()

    def show_record(self, store: Store, table: str, record_id: str | None) -> None:
        """Show the banner if `record_id` in `table` was imported, hide it otherwise."""
        if not record_id:
            self.show_provenance(None)
            return
        self.show_provenance(ProvenanceLookup(store.db).for_record(table, record_id))
