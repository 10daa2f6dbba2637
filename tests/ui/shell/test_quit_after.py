from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from narvard_desktop.ui.shell.app import EXIT_OK, GuiSession, run_gui


def _record_what_was_shown_at_quit(monkeypatch):
    """What run_gui's session shows when it leaves its event loop."""
    seen = {}
    sessions = []
    real_start, real_exit = GuiSession.start, QApplication.exit

    def start(session):
        sessions.append(session)
        return real_start(session)

    def exit(code=0):
        session = sessions[-1]
        window = session.window
        seen["window"] = window is not None and window.isVisible()
        seen["loaded"] = (
            window is not None and not window.loading_pages and bool(window.pages.built())
        )
        seen["wizard"] = session.wizard is not None and session.wizard.isVisible()
        real_exit(code)

    monkeypatch.setattr(GuiSession, "start", start)
    monkeypatch.setattr(QApplication, "exit", staticmethod(exit))
    return seen


def test_quit_after_ms_shows_the_loaded_window_then_quits_by_itself(
    qtbot, group_store, monkeypatch
):
    data_dir = group_store.data_dir
    group_store.close()
    seen = _record_what_was_shown_at_quit(monkeypatch)
    assert run_gui(data_dir, None, quit_after_ms=50) == EXIT_OK
    assert seen == {"window": True, "loaded": True, "wizard": False}


def test_quit_after_ms_on_a_new_folder_shows_the_setup_wizard(qtbot, data_dir, monkeypatch):
    seen = _record_what_was_shown_at_quit(monkeypatch)
    assert run_gui(data_dir, None, quit_after_ms=0) == EXIT_OK
    assert seen == {"window": False, "loaded": False, "wizard": True}


def test_a_start_check_leaves_the_event_loop_usable(qtbot, group_store):
    """Tests (and the window's own waits) still get their timers after run_gui returns."""
    data_dir = group_store.data_dir
    group_store.close()
    assert run_gui(data_dir, None, quit_after_ms=0) == EXIT_OK
    # Whatever run_gui left posted (a second quit, say) is handled before the next wait.
    QApplication.processEvents()
    fired = []
    QTimer.singleShot(20, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)
