"""Planting text in every text column of every table, found from the schema itself.

Used by the end-to-end privacy tests: a distinct personnummer, written in every way the
detector knows (test_privacy_detector.FORMATS), goes into each column; the tests then
look for it in every output. Which columns take text is read with PRAGMA table_info;
only structure is left alone, by rule, not by a list of columns:
- ids and references (`id`, `*_id`, `*_ids`), dates and times (`*_date`, `*_at`,
  `*_start`, `*_end`, `*_on`, `*_time`, `period`), checksums, versions and keys;
- columns with a CHECK constraint (the database refuses anything but its codes);
- code columns (every value a lower- or upper-case code such as "lkm" or "A4");
- JSON values (a justerat meeting's frozen copy, reference lists) get the text in
  every string inside them that is not itself structure.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from test_privacy_detector import FORMATS, valid_number

from narvard_desktop.privacy import PERSONNUMMER, normalised_text
from narvard_desktop.record_kinds import is_kind
from narvard_desktop.record_rules import first_problem, text_limit

STRUCTURAL = re.compile(
    r"(^id$|_id$|_ids$|_at$|date$|_time$|_start$|_end$|_on$|checksum$|^period$|^version$|^key$"
    r"|^list_name$|^format$)"
)
CODE = re.compile(r"^[a-z0-9_]+$|^[A-Z0-9_]+$")
UUID_OR_DATE = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^\d{4}-\d\d(-\d\d)?([T ].*)?$"
    r"|^\d\d:\d\d$|^[0-9a-f]{64}$"
)
# Internal bookkeeping that no output carries.
# Signing keys and their log are bookkeeping; a key directory passes the gate when exported.
NOT_OUTPUT_TABLES = {
    "_sqlite_migrations",
    "settings",
    "exchange_ledger",
    "signing_keys",
    "key_log",
}
# The full-text search index: a local copy of the free texts planted in their own tables,
# read by the search box only (its tables are named search_*, FTS5 shadows included).
LOCAL_INDEX_PREFIX = "search_"
SEPARATORS = re.compile(r"\D")


def written_forms(born, yymmdd: str, last_four: str) -> list[str]:
    """The number in every format of the detector test (without its ⟦⟧ marks)."""
    return [
        write(born, yymmdd, last_four).replace("⟦", "").replace("⟧", "")
        for write in FORMATS.values()
    ]


def digits_of(text: str) -> str:
    """Only the digits of the text as the detector reads it (full-width ones included)."""
    return SEPARATORS.sub("", normalised_text(unicodedata.normalize("NFKC", text)))


@dataclass
class Planted:
    """What went where: the ten-digit core of each column's number."""

    cores: dict[tuple[str, str], str] = field(default_factory=dict)
    constrained: list[tuple[str, str]] = field(default_factory=list)
    # Tables without a row: nothing could be planted there (the tests require none).
    empty: list[str] = field(default_factory=list)

    def found_in(self, strings: list[str]) -> list[tuple[str, str]]:
        """The columns whose number is in any of `strings`, in any of its forms."""
        views = [digits_of(text) for text in strings if text]
        return [place for place, core in self.cores.items() if any(core in v for v in views)]


def _plant_json(value: Any, text: str, key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _plant_json(v, text, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [_plant_json(v, text, key) for v in value]
    if (
        isinstance(value, str)
        and value
        and not STRUCTURAL.search(key)
        and not CODE.match(value)
        and not UUID_OR_DATE.match(value)
    ):
        return f"{value} {text}"
    return value


def text_columns(db, table: str) -> list[str]:
    return [
        row[1]
        for row in db.execute(f"PRAGMA table_info([{table}])")
        if not row[2] or "TEXT" in row[2].upper()
    ]


def _breaks_rules(db, table: str, column: str) -> bool:
    """Whether a planted column holds a value the program's rules would never store."""
    if not is_kind(table):
        return False
    return any(
        first_problem(table, {column: row[0]}) is not None
        for row in db.execute(f"SELECT [{column}] FROM [{table}] WHERE [{column}] IS NOT NULL")
    )


def _fit(text: str, limit: int) -> str:
    forms = text.split(" · ")
    while len(forms) > 1 and len(" · ".join(forms)) > limit:
        forms.pop()
    return " · ".join(forms)[:limit]


def plant_everywhere(
    db, text_for: Callable[[str, str], tuple[str, str]], tables: list[str] | None = None
) -> Planted:
    """Put `text_for(table, column)` = (text, core) into every text column that takes text."""
    planted = Planted()
    names = tables or [
        row[0]
        for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    for table in names:
        if table in NOT_OUTPUT_TABLES or table.startswith(LOCAL_INDEX_PREFIX):
            continue
        if db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0] == 0:
            planted.empty.append(table)
            continue
        for column in text_columns(db, table):
            if STRUCTURAL.search(column):
                continue
            values = [
                row[0]
                for row in db.execute(
                    f"SELECT [{column}] FROM [{table}] WHERE [{column}] IS NOT NULL"
                )
            ]
            if values and all(isinstance(v, str) and CODE.match(v) for v in values):
                continue
            text, core = text_for(table, column)
            is_json = bool(values) and all(isinstance(v, str) and v[:1] in "[{" for v in values)
            try:
                db.execute("SAVEPOINT plant")
                if is_json:
                    for rowid, value in db.execute(
                        f"SELECT rowid, [{column}] FROM [{table}] WHERE [{column}] IS NOT NULL"
                    ).fetchall():
                        planted_value = _plant_json(json.loads(value), text)
                        db.execute(
                            f"UPDATE [{table}] SET [{column}] = ? WHERE rowid = ?",
                            [json.dumps(planted_value, ensure_ascii=False), rowid],
                        )
                else:
                    db.execute(
                        f"UPDATE [{table}] SET [{column}] = "
                        f"CASE WHEN COALESCE([{column}], '') = '' THEN ? "
                        f"ELSE [{column}] || ' ' || ? END",
                        [text, text],
                    )
                    if _breaks_rules(db, table, column):
                        # Too long for the field's limit: as many written forms as fit.
                        fitted = _fit(text, text_limit(column, table))
                        db.execute(f"UPDATE [{table}] SET [{column}] = ?", [fitted])
                if _breaks_rules(db, table, column):
                    raise sqlite3.IntegrityError("the program's rules refuse this value")
                db.execute("RELEASE plant")
                planted.cores[(table, column)] = core
            except sqlite3.DatabaseError:
                db.execute("ROLLBACK TO plant")
                db.execute("RELEASE plant")
                planted.constrained.append((table, column))
    db.conn.commit()
    return planted


def give_every_table_a_row(store) -> str:
    """Lock, reopen and lock again the first meeting, so the reopening log has a row and
    the frozen copy holds it, and receive a catalogue entry; the demo data fills every other
    table. The meeting's id."""
    from narvard_desktop.services import meetings as m

    meeting = store.db.execute("SELECT id FROM meetings ORDER BY meeting_date").fetchone()[0]
    m.lock_meeting(store, meeting)
    m.reopen_meeting(store, meeting, "Fel datum i § 3", "Sekreteraren")
    m.lock_meeting(store, meeting)
    # The organisation catalogue a group receives from above, as a template brings it.
    from narvard_desktop.services.organisation_catalogue import adopt_catalogue

    county = {"group_id": "00000000-0000-4000-8000-00000000c0de", "level": "lansgemensam"}
    entry = {"id": "ORG-DEMO1", "name": "Södra Älvsborgs sjukhus", "principal": "Regionen"}
    with store.db.atomic():
        adopt_catalogue(store.db, store.require_group_id(), county, [entry])
    return meeting


def numbers_for_every_column(seed: int = 11) -> Callable[[str, str], tuple[str, str]]:
    """A distinct valid personnummer per column, written in every format."""
    rng = random.Random(seed)
    used: set[str] = set()

    def text_for(_table: str, _column: str) -> tuple[str, str]:
        while True:
            born, yymmdd, last_four = valid_number(rng, rng.random() < 0.3)
            core = yymmdd + last_four
            if core not in used:
                used.add(core)
                return " · ".join(written_forms(born, yymmdd, last_four)), core

    return text_for


__all__ = [
    "PERSONNUMMER",
    "Planted",
    "digits_of",
    "give_every_table_a_row",
    "numbers_for_every_column",
    "plant_everywhere",
]
