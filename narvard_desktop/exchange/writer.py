"""Writing a `.narvard` package safely: a temporary file in the target folder, then a rename.

The writer takes only values that passed the privacy gate (`Gated`): the manifest,
every record and every extra part. A new kind of package cannot hand it raw rows.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
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
from narvard_desktop.privacy_gate import Gated, require_gated
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
    manifest: Gated[dict[str, Any]],
    parts: Iterable[tuple[str, Iterable[Gated[dict[str, Any]]]]],
    total: int,
    progress: Progress | None = None,
    extra_members: dict[str, Gated[Any]] | None = None,
    late_fields: Callable[[], dict[str, Any]] | None = None,
    signer: Signer | None = None,
) -> tuple[dict[str, Any], str]:
    """Write the package and return the completed manifest and the file's SHA-256.

    `progress(done, total)` is called as records are written; if it raises
    (the user cancelled) the temporary file is removed and the target is
    left as it was. With a `signer` the manifest (which holds every part's checksum)
    is signed and the signature written as its own member.
    """
    # Checked before anything is created: raw values leave no temporary file behind.
    written: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app": {"name": APP_NAME, "version": __version__},
        "schema_version": SCHEMA_VERSION,
        **require_gated(manifest),
    }
    out_path = Path(out_path)
    folder = out_path.parent
    folder.mkdir(parents=True, exist_ok=True)
    descriptor, temporary_name = tempfile.mkstemp(
        dir=folder, prefix=f".{out_path.stem}-", suffix=".tmp"
    )
    temporary = Path(temporary_name)
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
                            line = dump_record(require_gated(record))
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
                for name, value in (extra_members or {}).items():
                    data = json.dumps(require_gated(value), ensure_ascii=False).encode("utf-8")
                    archive.writestr(name, data)
                    extras.append(
                        {
                            "name": name,
                            "bytes": len(data),
                            "sha256": hashlib.sha256(data).hexdigest(),
                        }
                    )
                written["counts"] = counts
                written["parts"] = part_entries
                if extras:
                    written["extra_parts"] = extras
                if late_fields:
                    # Known only once every record has gone through (e.g. withheld texts).
                    written.update(late_fields())
                if signer is not None:
                    written["signer"] = {
                        "group_id": signer.group_id,
                        "public_key": signer.public_key,
                        "fingerprint": signer.fingerprint,
                    }
                manifest_bytes = dump_record(written)
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
    return written, checksum
