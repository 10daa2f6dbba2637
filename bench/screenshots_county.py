"""Pictures of Uppföljning on the county data set at the default window size.

    xvfb-run -a -s "-screen 0 1200x780x24" .venv/bin/python bench/screenshots_county.py

Saves docs/screenshots/speed-*.png: the charts while they are counted, the charts drawn,
the matrix with its "Övriga" and the table of the organisations counted there.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("NARVARD_TODAY", "2026-10-15")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import county  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QScrollArea  # noqa: E402

from narvard_desktop.ui.shell.app import GuiSession  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    data = county.county_dataset(county.SIZES["county"], 1)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "county"
        shutil.copytree(data.county, work)
        session = GuiSession(work, "sv").start()
        window = session.window
        assert window is not None
        window.resize(1200, 780)
        window.show_section_key("follow_up")
        tab = window.pages["follow_up"].deviations_tab
        scroll = tab.findChild(QScrollArea)
        steps = []

        def save(name: str) -> None:
            window.grab().save(str(OUT / f"speed-{name}.png"))
            print("saved", name)

        def wait_until_drawn() -> None:
            if tab.busy:
                QTimer.singleShot(300, wait_until_drawn)
                return
            QTimer.singleShot(800, next_step)

        def next_step() -> None:
            if not steps:
                session.app.quit()
                return
            steps.pop(0)()

        steps += [
            lambda: (save("uppfoljning-raknar"), wait_until_drawn()),
            lambda: (save("uppfoljning-lan"), QTimer.singleShot(400, next_step)),
            lambda: (
                scroll.ensureWidgetVisible(tab.matrix_chart, 0, 0),
                QTimer.singleShot(600, next_step),
            ),
            lambda: (save("vem-rapporterar-om-vem"), QTimer.singleShot(400, next_step)),
            lambda: (
                scroll.verticalScrollBar().setValue(
                    tab.matrix_chart.y() + tab.matrix_chart.height() - scroll.viewport().height()
                ),
                QTimer.singleShot(600, next_step),
            ),
            lambda: (save("vem-rapporterar-om-vem-mottagare"), QTimer.singleShot(400, next_step)),
            lambda: (
                scroll.ensureWidgetVisible(tab.open_chart, 0, 0),
                QTimer.singleShot(600, next_step),
            ),
            lambda: (save("oppna-och-forsenade"), QTimer.singleShot(400, next_step)),
            lambda: (
                scroll.ensureWidgetVisible(tab.others_table, 0, 0),
                QTimer.singleShot(600, next_step),
            ),
            lambda: (save("ovriga-organisationer"), QTimer.singleShot(400, next_step)),
            lambda: (
                scroll.ensureWidgetVisible(tab.system_chart, 0, 0),
                QTimer.singleShot(600, next_step),
            ),
            lambda: (save("systemfel"), QTimer.singleShot(400, next_step)),
        ]
        window.show()
        QTimer.singleShot(150, next_step)
        session.app.exec()
        session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
