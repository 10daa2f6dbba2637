"""A full disk: the user reads one plain sentence and the database stays consistent.

SQLite's `max_page_count` makes the database file unable to grow, which is how a full
disk looks to SQLite ("database or disk is full").
"""

import sqlite3

import pytest

from narvard_desktop.cli import main
from narvard_desktop.errors import DiskFullError
from narvard_desktop.services import demo
from narvard_desktop.services.summary import record_counts
from narvard_desktop.store.database import user_error_for


def fill_up(store):
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + 2}")


def test_a_write_on_a_full_disk_rolls_back_whole(group_store):
    before = record_counts(group_store)
    fill_up(group_store)
    with pytest.raises(sqlite3.OperationalError) as raised:
        demo.fill_demo_data(group_store, seed=1)
    assert isinstance(user_error_for(raised.value, group_store.path), DiskFullError)
    assert record_counts(group_store) == before


def test_the_command_line_says_the_disk_is_full(group_store, monkeypatch, capsys):
    real_fill = demo.fill_demo_data

    def fill_on_full_disk(store, **kwargs):
        fill_up(store)
        return real_fill(store, **kwargs)

    monkeypatch.setattr("narvard_desktop.commands.demo.fill_demo_data", fill_on_full_disk)
    data_dir = str(group_store.data_dir)
    group_store.close()
    code = main(["--data-dir", data_dir, "demo"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Disken är full" in err and "Traceback" not in err
