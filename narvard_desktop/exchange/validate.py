"""Reading and checking a whole `.narvard` file before anything touches the database.

Every way a file can be wrong ends in an `ExchangeFileError`; a file that
passes is returned as a `Package` held in memory.
"""

from __future__ import annotations

import hashlib
import json
import json.scanner
import math
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

from sqlite_utils import Database

from narvard_desktop.exchange.errors import (
    R_CHECKSUM,
    R_COUNTS,
    R_DUPLICATE_ID,
    R_ENCRYPTED,
    R_EXTRA_PART,
    R_MANIFEST,
    R_MISSING_PART,
    R_NOT_UTF8,
    R_RECORD_SHAPE,
    R_TOO_LARGE,
    R_TOO_MANY,
    R_UNKNOWN_OWNER,
    R_UNSAFE_NAME,
    R_ZIP_UNREADABLE,
    DamagedExportFileError,
    NewerExportFormatError,
    NotAnExportFileError,
    UnreadableExportFileError,
    UnsafeExportFileError,
)
from narvard_desktop.exchange.file_failures import invalid_record
from narvard_desktop.exchange.format import (
    CATALOGUE_ENTRY_FIELDS,
    CATALOGUE_PART_KEY,
    CATALOGUE_TABLE,
    FORMAT_NAME,
    FORMAT_VERSION,
    KIND_TEMPLATE,
    LOCAL_ONLY_COLUMNS,
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    MAX_MEMBERS,
    MAX_SIGNATURE_BYTES,
    MAX_TOTAL_UNCOMPRESSED,
    PACKAGE_KINDS,
    REFERENCE_NAME,
    REQUIRED_BOOKKEEPING,
    SIGNATURE_NAME,
    TEMPLATE_REFERENCE_LISTS,
    TEMPLATE_TABLES,
    Column,
    is_uuid,
    part_name,
    schema_columns,
)
from narvard_desktop.exchange.part_checks import ID_COLUMNS, part_passes
from narvard_desktop.record_rules import first_problem
from narvard_desktop.store.schema import SYNCED_TABLES

LEVELS = ("lokal", "delregional", "lansgemensam")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


@dataclass
class Package:
    path: Path
    file_checksum: str
    manifest: dict[str, Any]
    records: dict[str, list[dict[str, Any]]]
    reference: dict[str, Any] | None = None
    file_size: int = 0
    warnings: list[str] = field(default_factory=list)
    # The manifest exactly as stored, and the sender's signature member (None: unsigned).
    manifest_bytes: bytes = b""
    signature: bytes | None = None

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def kind(self) -> str:
        return str(self.manifest["kind"])

    @property
    def sender(self) -> dict[str, Any]:
        return dict(self.manifest["sender"])

    @property
    def sequence(self) -> int:
        return int(self.manifest["sequence"])

    @property
    def export_id(self) -> str:
        return str(self.manifest["export_id"])


class _Checker:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.file = path.name

    def damaged(self, reason: str, where: str = "") -> DamagedExportFileError:
        return DamagedExportFileError(file=self.file, reason=reason, where=where)

    def unsafe(self, reason: str) -> UnsafeExportFileError:
        return UnsafeExportFileError(file=self.file, reason=reason)

    def foreign(self) -> NotAnExportFileError:
        return NotAnExportFileError(file=self.file)


def _unsafe_name(name: str) -> bool:
    if not name or "\\" in name or ":" in name or "\x00" in name or name.startswith("/"):
        return True
    return any(part in ("", ".", "..") for part in name.split("/"))


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _valid_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from "\ud800" escapes
        return False
    return True


def _value_fits(column: Column, value: object) -> bool:
    if value is None:
        return not column.not_null
    if column.sql_type == "TEXT":
        return isinstance(value, str) and _valid_text(value)
    if column.sql_type == "INTEGER":
        return _is_int(value)
    if column.sql_type == "REAL":
        return (_is_int(value) or isinstance(value, float)) and math.isfinite(value)
    return False


def _read_limited(
    checker: _Checker, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int
) -> bytes:
    """Read a member, stopping as soon as it gives more than it declared or than allowed."""
    chunks: list[bytes] = []
    size = 0
    ceiling = min(info.file_size, limit)
    try:
        with archive.open(info) as member:
            while True:
                chunk = member.read(1 << 16)
                if not chunk:
                    break
                size += len(chunk)
                if size > ceiling:
                    raise checker.unsafe(R_TOO_LARGE)
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as error:
        raise checker.damaged(R_ZIP_UNREADABLE, info.filename) from error
    except RuntimeError as error:  # encrypted member
        raise checker.damaged(R_ENCRYPTED, info.filename) from error
    if size != info.file_size:
        raise checker.damaged(R_ZIP_UNREADABLE, info.filename)
    return b"".join(chunks)


def _decode(checker: _Checker, data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as error:
        raise checker.damaged(R_NOT_UTF8, where) from error


def _check_members(checker: _Checker, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise checker.unsafe(R_TOO_MANY)
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        if _unsafe_name(info.filename) or _unsafe_name(info.orig_filename):
            raise checker.unsafe(R_UNSAFE_NAME)
        if info.filename in members:
            raise checker.damaged(R_EXTRA_PART, info.filename)
        if info.flag_bits & 0x1:
            raise checker.damaged(R_ENCRYPTED, info.filename)
        total += info.file_size
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise checker.unsafe(R_TOO_LARGE)
        # No ratio test: long repetitive text compresses far beyond any fixed ratio. The
        # declared sizes are capped above, and `_read_limited` stops at the declared size.
        members[info.filename] = info
    return members


def _check_manifest(checker: _Checker, manifest: object) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise checker.foreign()
    version = manifest.get("format_version")
    if not _is_int(version) or version < 1:
        raise checker.damaged(R_MANIFEST, "format_version")
    if version > FORMAT_VERSION:
        raise NewerExportFormatError(file=checker.file, version=version)
    sender = manifest.get("sender")
    problems = [
        manifest.get("kind") not in PACKAGE_KINDS,
        not isinstance(sender, dict),
        not is_uuid(manifest.get("export_id")),
        not _is_int(manifest.get("sequence")) or manifest["sequence"] < 1,
        not isinstance(manifest.get("created_at"), str),
        not isinstance(manifest.get("parts"), list),
        not isinstance(manifest.get("counts"), dict),
    ]
    if any(problems):
        raise checker.damaged(R_MANIFEST)
    assert isinstance(sender, dict)
    if (
        not is_uuid(sender.get("group_id"))
        or not isinstance(sender.get("name"), str)
        or sender.get("level") not in LEVELS
    ):
        raise checker.damaged(R_MANIFEST, "sender")
    allowed = TEMPLATE_TABLES if manifest["kind"] == KIND_TEMPLATE else SYNCED_TABLES
    seen: set[str] = set()
    for part in manifest["parts"]:
        if (
            not isinstance(part, dict)
            or part.get("table") not in allowed
            or part.get("table") in seen
            or part.get("name") != part_name(str(part.get("table")))
            or not isinstance(part.get("sha256"), str)
            or not _SHA256.match(part["sha256"])
            or not _is_int(part.get("records"))
        ):
            raise checker.damaged(R_MANIFEST, "parts")
        seen.add(part["table"])
    extras = manifest.get("extra_parts", [])
    if extras and manifest["kind"] != KIND_TEMPLATE:
        raise checker.damaged(R_MANIFEST, "extra_parts")
    if not isinstance(extras, list) or any(
        not isinstance(extra, dict)
        or extra.get("name") != REFERENCE_NAME
        or not isinstance(extra.get("sha256"), str)
        for extra in extras
    ):
        raise checker.damaged(R_MANIFEST, "extra_parts")
    return manifest


def _check_record(
    checker: _Checker,
    table: str,
    columns: dict[str, Column],
    record: object,
    where: str,
) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise checker.damaged(R_RECORD_SHAPE, where)
    for local in LOCAL_ONLY_COLUMNS:
        record.pop(local, None)
    unknown = set(record) - set(columns)
    if unknown:
        raise checker.damaged(R_RECORD_SHAPE, f"{where}: {sorted(unknown)[0]}")
    for name, column in columns.items():
        if name in LOCAL_ONLY_COLUMNS:
            continue
        required = name in REQUIRED_BOOKKEEPING or (column.not_null and not column.has_default)
        if name not in record:
            if required:
                raise checker.damaged(R_RECORD_SHAPE, f"{where}: {name}")
            continue
        value = record[name]
        if not _value_fits(column, value):
            raise checker.damaged(R_RECORD_SHAPE, f"{where}: {name}")
        is_id = column.is_reference or name in ("id", "group_id")
        if is_id and value is not None and not is_uuid(value):
            raise checker.damaged(R_RECORD_SHAPE, f"{where}: {name}")
    for name in ID_COLUMNS.get(table, ()):
        if not is_uuid(record.get(name)):
            raise checker.damaged(R_RECORD_SHAPE, f"{where}: {name}")
    if record["revision"] < 1 or record["deleted"] not in (0, 1):
        raise checker.damaged(R_RECORD_SHAPE, where)
    if table == "groups" and (
        record["id"] != record["group_id"] or record.get("level") not in LEVELS
    ):
        raise checker.damaged(R_RECORD_SHAPE, where)
    problem = first_problem(table, record)  # what each value means, as for local writes
    if problem is not None:
        raise invalid_record(checker.path, problem)
    return record


_SCAN = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]


def _parse_line(line: str) -> Any:
    """`json.loads(line)` without its wrappers for the usual line: one value from the
    first character to the last. Anything else goes to `json.loads` itself."""
    try:
        value, end = _SCAN(line, 0)
    except StopIteration:
        return json.loads(line)
    return value if end == len(line) else json.loads(line)


def _parse_part(
    checker: _Checker, table: str, columns: dict[str, Column], text: str
) -> list[dict[str, Any]]:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    try:
        parsed = list(map(_parse_line, lines))
    except (ValueError, RecursionError):
        parsed = None
    if parsed is not None and part_passes(table, columns, parsed, LEVELS):
        return parsed
    # Record by record: the first bad line is named as the file's problem.
    records = []
    for number, line in enumerate(lines, start=1):
        where = f"{table}:{number}"
        try:
            record = json.loads(line)
        except ValueError as error:
            raise checker.damaged(R_RECORD_SHAPE, where) from error
        records.append(_check_record(checker, table, columns, record, where))
    return records


def _check_reference(checker: _Checker, data: object) -> dict[str, Any]:
    lists = data.get("lists") if isinstance(data, dict) else None
    if not isinstance(lists, dict):
        raise checker.damaged(R_RECORD_SHAPE, REFERENCE_NAME)
    for name, spec in lists.items():
        rows = spec.get("rows") if isinstance(spec, dict) else None
        if (
            name not in TEMPLATE_REFERENCE_LISTS
            or not isinstance(spec.get("version"), str)
            or not isinstance(rows, list)
            or any(
                not isinstance(row, dict)
                or any(not isinstance(k, str) or not isinstance(v, str) for k, v in row.items())
                for row in rows
            )
        ):
            raise checker.damaged(R_RECORD_SHAPE, f"{REFERENCE_NAME}: {name}")
    assert isinstance(data, dict)
    _check_catalogue(checker, data.get(CATALOGUE_PART_KEY))
    return data


def _check_catalogue(checker: _Checker, entries: object) -> None:
    """The organisation catalogue a template carries: each entry as the rules say."""
    if entries is None:
        return
    where = f"{REFERENCE_NAME}: {CATALOGUE_PART_KEY}"
    if not isinstance(entries, list):
        raise checker.damaged(R_RECORD_SHAPE, where)
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        if (
            not isinstance(entry, dict)
            or set(entry) - set(CATALOGUE_ENTRY_FIELDS)
            or not isinstance(entry.get("id"), str)
            or not isinstance(entry.get("name"), str)
            or any(
                not isinstance(value, str | None) for key, value in entry.items() if key != "active"
            )
            or entry["id"] in seen
        ):
            raise checker.damaged(R_RECORD_SHAPE, f"{where}:{number}")
        seen.add(entry["id"])
        # A name the sender's privacy gate withheld arrives empty: that entry is skipped.
        shown = {key: value for key, value in entry.items() if value not in ("", None)}
        problem = first_problem(CATALOGUE_TABLE, shown)
        if problem is not None:
            raise invalid_record(checker.path, problem)


def _declared_entries(path: Path, size: int) -> int:
    """The entry count from the zip's end record; 0 when there is none to find."""
    tail_size = min(size, 22 + 0xFFFF)
    with path.open("rb") as handle:
        handle.seek(size - tail_size)
        tail = handle.read(tail_size)
    index = tail.rfind(b"PK\x05\x06")
    if index < 0 or index + 12 > len(tail):
        return 0
    entries: int = struct.unpack("<H", tail[index + 10 : index + 12])[0]
    # 0xFFFF means "see the zip64 record": more entries than any export holds.
    return entries


def read_package(
    path: Path, db: Database, progress: Callable[[int, int], None] | None = None
) -> Package:
    """Read and check the whole file; raise an `ExchangeFileError` for anything wrong.

    `progress(records read, records in the file)` is called after each part."""
    path = Path(path)
    checker = _Checker(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError as error:
        raise UnreadableExportFileError(
            file=checker.file, reason=error.strerror or type(error).__name__
        ) from error
    if head not in _ZIP_MAGIC:
        raise checker.foreign()
    if size > MAX_TOTAL_UNCOMPRESSED:
        raise checker.unsafe(R_TOO_LARGE)
    if _declared_entries(path, size) > MAX_MEMBERS:
        # Checked before zipfile reads the directory, which it holds entirely in memory.
        raise checker.unsafe(R_TOO_MANY)
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise checker.damaged(R_ZIP_UNREADABLE) from error
    with archive:
        members = _check_members(checker, archive)
        if MANIFEST_NAME not in members:
            raise checker.foreign()
        manifest_info = members[MANIFEST_NAME]
        raw = _read_limited(checker, archive, manifest_info, MAX_MANIFEST_BYTES)
        try:
            manifest_object = json.loads(_decode(checker, raw, MANIFEST_NAME))
        except ValueError as error:
            raise checker.foreign() from error
        manifest = _check_manifest(checker, manifest_object)

        expected = {MANIFEST_NAME} | {part["name"] for part in manifest["parts"]}
        expected |= {extra["name"] for extra in manifest.get("extra_parts", [])}
        expected |= {SIGNATURE_NAME} & set(members)
        if expected - set(members):
            raise checker.damaged(R_MISSING_PART, sorted(expected - set(members))[0])
        if set(members) - expected:
            raise checker.damaged(R_EXTRA_PART, sorted(set(members) - expected)[0])

        columns = schema_columns(db)
        budget = MAX_TOTAL_UNCOMPRESSED
        records: dict[str, list[dict[str, Any]]] = {}
        total = sum(int(part["records"]) for part in manifest["parts"])
        done = 0
        for part in manifest["parts"]:
            table = part["table"]
            data = _read_limited(checker, archive, members[part["name"]], budget)
            budget -= len(data)
            if hashlib.sha256(data).hexdigest() != part["sha256"]:
                raise checker.damaged(R_CHECKSUM, part["name"])
            records[table] = _parse_part(
                checker, table, columns[table], _decode(checker, data, part["name"])
            )
            if len(records[table]) != part["records"] or manifest["counts"].get(table) != len(
                records[table]
            ):
                raise checker.damaged(R_COUNTS, part["name"])
            done += len(records[table])
            if progress is not None:
                progress(done, total)
        reference = None
        for extra in manifest.get("extra_parts", []):
            data = _read_limited(checker, archive, members[extra["name"]], budget)
            if hashlib.sha256(data).hexdigest() != extra["sha256"]:
                raise checker.damaged(R_CHECKSUM, extra["name"])
            try:
                reference_object = json.loads(_decode(checker, data, extra["name"]))
            except ValueError as error:
                raise checker.damaged(R_RECORD_SHAPE, extra["name"]) from error
            reference = _check_reference(checker, reference_object)

        signature = None
        if SIGNATURE_NAME in members:
            signature = _read_limited(
                checker, archive, members[SIGNATURE_NAME], MAX_SIGNATURE_BYTES
            )

    _check_identities(checker, manifest, records)
    return Package(
        path,
        digest.hexdigest(),
        manifest,
        records,
        reference,
        size,
        manifest_bytes=raw,
        signature=signature,
    )


def _check_identities(
    checker: _Checker, manifest: dict[str, Any], records: dict[str, list[dict[str, Any]]]
) -> None:
    ids = [record["id"] for table in SYNCED_TABLES for record in records.get(table, [])]
    if len(set(ids)) != len(ids):
        seen: set[str] = set()
        for table in SYNCED_TABLES:
            for record in records.get(table, []):
                if record["id"] in seen:
                    raise checker.damaged(R_DUPLICATE_ID, f"{table}: {record['id']}")
                seen.add(record["id"])
    groups = {record["id"]: record for record in records.get("groups", [])}
    sender_id = manifest["sender"]["group_id"]
    if sender_id not in groups:
        raise checker.damaged(R_UNKNOWN_OWNER, "groups")
    owners = {record["group_id"] for table in SYNCED_TABLES for record in records.get(table, [])}
    if owners <= ({sender_id} if manifest["kind"] == KIND_TEMPLATE else set(groups)):
        return  # every record's owner is a group the file holds (the sender, for a template)
    for table in SYNCED_TABLES:
        for record in records.get(table, []):
            if record["group_id"] not in groups:
                raise checker.damaged(R_UNKNOWN_OWNER, f"{table}: {record['id']}")
            if manifest["kind"] == KIND_TEMPLATE and record["group_id"] != sender_id:
                raise checker.damaged(R_UNKNOWN_OWNER, f"{table}: {record['id']}")
