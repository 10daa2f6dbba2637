"""Error messages in UI tests: recorded instead of shown, and a test fails on one it did not
expect (tests/ui/conftest.py)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from narvard_desktop.errors import NarvardError
from narvard_desktop.ui.kit.questions import show_error

UI_CONFTEST = Path(__file__).parents[1] / "conftest.py"

INNER_TESTS = """
import pytest
from PySide6.QtWidgets import QMessageBox

from narvard_desktop.ui.kit.questions import show_error


def test_unexpected_error_dialog():
    show_error(None, ValueError("broken"))


def test_unexpected_static_warning():
    QMessageBox.warning(None, "Title", "Careful")


@pytest.mark.expects_message("broken")
def test_expected_error_dialog():
    show_error(None, ValueError("broken"))


@pytest.mark.expects_message("something else")
def test_an_error_other_than_the_expected_one():
    show_error(None, ValueError("broken"))


def test_expected_through_the_fixture(expected_messages):
    QMessageBox.critical(None, "Title", "Expected")
    assert expected_messages == ["Expected"]


def test_questions_and_information_are_no_errors(shown_messages):
    assert QMessageBox.question(None, "Title", "Sure?") == QMessageBox.StandardButton.Yes
    QMessageBox.information(None, "Title", "Done")
    assert len(shown_messages) == 2
"""


def test_static_message_boxes_are_recorded_and_answered_without_blocking(expected_messages):
    assert QMessageBox.critical(None, "T", "crash") == QMessageBox.StandardButton.Ok
    assert QMessageBox.warning(None, "T", "careful") == QMessageBox.StandardButton.Ok
    assert QMessageBox.question(None, "T", "sure?") == QMessageBox.StandardButton.Yes
    QMessageBox.information(None, "T", "done")
    assert expected_messages == ["crash", "careful", "sure?", "done"]
    assert [box.text for box in expected_messages.errors()] == ["crash", "careful"]


def test_show_error_is_recorded_as_an_error_with_its_details(expected_messages):
    show_error(None, NarvardError("x"))
    show_error(None, ValueError("unexpected value"))
    assert len(expected_messages.errors()) == 2
    assert "unexpected value" in expected_messages[-1]


def test_an_unexpected_error_message_fails_the_test_and_an_expected_one_does_not(tmp_path):
    shutil.copy(UI_CONFTEST, tmp_path / "conftest.py")
    (tmp_path / "test_inner.py").write_text(INNER_TESTS, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nqt_api = pyside6\nmarkers =\n    expects_message\n", encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rE", str(tmp_path)],
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    errors = {
        line.split("::")[1].split()[0]
        for line in result.stdout.splitlines()
        if line.startswith("ERROR ")
    }
    assert errors == {
        "test_unexpected_error_dialog",
        "test_unexpected_static_warning",
        "test_an_error_other_than_the_expected_one",
    }, result.stdout
    assert "6 passed, 3 errors" in result.stdout
