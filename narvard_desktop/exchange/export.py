"""Export upward: the group's own records (tombstones too) and, above the local level,
what it imported from the levels below, with the original owners kept."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from narvard_desktop.exchange.file_failures import require_meaningful
from narvard_desktop.exchange.format import (
    KIND_DATA,
    LOCAL_ONLY_COLUMNS,
    Column,
    table_columns,
)
from narvard_desktop.exchange.ledger import (
    DIRECTION_EXPORT,
    OUTCOME_EXPORTED,
    next_export_sequence,
    record_entry,
    remember_export_sequence,
)
from narvard_desktop.exchange.writer import Progress, write_package
from narvard_desktop.privacy_gate import Gated, PrivacyGate
from narvard_desktop.signing import Signer
from narvard_desktop.store import Store
from narvard_desktop.store.records import new_id, utc_now
from narvard_desktop.store.schema import SYNCED_TABLES

LEVEL_RANK = {"lokal": 0, "delregional": 1, "lansgemensam": 2}


@dataclass(frozen=True)
class WithheldField:
    table: str
    record_id: str
    column: str
    owner_group_id: str


@dataclass
class ExportResult:
    path: Path
    manifest: dict[str, Any]
    file_checksum: str
    ledger_id: str
    withheld: list[WithheldField] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.manifest.get("counts", {}))


class PrivacyFilter:
    """The privacy gate as the package writers use it: every field of every record (and
    the manifest) goes through `privacy_gate`, whatever its name; what holds a
    personnummer is withheld and named in the result."""

    def __init__(self, output: str = "package") -> None:
        self.gate = PrivacyGate(output)

    @property
    def withheld(self) -> list[WithheldField]:
        return [
            WithheldField(w.table or "", w.record_id or "", w.column, w.owner_group_id or "")
            for w in self.gate.withheld
            if w.table is not None
        ]

    def summary(self) -> dict[str, Any]:
        # Counted here, listed in the export result: the manifest never names records.
        return {"withheld_fields": len(self.gate.withheld)}

    def gated(
        self, table: str, columns: dict[str, Column], record: dict[str, Any]
    ) -> Gated[dict[str, Any]]:
        # NOT NULL text columns get an empty string so the row still fits.
        nullable = [name for name, column in columns.items() if not column.not_null]
        return self.gate.record(table, record, nullable=nullable)

    def manifest(self, manifest: dict[str, Any]) -> Gated[dict[str, Any]]:
        """The manifest's own strings (the sender's name, a template's title) gated too."""
        return self.gate.value(manifest, "manifest", table=None)

    def part(self, value: Any, name: str) -> Gated[Any]:
        """An extra part of the package (a template's reference lists), gated like a record."""
        return self.gate.value(value, name, table=None)


def sender_of(group: dict[str, Any]) -> dict[str, Any]:
    return {
        "group_id": group["id"],
        "name": group["name"],
        "level": group["level"],
        "kommun_code": group.get("kommun_code"),
        "delregion": group.get("delregion"),
    }


def signing_fields(store: Store, owner_ids: list[str]) -> tuple[Signer, dict[str, Any]]:
    """The group's signer, and what the manifest carries for the receiver's key check:
    the last rotation (signed by the key before) and, above the local level, the keys
    of the groups below whose records travel in the file."""
    from narvard_desktop.services.group_keys import group_signer
    from narvard_desktop.signing import keys_of_group, rotation_chain

    signer = group_signer(store)
    fields: dict[str, Any] = {}
    chain = rotation_chain(store.db)
    if chain and chain[-1].get("public_key") == signer.public_key:
        fields["key_rotations"] = chain
    vouched = [
        {"group_id": row.group_id, "public_key": row.public_key, "name": row.name}
        for owner in owner_ids
        if owner != signer.group_id
        for row in keys_of_group(store.db, owner)
    ]
    if vouched:
        fields["group_keys"] = vouched
    return signer, fields


def exported_owner_ids(db: Database, own: dict[str, Any]) -> list[str]:
    """The own group and, above the local level, every group from a level below it."""
    rank = LEVEL_RANK.get(own["level"], 0)
    lower = [
        row[0]
        for row in db.execute("SELECT id, level FROM groups WHERE id != ?", [own["id"]])
        if LEVEL_RANK.get(row[1], 99) < rank
    ]
    return [own["id"], *sorted(lower)]


def iter_rows(
    db: Database,
    table: str,
    where: str,
    params: list[Any],
    privacy: PrivacyFilter,
) -> Iterator[Gated[dict[str, Any]]]:
    columns = table_columns(db, table)
    names = [name for name in columns if name not in LOCAL_ONLY_COLUMNS]
    select = ", ".join(names)
    cursor = db.execute(f"SELECT {select} FROM {table} WHERE {where} ORDER BY rowid", params)
    for row in cursor:
        record = dict(zip(names, row, strict=True))
        # Never a file our own importer refuses: a value an old version stored is named.
        require_meaningful(table, record)
        yield privacy.gated(table, columns, record)


def _count(db: Database, table: str, where: str, params: list[Any]) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0])


def finish_export(
    store: Store,
    out_path: Path,
    manifest: dict[str, Any],
    checksum: str,
    privacy: PrivacyFilter,
    kind: str,
) -> ExportResult:
    db = store.db
    with db.atomic():
        ledger_id = record_entry(
            db,
            direction=DIRECTION_EXPORT,
            file_name=Path(out_path).name,
            file_checksum=checksum,
            export_id=manifest["export_id"],
            sender=manifest["sender"],
            sequence=manifest["sequence"],
            kind=kind,
            created_at=manifest["created_at"],
            tables=manifest["counts"],
            outcome=OUTCOME_EXPORTED,
            message=json.dumps({"withheld": len(privacy.withheld)}, ensure_ascii=False),
        )
        remember_export_sequence(db, kind, manifest["sequence"])
    return ExportResult(Path(out_path), manifest, checksum, ledger_id, privacy.withheld)


def export_data(store: Store, out_path: Path, progress: Progress | None = None) -> ExportResult:
    """Write everything this group sends upward to `out_path` and record it in the ledger."""
    store.require_group_id()
    own = store.own_group() or {}
    db = store.db
    owner_ids = exported_owner_ids(db, own)
    signer, key_fields = signing_fields(store, owner_ids)
    owners = json.dumps(owner_ids)
    where = "group_id IN (SELECT value FROM json_each(?))"
    total = sum(_count(db, table, where, [owners]) for table in SYNCED_TABLES)
    privacy = PrivacyFilter()
    fields: dict[str, Any] = {
        "kind": KIND_DATA,
        "sender": sender_of(own),
        "export_id": new_id(),
        "sequence": next_export_sequence(db, KIND_DATA),
        "created_at": utc_now(),
    }
    # Group names travel with the keys: through the gate like every other string.
    fields.update(key_fields)
    gated_manifest = privacy.manifest(fields)
    parts = ((table, iter_rows(db, table, where, [owners], privacy)) for table in SYNCED_TABLES)
    manifest, checksum = write_package(
        Path(out_path),
        gated_manifest,
        parts,
        total,
        progress,
        late_fields=privacy.summary,
        signer=signer,
    )
    return finish_export(store, out_path, manifest, checksum, privacy, KIND_DATA)
