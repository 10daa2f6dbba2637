"""Deciding, record by record, what an import would do: the preview.

Single writer per record: only the owner changes a record. An incoming
record is new, an update (higher revision from the same owner), unchanged
(same or older revision), a conflict (the id belongs to another owner
here, or it claims to be this group's own record) or rejected (the sender
may not speak for its owner, or it refers to something that is missing).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from narvard_desktop.exchange.export import LEVEL_RANK
from narvard_desktop.exchange.file_failures import invalid_record
from narvard_desktop.exchange.ledger import LedgerEntry
from narvard_desktop.exchange.validate import Package
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.record_rules import RuleProblem
from narvard_desktop.store.schema import SYNCED_TABLES

NEW, UPDATED, UNCHANGED, CONFLICT, REJECTED = "new", "updated", "unchanged", "conflict", "rejected"
OUTCOMES = (NEW, UPDATED, UNCHANGED, CONFLICT, REJECTED)

NOTE_UNKNOWN_CATALOGUE_ENTRY = QT_TRANSLATE_NOOP(
    "Exchange",
    "Some organisations in the file are linked to organisation catalogue entries not "
    "received here. The links are kept; until the entries arrive these organisations are "
    "counted on their own, named with their group.",
)
WHY_OTHER_OWNER = QT_TRANSLATE_NOOP(
    "Exchange", "a record with the same id belongs to another group here"
)
WHY_OWN_RECORD = QT_TRANSLATE_NOOP(
    "Exchange", "the file changes this group's own record, which only this group may change"
)
WHY_NOT_SENDERS = QT_TRANSLATE_NOOP(
    "Exchange", "the sender may not pass on records of a group at its own level or above"
)
R_POINTS_AT_NOTHING = QT_TRANSLATE_NOOP(
    "RecordRules", "it refers to a record that is neither in the file nor here"
)
WHY_MISSING_REFERENCE = QT_TRANSLATE_NOOP(
    "Exchange", "it refers to a record that is neither in the file nor here"
)


@dataclass(frozen=True)
class Issue:
    table: str
    record_id: str
    owner_group_id: str
    reason: str


@dataclass
class ImportPreview:
    package: Package
    counts: dict[str, dict[str, int]]
    actions: dict[str, list[tuple[str, dict[str, Any]]]]
    conflicts: list[Issue] = field(default_factory=list)
    rejected: list[Issue] = field(default_factory=list)
    already_imported: LedgerEntry | None = None
    sequence_gaps: list[int] = field(default_factory=list)
    older_than_imported: bool = False
    notes: list[str] = field(default_factory=list)
    # The sender as its pinned key says it is (exchange.trust.TrustedSender).
    trusted: Any = None

    def totals(self) -> dict[str, int]:
        return {
            outcome: sum(row.get(outcome, 0) for row in self.counts.values())
            for outcome in OUTCOMES
        }

    def changes_anything(self) -> bool:
        totals = self.totals()
        return bool(totals[NEW] or totals[UPDATED])


def empty_counts(tables: Iterable[str]) -> dict[str, dict[str, int]]:
    return {table: dict.fromkeys(OUTCOMES, 0) for table in tables}


def _chunks(values: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def local_state(db: Database, table: str, ids: list[str]) -> dict[str, tuple[str, int]]:
    """Owner and revision of those ids that exist here."""
    found: dict[str, tuple[str, int]] = {}
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        for row in db.execute(
            f"SELECT id, group_id, revision FROM {table} WHERE id IN ({marks})", chunk
        ):
            found[row[0]] = (row[1], row[2])
    return found


def foreign_keys(db: Database, table: str) -> dict[str, str]:
    """Column -> table it refers to; every synced table refers to groups through group_id."""
    return {row[3]: row[2] for row in db.execute(f"PRAGMA foreign_key_list({table})")}


class _Availability:
    """Which ids a reference may point to once the import is applied."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.present: dict[str, set[str]] = {table: set() for table in SYNCED_TABLES}
        self.absent: dict[str, set[str]] = {table: set() for table in SYNCED_TABLES}

    def add(self, table: str, record_id: str) -> None:
        self.present[table].add(record_id)

    def has(self, table: str, record_id: str) -> bool:
        if record_id in self.present[table]:
            return True
        if record_id in self.absent[table]:
            return False
        exists = (
            self.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id]).fetchone()
            is not None
        )
        (self.present if exists else self.absent)[table].add(record_id)
        return exists


def plan_data_import(db: Database, own_group_id: str, package: Package) -> ImportPreview:
    sender = package.sender
    sender_rank = LEVEL_RANK[sender["level"]]
    allowed_owners = {sender["group_id"]} | {
        group["id"]
        for group in package.records.get("groups", [])
        if LEVEL_RANK[group["level"]] < sender_rank
    }
    counts = empty_counts(SYNCED_TABLES)
    actions: dict[str, list[tuple[str, dict[str, Any]]]] = {t: [] for t in SYNCED_TABLES}
    preview = ImportPreview(package, counts, actions)
    available = _Availability(db)
    rejected: dict[str, set[str]] = {table: set() for table in SYNCED_TABLES}

    for table in SYNCED_TABLES:
        records = package.records.get(table, [])
        local = local_state(db, table, [record["id"] for record in records])
        for record_id in local:
            available.add(table, record_id)
        references = foreign_keys(db, table)
        all_found = _references_all_found(available, table, references, records)
        for record in records:
            outcome, reason = _classify(record, local.get(record["id"]), own_group_id)
            if outcome in (NEW, UPDATED) and record["group_id"] not in allowed_owners:
                outcome, reason = REJECTED, WHY_NOT_SENDERS
            missing = (
                [
                    (column, target)
                    for column, target in references.items()
                    if record.get(column) not in (None, record["id"])
                    and not available.has(target, record[column])
                ]
                if outcome in (NEW, UPDATED) and not all_found
                else []
            )
            if missing:
                column, target = missing[0]
                if record[column] not in rejected[target]:
                    # Pointing at nothing at all is a file the program cannot use: refused
                    # whole, like a value that means nothing (a record that points at one
                    # rejected above only follows it out).
                    raise invalid_record(
                        package.path,
                        RuleProblem(table, record["id"], column, R_POINTS_AT_NOTHING, {}),
                    )
                outcome, reason = REJECTED, WHY_MISSING_REFERENCE
            if outcome == NEW:
                available.add(table, record["id"])
            counts[table][outcome] += 1
            actions[table].append((outcome, record))
            if outcome == CONFLICT:
                preview.conflicts.append(Issue(table, record["id"], record["group_id"], reason))
            elif outcome == REJECTED:
                rejected[table].add(record["id"])
                preview.rejected.append(Issue(table, record["id"], record["group_id"], reason))
    if _links_unknown_entries(db, actions["organisations"]):
        preview.notes.append(NOTE_UNKNOWN_CATALOGUE_ENTRY)
    return preview


def _references_all_found(
    available: _Availability,
    table: str,
    references: dict[str, str],
    records: list[dict[str, Any]],
) -> bool:
    """Whether every reference of every record points at a record already known (in the
    database or earlier in the file): then no record of the part misses one, and the
    part is not looked at record by record. A kind that refers to itself is."""
    if table in references.values():
        return False
    for column, target in references.items():
        wanted = {str(value) for record in records if (value := record.get(column)) is not None}
        if not all(available.has(target, value) for value in wanted):
            return False
    return True


def _links_unknown_entries(db: Database, actions: list[tuple[str, dict[str, Any]]]) -> bool:
    """Whether an organisation taken in is linked to a catalogue entry not received here.

    Such a link is kept as it is (the catalogue may simply be newer below); until the
    entry arrives the organisation is counted on its own, named with its group."""
    wanted = {
        record["catalogue_id"]
        for outcome, record in actions
        if outcome in (NEW, UPDATED) and record.get("catalogue_id")
    }
    if not wanted:
        return False
    known = {
        row[0]
        for row in db.execute(
            f"SELECT id FROM organisation_catalogue WHERE id IN ({', '.join('?' * len(wanted))})",
            sorted(wanted),
        )
    }
    return bool(wanted - known)


def _classify(
    record: dict[str, Any], local: tuple[str, int] | None, own_group_id: str
) -> tuple[str, str]:
    owner = record["group_id"]
    if local is None:
        return (CONFLICT, WHY_OWN_RECORD) if owner == own_group_id else (NEW, "")
    local_owner, local_revision = local
    if local_owner != owner:
        return CONFLICT, WHY_OTHER_OWNER
    if record["revision"] <= local_revision:
        # An older or equal copy (also of our own record) never overwrites.
        return UNCHANGED, ""
    if owner == own_group_id:
        return CONFLICT, WHY_OWN_RECORD
    return UPDATED, ""
