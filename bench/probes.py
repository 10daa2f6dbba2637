"""Measurements that need a process of their own: start-up time and peak memory.

    python bench/probes.py KIND [ARGS…]

Each probe prints one JSON line: `seconds` (from the probe's own start, where the parent
does not time it) and `peak_mb`, the process's peak resident memory. The parent times the
whole process from spawn to that line, so Python's own start counts as it does for a user.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
STARTED = time.perf_counter()


def peak_mb() -> float:
    # VmHWM belongs to this program's memory map: ru_maxrss would still count the
    # benchmark process this one was forked from.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    # Linux reports kilobytes, macOS bytes.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def report(**figures: object) -> None:
    figures.setdefault("seconds", round(time.perf_counter() - STARTED, 4))
    figures.setdefault("peak_mb", peak_mb())
    print(json.dumps(figures), flush=True)


def _shown(window) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    window.show()
    # One turn of the event loop: the window has been laid out and painted once.
    QApplication.processEvents()


def bare_window() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 780)
    _shown(window)
    report()
    app.quit()


def gui_start(data_dir: str, visit_pages: bool = False) -> None:
    from narvard_desktop.ui.shell.app import GuiSession

    session = GuiSession(Path(data_dir), "sv").start()
    window = session.window
    assert window is not None, "the data folder has no group"
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    shown = time.perf_counter() - STARTED
    start_peak = peak_mb()
    if visit_pages:
        for index in range(window.navigation.count()):
            window.show_section(index)
            # Charts and lists that draw on show do it in these turns of the loop.
            for _ in range(5):
                QApplication.processEvents()
                time.sleep(0.02)
        _wait_for_operations()
    report(seconds=round(shown, 4), start_peak_mb=start_peak)
    session.close()


def _wait_for_operations(limit: float = 120.0) -> None:
    """Let work that runs off the GUI thread (charts) finish before the peak is read."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + limit
    pool = QThreadPool.globalInstance()
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        if pool.activeThreadCount() == 0:
            QApplication.processEvents()
            return
        time.sleep(0.05)


def import_batch(data_dir: str, *files: str) -> None:
    from narvard_desktop.exchange.importer import import_files
    from narvard_desktop.store import Store

    with Store(Path(data_dir)) as store:
        started = time.perf_counter()
        reports = import_files(store, [Path(name) for name in files])
        seconds = time.perf_counter() - started
    backups = list(Path(data_dir).rglob("*before-import*"))
    report(
        seconds=round(seconds, 4),
        refused=sum(not r.ok for r in reports),
        backups=len(backups),
        backup_mb=round(sum(p.stat().st_size for p in backups) / 1e6, 1),
    )


def raw_insert(data_dir: str, rows_file: str) -> None:
    """The floor: the same rows written with bare executemany, no checks, one transaction."""
    import pickle
    import sqlite3

    from narvard_desktop.paths import database_path

    with open(rows_file, "rb") as handle:
        tables = pickle.load(handle)
    connection = sqlite3.connect(database_path(Path(data_dir)))
    started = time.perf_counter()
    with connection:
        for table, (columns, rows) in tables.items():
            marks = ", ".join("?" * len(columns))
            connection.executemany(
                f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
            )
    seconds = time.perf_counter() - started
    connection.close()
    report(seconds=round(seconds, 4))


def status_change(data_dir: str, repeat: str = "5") -> None:
    """One quick status change in the main window after every page has been visited: the
    SQL statements and time of the change hub against every page reading itself again."""
    import statistics

    from bench_status_change import STATUSES, measure
    from PySide6.QtWidgets import QApplication

    from narvard_desktop.ui.shell.app import GuiSession

    session = GuiSession(Path(data_dir), "sv").start()
    window = session.window
    assert window is not None and session.store is not None, "the data folder has no group"
    store = session.store
    for index in range(window.navigation.count()):
        window.show_section(index)
        QApplication.processEvents()
    _wait_for_operations()
    window.show_section_key("plan")
    QApplication.processEvents()
    plan = window.pages["plan"]
    # An activity of the county's own plan: imported ones are read-only.
    activity_id = store.db.execute(
        "SELECT id FROM activities WHERE group_id = ? AND deleted = 0 ORDER BY rowid LIMIT 1",
        [store.require_group_id()],
    ).fetchone()[0]
    pages = list(window.pages.values())

    def quick_change(status: str) -> None:
        assert plan.set_status(activity_id, status)  # type: ignore[attr-defined]

    def every_page_again(status: str) -> None:
        # What the window did before the change hub: every page and the status bar.
        quick_change(status)
        for page in pages:
            page.refresh()  # type: ignore[attr-defined]
        window._update_status_bar()

    before, after = [], []
    for turn in range(int(repeat)):
        before.append(measure(store, lambda turn=turn: every_page_again(STATUSES[turn % 2])))
        after.append(measure(store, lambda turn=turn: quick_change(STATUSES[(turn + 1) % 2])))
    report(
        statements=statistics.median(count for count, _ in after),
        statements_before=statistics.median(count for count, _ in before),
        seconds=round(statistics.median(seconds for _, seconds in after), 4),
        seconds_before=round(statistics.median(seconds for _, seconds in before), 4),
    )
    session.close()


def command_line(*argv: str) -> None:
    from narvard_desktop.cli import main

    main(list(argv))


PROBES = {
    "bare-window": bare_window,
    "gui-start": gui_start,
    "gui-pages": lambda data_dir: gui_start(data_dir, visit_pages=True),
    "import": import_batch,
    "raw-insert": raw_insert,
    "status-change": status_change,
}

if __name__ == "__main__":
    PROBES[sys.argv[1]](*sys.argv[2:])
