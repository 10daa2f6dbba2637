"""Writing a `.narvard` package safely: a temporary file in the target folder, then a rename."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from narvard_desktop import APP_NAME, __version__
from narvard_desktop.exchange.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST_NAME,
    SIGNATURE_ALGORITHM,
    SIGNATURE_NAME,
    dump_record,
    part_name,
)
from narvard_desktop.paths import make_private_file
from narvard_desktop.signing import Signer
from narvard_desktop.store.schema import SCHEMA_VERSION

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 500


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def signature_member(signer: Signer, manifest_bytes: bytes) -> bytes:
    return dump_record(
        {
            "algorithm": SIGNATURE_ALGORITHM,
            "fingerprint": signer.fingerprint,
            "signature": signer.sign(manifest_bytes),
        }
    )


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_package(
    out_path: Path,
    manifest: dict[str, Any],
    parts: Iterable[tuple[str, Iterable[dict[str, Any]]]],
    total: int,
    progress: Progress | None = None,
    extra_members: dict[str, bytes] | None = None,
    late_fields: Callable[[], dict[str, Any]] | None = None,
    signer: Signer | None = None,
) -> tuple[dict[str, Any], str]:
    """Write the package and return the completed manifest and the file's SHA-256.

    `progress(done, total)` is called as records are written; if it raises
    (the user cancelled) the temporary file is removed and the target is
    left as it was. With a `signer` the manifest (which holds every part's checksum)
    is signed and the signature written as its own member.
    """
    out_path = Path(out_path)
    folder = out_path.parent
    folder.mkdir(parents=True, exist_ok=True)
    descriptor, temporary_name = tempfile.mkstemp(
        dir=folder, prefix=f".{out_path.stem}-", suffix=".tmp"
    )
    temporary = Path(temporary_name)
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app": {"name": APP_NAME, "version": __version__},
        "schema_version": SCHEMA_VERSION,
        **manifest,
    }
    try:
        with os.fdopen(descriptor, "w+b") as handle:
            counts: dict[str, int] = {}
            part_entries: list[dict[str, Any]] = []
            done = 0
            if progress:
                progress(0, total)
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
                for table, records in parts:
                    digest = hashlib.sha256()
                    size = count = 0
                    with archive.open(part_name(table), "w", force_zip64=True) as member:
                        for record in records:
                            line = dump_record(record)
                            member.write(line)
                            digest.update(line)
                            size += len(line)
                            count += 1
                            done += 1
                            if progress and done % PROGRESS_EVERY == 0:
                                progress(done, total)
                    counts[table] = count
                    part_entries.append(
                        {
                            "name": part_name(table),
                            "table": table,
                            "records": count,
                            "bytes": size,
                            "sha256": digest.hexdigest(),
                        }
                    )
                    if progress:
                        progress(done, total)
                extras = []
                for name, data in (extra_members or {}).items():
                    archive.writestr(name, data)
                    extras.append(
                        {
                            "name": name,
                            "bytes": len(data),
                            "sha256": hashlib.sha256(data).hexdigest(),
                        }
                    )
                manifest["counts"] = counts
                manifest["parts"] = part_entries
                if extras:
                    manifest["extra_parts"] = extras
                if late_fields:
                    # Known only once every record has gone through (e.g. withheld texts).
                    manifest.update(late_fields())
                if signer is not None:
                    manifest["signer"] = {
                        "group_id": signer.group_id,
                        "public_key": signer.public_key,
                        "fingerprint": signer.fingerprint,
                    }
                manifest_bytes = dump_record(manifest)
                archive.writestr(MANIFEST_NAME, manifest_bytes)
                if signer is not None:
                    archive.writestr(SIGNATURE_NAME, signature_member(signer, manifest_bytes))
            handle.flush()
            os.fsync(handle.fileno())
        checksum = file_sha256(temporary)
        os.replace(temporary, out_path)
        make_private_file(out_path)
        _fsync_folder(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return manifest, checksum
