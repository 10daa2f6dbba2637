from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from narvard_desktop.store import Store


def test_first_start_sets_up_a_local_group_and_opens_the_start_page(
    qtbot, open_session, data_dir, shown_messages
):
    session = open_session(data_dir)
    wizard = session.wizard
    assert wizard is not None and wizard.isVisible() and session.window is None
    assert wizard.level_page.level() == "lokal"
    wizard.next()

    place = wizard.place_page
    assert place.proxy.rowCount() == 49
    qtbot.keyClicks(place.search, "borå")
    assert place.proxy.rowCount() == 1
    assert place.selected_code() == "1490" and place.isComplete()
    wizard.next()

    assert wizard.name_page.name.text() == "Närvårdssamverkan Borås"
    wizard.next()

    organisations = wizard.organisations_page
    names = [organisations.list.item(row).text() for row in range(organisations.list.count())]
    assert "Södra Älvsborgs sjukhus" in names
    dental = names.index("Folktandvården")
    organisations.list.item(dental).setCheckState(Qt.CheckState.Unchecked)
    qtbot.keyClicks(organisations.new_name, "Vårdcentralen Norr <&>")
    qtbot.keyClick(organisations.new_name, Qt.Key.Key_Return)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert shown_messages == []

    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    qtbot.waitUntil(lambda: not session.window.loading_pages)
    assert session.window.start_page.heading.text() == "Närvårdssamverkan Borås"
    with Store(data_dir) as store:
        group = store.own_group()
        assert (group["level"], group["kommun_code"], group["delregion"]) == (
            "lokal",
            "1490",
            "Södra Älvsborg",
        )
        saved = {row["name"] for row in store.db.query("SELECT name FROM organisations")}
    assert "Vårdcentralen Norr <&>" in saved
    assert "Folktandvården" not in saved


def test_county_level_skips_the_place_question(qtbot, open_session, data_dir):
    session = open_session(data_dir)
    wizard = session.wizard
    wizard.level_page.radio_by_level["lansgemensam"].setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.name_page
    assert wizard.name_page.name.text() == "Länsgemensam samverkan Västra Götaland"


def test_sub_regional_level_lists_the_six_areas(qtbot, open_session, data_dir):
    session = open_session(data_dir)
    wizard = session.wizard
    wizard.level_page.radio_by_level["delregional"].setChecked(True)
    wizard.next()
    assert wizard.place_page.proxy.rowCount() == 6
    assert not wizard.place_page.isComplete()
    wizard.place_page.select_code("Fyrbodal")
    wizard.next()
    assert wizard.name_page.name.text() == "Vårdsamverkan Fyrbodal"


def test_cancelling_the_setup_creates_nothing(qtbot, open_session, data_dir):
    session = open_session(data_dir)
    session.wizard.reject()
    with Store(data_dir) as store:
        assert store.own_group_id is None


def test_the_first_window_after_setup_shows_at_once_and_loads_its_pages_behind_a_busy_cursor(
    qtbot, open_session, data_dir
):
    session = open_session(data_dir)
    wizard = session.wizard
    wizard.level_page.radio_by_level["lansgemensam"].setChecked(True)
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()

    window = session.window
    assert window is not None and window.isVisible()
    assert window.loading_pages and window.pages.built() == []
    assert window.cursor().shape() == Qt.CursorShape.BusyCursor
    assert isinstance(window.stack.currentWidget(), QLabel)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles[0] == "Start" and len(titles) == window.stack.count()

    with qtbot.waitSignal(window.pages_loaded, timeout=20000):
        pass
    assert list(window.pages) == [section.key for section in window.sections]
    assert window.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert window.stack.currentWidget() is window.start_page
    assert window.stack.count() == len(window.sections)
    # Only the page shown is built; the others are built when first visited.
    assert window.pages.built() == ["start"]
    assert window.start_page.heading.text() == "Länsgemensam samverkan Västra Götaland"
