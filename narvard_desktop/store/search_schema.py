"""The full-text index as migration 0007 built it: FTS5 tables kept current by triggers.

One row of `search_entries` per (record, free-text field) that holds text; two FTS5
tables index the same rows under the same rowid:

- `search_exact` with `unicode61 remove_diacritics 0`: case is folded but å, ä and ö stay
  letters of their own, so "hemgang" does not find "hemgång";
- `search_folded` with `remove_diacritics 2`: for a search that asks to ignore them.

Triggers on the source tables keep all three current for every write, whatever wrote it
(the record functions, an import's batched SQL, demo data), and a soft-deleted record
leaves the index. The migration fills the index from the data already there.

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

# prefix='2 3' keeps short prefix queries ("he*", "hem*") off a full scan of the terms.
_FTS = "CREATE VIRTUAL TABLE {name} USING fts5(body, tokenize='{tokenizer}', prefix='2 3')"
_TOKENIZERS = {
    "search_exact": "unicode61 remove_diacritics 0",
    "search_folded": "unicode61 remove_diacritics 2",
}


def _add_statements(table: str, field: str, row: str) -> list[str]:
    """Statements that index one field of the row called `row` (NEW, or the table itself)."""
    where = f"{row}.deleted = 0 AND {row}.{field} IS NOT NULL AND {row}.{field} <> ''"
    source = "" if row == "NEW" else f" FROM {table} {row}"
    statements = [
        "INSERT INTO search_entries (kind, record_id, field, group_id)"
        f" SELECT '{table}', {row}.id, '{field}', {row}.group_id{source} WHERE {where}"
    ]
    for fts in _TOKENIZERS:
        statements.append(
            f"INSERT INTO {fts} (rowid, body)"
            f" SELECT e.rowid, {row}.{field}{source or ''}"
            f" {'JOIN' if source else 'FROM'} search_entries e"
            f"{' ON' if source else ' WHERE'} e.record_id = {row}.id AND e.field = '{field}'"
            f" {'WHERE' if source else 'AND'} {where}"
        )
    return statements


def _remove_statements(record: str) -> list[str]:
    """Statements that drop every indexed field of one record (OLD.id)."""
    chosen = f"SELECT rowid FROM search_entries WHERE record_id = {record}"
    return [
        *(f"DELETE FROM {fts} WHERE rowid IN ({chosen})" for fts in _TOKENIZERS),
        f"DELETE FROM search_entries WHERE record_id = {record}",
    ]


def _triggers(table: str, fields: tuple[str, ...]) -> list[str]:
    add = [s for field in fields for s in _add_statements(table, field, "NEW")]
    remove = _remove_statements("OLD.id")
    watched = ", ".join((*fields, "deleted", "group_id"))
    return [
        f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN "
        + "; ".join(add)
        + "; END",
        f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {watched} ON {table} BEGIN "
        + "; ".join([*remove, *add])
        + "; END",
        f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN "
        + "; ".join(remove)
        + "; END",
    ]


def create_search_index_v1(db: Database) -> None:
    """Create the index and its triggers, and index every record already there."""
    db.execute(_ENTRIES)
    for name, tokenizer in _TOKENIZERS.items():
        db.execute(_FTS.format(name=name, tokenizer=tokenizer))
    for table, fields in SEARCHED_FIELDS_V1.items():
        for field in fields:
            for statement in _add_statements(table, field, "t"):
                db.execute(statement)
        for statement in _triggers(table, fields):
            db.execute(statement)
