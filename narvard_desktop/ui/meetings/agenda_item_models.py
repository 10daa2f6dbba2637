"""Qt models of one agenda item (§): decisions, action items and links, and the open action
items of earlier meetings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    Qt,
    Signal,
)

from narvard_desktop.services import meetings as m
from narvard_desktop.services.activities import get_activity
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.rows_model import HeaderedRows
from narvard_desktop.ui.meetings.model_base import (
    ID_ROLE,
    Index,
    ItemRowsModel,
    WritingModel,
    check_state,
    checked,
    translate,
)

# --- the contents of one § ----------------------------------------------------------------


class DecisionModel(ItemRowsModel, QAbstractListModel):
    """The att-clauses of one item, editable in place."""

    failed = Signal(object)
    edited = Signal()

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._start(store)

    def _load(self, item_id: str) -> list[dict[str, Any]]:
        return m.decisions(self.store, item_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row["text"]
        if role == ID_ROLE:
            return row["id"]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    def setData(  # noqa: N802 - Qt override
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        decision_id = self.rows[index.row()]["id"]
        if not self._write(lambda: m.update_decision(self.store, decision_id, str(value))):
            return False
        self.reload()
        return True

    def add(self, text: str) -> bool:
        if self.item_id is None or self.read_only:
            return False
        item_id = self.item_id
        if not self._write(lambda: m.add_decision(self.store, item_id, text)):
            return False
        self.reload()
        return True

    def remove(self, row: int) -> bool:
        if not 0 <= row < len(self.rows) or self.read_only:
            return False
        decision_id = self.rows[row]["id"]
        if not self._write(lambda: m.remove_decision(self.store, decision_id)):
            return False
        self.reload()
        return True


class ActionItemModel(HeaderedRows, ItemRowsModel, QAbstractTableModel):
    """Who does what by when; done and "in the plan" stay editable after justering."""

    COL_WHO, COL_WHAT, COL_DUE, COL_DONE, COL_ACTIVITY = range(5)
    _FIELDS = {COL_WHO: "who", COL_WHAT: "what", COL_DUE: "due_date"}
    failed = Signal(object)
    edited = Signal()

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._start(store)
        self.headers = [
            translate("ActionItemModel", "Who"),
            translate("ActionItemModel", "What"),
            translate("ActionItemModel", "By"),
            translate("ActionItemModel", "Done"),
            translate("ActionItemModel", "Activity"),
        ]

    def _load(self, item_id: str) -> list[dict[str, Any]]:
        rows = m.action_items(self.store, item_id)
        for row in rows:
            row["activity_title"] = ""
            if row["activity_id"]:
                try:
                    activity = get_activity(self.store, row["activity_id"])
                except Exception:  # noqa: BLE001 - a removed activity just shows no title
                    activity = None
                if activity is not None and not activity["deleted"]:
                    row["activity_title"] = activity["title"]
        return rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if column == self.COL_DONE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return check_state(bool(row["done"]))
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.COL_ACTIVITY:
                return row["activity_title"] or ("—" if role == Qt.ItemDataRole.DisplayRole else "")
            return row[self._FIELDS[column]] or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_ACTIVITY:
                return row["activity_title"] or translate(
                    "ActionItemModel", "Not an activity in the action plan yet."
                )
            return row[self._FIELDS[column]] or None
        if role == ID_ROLE:
            return row["id"]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base
        if index.column() == self.COL_DONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in self._FIELDS and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(  # noqa: N802 - Qt override
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return False
        column = index.column()
        if column == self.COL_DONE and role == Qt.ItemDataRole.CheckStateRole:
            done = checked(value)
            ok = self._write(lambda: m.set_action_item_done(self.store, row["id"], done))
        elif column in self._FIELDS and role == Qt.ItemDataRole.EditRole and not self.read_only:
            field = self._FIELDS[column]
            ok = self._write(
                lambda: m.update_action_item(self.store, row["id"], **{field: str(value)})
            )
        else:
            return False
        if ok:
            self.reload()
        return ok

    def add(self, what: str, who: str | None, due_date: str | None) -> bool:
        if self.item_id is None or self.read_only:
            return False
        item_id = self.item_id
        if not self._write(lambda: m.add_action_item(self.store, item_id, what, who, due_date)):
            return False
        self.reload()
        return True

    def remove(self, row: int) -> bool:
        entry = self.row_at(row)
        if entry is None or self.read_only:
            return False
        if not self._write(lambda: m.remove_action_item(self.store, entry["id"])):
            return False
        self.reload()
        return True


class LinkModel(ItemRowsModel, QAbstractListModel):
    """The activities, indicators and avvikelser an item discussed (never a description)."""

    failed = Signal(object)
    edited = Signal()

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._start(store)

    def _load(self, item_id: str) -> list[dict[str, Any]]:
        return m.item_links(self.store, item_id)

    def kind_label(self, kind: str) -> str:
        labels = {
            "activity": translate("LinkModel", "Activity"),
            "indicator": translate("LinkModel", "Indicator"),
            "deviation": translate("LinkModel", "Deviation"),
            "action_item": translate("LinkModel", "Action item"),
        }
        return labels.get(kind, kind)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.kind_label(row['kind'])}: {row['label']}"
        if role == ID_ROLE:
            return row["link_id"]
        return None

    def add(self, kind: str, target_id: str) -> bool:
        if self.item_id is None or self.read_only:
            return False
        item_id = self.item_id
        if not self._write(lambda: m.add_link(self.store, item_id, kind, target_id)):
            return False
        self.reload()
        return True

    def remove(self, row: int) -> bool:
        if not 0 <= row < len(self.rows) or self.read_only:
            return False
        link_id = self.rows[row]["link_id"]
        if not self._write(lambda: m.remove_link(self.store, link_id)):
            return False
        self.reload()
        return True


class OpenActionItemModel(HeaderedRows, WritingModel, QAbstractTableModel):
    """Open action items of earlier meetings; ticking one marks it done (and back).

    A ticked row stays until the list is loaded again, so a slip of the mouse is
    undone with one more click.
    """

    COL_DONE, COL_MEETING, COL_ITEM, COL_WHO, COL_WHAT, COL_DUE = range(6)
    failed = Signal(object)
    edited = Signal()

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting_id: str | None = None
        self.rows: list[dict[str, Any]] = []
        self.headers = [
            translate("OpenActionItemModel", "Done"),
            translate("OpenActionItemModel", "Meeting"),
            translate("OpenActionItemModel", "Item"),
            translate("OpenActionItemModel", "Who"),
            translate("OpenActionItemModel", "What"),
            translate("OpenActionItemModel", "By"),
        ]

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        rows = m.open_action_items_before(self.store, self.meeting_id) if self.meeting_id else []
        for row in rows:
            row["done"] = 0
        self.rows = rows
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == self.COL_DONE:
            return (
                check_state(bool(row["done"])) if role == Qt.ItemDataRole.CheckStateRole else None
            )
        key = {
            self.COL_MEETING: "meeting_date",
            self.COL_ITEM: "item_title",
            self.COL_WHO: "who",
            self.COL_WHAT: "what",
            self.COL_DUE: "due_date",
        }[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[key] or ""
        if role == ID_ROLE:
            return row["id"]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == self.COL_DONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(  # noqa: N802 - Qt override
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if (
            not index.isValid()
            or index.column() != self.COL_DONE
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        row = self.rows[index.row()]
        done = checked(value)
        if not self._write(lambda: m.set_action_item_done(self.store, row["id"], done)):
            return False
        row["done"] = 1 if done else 0
        self.dataChanged.emit(index, index)
        return True
