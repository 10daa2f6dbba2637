"""Redigera → Ångra (Ctrl+Z): undo the last status change, deletion or edit of this run.

The journal itself is core (`store/undo.py`); this is the menu item that names what it
will undo ("Ångra statusändring", "Ångra borttagning av aktivitet ”…”") and is disabled
when there is nothing to undo. A text field with focus keeps Ctrl+Z for its own text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from narvard_desktop.record_kinds import kind_label
from narvard_desktop.store import Store
from narvard_desktop.store.changes import Changes
from narvard_desktop.store.undo import UndoStep, journal_for
from narvard_desktop.ui.kit.changes import hub_for, write
from narvard_desktop.ui.shell.shortcuts import LIST_NAME_PROPERTY


class UndoController(QObject):
    def __init__(self, window: QWidget, store: Store, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.journal = journal_for(store.db)
        # Every write of this window's connection from now on can be undone.
        self.journal.recording = True
        self.action = QAction(self.tr("&Undo"), window)
        self.action.setObjectName("undoAction")
        self.action.setProperty(LIST_NAME_PROPERTY, self.tr("Undo"))
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        if self.action.shortcut().isEmpty():
            self.action.setShortcut(QKeySequence("Ctrl+Z"))
        self.action.triggered.connect(self.undo)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.action)
        if first is not None:
            menu.insertSeparator(first)
        hub_for(store).published.connect(self._published)
        self.update_action()

    def describe(self, step: UndoStep) -> str:
        main = step.main
        what = kind_label(main.table, plural=False).lower()
        if main.name:
            what = self.tr("{kind} “{name}”").format(kind=what, name=main.name)
        kind = step.kind
        if kind == "status":
            return self.tr("&Undo status change")
        if kind == "delete":
            return self.tr("&Undo deleting {what}").format(what=what)
        if kind == "insert":
            return self.tr("&Undo adding {what}").format(what=what)
        return self.tr("&Undo changes to {what}").format(what=what)

    def update_action(self) -> None:
        step = self.journal.last()
        self.action.setEnabled(step is not None)
        self.action.setText(self.describe(step) if step is not None else self.tr("&Undo"))
        self.action.setStatusTip(self.action.text().replace("&", ""))

    def _published(self, _changes: Changes, _initiator: object) -> None:
        self.update_action()

    def undo(self) -> None:
        if self.journal.last() is None:
            return
        write(
            self.window,
            self.store,
            lambda: self.journal.undo_last(self.store.db, self.store.require_group_id()),
        )
        self.update_action()
