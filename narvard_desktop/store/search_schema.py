"""The full-text index as migration 0007 built it: an FTS5 table and the triggers that feed it.

One row of `search_entries` per (record, free-text field) that holds text; the FTS5
table `search_text` indexes the same rows under the same rowid with `unicode61
remove_diacritics 0`: case is folded but å, ä and ö stay letters of their own, so
"hemgang" does not find "hemgång". A search that asks to ignore them spells its words
every way instead (services/search.py), so one index serves both.

Triggers on the source tables note every write in `search_pending`, whatever wrote it
(the record functions, an import's batched SQL, demo data); `store/search_sync.py`
brings the index up to date from that list in a few set-based statements before every
search, so a search always sees the last write and a soft-deleted record leaves the
index. The migration marks every record already there, so the first search indexes them.

This module belongs to a shipped migration: never change what it creates; a later change
to the index is a new migration. `SEARCHED_FIELDS_V1` is the list of searched kinds and
fields at that time; `services/search.py` holds it equal to `record_kinds.py` in a test.
"""

from __future__ import annotations

from sqlite_utils import Database

# Kind (table) → the free-text fields searched, as `record_kinds.free_text_fields` named
# them when the index was made. A meeting's locked_content is left out: it is the frozen
# copy of the protocol's own agenda items and decisions, which are indexed themselves.
SEARCHED_FIELDS_V1: dict[str, tuple[str, ...]] = {
    "meetings": ("title", "place"),
    "agenda_items": ("title", "notes"),
    "goals": ("title", "description"),
    "indicators": ("name", "definition", "unit", "source"),
    "activities": ("title", "description"),
    "deviations": (
        "description",
        "immediate_actions",
        "suggested_improvement",
        "answer_cause",
        "answer_measures",
        "answer_follow_up",
        "external_ref",
    ),
    "decisions": ("text",),
    "action_items": ("what", "who"),
}

_ENTRIES = """
    CREATE TABLE search_entries (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        group_id TEXT NOT NULL,
        UNIQUE (record_id, field)
    ) STRICT
"""
# Records written since the index was last brought up to date (see `sync_search_index`).
_PENDING = """
    CREATE TABLE search_pending (
        record_id TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL
    ) STRICT, WITHOUT ROWID
"""

# prefix='2 3' keeps short prefix queries ("he*", "hem*") off a full scan of the terms.
_FTS = "CREATE VIRTUAL TABLE {name} USING fts5(body, tokenize='{tokenizer}', prefix='2 3')"
FTS_TABLES = {"search_text": "unicode61 remove_diacritics 0"}


def _triggers(table: str, fields: tuple[str, ...]) -> list[str]:
    """A write only notes the record as pending: FTS5 written row by row inside a trigger
    flushes its buffer at every statement and costs ten times the set-based catch-up."""
    watched = ", ".join((*fields, "deleted", "group_id"))
    note = "INSERT OR IGNORE INTO search_pending (record_id, kind) VALUES ({row}.id, '{table}')"
    return [
        f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN "
        f"{note.format(row='NEW', table=table)}; END",
        f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {watched} ON {table} BEGIN "
        f"{note.format(row='NEW', table=table)}; END",
        f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN "
        f"{note.format(row='OLD', table=table)}; END",
    ]


def create_search_index_v1(db: Database) -> None:
    """Create the index and its triggers, and mark every record already there to be indexed."""
    db.execute(_ENTRIES)
    db.execute(_PENDING)
    for name, tokenizer in FTS_TABLES.items():
        db.execute(_FTS.format(name=name, tokenizer=tokenizer))
    for table, fields in SEARCHED_FIELDS_V1.items():
        db.execute(
            f"INSERT OR IGNORE INTO search_pending (record_id, kind) SELECT id, '{table}' FROM {table}"
        )
        for statement in _triggers(table, fields):
            db.execute(statement)
