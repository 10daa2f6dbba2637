"""What one quick status change costs in the real main window: SQL statements and time.

Builds a county-size data folder (demo data plus tens of thousands of avvikelser and
thousands of activities), opens the main window offscreen on the action plan, and sets
the status of the marked activity the way the status chooser does.

"before" is what the window did until the change hub: after the write every page read
itself again (each page's refresh). "after" is the hub: only views that show activities
and are on screen read again, hidden ones when they are next shown. The target is at
least 10 times fewer statements.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_status_change.py [--deviations 60000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Run as a script, bench/ is on the path.
from bench_lists import fill as fill_deviations  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from narvard_desktop.services.demo import fill_demo_data  # noqa: E402
from narvard_desktop.services.group_setup import GroupSetup, create_group  # noqa: E402
from narvard_desktop.store import Store  # noqa: E402
from narvard_desktop.store.records import new_id  # noqa: E402

TARGET_RATIO = 10.0
STATUSES = ("ongoing", "done")


def fill(store: Store, deviations: int, activities: int) -> None:
    """County-size data: demo data for every kind, then many avvikelser and activities."""
    fill_demo_data(store, seed=11, anchor=date(2026, 10, 15))
    # The avvikelser are the ones the list benchmark measures.
    fill_deviations(store, deviations)
    group_id = store.require_group_id()
    ways = [row["code"] for row in store.reference.ways_of_working()]
    plan_id = store.db.execute("SELECT id FROM action_plans LIMIT 1").fetchone()[0]
    rng = random.Random(1)
    start = date(2020, 1, 1)
    now = "2026-01-01T00:00:00Z"
    activity_rows = [
        (
            new_id(),
            group_id,
            now,
            now,
            plan_id,
            f"Aktivitet {number}",
            rng.choice(ways),
            rng.choice(("not_started", "ongoing", "done")),
            (start + timedelta(days=rng.randrange(2800))).isoformat(),
            1000 + number,
        )
        for number in range(activities)
    ]
    with store.db.atomic():
        store.db.conn.executemany(
            "INSERT INTO activities (id, group_id, created_at, updated_at, action_plan_id,"
            " title, way_code, status, due_date, position) VALUES (?,?,?,?,?,?,?,?,?,?)",
            activity_rows,
        )
    store.db.execute("ANALYZE")
    store.take_changes()


class StatementCounter:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, _statement: str) -> None:
        self.count += 1


def measure(store: Store, action: Callable[[], None]) -> tuple[int, float]:
    counter = StatementCounter()
    store.db.conn.set_trace_callback(counter)
    started = time.perf_counter()
    action()
    QApplication.processEvents()
    elapsed = time.perf_counter() - started
    store.db.conn.set_trace_callback(None)
    return counter.count, elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deviations", type=int, default=60_000)
    parser.add_argument("--activities", type=int, default=3_000)
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        # Window geometry and language go to the temporary folder, not the user's.
        os.environ["HOME"] = folder
        os.environ["XDG_CONFIG_HOME"] = folder
        built = time.perf_counter()
        with Store(data_dir) as store:
            create_group(store, GroupSetup("lansgemensam", "Västra Götaland"))
            fill(store, arguments.deviations, arguments.activities)
        built = time.perf_counter() - built

        from narvard_desktop.ui.shell.main_window import MainWindow
        from narvard_desktop.ui.shell.preferences import Preferences

        store = Store(data_dir)
        window = MainWindow(store, Preferences(data_dir), "sv")
        window.resize(1280, 800)
        window.show()
        window.show_section_key("plan")
        app.processEvents()
        # Every section has been on screen once, as after a working session.
        for key in window.sections.keys():  # noqa: SIM118 - a registry, not a dict
            window.show_section_key(key)
            app.processEvents()
        window.show_section_key("plan")
        app.processEvents()

        plan = window.pages["plan"]
        plan.table.selectRow(0)
        activity_id = plan.current_activity()["id"]
        pages = list(window.pages.values())

        def quick_change(status: str) -> None:
            assert plan.set_status(activity_id, status)

        def the_old_way(status: str) -> None:
            # The old window: the page's own update, then every page and the status bar.
            quick_change(status)
            for page in pages:
                page.refresh()
            window._update_status_bar()

        before, after = [], []
        for turn in range(arguments.repeat):
            before.append(measure(store, lambda turn=turn: the_old_way(STATUSES[turn % 2])))
            after.append(measure(store, lambda turn=turn: quick_change(STATUSES[(turn + 1) % 2])))

        window.close()
        window.deleteLater()
        app.processEvents()
        store.close()

    before_statements = statistics.median(count for count, _ in before)
    after_statements = statistics.median(count for count, _ in after)
    before_time = statistics.median(seconds for _, seconds in before)
    after_time = statistics.median(seconds for _, seconds in after)
    ratio = before_statements / max(after_statements, 1)
    print(f"data: {arguments.deviations} deviations, {arguments.activities} extra activities")
    print(f"built in {built:.1f} s")
    print(
        f"before (every page refreshed): {before_statements:.0f} statements, "
        f"{before_time * 1000:.0f} ms"
    )
    print(f"after (change hub): {after_statements:.0f} statements, {after_time * 1000:.0f} ms")
    print(
        f"statements: {ratio:.1f}× fewer (target ≥ {TARGET_RATIO:.0f}×); "
        f"time: {before_time / max(after_time, 1e-9):.1f}× faster"
    )
    ok = ratio >= TARGET_RATIO
    print("OK" if ok else "FEWER THAN TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
