"""The `.narvard` file format: names, limits and the shape of records per table.

A package is a zip holding `manifest.json` and one JSON Lines part per
synced table (in SYNCED_TABLES order); a template package also holds
`reference.json` with reference lists. The manifest carries a SHA-256 per
part, so any change after export is detected before anything is imported.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from narvard_desktop.store.schema import SYNCED_TABLES

FORMAT_NAME = "narvard-exchange"
FORMAT_VERSION = 1
FILE_SUFFIX = ".narvard"
MANIFEST_NAME = "manifest.json"
REFERENCE_NAME = "reference.json"
# The sender's Ed25519 signature over the manifest's exact bytes (which hold every
# part's SHA-256), so a changed part or manifest no longer matches the sender's key.
SIGNATURE_NAME = "signature.json"
SIGNATURE_ALGORITHM = "ed25519"
MAX_SIGNATURE_BYTES = 4096
PART_PREFIX = "parts/"

KIND_DATA = "data"
KIND_TEMPLATE = "template"
PACKAGE_KINDS = (KIND_DATA, KIND_TEMPLATE)

# Limits against zip bombs and absurd files: declared sizes are capped and each member
# must unpack to exactly its declared size (a ratio alone would refuse long texts). A county export of 49 kommuner
# holds a few hundred thousand records: some tens of megabytes.
MAX_MEMBERS = 64
MAX_MANIFEST_BYTES = 1 << 20
MAX_TOTAL_UNCOMPRESSED = 1 << 30

# Local bookkeeping that never leaves the machine.
LOCAL_ONLY_COLUMNS = ("origin_import_id",)
REQUIRED_BOOKKEEPING = ("id", "group_id", "created_at", "updated_at", "revision", "deleted")

# Tables a template package may carry, and what a template carries of them.
TEMPLATE_TABLES = ("groups", "action_plans", "goals", "indicators", "activities")
TEMPLATE_REFERENCE_LISTS = ("avvikelsekategorier", "organisationstyper")
# The organisation catalogue travels in `reference.json` beside the lists, under this key.
CATALOGUE_PART_KEY = "organisation_catalogue"
CATALOGUE_TABLE = "organisation_catalogue"
CATALOGUE_ENTRY_FIELDS = (
    "id",
    "name",
    "org_type",
    "principal",
    "kommun_code",
    "hsa_id",
    "active",
)


def part_name(table: str) -> str:
    return f"{PART_PREFIX}{table}.jsonl"


def dump_record(record: dict[str, Any]) -> bytes:
    return (
        json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    ).encode("utf-8")


# A UUID in its one canonical spelling (what str(uuid.UUID(...)) gives): a pattern is
# checked about five times faster than a parse, and an import checks every id of every
# record.
UUID_PATTERN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and UUID_PATTERN.fullmatch(value) is not None


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    not_null: bool
    has_default: bool
    is_reference: bool


def table_columns(db: Database, table: str) -> dict[str, Column]:
    """The columns of a synced table as this program's schema defines them."""
    references = {row[3] for row in db.execute(f"PRAGMA foreign_key_list({table})")}
    return {
        row[1]: Column(
            name=row[1],
            sql_type=row[2].upper(),
            not_null=bool(row[3]),
            has_default=row[4] is not None,
            is_reference=row[1] in references,
        )
        for row in db.execute(f"PRAGMA table_info({table})")
    }


def schema_columns(db: Database) -> dict[str, dict[str, Column]]:
    return {table: table_columns(db, table) for table in SYNCED_TABLES}


def exported_columns(columns: dict[str, Column]) -> list[str]:
    return [name for name in columns if name not in LOCAL_ONLY_COLUMNS]
