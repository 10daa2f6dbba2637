"""The one search (Ctrl+K): words in, records of every kind out, grouped by kind.

Results come as the user types (after a short pause). Down moves from the words to the
results, Enter opens the chosen record in its section through the window's
open-record mechanism, Escape closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.services.search import SearchHit, grouped, search
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.privacy_hint import exempt

_HIT_ROLE = Qt.ItemDataRole.UserRole + 1
# Long enough not to search for every letter of a fast typist, short enough to feel instant.
_TYPING_PAUSE_MS = 150


class _Words(QLineEdit):
    """The words field: Down and Enter reach the results without leaving the keyboard."""

    def __init__(self, dialog: SearchDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Down:
            self._dialog.focus_results()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._dialog.open_first()
            return
        super().keyPressEvent(event)


class SearchDialog(QDialog):
    def __init__(
        self,
        store: Store,
        open_record: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._open_record = open_record
        self.setWindowTitle(self.tr("Search"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        self.words = exempt(_Words(self), "search words, never stored")
        self.words.setPlaceholderText(
            self.tr("Words or the beginnings of words, e.g. hemgång or läkemedel")
        )
        self.words.setClearButtonEnabled(True)
        self.words.setAccessibleName(self.tr("Search words"))
        layout.addWidget(self.words)
        options = QHBoxLayout()
        self.ignore_diacritics = QCheckBox(self.tr("Let a and o also find å, ä and ö"))
        options.addWidget(self.ignore_diacritics)
        options.addStretch()
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        options.addWidget(self.summary)
        layout.addLayout(options)
        self.results = QTreeWidget()
        self.results.setHeaderLabels([self.tr("Found"), self.tr("In the field")])
        self.results.setRootIsDecorated(False)
        self.results.setColumnWidth(0, 440)
        self.results.itemActivated.connect(self._activated)
        layout.addWidget(self.results, 1)
        hint = QLabel(self.tr("↓ to the results · Enter opens · Esc closes"))
        hint.setObjectName("hint")
        layout.addWidget(hint)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.words.textChanged.connect(lambda _text: self._timer.start())
        self.ignore_diacritics.toggled.connect(lambda _on: self.run_search())
        self.hits: list[SearchHit] = []

    def set_words(self, text: str) -> None:
        """Put words in the field and search at once (the toolbar's field hands them over)."""
        self.words.setText(text)
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        self.hits = search(
            self.store, self.words.text(), ignore_diacritics=self.ignore_diacritics.isChecked()
        )
        self.results.clear()
        first: QTreeWidgetItem | None = None
        for _kind, hits in grouped(self.hits):
            heading = QTreeWidgetItem(self.results, [f"{hits[0].kind_label()} ({len(hits)})", ""])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            for hit in hits:
                row = QTreeWidgetItem(heading, [hit.title, hit.field_label()])
                row.setData(0, _HIT_ROLE, hit)
                row.setToolTip(0, hit.title)
                first = first or row
            heading.setExpanded(True)
        if first is not None:
            self.results.setCurrentItem(first)
        if not self.words.text().strip():
            self.summary.setText("")
        else:
            self.summary.setText(self.tr("%n record(s) found", "", len(self.hits)))

    def focus_results(self) -> None:
        self.results.setFocus()

    def open_first(self) -> None:
        self.run_search()
        current = self.results.currentItem()
        if current is not None:
            self._activated(current)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        hit = item.data(0, _HIT_ROLE)
        if not isinstance(hit, SearchHit):
            return
        self.accept()
        self._open_record(hit.kind, hit.id)


def add_search_toolbar(window: QMainWindow, open_search: Callable[[str], object]) -> QLineEdit:
    """A search field in the window's toolbar; Enter hands its words to the search dialog."""
    toolbar = QToolBar(QCoreApplication.translate("SearchDialog", "Search"), window)
    toolbar.setObjectName("searchToolbar")
    toolbar.setMovable(False)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    field = QLineEdit()
    field.setObjectName("searchField")
    field.setPlaceholderText(
        QCoreApplication.translate("SearchDialog", "Search everything (Ctrl+K)")
    )
    field.setAccessibleName(QCoreApplication.translate("SearchDialog", "Search everything"))
    field.setClearButtonEnabled(True)
    field.setFixedWidth(280)

    def hand_over() -> None:
        words = field.text()
        field.clear()
        open_search(words)

    field.returnPressed.connect(hand_over)
    toolbar.addWidget(field)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return field
