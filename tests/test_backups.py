"""Backups: atomic, listed, thinned, restorable, and survive kill -9."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from narvard_desktop import clock
from narvard_desktop.errors import DatabaseUnreadableError
from narvard_desktop.paths import database_path
from narvard_desktop.store import Store
from narvard_desktop.store.backups import (
    BackupDamagedError,
    BackupInfo,
    backup_now,
    backups_to_keep,
    integrity_problems,
    list_backups,
    restore_backup,
)


def _fill(path: Path, megabytes: int = 8) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE IF NOT EXISTS ballast (id INTEGER PRIMARY KEY, data BLOB)")
    connection.executemany(
        "INSERT INTO ballast (data) VALUES (?)", [(os.urandom(64 * 1024),)] * (megabytes * 16)
    )
    connection.commit()
    connection.close()


def _marker(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE IF NOT EXISTS marker (text TEXT)")
        return [row[0] for row in connection.execute("SELECT text FROM marker ORDER BY rowid")]
    finally:
        connection.close()


def _write_marker(path: Path, text: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE IF NOT EXISTS marker (text TEXT)")
    connection.execute("INSERT INTO marker VALUES (?)", (text,))
    connection.commit()
    connection.close()


def test_backup_is_listed_with_reason_size_and_is_intact(store):
    store.close()
    path = backup_now(store.data_dir, "manual")
    [info] = list_backups(store.data_dir)
    assert info.path == path
    assert info.reason == "manual"
    assert info.size == path.stat().st_size > 0
    assert integrity_problems(path) == []
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".tmp-")]


def test_leftover_temp_from_a_crash_is_not_listed_and_is_cleaned(store):
    store.close()
    folder = database_path(store.data_dir).parent / "backups"
    folder.mkdir(exist_ok=True)
    leftover = folder / ".tmp-narvard-20261201T000000000000Z-manual.sqlite3"
    leftover.write_bytes(b"")
    assert list_backups(store.data_dir) == []
    backup_now(store.data_dir)
    assert not leftover.exists()


def _info(moment: datetime) -> BackupInfo:
    return BackupInfo(Path(moment.isoformat()), moment, "periodic", 1)


def test_thinning_keeps_today_one_a_day_week_and_month():
    now = datetime(2027, 6, 15, 12, 0, tzinfo=UTC)
    backups = [_info(now - timedelta(hours=hours)) for hours in range(0, 24 * 400, 6)]
    kept = backups_to_keep(backups, now)
    days = sorted({datetime.fromisoformat(str(p)).date() for p in kept})
    today = [p for p in kept if datetime.fromisoformat(str(p)).date() == now.date()]
    assert len(today) == len([b for b in backups if b.time.date() == now.date()])
    recent = [d for d in days if 0 < (now.date() - d).days < 14]
    assert len(recent) == 13
    weekly = {tuple(d.isocalendar())[:2] for d in days if 14 <= (now.date() - d).days < 92}
    assert len(weekly) == len([d for d in days if 14 <= (now.date() - d).days < 92])
    monthly = [d for d in days if (now.date() - d).days >= 92]
    assert len(monthly) == len({(d.year, d.month) for d in monthly})
    assert len(kept) < 60


def test_thinning_runs_after_each_backup_on_a_pinned_clock(store):
    store.close()
    start = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    for day in range(0, 200, 1):
        with clock.pinned((start + timedelta(days=day)).isoformat()):
            backup_now(store.data_dir, "periodic")
    backups = list_backups(store.data_dir)
    assert 10 < len(backups) < 40
    assert backups[0].time.date() == (start + timedelta(days=199)).date()


@pytest.mark.parametrize("content", [b"", "Hej, det här är ingen databas.\n".encode()])
def test_empty_or_text_database_is_refused_with_restore_hint(data_dir, content):
    path = database_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    with pytest.raises(DatabaseUnreadableError) as raised:
        Store(data_dir)
    assert "backups" in str(raised.value)
    assert path.read_bytes() == content


def test_restore_after_crash_with_stale_wal_gives_the_backup(store):
    store.close()
    path = database_path(store.data_dir)
    _write_marker(path, "before backup")
    backup = backup_now(store.data_dir)
    # A real crash: a child writes in WAL mode and is killed before any checkpoint.
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, signal, sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1])\n"
            "c.execute('PRAGMA journal_mode=WAL'); c.execute('PRAGMA wal_autocheckpoint=0')\n"
            "c.execute(\"INSERT INTO marker VALUES ('after crash')\"); c.commit()\n"
            "os.kill(os.getpid(), signal.SIGKILL)\n",
            str(path),
        ],
        check=False,
    )
    assert child.returncode == -signal.SIGKILL
    assert Path(f"{path}-wal").stat().st_size > 0
    before = restore_backup(store.data_dir, backup)
    assert not Path(f"{path}-wal").exists()
    assert not Path(f"{path}-shm").exists()
    assert integrity_problems(path) == []
    assert _marker(path) == ["before backup"]
    # The state from before the restore (with the crashed write) is kept as a backup.
    assert before is not None and _marker(before) == ["before backup", "after crash"]
    Store(store.data_dir).close()


def test_damaged_backup_is_refused_and_database_unchanged(store):
    store.close()
    path = database_path(store.data_dir)
    _write_marker(path, "current")
    bad = path.parent / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(BackupDamagedError) as raised:
        restore_backup(store.data_dir, bad)
    assert "bad.sqlite3" in str(raised.value)
    assert _marker(path) == ["current"]


def _kill_at_points(code: str, data_dir: Path, delays: list[float]) -> None:
    for delay in delays:
        child = subprocess.Popen([sys.executable, "-c", code, str(data_dir)])
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()


def test_kill_during_backup_never_leaves_an_empty_newest_backup(store):
    store.close()
    _fill(database_path(store.data_dir))
    backup_now(store.data_dir)
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from narvard_desktop.store.backups import backup_now\n"
        "while True: backup_now(Path(sys.argv[1]), 'periodic')\n"
    )
    _kill_at_points(code, store.data_dir, [0.05, 0.2, 0.4, 0.7, 1.0])
    newest = list_backups(store.data_dir)[0]
    assert newest.size > 0
    assert integrity_problems(newest.path) == []
    assert integrity_problems(database_path(store.data_dir)) == []
    Store(store.data_dir).close()


def test_kill_during_restore_leaves_a_usable_database(store):
    store.close()
    path = database_path(store.data_dir)
    _fill(path)
    _write_marker(path, "one")
    first = backup_now(store.data_dir)
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from narvard_desktop.store.backups import restore_backup\n"
        f"while True: restore_backup(Path(sys.argv[1]), Path({str(first)!r}))\n"
    )
    _kill_at_points(code, store.data_dir, [0.05, 0.2, 0.4, 0.7, 1.0])
    assert integrity_problems(path) == []
    assert _marker(path) == ["one"]
    newest = list_backups(store.data_dir)[0]
    assert newest.size > 0 and integrity_problems(newest.path) == []
    Store(store.data_dir).close()
