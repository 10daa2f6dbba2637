"""Starting the window: language, one instance per data folder, first-start setup."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QLockFile, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from narvard_desktop import APP_ID, APP_NAME, __version__
from narvard_desktop.errors import NarvardError
from narvard_desktop.paths import resources_dir
from narvard_desktop.store import Store
from narvard_desktop.store.backups import restore_backup
from narvard_desktop.ui.kit.questions import show_error
from narvard_desktop.ui.shell.instance_lock import acquire_instance_lock
from narvard_desktop.ui.shell.main_window import MainWindow
from narvard_desktop.ui.shell.preferences import Preferences
from narvard_desktop.ui.shell.style import STYLE_SHEET
from narvard_desktop.ui.shell.translation import install_language

if TYPE_CHECKING:  # the wizard is loaded only for a folder without a group
    from narvard_desktop.ui.shell.setup_wizard import SetupWizard

EXIT_OK = 0
EXIT_ALREADY_RUNNING = 1
EXIT_CANNOT_OPEN = 2
# --quit-after-ms: no window was shown within NO_WINDOW_TIMEOUT_MS.
EXIT_NO_WINDOW = 4
NO_WINDOW_TIMEOUT_MS = 120_000
# Every half hour a backup is taken, but only when something was written since the last.
BACKUP_INTERVAL_MS = 30 * 60 * 1000


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    if not app.property("narvard_icon"):
        app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "narvard-desktop.svg")))
        app.setProperty("narvard_icon", True)
    # Setting a style sheet re-polishes every widget alive: do it once per application,
    # not for every window started in it (tests start hundreds in one application).
    if app.styleSheet() != STYLE_SHEET:
        app.setStyleSheet(STYLE_SHEET)
    return app


class GuiSession:
    """Everything one running window needs, kept alive together."""

    def __init__(self, data_dir: Path, language_override: str | None = None) -> None:
        self.data_dir = data_dir
        self.app = application()
        data_dir.mkdir(parents=True, exist_ok=True)
        self.preferences = Preferences(data_dir)
        self.language = language_override or self.preferences.language
        install_language(self.app, self.language)
        self.lock: QLockFile | None = None
        self.store: Store | None = None
        self.window: MainWindow | None = None
        self.wizard: SetupWizard | None = None
        self.notice: QMessageBox | None = None
        self.backup_timer: QTimer | None = None
        self.exit_code = EXIT_OK

    def start(self) -> GuiSession:
        self.lock = acquire_instance_lock(self.data_dir)
        if self.lock is None:
            self.exit_code = EXIT_ALREADY_RUNNING
            self._notify(
                QCoreApplication.translate(
                    "Application",
                    "Närvård Samverkan is already running with the data folder {path}. "
                    "Switch to the open window; this one will close.",
                ).format(path=self.data_dir)
            )
            return self
        try:
            self.store = Store(self.data_dir)
        except NarvardError as error:
            self.exit_code = EXIT_CANNOT_OPEN
            self._notify(error.user_message(), QMessageBox.Icon.Critical)
            return self
        if self.store.own_group_id is None:
            from narvard_desktop.ui.shell.setup_wizard import SetupWizard

            self.wizard = SetupWizard(self.store.reference, store=self.store)
            self.wizard.accepted.connect(self._on_setup_done)
            self.wizard.show()
        else:
            self.show_main_window(pages_later=True)
        return self

    def _ensure_group_key(self) -> None:
        """An older data folder gets its signing key on first start (its justerade
        protocols are signed then, while intact); a lost key is shown when it is needed."""
        from narvard_desktop.services.group_keys import group_signer

        if self.store is None or self.store.own_group_id is None:
            return
        with contextlib.suppress(NarvardError):
            group_signer(self.store)

    def _notify(self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        print(text, file=sys.stderr)
        self.notice = QMessageBox(icon, APP_NAME, text)
        self.notice.show()

    def _on_setup_done(self) -> None:
        assert self.store is not None and self.wizard is not None
        if self.window is not None:
            return
        from narvard_desktop.services.group_setup import create_group

        try:
            create_group(self.store, self.wizard.setup(), self.wizard.organisations())
        except Exception as error:  # noqa: BLE001 - shown, and the wizard can be run again
            show_error(None, error)
            self.wizard.restart()
            self.wizard.show()
            return
        self.show_main_window(pages_later=True)

    def show_main_window(self, section: int | None = None, pages_later: bool = False) -> MainWindow:
        """Build and show the main window; with `pages_later` it shows at once and its pages
        load behind a busy cursor (the first window of a start, and the one after setup)."""
        assert self.store is not None
        self._ensure_group_key()
        self.window = MainWindow(
            self.store, self.preferences, self.language, load_pages_later=pages_later
        )
        self.window.language_change_requested.connect(self.switch_language)
        self.window.restore_requested.connect(self.restore)
        self._start_backup_timer()
        if section is not None:
            self.window.show_section(section)
        self.window.show()
        return self.window

    def switch_language(self, language: str) -> None:
        """Save the choice and rebuild the window in the new language, where it was."""
        self.preferences.language = language
        self.language = language
        install_language(self.app, language)
        old: QWidget | None = self.window
        section = self.window.current_section() if self.window else 0
        if old is not None:
            self.preferences.save_window(old.saveGeometry(), old.saveState())
        self.show_main_window(section)
        if old is not None:
            old.deleteLater()
            old.hide()

    def _start_backup_timer(self) -> None:
        if self.backup_timer is None:
            self.backup_timer = QTimer(self.app)
            self.backup_timer.setInterval(BACKUP_INTERVAL_MS)
            self.backup_timer.timeout.connect(lambda: self.backup_if_changed("periodic"))
            self.backup_timer.start()

    def backup_if_changed(self, reason: str) -> Path | None:
        """A backup when this session wrote something since the last one; never an error box."""
        if self.store is None:
            return None
        try:
            return self.store.backup_if_changed(reason)
        except (NarvardError, OSError, sqlite3.Error) as error:
            # A full disk must not stop the work or the closing; it is said on stderr.
            print(error, file=sys.stderr)
            return None

    def restore(self, backup: str) -> bool:
        """Close the database, restore `backup` through the core, open the window again."""
        assert self.store is not None
        old = self.window
        section = old.current_section() if old else 0
        if old is not None:
            self.preferences.save_window(old.saveGeometry(), old.saveState())
        self.store.close()
        error: BaseException | None = None
        try:
            restore_backup(self.data_dir, Path(backup))
        except (NarvardError, OSError, sqlite3.Error) as failure:
            error = failure
        self.store = Store(self.data_dir)
        self.show_main_window(section)
        if old is not None:
            old.deleteLater()
            old.hide()
        assert self.window is not None
        if error is not None:
            show_error(self.window, error)
            return False
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "Application",
                "Restored the backup {path}. The state before it is kept as a backup.",
            ).format(path=backup),
            15000,
        )
        return True

    def quit_when_shown(self, delay_ms: int) -> None:
        """Quit `delay_ms` after the first window is on screen and loaded (--quit-after-ms).

        A check that the program starts, for installers and smoke tests; no window within
        NO_WINDOW_TIMEOUT_MS quits with EXIT_NO_WINDOW.
        """
        waited = QElapsedTimer()
        waited.start()
        poll = QTimer(self.app)
        poll.setInterval(10)

        def check() -> None:
            main_shown = (
                self.window is not None
                and self.window.isVisible()
                and not self.window.loading_pages
            )
            other_shown = any(w is not None and w.isVisible() for w in (self.wizard, self.notice))
            # exit(), not quit(): quit() closes the windows first, and closing the last one
            # posts a second quit that would stop the next event loop of this process.
            if main_shown or other_shown:
                poll.stop()
                QTimer.singleShot(max(delay_ms, 0), lambda: self.app.exit(EXIT_OK))
            elif waited.hasExpired(NO_WINDOW_TIMEOUT_MS):
                poll.stop()
                self.exit_code = self.exit_code or EXIT_NO_WINDOW
                self.app.exit(EXIT_NO_WINDOW)

        poll.timeout.connect(check)
        poll.start()
        self.quit_poll = poll

    def close(self) -> None:
        if self.backup_timer is not None:
            self.backup_timer.stop()
        if self.store is not None:
            self.backup_if_changed("on-close")
            self.store.close()
        if self.lock is not None:
            self.lock.unlock()


def run_gui(
    data_dir: Path, language_override: str | None = None, quit_after_ms: int | None = None
) -> int:
    session = GuiSession(data_dir, language_override).start()
    if quit_after_ms is not None:
        session.quit_when_shown(quit_after_ms)
    try:
        code = session.app.exec()
    finally:
        session.close()
    return session.exit_code or code
