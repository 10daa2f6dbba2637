"""One § of a meeting's agenda: its kind, notes, decisions (att-clauses), action items
and links, with the follow-up box of a standard item.

The standard items with a role show what the meeting follows up: avvikelser counted by
category (never a description), the handlingsplan per way of working, and the open
action items of earlier meetings. Notes save themselves shortly after typing stops
and whenever another § is chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.domain import AGENDA_ITEM_KINDS
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.record_rules import text_limit
from narvard_desktop.services import meetings as m
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.date_fields import DateField
from narvard_desktop.ui.kit.forms import TEXT_LIMIT
from narvard_desktop.ui.kit.privacy_hint import PrivacyHint, watch_cells
from narvard_desktop.ui.kit.questions import confirm, show_error
from narvard_desktop.ui.kit.table_helpers import header_text_width, make_table, selected_row
from narvard_desktop.ui.meetings.agenda_dialogs import (
    LinkChooserDialog,
    ToActivityDialog,
)
from narvard_desktop.ui.meetings.agenda_item_models import (
    ActionItemModel,
    DecisionModel,
    LinkModel,
)
from narvard_desktop.ui.meetings.agenda_summaries import (
    ActionPlanSummaryBox,
    DeviationSummaryBox,
    OpenActionItemsBox,
)

NOTES_SAVE_DELAY_MS = 800
_CHOOSE_ACTION_ITEM = QT_TRANSLATE_NOOP(
    "Errors", "Mark the action item to turn into an activity first."
)
_ALREADY_ACTIVITY = QT_TRANSLATE_NOOP(
    "Errors", "This action item is already an activity in the plan."
)


class AgendaItemPanel(QWidget):
    """Everything written under one §."""

    edited = Signal()
    title_changed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.item: dict[str, Any] | None = None
        self.meeting_id: str | None = None
        self.read_only = False
        self._notes_dirty = False
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)

        header = QHBoxLayout()
        self.number = QLabel()
        self.number.setObjectName("pageTitle")
        header.addWidget(self.number)
        self.title = QLineEdit()
        # Not held to the title limit here: a longer title an older version stored must
        # not be cut when the field is left; the service names it if it is changed.
        self.title.setMaxLength(TEXT_LIMIT)
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.title.setAccessibleName(self.tr("Title of the item"))
        self.title.editingFinished.connect(self._save_title)
        header.addWidget(self.title, 1)
        self.kind = QComboBox()
        for choice in AGENDA_ITEM_KINDS:
            self.kind.addItem(choice.label, choice.code)
        self.kind.setToolTip(self.tr("What kind of item this is"))
        self.kind.activated.connect(self._save_kind)
        header.addWidget(self.kind)
        layout.addLayout(header)
        layout.addWidget(PrivacyHint.watch(self.title))

        self.deviation_box = DeviationSummaryBox()
        self.plan_box = ActionPlanSummaryBox()
        self.previous_box = OpenActionItemsBox(store)
        self.previous_box.edited.connect(self.edited)
        for box in (self.deviation_box, self.plan_box, self.previous_box):
            box.hide()
            layout.addWidget(box)

        notes_label = QLabel(self.tr("&Notes"))
        notes_label.setObjectName("cardTitle")
        layout.addWidget(notes_label)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What was said and reported under this item…"))
        self.notes.setMinimumHeight(110)
        self.notes.setTabChangesFocus(True)
        notes_label.setBuddy(self.notes)
        self.notes.textChanged.connect(self._notes_typed)
        layout.addWidget(self.notes)
        layout.addWidget(PrivacyHint.watch(self.notes))
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(NOTES_SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.flush)

        layout.addWidget(self._build_decisions())
        layout.addWidget(self._build_action_items())
        layout.addWidget(self._build_links())
        layout.addStretch()

    def _build_decisions(self) -> QGroupBox:
        box = QGroupBox(self.tr("Decisions"))
        layout = QVBoxLayout(box)
        self.decision_model = DecisionModel(self.store, self)
        self.decision_model.failed.connect(lambda error: show_error(self, error))
        self.decision_model.edited.connect(self.edited)
        self.decision_list = QListView()
        self.decision_list.setModel(self.decision_model)
        self.decision_list.setWordWrap(True)
        self.decision_list.setMaximumHeight(130)
        self.decision_list.setToolTip(self.tr("Double-click a decision to correct it."))
        layout.addWidget(self.decision_list)
        layout.addWidget(watch_cells(self.decision_list))
        row = QHBoxLayout()
        self.decision_entry = QLineEdit()
        # Room for the "att " the decision is stored with.
        self.decision_entry.setMaxLength(text_limit("text", "decisions") - len("att "))
        self.decision_entry.setPlaceholderText(
            self.tr("att … (write the decision and press Enter)")
        )
        self.decision_entry.setToolTip(
            self.tr("Decisions are written as att-clauses; “att” is added if you leave it out.")
        )
        self.decision_entry.returnPressed.connect(self.add_decision)
        row.addWidget(self.decision_entry, 1)
        self.add_decision_button = QPushButton(self.tr("Add &decision"))
        self.add_decision_button.clicked.connect(self.add_decision)
        row.addWidget(self.add_decision_button)
        self.remove_decision_button = QPushButton(self.tr("Remove…"))
        self.remove_decision_button.clicked.connect(self.remove_decision)
        row.addWidget(self.remove_decision_button)
        layout.addLayout(row)
        layout.addWidget(PrivacyHint.watch(self.decision_entry))
        return box

    def _build_action_items(self) -> QGroupBox:
        box = QGroupBox(self.tr("Action items"))
        layout = QVBoxLayout(box)
        self.action_model = ActionItemModel(self.store, self)
        self.action_model.failed.connect(lambda error: show_error(self, error))
        self.action_model.edited.connect(self.edited)
        self.action_table = make_table(self.action_model, ActionItemModel.COL_WHAT, rows=3)
        # Long names must not squeeze "what", the column that matters most.
        action_header = self.action_table.horizontalHeader()
        for column, width in ((ActionItemModel.COL_WHO, 100), (ActionItemModel.COL_ACTIVITY, 90)):
            action_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.action_table.setColumnWidth(
                column, max(width, header_text_width(self.action_table, column))
            )
        self.action_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        layout.addWidget(self.action_table)
        layout.addWidget(watch_cells(self.action_table))
        row = QHBoxLayout()
        self.action_who = QLineEdit()
        self.action_who.setMaxLength(text_limit("who", "action_items"))
        self.action_who.setPlaceholderText(self.tr("Who"))
        self.action_what = QLineEdit()
        self.action_what.setMaxLength(text_limit("what", "action_items"))
        self.action_what.setPlaceholderText(self.tr("What is to be done"))
        self.action_due = DateField()
        self.action_due.setMaximumWidth(140)
        self.action_due.setToolTip(self.tr("By when (YYYY-MM-DD)"))
        for field in (self.action_who, self.action_what, self.action_due):
            field.returnPressed.connect(self.add_action_item)
        self.add_action_button = QPushButton(self.tr("Add &action item"))
        self.add_action_button.clicked.connect(self.add_action_item)
        # What gets the whole width; who, when and the button share the line below.
        layout.addWidget(self.action_what)
        layout.addWidget(PrivacyHint.watch(self.action_what))
        row.addWidget(self.action_who, 1)
        row.addWidget(self.action_due)
        row.addWidget(self.add_action_button)
        layout.addLayout(row)
        layout.addWidget(PrivacyHint.watch(self.action_who))
        buttons = QHBoxLayout()
        self.to_activity_button = QPushButton(self.tr("Make it an ac&tivity…"))
        self.to_activity_button.setToolTip(
            self.tr("Turns the marked action item into an activity in the action plan.")
        )
        self.to_activity_button.clicked.connect(self.make_activity)
        self.remove_action_button = QPushButton(self.tr("Remove action item…"))
        self.remove_action_button.clicked.connect(self.remove_action_item)
        buttons.addWidget(self.to_activity_button)
        buttons.addWidget(self.remove_action_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        return box

    def _build_links(self) -> QGroupBox:
        box = QGroupBox(self.tr("Discussed (links)"))
        layout = QVBoxLayout(box)
        self.link_model = LinkModel(self.store, self)
        self.link_model.failed.connect(lambda error: show_error(self, error))
        self.link_model.edited.connect(self.edited)
        self.link_list = QListView()
        self.link_list.setModel(self.link_model)
        self.link_list.setMaximumHeight(110)
        self.link_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.link_list)
        row = QHBoxLayout()
        self.link_button = QToolButton()
        self.link_button.setText(self.tr("&Link…"))
        self.link_button.setToolTip(
            self.tr("Link an activity, indicator or deviation that was discussed under this item.")
        )
        self.link_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        link_menu = QMenu(self.link_button)
        for kind, text in (
            ("activity", self.tr("Activity…")),
            ("indicator", self.tr("Indicator…")),
            ("deviation", self.tr("Deviation…")),
        ):
            link_menu.addAction(text, lambda kind=kind: self.add_link(kind))
        self.link_button.setMenu(link_menu)
        row.addWidget(self.link_button)
        self.remove_link_button = QPushButton(self.tr("Remove link"))
        self.remove_link_button.clicked.connect(self.remove_link)
        row.addWidget(self.remove_link_button)
        row.addStretch()
        layout.addLayout(row)
        return box

    # --- loading -------------------------------------------------------------------------

    def set_item(
        self,
        item: dict[str, Any] | None,
        read_only: bool = False,
        frozen: dict[str, Any] | None = None,
    ) -> None:
        """Show one item; `frozen` is its approved content when the meeting is locked."""
        self.flush()
        self.item = item
        self.meeting_id = item["meeting_id"] if item else None
        self.read_only = read_only or item is None
        item_id = item["id"] if item else None
        self._loading = True
        try:
            self.number.setText(f"§ {item['number']}" if item else "")
            self.title.setText(item["title"] if item else "")
            self.title.setCursorPosition(0)
            index = self.kind.findData(item["kind"] if item else None)
            self.kind.setCurrentIndex(max(index, 0))
            self.notes.setPlainText((item or {}).get("notes") or "")
            self._notes_dirty = False
        finally:
            self._loading = False
        self.decision_model.set_item(item_id, self.read_only)
        self.action_model.set_item(item_id, self.read_only)
        self.link_model.set_item(item_id, self.read_only)
        self._show_role(item, frozen)
        for widget in (self.title, self.notes, self.decision_entry):
            widget.setReadOnly(self.read_only)
        for widget in (
            self.kind,
            self.add_decision_button,
            self.remove_decision_button,
            self.action_who,
            self.action_what,
            self.action_due,
            self.add_action_button,
            self.remove_action_button,
            self.remove_link_button,
            self.link_button,
        ):
            widget.setEnabled(not self.read_only)
        # Turning an action item into an activity is follow-up, allowed after justering.
        self.to_activity_button.setEnabled(item is not None)
        self.setEnabled(item is not None)

    def _show_role(self, item: dict[str, Any] | None, frozen: dict[str, Any] | None) -> None:
        role = item["role"] if item else None
        self.deviation_box.setVisible(role == m.ROLE_DEVIATIONS)
        self.plan_box.setVisible(role == m.ROLE_ACTION_PLAN)
        self.previous_box.setVisible(role == m.ROLE_PREVIOUS_MINUTES)
        if item is None:
            return
        if role == m.ROLE_DEVIATIONS:
            summary = (frozen or {}).get("deviation_summary") or m.deviation_summary(
                self.store, item["meeting_id"]
            )
            self.deviation_box.show_summary(summary)
        elif role == m.ROLE_ACTION_PLAN:
            summary = (frozen or {}).get("action_plan_summary") or m.action_plan_summary(
                self.store, item["meeting_id"]
            )
            self.plan_box.show_summary(summary)
        elif role == m.ROLE_PREVIOUS_MINUTES:
            self.previous_box.set_meeting(item["meeting_id"])

    def refresh_header(self, item: dict[str, Any]) -> None:
        """New § number or title after a move, without reloading what is being typed."""
        self.item = {**(self.item or {}), **item, "notes": (self.item or {}).get("notes")}
        self.number.setText(f"§ {item['number']}")

    # --- saving ----------------------------------------------------------------------------

    def _notes_typed(self) -> None:
        if self._loading or self.read_only:
            return
        self._notes_dirty = True
        self.save_timer.start()

    def flush(self) -> bool:
        """Save notes typed since the last save. False when the save failed."""
        self.save_timer.stop()
        if not self._notes_dirty or self.item is None or self.read_only:
            self._notes_dirty = False
            return True
        self._notes_dirty = False
        text = self.notes.toPlainText()
        try:
            m.update_agenda_item(self.store, self.item["id"], notes=text)
        except Exception as error:  # noqa: BLE001 - one plain sentence
            show_error(self, error)
            return False
        self.item["notes"] = text
        self.edited.emit()
        return True

    def _save_title(self) -> None:
        if self._loading or self.read_only or self.item is None:
            return
        text = self.title.text()
        if text == self.item["title"]:
            return
        try:
            m.update_agenda_item(self.store, self.item["id"], title=text)
        except Exception as error:  # noqa: BLE001 - one plain sentence
            show_error(self, error)
            self.title.setText(self.item["title"])
            return
        self.item["title"] = text.strip()
        self.title_changed.emit(self.item["id"])
        self.edited.emit()

    def _save_kind(self, _index: int) -> None:
        if self.read_only or self.item is None:
            return
        try:
            m.update_agenda_item(self.store, self.item["id"], kind=self.kind.currentData())
        except Exception as error:  # noqa: BLE001 - one plain sentence
            show_error(self, error)
            return
        self.item["kind"] = self.kind.currentData()
        self.edited.emit()

    def add_decision(self) -> None:
        text = self.decision_entry.text()
        if not text.strip() or self.read_only:
            return
        if self.decision_model.add(text):
            self.decision_entry.clear()
            self.decision_list.scrollToBottom()

    def remove_decision(self) -> None:
        row = selected_row(self.decision_list)
        # A read-only item (approved, or another group's) asks nothing and removes nothing.
        if row < 0 or self.read_only:
            return
        text = self.decision_model.rows[row]["text"]
        if confirm(
            self,
            self.tr("Remove decision"),
            self.tr("Remove the decision “{text}”?").format(text=text[:200]),
        ):
            self.decision_model.remove(row)

    def add_action_item(self) -> None:
        if self.read_only:
            return
        if self.action_model.add(
            self.action_what.text(), self.action_who.text(), self.action_due.value()
        ):
            for field in (self.action_who, self.action_what, self.action_due):
                field.clear()
            self.action_who.setFocus()

    def remove_action_item(self) -> None:
        row = selected_row(self.action_table)
        entry = self.action_model.row_at(row)
        if entry is None or self.read_only:
            return
        if confirm(
            self,
            self.tr("Remove action item"),
            self.tr("Remove the action item “{what}”?").format(what=entry["what"][:200]),
        ):
            self.action_model.remove(row)

    def make_activity(self) -> None:
        row = selected_row(self.action_table)
        entry = self.action_model.row_at(row)
        if entry is None:
            show_error(self, ValidationError(_CHOOSE_ACTION_ITEM))
            return
        if entry["activity_id"]:
            show_error(self, ValidationError(_ALREADY_ACTIVITY))
            return
        dialog = ToActivityDialog(self.store, entry["what"], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.create_activity(entry["id"], dialog.plan.currentData(), dialog.way.currentData())

    def create_activity(
        self, action_item_id: str, plan_id: str | None, way_code: str | None = None
    ) -> str | None:
        try:
            activity_id = m.action_item_to_activity(
                self.store, action_item_id, plan_id, way_code=way_code
            )
        except Exception as error:  # noqa: BLE001 - one plain sentence
            show_error(self, error)
            return None
        self.action_model.reload()
        self.link_model.reload()
        self.edited.emit()
        return activity_id

    def add_link(self, kind: str) -> None:
        if self.read_only:
            return
        dialog = LinkChooserDialog(self.store, kind, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        target = dialog.chosen_id()
        if target:
            self.link_model.add(kind, target)

    def remove_link(self) -> None:
        row = selected_row(self.link_list)
        if row >= 0 and not self.read_only:
            self.link_model.remove(row)


# --- the whole agenda -------------------------------------------------------------------
