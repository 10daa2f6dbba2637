"""Sections declare themselves; the main window builds navigation, shortcuts and links from them.

Each feature package declares one `Section` (its title, icon, page factory, the kinds
of record it shows and can open, and the dialogs and widgets it lends to other
sections). The list of sections, in order, lives in one place:
`narvard_desktop/ui/shell/sections.py`. A feature that needs another's dialog or widget
asks the registry by name, never imports it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from narvard_desktop.record_kinds import section_of
from narvard_desktop.store import Store

# The titles keep the translation context they had when the main window wrote them.
TITLE_CONTEXT = "MainWindow"
# Where the ordered list of sections is written (imported on first use).
SECTION_LIST_MODULE = "narvard_desktop.ui.shell.sections"


# Filtered views a section can be asked for (the start page's cards link to them):
# records not finished or closed, activities past their due date, answers past their deadline.
FILTER_OPEN = "open"
FILTER_DELAYED = "delayed"
FILTER_OVERDUE = "overdue"


@dataclass(frozen=True)
class SectionContext:
    """What a page factory gets: the store and the window's ways to move between sections."""

    store: Store
    window: QWidget
    show_record: Callable[[str, str], None]
    show_section: Callable[[str], None]
    # (kind of record, filter name): go to the section and show exactly those records.
    show_filtered: Callable[[str, str], None] | None = None


PageFactory = Callable[[SectionContext], QWidget]


@dataclass(frozen=True)
class Section:
    key: str
    # English source text, marked with QT_TRANSLATE_NOOP under TITLE_CONTEXT.
    title: str
    icon: QStyle.StandardPixmap
    page: PageFactory
    # The kinds of record the page shows: it reads again when one of them changes.
    shows: frozenset[str] = frozenset()
    # The kinds of record the page can open with `open_record(table, record_id)`.
    opens: frozenset[str] = frozenset()
    # Named filtered views the page shows with `show_filtered(table, name)` (FILTER_*).
    filters: frozenset[str] = frozenset()
    # Dialogs and widgets other sections may build by name: name -> callable building it.
    offers: Mapping[str, Callable[..., Any]] = field(default_factory=lambda: MappingProxyType({}))

    def translated_title(self) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, self.title)


class SectionRegistry:
    """The sections in navigation order, looked up by key, record kind or dialog name."""

    def __init__(self, sections: Iterable[Section]) -> None:
        self.sections: tuple[Section, ...] = tuple(sections)
        keys = [section.key for section in self.sections]
        if len(set(keys)) != len(keys):
            raise ValueError(f"section keys must be unique: {keys}")
        self._index = {key: index for index, key in enumerate(keys)}

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.sections)

    def __len__(self) -> int:
        return len(self.sections)

    def keys(self) -> tuple[str, ...]:
        return tuple(self._index)

    def index_of(self, key: str) -> int:
        return self._index.get(key, 0)

    def section(self, key: str) -> Section:
        return self.sections[self.index_of(key)]

    def section_for_table(self, table: str) -> Section:
        """The section that shows this kind of record; the first (start) when none does."""
        key = section_key_of(table)
        return self.sections[self._index[key]] if key in self._index else self.sections[0]

    def offer(self, name: str) -> Callable[..., Any]:
        for section in self.sections:
            if name in section.offers:
                return section.offers[name]
        raise KeyError(f"no section offers {name!r}")


def section_key_of(table: str) -> str:
    """The key of the section that shows a kind of record (the core's record kinds say)."""
    return section_of(table)


_registry: SectionRegistry | None = None


def registry() -> SectionRegistry:
    """The program's sections, read from the one list on first use."""
    global _registry
    if _registry is None:
        _registry = SectionRegistry(importlib.import_module(SECTION_LIST_MODULE).SECTIONS)
    return _registry


def build_offered(name: str, *args: Any, **kwargs: Any) -> Any:
    """Build a dialog or widget another section lends (e.g. "improvement_activity")."""
    return registry().offer(name)(*args, **kwargs)
