"""Excel export and import from the plan view, off the GUI thread.

The import always reads the whole workbook first (a trial run) and shows what
would be created per sheet, or the bad rows by sheet and row number; only
"Import" in that preview writes anything, and then all rows or none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop import clock
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.changes import write
from narvard_desktop.ui.kit.forms import ERROR_STYLE
from narvard_desktop.ui.kit.operations import Operation, run_operation
from narvard_desktop.xlsx import ImportPreview, export_workbook, import_workbook
from narvard_desktop.xlsx.exporter import (
    WorkbookCounts,
    internal_copy_confirmed,
    remember_internal_copy_confirmed,
)
from narvard_desktop.xlsx.importer import kind_label

# A refused workbook is the whole result of the preview, so its message is bold.
_SUMMARY_ERROR_STYLE = ERROR_STYLE + " font-weight: 600;"


def _read_only_table(model: QStandardItemModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The first column names the row (a sheet); the counts beside it stay narrow.
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _item(value: object) -> QStandardItem:
    item = QStandardItem(str(value))
    if isinstance(value, int):
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ImportPreviewDialog(QDialog):
    """What an import will create, or why it cannot; "Import" only when the file is clean."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import from Excel: preview"))
        self.setMinimumSize(620, 460)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("File: {name}").format(name=preview.file_name))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setObjectName("cardTitle")
        layout.addWidget(heading)

        self.sheet_model = QStandardItemModel(self)
        self.sheet_model.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Rows"), self.tr("New"), self.tr("Already present")]
        )
        for sheet in preview.sheets:
            self.sheet_model.appendRow(
                [_item(sheet.name), _item(sheet.rows), _item(sheet.created), _item(sheet.skipped)]
            )
        sheets = _read_only_table(self.sheet_model)
        sheets.setMaximumHeight(160)
        layout.addWidget(sheets)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.error_model = QStandardItemModel(self)
        for error in preview.errors:
            self.error_model.appendRow(QStandardItem(error.describe()))
        self.error_list = QListView()
        self.error_list.setModel(self.error_model)
        self.error_list.setWordWrap(True)
        self.error_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.error_list, 1)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if preview.errors:
            self.summary.setStyleSheet(_SUMMARY_ERROR_STYLE)
            self.summary.setText(
                self.tr(
                    "%n problem(s) were found, so nothing will be imported. Correct the rows "
                    "below in the file and try again.",
                    "",
                    len(preview.errors),
                )
            )
            self.import_button.setEnabled(False)
            self.close_button.setText(self.tr("Close"))
        elif not preview.created:
            self.summary.setText(
                self.tr("Everything in the file is already in the program: nothing new to import.")
            )
            self.error_list.hide()
            self.import_button.setEnabled(False)
            self.close_button.setText(self.tr("Close"))
        else:
            lines = [self.tr("This will be created:")]
            lines += [f"  {kind_label(table)}: {count}" for table, count in preview.created.items()]
            lines.append(self.tr("Nothing has been written yet. A backup is made first."))
            self.summary.setText("\n".join(lines))
            self.error_list.hide()
            self.import_button.setDefault(True)

    def error_texts(self) -> list[str]:
        return [self.error_model.item(row).text() for row in range(self.error_model.rowCount())]


class ExcelExportDialog(QDialog):
    """Asked before an Excel export: the workbook is the group's internal working copy,
    unless "for sharing" is ticked; "Don't ask again" is remembered for the data folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to Excel"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "The workbook is the group's internal working copy: it holds the free texts "
                "as they were typed, and says so on its first sheet. Do not send it outside "
                "the group.\n\nTick the box below for a copy that may be shared: every text "
                "holding a personnummer or samordningsnummer is then left out."
            )
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        self.for_sharing = QCheckBox(
            self.tr("&For sharing: leave out texts holding a personnummer")
        )
        layout.addWidget(self.for_sharing)
        self.dont_ask = QCheckBox(self.tr("&Don't ask again for this data folder"))
        self.dont_ask.setToolTip(
            self.tr("Later exports write the internal working copy without asking.")
        )
        layout.addWidget(self.dont_ask)
        self.for_sharing.toggled.connect(self._sharing_toggled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _sharing_toggled(self, checked: bool) -> None:
        # "Don't ask again" only ever skips to the internal copy, so it means nothing here.
        self.dont_ask.setEnabled(not checked)
        if checked:
            self.dont_ask.setChecked(False)


class ExcelTransfer(QObject):
    """ "Export to Excel…" and "Import from Excel…" for a page; `imported` after a real import."""

    imported = Signal()
    exported = Signal(str)

    def __init__(self, store: Store, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.widget = parent
        self.preview_dialog: ImportPreviewDialog | None = None
        self.operation: Operation | None = None
        self.export_dialog: ExcelExportDialog | None = None
        self.last_directory = str(Path.home())

    # --- export --------------------------------------------------------------------------

    def export(self) -> Operation | None:
        """Ask what kind of workbook (unless told not to), then where to write it."""
        if internal_copy_confirmed(self.store):
            return self.choose_file(for_sharing=False)
        dialog = ExcelExportDialog(self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._asked(dialog))
        self.export_dialog = dialog
        dialog.open()
        return None

    def export_for_sharing(self) -> Operation | None:
        return self.choose_file(for_sharing=True)

    def _asked(self, dialog: ExcelExportDialog) -> None:
        self.export_dialog = None
        for_sharing = dialog.for_sharing.isChecked()
        if dialog.dont_ask.isChecked() and not for_sharing:
            write(self.widget, self.store, lambda: remember_internal_copy_confirmed(self.store))
        self.choose_file(for_sharing=for_sharing)

    def choose_file(self, for_sharing: bool) -> Operation | None:
        name = "handlingsplan-delning" if for_sharing else "handlingsplan"
        suggested = Path(self.last_directory) / f"{name}-{clock.today().isoformat()}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Export to Excel for sharing") if for_sharing else self.tr("Export to Excel"),
            str(suggested),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        self.last_directory = str(target.parent)
        self.operation = run_operation(
            self.widget,
            self.store.data_dir,
            lambda store, _progress: export_workbook(store, target, for_sharing=for_sharing),
            self.tr("Exporting to Excel…"),
            on_success=lambda counts: self._exported(target, counts),
        )
        return self.operation

    def _exported(self, target: Path, counts: WorkbookCounts) -> None:
        lines = [self.tr("The workbook has been saved as {path}.").format(path=str(target))]
        lines += [
            self.tr("{sheet}: %n row(s)", "", count).format(sheet=sheet)
            for sheet, count in counts.items()
        ]
        if counts.for_sharing:
            lines.append(
                self.tr(
                    "For sharing: %n text(s) holding a personnummer or samordningsnummer "
                    "were left out.",
                    "",
                    len(counts.withheld),
                )
                if counts.withheld
                else self.tr("For sharing: no text held a personnummer.")
            )
        else:
            lines.append(
                self.tr(
                    "This is the group's internal working copy (it holds free text): "
                    "do not send it outside the group."
                )
            )
        self._inform(self.tr("Export to Excel"), "\n".join(lines))
        self.exported.emit(str(target))

    # --- import --------------------------------------------------------------------------

    def start_import(self) -> Operation | None:
        path, _filter = QFileDialog.getOpenFileName(
            self.widget,
            self.tr("Import from Excel"),
            self.last_directory,
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return None
        source = Path(path)
        self.last_directory = str(source.parent)
        self.operation = run_operation(
            self.widget,
            self.store.data_dir,
            lambda store, _progress: import_workbook(store, source, dry_run=True),
            self.tr("Reading the workbook…"),
            on_success=lambda preview: self._show_preview(source, preview),
        )
        return self.operation

    def _show_preview(self, source: Path, preview: ImportPreview) -> None:
        dialog = ImportPreviewDialog(preview, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply(source))
        self.preview_dialog = dialog
        dialog.open()

    def _apply(self, source: Path) -> None:
        self.preview_dialog = None
        self.operation = run_operation(
            self.widget,
            self.store.data_dir,
            lambda store, _progress: import_workbook(store, source),
            self.tr("Importing from Excel…"),
            on_success=lambda preview: self._applied(source, preview),
        )

    def _applied(self, source: Path, preview: ImportPreview) -> None:
        if not preview.applied:
            # The file or the data changed since the preview: show why nothing was written.
            self._show_preview(source, preview)
            return
        lines = [self.tr("The import is done.")]
        lines += [f"{kind_label(table)}: {count}" for table, count in preview.created.items()]
        self._inform(self.tr("Import from Excel"), "\n".join(lines))
        self.imported.emit()

    def _inform(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.widget)
        box.exec()
