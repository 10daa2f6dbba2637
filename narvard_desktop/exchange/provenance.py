"""Where imported records came from, and which groups an upper level can show.

An imported record is marked with its source, e.g. "Borås, export 7,
2026-10-03": the owner, the sender's sequence number and the day the file
was made. When the file came through another level the sender is named too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from narvard_desktop.exchange.ledger import LedgerEntry, get_entry
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.store.schema import SYNCED_TABLES

_CTX = "Exchange"
LABEL_DIRECT = QT_TRANSLATE_NOOP("Exchange", "{owner}, export {sequence}, {date}")
LABEL_VIA = QT_TRANSLATE_NOOP("Exchange", "{owner}, via {sender} export {sequence}, {date}")
LABEL_KEY = QT_TRANSLATE_NOOP("Exchange", "signed with key {key}")


@dataclass(frozen=True)
class Provenance:
    owner_group_id: str
    owner_name: str
    ledger_id: str
    sender_group_id: str | None
    sender_name: str
    sequence: int | None
    export_date: str
    # The pinned key that signed the file the record came in (None before signing).
    sender_key: str | None = None

    @property
    def key_label(self) -> str:
        if not self.sender_key:
            return ""
        return translate(_CTX, LABEL_KEY).format(key=self.sender_key)

    def label(self) -> str:
        direct = self.sender_group_id == self.owner_group_id
        template = translate(_CTX, LABEL_DIRECT if direct else LABEL_VIA)
        text = template.format(
            owner=self.owner_name,
            sender=self.sender_name,
            sequence=self.sequence if self.sequence is not None else "?",
            date=self.export_date,
        )
        return f"{text}; {self.key_label}" if self.sender_key else text


class ProvenanceLookup:
    """Labels for many records at once (a list view), reading each ledger entry once."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._entries: dict[str, LedgerEntry | None] = {}
        self._group_names: dict[str, str] = {}

    def _entry(self, ledger_id: str) -> LedgerEntry | None:
        if ledger_id not in self._entries:
            self._entries[ledger_id] = get_entry(self.db, ledger_id)
        return self._entries[ledger_id]

    def _group_name(self, group_id: str) -> str:
        if group_id not in self._group_names:
            row = self.db.execute("SELECT name FROM groups WHERE id = ?", [group_id]).fetchone()
            self._group_names[group_id] = row[0] if row else group_id
        return self._group_names[group_id]

    def for_row(self, row: dict[str, Any]) -> Provenance | None:
        ledger_id = row.get("origin_import_id")
        if not ledger_id:
            return None
        entry = self._entry(ledger_id)
        if entry is None:
            return None
        made = entry.created_at or entry.occurred_at
        return Provenance(
            owner_group_id=row["group_id"],
            owner_name=self._group_name(row["group_id"]),
            ledger_id=ledger_id,
            sender_group_id=entry.sender_group_id,
            sender_name=entry.sender_name or "",
            sequence=entry.sequence,
            export_date=made[:10],
            sender_key=entry.sender_key,
        )

    def for_record(self, table: str, record_id: str) -> Provenance | None:
        if table not in SYNCED_TABLES:
            raise ValueError(f"not a synced table: {table}")
        row = self.db.execute(
            f"SELECT group_id, origin_import_id FROM {table} WHERE id = ?", [record_id]
        ).fetchone()
        if row is None:
            return None
        return self.for_row({"group_id": row[0], "origin_import_id": row[1]})


def provenance(db: Database, table: str, record_id: str) -> Provenance | None:
    """The source of one imported record, or None for the group's own records."""
    return ProvenanceLookup(db).for_record(table, record_id)


@dataclass(frozen=True)
class GroupChoice:
    id: str
    name: str
    level: str
    kommun_code: str | None
    delregion: str | None
    own: bool


def selectable_groups(db: Database, own_group_id: str | None) -> list[GroupChoice]:
    """The own group first, then every imported group by level and name, for an
    "all groups / one group / compare" selector."""
    rows = db.execute(
        "SELECT id, name, level, kommun_code, delregion FROM groups WHERE deleted = 0"
    ).fetchall()
    rank = {"lansgemensam": 0, "delregional": 1, "lokal": 2}
    choices = [
        GroupChoice(row[0], row[1], row[2], row[3], row[4], row[0] == own_group_id) for row in rows
    ]
    return sorted(choices, key=lambda c: (not c.own, rank.get(c.level, 3), c.name.casefold(), c.id))


def group_filter(selected: list[str] | None) -> tuple[str, list[Any]]:
    """A WHERE fragment and its parameters for "all groups" (None) or the chosen groups."""
    if not selected:
        return "1 = 1", []
    marks = ", ".join("?" * len(selected))
    return f"group_id IN ({marks})", list(selected)
