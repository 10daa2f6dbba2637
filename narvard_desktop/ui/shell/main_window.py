"""The main window: a section list on the left, the chosen section on the right."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Protocol, cast

from PySide6.QtCore import QSize, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from narvard_desktop import APP_NAME
from narvard_desktop.services.demo import fill_demo_data
from narvard_desktop.services.group_setup import update_group_settings
from narvard_desktop.store import Store
from narvard_desktop.store.changes import Changes
from narvard_desktop.ui.kit.changes import hub_for, write
from narvard_desktop.ui.kit.operations import run_operation
from narvard_desktop.ui.kit.questions import confirm
from narvard_desktop.ui.kit.sections import SectionContext, SectionRegistry, registry
from narvard_desktop.ui.shell.about_dialog import AboutDialog
from narvard_desktop.ui.shell.backups_dialog import BackupsDialog, database_check_report
from narvard_desktop.ui.shell.preferences import Preferences
from narvard_desktop.ui.shell.settings_dialog import SettingsDialog
from narvard_desktop.ui.shell.start_page import StartPage


class SectionPage(Protocol):
    """What the main window asks of every section's page."""

    def refresh(self) -> None: ...


class RecordOpener(Protocol):
    """What a section that declares kinds it opens offers the main window."""

    def open_record(self, table: str, record_id: str) -> None: ...


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

    def __init__(
        self,
        store: Store,
        preferences: Preferences,
        language: str,
        sections: SectionRegistry | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.preferences = preferences
        self.language = language
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(900, 600))
        self.sections = sections or registry()
        self.hub = hub_for(store)
        self.hub.published.connect(self._changes_published)

        context = SectionContext(
            store=store,
            window=self,
            show_record=self.show_record,
            show_section=self.show_section_key,
        )
        style = self.style()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(200)
        self.stack = QStackedWidget()
        self._context = context
        # A page is built (and reads its records) when first shown: the window opens at
        # once however large the database, and unvisited pages cost nothing.
        self.pages = LazyPages([section.key for section in self.sections], self._build_page)
        for section in self.sections:
            QListWidgetItem(
                style.standardIcon(section.icon), section.translated_title(), self.navigation
            )
            self.stack.addWidget(QWidget())
        self.start_page = cast(StartPage, self.pages["start"])
        self.start_page.demo_button.clicked.connect(self.fill_with_demo_data)
        self.navigation.currentRowChanged.connect(self._show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._update_status_bar()

        geometry = preferences.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 780)
        state = preferences.window_state()
        if state is not None:
            self.restoreState(state)
        self.show_section(preferences.last_section)

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
        file_menu.addAction(
            self._action(self.tr("Fill with &demo data…"), self.fill_with_demo_data)
        )
        file_menu.addAction(self._action(self.tr("Open data &folder"), self.open_data_folder))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Backups…"), self.open_backups))
        file_menu.addAction(self._action(self.tr("&Check the database"), self.check_database))
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
        view_menu.addAction(
            self._action(self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh, "F5")
        )
        view_menu.addAction(self._action(self.tr("&Full screen"), self.toggle_full_screen, "F11"))

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Närvård Samverkan"), self.open_about))

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
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        # The page reads again only when a write touched what it shows.
        self.hub.subscribe(page, section.shows, cast(SectionPage, page).refresh)
        return page

    def _show_page(self, index: int) -> None:
        if 0 <= index < len(self.sections):
            self.pages[self.sections.sections[index].key]  # built on first visit
        self.stack.setCurrentIndex(index)

    def current_section(self) -> int:
        return self.navigation.currentRow()

    def show_section(self, index: int) -> None:
        if not 0 <= index < len(self.sections):
            index = 0
        self.navigation.setCurrentRow(index)

    def show_section_key(self, key: str) -> None:
        self.show_section(self.sections.index_of(key))

    def show_record(self, table: str, record_id: str) -> None:
        """Go to the section that shows this kind of record and open it there if it can."""
        section = self.sections.section_for_table(table)
        self.show_section_key(section.key)
        if table in section.opens:
            cast(RecordOpener, self.pages[section.key]).open_record(table, record_id)

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

    def check_database(self) -> bool:
        intact, text = database_check_report(self.store)
        icon = QMessageBox.Icon.Information if intact else QMessageBox.Icon.Warning
        self.check_box = QMessageBox(icon, self.tr("Check the database"), text, parent=self)
        self.check_box.open()
        return intact

    def open_about(self) -> None:
        AboutDialog(self.store, self).exec()

    def open_settings(self) -> None:
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

    def fill_with_demo_data(self) -> None:
        if not self.confirm(
            self.tr("Fill with demo data"),
            self.tr(
                "Add fictional example data (a plan, deviations and meetings) to this group? "
                "It is meant for trying the program and is not easily removed."
            ),
        ):
            return
        run_operation(
            self,
            self.store.data_dir,
            lambda store, progress: fill_demo_data(store, progress=progress),
            self.tr("Adding demo data…"),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.preferences.save_window(self.saveGeometry(), self.saveState())
        self.preferences.last_section = self.current_section()
        super().closeEvent(event)
