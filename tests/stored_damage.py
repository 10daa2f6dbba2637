"""Malformed values written straight into a database, as an old version might have left them."""

from __future__ import annotations

from narvard_desktop.record_rules import (
    CLOCK_TIME,
    DATE,
    ID_LIST,
    JSON_OBJECT,
    PERIOD,
    RULES,
    TIMESTAMP,
)
from narvard_desktop.services import meetings as m

BAD_VALUES = {
    DATE: "x",
    TIMESTAMP: "igår",
    CLOCK_TIME: "25:99",
    PERIOD: "Q5",
    ID_LIST: "{not json",
    JSON_OBJECT: "[1, 2",
}


def corrupt_every_third_row(store) -> int:
    """Write malformed values straight into the database, as an old version might have."""
    changed = 0
    for table, rules in RULES.items():
        for column, rule in rules.items():
            if rule.what not in BAD_VALUES:
                continue
            cursor = store.db.execute(
                f"UPDATE {table} SET {column} = ? WHERE rowid % 3 = 0 AND {column} IS NOT NULL",
                [BAD_VALUES[rule.what]],
            )
            changed += cursor.rowcount
    store.db.conn.commit()
    return changed


def damage_stored_values(demo_store) -> None:
    # Lock one meeting first, so the frozen protocol can be corrupted too.
    meeting = demo_store.db.execute(
        "SELECT id FROM meetings WHERE deleted = 0 ORDER BY meeting_date LIMIT 1"
    ).fetchone()[0]
    if not m.is_locked(m.get_meeting(demo_store, meeting)):
        m.lock_meeting(demo_store, meeting)
    demo_store.db.execute("UPDATE meetings SET locked_content = '{]' WHERE id = ?", [meeting])
    demo_store.db.execute("UPDATE deviations SET answered_date = 'x' WHERE rowid % 2 = 0")
    assert corrupt_every_third_row(demo_store) > 20
