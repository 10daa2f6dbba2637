"""Pictures of the manual, the shortcut list, the undo menu and a chart as a table.

Run under a virtual screen of 1200×780, once per language:
    xvfb-run -a -s "-screen 0 1200x780x24" .venv/bin/python scripts/screenshots_help.py sv
The whole screen is grabbed, so the open menu and the dialogs are in the picture.
"""

from __future__ import annotations

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
PREFIX = "facil2"


def grab_screen(name: str) -> None:
    screen = QApplication.primaryScreen()
    path = OUT / f"{PREFIX}-{name}-{LANGUAGE}.png"
    screen.grabWindow(0).save(str(path))
    print("saved", path)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "demo"
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
        holder: dict[str, object] = {}

        def change_status() -> None:
            window.show_section_key("plan")
            store = window.store
            write(window.pages["plan"], store, lambda: set_activity_status(store, activity, "done"))

        def open_edit_menu() -> None:
            bar = window.menuBar()
            position = bar.mapToGlobal(bar.actionGeometry(bar.actions()[1]).bottomLeft())
            edit_menu.popup(position + QPoint(0, 0))

        def open_manual() -> None:
            edit_menu.close()
            window.show_section_key("deviations")
            holder["manual"] = window.help.open_manual()

        def open_shortcuts() -> None:
            holder["manual"].close()  # type: ignore[attr-defined]
            holder["shortcuts"] = window.help.open_shortcuts()

        def open_chart_table() -> None:
            holder["shortcuts"].close()  # type: ignore[attr-defined]
            window.show_section_key("follow_up")
            page = window.pages["follow_up"]
            holder["table"] = page.deviations_tab.category_chart.show_table()

        steps: list[Callable[[], None]] = [
            change_status,
            open_edit_menu,
            lambda: grab_screen("undo-menu"),
            open_manual,
            lambda: grab_screen("manual"),
            open_shortcuts,
            lambda: grab_screen("shortcuts"),
            open_chart_table,
            lambda: grab_screen("chart-table"),
            app.quit,
        ]

        def next_step() -> None:
            if steps:
                steps.pop(0)()
                QTimer.singleShot(1500, next_step)

        QTimer.singleShot(900, next_step)
        app.exec()
        session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
