"""The avvikelse list, read a page at a time (see `paged_model`), with its overdue,
risk and privacy marks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from narvard_desktop.domain import DEVIATION_STATES, label_for
from narvard_desktop.exchange.provenance import ProvenanceLookup
from narvard_desktop.services.deviation_list import (
    DeviationFilters,
    count_deviations,
    cursor_of,
    query_deviations,
)
from narvard_desktop.services.deviations import group_rules
from narvard_desktop.store import Store
from narvard_desktop.ui.deviations.risk_picker import score_colour
from narvard_desktop.ui.kit.group_selector import group_names
from narvard_desktop.ui.kit.paged_model import PagedQueryModel

COL_REPORTED, COL_CATEGORY, COL_ORGANISATIONS, COL_DESCRIPTION, COL_RISK, COL_STATE, COL_DUE = (
    range(7)
)
# Whose avvikelse it is; the page shows it (first) only while several groups are listed.
COL_GROUP = 7
# Columns the core can sort on; the others are free text or a pair of names.
SORT_KEY_BY_COLUMN = {
    COL_REPORTED: "reported_date",
    COL_CATEGORY: "category",
    COL_RISK: "risk",
    COL_STATE: "state",
    COL_DUE: "answer_due_date",
}
_OVERDUE_RED = QColor("#b42318")
_SHORT_DESCRIPTION = 90


def short_text(text: str | None, limit: int = _SHORT_DESCRIPTION) -> str:
    first_line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return first_line if len(first_line) <= limit else first_line[: limit - 1].rstrip() + "…"


class DeviationTableModel(PagedQueryModel):
    MAX_PAGES = 30

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(
            store,
            [
                QCoreApplication.translate("DeviationTableModel", "Reported"),
                QCoreApplication.translate("DeviationTableModel", "Category"),
                QCoreApplication.translate("DeviationTableModel", "Reporting → receiving"),
                QCoreApplication.translate("DeviationTableModel", "What happened"),
                QCoreApplication.translate("DeviationTableModel", "Risk"),
                QCoreApplication.translate("DeviationTableModel", "State"),
                QCoreApplication.translate("DeviationTableModel", "Answer due"),
                QCoreApplication.translate("DeviationTableModel", "Group"),
            ],
            parent,
        )
        self.filters = DeviationFilters()
        self.sort_key = "-reported_date"
        self._category_names: dict[str, str] = {}
        self._provenance: ProvenanceLookup | None = None
        self._icons: dict[str, QIcon] = {}
        self._group_names: dict[str, str] = {}
        self.reload()

    # --- loading -----------------------------------------------------------------------

    def _prepare(self) -> None:
        self._category_names = {
            row["code"]: row["name"] for row in self.store.reference.categories()
        }
        self._threshold = group_rules(self.store)[0]
        self._provenance = ProvenanceLookup(self.store.db)
        self._group_names = group_names(self.store)

    def _count_rows(self) -> int:
        return count_deviations(self.store, self.filters)

    def _read_rows(self, offset: int, limit: int) -> list[dict[str, Any]]:
        return query_deviations(
            self.store, self.filters, sort=self.sort_key, offset=offset, limit=limit
        )

    def _read_page(self, number: int) -> list[dict[str, Any]]:
        # Next to a page already read, or at the end, the page is found by its neighbour's
        # sort key: as fast on page 300 as on page 1. A jump into the middle uses OFFSET.
        size = self.PAGE_SIZE
        previous, following = self._pages.get(number - 1), self._pages.get(number + 1)
        if previous:
            return query_deviations(
                self.store, self.filters, self.sort_key, limit=size, after=cursor_of(previous[-1])
            )
        if following:
            return query_deviations(
                self.store, self.filters, self.sort_key, limit=size, before=cursor_of(following[0])
            )
        if number > 0 and number == (self._count - 1) // size:
            return query_deviations(
                self.store,
                self.filters,
                self.sort_key,
                limit=self._count - number * size,
                from_end=True,
            )
        return self._read_rows(number * size, size)

    def set_filters(self, filters: DeviationFilters) -> None:
        self.filters = filters
        self.reload()

    def set_sort_key(self, key: str) -> None:
        self.sort_key = key
        self.reload()

    # --- Qt model ----------------------------------------------------------------------

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section not in SORT_KEY_BY_COLUMN:
                return QCoreApplication.translate(
                    "DeviationTableModel", "This column cannot be sorted."
                )
            return QCoreApplication.translate(
                "DeviationTableModel", "Click to sort by this column."
            )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEY_BY_COLUMN.get(column)
        if key is None:
            return
        prefix = "-" if order == Qt.SortOrder.DescendingOrder else ""
        self.set_sort_key(prefix + key)

    def _icon(self, name: str) -> QIcon:
        if name not in self._icons:
            pixmap = {
                "overdue": QStyle.StandardPixmap.SP_MessageBoxWarning,
                "analysis": QStyle.StandardPixmap.SP_MessageBoxInformation,
                "identifier": QStyle.StandardPixmap.SP_MessageBoxCritical,
            }[name]
            self._icons[name] = QApplication.style().standardIcon(pixmap)
        return self._icons[name]

    def _row_data(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == COL_DUE and row["overdue"]:
                return self._icon("overdue")
            if column == COL_RISK and row["needs_analysis"]:
                return self._icon("analysis")
            if column == COL_DESCRIPTION and row["has_identifier"]:
                return self._icon("identifier")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE and row["overdue"]:
            return QBrush(_OVERDUE_RED)
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_RISK and row["risk_score"]:
            return QBrush(score_colour(row["risk_score"]))
        if role == Qt.ItemDataRole.FontRole:
            if (column == COL_DUE and row["overdue"]) or (
                column == COL_RISK and row["needs_analysis"]
            ):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_RISK:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _display(self, row: dict[str, Any], column: int) -> str:
        if column == COL_REPORTED:
            return row["reported_date"] or ""
        if column == COL_CATEGORY:
            code = row["category_code"]
            return self._category_names.get(code, code or "")
        if column == COL_ORGANISATIONS:
            reporting = row["reporting_organisation_name"] or "–"
            receiving = row["receiving_organisation_name"] or "–"
            return f"{reporting} → {receiving}"
        if column == COL_DESCRIPTION:
            return short_text(row["description"])
        if column == COL_RISK:
            return "–" if row["risk_score"] is None else str(row["risk_score"])
        if column == COL_STATE:
            return label_for(DEVIATION_STATES, row["state"])
        if column == COL_DUE:
            return row["answer_due_date"] or ""
        if column == COL_GROUP:
            return self._group_names.get(row["group_id"], "")
        return ""

    def _tooltip(self, row: dict[str, Any], column: int) -> str | None:
        if column == COL_DUE and row["overdue"]:
            return QCoreApplication.translate(
                "DeviationTableModel",
                "The answer is overdue: the due date has passed without an answer.",
            )
        if column == COL_RISK and row["needs_analysis"]:
            return QCoreApplication.translate(
                "DeviationTableModel",
                "Needs deeper analysis: the risk score is {score} (threshold {threshold}).",
            ).format(score=row["risk_score"], threshold=self._threshold)
        if column == COL_DESCRIPTION and row["has_identifier"]:
            return QCoreApplication.translate(
                "DeviationTableModel",
                "A text in this deviation looks like a personal identity number. Open it and "
                "remove the number.",
            )
        if column in (COL_REPORTED, COL_GROUP) and self.is_imported(row):
            source = self._provenance.for_row(row) if self._provenance else None
            return QCoreApplication.translate(
                "DeviationTableModel", "Imported, read-only. Source: {source}"
            ).format(source=source.label() if source else row["group_id"])
        if column in (COL_DESCRIPTION, COL_ORGANISATIONS):
            return (
                self._display(row, column)
                if column == COL_ORGANISATIONS
                else short_text(row["description"], 400)
            )
        return None
