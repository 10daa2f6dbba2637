"""The group's signing key: Ed25519 from `cryptography`, never hand-made crypto.

The private key lives in the data folder (user-only, PEM); its public half
and every key this group has used or trusted are in the `signing_keys`
table. A fingerprint is the SHA-256 of the raw public key, shown as eight
groups of four hex digits; the phone code is three groups of three digits
taken from the same hash, short enough to read aloud.

A key rotation ("ny nyckel") writes a rotation record signed by the old key,
so the level above can move its pin to the new key without a phone call;
the record travels in every export made after the rotation.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlite_utils import Database

from narvard_desktop.errors import NarvardError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.paths import make_private_file, private_umask
from narvard_desktop.store.records import new_id, utc_now

KEY_FILE = "signing-key.pem"
ROTATION_SETTING = "signing.rotations"
# Rotations carried in exports: a receiver a few rotations behind still follows the chain.
MAX_CARRIED_ROTATIONS = 10
ROTATION_PURPOSE = "narvard-key-rotation"

ORIGIN_OWN = "own"
ORIGIN_CONFIRMED = "confirmed"
ORIGIN_DIRECTORY = "directory"
ORIGIN_ROTATION = "rotation"
ORIGIN_VOUCHED = "vouched"


class MissingSigningKeyError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The group's signing key ({path}) is missing or unreadable. Restore it from a copy of "
        "the data folder, or make a new key with the command 'keys rotate --lost'; the groups "
        "that receive your files must then confirm the new key.",
    )


@dataclass(frozen=True)
class KeyRow:
    fingerprint: str
    public_key: str
    group_id: str
    origin: str
    name: str | None
    level: str | None
    kommun_code: str | None
    delregion: str | None
    added_at: str
    retired_at: str | None

    @property
    def phone_code(self) -> str:
        return phone_code(self.public_key)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(public_key: str) -> str:
    """Eight groups of four hex digits: easy to compare on screen."""
    digest = hashlib.sha256(unb64(public_key)).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def phone_code(public_key: str) -> str:
    """Nine digits in three groups, to read aloud in a phone check."""
    digest = hashlib.sha256(b"phone:" + unb64(public_key)).digest()
    number = int.from_bytes(digest[:8], "big") % 10**9
    text = f"{number:09d}"
    return f"{text[0:3]}-{text[3:6]}-{text[6:9]}"


def normalise_fingerprint(text: str) -> str:
    compact = "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def verify(public_key: str, signature: str, data: bytes) -> bool:
    """True when `signature` (base64) is `public_key`'s Ed25519 signature of `data`."""
    try:
        key = Ed25519PublicKey.from_public_bytes(unb64(public_key))
        key.verify(unb64(signature), data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def _raw_public(private: Ed25519PrivateKey) -> str:
    return b64(
        private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
    )


# ---------------------------------------------------------------- key rows


_ROW_COLUMNS = (
    "fingerprint, public_key, group_id, origin, name, level, kommun_code, delregion,"
    " added_at, retired_at"
)


def _key_row(row: tuple[Any, ...]) -> KeyRow:
    return KeyRow(*row)


def keys_of_group(db: Database, group_id: str, active_only: bool = False) -> list[KeyRow]:
    where = "group_id = ?" + (" AND retired_at IS NULL" if active_only else "")
    return [
        _key_row(row)
        for row in db.execute(
            f"SELECT {_ROW_COLUMNS} FROM signing_keys WHERE {where} ORDER BY added_at, rowid",
            [group_id],
        )
    ]


def all_keys(db: Database) -> list[KeyRow]:
    return [
        _key_row(row)
        for row in db.execute(
            f"SELECT {_ROW_COLUMNS} FROM signing_keys ORDER BY origin != 'own', name, added_at"
        )
    ]


def key_by_fingerprint(db: Database, fp: str) -> KeyRow | None:
    row = db.execute(
        f"SELECT {_ROW_COLUMNS} FROM signing_keys WHERE fingerprint = ?", [fp]
    ).fetchone()
    return _key_row(row) if row else None


def add_key(
    db: Database,
    *,
    public_key: str,
    group_id: str,
    origin: str,
    identity: dict[str, Any] | None = None,
) -> str:
    """Record a key (the caller holds the transaction)."""
    fp = fingerprint(public_key)
    identity = identity or {}
    # A key seen before (vouched for by a level below, or retired) is pinned anew.
    db.execute(
        "INSERT INTO signing_keys (fingerprint, public_key, group_id, origin, name,"
        " level, kommun_code, delregion, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(fingerprint) DO UPDATE SET origin = excluded.origin,"
        " name = coalesce(excluded.name, name), level = excluded.level,"
        " kommun_code = excluded.kommun_code, delregion = excluded.delregion,"
        " retired_at = NULL WHERE group_id = excluded.group_id",
        [
            fp,
            public_key,
            group_id,
            origin,
            identity.get("name"),
            identity.get("level"),
            identity.get("kommun_code"),
            identity.get("delregion"),
            utc_now(),
        ],
    )
    return fp


def retire_key(db: Database, fp: str) -> None:
    db.execute(
        "UPDATE signing_keys SET retired_at = ? WHERE fingerprint = ? AND retired_at IS NULL",
        [utc_now(), fp],
    )


def log_key_event(db: Database, event: str, group_id: str, fp: str, detail: str = "") -> None:
    db.execute(
        "INSERT INTO key_log (id, occurred_at, event, group_id, fingerprint, detail)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [new_id(), utc_now(), event, group_id, fp, detail],
    )


def key_log(db: Database) -> list[dict[str, Any]]:
    return list(
        db.query(
            "SELECT occurred_at, event, group_id, fingerprint, detail FROM key_log"
            " ORDER BY occurred_at, rowid"
        )
    )


# ---------------------------------------------------------------- own key


@dataclass(frozen=True)
class Signer:
    """The group's private key, ready to sign."""

    group_id: str
    private: Ed25519PrivateKey

    @property
    def public_key(self) -> str:
        return _raw_public(self.private)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, data: bytes) -> str:
        return b64(self.private.sign(data))


def key_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_FILE


def _write_private_key(data_dir: Path, private: Ed25519PrivateKey) -> None:
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    target = key_path(data_dir)
    with private_umask():
        descriptor, temporary = tempfile.mkstemp(dir=data_dir, prefix=".signing-", suffix=".tmp")
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(pem)
                handle.flush()
                os.fsync(handle.fileno())
            make_private_file(temporary)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    make_private_file(target)


def _read_private_key(data_dir: Path) -> Ed25519PrivateKey | None:
    try:
        loaded = serialization.load_pem_private_key(key_path(data_dir).read_bytes(), None)
    except (OSError, ValueError, TypeError):
        return None
    return loaded if isinstance(loaded, Ed25519PrivateKey) else None


def own_identity(db: Database, group_id: str) -> dict[str, Any]:
    row = db.execute(
        "SELECT name, level, kommun_code, delregion FROM groups WHERE id = ?", [group_id]
    ).fetchone()
    if row is None:
        return {}
    return {"name": row[0], "level": row[1], "kommun_code": row[2], "delregion": row[3]}


def ensure_signer(db: Database, data_dir: Path, group_id: str) -> Signer:
    """The group's key; made on first use (new groups at setup, older data folders lazily).

    The key file is the truth about the own key: after a database backup from before a
    rotation is restored, the newer file is taken up again. A database that knows an own
    key while the file is gone is never given a silently new key.
    """
    active = [row for row in keys_of_group(db, group_id, active_only=True) if row.origin == "own"]
    private = _read_private_key(data_dir)
    if private is not None and active and _raw_public(private) == active[-1].public_key:
        return Signer(group_id, private)
    if private is None and active:
        raise MissingSigningKeyError(path=str(key_path(data_dir)))
    event = "taken_up"
    if private is None:
        private = Ed25519PrivateKey.generate()
        _write_private_key(data_dir, private)
        event = "created"
    signer = Signer(group_id, private)
    known = key_by_fingerprint(db, signer.fingerprint)
    if known is not None and known.group_id != group_id:
        raise MissingSigningKeyError(path=str(key_path(data_dir)))
    with db.atomic():
        for row in active:
            retire_key(db, row.fingerprint)
        add_key(
            db,
            public_key=signer.public_key,
            group_id=group_id,
            origin=ORIGIN_OWN,
            identity=own_identity(db, group_id),
        )
        log_key_event(db, event, group_id, signer.fingerprint)
    return signer


def rotation_payload(group_id: str, old_public: str, new_public: str, rotated_at: str) -> bytes:
    return json.dumps(
        {
            "purpose": ROTATION_PURPOSE,
            "group_id": group_id,
            "previous_public_key": old_public,
            "public_key": new_public,
            "rotated_at": rotated_at,
        },
        sort_keys=True,
        separators=(",", ":"),
    ).encode("utf-8")


def rotate_key(db: Database, data_dir: Path, group_id: str, lost: bool = False) -> Signer:
    """Ny nyckel: a fresh key pair. With the old key at hand the change is signed by it
    (the receivers follow it by themselves); with `lost` they must confirm the new key."""
    old: Signer | None = None
    if not lost:
        old = ensure_signer(db, data_dir, group_id)
    private = Ed25519PrivateKey.generate()
    new = Signer(group_id, private)
    rotated_at = utc_now()
    record: dict[str, Any] | None = None
    if old is not None:
        payload = rotation_payload(group_id, old.public_key, new.public_key, rotated_at)
        record = {
            "group_id": group_id,
            "previous_public_key": old.public_key,
            "public_key": new.public_key,
            "rotated_at": rotated_at,
            "signature": old.sign(payload),
        }
    _write_private_key(data_dir, private)
    with db.atomic():
        for row in keys_of_group(db, group_id, active_only=True):
            if row.origin == ORIGIN_OWN:
                retire_key(db, row.fingerprint)
        add_key(
            db,
            public_key=new.public_key,
            group_id=group_id,
            origin=ORIGIN_OWN,
            identity=own_identity(db, group_id),
        )
        # A lost key breaks the chain: receivers must confirm the new key anyway.
        chain = [*rotation_chain(db), record] if record else []
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [ROTATION_SETTING, json.dumps(chain[-MAX_CARRIED_ROTATIONS:])],
        )
        detail = f"previous {old.fingerprint}" if old else "previous key lost"
        log_key_event(db, "rotated", group_id, new.fingerprint, detail)
    return new


def rotation_chain(db: Database) -> list[dict[str, Any]]:
    """The group's rotations, oldest first, each signed by the key before it."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [ROTATION_SETTING]).fetchone()
    if not row or not row[0]:
        return []
    try:
        chain = json.loads(row[0])
    except ValueError:
        return []
    return [r for r in chain if isinstance(r, dict)] if isinstance(chain, list) else []


def follow_rotations(chain: object, group_id: str, pinned_public: str) -> str:
    """The newest key reachable from `pinned_public` through signed rotation records."""
    current = pinned_public
    for record in chain if isinstance(chain, list) else []:
        following = rotation_is_valid(record, group_id, current)
        if following is not None:
            current = following
    return current


def rotation_is_valid(record: object, group_id: str, pinned_public: str) -> str | None:
    """The new public key when `record` is a rotation away from `pinned_public`, signed by it."""
    if not isinstance(record, dict):
        return None
    fields = ("group_id", "previous_public_key", "public_key", "rotated_at", "signature")
    if any(not isinstance(record.get(name), str) for name in fields):
        return None
    if record["group_id"] != group_id or record["previous_public_key"] != pinned_public:
        return None
    payload = rotation_payload(
        group_id, record["previous_public_key"], record["public_key"], record["rotated_at"]
    )
    if not verify(pinned_public, record["signature"], payload):
        return None
    return str(record["public_key"])


# ---------------------------------------------------------------- justering


def sign_lock(signer: Signer, content: str) -> str:
    """The signature of a justerat protocol's frozen content, as stored with the meeting."""
    return json.dumps(
        {"fingerprint": signer.fingerprint, "signature": signer.sign(content.encode("utf-8"))},
        sort_keys=True,
        separators=(",", ":"),
    )


def lock_signed_by(signature: str | None, content: str, public_keys: list[str]) -> bool:
    """True when `signature` (as `sign_lock` wrote it) is one of `public_keys`' over `content`."""
    if not signature:
        return False
    try:
        stored = json.loads(signature)
    except ValueError:
        return False
    if not isinstance(stored, dict) or not isinstance(stored.get("signature"), str):
        return False
    data = content.encode("utf-8")
    return any(
        fingerprint(key) == stored.get("fingerprint") and verify(key, stored["signature"], data)
        for key in public_keys
    )
