"""The activity list of the plan view as a windowed Qt model over the core's paged query.

rowCount is the filtered count; rows are read a page at a time when the view paints
them and only a bounded number of pages is kept, so 12 000 activities scroll as
smoothly as 12 and memory stays flat.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from narvard_desktop.domain import ACTIVITY_DELAYED_LABEL, ACTIVITY_STATUSES, label_for
from narvard_desktop.i18n import translate as translate_domain
from narvard_desktop.services.activities import (
    ActivityFilter,
    count_activities,
    query_activities,
)
from narvard_desktop.store import Store

ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

(
    COL_TITLE,
    COL_GOAL,
    COL_WAY,
    COL_RESPONSIBLE,
    COL_DUE,
    COL_STATUS,
    COL_CHECKIN,
) = range(7)
# Columns the core can sort on; goal and check-in keep the plan's own order.
SORT_KEY_BY_COLUMN = {
    COL_TITLE: "title",
    COL_WAY: "way",
    COL_RESPONSIBLE: "responsible",
    COL_DUE: "due",
    COL_STATUS: "status",
}
DELAYED_RED = QColor("#b42318")
_SHORT_WAY = 22
_SHORT_TITLE = 120


# lupdate finds strings only in calls it knows, such as translate("Context", "text").
translate = QCoreApplication.translate


def shorten(text: str | None, limit: int) -> str:
    """First line of `text`, cut at a word boundary with an ellipsis when longer than `limit`."""
    stripped = (text or "").strip()
    first = stripped.splitlines()[0] if stripped else ""
    if len(first) <= limit:
        return first
    cut = first[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "…"


def way_label(code: str | None, name: str | None, limit: int = _SHORT_WAY) -> str:
    """ "A4 Stärk kontinuitet och…": the code a facilitator knows, plus enough of the name."""
    if not code:
        return ""
    return f"{code} {shorten(name, limit)}".strip()


def status_text(row: dict[str, Any]) -> str:
    """The stored status, with the derived "Delayed" in front when the due date has passed."""
    status = label_for(ACTIVITY_STATUSES, row["status"])
    if row.get("delayed"):
        delayed = translate_domain("Domain", ACTIVITY_DELAYED_LABEL)
        return translate("ActivityTableModel", "{delayed} ({status})").format(
            delayed=delayed, status=status.lower()
        )
    return status


class ActivityTableModel(QAbstractTableModel):
    PAGE_SIZE = 200
    MAX_PAGES = 20

    def __init__(self, store: Store, parent: Any = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.filters = ActivityFilter(today=today)
        self.sort_key = "position"
        self.descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self.pages_loaded = 0  # page reads since the last reset, for tests and tuning
        self._own_group_id: str | None = None
        self.headers = [
            translate("ActivityTableModel", "Activity"),
            translate("ActivityTableModel", "Goal"),
            translate("ActivityTableModel", "Way of working"),
            translate("ActivityTableModel", "Responsible"),
            translate("ActivityTableModel", "Due"),
            translate("ActivityTableModel", "Status"),
            translate("ActivityTableModel", "Next check-in"),
        ]
        self.reload()

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Count again and forget every cached page (after a filter, a sort or a save)."""
        self.beginResetModel()
        self._pages.clear()
        self.pages_loaded = 0
        self._own_group_id = self.store.own_group_id
        self._count = count_activities(self.store, self.filters)
        self.endResetModel()

    def set_filters(self, filters: ActivityFilter) -> None:
        if filters.today is None and self.today is not None:
            filters = replace(filters, today=self.today)
        self.filters = filters
        self.reload()

    def set_sort(self, key: str, descending: bool = False) -> None:
        self.sort_key, self.descending = key, descending
        self.reload()

    def _page(self, number: int) -> list[dict[str, Any]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = query_activities(
            self.store,
            self.filters,
            sort=self.sort_key,
            offset=number * self.PAGE_SIZE,
            limit=self.PAGE_SIZE,
            descending=self.descending,
        )
        self.pages_loaded += 1
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def row_at(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_of_id(self, activity_id: str) -> int | None:
        """The row of an activity among the pages already read (to reselect after a save)."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row["id"] == activity_id:
                    return number * self.PAGE_SIZE + offset
        return None

    def is_imported(self, row: dict[str, Any]) -> bool:
        return row["group_id"] != self._own_group_id

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section not in SORT_KEY_BY_COLUMN:
                return translate(
                    "ActivityTableModel",
                    "This column cannot be sorted; the list keeps the plan's order.",
                )
            return translate(
                "ActivityTableModel", "Click to sort by this column, click again to reverse."
            )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEY_BY_COLUMN.get(column, "position")
        self.set_sort(key, order == Qt.SortOrder.DescendingOrder and key != "position")

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return row["id"]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and row["delayed"]
            and column in (COL_STATUS, COL_DUE)
        ):
            return QBrush(DELAYED_RED)
        if role == Qt.ItemDataRole.FontRole and row["delayed"] and column == COL_STATUS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _display(self, row: dict[str, Any], column: int) -> str:
        if column == COL_TITLE:
            return shorten(row["title"], _SHORT_TITLE)
        if column == COL_GOAL:
            return shorten(row["goal_title"], 60)
        if column == COL_WAY:
            return way_label(row["way_code"], row["way_name"])
        if column == COL_RESPONSIBLE:
            parts = [row["responsible_organisation_name"], row["responsible_person_name"]]
            return shorten(", ".join(part for part in parts if part), 80)
        if column == COL_DUE:
            return row["due_date"] or ""
        if column == COL_STATUS:
            return status_text(row)
        if column == COL_CHECKIN:
            return row["next_checkin_date"] or ""
        return ""

    def _tooltip(self, row: dict[str, Any], column: int) -> str | None:
        if column in (COL_STATUS, COL_DUE) and row["delayed"]:
            return translate(
                "ActivityTableModel",
                "Delayed: the due date {due} has passed and the activity is neither done "
                "nor cancelled.",
            ).format(due=row["due_date"])
        if column == COL_WAY and row["way_code"]:
            return f"{row['way_code']} {row['way_name']}"
        if column == COL_TITLE:
            tip = shorten(row["title"], 300)
            if self.is_imported(row):
                tip += "\n" + translate(
                    "ActivityTableModel", "Imported from another group: read-only here."
                )
            return tip
        if column == COL_GOAL and row["goal_title"]:
            return shorten(row["goal_title"], 300)
        return None
