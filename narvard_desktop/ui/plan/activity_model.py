"""The activity list of the plan view, read a page at a time (see `paged_model`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
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
from narvard_desktop.ui.kit.group_selector import group_names
from narvard_desktop.ui.kit.paged_model import PagedQueryModel

(
    COL_TITLE,
    COL_GOAL,
    COL_WAY,
    COL_RESPONSIBLE,
    COL_DUE,
    COL_STATUS,
    COL_CHECKIN,
) = range(7)
# Whose activity it is; shown (first) only while several groups' plans are listed.
COL_GROUP = 7
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


class ActivityTableModel(PagedQueryModel):
    MAX_PAGES = 20

    def __init__(self, store: Store, parent: Any = None, *, today: date | None = None) -> None:
        super().__init__(
            store,
            [
                translate("ActivityTableModel", "Activity"),
                translate("ActivityTableModel", "Goal"),
                translate("ActivityTableModel", "Way of working"),
                translate("ActivityTableModel", "Responsible"),
                translate("ActivityTableModel", "Due"),
                translate("ActivityTableModel", "Status"),
                translate("ActivityTableModel", "Next check-in"),
                translate("ActivityTableModel", "Group"),
            ],
            parent,
        )
        self.today = today
        self.filters = ActivityFilter(today=today)
        self.sort_key = "position"
        self.descending = False
        # Listing every plan at once, the second column names the plan instead of the goal.
        self.show_plan = False
        self._group_names: dict[str, str] = {}
        self.reload()

    # --- loading -------------------------------------------------------------------------

    def _prepare(self) -> None:
        self._group_names = group_names(self.store)

    def _count_rows(self) -> int:
        return count_activities(self.store, self.filters)

    def _read_rows(self, offset: int, limit: int) -> list[dict[str, Any]]:
        return query_activities(
            self.store,
            self.filters,
            sort=self.sort_key,
            offset=offset,
            limit=limit,
            descending=self.descending,
        )

    def set_filters(self, filters: ActivityFilter) -> None:
        if filters.today is None and self.today is not None:
            filters = replace(filters, today=self.today)
        self.filters = filters
        self.reload()

    def set_sort(self, key: str, descending: bool = False) -> None:
        self.sort_key, self.descending = key, descending
        self.reload()

    # --- Qt model ------------------------------------------------------------------------

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_GOAL and self.show_plan:
                return translate("ActivityTableModel", "Plan")
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

    def _row_data(self, row: dict[str, Any], column: int, role: int) -> Any:
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
            if self.show_plan:
                return shorten(row["plan_title"], 60)
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
        if column == COL_GROUP:
            return self._group_names.get(row["group_id"], "")
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
