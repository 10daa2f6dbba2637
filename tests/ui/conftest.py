from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from narvard_desktop.ui.shell.app import GuiSession

Icon = QMessageBox.Icon
Button = QMessageBox.StandardButton
_ERROR_ICONS = (Icon.Warning, Icon.Critical)


@dataclass(frozen=True)
class ShownMessage:
    icon: QMessageBox.Icon
    title: str
    text: str

    @property
    def is_error(self) -> bool:
        return self.icon in _ERROR_ICONS


class ShownMessages(list):
    """The text (and details) of every message box shown, in order; `boxes` adds the icons."""

    def __init__(self) -> None:
        super().__init__()
        self.boxes: list[ShownMessage] = []

    def record(self, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> None:
        text = text + ("\n" + details if details else "")
        self.append(text)
        self.boxes.append(ShownMessage(icon, title, text))

    def record_box(self, box: QMessageBox) -> None:
        self.record(box.icon(), box.windowTitle(), box.text(), box.detailedText())

    def errors(self) -> list[ShownMessage]:
        return [box for box in self.boxes if box.is_error]


def _static(shown: ShownMessages, icon: QMessageBox.Icon, answer: QMessageBox.StandardButton):
    def show(parent, title, text, *args, **kwargs):
        shown.record(icon, title, text)
        return answer

    return staticmethod(show)


@pytest.fixture(autouse=True)
def shown_messages(request, monkeypatch, qapp):
    """Record every message box instead of showing it, and fail on an unexpected error.

    A modal box would block an offscreen test forever, so `exec` and the static helpers
    (critical, warning, information, question, about) only record and answer yes/OK.
    A warning or critical box the test did not ask for fails the test: it is how a real
    error reaches the user, and a test that passes while one was shown hides it. A test
    that is about such a message says so with `@pytest.mark.expects_message("words", …)`
    (every error shown must contain one of the words; none given: any error) or by asking
    for the `expected_messages` fixture.
    """
    shown = ShownMessages()

    def record_exec(box):
        shown.record_box(box)
        return Button.Ok

    real_show, real_open = QMessageBox.show, QMessageBox.open

    def record_show(box):
        shown.record_box(box)
        real_show(box)

    def record_open(box, *args):
        shown.record_box(box)
        real_open(box, *args)

    monkeypatch.setattr(QMessageBox, "exec", record_exec)
    monkeypatch.setattr(QMessageBox, "show", record_show)
    monkeypatch.setattr(QMessageBox, "open", record_open)
    monkeypatch.setattr(QMessageBox, "critical", _static(shown, Icon.Critical, Button.Ok))
    monkeypatch.setattr(QMessageBox, "warning", _static(shown, Icon.Warning, Button.Ok))
    monkeypatch.setattr(QMessageBox, "information", _static(shown, Icon.Information, Button.Ok))
    monkeypatch.setattr(QMessageBox, "question", _static(shown, Icon.Question, Button.Yes))
    monkeypatch.setattr(QMessageBox, "about", _static(shown, Icon.Information, Button.Ok))
    yield shown
    unexpected = _unexpected_errors(request, shown)
    if unexpected:
        pytest.fail(
            "An error message was shown that the test did not expect "
            "(mark it @pytest.mark.expects_message if the test is about it):\n"
            + "\n---\n".join(f"[{box.icon.name}] {box.title}: {box.text}" for box in unexpected),
            pytrace=False,
        )


def _unexpected_errors(request, shown: ShownMessages) -> list[ShownMessage]:
    if "expected_messages" in request.fixturenames:
        return []
    marker = request.node.get_closest_marker("expects_message")
    if marker is None:
        return shown.errors()
    words = marker.args
    return [box for box in shown.errors() if words and not any(w in box.text for w in words)]


@pytest.fixture
def expected_messages(shown_messages):
    """The messages shown, for a test that is about an error message: it does not fail on one."""
    return shown_messages


def delete_now(*widgets) -> None:
    """Close and delete widgets before the next test starts, not whenever an event loop runs."""
    for widget in widgets:
        if widget is not None and isValid(widget):
            widget.close()
            widget.deleteLater()
    # Deferred deletes only run when an event loop returns; a test has none running here.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    """Windows a test left behind would slow down and disturb the tests after it.

    After the fixtures are torn down they are deleted without closing: closing could run
    code on a database that is closed by now, or ask a question no one records any more.
    """
    result = yield
    if QApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        for widget in QApplication.topLevelWidgets():
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


@pytest.fixture
def open_session(qtbot):
    """Start GUI sessions and close and delete everything they opened afterwards."""
    sessions = []

    def start(data_dir, language=None):
        session = GuiSession(data_dir, language).start()
        sessions.append(session)
        # The first window is shown at once and builds its pages afterwards: wait for them.
        if session.window is not None:
            qtbot.waitUntil(lambda: not session.window.loading_pages, timeout=20000)
        return session

    yield start
    for session in sessions:
        delete_now(session.window, session.wizard, session.notice)
        session.close()


@pytest.fixture
def swedish_widgets(qapp):
    """The shipped Swedish catalogue on the widgets too, as the program installs it."""
    from PySide6.QtCore import QTranslator

    from narvard_desktop.paths import translations_dir

    translator = QTranslator()
    assert translator.load(str(translations_dir() / "narvard_sv.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _no_language_left_installed(qapp):
    """A session started in Swedish leaves its translators behind otherwise, and the next
    test's widgets would speak Swedish where it expects the English source."""
    yield
    from narvard_desktop.ui.shell.translation import uninstall_language

    uninstall_language(qapp)
