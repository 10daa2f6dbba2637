"""Accessible names for every widget a keyboard or screen reader user can reach.

Qt already names a button by its text and a field by its buddy label. What is left (a
table under a heading, a search field with only a placeholder, a date field beside a
plain label, a tab widget, a scroll area) is named here from what a sighted user sees
next to it, so no page has to write hundreds of names by hand. A name set by the page
itself is never replaced.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QTabWidget,
    QWidget,
)


def effective_name(widget: QWidget) -> str:
    """The name assistive technology reads: set, or derived by Qt (text, buddy label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "").strip()


def plain_label(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def _label_before(widget: QWidget) -> str:
    """The text of a label placed just before the widget in its layout, if there is one."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None:
        return ""
    found = _find_in_layout(layout, widget)
    if found is None:
        return ""
    owner, index = found
    for earlier in range(index - 1, -1, -1):
        item = owner.itemAt(earlier)
        candidate = item.widget() if item is not None else None
        if isinstance(candidate, QLabel) and any(ch.isalnum() for ch in candidate.text()):
            return plain_label(candidate.text())
        if candidate is not None and not candidate.isHidden():
            return ""
    return ""


def _find_in_layout(layout: QLayout, widget: QWidget) -> tuple[QLayout, int] | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is widget:
            return layout, index
        inner = item.layout()
        if inner is not None:
            found = _find_in_layout(inner, widget)
            if found is not None:
                return found
    return None


def _titled_ancestor(widget: QWidget) -> str:
    current = widget.parentWidget()
    while current is not None:
        if isinstance(current, QGroupBox) and current.title():
            return plain_label(current.title())
        if current.accessibleName():
            return current.accessibleName()
        if current.isWindow() and current.windowTitle():
            # The one list or scroll area of a dialog is what the dialog is about.
            return current.windowTitle()
        current = current.parentWidget()
    return ""


def _wrapper_label(widget: QWidget, buddies: dict[int, str]) -> str:
    """The buddy label of a field, or of the container it is wrapped in.

    Qt looks for a buddy label only among the field's siblings, so a field wrapped with
    its privacy hint, or a label elsewhere in the form, goes unnamed without this.
    """
    current: QWidget | None = widget
    for _level in range(3):
        if current is None:
            return ""
        if id(current) in buddies:
            return buddies[id(current)]
        current = current.parentWidget()
    return ""


def derived_name(widget: QWidget, buddies: dict[int, str] | None = None) -> str:
    """A name from what is shown beside the widget, or "" when nothing fits."""
    wrapped = _wrapper_label(widget, buddies or {})
    if wrapped:
        return wrapped
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox) and isinstance(widget, QLineEdit):
        # The text field inside a date or number field speaks for the field.
        return effective_name(parent) or derived_name(parent)
    beside = _label_before(widget)
    if beside:
        return beside
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return widget.placeholderText().rstrip("…. ")
    if isinstance(widget, QTabWidget):
        return ", ".join(plain_label(widget.tabText(i)) for i in range(widget.count()))
    if widget.toolTip() and not widget.toolTip().lstrip().startswith("<"):
        return widget.toolTip().split("\n")[0]
    if isinstance(widget, QAbstractItemView | QScrollArea):
        return _titled_ancestor(widget)
    return ""


def name_unnamed_widgets(root: QWidget) -> int:
    """Give every focusable widget under `root` without a name one; returns how many."""
    named = 0
    buddies = {
        id(label.buddy()): plain_label(label.text())
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.text().strip()
    }
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.accessibleName():
            continue
        if effective_name(widget):
            continue
        name = derived_name(widget, buddies)
        if name:
            widget.setAccessibleName(name)
            named += 1
    return named


class _NameWhenShown(QObject):
    """Names a page's widgets when it is shown, and a tab's when that tab is shown.

    Tabs are watched too because their content is often built after the page was shown
    (the meeting editor fills its tabs when a meeting is chosen).
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._watched: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            name_unnamed_widgets(watched)
            for tabs in watched.findChildren(QTabWidget):
                for index in range(tabs.count()):
                    tab = tabs.widget(index)
                    if tab is not None and id(tab) not in self._watched:
                        self._watched.add(id(tab))
                        tab.installEventFilter(self)
        return False


def name_widgets_when_shown(page: QWidget, title: str) -> None:
    """Name the page after its section, and its unnamed widgets each time it is shown."""
    if not page.accessibleName():
        page.setAccessibleName(title)
    page.installEventFilter(_NameWhenShown(page))
    name_dialogs_on_focus()


def _name_focused_window(_old: QWidget | None, new: QWidget | None) -> None:
    # The main window's pages are named when shown; a dialog is small enough to name
    # whenever focus moves inside it, which also catches rows it adds later. Focus also
    # moves while a window is being destroyed, so the naming waits for the event loop
    # and leaves alone a widget that is gone by then.
    if new is not None:
        QTimer.singleShot(0, lambda: _name_window_of(new))


def _name_window_of(widget: QWidget) -> None:
    if not shiboken6.isValid(widget):
        return
    window = widget.window()
    if shiboken6.isValid(window) and not isinstance(window, QMainWindow):
        name_unnamed_widgets(window)


_focus_hook: list[QApplication] = []


def name_dialogs_on_focus() -> None:
    """Name the widgets of every dialog and window as focus enters it (once per app)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app in _focus_hook:
        return
    _focus_hook.append(app)
    app.focusChanged.connect(_name_focused_window)
