"""The agenda of one meeting: the § list on the left, the chosen § on the right
(`AgendaItemPanel`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.services import meetings as m
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.questions import confirm, show_error
from narvard_desktop.ui.meetings.agenda_dialogs import (
    NewItemDialog,
)
from narvard_desktop.ui.meetings.agenda_item_panel import AgendaItemPanel
from narvard_desktop.ui.meetings.models import AgendaModel


class AgendaEditor(QSplitter):
    """§ list (drag or Ctrl+Up/Down to reorder) and the chosen § beside it."""

    edited = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.store = store
        self.meeting_id: str | None = None
        self.read_only = False
        self.frozen: dict[str, dict[str, Any]] = {}
        # True once the user picked a § (click or keys); the program's own selection of
        # § 1 on opening must not decide where "New item…" lands.
        self.chosen_by_user = False
        self._selecting = False

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        heading = QLabel(self.tr("A&genda"))
        heading.setObjectName("cardTitle")
        left_layout.addWidget(heading)
        self.model = AgendaModel(store, self)
        self.model.failed.connect(lambda error: show_error(self, error))
        self.model.edited.connect(self.edited)
        self.model.moved.connect(self.select_item)
        self.list = QListView()
        heading.setBuddy(self.list)
        self.list.setModel(self.model)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(True)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setStyleSheet("QListView { font-size: 11pt; }")
        self.list.setToolTip(self.tr("Drag an item, or press Ctrl+Up / Ctrl+Down, to move it."))
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.setMinimumWidth(200)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&New item…"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("Remo&ve…"))
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button = QPushButton("▲")
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton("▼")
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(36)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        left_layout.addLayout(buttons)
        for keys, step, what in (
            ("Ctrl+Up", -1, self.tr("Move the agenda item up")),
            ("Ctrl+Down", 1, self.tr("Move the agenda item down")),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setWhatsThis(what)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_current(step))
        self.addWidget(left)

        self.panel = AgendaItemPanel(store)
        self.panel.edited.connect(self.edited)
        self.panel.title_changed.connect(self._title_changed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.panel)
        self.addWidget(scroll)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setSizes([215, 735])

    # --- loading -------------------------------------------------------------------------

    def set_meeting(
        self,
        meeting_id: str | None,
        read_only: bool = False,
        document: dict[str, Any] | None = None,
    ) -> None:
        self.panel.flush()
        self.meeting_id = meeting_id
        self.read_only = read_only or meeting_id is None
        self.frozen = (
            {item["id"]: item for item in document["items"]}
            if document and document.get("lock")
            else {}
        )
        current = self.current_item_id()
        # Whatever the panel shows may be stale (meeting mode, a reload): show it afresh.
        self.panel.item = None
        self.model.set_meeting(meeting_id, self.read_only)
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button):
            widget.setEnabled(not self.read_only)
        row = self.model.row_of(current)
        if row < 0:
            self.chosen_by_user = False
        self._set_current_row(max(row, 0))
        if self.model.rowCount() == 0:
            self.panel.set_item(None)

    def current_item_id(self) -> str | None:
        item = self.model.item_at(self.list.currentIndex().row())
        return item["id"] if item else None

    def select_item(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self._set_current_row(row)

    def _set_current_row(self, row: int) -> None:
        """Select a § for the user (not a choice of theirs)."""
        self._selecting = True
        try:
            self.list.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._selecting = False

    def _current_changed(self, current: Any, _previous: Any) -> None:
        if not self._selecting:
            self.chosen_by_user = True
        item = self.model.item_at(current.row()) if current.isValid() else None
        if item is not None and self.panel.item is not None and item["id"] == self.panel.item["id"]:
            self.panel.refresh_header(item)
            return
        self.panel.set_item(item, self.read_only, self.frozen.get(item["id"]) if item else None)

    def _title_changed(self, item_id: str) -> None:
        self.model.reload()
        self.select_item(item_id)

    # --- changing the agenda -------------------------------------------------------------

    def move_current(self, step: int) -> None:
        if self.read_only:
            return
        self.panel.flush()
        row = self.list.currentIndex().row()
        if row >= 0:
            self.model.move(row, row + step)

    def add_item(self) -> None:
        if self.read_only or self.meeting_id is None:
            return
        dialog = NewItemDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.create_item(dialog.title.text(), dialog.kind.currentData())

    def create_item(self, title: str, kind: str = "information") -> str | None:
        """Add an item after the § the user chose, otherwise before the closing items."""
        assert self.meeting_id is not None
        self.panel.flush()
        row = self.list.currentIndex().row()
        index = row + 1 if row >= 0 and self.chosen_by_user else self._default_insert_row()
        try:
            item_id = m.add_agenda_item(self.store, self.meeting_id, title, kind=kind, index=index)
        except Exception as error:  # noqa: BLE001 - one plain sentence
            show_error(self, error)
            return None
        self.model.reload()
        self.select_item(item_id)
        self.edited.emit()
        return item_id

    def _default_insert_row(self) -> int | None:
        """Before "Övriga frågor", "Nästa möte" and "Mötets avslutande"; last without them."""
        closing_roles = (m.ROLE_OTHER_BUSINESS, m.ROLE_NEXT_MEETING, m.ROLE_CLOSING)
        for row in range(self.model.rowCount()):
            item = self.model.item_at(row)
            if item is not None and item.get("role") in closing_roles:
                return row
        return None

    def remove_item(self) -> None:
        item = self.model.item_at(self.list.currentIndex().row())
        if item is None or self.read_only:
            return
        if not confirm(
            self,
            self.tr("Remove agenda item"),
            self.tr(
                "Remove § {number} “{title}” with its notes, decisions and action items? "
                "The items after it are renumbered."
            ).format(number=item["number"], title=item["title"][:200]),
        ):
            return
        row = self.list.currentIndex().row()
        self.panel.set_item(None)
        try:
            m.remove_agenda_item(self.store, item["id"])
        except Exception as error:  # noqa: BLE001 - one plain sentence
            show_error(self, error)
        self.model.reload()
        if self.model.rowCount():
            self._set_current_row(min(row, self.model.rowCount() - 1))
        self.edited.emit()
