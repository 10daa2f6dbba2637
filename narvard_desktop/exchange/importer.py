"""Importing files: validate the whole file, preview, then apply in one transaction
after an automatic backup. A refused file leaves the database exactly as it was."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from narvard_desktop.exchange.apply import apply_preview
from narvard_desktop.exchange.errors import ExchangeFileError
from narvard_desktop.exchange.file_failures import check_before_opening, explain
from narvard_desktop.exchange.format import KIND_TEMPLATE
from narvard_desktop.exchange.ledger import (
    DIRECTION_IMPORT,
    OUTCOME_IMPORTED,
    find_previous_import,
    imported_sequences,
    record_entry,
    sequence_gaps,
    update_tables,
)
from narvard_desktop.exchange.plan import ImportPreview, plan_data_import
from narvard_desktop.exchange.templates import apply_template, plan_template_import
from narvard_desktop.exchange.trust import (
    UnknownSenderKeyError,
    believe_sender,
    check_levels,
    check_protocols,
    pin_confirmed_key,
    record_trust,
    trusted_sender,
)
from narvard_desktop.exchange.validate import Package, read_package
from narvard_desktop.exchange.writer import file_sha256
from narvard_desktop.store import Store
from narvard_desktop.store.database import bulk_writing, make_backup, translate_sqlite_errors

IMPORTED = "imported"
ALREADY_IMPORTED = "already_imported"
REFUSED = "refused"
PREVIEWED = "previewed"

# How far into one file an import is, from 0 to 1.
FileProgress = Callable[[float], None]


@dataclass
class ImportReport:
    path: Path
    outcome: str
    preview: ImportPreview | None = None
    error: ExchangeFileError | None = None
    ledger_id: str | None = None
    backup: Path | None = None

    @property
    def ok(self) -> bool:
        return self.outcome in (IMPORTED, ALREADY_IMPORTED, PREVIEWED)


def preview_package(store: Store, package: Package) -> ImportPreview:
    """What importing this (already validated) package would do; changes nothing."""
    own_group_id = store.require_group_id()
    own = store.own_group() or {}
    db = store.db
    # Who sent it is read from the pinned key, never from the file's own words.
    trusted = trusted_sender(db, own_group_id, package)
    check_levels(own, trusted, package)
    believe_sender(package, trusted)
    check_protocols(db, trusted, package)
    if package.kind == KIND_TEMPLATE:
        preview = plan_template_import(db, own, package)
    else:
        preview = plan_data_import(db, own_group_id, package)
    sender_id = package.sender["group_id"]
    preview.trusted = trusted
    preview.already_imported = find_previous_import(
        db, package.file_checksum, sender_id, package.export_id
    )
    seen = imported_sequences(db, sender_id, package.kind)
    if preview.already_imported is None:
        preview.sequence_gaps = sequence_gaps(seen, package.sequence)
        preview.older_than_imported = bool(seen) and package.sequence < max(seen)
    return preview


def preview_file(store: Store, path: Path) -> ImportPreview:
    path = Path(path)
    check_before_opening(path)
    try:
        return preview_package(store, read_package(path, store.db))
    except ExchangeFileError:
        raise
    except Exception as error:  # noqa: BLE001 - one file, one sentence
        raise explain(path, error) from error


class BatchBackup:
    """One backup for a whole import batch, taken before the first file that is applied."""

    def __init__(self) -> None:
        self.path: Path | None = None

    def take(self, store: Store) -> Path:
        if self.path is None:
            self.path = make_backup(store.db.conn, store.path, "before-import")
        return self.path


@contextlib.contextmanager
def batch_of_files(store: Store) -> Iterator[BatchBackup]:
    """For files imported one after another: one backup before the first that is applied,
    and the database's settings for writing much in a row."""
    with bulk_writing(store.db):
        yield BatchBackup()


def apply_package(
    store: Store,
    preview: ImportPreview,
    batch: BatchBackup | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[str, Path]:
    """Back up (once per batch), then apply everything in one transaction and record it."""
    package = preview.package
    own = store.own_group() or {}
    db = store.db
    with translate_sqlite_errors(store.path):
        backup = (batch or BatchBackup()).take(store)
        with db.atomic():
            ledger_id = record_entry(
                db,
                direction=DIRECTION_IMPORT,
                file_name=package.file_name,
                file_checksum=package.file_checksum,
                export_id=package.export_id,
                sender=package.sender,
                sequence=package.sequence,
                kind=package.kind,
                created_at=package.manifest.get("created_at"),
                tables={},
                outcome=OUTCOME_IMPORTED,
            )
            record_trust(db, preview.trusted, package, ledger_id)
            if package.kind == KIND_TEMPLATE:
                apply_template(db, own, preview)
            else:
                apply_preview(db, preview, ledger_id, progress)
            update_tables(db, ledger_id, _nonzero(preview.counts))
    if package.kind == KIND_TEMPLATE:
        store.reload_reference()
    return ledger_id, backup


def _nonzero(counts: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    return {
        table: {outcome: n for outcome, n in row.items() if n}
        for table, row in counts.items()
        if any(row.values())
    }


def recognised_import(store: Store, path: Path) -> ImportReport | None:
    """A file whose very bytes were imported before, known from its checksum alone.

    Reading and checking a file costs far more than its checksum; the same bytes were
    read, checked and applied once already, so the ledger's entry says all there is.
    """
    try:
        checksum = file_sha256(path)
        size = path.stat().st_size
    except OSError:
        return None  # read_package says plainly what is wrong with the file
    previous = find_previous_import(store.db, checksum, "", "")
    if previous is None or previous.file_checksum != checksum:
        return None
    manifest = {
        "kind": previous.kind,
        "sender": {
            "group_id": previous.sender_group_id,
            "name": previous.sender_name,
            "level": previous.sender_level,
        },
        "sequence": previous.sequence or 0,
        "export_id": previous.export_id or "",
        "created_at": previous.created_at,
    }
    package = Package(path, checksum, manifest, {}, None, size)
    preview = ImportPreview(package, {}, {}, already_imported=previous)
    return ImportReport(path, ALREADY_IMPORTED, preview)


def _keep_counts_only(report: ImportReport) -> ImportReport:
    """A batch keeps each file's report: its counts and issues, not its records."""
    if report.preview is not None:
        report.preview.actions = {}
        report.preview.package.records = {}
    return report


# Of one file's time, the share reading and checking it takes; writing takes the rest.
_READING_SHARE = 0.6


def import_file(
    store: Store,
    path: Path,
    dry_run: bool = False,
    batch: BatchBackup | None = None,
    trust_new_key: str | None = None,
    progress: FileProgress | None = None,
) -> ImportReport:
    """`trust_new_key`: the fingerprint (or phone code) the user has checked with a new
    sender; the key is pinned when the file is signed with exactly that key. `progress`
    hears how far into the file the import is (0 to 1), part by part, table by table."""
    path = Path(path)
    reading_share = 1.0 if dry_run else _READING_SHARE

    def read(done: int, total: int) -> None:
        if progress is not None and total:
            progress(reading_share * done / total)

    def written(done: int, total: int) -> None:
        if progress is not None and total:
            progress(reading_share + (1 - reading_share) * done / total)

    try:
        # Before anything reads it: a pipe or a device would never end a checksum either.
        check_before_opening(path)
        recognised = recognised_import(store, path)
        if recognised is not None:
            return recognised
        package = read_package(path, store.db, read)
        if trust_new_key:
            try:
                trusted_sender(store.db, store.require_group_id(), package)
            except UnknownSenderKeyError:
                if dry_run:
                    return _trial_with_key(store, path, package, trust_new_key)
                pin_confirmed_key(store.db, store.reference, package, trust_new_key)
        preview = preview_package(store, package)
        if preview.already_imported is not None:
            return ImportReport(path, ALREADY_IMPORTED, preview)
        if dry_run:
            return ImportReport(path, PREVIEWED, preview)
        ledger_id, backup = apply_package(store, preview, batch, written)
    except ExchangeFileError as error:
        return ImportReport(path, REFUSED, error=error)
    except Exception as error:  # noqa: BLE001 - one file, one sentence
        return ImportReport(path, REFUSED, error=explain(path, error))
    return _keep_counts_only(
        ImportReport(path, IMPORTED, preview, ledger_id=ledger_id, backup=backup)
    )


def _trial_with_key(store: Store, path: Path, package: Any, confirmed: str) -> ImportReport:
    """A trial run for a sender whose key the user has just checked: the key is pinned only
    for the preview and taken away again, so a trial run changes nothing."""
    db = store.db
    db.execute("SAVEPOINT trial_key")
    try:
        pin_confirmed_key(db, store.reference, package, confirmed)
        preview = preview_package(store, package)
    finally:
        db.execute("ROLLBACK TO trial_key")
        db.execute("RELEASE trial_key")
    return ImportReport(path, PREVIEWED, preview)


def pin_sender_of_file(store: Store, path: Path, confirmed: str) -> None:
    """The user has checked a new sender's fingerprint (or phone code): pin its key."""
    package = read_package(Path(path), store.db)
    pin_confirmed_key(store.db, store.reference, package, confirmed)


# A batch's progress counts each file as this many steps, so that it moves within a file.
FILE_STEPS = 1000


def within_batch(progress: Callable[[int, int], None], index: int, count: int) -> FileProgress:
    """The progress of file `index` of `count` as steps of the whole batch."""

    def report(fraction: float) -> None:
        progress(index * FILE_STEPS + round(fraction * FILE_STEPS), count * FILE_STEPS)

    return report


def import_files(
    store: Store,
    paths: Iterable[Path],
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    trust_new_key: str | None = None,
) -> list[ImportReport]:
    """Import several files one after the other; one refused file does not stop the rest.

    `progress(steps done, steps in all)` moves within each file (see `FILE_STEPS`)."""
    paths = [Path(path) for path in paths]
    reports = []
    with batch_of_files(store) as batch:
        for index, path in enumerate(paths):
            within = within_batch(progress, index, len(paths)) if progress else None
            if within:
                within(0.0)
            reports.append(import_file(store, path, dry_run, batch, trust_new_key, within))
    if progress:
        progress(len(paths) * FILE_STEPS, len(paths) * FILE_STEPS)
    return reports
