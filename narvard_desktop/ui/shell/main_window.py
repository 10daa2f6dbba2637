"""The main window: a section list on the left, the chosen section on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from narvard_desktop import APP_NAME
from narvard_desktop.services.demo import fill_demo_data
from narvard_desktop.services.group_setup import update_group_settings
from narvard_desktop.store import Store
from narvard_desktop.ui.deviations.page import DeviationsPage
from narvard_desktop.ui.exchange.page import ExchangePage
from narvard_desktop.ui.follow_up.page import FollowUpPage
from narvard_desktop.ui.kit.operations import run_operation, show_error
from narvard_desktop.ui.kit.questions import confirm
from narvard_desktop.ui.meetings.page import MeetingsPage
from narvard_desktop.ui.plan.overview import GroupPlanOverview
from narvard_desktop.ui.plan.page import PlanPage
from narvard_desktop.ui.shell.about_dialog import AboutDialog
from narvard_desktop.ui.shell.preferences import Preferences
from narvard_desktop.ui.shell.settings_dialog import SettingsDialog
from narvard_desktop.ui.shell.start_page import StartPage

SECTION_OF_TABLE = {
    "action_plans": 1,
    "goals": 1,
    "activities": 1,
    "progress_notes": 1,
    "indicators": 1,
    "indicator_values": 1,
    "deviations": 2,
    "meetings": 3,
    "agenda_items": 3,
    "decisions": 3,
    "action_items": 3,
    "attendances": 3,
}


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, store: Store, preferences: Preferences, language: str) -> None:
        super().__init__()
        self.store = store
        self.preferences = preferences
        self.language = language
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(900, 600))

        self.start_page = StartPage(store)
        self.start_page.navigate.connect(self.show_section)
        self.start_page.demo_button.clicked.connect(self.fill_with_demo_data)
        style = self.style()
        self.sections: list[tuple[str, QWidget, QStyle.StandardPixmap]] = [
            (self.tr("Start"), self.start_page, QStyle.StandardPixmap.SP_DirHomeIcon),
            (
                self.tr("Action plan"),
                PlanPage(store),
                QStyle.StandardPixmap.SP_FileDialogListView,
            ),
            (
                self.tr("Deviations"),
                DeviationsPage(store),
                QStyle.StandardPixmap.SP_MessageBoxWarning,
            ),
            (
                self.tr("Meetings"),
                MeetingsPage(store),
                QStyle.StandardPixmap.SP_FileDialogDetailedView,
            ),
            (
                self.tr("Follow-up"),
                self._follow_up_page(store),
                QStyle.StandardPixmap.SP_FileDialogContentsView,
            ),
            (
                self.tr("Exchange"),
                ExchangePage(store),
                QStyle.StandardPixmap.SP_BrowserReload,
            ),
        ]
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(200)
        self.stack = QStackedWidget()
        for title, page, icon in self.sections:
            QListWidgetItem(style.standardIcon(icon), title, self.navigation)
            self.stack.addWidget(page)
            # A page that changed data (an import, a save) asks every page to show it.
            data_changed = getattr(page, "data_changed", None) or getattr(page, "changed", None)
            if data_changed is not None:
                data_changed.connect(self.refresh)
            record_requested = getattr(page, "record_requested", None)
            if record_requested is not None:
                record_requested.connect(self.show_record)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

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

    def _follow_up_page(self, store: Store) -> FollowUpPage:
        page = FollowUpPage(store)
        plan_charts = GroupPlanOverview(store)
        plan_charts.activity_requested.connect(
            lambda activity_id: self.show_record("activities", activity_id)
        )
        page.set_plan_widget(plan_charts)
        return page

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
        for index, (title, _page, _icon) in enumerate(self.sections):
            action = self._action(
                title, lambda _=False, index=index: self.show_section(index), f"Ctrl+{index + 1}"
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

    def current_section(self) -> int:
        return self.navigation.currentRow()

    def show_section(self, index: int) -> None:
        if not 0 <= index < len(self.sections):
            index = 0
        self.navigation.setCurrentRow(index)

    def show_record(self, table: str, record_id: str) -> None:
        """Go to the section that shows this kind of record and open it there if it can."""
        section = SECTION_OF_TABLE.get(table, 0)
        self.show_section(section)
        open_record = getattr(self.sections[section][1], "open_record", None)
        if open_record is not None:
            open_record(table, record_id)

    def refresh(self) -> None:
        for _title, page, _icon in self.sections:
            refresh_page = getattr(page, "refresh", None)
            if refresh_page is not None:
                refresh_page()
        self._update_status_bar()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.data_dir)))

    def open_about(self) -> None:
        AboutDialog(self.store, self).exec()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.store, self.language, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        try:
            update_group_settings(self.store, **dialog.group_settings())
        except Exception as error:  # noqa: BLE001 - shown to the user, nothing half-saved
            show_error(self, error)
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
            on_success=lambda _counts: self.refresh(),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.preferences.save_window(self.saveGeometry(), self.saveState())
        self.preferences.last_section = self.current_section()
        super().closeEvent(event)
