"""Hjälp → Kortkommandon: every shortcut of the window, read from the window itself.

The list is collected from the menus' QActions and the section pages' QShortcuts when it is
shown, so it cannot drift from what the keys really do; the manual's shortcut page is
written from the same rows. A page shortcut says what it does with `setWhatsThis`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# An action whose text changes with what it does (Ångra …) names itself for the list here.
LIST_NAME_PROPERTY = "shortcutListName"


@dataclass(frozen=True)
class ShortcutRow:
    place: str
    what: str
    keys: str


def plain(text: str) -> str:
    """A menu text without its mnemonic marker and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def key_text(sequences: list[QKeySequence]) -> str:
    return ", ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText)
        for sequence in sequences
        if not sequence.isEmpty()
    )


def _menu_rows(menu: QMenu, place: str) -> list[ShortcutRow]:
    rows = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            rows += _menu_rows(action.menu(), f"{place} → {plain(action.text())}")
            continue
        keys = key_text(action.shortcuts())
        if keys:
            name = action.property(LIST_NAME_PROPERTY) or plain(action.text())
            rows.append(ShortcutRow(place, str(name), keys))
    return rows


def window_shortcuts(window: QMainWindow) -> list[ShortcutRow]:
    """Menu actions first (in menu order), then each section page's own shortcuts."""
    rows: list[ShortcutRow] = []
    for top in window.menuBar().actions():
        if top.menu() is not None:
            rows += _menu_rows(top.menu(), plain(top.text()))
    pages: dict[str, QWidget] = getattr(window, "pages", {})
    sections = getattr(window, "sections", None)
    for key, page in pages.items():
        place = sections.section(key).translated_title() if sections is not None else key
        for shortcut in page.findChildren(QShortcut):
            keys = key_text([shortcut.key()])
            if keys:
                rows.append(ShortcutRow(place, shortcut.whatsThis(), keys))
    return rows


def page_shortcuts_without_description(window: QMainWindow) -> list[str]:
    pages: dict[str, QWidget] = getattr(window, "pages", {})
    return [
        f"{key}: {shortcut.key().toString()}"
        for key, page in pages.items()
        for shortcut in page.findChildren(QShortcut)
        if not shortcut.whatsThis()
    ]


def shortcuts_markdown(rows: list[ShortcutRow], headers: tuple[str, str, str]) -> str:
    """The rows as a Markdown table for the manual (texts are the program's own)."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    lines = [f"| {headers[0]} | {headers[1]} | {headers[2]} |", "| --- | --- | --- |"]
    lines += [f"| {cell(r.place)} | {cell(r.what)} | **{cell(r.keys)}** |" for r in rows]
    return "\n".join(lines)


def window_actions_with_shortcuts(window: QMainWindow) -> list[QAction]:
    return [
        action
        for action in window.findChildren(QAction)
        if not action.isSeparator() and key_text(action.shortcuts())
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tab and Shift+Tab move between fields; Alt and the underlined letter pick a "
                "menu or a field."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.rows = window_shortcuts(window)
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for row, entry in enumerate(self.rows):
            for column, text in enumerate((entry.place, entry.what, entry.keys)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def headers(self) -> tuple[str, str, str]:
        return (self.tr("Where"), self.tr("What"), self.tr("Keys"))
