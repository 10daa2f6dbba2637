import pytest

from narvard_desktop.ui.shell.app import EXIT_ALREADY_RUNNING, EXIT_CANNOT_OPEN
from narvard_desktop.ui.shell.preferences import Preferences


def test_second_start_on_the_same_folder_says_so_and_stops(qtbot, open_session, group_store):
    data_dir = group_store.data_dir
    group_store.close()
    first = open_session(data_dir)
    assert first.window is not None
    second = open_session(data_dir)
    assert second.exit_code == EXIT_ALREADY_RUNNING
    assert second.window is None and second.store is None
    assert "körs redan" in second.notice.text()


def test_lock_is_released_when_the_program_ends(qtbot, open_session, group_store):
    data_dir = group_store.data_dir
    group_store.close()
    first = open_session(data_dir)
    first.window.close()
    first.close()
    assert open_session(data_dir).window is not None


@pytest.mark.expects_message("nyare version")
def test_a_newer_database_is_refused_with_a_message(qtbot, open_session, group_store):
    data_dir = group_store.data_dir
    group_store.db.execute("PRAGMA user_version = 999")
    group_store.close()
    session = open_session(data_dir)
    assert session.exit_code == EXIT_CANNOT_OPEN
    assert "nyare version" in session.notice.text()


def test_language_switch_rebuilds_the_window_and_is_remembered(qtbot, open_session, group_store):
    data_dir = group_store.data_dir
    group_store.close()
    session = open_session(data_dir)
    session.window.show_section(2)
    session.switch_language("en")
    window = session.window
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert window.navigation.item(1).text() == "Action plan"
    assert window.current_section() == 2
    assert Preferences(data_dir).language == "en"
    session.switch_language("sv")
    assert session.window.navigation.item(1).text() == "Handlingsplan"


def test_lang_option_overrides_the_saved_language(qtbot, open_session, group_store):
    data_dir = group_store.data_dir
    group_store.close()
    session = open_session(data_dir, "en")
    assert session.window.navigation.item(2).text() == "Deviations"
