"""Arkiv → Säkerhetskopior and Kontrollera databasen, from a group made by the setup wizard."""

from __future__ import annotations

import sqlite3

import pytest

from narvard_desktop.paths import database_path
from narvard_desktop.services import meetings as m
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.store import Store
from narvard_desktop.store.backups import list_backups
from narvard_desktop.ui.shell import backups_dialog


@pytest.fixture
def session(open_session, data_dir):
    with Store(data_dir) as store:
        create_group(store, GroupSetup("lokal", "Närvårdssamverkan Alingsås", "1489"))
    started = open_session(data_dir)
    assert started.window is not None
    return started


def meeting_dates(store: Store) -> list[str]:
    return sorted(meeting["meeting_date"] for meeting in m.list_meetings(store))


def test_take_a_backup_and_restore_it_brings_back_that_state(session, shown_messages):
    store = session.store
    m.create_meeting(store, "2027-01-20", place="Kommunhuset")
    dialog = session.window.open_backups()
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert not dialog.restore_button.isEnabled()

    dialog.backup_button.click()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Tagen för hand"
    assert dialog.restore_button.isEnabled()

    m.create_meeting(store, "2027-03-03", place="Vårdcentralen")
    assert meeting_dates(store) == ["2027-01-20", "2027-03-03"]
    old_window = session.window
    dialog.restore_button.click()

    # A new window on a reopened database holding only what the backup held.
    assert session.window is not old_window
    assert session.store is not store
    assert meeting_dates(session.store) == ["2027-01-20"]
    assert "Återställde säkerhetskopian" in session.window.statusBar().currentMessage()
    reasons = [info.reason for info in list_backups(session.data_dir)]
    assert sorted(reasons) == ["before-restore", "manual"]
    # The state before the restore is itself restorable: undo by restoring it.
    [before] = [info for info in list_backups(session.data_dir) if info.reason == "before-restore"]
    with sqlite3.connect(before.path) as copy:
        dates = sorted(row[0] for row in copy.execute("SELECT meeting_date FROM meetings"))
    assert dates == ["2027-01-20", "2027-03-03"]
    assert any("Ersätt gruppens data" in text for text in shown_messages)
    assert shown_messages.errors() == []


def test_declining_the_question_changes_nothing(session, monkeypatch):
    session.store.backup("manual")
    m.create_meeting(session.store, "2027-02-02")
    monkeypatch.setattr(backups_dialog, "confirm", lambda *args: False)
    window = session.window
    dialog = window.open_backups()
    dialog.restore_button.click()
    assert session.window is window
    assert meeting_dates(session.store) == ["2027-02-02"]
    assert dialog.isVisible()


def test_check_the_database_says_it_is_intact(session, shown_messages):
    assert session.window.check_database()
    assert "Databasen är hel" in session.window.check_box.text()


def test_backup_on_close_and_every_half_hour_only_when_something_changed(open_session, data_dir):
    with Store(data_dir) as store:
        create_group(store, GroupSetup("lokal", "Närvårdssamverkan Alingsås", "1489"))
    quiet = open_session(data_dir)
    assert quiet.backup_if_changed("periodic") is None
    quiet.close()
    assert list_backups(data_dir) == []

    busy = open_session(data_dir)
    m.create_meeting(busy.store, "2027-04-04")
    assert busy.backup_if_changed("periodic") is not None
    assert busy.backup_if_changed("periodic") is None  # nothing new since
    m.create_meeting(busy.store, "2027-05-05")
    busy.close()
    assert sorted(info.reason for info in list_backups(data_dir)) == ["on-close", "periodic"]
    assert database_path(data_dir).exists()
