"""A database that already holds malformed values (written before values were checked)
still opens: the start page, every section, every meeting and the follow-up charts show
without an error. The answered date "x" of the report is among the values."""

from stored_damage import damage_stored_values

from narvard_desktop.ui.meetings.page import MeetingsPage


def test_the_program_starts_and_shows_every_section_over_malformed_stored_values(
    qtbot, open_session, demo_store
):
    damage_stored_values(demo_store)
    data_dir = demo_store.data_dir
    demo_store.close()
    window = open_session(data_dir).window
    assert window is not None
    for index, action in enumerate(window.section_actions):
        action.trigger()
        assert window.stack.currentIndex() == index
        page = window.stack.currentWidget()
        assert page.isVisible()
        if isinstance(page, MeetingsPage):
            # Open every meeting, the one with an unreadable frozen protocol among them.
            for row in range(page.model.rowCount()):
                page.list.setCurrentIndex(page.model.index(row, 0))
                qtbot.wait(1)
