"""Importing several files: check and preview each one off the GUI thread, show what it
would do, then import the accepted files (each in one transaction after a backup, which
the core does) and say how it went. A refused file changes nothing."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.domain import LEVELS, label_for
from narvard_desktop.exchange.format import KIND_TEMPLATE
from narvard_desktop.exchange.importer import (
    ALREADY_IMPORTED,
    IMPORTED,
    PREVIEWED,
    REFUSED,
    pin_sender_of_file,
)
from narvard_desktop.exchange.plan import CONFLICT, NEW, OUTCOMES, REJECTED, UNCHANGED, UPDATED
from narvard_desktop.exchange.report import OUTCOME_LABELS
from narvard_desktop.i18n import translate
from narvard_desktop.record_kinds import kind_label
from narvard_desktop.store import Store
from narvard_desktop.ui.exchange.import_files import (
    DUPLICATE,
    FilesModel,
    FileSummary,
    import_previewed,
    local_files,
    preview_files,
)
from narvard_desktop.ui.exchange.ledger_model import KindCountsModel, local_time, setup_table_view
from narvard_desktop.ui.exchange.trust_question import ask_to_trust_key
from narvard_desktop.ui.kit.changes import write
from narvard_desktop.ui.kit.operations import run_operation
from narvard_desktop.ui.kit.table_helpers import guard_stretch


class ImportDialog(QDialog):
    """Add files (button or drop), see each one's preview, import, read the report."""

    imported = Signal()

    def __init__(
        self, store: Store, paths: Iterable[Path] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.busy = False
        self.done_importing = False
        self.setWindowTitle(self.tr("Import files"))
        self.setAcceptDrops(True)
        self.resize(1100, 680)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each file is checked and shown here first; nothing changes until you press "
                "Import. You can add more files with the button or by dragging them here."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.model = FilesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table_view(self.table)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FilesModel.FILE, QHeaderView.ResizeMode.Stretch)
        guard_stretch(self.table, FilesModel.FILE)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.model.rowsInserted.connect(lambda *_: self._after_files_changed())
        self.model.rowsRemoved.connect(lambda *_: self._after_files_changed())
        self.model.dataChanged.connect(lambda *_: self._show_details())

        details = QFrame()
        details.setObjectName("card")
        details_layout = QVBoxLayout(details)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("cardTitle")
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_title.setWordWrap(True)
        self.detail_text = QLabel()
        self.detail_text.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_model = KindCountsModel(
            [
                translate("Exchange", "Kind"),
                *(translate("Exchange", OUTCOME_LABELS[o]) for o in OUTCOMES),
            ],
            self,
        )
        self.kind_view = QTableView()
        self.kind_view.setModel(self.kind_model)
        setup_table_view(self.kind_view)
        self.kind_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        details_layout.addWidget(self.detail_title)
        details_layout.addWidget(self.detail_text)
        details_layout.addWidget(self.kind_view, 1)
        # Keeps the texts at the top when a refused file has no table to show.
        details_layout.addStretch(0)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([180, 380])
        layout.addWidget(splitter, 1)

        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(
            self.tr("&Add files…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.remove_button = buttons.addButton(
            self.tr("&Remove from list"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.remove_button.setToolTip(self.tr("Leave the chosen file out of this import (Delete)"))
        self.trust_button = buttons.addButton(
            self.tr("&Confirm sender's key…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.trust_button.setToolTip(
            self.tr("A new sender: compare its key with the sender before its files are imported")
        )
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setToolTip(
            self.tr("A backup of the database is made before each file is imported.")
        )
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_current)
        self.trust_button.clicked.connect(self.confirm_key)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_current)
        layout.addWidget(buttons)
        self._after_files_changed()
        paths = list(paths)
        if paths:
            self.add_files(paths)

    # ------------------------------------------------------------------ adding files

    def choose_files(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose files to import"),
            "",
            self.tr("Närvård Samverkan files (*.narvard);;All files (*)"),
        )
        if chosen:
            self.add_files([Path(name) for name in chosen])

    def add_files(self, paths: Iterable[Path]) -> None:
        """Preview the files not already in the list, off the GUI thread."""
        known = {summary.path.resolve() for summary in self.model.files}
        fresh: list[Path] = []
        for path in paths:
            resolved = Path(path).resolve()
            if resolved not in known:
                known.add(resolved)
                fresh.append(resolved)
        if not fresh:
            return
        self._set_busy(True)
        operation = run_operation(
            self,
            self.store.data_dir,
            lambda store, progress: preview_files(store, fresh, progress),
            self.tr("Checking %n file(s)…", "", len(fresh)),
            on_success=self.model.add,
        )
        operation.ended.connect(lambda: self._set_busy(False))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if not self.busy and local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = local_files(event.mimeData().urls())
        if paths and not self.busy:
            event.acceptProposedAction()
            self.add_files(paths)

    def remove_current(self) -> None:
        row = self.table.currentIndex().row()
        if self.busy or row < 0 or self.model.files[row].outcome == IMPORTED:
            return
        self.model.remove(row)

    def current_summary(self) -> FileSummary | None:
        row = self.table.currentIndex().row()
        return self.model.files[row] if 0 <= row < len(self.model.files) else None

    def confirm_key(self) -> None:
        """Show a new sender's fingerprint and phone code; pin the key only on a clear yes."""
        summary = self.current_summary()
        if self.busy or summary is None or summary.new_key is None:
            return
        key = summary.new_key
        if not ask_to_trust_key(self, summary.path.name, key):
            return
        path = summary.path
        written = write(
            self, self.store, lambda: pin_sender_of_file(self.store, path, key["fingerprint"])
        )
        if written:
            # Checked again with the key now known: the preview shows what it would do.
            self.model.remove(self.model.files.index(summary))
            self.add_files([path])

    # ------------------------------------------------------------------ importing

    def importable_paths(self) -> list[Path]:
        return [summary.path for summary in self.model.files if summary.importable]

    def start_import(self) -> None:
        paths = self.importable_paths()
        if not paths:
            return
        self._set_busy(True)
        operation = run_operation(
            self,
            self.store.data_dir,
            lambda store, progress: import_previewed(store, paths, progress),
            self.tr("Importing %n file(s)…", "", len(paths)),
            on_success=self._on_imported,
        )
        operation.ended.connect(lambda: self._set_busy(False))

    def _on_imported(self, outcome: tuple[list[FileSummary], bool]) -> None:
        results, cancelled = outcome
        self.done_importing = True
        self.model.replace_results(results)
        # The worker's connection may have changed reference lists (templates).
        self.store.reload_reference()
        self._after_files_changed(cancelled=cancelled)
        self.imported.emit()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.importable_paths())
        self.import_button.setEnabled(not self.busy and count > 0)
        self.import_button.setText(
            self.tr("&Import %n file(s)", "", count) if count > 1 else self.tr("&Import")
        )
        self.import_button.setDefault(count > 0)
        self.add_button.setEnabled(not self.busy)
        self.remove_button.setEnabled(not self.busy and self.model.rowCount() > 0)
        current = self.current_summary() if hasattr(self, "table") else None
        self.trust_button.setVisible(any(f.new_key for f in self.model.files))
        self.trust_button.setEnabled(
            not self.busy and current is not None and current.new_key is not None
        )

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    # ------------------------------------------------------------------ showing

    def count(self, outcome: str) -> int:
        return sum(1 for summary in self.model.files if summary.outcome == outcome)

    def summary_text(self, cancelled: bool = False) -> str:
        files = self.model.files
        if not files:
            return self.tr("No files yet. Add the files you have received.")
        parts = [self.tr("Files: {n}.").format(n=len(files))]
        for outcome, phrase in (
            (IMPORTED, self.tr("Imported: {n}.")),
            (PREVIEWED, self.tr("Ready to import: {n}.")),
            (ALREADY_IMPORTED, self.tr("Already imported: {n} (importing again changes nothing).")),
            (DUPLICATE, self.tr("Copies of another file in the list: {n}.")),
            (REFUSED, self.tr("Cannot be imported: {n} (nothing is changed for them).")),
        ):
            if self.count(outcome):
                parts.append(phrase.format(n=self.count(outcome)))
        text = " ".join(parts)
        if cancelled:
            text += " " + self.tr(
                "The import was stopped; the files not yet imported are still ready."
            )
        elif self.count(PREVIEWED):
            text += " " + self.tr("A backup is made before anything changes.")
        return text

    def _after_files_changed(self, cancelled: bool = False) -> None:
        self.summary_label.setText(self.summary_text(cancelled))
        self._update_buttons()
        if self.model.rowCount() and self.table.currentIndex().row() < 0:
            self.table.selectRow(0)
        self._show_details()

    def _show_details(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0 or row >= len(self.model.files):
            self.detail_title.setText(self.tr("Drop .narvard files here or press Add files."))
            self.detail_text.clear()
            self.kind_model.set_rows([])
            self.kind_view.hide()
            return
        summary = self.model.files[row]
        self._update_buttons()
        self.detail_title.setText(self.title_for(summary))
        self.detail_text.setText("\n".join(self.detail_lines(summary)))
        self.kind_model.set_rows(
            [(kind, [row[o] for o in OUTCOMES]) for kind, row in summary.counts.items()]
        )
        self.kind_view.setVisible(summary.outcome != REFUSED and bool(summary.counts))

    def title_for(self, summary: FileSummary) -> str:
        if summary.outcome == REFUSED:
            return self.tr("The file cannot be imported")
        if summary.kind == KIND_TEMPLATE:
            return self.tr("Template “{title}” from {sender}").format(
                title=summary.template_title, sender=summary.sender_name
            )
        return self.tr("Export {sequence} from {sender}").format(
            sequence=summary.sequence, sender=summary.sender_name
        )

    def detail_lines(self, summary: FileSummary) -> list[str]:
        if summary.outcome == REFUSED:
            return [summary.message]
        lines = [
            self.tr("File: {file}").format(file=summary.path.name),
            self.tr("Sent by {sender} ({level}), made {time}.").format(
                sender=summary.sender_name,
                level=label_for(LEVELS, summary.sender_level).lower(),
                time=local_time(summary.created_at),
            ),
        ]
        if summary.outcome == ALREADY_IMPORTED:
            lines.append(
                self.tr(
                    "This export was already imported on {date}. Importing it again is "
                    "harmless: nothing changes."
                ).format(date=summary.already_on)
            )
        elif summary.outcome == DUPLICATE:
            lines.append(
                self.tr(
                    "This is the same export as {file} in the list; it is imported only once."
                ).format(file=summary.same_as)
            )
        elif summary.outcome == IMPORTED:
            lines.append(self.tr("Imported. A backup was made first."))
        elif not summary.changes_anything():
            lines.append(self.tr("Nothing new: everything in the file is already here."))
        if summary.outcome in (PREVIEWED, IMPORTED):
            total = summary.total
            lines.append(
                self.tr("{new} new, {updated} updated, {unchanged} unchanged records.").format(
                    new=total(NEW), updated=total(UPDATED), unchanged=total(UNCHANGED)
                )
            )
        if summary.gaps:
            lines.append(
                self.tr(
                    "Exports missing from {sender}: {numbers}. Ask for them if they were sent."
                ).format(sender=summary.sender_name, numbers=", ".join(map(str, summary.gaps)))
            )
        if summary.older:
            lines.append(
                self.tr(
                    "This export is older than one already imported from {sender}; the newer "
                    "data is kept."
                ).format(sender=summary.sender_name)
            )
        lines.extend(summary.notes)
        conflicts = summary.total(CONFLICT)
        rejected = summary.total(REJECTED)
        if conflicts or rejected:
            lines.append(
                self.tr(
                    "{conflicts} conflicts and {rejected} rejected records are shown but not "
                    "imported; the rest of the file is."
                ).format(conflicts=conflicts, rejected=rejected)
            )
            for issue in summary.issues[:10]:
                lines.append(f"  • {kind_label(issue.kind)}: {issue.reason} ({issue.record_id})")
            if summary.issue_total > 10:
                lines.append(f"  … (+{summary.issue_total - 10})")
        return lines
