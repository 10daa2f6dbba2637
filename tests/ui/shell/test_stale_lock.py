"""A lock left by a dead program, a reused PID or another host (long ago) is taken over."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

from narvard_desktop.ui.shell.instance_lock import LOCK_FILE, acquire_instance_lock


def _write_lock(path, pid: int, host: str, age_seconds: float = 0) -> None:
    path.write_text(f"{pid}\npython3\n{host}\n")
    moment = time.time() - age_seconds
    os.utime(path, (moment, moment))


def test_lock_of_a_running_program_is_respected(tmp_path):
    held = acquire_instance_lock(tmp_path)
    assert held is not None
    code = (
        "import sys; from pathlib import Path\n"
        "from narvard_desktop.ui.shell.instance_lock import acquire_instance_lock\n"
        "sys.exit(0 if acquire_instance_lock(Path(sys.argv[1])) is None else 1)\n"
    )
    assert subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=False).returncode == 0
    held.unlock()


def test_lock_with_a_reused_pid_is_taken_over(tmp_path):
    # PID 1 is alive, but started long before the lock file was written.
    _write_lock(tmp_path / LOCK_FILE, 1, socket.gethostname())
    lock = acquire_instance_lock(tmp_path)
    assert lock is not None
    lock.unlock()


def test_old_lock_from_another_host_is_taken_over_but_a_fresh_one_is_not(tmp_path):
    _write_lock(tmp_path / LOCK_FILE, os.getpid(), "annan-dator", age_seconds=60)
    assert acquire_instance_lock(tmp_path) is None
    _write_lock(tmp_path / LOCK_FILE, os.getpid(), "annan-dator", age_seconds=13 * 3600)
    lock = acquire_instance_lock(tmp_path)
    assert lock is not None
    lock.unlock()
