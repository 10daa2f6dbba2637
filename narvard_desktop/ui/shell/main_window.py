"""The main window: a section list on the left, the chosen section on the right."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Protocol, cast

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from narvard_desktop import APP_NAME
from narvard_desktop.services.demo import (
    demo_record_counts,
    demo_records,
    fill_demo_data,
    group_is_empty,
    remove_demo_data,
)
from narvard_desktop.store import Store
from narvard_desktop.store.changes import Changes
from narvard_desktop.ui.kit.accessibility import name_widgets_when_shown
from narvard_desktop.ui.kit.changes import hub_for, write
from narvard_desktop.ui.kit.operations import run_operation
from narvard_desktop.ui.kit.questions import confirm
from narvard_desktop.ui.kit.sections import SectionContext, SectionRegistry, registry
from narvard_desktop.ui.shell.about_dialog import AboutDialog
from narvard_desktop.ui.shell.backups_dialog import BackupsDialog, database_check_report
from narvard_desktop.ui.shell.help_dialog import HelpActions
from narvard_desktop.ui.shell.preferences import Preferences
from narvard_desktop.ui.shell.reminders_panel import add_reminders_button
from narvard_desktop.ui.shell.search_dialog import SearchDialog, add_search_toolbar
from narvard_desktop.ui.shell.settings_dialog import SettingsDialog
from narvard_desktop.ui.shell.start_page import StartPage
from narvard_desktop.ui.shell.undo_action import UndoController

# Long enough for the window to be painted once before the first page is built.
FIRST_PAGE_DELAY_MS = 30


class SectionPage(Protocol):
    """What the main window asks of every section's page."""

    def refresh(self) -> None: ...


class RecordOpener(Protocol):
    """What a section that declares kinds it opens offers the main window."""

    def open_record(self, table: str, record_id: str) -> None: ...


class FilteredView(Protocol):
    """What a section that declares filters offers the main window."""

    def show_filtered(self, table: str, filter_name: str) -> None: ...


class LazyPages(Mapping[str, QWidget]):
    """The section pages by key, each built by `build` the first time it is asked for."""

    def __init__(self, keys: list[str], build: Callable[[str], QWidget]) -> None:
        self._keys = keys
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            if key not in self._keys:
                raise KeyError(key)
            self._built[key] = self._build(key)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def built(self) -> list[str]:
        """The keys of the pages built so far, in navigation order."""
        return [key for key in self._keys if key in self._built]


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    # The session closes the database, restores the backup and opens a new window.
    restore_requested = Signal(str)
    # The first page shown is in place (at once, unless the window loads it later).
    pages_loaded = Signal()

    def __init__(
        self,
        store: Store,
        preferences: Preferences,
        language: str,
        sections: SectionRegistry | None = None,
        load_pages_later: bool = False,
    ) -> None:
        """Each section's page is built when first shown. With `load_pages_later` even the
        first one waits until the window has been painted, under a busy cursor, and
        `pages_loaded` is emitted when it is in place."""
        super().__init__()
        self.store = store
        self.preferences = preferences
        self.language = language
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(900, 600))
        self.sections = sections or registry()
        self.hub = hub_for(store)
        self.hub.published.connect(self._changes_published)

        self._context = SectionContext(
            store=store,
            window=self,
            show_record=self.show_record,
            show_section=self.show_section_key,
            show_filtered=self.show_filtered,
        )
        style = self.style()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(200)
        self.stack = QStackedWidget()
        # A page is built (and reads its records) when first shown: the window opens at
        # once however large the database, and unvisited pages cost nothing.
        self.pages = LazyPages([section.key for section in self.sections], self._build_page)
        self.loading_pages = load_pages_later
        for section in self.sections:
            QListWidgetItem(
                style.standardIcon(section.icon), section.translated_title(), self.navigation
            )
            placeholder = QLabel(self.tr("Loading…"))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(placeholder)
        self.navigation.currentRowChanged.connect(self._show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.search_field = add_search_toolbar(self, self.open_search)
        self._update_status_bar()
        self.reminders_button = add_reminders_button(self, lambda: self.show_section_key("start"))

        geometry = preferences.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 780)
        state = preferences.window_state()
        if state is not None:
            self.restoreState(state)
        self.show_section(preferences.last_section)
        if load_pages_later:
            self.setCursor(Qt.CursorShape.BusyCursor)
            # A short pause lets the window be painted before the first page is built.
            QTimer.singleShot(FIRST_PAGE_DELAY_MS, self, self._finish_loading)

    @property
    def start_page(self) -> StartPage:
        return cast(StartPage, self.pages["start"])

    def _finish_loading(self) -> None:
        self.loading_pages = False
        self._show_page(self.stack.currentIndex())
        self.unsetCursor()
        self.pages_loaded.emit()

    def _action(
        self,
        text: str,
        slot,
        shortcut: QKeySequence.StandardKey | str | None = None,
        fallback: str | None = None,
    ) -> QAction:
        """An action with a shortcut; platforms without a standard one get `fallback`.

        Windows, for one, has no standard Quit or Preferences key.
        """
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if action.shortcut().isEmpty() and fallback:
            action.setShortcut(QKeySequence(fallback))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        # Disabled demo actions say why in their tooltip.
        file_menu.setToolTipsVisible(True)
        self.demo_action = self._action(self.tr("Fill with &demo data…"), self.fill_with_demo_data)
        file_menu.addAction(self.demo_action)
        self.remove_demo_action = self._action(self.tr("&Remove demo data…"), self.remove_demo_data)
        file_menu.addAction(self.remove_demo_action)
        file_menu.aboutToShow.connect(self.update_demo_actions)
        self.update_demo_actions()
        file_menu.addAction(self._action(self.tr("Open data &folder"), self.open_data_folder))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Backups…"), self.open_backups))
        file_menu.addAction(self._action(self.tr("&Check the database"), self.check_database))
        file_menu.addAction(self._action(self.tr("Signing &keys…"), self.open_keys))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "Ctrl+Q")
        )

        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(
            self._action(
                self.tr("&Settings…"),
                self.open_settings,
                QKeySequence.StandardKey.Preferences,
                "Ctrl+,",
            )
        )
        self.undo = UndoController(self, self.store, edit_menu)

        view_menu = menu_bar.addMenu(self.tr("&View"))
        self.section_actions = []
        for index, section in enumerate(self.sections):
            action = self._action(
                section.translated_title(),
                lambda _=False, index=index: self.show_section(index),
                f"Ctrl+{index + 1}",
            )
            view_menu.addAction(action)
            self.section_actions.append(action)
        view_menu.addSeparator()
        self.search_action = self._action(self.tr("&Search…"), self.open_search, "Ctrl+K")
        view_menu.addAction(self.search_action)
        view_menu.addAction(
            self._action(self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh, "F5")
        )
        view_menu.addAction(self._action(self.tr("&Full screen"), self.toggle_full_screen, "F11"))

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Närvård Samverkan"), self.open_about))
        self.help = HelpActions(self, help_menu)

    def _update_status_bar(self) -> None:
        group = self.store.own_group() or {}
        self.statusBar().showMessage(
            self.tr("{group} · data folder: {path}").format(
                group=group.get("name", ""), path=self.store.data_dir
            )
        )

    def _build_page(self, key: str) -> QWidget:
        index = self.sections.index_of(key)
        section = self.sections.section(key)
        page = section.page(self._context)
        placeholder = self.stack.widget(index)
        was_current = self.stack.currentIndex() == index
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if was_current:
            self.stack.setCurrentIndex(index)
        # The page reads again only when a write touched what it shows.
        self.hub.subscribe(page, section.shows, cast(SectionPage, page).refresh)
        name_widgets_when_shown(page, section.translated_title())
        if key == "start":
            cast(StartPage, page).demo_button.clicked.connect(self.fill_with_demo_data)
        return page

    def _show_page(self, index: int) -> None:
        if 0 <= index < len(self.sections) and not self.loading_pages:
            self.pages[self.sections.sections[index].key]  # built on first visit
        self.stack.setCurrentIndex(index)

    def current_section(self) -> int:
        return self.navigation.currentRow()

    def show_section(self, index: int) -> None:
        if not 0 <= index < len(self.sections):
            index = 0
        self.navigation.setCurrentRow(index)
        # The row may already be current (no signal): the page must be there all the same.
        self._show_page(index)

    def show_section_key(self, key: str) -> None:
        self.show_section(self.sections.index_of(key))

    def show_record(self, table: str, record_id: str) -> None:
        """Go to the section that shows this kind of record and open it there if it can."""
        section = self.sections.section_for_table(table)
        self.show_section_key(section.key)
        if table in section.opens:
            cast(RecordOpener, self.pages[section.key]).open_record(table, record_id)

    def open_search(self, words: str = "") -> SearchDialog:
        """The one search over every kind of record; a chosen result opens in its section."""
        dialog = SearchDialog(self.store, self.show_record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.set_words(words if isinstance(words, str) else "")
        dialog.open()
        return dialog

    def show_filtered(self, table: str, filter_name: str) -> None:
        """Go to the section that shows this kind of record, narrowed to `filter_name`."""
        section = self.sections.section_for_table(table)
        self.show_section_key(section.key)
        if filter_name in section.filters:
            cast(FilteredView, self.pages[section.key]).show_filtered(table, filter_name)

    def refresh(self) -> None:
        """Read every section again (View → Refresh): the visible one now, the others when shown."""
        self.hub.publish(Changes.all())

    def _changes_published(self, changes: Changes, _initiator: object) -> None:
        if changes.touches("groups"):
            self._update_status_bar()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.data_dir)))

    def open_backups(self) -> BackupsDialog:
        self.backups_dialog = BackupsDialog(self.store, self)
        self.backups_dialog.restore_requested.connect(self.restore_requested)
        self.backups_dialog.open()
        return self.backups_dialog

    def open_keys(self) -> QWidget:
        from narvard_desktop.ui.shell.keys_dialog import KeysDialog

        self.keys_dialog = KeysDialog(self.store, self)
        self.keys_dialog.open()
        return self.keys_dialog

    def check_database(self) -> bool:
        intact, text = database_check_report(self.store)
        icon = QMessageBox.Icon.Information if intact else QMessageBox.Icon.Warning
        self.check_box = QMessageBox(icon, self.tr("Check the database"), text, parent=self)
        self.check_box.open()
        return intact

    def open_about(self) -> None:
        AboutDialog(self.store, self).exec()

    def open_settings(self) -> None:
        # Loaded when asked for: the group's setup code is not needed to show the window.
        from narvard_desktop.services.group_setup import update_group_settings

        dialog = SettingsDialog(self.store, self.language, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        if not write(
            self, self.store, lambda: update_group_settings(self.store, **dialog.group_settings())
        ):
            return
        if dialog.chosen_language() != self.language:
            self.language_change_requested.emit(dialog.chosen_language())

    def confirm(self, title: str, text: str) -> bool:
        return confirm(self, title, text)

    def update_demo_actions(self) -> None:
        """Demo data only into an empty group, so it never mixes with real records."""
        empty = group_is_empty(self.store)
        self.demo_action.setEnabled(empty)
        self.demo_action.setToolTip(
            self.tr("Adds fictional example data to try the program with.")
            if empty
            else self.tr(
                "Demo data can only be added to an empty group (no plan, deviation or "
                "meeting yet), so it never mixes with real records."
            )
        )
        has_demo = bool(demo_records(self.store))
        self.remove_demo_action.setEnabled(has_demo)
        self.remove_demo_action.setToolTip(
            self.tr("Removes exactly the demo records; what you added yourself stays.")
            if has_demo
            else self.tr("There is no demo data in this group.")
        )

    def fill_with_demo_data(self) -> None:
        if not group_is_empty(self.store):
            return
        if not self.confirm(
            self.tr("Fill with demo data"),
            self.tr(
                "Add fictional example data (a plan, deviations and meetings) to this group? "
                "You can remove it again in one step with File → Remove demo data."
            ),
        ):
            return
        run_operation(
            self,
            self.store.data_dir,
            lambda store, progress: fill_demo_data(store, progress=progress),
            self.tr("Adding demo data…"),
            on_success=lambda _counts: self.update_demo_actions(),
        )

    def remove_demo_data(self) -> bool:
        counts = demo_record_counts(self.store)
        if not counts:
            return False
        contents = ", ".join(
            (
                self.tr("%n plan(s)", "", counts.get("action_plans", 0)),
                self.tr("%n activity(ies)", "", counts.get("activities", 0)),
                self.tr("%n deviation(s)", "", counts.get("deviations", 0)),
                self.tr("%n meeting(s)", "", counts.get("meetings", 0)),
            )
        )
        if not self.confirm(
            self.tr("Remove demo data"),
            self.tr(
                "Remove the demo data ({contents} and what belongs to them)? Only records "
                "the demo added are removed; what you added yourself stays."
            ).format(contents=contents),
        ):
            return False
        written = write(self, self.store, lambda: remove_demo_data(self.store))
        self.update_demo_actions()
        return bool(written)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.preferences.save_window(self.saveGeometry(), self.saveState())
        self.preferences.last_section = self.current_section()
        super().closeEvent(event)
