"""The files of one import: what each would do (its summary, read off the GUI thread), the
table that lists them, and the import of those accepted, as one batch with one backup."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from narvard_desktop.exchange.importer import (
    ALREADY_IMPORTED,
    FILE_STEPS,
    IMPORTED,
    PREVIEWED,
    REFUSED,
    FileProgress,
    ImportReport,
    batch_of_files,
    import_file,
    within_batch,
)
from narvard_desktop.exchange.plan import NEW, OUTCOMES, UPDATED
from narvard_desktop.exchange.report import OUTCOME_LABELS
from narvard_desktop.exchange.trust import UnknownSenderKeyError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.store import Store
from narvard_desktop.ui.exchange.ledger_model import local_time
from narvard_desktop.ui.kit.operations import OperationCancelled

Index = QModelIndex | QPersistentModelIndex
DUPLICATE = "duplicate"
MAX_ISSUES = 50


def local_files(urls: Iterable[Any]) -> list[Path]:
    """The local files among dropped URLs (folders and web addresses are left out)."""
    paths = []
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.is_file():
                paths.append(path)
    return paths


@dataclass(frozen=True)
class IssueLine:
    kind: str
    record_id: str
    reason: str
    conflict: bool


@dataclass
class FileSummary:
    """What one file would do or did, without the records themselves (those stay in the
    worker: a county file holds hundreds of thousands)."""

    path: Path
    outcome: str
    message: str = ""
    kind: str = "data"
    sender_name: str = ""
    sender_level: str = ""
    sequence: int | None = None
    created_at: str = ""
    template_title: str = ""
    checksum: str = ""
    export_key: tuple[str, str] | None = None
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    gaps: list[int] = field(default_factory=list)
    older: bool = False
    notes: list[str] = field(default_factory=list)
    issues: list[IssueLine] = field(default_factory=list)
    issue_total: int = 0
    already_on: str = ""
    same_as: str = ""
    # A new sender whose key the user may confirm: name, level, fingerprint, phone code.
    new_key: dict[str, str] | None = None

    def total(self, outcome: str) -> int:
        return sum(row.get(outcome, 0) for row in self.counts.values())

    def changes_anything(self) -> bool:
        return bool(self.total(NEW) or self.total(UPDATED))

    @property
    def importable(self) -> bool:
        return self.outcome == PREVIEWED


def summarise(report: ImportReport) -> FileSummary:
    if report.outcome == REFUSED:
        message = report.error.user_message() if report.error else ""
        new_key = None
        if isinstance(report.error, UnknownSenderKeyError):
            new_key = {
                k: str(report.error.details[k]) for k in ("name", "level", "fingerprint", "phone")
            }
        return FileSummary(report.path, REFUSED, message=message, new_key=new_key)
    preview = report.preview
    assert preview is not None
    package = preview.package
    issues = [
        IssueLine(issue.table, issue.record_id, translate("Exchange", issue.reason), conflict)
        for conflict, group in ((True, preview.conflicts), (False, preview.rejected))
        for issue in group
    ]
    previous = preview.already_imported
    return FileSummary(
        path=report.path,
        outcome=report.outcome,
        kind=package.kind,
        sender_name=str(package.sender.get("name", "")),
        sender_level=str(package.sender.get("level", "")),
        sequence=package.sequence,
        created_at=str(package.manifest.get("created_at", "")),
        template_title=str((package.manifest.get("template") or {}).get("title", "")),
        checksum=package.file_checksum,
        export_key=(str(package.sender["group_id"]), package.export_id),
        counts={table: row for table, row in preview.counts.items() if any(row.values())},
        gaps=list(preview.sequence_gaps),
        older=preview.older_than_imported,
        notes=[translate("Exchange", note) for note in preview.notes],
        issues=issues[:MAX_ISSUES],
        issue_total=len(issues),
        already_on=local_time(previous.occurred_at)[:10] if previous else "",
    )


def _inside_file(progress: Any, index: int, count: int) -> FileProgress:
    """The bar moves within a file too; Cancel is only heard between files."""
    report = within_batch(progress, index, count)

    def quietly(fraction: float) -> None:
        with contextlib.suppress(OperationCancelled):
            report(fraction)

    return quietly


def preview_files(store: Store, paths: list[Path], progress: Any) -> list[FileSummary]:
    """Check and preview each file; runs in a worker thread and changes nothing."""
    summaries = []
    for index, path in enumerate(paths):
        within_batch(progress, index, len(paths))(0.0)
        within = _inside_file(progress, index, len(paths))
        summaries.append(summarise(import_file(store, path, dry_run=True, progress=within)))
    progress(len(paths) * FILE_STEPS, len(paths) * FILE_STEPS)
    return summaries


def import_previewed(
    store: Store, paths: list[Path], progress: Any
) -> tuple[list[FileSummary], bool]:
    """Import the files one by one; Cancel stops between files, never inside one."""
    results = []
    with batch_of_files(store) as batch:
        for index, path in enumerate(paths):
            try:
                within_batch(progress, index, len(paths))(0.0)
            except OperationCancelled:
                return results, True
            within = _inside_file(progress, index, len(paths))
            results.append(summarise(import_file(store, path, batch=batch, progress=within)))
    progress(len(paths) * FILE_STEPS, len(paths) * FILE_STEPS)
    return results, False


STATUS_TEXTS = {
    PREVIEWED: QT_TRANSLATE_NOOP("FilesModel", "Ready to import"),
    ALREADY_IMPORTED: QT_TRANSLATE_NOOP("FilesModel", "Already imported"),
    REFUSED: QT_TRANSLATE_NOOP("FilesModel", "Cannot be imported"),
    IMPORTED: QT_TRANSLATE_NOOP("FilesModel", "Imported"),
    DUPLICATE: QT_TRANSLATE_NOOP("FilesModel", "Same export as another file"),
}


class FilesModel(QAbstractTableModel):
    """One row per file: who sent it, what it would do, and how it went."""

    HEADERS = (
        QT_TRANSLATE_NOOP("FilesModel", "File"),
        QT_TRANSLATE_NOOP("FilesModel", "From"),
        QT_TRANSLATE_NOOP("FilesModel", "Export"),
        *(OUTCOME_LABELS[outcome] for outcome in OUTCOMES),
        QT_TRANSLATE_NOOP("FilesModel", "Status"),
    )
    FILE, SENDER, SEQUENCE = 0, 1, 2
    FIRST_COUNT = 3
    STATUS = FIRST_COUNT + len(OUTCOMES)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.files: list[FileSummary] = []

    def _tr(self, text: str) -> str:
        return QCoreApplication.translate("FilesModel", text)

    def add(self, summaries: list[FileSummary]) -> None:
        if not summaries:
            return
        start = len(self.files)
        self.beginInsertRows(QModelIndex(), start, start + len(summaries) - 1)
        self.files.extend(summaries)
        self.endInsertRows()
        self._mark_duplicates()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.files[row]
        self.endRemoveRows()

    def replace_results(self, results: list[FileSummary]) -> None:
        by_path = {result.path: result for result in results}
        self.files = [by_path.get(summary.path, summary) for summary in self.files]
        self.dataChanged.emit(
            self.index(0, 0), self.index(len(self.files) - 1, self.columnCount() - 1)
        )

    def _mark_duplicates(self) -> None:
        # Two copies of one export in the same batch: the first is imported, the second
        # would only be reported as already imported. Say so before anything happens.
        seen: dict[object, str] = {}
        for row, summary in enumerate(self.files):
            if summary.outcome not in (PREVIEWED, DUPLICATE):
                continue
            key = summary.export_key or summary.checksum
            if key in seen and summary.outcome == PREVIEWED:
                self.files[row] = replace(summary, outcome=DUPLICATE, same_as=seen[key])
            elif key not in seen:
                seen[key] = summary.path.name

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.files)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if self.FIRST_COUNT <= section < self.STATUS:
            return translate("Exchange", self.HEADERS[section])
        return self._tr(self.HEADERS[section])

    def status_text(self, summary: FileSummary) -> str:
        if summary.outcome == ALREADY_IMPORTED:
            return self.tr("Already imported {date}: nothing changes").format(
                date=summary.already_on
            )
        if summary.outcome == PREVIEWED and not summary.changes_anything():
            return self.tr("Ready: nothing new in it")
        if summary.outcome == IMPORTED and not summary.changes_anything():
            return self.tr("Imported: nothing new in it")
        return self._tr(STATUS_TEXTS[summary.outcome])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self.files[index.row()]
        column = index.column()
        refused = summary.outcome == REFUSED
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FILE:
                return summary.path.name
            if column == self.SENDER:
                return summary.sender_name
            if column == self.SEQUENCE:
                return "" if summary.sequence is None else str(summary.sequence)
            if column == self.STATUS:
                return self.status_text(summary)
            if refused:
                return ""
            value = summary.total(OUTCOMES[column - self.FIRST_COUNT])
            return str(value) if value else "–"
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.FILE, self.STATUS):
            return summary.message or str(summary.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.SEQUENCE <= column < self.STATUS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            if refused:
                return QColor("#b42318")
            if summary.outcome == IMPORTED:
                return QColor("#1d6b2f")
        return None
