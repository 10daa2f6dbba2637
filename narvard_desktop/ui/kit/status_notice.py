"""A short notice in the main window's status bar with buttons: "Öppna", "Ångra", …

After a file is written the user is told where it went and can open it or show it in
its folder; after a deletion that can be undone, "Ångra" is one click away. A new
notice replaces the previous one; each goes away by itself after a while.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from narvard_desktop.i18n import QT_TRANSLATE_NOOP

NOTICE_MS = 30_000
_CONTEXT = "StatusNotice"
_NO_VIEWER = QT_TRANSLATE_NOOP(
    "StatusNotice", "No program to show {name} could be started. The file is in {folder}."
)
_SAVED = QT_TRANSLATE_NOOP("StatusNotice", "Saved {name} in {folder}.")
_OPEN = QT_TRANSLATE_NOOP("StatusNotice", "&Open")
_SHOW_IN_FOLDER = QT_TRANSLATE_NOOP("StatusNotice", "Show in &folder")


def _translate(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class StatusNotice(QWidget):
    """One message and its buttons; removes itself after `timeout_ms`."""

    def __init__(
        self,
        text: str,
        actions: Sequence[tuple[str, Callable[[], object]]],
        timeout_ms: int = NOTICE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statusNotice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        self.label = QLabel(text)
        self.label.setObjectName("statusNoticeText")
        self.label.setToolTip(text)
        # A long folder path must not widen the window; the tooltip has it whole.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label)
        self.buttons: dict[str, QPushButton] = {}
        for caption, slot in actions:
            button = QPushButton(caption)
            button.setAccessibleName(caption.replace("&", ""))
            button.clicked.connect(slot)
            layout.addWidget(button)
            self.buttons[caption.replace("&", "")] = button
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.dismiss)
        if timeout_ms > 0:
            self.timer.start(timeout_ms)

    def dismiss(self) -> None:
        self.timer.stop()
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().removeWidget(self)
        self.hide()
        self.deleteLater()


def show_notice(
    widget: QWidget,
    text: str,
    actions: Sequence[tuple[str, Callable[[], object]]] = (),
    timeout_ms: int = NOTICE_MS,
) -> StatusNotice | None:
    """Show `text` with its buttons in the status bar of the window `widget` is in.

    Returns the notice (tests press its buttons), or None outside a main window.
    """
    window = widget.window()
    if not isinstance(window, QMainWindow):
        return None
    bar = window.statusBar()
    # A notice that stays (an "Undo" for this session, timeout 0) is replaced only by
    # another one that stays; passing notices replace each other beside it.
    stays = timeout_ms <= 0
    for previous in bar.findChildren(StatusNotice):
        if previous.isVisible() and (previous.timer.isActive() or stays):
            previous.dismiss()
    notice = StatusNotice(text, actions, timeout_ms, bar)
    # A permanent widget is never hidden by the status bar's own messages.
    bar.addPermanentWidget(notice, 1)
    notice.show()
    return notice


def open_file(path: Path) -> bool:
    """Open with the program the system has for it; False when none could be started."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """The file's folder in the file manager, with the file selected where the OS can."""
    if sys.platform == "win32":
        return QProcess.startDetached("explorer.exe", ["/select,", str(path)])[0]
    if sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", str(path)])[0]
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def announce_written_file(widget: QWidget, path: Path, opened: bool | None) -> StatusNotice | None:
    """Say where a written file went, with "Open" and "Show in folder".

    `opened` is None when the user did not ask to open it, False when no program for the
    file could be started (then the notice says so, and where to find it).
    """

    text = _translate(_NO_VIEWER if opened is False else _SAVED)
    text = text.format(name=path.name, folder=path.parent)
    return show_notice(
        widget,
        text,
        (
            (_translate(_OPEN), lambda: open_file(path)),
            (_translate(_SHOW_IN_FOLDER), lambda: show_in_folder(path)),
        ),
    )
