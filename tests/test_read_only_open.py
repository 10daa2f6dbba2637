"""Commands that only read open the database with the standard library when it needs
nothing written; anything else (a migration, a newer database, a missing key) goes
through `Store` exactly as before."""

import argparse
import json
import sqlite3
import subprocess
import sys

import pytest

from narvard_desktop import signing
from narvard_desktop.cli import main
from narvard_desktop.commands import summary as summary_command
from narvard_desktop.paths import database_path
from narvard_desktop.store import Store, reading
from narvard_desktop.store.schema import MIGRATION_SET, SCHEMA_VERSION, known_migration_names


def _summary_output(data_dir, capsys, *, read_only: bool, as_json: bool, monkeypatch) -> str:
    if not read_only:
        monkeypatch.setattr(reading, "open_for_reading", lambda data_dir: None)
    args = argparse.Namespace(data_dir=str(data_dir), json=as_json)
    assert summary_command.run(args) == 0
    monkeypatch.undo()
    return capsys.readouterr().out


@pytest.mark.parametrize("as_json", [True, False])
def test_summary_prints_the_same_through_both_paths(demo_store, capsys, monkeypatch, as_json):
    data_dir = demo_store.data_dir
    demo_store.close()
    assert reading.open_for_reading(data_dir) is not None
    lean = _summary_output(
        data_dir, capsys, read_only=True, as_json=as_json, monkeypatch=monkeypatch
    )
    full = _summary_output(
        data_dir, capsys, read_only=False, as_json=as_json, monkeypatch=monkeypatch
    )
    assert lean == full
    if as_json:
        assert json.loads(lean)["deviations"] > 0


def test_summary_of_a_current_database_never_imports_sqlite_utils(group_store):
    data_dir = group_store.data_dir
    group_store.close()
    probe = (
        "import sys\nfrom narvard_desktop.cli import main\nmain(sys.argv[1:])\n"
        "print('LOADED', sorted(n for n in ('sqlite_utils', 'numpy') if n in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "--data-dir", str(data_dir), "summary", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "LOADED []" in result.stdout
    assert json.loads(result.stdout.split("LOADED")[0])["groups"] == 1


def test_sqlite_utils_is_still_imported_without_numpy_wherever_it_is_first_needed():
    probe = (
        "import sys\nimport narvard_desktop.store.connection\n"
        "print(sorted(n for n in ('sqlite_utils', 'numpy') if n in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "['sqlite_utils']"


def test_the_read_path_knows_what_the_store_knows():
    assert known_migration_names()[-1] == reading.LATEST_MIGRATION
    assert reading.MIGRATION_SET == MIGRATION_SET
    assert reading.SIGNING_KEY_FILE == signing.KEY_FILE


def test_a_folder_without_a_database_is_left_to_the_store(tmp_path):
    assert reading.open_for_reading(tmp_path / "data") is None
    assert not (tmp_path / "data").exists()


def test_a_database_that_needs_a_migration_is_left_to_the_store(group_store):
    data_dir = group_store.data_dir
    group_store.close()
    connection = sqlite3.connect(database_path(data_dir))
    connection.execute(
        "DELETE FROM _sqlite_migrations WHERE name = ?", [known_migration_names()[-1]]
    )
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    connection.commit()
    connection.close()
    assert reading.open_for_reading(data_dir) is None


def test_a_newer_database_is_refused_by_summary_as_before(group_store, capsys):
    data_dir = group_store.data_dir
    group_store.close()
    path = database_path(data_dir)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    assert reading.open_for_reading(data_dir) is None
    assert main(["--data-dir", str(data_dir), "summary", "--json"]) == 2
    assert "nyare version" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_older_reference_lists_are_left_to_the_store_which_updates_them(group_store):
    data_dir = group_store.data_dir
    group_store.close()
    connection = sqlite3.connect(database_path(data_dir))
    connection.execute("UPDATE reference_rows SET version = '2000.1' WHERE list_name = 'kommuner'")
    connection.commit()
    connection.close()
    assert reading.open_for_reading(data_dir) is None
    Store(data_dir).close()
    assert reading.open_for_reading(data_dir) is not None


def test_a_group_whose_key_file_is_missing_is_left_to_the_store(group_store):
    data_dir = group_store.data_dir
    group_store.close()
    signing.key_path(data_dir).unlink()
    assert reading.open_for_reading(data_dir) is None


def test_the_read_path_writes_nothing(group_store):
    data_dir = group_store.data_dir
    group_store.close()
    path = database_path(data_dir)
    before = path.read_bytes()
    with reading.open_for_reading(data_dir) as store:
        assert store is not None
        changes_before = store.db.total_changes
        assert store.own_group_id is not None
        assert store.db.total_changes == changes_before
    assert path.read_bytes() == before
