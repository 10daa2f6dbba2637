"""Helpers for the exchange tests: data folders per group, database dumps, personnummer."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from narvard_desktop.services.demo import fill_demo_data
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.store import Store

ANCHOR = date(2026, 10, 15)


# The groups made under one test folder, with their public keys: they know each
# other's keys as if they had checked them by phone (see `known`).
_KNOWN: dict[Path, list[tuple[Path, str, str, dict[str, Any]]]] = {}


def make_group(
    root: Path,
    folder: str,
    level: str,
    name: str,
    kommun: str | None = None,
    delregion: str | None = None,
    demo_seed: int | None = None,
    known: bool = True,
) -> Store:
    """A data folder set up as the wizard does. With `known` its key is pinned by every
    group made before it under `root` and it pins theirs (a phone check done)."""
    store = Store(root / folder)
    group_id = create_group(store, GroupSetup(level, name, kommun, delregion))
    if demo_seed is not None:
        fill_demo_data(store, seed=demo_seed, anchor=ANCHOR)
    if known:
        introduce_all(root, store, group_id)
    return store


def own_public_key(store: Store) -> tuple[str, dict[str, Any]]:
    from narvard_desktop.services.group_keys import group_signer
    from narvard_desktop.signing import own_identity

    signer = group_signer(store)
    return signer.public_key, own_identity(store.db, signer.group_id)


def pin_sender(receiver: Store, sender: Store) -> str:
    """The receiver confirms the sender's key (after a phone check)."""
    from narvard_desktop.exchange.trust import pin_key

    public_key, identity = own_public_key(sender)
    return pin_key(receiver.db, sender.require_group_id(), public_key, identity, "confirmed")


def introduce_all(root: Path, store: Store, group_id: str) -> None:
    from narvard_desktop.exchange.trust import pin_key

    public_key, identity = own_public_key(store)
    known = _KNOWN.setdefault(Path(root), [])
    for folder, other_id, other_key, other_identity in known:
        if folder == store.data_dir:
            continue
        pin_key(store.db, other_id, other_key, other_identity, "confirmed")
        with Store(folder) as other:
            pin_key(other.db, group_id, public_key, identity, "confirmed")
    known[:] = [entry for entry in known if entry[0] != store.data_dir]
    known.append((store.data_dir, group_id, public_key, identity))


def dump_database(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read through a separate connection."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in tables
        }
    finally:
        connection.close()


def owned_records(store: Store, table: str, group_id: str) -> dict[str, dict[str, Any]]:
    rows = store.db.query(f"SELECT * FROM {table} WHERE group_id = ?", [group_id])
    return {row["id"]: {k: v for k, v in row.items() if k != "origin_import_id"} for row in rows}


def luhn_digit(nine_digits: str) -> str:
    total = 0
    for index, char in enumerate(nine_digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def personnummer(yymmdd: str = "850412", serial: str = "123") -> str:
    return f"{yymmdd}-{serial}{luhn_digit(yymmdd + serial)}"


def read_members(path: Path) -> dict[str, bytes]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_members(path: Path, members: dict[str, bytes]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def rewrite_package(
    src: Path, dst: Path, mutate_records=None, mutate_manifest=None, sign_as: Store | None = None
) -> Path:
    """Change a package's records and/or manifest and make the checksums fit again,
    as a hostile or buggy sender could. Without `sign_as` the old signature stays (and no
    longer fits); with it the file is signed anew with that group's own key, as a
    pinned sender's own (buggy or hostile) program would."""
    import hashlib
    import json

    from narvard_desktop.exchange.format import MANIFEST_NAME, dump_record, part_name

    members = read_members(src)
    manifest = json.loads(members.pop(MANIFEST_NAME))
    records = {
        part["table"]: [
            json.loads(line) for line in members.pop(part["name"]).decode().splitlines()
        ]
        for part in manifest["parts"]
    }
    if mutate_records:
        mutate_records(records)
    parts = []
    for table, rows in records.items():
        data = b"".join(dump_record(row) for row in rows)
        members[part_name(table)] = data
        parts.append(
            {
                "name": part_name(table),
                "table": table,
                "records": len(rows),
                "bytes": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
        )
    manifest["parts"] = parts
    manifest["counts"] = {table: len(rows) for table, rows in records.items()}
    if mutate_manifest:
        mutate_manifest(manifest)
    members[MANIFEST_NAME] = dump_record(manifest)
    if sign_as is not None:
        from narvard_desktop.exchange.format import SIGNATURE_NAME
        from narvard_desktop.exchange.writer import signature_member
        from narvard_desktop.services.group_keys import group_signer

        signer = group_signer(sign_as)
        manifest["signer"] = {
            "group_id": signer.group_id,
            "public_key": signer.public_key,
            "fingerprint": signer.fingerprint,
        }
        members[MANIFEST_NAME] = dump_record(manifest)
        members[SIGNATURE_NAME] = signature_member(signer, members[MANIFEST_NAME])
    return write_members(dst, members)
