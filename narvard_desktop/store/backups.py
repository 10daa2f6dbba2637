"""Backups people can find and restore: atomic copies, a readable list, thinning.

A backup is written under a temporary name, checked with `integrity_check` and
only then renamed, so a process killed half-way never leaves an empty or torn
file that looks like the newest backup.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from narvard_desktop import clock
from narvard_desktop.errors import NarvardError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.paths import (
    BACKUP_DIR,
    INSTANCE_LOCK_FILE,
    database_path,
    make_private_dir,
    make_private_file,
    private_umask,
)

TEMP_PREFIX = ".tmp-"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z0-9_-]+)\.sqlite3$")
SQLITE_HEADER = b"SQLite format 3\x00"

# Why a backup was taken, as shown in the list (context "Backups").
REASON_LABELS = {
    "before-import": QT_TRANSLATE_NOOP("Backups", "Before an import"),
    "before-xlsx-import": QT_TRANSLATE_NOOP("Backups", "Before an Excel import"),
    "before-catalogue-import": QT_TRANSLATE_NOOP(
        "Backups", "Before the organisation catalogue was read from a file"
    ),
    "on-close": QT_TRANSLATE_NOOP("Backups", "When the program closed"),
    "periodic": QT_TRANSLATE_NOOP("Backups", "Automatic (every half hour of changes)"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "Before a restore"),
    "manual": QT_TRANSLATE_NOOP("Backups", "Taken by hand"),
}
MIGRATION_LABEL = QT_TRANSLATE_NOOP("Backups", "Before the database was updated")
REASONS = tuple(REASON_LABELS)


def reason_label(reason: str) -> str:
    """The English source text for a backup's reason; migrations are "before-<name>"."""
    return REASON_LABELS.get(reason, MIGRATION_LABEL if reason.startswith("before-") else reason)


class BackupDamagedError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {path} is damaged (integrity check failed) and was not restored. "
        "Nothing has been changed.",
    )


class DatabaseOpenElsewhereError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "Närvård Samverkan is open on the data folder {path} (process {pid}). Restore the "
        "backup from its File menu, or close it first. Nothing has been changed.",
    )


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    time: datetime
    reason: str
    size: int


def backup_folder(database_file: Path) -> Path:
    return database_file.parent / BACKUP_DIR


def looks_like_sqlite(path: Path) -> bool:
    """True for a file that starts with SQLite's header (an empty file does not)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def integrity_problems(path: Path) -> list[str]:
    """What `PRAGMA integrity_check` reports for a file, opened read-only; [] when intact."""
    if not looks_like_sqlite(path):
        return ["not a database"]
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.DatabaseError as error:
        return [str(error)]
    try:
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        connection.close()
    return [] if rows == ["ok"] else rows


def foreign_key_problems(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [
            f"{table} rowid {rowid} -> {parent}"
            for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check")
        ]
    finally:
        connection.close()


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _copy_checked(source: sqlite3.Connection, temp: Path, final: Path, label: Path) -> None:
    """Copy `source` into `temp` with the backup API, fsync, check, then rename to `final`."""
    from narvard_desktop.store.database import translate_sqlite_errors

    with private_umask():
        destination = sqlite3.connect(temp)
    try:
        with translate_sqlite_errors(label):
            source.backup(destination)
            # A backup is one self-contained file: no -wal/-shm beside it, ever.
            destination.execute("PRAGMA journal_mode = DELETE")
    finally:
        destination.close()
    _fsync(temp)
    problems = integrity_problems(temp)
    if problems:
        temp.unlink(missing_ok=True)
        raise BackupDamagedError(path=str(label))
    make_private_file(temp)
    os.replace(temp, final)
    with contextlib.suppress(OSError):
        directory = os.open(final.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def remove_stale_temps(folder: Path) -> None:
    """Temporary files left by a killed backup are never backups: drop them."""
    if folder.is_dir():
        for leftover in folder.glob(f"{TEMP_PREFIX}*"):
            leftover.unlink(missing_ok=True)


def make_backup(
    connection: sqlite3.Connection, database_file: Path, reason: str, *, thin: bool = True
) -> Path:
    """Copy the live database with SQLite's backup API (safe with WAL, unlike a file copy)."""
    folder = backup_folder(database_file)
    make_private_dir(folder)
    remove_stale_temps(folder)
    moment = clock.utc_now()
    while True:
        name = f"{database_file.stem}-{moment.strftime(_STAMP)}-{reason}.sqlite3"
        target = folder / name
        if not target.exists():
            break
        moment += timedelta(microseconds=1)
    temp = folder / f"{TEMP_PREFIX}{name}"
    _copy_checked(connection, temp, target, database_file)
    if thin:
        thin_backups(database_file.parent, keep=target)
    return target


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every finished backup of the data folder, newest first."""
    folder = backup_folder(database_path(data_dir))
    found = []
    if folder.is_dir():
        for path in folder.glob("*.sqlite3"):
            match = _NAME.search(path.name)
            if path.name.startswith(TEMP_PREFIX) or match is None:
                continue
            moment = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
            found.append(BackupInfo(path, moment, match["reason"], path.stat().st_size))
    return sorted(found, key=lambda info: info.time, reverse=True)


def backups_to_keep(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """Anki-style: all of today, one a day for 2 weeks, one a week for 3 months, one a month after.

    Within each bucket the newest backup is kept; the newest of all is always kept.
    """
    keep: set[Path] = set()
    seen: set[tuple[str, object]] = set()
    today = now.date()
    for info in sorted(backups, key=lambda item: item.time, reverse=True):
        day = info.time.date()
        age = (today - day).days
        bucket: tuple[str, object]
        if age <= 0:
            bucket = ("all", info.path)
        elif age < 14:
            bucket = ("day", day)
        elif age < 92:
            bucket = ("week", tuple(day.isocalendar())[:2])
        else:
            bucket = ("month", (day.year, day.month))
        if bucket not in seen:
            seen.add(bucket)
            keep.add(info.path)
    if backups:
        keep.add(max(backups, key=lambda item: item.time).path)
    return keep


def thin_backups(data_dir: Path, keep: Path | None = None) -> list[Path]:
    """Delete the backups thinning does not keep (never `keep`, never the newest)."""
    backups = list_backups(data_dir)
    kept = backups_to_keep(backups, clock.utc_now())
    if keep is not None:
        kept.add(keep)
    removed = []
    for info in backups:
        if info.path not in kept:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def backup_now(data_dir: Path, reason: str = "manual") -> Path:
    """A backup of the data folder's database from a fresh connection (for the CLI and timers)."""
    database_file = database_path(data_dir)
    connection = sqlite3.connect(database_file, timeout=10)
    try:
        return make_backup(connection, database_file, reason)
    finally:
        connection.close()


def program_holding(data_dir: Path) -> int | None:
    """The process id of a running window on this folder (same host), else None."""
    try:
        lines = (Path(data_dir) / INSTANCE_LOCK_FILE).read_text(encoding="utf-8").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError, UnicodeDecodeError):
        return None
    if pid <= 0 or pid == os.getpid():
        return None
    if os.name != "posix":
        return pid  # os.kill would end the process on Windows: assume it runs
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except OSError:
        return pid  # it exists, it is only someone else's
    return pid


def refuse_while_open_elsewhere(data_dir: Path) -> None:
    pid = program_holding(data_dir)
    if pid is not None:
        raise DatabaseOpenElsewhereError(path=str(data_dir), pid=pid)


def restore_backup(data_dir: Path, backup_path: Path) -> Path | None:
    """Replace the database with a backup; the caller has closed its connection.

    Returns the before-restore backup of the current state (None when the
    current database was unreadable). The old `-wal`/`-shm` are removed so a
    stale journal from a crash can never be replayed onto the restored copy.
    """
    backup_path = Path(backup_path)
    if integrity_problems(backup_path):
        raise BackupDamagedError(path=str(backup_path))
    database_file = database_path(data_dir)
    folder = backup_folder(database_file)
    make_private_dir(folder)
    remove_stale_temps(folder)
    for leftover in database_file.parent.glob(f"{TEMP_PREFIX}*"):
        leftover.unlink(missing_ok=True)
    before: Path | None = None
    if looks_like_sqlite(database_file) and not integrity_problems(database_file):
        current = sqlite3.connect(database_file, timeout=10)
        try:
            # Folds the current WAL into the database, so the before-restore copy is whole.
            current.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            before = make_backup(current, database_file, "before-restore", thin=False)
        finally:
            current.close()
    temp = database_file.with_name(f"{TEMP_PREFIX}{database_file.name}")
    source = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _copy_checked(source, temp, temp.with_name(temp.name + ".ok"), backup_path)
    finally:
        source.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{database_file}{suffix}").unlink(missing_ok=True)
    os.replace(temp.with_name(temp.name + ".ok"), database_file)
    for suffix in ("-wal", "-shm"):
        Path(f"{database_file}{suffix}").unlink(missing_ok=True)
    return before
