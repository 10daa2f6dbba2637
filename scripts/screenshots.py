"""Open the program on demo data and save a picture of every main view (vy-*.png) and of
the first-start setup (setup-*.png).

Run through scripts/screenshots.sh, which provides a virtual screen (Xvfb).
Every step runs inside the event loop so each picture shows a fully painted window.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from narvard_desktop.services.demo import fill_demo_data
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.store import Store
from narvard_desktop.ui.shell.app import GuiSession

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
SECTIONS = ["start", "handlingsplan", "avvikelser", "moten", "uppfoljning", "utbyte"]


def save(widget: QWidget, name: str) -> None:
    widget.grab().save(str(OUT / f"{name}.png"))
    print("saved", OUT / f"{name}.png")


def run_steps(app: QApplication, steps: list[Callable[[], None]], pause_ms: int = 400) -> None:
    def next_step() -> None:
        if not steps:
            app.quit()
            return
        steps.pop(0)()
        QTimer.singleShot(pause_ms, next_step)

    QTimer.singleShot(pause_ms, next_step)
    app.exec()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        wizard_session = GuiSession(Path(folder) / "wizard", "sv").start()
        # Two sessions run one after the other in this process: closing the first must not
        # end the event loop the second needs.
        wizard_session.app.setQuitOnLastWindowClosed(False)
        wizard = wizard_session.wizard
        run_steps(
            wizard_session.app,
            [
                lambda: save(wizard, "setup-1-niva"),
                wizard.next,
                lambda: wizard.place_page.search.setText("bor"),
                lambda: save(wizard, "setup-2-kommun"),
                lambda: wizard.place_page.search.setText("Borås"),
                wizard.next,
                wizard.next,
                lambda: save(wizard, "setup-4-organisationer"),
                wizard.close,
            ],
        )
        wizard_session.close()

        demo_dir = Path(folder) / "demo"
        with Store(demo_dir) as store:
            create_group(store, GroupSetup("lokal", "Närvårdssamverkan Borås", "1490"))
            fill_demo_data(store, seed=1, anchor=date(2026, 11, 23))
        session = GuiSession(demo_dir, "sv").start()
        window = session.window
        window.resize(1280, 800)
        steps: list[Callable[[], None]] = []
        for index, name in enumerate(SECTIONS):
            steps.append(lambda index=index: window.show_section(index))
            steps.append(lambda name=name: save(window, f"vy-{name}"))
        steps.append(window.close)
        run_steps(session.app, steps)
        session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
