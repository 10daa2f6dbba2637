"""One search over the group's records, served by the FTS5 index of migration 0007.

Every word the user types is matched as a word or the beginning of one ("hemg" finds
"hemgång"), all words in the same field. Å, ä and ö are letters of their own: "hemgang"
finds "hemgång" only when the caller asks to ignore diacritics. Soft-deleted records
are never found: the index drops them as they are deleted.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from narvard_desktop.record_kinds import field_label, free_text_fields, kind_label
from narvard_desktop.store import Store
from narvard_desktop.store.search_schema import SEARCHED_FIELDS_V1
from narvard_desktop.store.search_sync import sync_search_index

# The kinds the search covers, in the order results are grouped.
SEARCHED_KINDS: tuple[str, ...] = (
    "activities",
    "goals",
    "indicators",
    "deviations",
    "meetings",
    "agenda_items",
    "decisions",
    "action_items",
)

# Fields of record_kinds' free-text list that the index leaves out on purpose.
NOT_SEARCHED: dict[str, tuple[str, ...]] = {"meetings": ("locked_content",)}

DEFAULT_LIMIT = 50

# Parts of a meeting are told apart by the meeting's date: many meetings have a "§ 5".
_MEETING_DATE_OF_ITEM = (
    "(SELECT m.meeting_date FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id"
    " WHERE i.id = r.agenda_item_id)"
)

# The text a result is called by, per kind: a short SQL expression over the row `r`.
_TITLE_SQL: dict[str, str] = {
    "activities": "r.title",
    "goals": "r.title",
    "indicators": "r.name",
    "deviations": "COALESCE(NULLIF(r.external_ref, ''), r.reported_date) || ': '"
    " || substr(COALESCE(r.description, ''), 1, 80)",
    "meetings": "r.meeting_date || ' ' || COALESCE(r.title, '')",
    "agenda_items": "(SELECT m.meeting_date FROM meetings m WHERE m.id = r.meeting_id)"
    " || ': ' || r.title",
    "decisions": _MEETING_DATE_OF_ITEM + " || ': ' || substr(r.text, 1, 120)",
    "action_items": _MEETING_DATE_OF_ITEM + " || ': ' || substr(r.what, 1, 120)",
}


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: str
    title: str
    field: str

    def kind_label(self) -> str:
        return kind_label(self.kind)

    def field_label(self) -> str:
        return field_label(self.field, self.kind)

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def searched_fields(kind: str) -> tuple[str, ...]:
    """The fields of a kind the search looks in: its free texts, less those left out."""
    return tuple(f for f in free_text_fields(kind) if f not in NOT_SEARCHED.get(kind, ()))


# Letters a search that ignores diacritics treats as one (the index keeps them apart).
_SAME_LETTERS = {
    "a": "aåä",
    "å": "aåä",
    "ä": "aåä",
    "o": "oö",
    "ö": "oö",
    "e": "eé",
    "é": "eé",
    "u": "uü",
    "ü": "uü",
}
# A word with more spellings than this is searched as typed (and its first spellings).
MAX_SPELLINGS = 64
INDEX = "search_text"


def spellings(word: str) -> list[str]:
    """The ways a word may be written when å, ä, ö (and é, ü) count as a and o."""
    options = [_SAME_LETTERS.get(char, char) for char in word.casefold()]
    found = [word.casefold()]
    for combination in itertools.product(*options):
        spelled = "".join(combination)
        if spelled not in found:
            found.append(spelled)
        if len(found) >= MAX_SPELLINGS:
            break
    return found


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"*'


def match_expression(words: str | Iterable[str], ignore_diacritics: bool = False) -> str | None:
    """An FTS5 query for the user's words: each a quoted prefix; None when there are none.

    Quoting makes every character the user typed plain text (no FTS5 operators), and a
    word with a hyphen or a dot ("MCP-2026-77") becomes the phrase of its parts. Ignoring
    diacritics, each word is any of its spellings.
    """
    text = words if isinstance(words, str) else " ".join(words)
    terms = [w for w in text.split() if any(c.isalnum() for c in w)]
    if not terms:
        return None
    if not ignore_diacritics:
        return " ".join(_quoted(term) for term in terms)
    return " ".join(
        "(" + " OR ".join(_quoted(spelled) for spelled in spellings(term)) + ")" for term in terms
    )


def matching_ids_sql(store: Store, kind: str) -> str:
    """SQL selecting the ids of one kind's records that match a parameter `?` (a match
    expression): for a list's own free-text filter, as `id IN (…)`. Brings the index up
    to date first."""
    sync_search_index(store.db)
    return (
        f"SELECT e.record_id FROM {INDEX} f JOIN search_entries e ON e.rowid = f.rowid"
        f" WHERE {INDEX} MATCH ? AND e.kind = '{kind}'"
    )


def search(
    store: Store,
    words: str | Sequence[str],
    kinds: Iterable[str] | None = None,
    limit: int = DEFAULT_LIMIT,
    *,
    ignore_diacritics: bool = False,
    group_ids: Sequence[str] | None = None,
) -> list[SearchHit]:
    """The records whose fields hold all the words, newest first, one hit per record.

    `kinds` narrows to some of SEARCHED_KINDS; `group_ids` to records owned by those groups.
    """
    expression = match_expression(words, ignore_diacritics)
    if expression is None or limit <= 0:
        return []
    wanted = tuple(k for k in (kinds or SEARCHED_KINDS) if k in SEARCHED_KINDS)
    if not wanted:
        return []
    sync_search_index(store.db)
    index = INDEX
    clauses = [f"{index} MATCH ?", f"e.kind IN ({', '.join('?' * len(wanted))})"]
    params: list[Any] = [expression, *wanted]
    if group_ids is not None:
        clauses.append(f"e.group_id IN ({', '.join('?' * len(group_ids)) or 'NULL'})")
        params.extend(group_ids)
    # Newest indexed first (a record is indexed again when it changes), read in batches
    # straight from the index: ranking every match costs half a second on a common word
    # at county size. Several fields of one record may match: the first one found counts.
    sql = (
        f"SELECT e.kind, e.record_id, e.field FROM {index} f"
        " JOIN search_entries e ON e.rowid = f.rowid"
        f" WHERE {' AND '.join(clauses)} ORDER BY f.rowid DESC LIMIT ? OFFSET ?"
    )
    found: dict[str, tuple[str, str]] = {}
    batch, offset = max(limit * 3, 60), 0
    while len(found) < limit:
        rows = store.db.execute(sql, [*params, batch, offset]).fetchall()
        for kind, record_id, field in rows:
            if record_id not in found and len(found) < limit:
                found[record_id] = (kind, field)
        if len(rows) < batch:
            break
        offset += batch
    titles = _titles(store, [(kind, record_id) for record_id, (kind, _f) in found.items()])
    return [
        SearchHit(kind, record_id, titles.get(record_id, ""), field)
        for record_id, (kind, field) in found.items()
    ]


def _titles(store: Store, found: list[tuple[str, str]]) -> dict[str, str]:
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in found:
        by_kind.setdefault(kind, []).append(record_id)
    titles: dict[str, str] = {}
    for kind, ids in by_kind.items():
        marks = ", ".join("?" * len(ids))
        for record_id, title in store.db.execute(
            f"SELECT r.id, {_TITLE_SQL[kind]} FROM {kind} r WHERE r.id IN ({marks})", ids
        ):
            titles[record_id] = " ".join(str(title or "").split())
    return titles


def grouped(hits: Iterable[SearchHit]) -> list[tuple[str, list[SearchHit]]]:
    """Hits grouped by kind in SEARCHED_KINDS order, each group keeping the hits' order."""
    groups: dict[str, list[SearchHit]] = {kind: [] for kind in SEARCHED_KINDS}
    for hit in hits:
        groups.setdefault(hit.kind, []).append(hit)
    return [(kind, items) for kind, items in groups.items() if items]


def index_covers_record_kinds() -> bool:
    """Whether the index built by the migration covers exactly the searched fields."""
    return all(SEARCHED_FIELDS_V1.get(k) == searched_fields(k) for k in SEARCHED_KINDS) and set(
        SEARCHED_FIELDS_V1
    ) == set(SEARCHED_KINDS)
