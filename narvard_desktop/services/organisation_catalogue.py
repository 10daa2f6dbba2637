"""The organisation catalogue: one register of real organisations across the levels.

A county (or a delregion) keeps the catalogue: each organisation once, with a stable id
that is generated once and never reused (entries are deactivated, never deleted), its
type, huvudman, kommun and optional HSA-id. The catalogue travels downward inside the
publisher's template packages; a group below keeps what it received (replaced entry by
entry, entries gone upstream become inactive) and a delregion passes it on with its own
entries added.

A group links each of its organisations to the entry it is (organisations.catalogue_id);
the id travels upward with the organisation, so an upper level counts "Södra Älvsborgs
sjukhus" once whichever kommun reported it. An organisation imported with an id this
level has not received is kept as it is and counted as unlinked (named with its group)
until the catalogue arrives.
"""

from __future__ import annotations

import base64
import difflib
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from narvard_desktop.errors import RecordNotFoundError, ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.record_rules import check_values, first_problem
from narvard_desktop.reference import swedish_sort_key
from narvard_desktop.services.register_checks import (
    NAME_LIMIT,
    choice,
    optional_text,
    required_text,
)
from narvard_desktop.store import Store
from narvard_desktop.store.changes import note_everything
from narvard_desktop.store.records import utc_now

TABLE = "organisation_catalogue"
# What an entry is, as it is published and received (publisher and time are local).
ENTRY_FIELDS = ("id", "name", "org_type", "principal", "kommun_code", "hsa_id", "active")
EDITABLE_FIELDS = ("name", "org_type", "principal", "kommun_code", "hsa_id", "active")
ID_PREFIX = "ORG-"
MAINTAINING_LEVELS = ("delregional", "lansgemensam")
# Names at least this alike (0–1) are proposed as the same organisation.
MATCH_THRESHOLD = 0.82

_NOT_HERE = QT_TRANSLATE_NOOP(
    "Errors", "Only a sub-regional or county-wide group keeps an organisation catalogue."
)
_NOT_OWN_ENTRY = QT_TRANSLATE_NOOP(
    "Errors",
    "{name} was received from another group's catalogue; only that group can change it.",
)
_UNKNOWN_ENTRY = QT_TRANSLATE_NOOP(
    "Errors", "There is no organisation {id} in the catalogue here; choose one from the list."
)
_INACTIVE_ENTRY = QT_TRANSLATE_NOOP(
    "Errors", "{name} is no longer active in the catalogue; choose another entry."
)
_ID_TAKEN = QT_TRANSLATE_NOOP("Errors", "The catalogue id {id} is already used by {name}.")


def can_maintain(store: Store) -> bool:
    """Whether this group keeps a catalogue of its own (sub-regional and county level)."""
    return (store.own_group() or {}).get("level") in MAINTAINING_LEVELS


def _require_maintainer(store: Store) -> dict[str, Any]:
    own = store.own_group() or {}
    if own.get("level") not in MAINTAINING_LEVELS:
        raise ValidationError(_NOT_HERE)
    return own


def new_catalogue_id(db: Database) -> str:
    """A fresh id such as ORG-7K2QH9XW4M: random, checked against every entry ever kept."""
    while True:
        text = base64.b32encode(uuid.uuid4().bytes).decode("ascii")
        candidate = ID_PREFIX + text[:10]
        if db.execute(f"SELECT 1 FROM {TABLE} WHERE id = ?", [candidate]).fetchone() is None:
            return candidate


def entry_values(store: Store, values: Mapping[str, Any]) -> dict[str, Any]:
    """Typed values checked: the name is required, codes must be known here."""
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"unknown catalogue fields: {sorted(unknown)}")
    checked: dict[str, Any] = {}
    reference = store.reference
    for key, value in values.items():
        if key == "name":
            checked[key] = required_text(value, key, TABLE, NAME_LIMIT)
        elif key == "active":
            checked[key] = 1 if value else 0
        else:
            text = optional_text(value, key, TABLE)
            checked[key] = text.upper() if key == "hsa_id" and text else text
    check_values(TABLE, checked)
    if checked.get("org_type"):
        codes = [row["code"] for row in reference.organisation_types()]
        checked["org_type"] = choice(checked["org_type"], "org_type", TABLE, codes)
    if checked.get("kommun_code") and reference.kommun(checked["kommun_code"]) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{code} is not one of the county's kommuner."),
            field="kommun_code",
            code=checked["kommun_code"],
        )
    return checked


def get_entry(store: Store, entry_id: str) -> dict[str, Any]:
    row = next(store.db.query(f"SELECT * FROM {TABLE} WHERE id = ?", [entry_id]), None)
    if row is None:
        raise RecordNotFoundError(record_id=entry_id)
    return dict(row)


def add_entry(store: Store, name: str, *, entry_id: str | None = None, **values: Any) -> str:
    """A new entry kept by this group; its id is generated unless a register gives one."""
    own = _require_maintainer(store)
    checked = entry_values(store, {"name": name, **values})
    db = store.db
    if entry_id is None:
        entry_id = new_catalogue_id(db)
    else:
        check_values(TABLE, {"id": entry_id})
        taken = db.execute(f"SELECT name FROM {TABLE} WHERE id = ?", [entry_id]).fetchone()
        if taken is not None:
            raise ValidationError(_ID_TAKEN, field="id", id=entry_id, name=taken[0])
    row = {
        "id": entry_id,
        "active": 1,
        **checked,
        "publisher_group_id": own["id"],
        "publisher_level": own["level"],
        "updated_at": utc_now(),
    }
    with db.atomic():
        db.table(TABLE).insert(row)
    note_everything(db)
    return entry_id


def update_entry(store: Store, entry_id: str, **changes: Any) -> None:
    """Change an entry this group keeps; received entries are read-only here."""
    own = _require_maintainer(store)
    entry = get_entry(store, entry_id)
    if entry["publisher_group_id"] != own["id"]:
        raise ValidationError(_NOT_OWN_ENTRY, name=entry["name"])
    checked = entry_values(store, changes)
    with store.db.atomic():
        store.db.table(TABLE).update(entry_id, {**checked, "updated_at": utc_now()})
    note_everything(store.db)


def deactivate_entry(store: Store, entry_id: str) -> None:
    update_entry(store, entry_id, active=False)


def list_entries(
    store: Store,
    *,
    include_inactive: bool = True,
    kommun_first: str | None = None,
    search: str = "",
) -> list[dict[str, Any]]:
    """The catalogue: active first, the given kommun's entries next, then by name."""
    sql = f"SELECT * FROM {TABLE}"
    if not include_inactive:
        sql += " WHERE active = 1"
    own = store.own_group_id
    reference = store.reference
    types = {row["code"]: row["name"] for row in reference.organisation_types()}
    kommuner = {kommun.code: kommun.name for kommun in reference.kommuner()}
    groups = publisher_names(store.db)
    needle = search.strip().casefold()
    rows = []
    for row in map(dict, store.db.query(sql)):
        row["own"] = row["publisher_group_id"] == own
        row["type_name"] = types.get(row["org_type"] or "", row["org_type"] or "")
        row["kommun_name"] = kommuner.get(row["kommun_code"] or "", row["kommun_code"] or "")
        row["principal_shown"] = row["principal"] or reference.principal_of(row["org_type"] or "")
        row["publisher_name"] = groups.get(row["publisher_group_id"], "")
        if needle and not any(
            needle in str(row.get(key) or "").casefold()
            for key in ("name", "id", "hsa_id", "kommun_name", "type_name")
        ):
            continue
        rows.append(row)
    return sorted(
        rows,
        key=lambda row: (
            -row["active"],
            not (kommun_first and row["kommun_code"] == kommun_first),
            swedish_sort_key(row["name"]),
        ),
    )


def publisher_names(db: Database) -> dict[str, str]:
    """Group names by id: the groups' records here, else the name their pinned key carries
    (a county's own group record never travels down, its key does)."""
    names = {
        str(row[0]): str(row[1])
        for row in db.execute("SELECT group_id, name FROM signing_keys WHERE name IS NOT NULL")
    }
    names.update((str(row[0]), str(row[1])) for row in db.execute("SELECT id, name FROM groups"))
    return names


def linked_counts(store: Store) -> dict[str, int]:
    """How many live organisations (any group's) are linked to each entry."""
    return dict(
        store.db.execute(
            "SELECT catalogue_id, COUNT(*) FROM organisations"
            " WHERE deleted = 0 AND catalogue_id IS NOT NULL GROUP BY 1"
        ).fetchall()
    )


def check_link(store: Store, catalogue_id: str | None) -> str | None:
    """The id to store on an organisation: a known, active entry (or None to unlink)."""
    if not catalogue_id:
        return None
    check_values("organisations", {"catalogue_id": catalogue_id})
    row = store.db.execute(
        f"SELECT name, active FROM {TABLE} WHERE id = ?", [catalogue_id]
    ).fetchone()
    if row is None:
        raise ValidationError(_UNKNOWN_ENTRY, field="catalogue_id", id=catalogue_id)
    if not row[1]:
        raise ValidationError(_INACTIVE_ENTRY, field="catalogue_id", name=row[0])
    return catalogue_id


def entry_from_organisation(store: Store, organisation_id: str) -> str:
    """Add an organisation seen in a group's data (own or from below) to the catalogue."""
    row = next(
        store.db.query(
            "SELECT name, org_type, principal, kommun_code FROM organisations"
            " WHERE id = ? AND deleted = 0",
            [organisation_id],
        ),
        None,
    )
    if row is None:
        raise RecordNotFoundError(record_id=organisation_id)
    kommun = row["kommun_code"] if store.reference.kommun(row["kommun_code"] or "") else None
    return add_entry(
        store,
        row["name"],
        org_type=row["org_type"],
        principal=row["principal"],
        kommun_code=kommun,
    )


# ---------------------------------------------------------------- matching names


_NOISE = re.compile(r"[^\w]+")


def name_key(name: str) -> str:
    """A name as compared: lower case, punctuation and extra spaces gone."""
    return " ".join(_NOISE.sub(" ", name.casefold()).split())


def similarity(first: str, second: str) -> float:
    return difflib.SequenceMatcher(None, name_key(first), name_key(second)).ratio()


@dataclass(frozen=True)
class LinkProposal:
    organisation_id: str
    organisation_name: str
    entry_id: str | None
    entry_name: str
    score: float


def best_entry(
    name: str, kommun_code: str | None, entries: Iterable[Mapping[str, Any]]
) -> tuple[Mapping[str, Any] | None, float]:
    """The active entry most like `name` (same kommun wins a tie), and how alike."""
    best: Mapping[str, Any] | None = None
    best_score = 0.0
    for entry in entries:
        if not entry["active"]:
            continue
        score = similarity(name, entry["name"])
        if kommun_code and entry["kommun_code"] == kommun_code:
            score += 0.001
        if score > best_score:
            best, best_score = entry, score
    return best, min(best_score, 1.0)


def propose_links(store: Store) -> list[LinkProposal]:
    """Each unlinked own organisation with the entry its name matches best, if any."""
    group_id = store.require_group_id()
    entries = list_entries(store, include_inactive=False)
    own_kommun = (store.own_group() or {}).get("kommun_code")
    proposals = []
    for row in store.db.query(
        "SELECT id, name, kommun_code FROM organisations WHERE group_id = ? AND deleted = 0"
        " AND active = 1 AND catalogue_id IS NULL ORDER BY name",
        [group_id],
    ):
        entry, score = best_entry(row["name"], row["kommun_code"] or own_kommun, entries)
        matched = entry is not None and score >= MATCH_THRESHOLD
        proposals.append(
            LinkProposal(
                row["id"],
                row["name"],
                str(entry["id"]) if matched and entry else None,
                str(entry["name"]) if matched and entry else "",
                score if matched else 0.0,
            )
        )
    return proposals


def link_organisations(store: Store, links: Mapping[str, str | None]) -> int:
    """Link (or with None unlink) several own organisations at once, in one transaction."""
    from narvard_desktop.services.organisations import update_organisation

    changed = 0
    with store.db.atomic():
        for organisation_id, catalogue_id in links.items():
            update_organisation(store, organisation_id, catalogue_id=catalogue_id)
            changed += 1
    return changed


# ---------------------------------------------------------------- travelling downward


def catalogue_payload(db: Database) -> list[dict[str, Any]]:
    """Every entry known here (own and received, inactive too), as a template carries it."""
    names = ", ".join(ENTRY_FIELDS)
    return [
        dict(zip(ENTRY_FIELDS, row, strict=True))
        for row in db.execute(f"SELECT {names} FROM {TABLE} ORDER BY id")
    ]


def entry_problem(entry: Mapping[str, Any]) -> Any:
    """The first value of a received entry that breaks the rules (a RuleProblem), or None."""
    return first_problem(TABLE, entry)


NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"


def plan_catalogue(db: Database, entries: list[dict[str, Any]]) -> dict[str, int]:
    """What receiving these entries would do: new, updated or unchanged, per entry."""
    counts = {NEW: 0, UPDATED: 0, UNCHANGED: 0}
    for entry in usable_entries(entries):
        stored = next(db.query(f"SELECT * FROM {TABLE} WHERE id = ?", [entry["id"]]), None)
        if stored is None:
            counts[NEW] += 1
        elif any(stored.get(key) != entry.get(key) for key in ENTRY_FIELDS):
            counts[UPDATED] += 1
        else:
            counts[UNCHANGED] += 1
    return counts


def usable_entries(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entries whose name reached us (a name the sender's privacy gate withheld is empty)."""
    usable = []
    for entry in entries:
        if not str(entry.get("name") or "").strip():
            continue
        usable.append(
            {
                key: (entry.get(key) or None) if key != "active" else int(entry.get("active", 1))
                for key in ENTRY_FIELDS
            }
        )
    return usable


def adopt_catalogue(
    db: Database, own_group_id: str, sender: Mapping[str, Any], entries: list[dict[str, Any]]
) -> None:
    """Keep the catalogue a template from above carries; the caller holds the transaction.

    `sender` is the pinned sender (group id and level from its key, never from the file).
    Entries are replaced by id; an entry this sender gave before and no longer sends
    becomes inactive; entries kept by this group itself are never overwritten; links of
    organisations are never touched.
    """
    now = utc_now()
    received = usable_entries(entries)
    sent_ids = {entry["id"] for entry in received}
    for entry in received:
        stored = db.execute(
            f"SELECT publisher_group_id FROM {TABLE} WHERE id = ?", [entry["id"]]
        ).fetchone()
        if stored is not None and stored[0] == own_group_id:
            continue
        row = {
            **entry,
            "publisher_group_id": sender["group_id"],
            "publisher_level": sender["level"],
            "updated_at": now,
        }
        db.table(TABLE).upsert(row, pk="id")
    gone = [
        row[0]
        for row in db.execute(
            f"SELECT id FROM {TABLE} WHERE publisher_group_id = ? AND active = 1",
            [sender["group_id"]],
        )
        if row[0] not in sent_ids
    ]
    for entry_id in gone:
        db.execute(f"UPDATE {TABLE} SET active = 0, updated_at = ? WHERE id = ?", [now, entry_id])


def add_from_catalogue(store: Store, entry_ids: Iterable[str]) -> list[str]:
    """New organisations of this group made from catalogue entries, linked to them.

    An entry that one of the group's organisations is already linked to is skipped."""
    from narvard_desktop.services.organisations import add_organisation

    group_id = store.require_group_id()
    linked = {
        row[0]
        for row in store.db.execute(
            "SELECT catalogue_id FROM organisations WHERE group_id = ? AND deleted = 0"
            " AND catalogue_id IS NOT NULL",
            [group_id],
        )
    }
    types = {row["code"] for row in store.reference.organisation_types()}
    created = []
    with store.db.atomic():
        for entry_id in entry_ids:
            if entry_id in linked:
                continue
            entry = get_entry(store, entry_id)
            kommun = (
                entry["kommun_code"] if store.reference.kommun(entry["kommun_code"] or "") else None
            )
            created.append(
                add_organisation(
                    store,
                    entry["name"],
                    org_type=entry["org_type"] if entry["org_type"] in types else None,
                    kommun_code=kommun,
                    principal=entry["principal"],
                    catalogue_id=entry_id,
                )
            )
            linked.add(entry_id)
    return created
