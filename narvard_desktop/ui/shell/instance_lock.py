"""One running program per data folder, so two windows never write the same database."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

from narvard_desktop.paths import INSTANCE_LOCK_FILE, make_private_dir

LOCK_FILE = INSTANCE_LOCK_FILE
# A lock written on another machine cannot be checked; after this long it is taken over.
OTHER_HOST_STALE_SECONDS = 12 * 3600


def _process_started_at(pid: int) -> float | None:
    """The start time (epoch seconds) of a running process on Linux, else None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, IndexError, ValueError):
        return None
    return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")


def lock_is_stale(lock_path: Path, pid: int, hostname: str) -> bool:
    """A lock QLockFile itself still honours, but whose owner cannot be the writer.

    Another host's lock is stale after some hours; on this host a process that
    started after the lock was written has only reused the PID.
    """
    try:
        written = lock_path.stat().st_mtime
    except OSError:
        return False
    if hostname and hostname != QSysInfo.machineHostName():
        return time.time() - written > OTHER_HOST_STALE_SECONDS
    started = _process_started_at(pid)
    return started is not None and started > written + 2


def acquire_instance_lock(data_dir: Path) -> QLockFile | None:
    """Return the held lock, or None when another running program holds it.

    QLockFile removes a stale lock left by a crashed program on its own.
    """
    make_private_dir(data_dir)
    lock = QLockFile(str(data_dir / LOCK_FILE))
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    # PySide6 returns (pid, hostname, appname); an unreadable lock gives pid 0.
    pid, hostname, _app = lock.getLockInfo()[-3:]
    if pid and lock_is_stale(data_dir / LOCK_FILE, pid, hostname):
        lock.removeStaleLockFile()
        if lock.tryLock(200):
            return lock
    return None
