"""Qt models over the meeting services: the meeting list, the agenda and attendance.

Every write goes through `services.meetings`; a model that fails to write emits
`failed` with the error (the view shows it) and reloads, so what is shown is always
what is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from narvard_desktop import clock
from narvard_desktop.domain import AGENDA_ITEM_KINDS, MEETING_KINDS, PRESENCE, label_for
from narvard_desktop.services import meetings as m
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.rows_model import HeaderedRows
from narvard_desktop.ui.meetings.model_base import (
    ID_ROLE,
    NO_INDEX,
    Index,
    WritingModel,
    check_state,
    checked,
    translate,
)

AGENDA_MIME = "application/x-narvard-agenda-row"


# --- the meeting list ---------------------------------------------------------------------


class MeetingListModel(QAbstractTableModel):
    """The own group's meetings: upcoming first (soonest on top), then past (newest on top).

    Rows are handed to the view in batches (canFetchMore/fetchMore) so a group with
    years of meetings opens as fast as a new one.
    """

    COL_DATE, COL_TIME, COL_PLACE, COL_KIND, COL_STATUS, COL_GROUP = range(6)
    BATCH = 100

    def __init__(self, store: Store, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self._all: list[dict[str, Any]] = []
        self._shown = 0
        # Which groups' meetings to list: the own group's unless an upper level chooses.
        self.group_ids: tuple[str, ...] | None = (store.own_group_id or "",)
        self.headers = [
            translate("MeetingListModel", "Date"),
            translate("MeetingListModel", "Time"),
            translate("MeetingListModel", "Place"),
            translate("MeetingListModel", "Kind"),
            translate("MeetingListModel", "Status"),
            translate("MeetingListModel", "Group"),
        ]
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        today = (self.today or clock.today()).isoformat()
        rows = m.list_meetings(self.store, self.group_ids)
        upcoming = [row for row in rows if row["meeting_date"] >= today]
        upcoming.reverse()  # list_meetings is newest first
        past = [row for row in rows if row["meeting_date"] < today]
        for row in upcoming:
            row["upcoming"] = True
        for row in past:
            row["upcoming"] = False
        self._all = upcoming + past
        self._shown = min(len(self._all), self.BATCH)
        self.endResetModel()

    def set_group_ids(self, group_ids: tuple[str, ...] | None) -> None:
        """List these groups' meetings (None: every group's) and read them again."""
        self.group_ids = group_ids
        self.reload()

    def rowCount(self, parent: Index = NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index = NO_INDEX) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index = NO_INDEX) -> None:  # noqa: N802 - Qt override
        if parent.isValid():
            return
        more = min(self.BATCH, len(self._all) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def meeting_at(self, row: int) -> dict[str, Any] | None:
        return self._all[row] if 0 <= row < self._shown else None

    def row_of(self, meeting_id: str) -> int:
        for row, meeting in enumerate(self._all):
            if meeting["id"] == meeting_id:
                while row >= self._shown and self.canFetchMore():
                    self.fetchMore()
                return row
        return -1

    def _status(self, meeting: dict[str, Any]) -> str:
        if meeting.get("locked_at"):
            return translate("MeetingListModel", "✔ Approved {date}").format(
                date=meeting.get("approval_date") or ""
            )
        if meeting["upcoming"]:
            return translate("MeetingListModel", "Upcoming")
        if meeting["kind"] == "protocol":
            return translate("MeetingListModel", "Not approved yet")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        meeting = self.meeting_at(index.row()) if index.isValid() else None
        if meeting is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_DATE:
                return meeting["meeting_date"]
            if column == self.COL_TIME:
                start, end = meeting.get("start_time"), meeting.get("end_time")
                return f"{start}–{end}" if start and end else (start or end or "")
            if column == self.COL_PLACE:
                return meeting.get("place") or ""
            if column == self.COL_GROUP:
                return meeting.get("group_name") or ""
            if column == self.COL_KIND:
                return label_for(MEETING_KINDS, meeting["kind"])
            if column == self.COL_STATUS:
                return self._status(meeting)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_PLACE:
            return meeting.get("title") or meeting.get("place") or None
        if role == Qt.ItemDataRole.FontRole and meeting["upcoming"]:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return meeting["id"]
        return None


# --- the agenda ---------------------------------------------------------------------------


class AgendaModel(WritingModel, QAbstractListModel):
    """The § items of one meeting in order; rows can be dragged to a new place."""

    failed = Signal(object)
    edited = Signal()
    moved = Signal(str)

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting_id: str | None = None
        self.read_only = False
        self.items: list[dict[str, Any]] = []

    def set_meeting(self, meeting_id: str | None, read_only: bool = False) -> None:
        self.meeting_id = meeting_id
        self.read_only = read_only
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.items = m.agenda_items(self.store, self.meeting_id) if self.meeting_id else []
        self.endResetModel()

    def rowCount(self, parent: Index = NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.items)

    def item_at(self, row: int) -> dict[str, Any] | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, item_id: str | None) -> int:
        return next((row for row, item in enumerate(self.items) if item["id"] == item_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"§ {item['number']}  {item['title']}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return label_for(AGENDA_ITEM_KINDS, item["kind"])
        if role == ID_ROLE:
            return item["id"]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.read_only:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [AGENDA_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data.setData(AGENDA_MIME, QByteArray(",".join(map(str, rows)).encode("ascii")))
        return data

    def dropMimeData(  # noqa: N802 - Qt override
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        if self.read_only or action != Qt.DropAction.MoveAction or not data.hasFormat(AGENDA_MIME):
            return False
        text = bytes(data.data(AGENDA_MIME).data()).decode("ascii")
        if not text:
            return False
        source = int(text.split(",")[0])
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.items))
        # Dropping below itself: the item leaves its old place first.
        if target > source:
            target -= 1
        return self.move(source, target)

    def move(self, source: int, target: int) -> bool:
        """Move the item at row `source` to row `target` (clamped). True when it moved."""
        item = self.item_at(source)
        if item is None or self.meeting_id is None or self.read_only:
            return False
        target = max(0, min(target, len(self.items) - 1))
        if target == source:
            return False
        if not self._write(lambda: m.move_agenda_item(self.store, item["id"], target)):
            return False
        self.reload()
        self.moved.emit(item["id"])
        return True


# --- attendance ---------------------------------------------------------------------------


class AttendanceModel(HeaderedRows, WritingModel, QAbstractTableModel):
    """Who is on the list, with one tick column per presence (a tick moves the person)."""

    COL_PRESENT, COL_ABSENT, COL_CO_OPTED, COL_NAME, COL_ORGANISATION, COL_FUNCTION = range(6)
    PRESENCE_BY_COLUMN = {COL_PRESENT: "present", COL_ABSENT: "absent", COL_CO_OPTED: "co_opted"}
    failed = Signal(object)
    edited = Signal()

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting_id: str | None = None
        self.read_only = False
        self.rows: list[dict[str, Any]] = []
        self.headers = [
            label_for(PRESENCE, "present"),
            label_for(PRESENCE, "absent"),
            label_for(PRESENCE, "co_opted"),
            translate("AttendanceModel", "Name"),
            translate("AttendanceModel", "Organisation"),
            translate("AttendanceModel", "Function"),
        ]

    def set_meeting(self, meeting_id: str | None, read_only: bool = False) -> None:
        self.meeting_id = meeting_id
        self.read_only = read_only
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = m.attendance(self.store, self.meeting_id) if self.meeting_id else []
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        presence = self.PRESENCE_BY_COLUMN.get(column)
        if presence is not None:
            if role == Qt.ItemDataRole.CheckStateRole:
                return check_state(row["presence"] == presence)
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("AttendanceModel", "Tick to mark {name} as: {presence}").format(
                    name=row["name"], presence=label_for(PRESENCE, presence).lower()
                )
            return None
        value = {
            self.COL_NAME: row["name"],
            self.COL_ORGANISATION: row["organisation_name"],
            self.COL_FUNCTION: row["function"],
        }[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if (
                role == Qt.ItemDataRole.DisplayRole
                and column == self.COL_NAME
                and not row["person_id"]
            ):
                return translate("AttendanceModel", "{name} (guest)").format(name=row["name"])
            return value or ""
        if role == Qt.ItemDataRole.ToolTipRole and value:
            return value
        if role == ID_ROLE:
            return row["id"]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.read_only:
            return base
        if index.column() in self.PRESENCE_BY_COLUMN:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        row = self.rows[index.row()]
        # A person's name comes from the group's register; a guest's is typed here.
        if index.column() != self.COL_NAME or not row["person_id"]:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(  # noqa: N802 - Qt override
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or self.read_only:
            return False
        column = index.column()
        presence = self.PRESENCE_BY_COLUMN.get(column)
        if presence is not None and role == Qt.ItemDataRole.CheckStateRole:
            # Ticks behave like radio buttons: unticking the current one changes nothing.
            if not checked(value) or row["presence"] == presence:
                return False
            return self.set_presence(index.row(), presence)
        if role != Qt.ItemDataRole.EditRole:
            return False
        field = {
            self.COL_NAME: "name",
            self.COL_ORGANISATION: "organisation_name",
            self.COL_FUNCTION: "function",
        }.get(column)
        if field is None:
            return False
        if not self._write(
            lambda: m.update_attendance(self.store, row["id"], **{field: str(value)})
        ):
            return False
        self._refresh_row(index.row())
        return True

    def set_presence(self, row_number: int, presence: str) -> bool:
        row = self.row_at(row_number)
        if row is None or self.read_only:
            return False
        if not self._write(lambda: m.set_presence(self.store, row["id"], presence)):
            return False
        self._refresh_row(row_number)
        return True

    def _refresh_row(self, row_number: int) -> None:
        row = self.rows[row_number]
        fresh = next(
            (
                entry
                for entry in m.attendance(self.store, row["meeting_id"])
                if entry["id"] == row["id"]
            ),
            None,
        )
        if fresh is None:
            self.reload()
            return
        self.rows[row_number] = fresh
        self.dataChanged.emit(
            self.index(row_number, 0), self.index(row_number, self.columnCount() - 1)
        )

    def counts(self) -> dict[str, int]:
        result = dict.fromkeys(self.PRESENCE_BY_COLUMN.values(), 0)
        for row in self.rows:
            result[row["presence"]] = result.get(row["presence"], 0) + 1
        return result


class RowsModel(HeaderedRows, QAbstractTableModel):
    """A read-only table of ready-made rows (summaries, choice lists)."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[Any, ...]] = []
        self.ids: list[Any] = []
        self.bold_rows: set[int] = set()

    def set_rows(
        self,
        rows: Sequence[Sequence[Any]],
        ids: Sequence[Any] | None = None,
        bold_rows: set[int] | None = None,
    ) -> None:
        self.beginResetModel()
        self.rows = [tuple(row) for row in rows]
        self.ids = list(ids) if ids is not None else [None] * len(self.rows)
        self.bold_rows = bold_rows or set()
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(
            self.rows[index.row()][index.column()], int
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() in self.bold_rows:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return self.ids[index.row()]
        return None
