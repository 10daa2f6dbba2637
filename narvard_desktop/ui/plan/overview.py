"""The plan overview: activities by status per way of working, and what is due by the next meeting.

Answers "how are we doing" at a glance: a stacked bar per Färdplan way of
working (A1–A6) and prerequisite (F1–F5) with the same numbers in a table,
and the list the meeting goes through.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.domain import ACTIVITY_STATUSES, label_for
from narvard_desktop.services.activities import (
    STATUS_CODES,
    WayStatusRow,
    due_before_next_meeting,
    status_by_way,
)
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.charts import ChartWidget
from narvard_desktop.ui.kit.group_selector import GroupSelector
from narvard_desktop.ui.kit.rows_model import HeaderedRows
from narvard_desktop.ui.kit.table_helpers import guard_stretch, header_text_width
from narvard_desktop.ui.plan.activity_model import DELAYED_RED, shorten, status_text, way_label

ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_COLOURS = {
    "not_started": "#c3ccd4",
    "ongoing": "#2f80c0",
    "paused": "#e0a526",
    "done": "#2e9e57",
    "cancelled": "#7d6b8f",
}


def draw_status_chart(figure: Any, data: dict[str, Any]) -> None:
    """Horizontal stacked bars: one per way of working, one colour per status."""
    rows: list[WayStatusRow] = data["rows"]
    labels: dict[str, str] = data["labels"]
    axes = figure.add_subplot(1, 1, 1)
    if not any(row.total for row in rows):
        axes.set_axis_off()
        axes.text(0.5, 0.5, labels["empty"], ha="center", va="center")
        return
    names = [way_label(row.way_code, row.way_name, 26) or labels["none"] for row in rows]
    positions = list(range(len(rows)))
    left = [0] * len(rows)
    for code in STATUS_CODES:
        counts = [row.counts.get(code, 0) for row in rows]
        axes.barh(
            positions,
            counts,
            left=left,
            color=STATUS_COLOURS[code],
            label=data["status_labels"][code],
            height=0.7,
        )
        left = [a + b for a, b in zip(left, counts, strict=True)]
    for position, row in zip(positions, rows, strict=True):
        if row.delayed:
            axes.text(
                row.total + 0.1,
                position,
                labels["delayed"].format(count=row.delayed),
                va="center",
                fontsize=8,
                color=DELAYED_RED.name(),
            )
    axes.set_yticks(positions, names, fontsize=8)
    axes.invert_yaxis()
    axes.set_xlabel(labels["x"])
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.set_xlim(0, max(left) * 1.25 + 0.5)
    axes.grid(axis="x", alpha=0.3)
    axes.legend(loc="lower right", fontsize=8, ncols=1)


class StatusByWayModel(QAbstractTableModel):
    """Activities per way of working (rows) and status (columns), with a total row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[WayStatusRow] = []
        self.headers = (
            [self.tr("Way of working or prerequisite")]
            + [label_for(ACTIVITY_STATUSES, code) for code in STATUS_CODES]
            + [self.tr("of which delayed"), self.tr("Total")]
        )

    def set_rows(self, rows: list[WayStatusRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows) + (1 if self.rows else 0)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def value(self, row: int, column: int) -> Any:
        """The cell as a number (or the name in column 0); the last row holds the totals."""
        statuses = len(STATUS_CODES)
        if row == len(self.rows):
            if column == 0:
                return self.tr("All")
            return sum(self.value(r, column) for r in range(len(self.rows)))
        way = self.rows[row]
        if column == 0:
            return way_label(way.way_code, way.way_name, 60) or self.tr("Not chosen")
        if column <= statuses:
            return way.counts.get(STATUS_CODES[column - 1], 0)
        if column == statuses + 1:
            return way.delayed
        return way.total

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(index.row(), column)
            return str(value) if column else value
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and index.row() < len(self.rows):
            way = self.rows[index.row()]
            return f"{way.way_code or ''} {way.way_name}".strip()
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self.rows):
            font = QFont()
            font.setBold(True)
            return font
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == len(STATUS_CODES) + 1
            and self.value(index.row(), column)
        ):
            return QBrush(DELAYED_RED)
        return None


class DueActivitiesModel(HeaderedRows, QAbstractTableModel):
    """Open activities due on or before the next meeting (delayed ones included)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        # Three columns, the status under the title: at the default window size the card is
        # about 400 px wide, too narrow for a fourth column without cutting the titles.
        self.headers = [
            self.tr("Due"),
            self.tr("Activity and status"),
            self.tr("Responsible"),
        ]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            responsible = ", ".join(
                part
                for part in (row["responsible_organisation_name"], row["responsible_person_name"])
                if part
            )
            return [
                row["due_date"] or "",
                f"{shorten(row['title'], 120)}\n{status_text(row)}",
                shorten(responsible, 80),
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole and row["delayed"] and column == 0:
            return QBrush(DELAYED_RED)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return f"{shorten(row['title'], 300)}\n{status_text(row)}"
        return None


class PlanOverview(QWidget):
    """The Overview tab; double-clicking a due activity asks the page to open it."""

    activity_requested = Signal(str)

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        all_plans: bool = False,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        # In Uppföljning the overview covers every plan the data folder holds, optionally
        # only those of the groups an upper level has chosen.
        self.all_plans = all_plans
        self.group_ids: tuple[str, ...] | None = None
        self.plan_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The chart and the due list side by side, the status table under both with the
        # whole width: at the default window size its seven columns fit only there.
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter)
        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.chart = ChartWidget(self.tr("Activities by status per way of working"), height=250)
        top_layout.addWidget(self.chart, 3)
        self.status_model = StatusByWayModel(self)
        self.status_table = QTableView()
        self.status_table.setModel(self.status_model)
        self.status_table.verticalHeader().hide()
        self.status_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status_table.setAlternatingRowColors(True)
        self.status_table.setWordWrap(False)
        self.status_table.verticalHeader().setDefaultSectionSize(24)
        header = self.status_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        guard_stretch(self.status_table, 0)

        due = QFrame()
        due.setObjectName("card")
        due_layout = QVBoxLayout(due)
        title = QLabel(self.tr("Due before the next meeting"))
        title.setObjectName("cardTitle")
        due_layout.addWidget(title)
        self.due_heading = QLabel()
        self.due_heading.setWordWrap(True)
        self.due_heading.setTextFormat(Qt.TextFormat.PlainText)
        due_layout.addWidget(self.due_heading)
        self.due_model = DueActivitiesModel(self)
        self.due_table = QTableView()
        self.due_table.setModel(self.due_model)
        self.due_table.verticalHeader().hide()
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The list is short; whole titles matter more here than even row heights.
        self.due_table.setWordWrap(True)
        due_header = self.due_table.horizontalHeader()
        due_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        due_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        due_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.due_table.setColumnWidth(2, max(120, header_text_width(self.due_table, 2)))
        guard_stretch(self.due_table, 1)
        # Wrapped titles need their rows measured again whenever a column changes width.
        due_header.sectionResized.connect(lambda *_: self.due_table.resizeRowsToContents())
        self.due_table.setToolTip(self.tr("Double-click or press Enter to open the activity."))
        self.due_table.activated.connect(self._open_due)
        due_layout.addWidget(self.due_table, 1)
        top_layout.addWidget(due, 2)
        splitter.addWidget(top)
        splitter.addWidget(self.status_table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

    def set_plan(self, plan_id: str | None) -> None:
        self.plan_id = plan_id
        self.refresh()

    def refresh(self) -> None:
        covered = self.plan_id is not None or self.all_plans
        rows = (
            status_by_way(
                self.store, self.plan_id, today=self.today, owner_group_ids=self.group_ids
            )
            if covered
            else []
        )
        self.status_model.set_rows(rows)
        self.chart.set_plot(
            draw_status_chart,
            {
                "rows": rows,
                "status_labels": {c: label_for(ACTIVITY_STATUSES, c) for c in STATUS_CODES},
                "labels": {
                    "x": self.tr("Number of activities"),
                    "delayed": self.tr("delayed: {count}"),
                    "empty": self.tr("The plan has no activities yet"),
                    "none": self.tr("Not chosen"),
                },
            },
        )
        if not covered or self.store.own_group_id is None:
            self.due_model.set_rows([])
            self.due_heading.setText("")
            return
        due = due_before_next_meeting(self.store, self.today, self.plan_id)
        self.due_model.set_rows(due.activities)
        self.due_table.resizeRowsToContents()
        if due.meeting is None:
            self.due_heading.setText(
                self.tr(
                    "No coming meeting is planned. Add one under Meetings to see what "
                    "should be done by then."
                )
            )
        elif due.activities:
            self.due_heading.setText(
                self.tr(
                    "Next meeting {date}: %n unfinished activity(ies) due by then "
                    "(delayed ones included).",
                    "",
                    len(due.activities),
                ).format(date=due.meeting["meeting_date"])
            )
        else:
            self.due_heading.setText(
                self.tr("Next meeting {date}: no unfinished activity is due by then.").format(
                    date=due.meeting["meeting_date"]
                )
            )

    def _open_due(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activity_requested.emit(self.due_model.rows[index.row()]["id"])


class GroupPlanOverview(QWidget):
    """Uppföljning's handlingsplan tab: every plan's activities by way of working, and at an
    upper level a choice of whose plans to count."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.group_selector = GroupSelector(store)
        self.overview = PlanOverview(store, all_plans=True)
        self.activity_requested = self.overview.activity_requested
        self.group_selector.selection_changed.connect(lambda _selection: self._count_groups())
        layout.addWidget(self.group_selector)
        layout.addWidget(self.overview, 1)
        self._count_groups()

    def _count_groups(self) -> None:
        self.overview.group_ids = self.group_selector.selection().group_ids
        self.overview.refresh()

    def refresh(self) -> None:
        self.group_selector.blockSignals(True)
        self.group_selector.refresh()
        self.group_selector.blockSignals(False)
        self._count_groups()
