"""On POSIX the data folder is 0700 and everything the program writes in it or exports is 0600."""

from __future__ import annotations

import os
import stat

import pytest

from narvard_desktop.exchange.export import export_data
from narvard_desktop.paths import database_path
from narvard_desktop.store import Store
from narvard_desktop.store.backups import backup_now

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Windows: the user profile protects")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_data_folder_database_and_backups_are_user_only(data_dir):
    old = os.umask(0o022)
    try:
        store = Store(data_dir)
        db = database_path(data_dir)
        assert _mode(data_dir) == 0o700
        assert _mode(db) == 0o600
        for suffix in ("-wal", "-shm"):
            if os.path.exists(f"{db}{suffix}"):
                assert _mode(f"{db}{suffix}") == 0o600
        store.close()
        backup = backup_now(data_dir)
        assert _mode(backup) == 0o600
        assert _mode(backup.parent) == 0o700
    finally:
        os.umask(old)


def test_existing_loose_permissions_are_tightened_on_open(data_dir):
    Store(data_dir).close()
    os.chmod(data_dir, 0o755)
    os.chmod(database_path(data_dir), 0o644)
    Store(data_dir).close()
    assert _mode(data_dir) == 0o700
    assert _mode(database_path(data_dir)) == 0o600


def test_exported_package_is_user_only(group_store, tmp_path):
    old = os.umask(0o022)
    try:
        result = export_data(group_store, tmp_path / "ut.narvard")
    finally:
        os.umask(old)
    assert _mode(result.path) == 0o600
