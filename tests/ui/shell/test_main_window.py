import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel

from narvard_desktop.ui.shell.about_dialog import AboutDialog


def test_every_section_is_reachable_and_explains_itself(qtbot, open_session, group_store):
    data_dir = group_store.data_dir
    group_store.close()
    window = open_session(data_dir).window
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == [
        "Start",
        "Handlingsplan",
        "Avvikelser",
        "Möten",
        "Uppföljning",
        "Utbyte",
        "Gruppen",
        "Årshjul",
    ]
    for index, action in enumerate(window.section_actions):
        assert action.shortcut().toString() == f"Ctrl+{index + 1}"
        action.trigger()
        assert window.stack.currentIndex() == index
        page = window.stack.currentWidget()
        assert page.isVisible()
        # Every section is built: none still shows a "coming later" placeholder.
        texts = " ".join(label.text() for label in page.findChildren(QLabel))
        assert "Här kommer att finnas" not in texts


def test_menus_are_swedish_with_keyboard_access(qtbot, open_session, group_store):
    data_dir = group_store.data_dir
    group_store.close()
    window = open_session(data_dir).window
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Arkiv", "&Redigera", "&Visa", "&Hjälp"]
    quit_action = next(
        a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Avsluta"
    )
    assert not quit_action.shortcut().isEmpty()


def test_start_page_shows_how_the_group_is_doing(qtbot, open_session, demo_store):
    data_dir = demo_store.data_dir
    demo_store.close()
    page = open_session(data_dir).window.start_page
    assert int(page.cards["deviations_open"][0].value.text()) > 0
    assert int(page.cards["activities_open"][0].value.text()) > 0
    assert page.getting_started.isHidden()
    assert "Borås (1490)" in page.subheading.text()


def test_empty_group_gets_a_friendly_getting_started(qtbot, open_session, group_store):
    data_dir = group_store.data_dir
    group_store.close()
    page = open_session(data_dir).window.start_page
    assert not page.getting_started.isHidden()
    assert page.cards["deviations_open"][0].value.text() == "0"


def test_demo_data_is_added_off_the_gui_thread_after_confirmation(
    qtbot, open_session, group_store, monkeypatch
):
    data_dir = group_store.data_dir
    group_store.close()
    window = open_session(data_dir).window
    monkeypatch.setattr(window, "confirm", lambda *_: True)
    window.fill_with_demo_data()
    qtbot.waitUntil(
        lambda: window.start_page.cards["deviations_open"][0].value.text() != "0", timeout=10000
    )
    assert window.start_page.getting_started.isHidden()


def test_declining_the_demo_confirmation_changes_nothing(
    qtbot, open_session, group_store, monkeypatch
):
    data_dir = group_store.data_dir
    group_store.close()
    window = open_session(data_dir).window
    monkeypatch.setattr(window, "confirm", lambda *_: False)
    window.fill_with_demo_data()
    assert window.store.db.execute("SELECT COUNT(*) FROM deviations").fetchone()[0] == 0


def test_window_geometry_and_section_are_remembered(qtbot, open_session, group_store):
    data_dir = group_store.data_dir
    group_store.close()
    first = open_session(data_dir)
    first.window.resize(QSize(900, 650))
    first.window.show_section(3)
    first.window.close()
    first.close()
    second = open_session(data_dir)
    assert second.window.size() == QSize(900, 650)
    assert second.window.current_section() == 3


def test_about_shows_version_and_data_folder(qtbot, open_session, group_store):
    data_dir = group_store.data_dir
    group_store.close()
    window = open_session(data_dir).window
    dialog = AboutDialog(window.store, window)
    qtbot.addWidget(dialog)
    assert str(data_dir) in dialog.details_label.text()
    assert "0.1.0" in dialog.details_label.text()


@pytest.mark.expects_message("Disken är full")
def test_a_full_disk_during_background_work_is_told_plainly(
    qtbot, open_session, group_store, monkeypatch, shown_messages
):
    import narvard_desktop.ui.shell.main_window as main_window_module

    data_dir = group_store.data_dir
    group_store.close()
    window = open_session(data_dir).window
    monkeypatch.setattr(window, "confirm", lambda *_: True)
    real_fill = main_window_module.fill_demo_data

    def fill_on_full_disk(store, **kwargs):
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
        return real_fill(store, **kwargs)

    monkeypatch.setattr(main_window_module, "fill_demo_data", fill_on_full_disk)
    window.fill_with_demo_data()
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=10000)
    assert "Disken är full" in shown_messages[0]
    assert window.store.db.execute("SELECT COUNT(*) FROM deviations").fetchone()[0] == 0


def test_demo_data_is_offered_only_in_an_empty_group_and_removed_in_one_step(
    qtbot, open_session, group_store, monkeypatch
):
    from narvard_desktop.services.action_plans import create_plan, list_plans

    data_dir = group_store.data_dir
    group_store.close()
    window = open_session(data_dir).window
    assert window.demo_action.isEnabled()
    assert not window.remove_demo_action.isEnabled()
    monkeypatch.setattr(window, "confirm", lambda *_: True)
    window.fill_with_demo_data()
    qtbot.waitUntil(lambda: window.remove_demo_action.isEnabled(), timeout=10000)
    assert not window.demo_action.isEnabled()
    assert window.demo_action.toolTip()  # says why
    real_plan = create_plan(window.store, {"title": "Vår riktiga plan"})
    questions: list[str] = []
    monkeypatch.setattr(window, "confirm", lambda _title, text: questions.append(text) or True)
    assert window.remove_demo_action.isEnabled()
    window.remove_demo_action.trigger()
    assert questions and "demo" in questions[0].lower()
    assert [plan["id"] for plan in list_plans(window.store)] == [real_plan]
    assert (
        window.store.db.execute("SELECT COUNT(*) FROM deviations WHERE deleted = 0").fetchone()[0]
        == 0
    )
    assert not window.remove_demo_action.isEnabled()
    # The real plan keeps the group from being empty: no demo data on top of it.
    assert not window.demo_action.isEnabled()
    assert window.start_page.cards["deviations_open"][0].value.text() == "0"
