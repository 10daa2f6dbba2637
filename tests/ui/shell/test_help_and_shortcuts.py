"""Hjälp → Handbok and Kortkommandon: one page per section, and the keys the window really has."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from narvard_desktop.ui.shell.help_dialog import SHORTCUTS_MARKER, help_page_path
from narvard_desktop.ui.shell.sections import SECTIONS
from narvard_desktop.ui.shell.shortcuts import (
    key_text,
    page_shortcuts_without_description,
    window_actions_with_shortcuts,
)


def test_every_section_has_a_manual_page_in_swedish_and_english():
    for language in ("sv", "en"):
        for key in ["index", *(section.key for section in SECTIONS), "shortcuts"]:
            path = help_page_path(key, language)
            assert path is not None and path.parent.name == language, (language, key)
            text = path.read_text(encoding="utf-8")
            assert text.startswith("# ") and len(text.split()) > 30, (language, key)
            assert "{{" not in text.replace(SHORTCUTS_MARKER, ""), (language, key)


def test_f1_opens_the_manual_at_the_section_on_screen(
    qtbot, open_session, group_store, swedish_widgets
):
    data_dir = group_store.data_dir
    group_store.close()
    window = open_session(data_dir, "sv").window
    manual = window.help.manual_action
    assert manual.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert manual.text() == "&Handbok"
    window.show_section_key("deviations")
    manual.trigger()
    dialog = window.help.dialog
    assert dialog.isVisible() and dialog.current_key() == "deviations"
    assert "Avvikelser" in dialog.browser.toPlainText().splitlines()[0]
    assert dialog.contents.count() == len(SECTIONS) + 2

    window.show_section_key("meetings")
    manual.trigger()
    assert dialog.current_key() == "meetings"
    assert "Nytt möte" in dialog.browser.toPlainText()

    dialog.show_page("shortcuts")
    text = dialog.browser.toPlainText()
    assert "{{" not in text and "Ångra" in text and "Handbok" in text


def test_the_shortcut_list_is_every_shortcut_of_the_window(
    qtbot, open_session, group_store, swedish_widgets
):
    data_dir = group_store.data_dir
    group_store.close()
    window = open_session(data_dir, "sv").window
    assert page_shortcuts_without_description(window) == []
    dialog = window.help.open_shortcuts()
    listed = {(row.what, row.keys) for row in dialog.rows}
    assert dialog.table.rowCount() == len(dialog.rows)

    actions: list[QAction] = window_actions_with_shortcuts(window)
    listed_keys = {keys for _, keys in listed}
    for action in actions:
        assert key_text(action.shortcuts()) in listed_keys, action.text()
    native = QKeySequence.SequenceFormat.NativeText
    for expected in ("Ångra", "Handbok", "Avsluta", "Uppdatera"):
        assert any(what == expected for what, _ in listed), expected
    assert ("Ångra", QKeySequence(QKeySequence.StandardKey.Undo).toString(native)) in listed
    assert ("Ny avvikelse", QKeySequence(QKeySequence.StandardKey.New).toString(native)) in listed
    section_keys = {
        keys for what, keys in listed if keys.startswith("Ctrl+") and keys[-1].isdigit()
    }
    assert len(section_keys) == len(SECTIONS)
    # Every row names what the key does.
    assert all(what and keys for what, keys in listed)
