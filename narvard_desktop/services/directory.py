"""The group's organisations and people, as choices for forms."""

from __future__ import annotations

from narvard_desktop.reference import swedish_sort_key
from narvard_desktop.store import Store

Choice = tuple[str, str]

_NAMED_TABLES = ("organisations", "people", "groups")


def _named(store: Store, table: str, own_only: bool) -> list[Choice]:
    sql = f"SELECT id, name FROM {table} WHERE deleted = 0"
    params: list[str] = []
    if own_only:
        sql += " AND group_id = ?"
        params.append(store.require_group_id())
    rows = store.db.execute(sql, params).fetchall()
    return sorted(((row[0], row[1]) for row in rows), key=lambda row: swedish_sort_key(row[1]))


def organisation_choices(store: Store, own_only: bool = False) -> list[Choice]:
    """(id, name) of live organisations in Swedish order; `own_only` for what the group may
    assign (only its own organisations can be responsible for its activities)."""
    return _named(store, "organisations", own_only)


def people_choices(store: Store, own_only: bool = True) -> list[Choice]:
    return _named(store, "people", own_only)


def name_of(store: Store, table: str, record_id: str) -> str:
    """The display name of an organisation, person or group; the id when it is unknown."""
    if table not in _NAMED_TABLES:
        raise ValueError(f"not a named table: {table}")
    row = store.db.execute(f"SELECT name FROM {table} WHERE id = ?", [record_id]).fetchone()
    return row[0] if row else record_id
