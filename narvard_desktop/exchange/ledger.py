"""The exchange ledger: every export written and every import applied, with its counts.

The ledger row's `counts` column holds JSON: {"kind": "data"|"template",
"created_at": <export time>, "tables": {...}} so that the kind of package
and the time the sender made it are kept without a schema change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from narvard_desktop.store.changes import note_change

if TYPE_CHECKING:
    from sqlite_utils import Database

    from narvard_desktop.store.reading import ReadsSql

DIRECTION_IMPORT = "import"
DIRECTION_EXPORT = "export"
OUTCOME_EXPORTED = "exported"
OUTCOME_IMPORTED = "imported"

SEQUENCE_SETTING = "exchange.export_sequence.{kind}"


@dataclass
class LedgerEntry:
    id: str
    direction: str
    occurred_at: str
    file_name: str | None
    file_checksum: str
    export_id: str | None
    sender_group_id: str | None
    sender_name: str | None
    sender_level: str | None
    sequence: int | None
    outcome: str
    message: str | None
    kind: str = "data"
    created_at: str | None = None
    tables: dict[str, Any] = field(default_factory=dict)
    # Fingerprint of the pinned key that signed an imported file.
    sender_key: str | None = None

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


_COLUMNS = (
    "id, direction, occurred_at, file_name, file_checksum, export_id, sender_group_id,"
    " sender_name, sender_level, sequence, counts, outcome, message"
)
_READ_COLUMNS = f"{_COLUMNS}, sender_key"


def _entry(row: tuple[Any, ...]) -> LedgerEntry:
    (entry_id, direction, occurred_at, file_name, checksum, export_id, sender_id,
     sender_name, sender_level, sequence, counts, outcome, message, sender_key) = row  # fmt: skip
    try:
        meta = json.loads(counts or "{}")
    except ValueError:
        meta = {}
    if not isinstance(meta, dict):
        meta = {}
    return LedgerEntry(
        id=entry_id,
        direction=direction,
        occurred_at=occurred_at,
        file_name=file_name,
        file_checksum=checksum,
        export_id=export_id,
        sender_group_id=sender_id,
        sender_name=sender_name,
        sender_level=sender_level,
        sequence=sequence,
        outcome=outcome,
        message=message,
        kind=str(meta.get("kind", "data")),
        created_at=meta.get("created_at"),
        tables=meta.get("tables", {}) if isinstance(meta.get("tables"), dict) else {},
        sender_key=sender_key,
    )


def record_entry(
    db: Database,
    *,
    direction: str,
    file_name: str | None,
    file_checksum: str,
    export_id: str | None,
    sender: dict[str, Any],
    sequence: int | None,
    kind: str,
    created_at: str | None,
    tables: dict[str, Any],
    outcome: str,
    message: str | None = None,
    entry_id: str | None = None,
) -> str:
    from narvard_desktop.store.records import new_id, utc_now

    entry_id = entry_id or new_id()
    db.execute(
        f"INSERT INTO exchange_ledger ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            entry_id,
            direction,
            utc_now(),
            file_name,
            file_checksum,
            export_id,
            sender.get("group_id"),
            sender.get("name"),
            sender.get("level"),
            sequence,
            json.dumps(
                {"kind": kind, "created_at": created_at, "tables": tables}, ensure_ascii=False
            ),
            outcome,
            message,
        ],
    )
    note_change(db, "exchange_ledger", entry_id)
    return entry_id


def update_tables(db: Database, entry_id: str, tables: dict[str, Any]) -> None:
    row = db.execute("SELECT counts FROM exchange_ledger WHERE id = ?", [entry_id]).fetchone()
    meta = json.loads(row[0]) if row else {}
    meta["tables"] = tables
    db.execute(
        "UPDATE exchange_ledger SET counts = ? WHERE id = ?",
        [json.dumps(meta, ensure_ascii=False), entry_id],
    )
    note_change(db, "exchange_ledger", entry_id)


def list_entries(db: ReadsSql) -> list[LedgerEntry]:
    return [
        _entry(row)
        for row in db.execute(
            f"SELECT {_READ_COLUMNS} FROM exchange_ledger ORDER BY occurred_at DESC, rowid DESC"
        )
    ]


def get_entry(db: Database, entry_id: str) -> LedgerEntry | None:
    row = db.execute(
        f"SELECT {_READ_COLUMNS} FROM exchange_ledger WHERE id = ?", [entry_id]
    ).fetchone()
    return _entry(row) if row else None


def find_previous_import(
    db: Database, file_checksum: str, sender_group_id: str, export_id: str
) -> LedgerEntry | None:
    """The import of this very file, or of another copy of the same export."""
    row = db.execute(
        f"SELECT {_READ_COLUMNS} FROM exchange_ledger WHERE direction = 'import'"
        " AND outcome = 'imported' AND (file_checksum = ?"
        " OR (sender_group_id = ? AND export_id = ?)) ORDER BY rowid LIMIT 1",
        [file_checksum, sender_group_id, export_id],
    ).fetchone()
    return _entry(row) if row else None


def imported_sequences(db: Database, sender_group_id: str, kind: str) -> set[int]:
    return {
        row[0]
        for row in db.execute(
            "SELECT sequence FROM exchange_ledger WHERE direction = 'import'"
            " AND outcome = 'imported' AND sender_group_id = ? AND sequence IS NOT NULL"
            " AND coalesce(json_extract(counts, '$.kind'), 'data') = ?",
            [sender_group_id, kind],
        )
    }


def sequence_gaps(seen: set[int], incoming: int) -> list[int]:
    """Sequence numbers missing between the earliest file seen and this one.

    The first file ever seen from a sender sets the start: a receiver that
    joins late is not told about exports made before it existed.
    """
    if not seen:
        return []
    everything = seen | {incoming}
    return sorted(set(range(min(everything), max(everything) + 1)) - everything)


def next_export_sequence(db: Database, kind: str) -> int:
    """One more than any export of this kind made from this data folder."""
    setting = db.execute(
        "SELECT value FROM settings WHERE key = ?", [SEQUENCE_SETTING.format(kind=kind)]
    ).fetchone()
    from_setting = int(setting[0]) if setting and str(setting[0]).isdigit() else 0
    from_ledger = db.execute(
        "SELECT max(sequence) FROM exchange_ledger WHERE direction = 'export'"
        " AND coalesce(json_extract(counts, '$.kind'), 'data') = ?",
        [kind],
    ).fetchone()[0]
    return max(from_setting, from_ledger or 0) + 1


def remember_export_sequence(db: Database, kind: str, sequence: int) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [SEQUENCE_SETTING.format(kind=kind), str(sequence)],
    )
    note_change(db, "settings")
