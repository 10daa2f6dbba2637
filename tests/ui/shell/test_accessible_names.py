"""Keyboard and screen reader: every widget Tab reaches on every section has a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from narvard_desktop.ui.kit.accessibility import effective_name
from narvard_desktop.ui.shell.sections import SECTIONS


def tab_chain(page: QWidget) -> list[QWidget]:
    """The widgets of `page` that Tab stops at, in tab order."""
    reached, seen = [], set()
    current = page.nextInFocusChain()
    while current is not page and id(current) not in seen:
        seen.add(id(current))
        takes_tab = (current.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus
        if page.isAncestorOf(current) and current.isVisible() and current.isEnabled() and takes_tab:
            reached.append(current)
        current = current.nextInFocusChain()
    return reached


def unnamed(page: QWidget) -> list[str]:
    return [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in tab_chain(page)
        if not effective_name(widget)
    ]


def test_every_section_and_tab_has_named_widgets_in_its_tab_order(
    qtbot, open_session, demo_store, swedish_widgets
):
    data_dir = demo_store.data_dir
    demo_store.close()
    window = open_session(data_dir, "sv").window
    window.resize(1200, 780)
    window.show()
    problems: dict[str, list[str]] = {}
    for section in SECTIONS:
        window.show_section_key(section.key)
        QApplication.processEvents()
        page = window.pages[section.key]
        assert page.accessibleName() == section.translated_title()
        chain = tab_chain(page)
        # The keyboard reaches the page: something on it takes Tab.
        assert chain, section.key
        problems[section.key] = unnamed(page)
        for tabs in page.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                key = f"{section.key}/{tabs.tabText(index)}"
                problems[key] = unnamed(page)
    assert {key: names for key, names in problems.items() if names} == {}


def test_a_widget_beside_a_label_is_named_after_it_and_a_set_name_is_kept(qtbot):
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTableView

    from narvard_desktop.ui.kit.accessibility import name_unnamed_widgets

    root = QWidget()
    qtbot.addWidget(root)
    layout = QHBoxLayout(root)
    layout.addWidget(QLabel("Mötesplats:"))
    place = QLineEdit()
    layout.addWidget(place)
    search = QLineEdit()
    search.setPlaceholderText("Sök i texterna…")
    layout.addWidget(search)
    table = QTableView()
    table.setAccessibleName("Möten")
    layout.addWidget(table)
    assert name_unnamed_widgets(root) == 2
    assert place.accessibleName() == "Mötesplats"
    assert search.accessibleName() == "Sök i texterna"
    assert table.accessibleName() == "Möten"


def test_a_start_page_card_opens_its_section_from_the_keyboard(qtbot, open_session, demo_store):
    data_dir = demo_store.data_dir
    demo_store.close()
    window = open_session(data_dir, "sv").window
    window.show()
    card, _kind, _filter = window.start_page.cards["deviations_open"]
    assert card.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "avvikelser" in effective_name(card)
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.pages["deviations"]
