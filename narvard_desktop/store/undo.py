"""Undo for the everyday mistakes: the last status change, deletion or edit of this run.

Every write through `store/records.py` made inside `UndoJournal.step()` notes the values
it replaced. Undoing a step writes them back as a new revision (never by rewinding one),
so the correction travels upward in the next export like any other change. Only records
this group owns can be written at all; a record that changed since (an import, another
window) is left alone and the step is dropped with a plain sentence.

The journal is kept per database connection and lives as long as it: nothing of it is
stored, so a restart starts with nothing to undo.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from sqlite_utils import Database

from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP

Action = Literal["insert", "update", "delete"]

# Columns whose change alone makes a step a "status change".
STATUS_COLUMNS = frozenset({"status", "state", "done", "presence"})
# Columns that name a record for people, in the order they are tried.
NAME_COLUMNS = ("title", "name", "item", "what", "text")
MAX_STEPS = 50


@dataclass(frozen=True)
class UndoEntry:
    table: str
    record_id: str
    action: Action
    # The values the step replaced (update: the changed columns; delete: any edits before it).
    before: dict[str, Any] = field(default_factory=dict)
    # The revision the step left; undo refuses a record that has moved on since.
    revision_after: int = 0
    name: str = ""
    # The revision before the step (0 for a new record): after an undo the record is back
    # at that content, so an older step that left this revision may still be undone.
    revision_before: int = 0

    def merged_with(self, later: UndoEntry) -> UndoEntry:
        """One entry for two writes of the same record in one step: first values win."""
        action: Action = self.action
        if self.action == "update" and later.action == "delete":
            action = "delete"
        return replace(
            self,
            action=action,
            before={**later.before, **self.before},
            revision_after=later.revision_after,
            name=self.name or later.name,
            revision_before=self.revision_before,
        )


@dataclass(frozen=True)
class UndoStep:
    entries: tuple[UndoEntry, ...]
    # Names the step for as long as it can be undone: an "Ångra" offered beside what was
    # done (a deleted plan) undoes this step, and only while the journal still holds it.
    number: int = 0

    @property
    def main(self) -> UndoEntry:
        return self.entries[0]

    @property
    def kind(self) -> str:
        """'delete', 'insert', 'status' or 'edit': what the menu says it will undo."""
        main = self.main
        if main.action in ("delete", "insert"):
            return main.action
        if main.before and set(main.before) <= STATUS_COLUMNS:
            return "status"
        return "edit"


class UndoJournal:
    """The steps of one connection. Writes are noted inside `step()`, and, once `recording`
    is on (the window's connection), also between two `end_step` calls: the window ends a
    step each time it announces what was written, so a dialog that saves on its own is
    one step too.
    """

    def __init__(self) -> None:
        self._steps: list[UndoStep] = []
        self._open: list[UndoEntry] | None = None
        self._depth = 0
        self.recording = False
        self._loose: list[UndoEntry] = []
        self._numbered = 0
        # The number the step now open will have (0 when none is open).
        self.open_number = 0

    def _next_number(self) -> int:
        self._numbered += 1
        return self._numbered

    def _add(self, entries: list[UndoEntry], number: int = 0) -> None:
        self._steps.append(UndoStep(tuple(entries), number or self._next_number()))
        del self._steps[:-MAX_STEPS]

    @contextmanager
    def step(self, db: Database | None = None) -> Iterator[None]:
        """Note the writes made inside as one step; nested steps join the outer one.

        Given the connection, writes noted before it and not yet closed become their own
        (earlier) step first, so the steps stay in the order they were made.
        """
        if self._depth == 0:
            if db is not None:
                self.end_step(db)
            self._open = []
            self.open_number = self._next_number()
        self._depth += 1
        failed = False
        try:
            yield
        except BaseException:
            failed = True
            raise
        finally:
            self._depth -= 1
            if self._depth == 0:
                entries, self._open = self._open or [], None
                number, self.open_number = self.open_number, 0
                # A step that failed was rolled back by its transaction: nothing to undo.
                if entries and not failed:
                    self._add(entries, number)

    def note(self, entry: UndoEntry) -> None:
        target = self._open
        if target is None:
            if not self.recording:
                return
            target = self._loose
        for index, earlier in enumerate(target):
            if (earlier.table, earlier.record_id) == (entry.table, entry.record_id):
                target[index] = earlier.merged_with(entry)
                return
        target.append(entry)

    def end_step(self, db: Database) -> None:
        """Close the writes noted outside `step()` as one step.

        A write that failed was rolled back by its transaction; its entry no longer
        matches the record (or the record is gone) and is left out.
        """
        entries, self._loose = self._loose, []
        real = [entry for entry in entries if _still_as_written(db, entry)]
        if real:
            self._add(real)

    def last(self) -> UndoStep | None:
        return self._steps[-1] if self._steps else None

    def holds(self, number: int) -> bool:
        """Whether the step numbered `number` can still be undone."""
        return any(step.number == number for step in self._steps)

    def clear(self) -> None:
        self._steps.clear()

    def undo_last(self, db: Database, group_id: str) -> UndoStep | None:
        """Write the last step's earlier values back as new revisions; None if none is left."""
        self.end_step(db)
        if not self._steps:
            return None
        return self._undo_at(db, group_id, len(self._steps) - 1)

    def undo(self, db: Database, group_id: str, number: int) -> UndoStep | None:
        """Undo the step numbered `number` (Ctrl+Z's list loses it too); None when it is
        no longer held (already undone, or pushed out by later steps)."""
        self.end_step(db)
        for index, step in enumerate(self._steps):
            if step.number == number:
                return self._undo_at(db, group_id, index)
        return None

    def _undo_at(self, db: Database, group_id: str, index: int) -> UndoStep:
        from narvard_desktop.store.records import restore_values

        # Taken out first: a step that cannot be undone (changed since) is dropped.
        step = self._steps.pop(index)
        now_at: dict[tuple[str, str], tuple[int, int]] = {}
        with db.atomic():
            for entry in reversed(step.entries):
                revision = restore_values(db, entry, group_id)
                now_at[(entry.table, entry.record_id)] = (entry.revision_before, revision)
        self._steps = [
            UndoStep(tuple(_moved_on(entry, now_at) for entry in earlier.entries), earlier.number)
            for earlier in self._steps
        ]
        return step


def _still_as_written(db: Database, entry: UndoEntry) -> bool:
    row = db.execute(
        f"SELECT revision FROM {entry.table} WHERE id = ?", [entry.record_id]
    ).fetchone()
    return row is not None and row[0] == entry.revision_after


def _moved_on(entry: UndoEntry, now_at: dict[tuple[str, str], tuple[int, int]]) -> UndoEntry:
    found = now_at.get((entry.table, entry.record_id))
    if found is None or found[0] != entry.revision_after:
        return entry
    return replace(entry, revision_after=found[1])


_journals: weakref.WeakKeyDictionary[Database, UndoJournal] = weakref.WeakKeyDictionary()


def journal_for(db: Database) -> UndoJournal:
    journal = _journals.get(db)
    if journal is None:
        journal = _journals[db] = UndoJournal()
    return journal


def record_name(record: dict[str, Any]) -> str:
    for column in NAME_COLUMNS:
        value = record.get(column)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 40 else text[:39] + "…"
    return ""


def changed_since_error() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The record has changed since (for instance by an import), so it was not undone.",
        )
    )
