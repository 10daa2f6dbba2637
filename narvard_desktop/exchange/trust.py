"""Known senders: a file is believed only when its signature fits the key pinned for
its sending group, and the sender's level and area are read from that pin.

A key is pinned (a) when the user confirms a new sender's fingerprint, after a
phone check if they like, (b) from the key directory a county publishes with
its templates, or (c) by a rotation record signed by the key pinned before.
A later file from the same group with another key is refused.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from narvard_desktop.domain import LEVELS, label_for
from narvard_desktop.exchange.errors import ExchangeFileError, WrongPackageKindError
from narvard_desktop.exchange.export import LEVEL_RANK
from narvard_desktop.exchange.format import KIND_DATA, KIND_TEMPLATE, SIGNATURE_ALGORITHM
from narvard_desktop.exchange.validate import Package
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.reference import Reference
from narvard_desktop.signing import (
    ORIGIN_CONFIRMED,
    ORIGIN_DIRECTORY,
    ORIGIN_OWN,
    ORIGIN_ROTATION,
    ORIGIN_VOUCHED,
    KeyRow,
    add_key,
    fingerprint,
    follow_rotations,
    key_by_fingerprint,
    keys_of_group,
    lock_signed_by,
    log_key_event,
    normalise_fingerprint,
    phone_code,
    retire_key,
    verify,
)
from narvard_desktop.store.records import utc_now

PINNING_ORIGINS = (ORIGIN_CONFIRMED, ORIGIN_DIRECTORY, ORIGIN_ROTATION)


class UnsignedFileError(ExchangeFileError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} is not signed, so it cannot be known who made it. "
        "Nothing has been imported. Ask the sender to export it again with the current "
        "version of Närvård Samverkan.",
    )


class BadSignatureError(ExchangeFileError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} has been changed after it was signed, or its signature is false. "
        "Nothing has been imported. Ask the sender for a new export.",
    )


class UnknownSenderKeyError(ExchangeFileError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} comes from {name} ({level}), whose key is not yet known here: "
        "fingerprint {fingerprint}, phone code {phone}. Check it with the sender, then "
        "confirm the key. Nothing has been imported.",
    )


class SenderKeyMismatchError(ExchangeFileError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} says it comes from {name}, but it is signed with another key "
        "({fingerprint}) than the one known for {name} ({pinned}). It may be forged. "
        "Nothing has been imported; contact {name} before doing anything else.",
    )


class SenderIdentityError(ExchangeFileError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} describes its sender {name} differently than the key known here "
        "({reason}). Nothing has been imported.",
    )


class TamperedProtocolError(ExchangeFileError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} holds the approved (justerat) protocol of {date} from {name}, "
        "but its content no longer matches the group's signature. Nothing has been imported.",
    )


R_DATA_ONLY_FROM_BELOW = QT_TRANSLATE_NOOP(
    "Exchange", "data files are taken only from groups at a level below this one."
)
R_LOCAL_TEMPLATES_ONLY = QT_TRANSLATE_NOOP(
    "Exchange",
    "a local group takes only templates and reference data from the levels above, "
    "never another group's records.",
)
R_OTHER_AREA = QT_TRANSLATE_NOOP("Exchange", "the sender belongs to another sub-regional area.")
R_FOREIGN_GROUP = QT_TRANSLATE_NOOP(
    "Exchange", "it passes on a group that is not a kommun of its own area"
)
IDENTITY_FIELDS = {
    "level": QT_TRANSLATE_NOOP("Exchange", "its level"),
    "kommun_code": QT_TRANSLATE_NOOP("Exchange", "its kommun"),
    "delregion": QT_TRANSLATE_NOOP("Exchange", "its sub-regional area"),
}


@dataclass(frozen=True)
class SenderKey:
    """What a signed file says about its sender, with the key it is signed with."""

    group_id: str
    name: str
    level: str
    kommun_code: str | None
    delregion: str | None
    public_key: str
    fingerprint: str

    @property
    def phone_code(self) -> str:
        return phone_code(self.public_key)


@dataclass(frozen=True)
class TrustedSender:
    identity: dict[str, Any]
    key: SenderKey
    pin: KeyRow | None
    # The pinned key this file's key replaces through a signed rotation record.
    rotated_from: KeyRow | None = None


def signed_sender(package: Package) -> SenderKey:
    """The sender and key of a file whose signature fits; refuses anything else."""
    file = package.file_name
    if package.signature is None:
        raise UnsignedFileError(file=file)
    try:
        member = json.loads(package.signature.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise BadSignatureError(file=file) from error
    signer = package.manifest.get("signer")
    sender = package.sender
    if not isinstance(member, dict) or not isinstance(signer, dict):
        raise BadSignatureError(file=file)
    public_key, signature = signer.get("public_key"), member.get("signature")
    if (
        member.get("algorithm") != SIGNATURE_ALGORITHM
        or not isinstance(public_key, str)
        or not isinstance(signature, str)
        or signer.get("group_id") != sender["group_id"]
        or not verify(public_key, signature, package.manifest_bytes)
    ):
        raise BadSignatureError(file=file)
    fp = fingerprint(public_key)
    if signer.get("fingerprint") != fp or member.get("fingerprint") != fp:
        raise BadSignatureError(file=file)
    return SenderKey(
        group_id=sender["group_id"],
        name=str(sender.get("name", "")),
        level=str(sender.get("level", "")),
        kommun_code=sender.get("kommun_code"),
        delregion=sender.get("delregion"),
        public_key=public_key,
        fingerprint=fp,
    )


def _identity(row: KeyRow, key: SenderKey) -> dict[str, Any]:
    return {
        "group_id": row.group_id,
        "name": row.name or key.name,
        "level": row.level,
        "kommun_code": row.kommun_code,
        "delregion": row.delregion,
    }


def trusted_sender(db: Database, own_group_id: str, package: Package) -> TrustedSender:
    """The sender as the pinned key says it is; refuses unknown, changed or false keys."""
    key = signed_sender(package)
    file = package.file_name
    pins = [
        row
        for row in keys_of_group(db, key.group_id, active_only=True)
        if row.origin in (*PINNING_ORIGINS, ORIGIN_OWN)
    ]
    for row in pins:
        if row.fingerprint == key.fingerprint:
            return TrustedSender(_identity(row, key), key, row)
    retired = key_by_fingerprint(db, key.fingerprint)
    if retired is not None and retired.group_id == key.group_id and pins:
        # An old key of this sender, replaced since: its files are not believed any more.
        raise SenderKeyMismatchError(
            file=file, name=pins[0].name or key.name, fingerprint=key.fingerprint,
            pinned=pins[0].fingerprint,
        )  # fmt: skip
    if pins:
        for row in pins:
            newest = follow_rotations(
                package.manifest.get("key_rotations"), key.group_id, row.public_key
            )
            if newest == key.public_key:
                return TrustedSender(_identity(row, key), key, None, rotated_from=row)
        raise SenderKeyMismatchError(
            file=file, name=pins[0].name or key.name, fingerprint=key.fingerprint,
            pinned=pins[0].fingerprint,
        )  # fmt: skip
    if key.group_id == own_group_id:
        raise SenderKeyMismatchError(
            file=file, name=key.name, fingerprint=key.fingerprint, pinned="-"
        )
    raise UnknownSenderKeyError(
        file=file,
        name=key.name,
        level=label_for(LEVELS, key.level).lower(),
        fingerprint=key.fingerprint,
        phone=key.phone_code,
    )


def check_levels(own: dict[str, Any], trusted: TrustedSender, package: Package) -> None:
    """Data goes upward only, templates downward only; a local group takes no data."""
    file = package.file_name
    level = trusted.identity["level"]
    if package.kind == KIND_DATA and trusted.identity["group_id"] != own.get("id"):
        if own.get("level") == "lokal":
            raise WrongPackageKindError(file=file, reason=R_LOCAL_TEMPLATES_ONLY)
        if LEVEL_RANK.get(level, 99) >= LEVEL_RANK.get(own.get("level", ""), 0):
            raise WrongPackageKindError(file=file, reason=R_DATA_ONLY_FROM_BELOW)
        if (
            own.get("level") == "delregional"
            and level == "lokal"
            and trusted.identity.get("delregion") != own.get("delregion")
        ):
            raise WrongPackageKindError(file=file, reason=R_OTHER_AREA)
    if package.kind == KIND_DATA and level == "delregional":
        # A delregion passes on its own kommuner only.
        area = trusted.identity.get("delregion")
        for group in package.records.get("groups", []):
            if group["id"] != trusted.identity["group_id"] and (
                group.get("level") != "lokal" or group.get("delregion") != area
            ):
                raise SenderIdentityError(
                    file=file, name=trusted.identity["name"], reason=R_FOREIGN_GROUP
                )
    # The sender's own group record must say what the pin says.
    record = next(
        (g for g in package.records.get("groups", []) if g["id"] == trusted.identity["group_id"]),
        None,
    )
    if record is not None:
        for field in ("level", "kommun_code", "delregion"):
            if record.get(field) != trusted.identity.get(field):
                raise SenderIdentityError(file=file, name=trusted.identity["name"], reason=field)


def believe_sender(package: Package, trusted: TrustedSender) -> None:
    """From here on the rest of the import reads the pinned identity, not the file's claim."""
    package.manifest["sender"] = dict(trusted.identity)


def record_trust(db: Database, trusted: TrustedSender, package: Package, ledger_id: str) -> None:
    """Inside the import's transaction: follow a signed rotation, keep vouched keys of
    groups below the sender, and note on the ledger entry which key wrote the file."""
    group_id = trusted.identity["group_id"]
    if trusted.rotated_from is not None:
        old = trusted.rotated_from
        retire_key(db, old.fingerprint)
        add_key(
            db,
            public_key=trusted.key.public_key,
            group_id=group_id,
            origin=ORIGIN_ROTATION,
            identity=trusted.identity,
        )
        log_key_event(
            db, "pinned_by_rotation", group_id, trusted.key.fingerprint,
            f"previous {old.fingerprint}, file {package.file_name}",
        )  # fmt: skip
    for entry in vouched_keys(package):
        if not keys_of_group(db, entry["group_id"]):
            fp = add_key(
                db,
                public_key=entry["public_key"],
                group_id=entry["group_id"],
                origin=ORIGIN_VOUCHED,
                identity={"name": entry.get("name")},
            )
            log_key_event(db, "vouched", entry["group_id"], fp, f"by {group_id}")
    if trusted.identity["level"] == "lansgemensam" and package.kind == KIND_TEMPLATE:
        adopt_directory(db, package)
    db.execute(
        "UPDATE exchange_ledger SET sender_key = ? WHERE id = ?",
        [trusted.key.fingerprint, ledger_id],
    )


def vouched_keys(package: Package) -> list[dict[str, Any]]:
    """Keys of lower groups that the (signed) sender passes on with their records."""
    entries = package.manifest.get("group_keys")
    if not isinstance(entries, list):
        return []
    good = []
    for entry in entries:
        if (
            isinstance(entry, dict)
            and isinstance(entry.get("group_id"), str)
            and isinstance(entry.get("public_key"), str)
        ):
            try:
                fingerprint(entry["public_key"])
            except ValueError:
                continue
            good.append(entry)
    return good


# ---------------------------------------------------------------- pinning


def pin_confirmed_key(
    db: Database, reference: Reference, package: Package, confirmed: str
) -> KeyRow:
    """The user has compared the fingerprint (or phone code) and confirms this sender."""
    key = signed_sender(package)
    wanted = normalise_fingerprint(confirmed)
    if wanted not in (key.fingerprint, normalise_fingerprint(key.phone_code)):
        raise UnknownSenderKeyError(
            file=package.file_name,
            name=key.name,
            level=label_for(LEVELS, key.level).lower(),
            fingerprint=key.fingerprint,
            phone=key.phone_code,
        )
    identity = plausible_identity(reference, key)
    if identity is None:
        raise SenderIdentityError(
            file=package.file_name, name=key.name, reason=IDENTITY_FIELDS["kommun_code"]
        )
    if keys_of_group(db, key.group_id, active_only=True):
        # Confirming never replaces a pinned key silently: that needs `keys forget`.
        trusted_sender(db, "", package)
    with db.atomic():
        add_key(
            db,
            public_key=key.public_key,
            group_id=key.group_id,
            origin=ORIGIN_CONFIRMED,
            identity=identity,
        )
        log_key_event(db, "pinned", key.group_id, key.fingerprint, f"file {package.file_name}")
    row = key_by_fingerprint(db, key.fingerprint)
    assert row is not None
    return row


def pin_key(
    db: Database, group_id: str, public_key: str, identity: dict[str, Any], origin: str
) -> str:
    """Pin a key known by other means (a phone check, a key list on paper); logged."""
    with db.atomic():
        fp = add_key(db, public_key=public_key, group_id=group_id, origin=origin, identity=identity)
        log_key_event(db, "pinned", group_id, fp, origin)
    return fp


def plausible_identity(reference: Reference, key: SenderKey) -> dict[str, Any] | None:
    """The sender's claim, kept only where it fits the reference data (a kommun's area)."""
    if key.level == "lokal":
        kommun = reference.kommun(key.kommun_code or "")
        if kommun is None:
            return None
        area: str | None = kommun.delregion
        code: str | None = kommun.code
    elif key.level == "delregional":
        row = reference.delregion(key.delregion or "")
        if row is None:
            return None
        area, code = row["delregion"], None
    elif key.level == "lansgemensam":
        area, code = None, None
    else:
        return None
    return {"name": key.name, "level": key.level, "kommun_code": code, "delregion": area}


def forget_key(db: Database, group_id: str) -> int:
    """Unpin every key of another group (after talking to it); logged. Returns how many."""
    rows = [r for r in keys_of_group(db, group_id, active_only=True) if r.origin != ORIGIN_OWN]
    with db.atomic():
        for row in rows:
            retire_key(db, row.fingerprint)
            log_key_event(db, "forgotten", group_id, row.fingerprint)
    return len(rows)


# ---------------------------------------------------------------- the county's directory


def directory_entries(db: Database) -> list[dict[str, Any]]:
    """Every active own and pinned key, as the county publishes them with its templates."""
    entries = []
    for row in db.execute(
        "SELECT group_id, public_key, name, level, kommun_code, delregion FROM signing_keys"
        " WHERE retired_at IS NULL AND origin IN ('own', 'confirmed', 'directory', 'rotation')"
        " ORDER BY group_id"
    ):
        entries.append(
            {
                "group_id": row[0],
                "public_key": row[1],
                "name": row[2],
                "level": row[3],
                "kommun_code": row[4],
                "delregion": row[5],
            }
        )
    return entries


def adopt_directory(db: Database, package: Package) -> int:
    """Pin the keys of the county's directory for groups not pinned here yet."""
    entries = package.manifest.get("key_directory")
    if not isinstance(entries, list):
        return 0
    added = 0
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("level") not in LEVEL_RANK:
            continue
        group_id, public_key = entry.get("group_id"), entry.get("public_key")
        if not isinstance(group_id, str) or not isinstance(public_key, str):
            continue
        try:
            fp = fingerprint(public_key)
        except ValueError:
            continue
        known = [
            row
            for row in keys_of_group(db, group_id, active_only=True)
            if row.origin in (*PINNING_ORIGINS, ORIGIN_OWN)
        ]
        if known:
            continue
        # Keys only vouched for by a level below give way to the county's directory.
        db.execute("DELETE FROM signing_keys WHERE group_id = ? AND origin = 'vouched'", [group_id])
        add_key(db, public_key=public_key, group_id=group_id, origin=ORIGIN_DIRECTORY,
                identity=entry)  # fmt: skip
        log_key_event(db, "pinned_from_directory", group_id, fp, utc_now())
        added += 1
    return added


# ---------------------------------------------------------------- justerade protokoll


def owner_keys(db: Database, owner: str, trusted: TrustedSender, package: Package) -> list[str]:
    """The keys that may have signed `owner`'s justering in this file."""
    here = keys_of_group(db, owner)
    keys = [row.public_key for row in here]
    if owner == trusted.identity["group_id"]:
        return [*keys, trusted.key.public_key]
    if any(row.origin != ORIGIN_VOUCHED for row in here):
        return keys
    return keys + [e["public_key"] for e in vouched_keys(package) if e["group_id"] == owner]


def check_protocols(db: Database, trusted: TrustedSender, package: Package) -> None:
    """Every justerat protocol in the file still matches its checksum and its group's key."""
    names = {g["id"]: g.get("name", "") for g in package.records.get("groups", [])}
    for meeting in package.records.get("meetings", []):
        content = meeting.get("locked_content")
        if not content:
            continue
        owner = meeting["group_id"]
        checksum = hashlib.sha256(content.encode("utf-8")).hexdigest()
        intact = checksum == meeting.get("locked_checksum") and lock_signed_by(
            meeting.get("locked_signature"), content, owner_keys(db, owner, trusted, package)
        )
        if not intact:
            raise TamperedProtocolError(
                file=package.file_name,
                date=meeting.get("meeting_date") or "",
                name=names.get(owner, owner),
            )
