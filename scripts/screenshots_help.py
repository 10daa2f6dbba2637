"""A picture of the Redigera menu naming what Ctrl+Z will undo (after a status change).

Run under a virtual screen of 1200×780, once per language (scripts/screenshots.sh):
    xvfb-run -a -s "-screen 0 1200x780x24" .venv/bin/python scripts/screenshots_help.py sv
The whole screen is grabbed, so the open menu is in the picture. The manual, the shortcut
list and a chart as a table are dialogs: scripts/screenshots.py takes those.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication

from narvard_desktop.services.activities import set_activity_status
from narvard_desktop.services.demo import fill_demo_data
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.changes import write
from narvard_desktop.ui.shell.app import GuiSession

LANGUAGE = sys.argv[1] if len(sys.argv) > 1 else "sv"
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")


def grab_screen(name: str) -> None:
    screen = QApplication.primaryScreen()
    path = OUT / LANGUAGE / f"{name}.png"
    screen.grabWindow(0).save(str(path))
    print("saved", path)


def main() -> int:
    (OUT / LANGUAGE).mkdir(parents=True, exist_ok=True)
    # A fixed folder: the status bar shows it, and the picture should not change with it.
    folder = Path(tempfile.gettempdir()) / "narvard-screenshots" / f"menu-{LANGUAGE}"
    shutil.rmtree(folder, ignore_errors=True)
    try:
        data_dir = folder / "demo"
        with Store(data_dir) as store:
            create_group(store, GroupSetup("lokal", "Närvårdssamverkan Borås", "1490"))
            fill_demo_data(store, seed=1, anchor=date(2026, 11, 23))
            activity = store.db.execute(
                "SELECT id FROM activities WHERE deleted = 0 AND status = 'ongoing' LIMIT 1"
            ).fetchone()[0]
        session = GuiSession(data_dir, LANGUAGE).start()
        window = session.window
        window.move(0, 0)
        window.resize(1200, 780)
        app = session.app
        edit_menu = window.menuBar().actions()[1].menu()

        def change_status() -> None:
            window.show_section_key("plan")
            store = window.store
            write(window.pages["plan"], store, lambda: set_activity_status(store, activity, "done"))

        def open_edit_menu() -> None:
            bar = window.menuBar()
            position = bar.mapToGlobal(bar.actionGeometry(bar.actions()[1]).bottomLeft())
            edit_menu.popup(position + QPoint(0, 0))

        steps: list[Callable[[], None]] = [
            change_status,
            open_edit_menu,
            lambda: grab_screen("edit-menu-undo"),
            edit_menu.close,
            app.quit,
        ]

        def next_step() -> None:
            if steps:
                steps.pop(0)()
                QTimer.singleShot(1500, next_step)

        QTimer.singleShot(900, next_step)
        app.exec()
        session.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
