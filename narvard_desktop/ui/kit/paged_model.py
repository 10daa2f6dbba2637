"""A table model that reads a long list a page at a time from a core query.

rowCount is the filtered count; rows are read when the view paints them and
only a bounded number of pages is kept, so 60 000 rows scroll as smoothly as 60
and memory stays flat.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from narvard_desktop.store import Store

Index = QModelIndex | QPersistentModelIndex
# The record's id and its whole row, for views that open, select or colour a record.
ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class PagedQueryModel(QAbstractTableModel):
    """Subclasses say how to count (`_count_rows`) and read (`_read_rows`) their rows."""

    PAGE_SIZE = 200
    MAX_PAGES = 20

    def __init__(self, store: Store, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.headers = headers
        self._count = 0
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self.pages_loaded = 0  # page reads since the last reset, for tests and tuning
        self._own_group_id: str | None = None

    def _count_rows(self) -> int:
        raise NotImplementedError

    def _read_rows(self, offset: int, limit: int) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _read_page(self, number: int) -> list[dict[str, Any]]:
        """Page `number`; a subclass may read it from a neighbouring page (keyset paging)."""
        return self._read_rows(number * self.PAGE_SIZE, self.PAGE_SIZE)

    def _prepare(self) -> None:
        """Read what every row needs (names, thresholds) once per reload."""

    def reload(self) -> None:
        """Count again and forget every cached page (after a filter, a sort or a save)."""
        self.beginResetModel()
        self._pages.clear()
        self.pages_loaded = 0
        self._own_group_id = self.store.own_group_id
        self._prepare()
        self._count = self._count_rows()
        self.endResetModel()

    def _page(self, number: int) -> list[dict[str, Any]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self._read_page(number)
        self.pages_loaded += 1
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def cached_pages(self) -> int:
        return len(self._pages)

    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def row_at(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_of_id(self, record_id: str) -> int | None:
        """The row of a record among the pages already read (to reselect after a save)."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row["id"] == record_id:
                    return number * self.PAGE_SIZE + offset
        return None

    def is_imported(self, row: dict[str, Any]) -> bool:
        return row["group_id"] != self._own_group_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row["id"]
        if role == ROW_ROLE:
            return row
        return self._row_data(row, index.column(), role)

    def _row_data(self, row: dict[str, Any], column: int, role: int) -> Any:
        """What one cell shows for `role` (display text, colour, font, tooltip…)."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.headers)
