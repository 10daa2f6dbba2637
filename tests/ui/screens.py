"""Every screen of the program, shown, checked and (when asked) saved as a picture.

One walk serves `scripts/screenshots.py` (pictures of every main view and dialog in
docs/screenshots/<language>/) and the test that the walk finds nothing wrong. Each screen
is checked as it is shown: no label, button, header or combo is cut at the default window
size, no text is in the other language, no count is in the wrong plural form. The dialogs
come from the same list the dialog walks of the tests use (tests/ui/dialog_factories.py),
so a dialog added later is shown and checked without anyone listing it here.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
    QWizard,
)
from shiboken6 import isValid

from narvard_desktop.store import Store
from tests.language_checks import unfinished_texts, wrong_language, wrong_plurals
from tests.layout_checks import cut_buttons, cut_text, sideways_pages
from tests.ui.dialog_factories import demo_ids, factories_for_every_dialog

DEFAULT_SIZE = QSize(1200, 780)
# Rows of each table whose cells are read for words in the wrong language.
ROWS_READ = 40
_TAG = re.compile(r"<[^>]+>")
# Windows of the dialog list that are views rather than dialogs.
PICTURE_NAMES = {"MeetingModeWindow": "meeting-mode"}


def settle(milliseconds: int = 60) -> None:
    """Let the event loop run: layouts, paints and queued work of the screen just shown."""
    QTest.qWait(milliseconds)


def wait_until(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    ends = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < ends:
        settle(50)


def _busy(root: QWidget) -> bool:
    """Whether a part of the program (a chart page counting, an import checking) is still
    at work: its own `busy` flag, read from the object's own attributes only, since an
    unknown name looked up on a Qt object goes through Qt's property lookup."""
    return any(
        getattr(widget, "__dict__", {}).get("busy") is True
        for widget in [root, *root.findChildren(QWidget)]
    )


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(what, text) of every text a person sees in the widget: titles, labels, buttons,
    tabs, headers, combos, placeholders and the first rows of tables."""
    texts: list[tuple[str, str]] = []
    if root.windowTitle():
        texts.append(("title", root.windowTitle()))
    for label in root.findChildren(QLabel):
        if label.isVisible() and label.text():
            text = label.text()
            if QtGui.Qt.mightBeRichText(text):
                text = _TAG.sub("", text.replace("<br>", "\n"))
            texts.append((f"label {label.objectName()}", text))
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            texts.append((f"button {button.objectName()}", button.text()))
    for box in root.findChildren(QGroupBox):
        if box.isVisible() and box.title():
            texts.append(("group", box.title()))
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisible():
            texts += [("tab", tabs.tabText(index)) for index in range(tabs.count())]
    for combo in root.findChildren(QComboBox):
        if combo.isVisible():
            texts += [("combo", combo.itemText(index)) for index in range(combo.count())]
    for line_edit in root.findChildren(QLineEdit):
        if line_edit.isVisible() and line_edit.placeholderText():
            texts.append(("placeholder", line_edit.placeholderText()))
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        if isinstance(view, QTableView | QTreeView):
            header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
            texts += [
                ("header", str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
                for column in range(header.count())
            ]
        # Models differ in which overloads they make public; valid indexes tell the size.
        for row in range(ROWS_READ):
            if not model.index(row, 0).isValid():
                break
            column = 0
            while model.index(row, column).isValid():
                value = model.index(row, column).data()
                if isinstance(value, str) and value:
                    texts.append((f"cell [{row}, {column}]", value))
                column += 1
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            texts.append(("menu", action.text()))
            menu = action.menu()
            if menu is not None:
                texts += [("menu item", item.text()) for item in menu.actions() if item.text()]
    return [(where, text) for where, text in texts if text.strip()]


def data_texts(store: Store) -> frozenset[str]:
    """Texts that are records' own names, in whatever language they were written: the
    groups' names and the sheet names of the Excel workbook (part of its format)."""
    from narvard_desktop.xlsx import registered_sheets

    groups = {row[0] for row in store.db.execute("SELECT name FROM groups").fetchall()}
    return frozenset(groups | {spec.name for spec in registered_sheets()})


def problems_of(widget: QWidget, language: str, data: frozenset[str] = frozenset()) -> list[str]:
    """Everything wrong a person would see on the screen now shown."""
    texts = visible_texts(widget)
    return (
        cut_text(widget)
        + cut_buttons(widget)
        + sideways_pages(widget)
        + wrong_language(texts, language, data)
        + wrong_plurals(texts, language)
        + unfinished_texts(texts, language)
    )


@dataclass
class Shooter:
    """Shows screens one by one, checks each and saves its picture when `out` is given."""

    language: str
    out: Path | None = None
    problems: list[str] = field(default_factory=list)
    taken: list[str] = field(default_factory=list)
    # Names the records carry (see `data_texts`): never a word in the wrong language.
    data: frozenset[str] = frozenset()

    def take(self, name: str, widget: QWidget) -> None:
        settle()
        wait_until(lambda: not _busy(widget))
        settle(150 if self.out is not None else 30)
        if self.out is not None:
            self.out.mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(self.out / f"{name}.png"))
        self.taken.append(name)
        for problem in problems_of(widget, self.language, self.data):
            line = f"{self.language}/{name}: {problem}"
            if line not in self.problems:
                self.problems.append(line)


def _delete_now(widget: QWidget) -> None:
    """Close and delete a screen before the next is shown, not whenever a loop returns."""
    if isValid(widget):
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def slug(text: str) -> str:
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", "-", text)
    return re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")


def _top_tab_widget(page: QWidget) -> QTabWidget | None:
    """The page's own tabs (Uppföljning's, Gruppen's), not tabs inside one of them."""
    for tabs in page.findChildren(QTabWidget):
        parent = tabs.parentWidget()
        while parent is not None and parent is not page and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is page:
            return tabs
    return None


def shoot_sections(
    shooter: Shooter, window: QMainWindow, prefix: str = "", keys: Iterable[str] | None = None
) -> None:
    """Every section of the window, and every tab of a section with tabs."""
    window.resize(DEFAULT_SIZE)
    window.show()
    wait_until(lambda: not window.loading_pages)
    wanted = set(keys) if keys is not None else None
    for index, section in enumerate(window.sections):
        if wanted is not None and section.key not in wanted:
            continue
        window.show_section(index)
        page = window.pages[section.key]
        tabs = _top_tab_widget(page)
        if tabs is None:
            shooter.take(f"{prefix}{slug(section.key)}", window)
            continue
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            shooter.take(f"{prefix}{slug(section.key)}-{tab + 1}", window)
        tabs.setCurrentIndex(0)


def shoot_details(shooter: Shooter, window: QMainWindow) -> None:
    """Views that open beside a list: the activity editor. (Möten opens its next meeting
    by itself, so its tabs show one already.)"""
    window.show_section_key("plan")
    plan = window.pages["plan"]
    if plan.activity_model.rowCount():
        plan.open_activity(plan.activity_model.row_at(0)["id"])
        shooter.take("plan-activity", window)


def shoot_help(shooter: Shooter, window: QMainWindow) -> None:
    """Hjälp → Handbok at the page of the section shown (F1), and Hjälp → Kortkommandon."""
    window.show_section_key("plan")
    manual = window.help.open_manual()
    shooter.take("help-manual", manual)
    manual.close()
    shortcuts = window.help.open_shortcuts()
    shooter.take("help-shortcuts", shortcuts)
    shortcuts.close()


def shoot_setup_wizard(shooter: Shooter, store: Store) -> None:
    """Each page of the first-start setup, filled in as a user would (Borås)."""
    from narvard_desktop.ui.shell.setup_wizard import SetupWizard

    wizard = SetupWizard(store.reference)
    wizard.show()
    try:
        shooter.take("setup-1-level", wizard)
        wizard.next()
        wizard.place_page.select_code("1490")
        shooter.take("setup-2-place", wizard)
        wizard.next()
        shooter.take("setup-3-name", wizard)
        wizard.next()
        shooter.take("setup-4-organisations", wizard)
    finally:
        _delete_now(wizard)


def shoot_dialogs(
    shooter: Shooter,
    store: Store,
    parent: QWidget | None = None,
    names: Iterable[str] | None = None,
) -> None:
    """Every dialog and window of the program's dialog list, each at its own size.

    The setup wizard is shown page by page by `shoot_setup_wizard`.
    """
    ids = demo_ids(store)
    wanted = set(names) if names is not None else None
    factories, unbuildable = factories_for_every_dialog(store)
    shooter.problems += [
        f"{shooter.language}/dialog {name}: cannot be built" for name in unbuildable
    ]
    seen: dict[str, int] = {}
    for name, factory in factories:
        if name == "SetupWizard" or (wanted is not None and name not in wanted):
            continue
        seen[name] = seen.get(name, 0) + 1
        base = PICTURE_NAMES.get(name, f"dialog-{slug(name)}")
        picture = base + (f"-{seen[name]}" if seen[name] > 1 else "")
        widget = factory(store, ids)
        if parent is not None and not isinstance(widget, QWizard) and widget.parentWidget() is None:
            widget.setParent(parent, widget.windowFlags() | Qt.WindowType.Dialog)
        widget.show()
        try:
            shooter.take(picture, widget)
        finally:
            _delete_now(widget)
