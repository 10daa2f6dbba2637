"""The screenshot walk (scripts/screenshots.py) finds nothing wrong on the views and dialogs
it shows, and its checks do find a cut label, a Swedish word on an English screen and a
count in the wrong plural form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

from narvard_desktop.i18n import set_language, translate
from tests.ui.screens import (
    DEFAULT_SIZE,
    Shooter,
    data_texts,
    problems_of,
    shoot_dialogs,
    shoot_sections,
    shoot_setup_wizard,
)

SOME_SECTIONS = ("start", "plan", "meetings")
SOME_DIALOGS = ("PlanDialog", "DeviationDialog", "NewMeetingDialog", "SettingsDialog")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_walk_saves_and_finds_nothing_wrong_on_some_views_and_dialogs(
    qtbot, open_session, demo_store, tmp_path, language
):
    data_dir = demo_store.data_dir
    demo_store.close()
    window = open_session(data_dir, language).window
    shooter = Shooter(language, tmp_path / language, data=data_texts(window.store))
    shoot_sections(shooter, window, keys=SOME_SECTIONS)
    shoot_dialogs(shooter, window.store, window, names=SOME_DIALOGS)
    assert window.size() == DEFAULT_SIZE
    assert {"start", "meetings-1", "dialog-plan-dialog", "dialog-deviation-dialog-2"} <= set(
        shooter.taken
    )
    saved = {path.stem for path in (tmp_path / language).glob("*.png")}
    assert saved == set(shooter.taken)
    assert shooter.problems == [], "\n".join(shooter.problems)


def test_the_walk_shows_every_page_of_the_setup(qtbot, qapp, store):
    from narvard_desktop.ui.shell.translation import install_language

    install_language(qapp, "sv")
    shooter = Shooter("sv")
    shoot_setup_wizard(shooter, store)
    assert shooter.taken == [
        "setup-1-level",
        "setup-2-place",
        "setup-3-name",
        "setup-4-organisations",
    ]
    assert shooter.problems == [], "\n".join(shooter.problems)


def _dialog_with(*widgets) -> QDialog:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    for widget in widgets:
        layout.addWidget(widget)
    return dialog


def test_the_checks_find_a_cut_label_and_a_squeezed_button(qtbot):
    label = QLabel("Alla rapporterande organisationer")
    label.setFixedWidth(60)
    button = QPushButton("Ta bort aktiviteten")
    button.setFixedWidth(40)
    dialog = _dialog_with(label, button)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = problems_of(dialog, "sv")
    assert any(p.startswith("label") and "Alla rapporterande" in p for p in problems), problems
    assert any(p.startswith("button") and "Ta bort aktiviteten" in p for p in problems), problems
    label.setMinimumWidth(0)
    label.setMaximumWidth(16_777_215)
    button.setMinimumWidth(0)
    button.setMaximumWidth(16_777_215)
    dialog.resize(600, 200)
    qtbot.wait(20)
    assert problems_of(dialog, "sv") == []


def test_the_checks_find_a_swedish_text_on_an_english_screen(qtbot):
    # A text the Swedish catalogue translates, shown untranslated on an English screen.
    set_language("sv")
    swedish = translate(
        "Errors", "The record has changed since (for instance by an import), so it was not undone."
    )
    set_language("en")
    assert not swedish.startswith("The record")
    dialog = _dialog_with(QLabel(swedish), QLabel("Närvårdssamverkan Borås"))
    qtbot.addWidget(dialog)
    dialog.resize(900, 200)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = problems_of(dialog, "en", data=frozenset({"Närvårdssamverkan Borås"}))
    assert len(problems) == 1 and swedish in problems[0], problems
    # The same text is right on a Swedish screen; the English source is wrong there.
    assert problems_of(dialog, "sv", data=frozenset({"Närvårdssamverkan Borås"})) == []
    english = _dialog_with(QLabel("Meeting mode"))
    qtbot.addWidget(english)
    english.show()
    qtbot.waitExposed(english)
    assert problems_of(english, "sv") != []


def test_the_checks_find_a_count_in_the_wrong_plural_form(qtbot, swedish_widgets):
    def shown(count: int) -> str:
        return QCoreApplication.translate("DeviationsPage", "%n deviation(s) shown", "", count)

    one, three = shown(1), shown(3)
    assert one != three
    wrong = (one.replace("1", "3", 1), three.replace("3", "1", 1))
    dialog = _dialog_with(*(QLabel(text) for text in (one, three, *wrong)))
    qtbot.addWidget(dialog)
    dialog.resize(600, 200)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = problems_of(dialog, "sv")
    assert len(problems) == 2, problems
    assert all(text in "\n".join(problems) for text in wrong)
