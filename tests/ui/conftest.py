import pytest
from PySide6.QtWidgets import QMessageBox

from narvard_desktop.ui.shell.app import GuiSession


@pytest.fixture(autouse=True)
def shown_messages(monkeypatch):
    """Modal message boxes would block an offscreen test forever: record them instead."""
    shown: list[str] = []

    def record(box):
        shown.append(box.text() + ("\n" + box.detailedText() if box.detailedText() else ""))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


@pytest.fixture
def open_session(qtbot):
    """Start GUI sessions and close everything they opened afterwards."""
    sessions = []

    def start(data_dir, language=None):
        session = GuiSession(data_dir, language).start()
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        for widget in (session.window, session.wizard, session.notice):
            if widget is not None:
                widget.close()
                widget.deleteLater()
        session.close()
