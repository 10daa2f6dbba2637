import sqlite3

import pytest
from sqlite_utils import Migrations

from narvard_desktop.errors import DatabaseUnreadableError, NewerDatabaseError
from narvard_desktop.paths import database_path
from narvard_desktop.store import Store
from narvard_desktop.store import database as database_module
from narvard_desktop.store.database import backup_folder
from narvard_desktop.store.schema import SCHEMA_VERSION, SYNCED_TABLES


def test_empty_folder_gets_current_schema_with_wal_and_foreign_keys(store):
    tables = set(store.db.table_names())
    assert set(SYNCED_TABLES) <= tables
    assert {"settings", "reference_rows", "exchange_ledger"} <= tables
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.db.journal_mode == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_every_synced_table_has_the_bookkeeping_columns(store):
    for table in SYNCED_TABLES:
        columns = {column.name for column in store.db.table(table).columns}
        assert {
            "id",
            "group_id",
            "created_at",
            "updated_at",
            "revision",
            "deleted",
            "origin_import_id",
        } <= columns, table


def test_screen_queries_use_indexes(demo_store):
    plan = demo_store.db.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM deviations WHERE state = ? AND answer_due_date < ?",
        ["sent", "2026-01-01"],
    ).fetchall()
    assert "USING INDEX" in " ".join(str(row) for row in plan)


def test_opening_twice_applies_nothing_new_and_makes_no_backup(data_dir):
    Store(data_dir).close()
    Store(data_dir).close()
    assert not backup_folder(database_path(data_dir)).exists()


def test_database_from_newer_version_is_refused_unchanged(data_dir):
    Store(data_dir).close()
    path = database_path(data_dir)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError) as raised:
        Store(data_dir)
    assert "nyare version" in raised.value.user_message()
    assert path.read_bytes() == before


def test_unknown_applied_migration_is_refused(data_dir):
    Store(data_dir).close()
    connection = sqlite3.connect(database_path(data_dir))
    connection.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('narvard', '0099_from_the_future', '2030-01-01')"
    )
    connection.commit()
    connection.close()
    with pytest.raises(NewerDatabaseError):
        Store(data_dir)


def test_backup_is_taken_before_a_migration_runs(data_dir, monkeypatch):
    with Store(data_dir) as first:
        first.set_setting("marker", "before-upgrade")

    upgraded = Migrations("narvard")
    for migration in database_module.migrations._migrations:
        upgraded(name=migration.name)(migration.fn)

    @upgraded(name="9999_test_upgrade")
    def _add_column(db):
        db.execute("ALTER TABLE settings ADD COLUMN note TEXT")

    monkeypatch.setattr(database_module, "migrations", upgraded)
    monkeypatch.setattr(
        database_module, "known_migration_names", lambda: [m.name for m in upgraded._migrations]
    )
    # One more than the shipped migrations, however many there are.
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", len(upgraded._migrations))
    with Store(data_dir) as second:
        assert "note" in {c.name for c in second.db.table("settings").columns}

    backups = list(backup_folder(database_path(data_dir)).glob("*before-9999_test_upgrade*"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT value FROM settings WHERE key = 'marker'").fetchone() == (
        "before-upgrade",
    )
    assert "note" not in [row[1] for row in copy.execute("PRAGMA table_info(settings)")]
    copy.close()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(data_dir):
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    path.write_bytes(b"This is a letter, not a database." * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseUnreadableError) as raised:
        Store(data_dir)
    assert "skadad" in raised.value.user_message()
    assert path.read_bytes() == before


def test_a_version_one_database_is_upgraded_after_a_backup(data_dir):
    path = database_path(data_dir)
    data_dir.mkdir(parents=True)
    connection = sqlite3.connect(path)
    from sqlite_utils import Database

    old = Database(connection)
    database_module.migrations.apply(old, stop_before="0002_risk_and_template_indexes")
    connection.execute("PRAGMA user_version = 1")
    connection.execute("INSERT INTO settings (key, value) VALUES ('marker', 'v1')")
    connection.commit()
    connection.close()

    with Store(data_dir) as store:
        indexes = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master")}
        # 0002's risk index, since widened by 0006 so that counts read only the index.
        assert "idx_deviations_risk_live" in indexes
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.get_setting("marker") == "v1"
    backups = list(backup_folder(path).glob("*before-0002_risk_and_template_indexes*"))
    assert len(backups) == 1


def test_high_risk_filter_uses_its_index(demo_store):
    from narvard_desktop.services.deviation_list import DeviationFilters, _where

    where, params = _where(demo_store, DeviationFilters(needs_analysis_only=True))
    plan = demo_store.db.execute(
        f"EXPLAIN QUERY PLAN SELECT COUNT(*) FROM deviations d WHERE {where}", params
    ).fetchall()
    assert "idx_deviations_risk" in " ".join(str(row) for row in plan)
