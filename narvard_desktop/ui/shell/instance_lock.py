"""One running program per data folder, so two windows never write the same database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_FILE = "narvard.lock"


def acquire_instance_lock(data_dir: Path) -> QLockFile | None:
    """Return the held lock, or None when another running program holds it.

    QLockFile removes a stale lock left by a crashed program on its own.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / LOCK_FILE))
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    return None
