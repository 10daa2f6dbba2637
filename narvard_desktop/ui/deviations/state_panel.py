"""The avvikelse's state in the editor: where it stands, its history, and the dated moves on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from narvard_desktop.domain import DEVIATION_STATES, label_for
from narvard_desktop.services import deviations as dev
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.date_fields import date_edit, iso
from narvard_desktop.ui.kit.forms import ERROR_STYLE, NOTE_STYLE, plain_label

_STATE_STYLE = "font-weight: 600;"


class StatePanel(QGroupBox):
    """One button a next state; the date beside them is the date the move is logged with."""

    move_requested = Signal(str)  # the state to move to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("State"))
        layout = QVBoxLayout(self)
        self.state_label = plain_label(style=_STATE_STYLE)
        self.state_label.setWordWrap(False)
        layout.addWidget(self.state_label)
        self.history_label = plain_label(style=NOTE_STYLE)
        layout.addWidget(self.history_label)
        move_row = QHBoxLayout()
        self.transition_label = QLabel(self.tr("Move on, dated:"))
        move_row.addWidget(self.transition_label)
        self.transition_date = date_edit()
        self.transition_date.setToolTip(self.tr("The date the change of state is logged with."))
        move_row.addWidget(self.transition_date)
        self.transition_row = QHBoxLayout()
        move_row.addLayout(self.transition_row)
        move_row.addStretch()
        layout.addLayout(move_row)
        self.transition_buttons: dict[str, QPushButton] = {}

    def moved_on(self) -> str:
        return iso(self.transition_date)

    def show_state(self, store: Store, record: dict[str, Any] | None, read_only: bool) -> None:
        for button in self.transition_buttons.values():
            self.transition_row.removeWidget(button)
            button.deleteLater()
        self.transition_buttons.clear()
        if record is None:
            self.state_label.setText(
                self.tr("New: saved as {state}.").format(
                    state=label_for(DEVIATION_STATES, "registered")
                )
            )
            self.history_label.setText("")
            self.transition_label.hide()
            self.transition_date.hide()
            return
        state = record["state"]
        text = label_for(DEVIATION_STATES, state)
        overdue = dev.is_overdue(state, record["answer_due_date"])
        if overdue:
            text = self.tr("{state} – the answer is overdue").format(state=text)
        self.state_label.setText(text)
        self.state_label.setStyleSheet(_STATE_STYLE + (" " + ERROR_STYLE if overdue else ""))
        self.history_label.setText(
            "\n".join(
                f"{event['changed_on']}  {label_for(DEVIATION_STATES, event['to_state'])}"
                for event in dev.deviation_events(store, record["id"])
            )
        )
        next_states = () if read_only else dev.allowed_next_states(state)
        self.transition_label.setVisible(bool(next_states))
        self.transition_date.setVisible(bool(next_states))
        for to_state in next_states:
            button = QPushButton(label_for(DEVIATION_STATES, to_state))
            button.setToolTip(
                self.tr("Change the state to {state}, dated with the date beside.").format(
                    state=label_for(DEVIATION_STATES, to_state)
                )
            )
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=to_state: self.move_requested.emit(s))
            self.transition_row.addWidget(button)
            self.transition_buttons[to_state] = button
