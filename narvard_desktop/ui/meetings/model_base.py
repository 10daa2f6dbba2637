"""What the meeting models share: roles, check-state helpers and the write-then-reload rule.

Every write goes through `services.meetings`; a model that fails to write emits
`failed` with the error (the view shows it) and reloads, so what is shown is always
what is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from narvard_desktop.store import Store

ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
NO_INDEX = QModelIndex()


# lupdate finds strings only in calls it knows, such as translate("Context", "text").
translate = QCoreApplication.translate


def checked(value: Any) -> bool:
    try:
        return Qt.CheckState(value) == Qt.CheckState.Checked
    except (TypeError, ValueError):
        return bool(value)


def check_state(flag: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if flag else Qt.CheckState.Unchecked


class WritingModel:
    """Mixin: run a service call, report a failure through `failed`, then reload."""

    failed: Any

    def _write(self, call: Callable[[], Any]) -> bool:
        try:
            call()
        except Exception as error:  # noqa: BLE001 - shown by the view in one sentence
            self.failed.emit(error)
            self.reload()  # type: ignore[attr-defined]
            return False
        self.edited.emit()  # type: ignore[attr-defined]
        return True


class ItemRowsModel(WritingModel):
    """Mixin for the lists of one agenda item: its rows, read again after every change."""

    store: Store
    item_id: str | None
    read_only: bool
    rows: list[dict[str, Any]]

    def _start(self, store: Store) -> None:
        self.store = store
        self.item_id = None
        self.read_only = False
        self.rows = []

    def _load(self, item_id: str) -> list[dict[str, Any]]:
        raise NotImplementedError

    def set_item(self, item_id: str | None, read_only: bool = False) -> None:
        self.item_id = item_id
        self.read_only = read_only
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()  # type: ignore[attr-defined]
        self.rows = self._load(self.item_id) if self.item_id else []
        self.endResetModel()  # type: ignore[attr-defined]

    def rowCount(self, parent: Index = NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)
