"""Qt models for the exchange: the ledger of every file sent and received, and the small
tables of counts per kind of record that the export and import dialogs show."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableView

from narvard_desktop.exchange.ledger import DIRECTION_EXPORT, LedgerEntry, list_entries
from narvard_desktop.exchange.report import kind_label
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.table_helpers import follow_contents

_CTX = "LedgerModel"
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def local_time(utc_text: str | None) -> str:
    """ "2026-11-23T13:05:00.000Z" as local "2026-11-23 14:05"; the text itself if unreadable."""
    if not utc_text:
        return ""
    try:
        moment = datetime.fromisoformat(utc_text.replace("Z", "+00:00"))
    except ValueError:
        return utc_text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def export_total(entry: LedgerEntry) -> int:
    return sum(n for n in entry.tables.values() if isinstance(n, int))


def import_totals(entry: LedgerEntry) -> dict[str, int]:
    totals: dict[str, int] = {}
    for row in entry.tables.values():
        if isinstance(row, dict):
            for outcome, n in row.items():
                if isinstance(n, int):
                    totals[outcome] = totals.get(outcome, 0) + n
    return totals


def withheld_count(entry: LedgerEntry) -> int:
    try:
        message = json.loads(entry.message or "{}")
    except ValueError:
        return 0
    value = message.get("withheld", 0) if isinstance(message, dict) else 0
    return value if isinstance(value, int) else 0


OUTCOME_KEYS = ("new", "updated", "unchanged", "conflict", "rejected")


def outcome_phrase(key: str, n: int) -> str:
    """ "3 new", "1 conflict": each outcome in the plural form its count needs."""
    translate = QCoreApplication.translate
    if key == "new":
        return translate("LedgerModel", "%n new", "", n)
    if key == "updated":
        return translate("LedgerModel", "%n updated", "", n)
    if key == "unchanged":
        return translate("LedgerModel", "%n unchanged", "", n)
    if key == "conflict":
        return translate("LedgerModel", "%n conflict(s)", "", n)
    return translate("LedgerModel", "%n rejected", "", n)


def contents_text(entry: LedgerEntry) -> str:
    if entry.direction == DIRECTION_EXPORT:
        text = QCoreApplication.translate("LedgerModel", "%n record(s)", "", export_total(entry))
        withheld = withheld_count(entry)
        if withheld:
            text += QCoreApplication.translate("LedgerModel", ", %n text(s) withheld", "", withheld)
        return text
    totals = import_totals(entry)
    parts = [outcome_phrase(key, totals[key]) for key in OUTCOME_KEYS if totals.get(key)]
    if not totals.get("new") and not totals.get("updated"):
        return QCoreApplication.translate("LedgerModel", "Nothing new") + (
            " (" + ", ".join(parts) + ")" if parts else ""
        )
    return ", ".join(parts)


def contents_tooltip(entry: LedgerEntry) -> str:
    lines = []
    for kind, value in entry.tables.items():
        if isinstance(value, int):
            lines.append(f"{kind_label(kind)}: {value}")
        elif isinstance(value, dict):
            phrases = [outcome_phrase(key, value[key]) for key in OUTCOME_KEYS if value.get(key)]
            lines.append(f"{kind_label(kind)}: {', '.join(phrases)}")
    return "\n".join(lines)


def setup_table_view(view: QTableView) -> None:
    """Read-only rows, one line each, as compact as the font allows."""
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if view.model() is not None:
        follow_contents(view)


class LedgerModel(QAbstractTableModel):
    """Every export and import, newest first, handed to the view in batches."""

    BATCH = 200
    HEADERS = (
        QT_TRANSLATE_NOOP("LedgerModel", "Time"),
        QT_TRANSLATE_NOOP("LedgerModel", "Direction"),
        QT_TRANSLATE_NOOP("LedgerModel", "Sender"),
        QT_TRANSLATE_NOOP("LedgerModel", "Export no."),
        QT_TRANSLATE_NOOP("LedgerModel", "Contents"),
        QT_TRANSLATE_NOOP("LedgerModel", "Outcome"),
        QT_TRANSLATE_NOOP("LedgerModel", "File"),
    )
    TIME, DIRECTION, SENDER, SEQUENCE, CONTENTS, OUTCOME, FILE = range(7)

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self._entries: list[LedgerEntry] = []
        self._shown = 0

    def reload(self) -> None:
        # The ledger grows by one row per file: a few hundred rows over years.
        self.beginResetModel()
        self._entries = list_entries(self.store.db)
        self._shown = min(self.BATCH, len(self._entries))
        self.endResetModel()

    def entry(self, row: int) -> LedgerEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._shown < len(self._entries)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        more = min(self.BATCH, len(self._entries) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.CONTENTS:
                return contents_tooltip(entry) or None
            if column == self.FILE:
                return QCoreApplication.translate(
                    "LedgerModel", "Checksum (SHA-256): {checksum}"
                ).format(checksum=entry.file_checksum)
            if column == self.SENDER and entry.sender_key:
                # Which pinned key wrote the file (and so every record it brought).
                return QCoreApplication.translate(
                    "LedgerModel", "Signed with the key {key}"
                ).format(key=entry.sender_key)
            if column == self.TIME and entry.created_at:
                return QCoreApplication.translate("LedgerModel", "The file was made {time}").format(
                    time=local_time(entry.created_at)
                )
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DIRECTION:
            return QColor("#005b94") if entry.direction == DIRECTION_EXPORT else QColor("#1d6b2f")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SEQUENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ENTRY_ROLE:
            return entry
        return None

    def _display(self, entry: LedgerEntry, column: int) -> str:
        exported = entry.direction == DIRECTION_EXPORT
        template = entry.kind == "template"
        if column == self.TIME:
            return local_time(entry.occurred_at)
        if column == self.DIRECTION:
            if exported:
                return (
                    QCoreApplication.translate("LedgerModel", "Export (template)")
                    if template
                    else QCoreApplication.translate("LedgerModel", "Export")
                )
            return (
                QCoreApplication.translate("LedgerModel", "Import (template)")
                if template
                else QCoreApplication.translate("LedgerModel", "Import")
            )
        if column == self.SENDER:
            return entry.sender_name or ""
        if column == self.SEQUENCE:
            return "" if entry.sequence is None else str(entry.sequence)
        if column == self.CONTENTS:
            return contents_text(entry)
        if column == self.OUTCOME:
            return (
                QCoreApplication.translate("LedgerModel", "Exported")
                if exported
                else QCoreApplication.translate("LedgerModel", "Imported")
            )
        if column == self.FILE:
            return entry.file_name or ""
        return ""


class KindCountsModel(QAbstractTableModel):
    """Counts per kind of record: one row per kind, one column per count."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[tuple[str, list[int]]] = []

    def set_rows(self, rows: list[tuple[str, list[int]]]) -> None:
        """(kind code, counts) per row; kinds are shown by their Swedish names."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def counts(self, kind: str) -> list[int] | None:
        return next((counts for code, counts in self._rows if code == kind), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, counts = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return kind_label(kind)
            value = counts[index.column() - 1]
            return str(value) if value else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
