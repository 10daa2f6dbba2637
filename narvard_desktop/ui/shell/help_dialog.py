"""Hjälp → Handbok (F1 opens the page of the current section) and Hjälp → Kortkommandon.

The manual is Markdown in `resources/help/<language>/`, one page per section key plus
`index.md` and `shortcuts.md`; a missing English page falls back to the Swedish one. The
marker `{{kortkommandon}}` in a page is replaced by the window's shortcut list, the same
rows Hjälp → Kortkommandon shows, so the manual never lists a key that does nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
)

from narvard_desktop.i18n import DEFAULT_LANGUAGE, current_language
from narvard_desktop.paths import resources_dir
from narvard_desktop.ui.shell.shortcuts import (
    ShortcutsDialog,
    shortcuts_markdown,
    window_shortcuts,
)

INDEX_PAGE = "index"
SHORTCUTS_PAGE = "shortcuts"
SHORTCUTS_MARKER = "{{kortkommandon}}"
PAGE_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def help_folder() -> Path:
    return resources_dir() / "help"


def help_page_path(key: str, language: str | None = None) -> Path | None:
    for folder in (language or current_language(), DEFAULT_LANGUAGE):
        path = help_folder() / folder / f"{key}.md"
        if path.exists():
            return path
    return None


def page_title(markdown: str, fallback: str) -> str:
    first = next((line for line in markdown.splitlines() if line.startswith("# ")), "")
    return first[2:].strip() or fallback


class HelpDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Manual"))
        self.resize(900, 640)
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Contents of the manual"))
        self.contents.setMaximumWidth(220)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Manual page"))
        self.browser.setOpenExternalLinks(False)
        body = QHBoxLayout()
        body.addWidget(self.contents)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for key in self.page_keys():
            item = QListWidgetItem(page_title(self.page_markdown(key), key), self.contents)
            item.setData(PAGE_KEY_ROLE, key)
        self.contents.currentItemChanged.connect(self._show_current)
        # Opened without a page asked for, it shows the first rather than a blank page.
        self.contents.setCurrentRow(0)

    def page_keys(self) -> list[str]:
        sections = getattr(self.window_, "sections", None)
        keys = list(sections.keys()) if sections is not None else []
        return [INDEX_PAGE, *keys, SHORTCUTS_PAGE]

    def page_markdown(self, key: str) -> str:
        path = help_page_path(key)
        if path is None:
            return "# " + key
        text = path.read_text(encoding="utf-8")
        if SHORTCUTS_MARKER in text:
            headers = (self.tr("Where"), self.tr("What"), self.tr("Keys"))
            text = text.replace(
                SHORTCUTS_MARKER, shortcuts_markdown(window_shortcuts(self.window_), headers)
            )
        return text

    def current_key(self) -> str:
        item = self.contents.currentItem()
        return str(item.data(PAGE_KEY_ROLE)) if item is not None else INDEX_PAGE

    def show_page(self, key: str) -> None:
        for row in range(self.contents.count()):
            if self.contents.item(row).data(PAGE_KEY_ROLE) == key:
                self.contents.setCurrentRow(row)
                return
        self.contents.setCurrentRow(0)

    def _show_current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.browser.setMarkdown(self.page_markdown(str(item.data(PAGE_KEY_ROLE))))


class HelpActions:
    """The manual and shortcut items of the Help menu, placed before "About"."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        self.window = window
        self.dialog: HelpDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        first = menu.actions()[0] if menu.actions() else None
        self.manual_action = QAction(QCoreApplication.translate("HelpActions", "&Manual"), window)
        self.manual_action.setObjectName("manualAction")
        self.manual_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if self.manual_action.shortcut().isEmpty():
            self.manual_action.setShortcut(QKeySequence("F1"))
        self.manual_action.triggered.connect(self.open_manual)
        self.shortcuts_action = QAction(
            QCoreApplication.translate("HelpActions", "&Keyboard shortcuts"), window
        )
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        menu.insertAction(first, self.manual_action)
        menu.insertAction(first, self.shortcuts_action)
        if first is not None:
            menu.insertSeparator(first)

    def current_section_key(self) -> str:
        sections = getattr(self.window, "sections", None)
        navigation = getattr(self.window, "navigation", None)
        if sections is None or navigation is None:
            return INDEX_PAGE
        keys = sections.keys()
        row = navigation.currentRow()
        return keys[row] if 0 <= row < len(keys) else INDEX_PAGE

    def open_manual(self) -> HelpDialog:
        """Open (or raise) the manual at the page of the section on screen."""
        if self.dialog is None:
            self.dialog = HelpDialog(self.window)
        self.dialog.show_page(self.current_section_key())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def open_shortcuts(self) -> ShortcutsDialog:
        # Built anew each time: the list is read from the window as it is now.
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.deleteLater()
        self.shortcuts_dialog = ShortcutsDialog(self.window)
        self.shortcuts_dialog.show()
        return self.shortcuts_dialog
