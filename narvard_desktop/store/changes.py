"""What a unit of work wrote: the kinds of record (tables) and the ids it touched.

Every write notes itself here (store/records.py for synced records, the import's apply
step, group setup, settings and reference lists for the rest), so the program can tell
exactly the views that show those kinds to read again instead of reading everything.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Changes:
    """Kinds (table names) and record ids written; `everything` when no list would do.

    `everything` stands for writes too broad to list usefully: an import, demo data, a
    reference list sync or a change of the group's settings.
    """

    kinds: frozenset[str] = field(default_factory=frozenset)
    ids: frozenset[str] = field(default_factory=frozenset)
    everything: bool = False

    @classmethod
    def of(cls, *kinds: str, ids: Iterable[str] = ()) -> Changes:
        return cls(frozenset(kinds), frozenset(ids))

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def touches(self, *kinds: str) -> bool:
        """True when any of these kinds may have changed."""
        return self.everything or not self.kinds.isdisjoint(kinds)

    def touches_record(self, record_id: str) -> bool:
        return self.everything or record_id in self.ids

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds, self.ids | other.ids, self.everything or other.everything
        )

    def __bool__(self) -> bool:
        return self.everything or bool(self.kinds)


NO_CHANGES = Changes()


class ChangeRecorder:
    """Collects the notes of one database connection until someone takes them."""

    def __init__(self) -> None:
        self._kinds: set[str] = set()
        self._ids: set[str] = set()
        self._everything = False

    def note(self, kind: str, record_id: str | None = None) -> None:
        self._kinds.add(kind)
        if record_id is not None:
            self._ids.add(record_id)

    def note_everything(self) -> None:
        self._everything = True

    def pending(self) -> Changes:
        return Changes(frozenset(self._kinds), frozenset(self._ids), self._everything)

    def take(self) -> Changes:
        """What was noted since the last take; the recorder starts empty again."""
        changes = self.pending()
        self._kinds.clear()
        self._ids.clear()
        self._everything = False
        return changes


# Keyed by the connection rather than held by `Store`: the write functions receive a
# `Database`, and a connection belongs to one thread, so one recorder per connection is
# exactly one per unit of work's thread.
_recorders: weakref.WeakKeyDictionary[Database, ChangeRecorder] = weakref.WeakKeyDictionary()


def recorder_for(db: Database) -> ChangeRecorder:
    recorder = _recorders.get(db)
    if recorder is None:
        recorder = _recorders[db] = ChangeRecorder()
    return recorder


def note_change(db: Database, kind: str, record_id: str | None = None) -> None:
    recorder_for(db).note(kind, record_id)


def note_changes(db: Database, kind: str, record_ids: Iterable[str]) -> None:
    recorder = recorder_for(db)
    recorder.note(kind)
    for record_id in record_ids:
        recorder.note(kind, record_id)


def note_everything(db: Database) -> None:
    recorder_for(db).note_everything()
