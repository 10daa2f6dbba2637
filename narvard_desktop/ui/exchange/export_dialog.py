"""Exporting a file: choose where, write it off the GUI thread, then say what went in and
which texts the privacy guard kept back (and how to get them sent)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop import clock
from narvard_desktop.exchange.export import ExportResult, export_data
from narvard_desktop.exchange.format import FILE_SUFFIX, KIND_DATA, KIND_TEMPLATE
from narvard_desktop.exchange.ledger import next_export_sequence
from narvard_desktop.exchange.report import KIND_HEADER
from narvard_desktop.exchange.templates import export_template
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.privacy import mask
from narvard_desktop.record_kinds import field_label, kind_label
from narvard_desktop.services.action_plans import list_plans
from narvard_desktop.store import Store
from narvard_desktop.ui.exchange.ledger_model import KindCountsModel, setup_table_view
from narvard_desktop.ui.kit.operations import run_operation
from narvard_desktop.ui.kit.privacy_hint import exempt

Index = QModelIndex | QPersistentModelIndex
EXCERPT_LENGTH = 90
_UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


def safe_file_stem(text: str) -> str:
    """A file name part that Windows, macOS and Linux all accept."""
    cleaned = _UNSAFE_IN_FILE_NAMES.sub("-", text)
    cleaned = " ".join(cleaned.split()).strip(" .")
    return cleaned[:120].strip(" .") or "narvard"


def default_file_name(group_name: str, sequence: int, day: date, template: bool = False) -> str:
    pattern = (
        QCoreApplication.translate("ExportDialog", "{group} template {sequence} {date}")
        if template
        else QCoreApplication.translate("ExportDialog", "{group} export {sequence} {date}")
    )
    stem = pattern.format(group=group_name, sequence=sequence, date=day.isoformat())
    return safe_file_stem(stem) + FILE_SUFFIX


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def excerpt(text: str | None) -> str:
    """The withheld text with the number masked, around the first hit, on one line."""
    masked = " ".join(mask(text or "").split())
    hit = masked.find("ÅÅ")
    start = max(0, hit - EXCERPT_LENGTH // 3) if hit > EXCERPT_LENGTH // 2 else 0
    shown = masked[start : start + EXCERPT_LENGTH]
    return ("…" if start else "") + shown + ("…" if start + EXCERPT_LENGTH < len(masked) else "")


@dataclass(frozen=True)
class WithheldText:
    table: str
    record_id: str
    column: str
    owner_name: str
    own: bool
    excerpt: str


@dataclass
class ExportSummary:
    path: Path
    kind: str
    sequence: int
    sender_name: str
    counts: dict[str, int]
    withheld: list[WithheldText] = field(default_factory=list)
    template_title: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def summarise_export(store: Store, result: ExportResult) -> ExportSummary:
    """Everything the report shows, read in the worker thread from its own connection."""
    own_id = store.own_group_id
    names: dict[str, str] = {}
    withheld = []
    for item in result.withheld:
        if item.owner_group_id not in names:
            names[item.owner_group_id] = store.record("groups", item.owner_group_id)["name"]
        record = store.record(item.table, item.record_id)
        withheld.append(
            WithheldText(
                table=item.table,
                record_id=item.record_id,
                column=item.column,
                owner_name=names[item.owner_group_id],
                own=item.owner_group_id == own_id,
                excerpt=excerpt(record.get(item.column)),
            )
        )
    manifest = result.manifest
    return ExportSummary(
        path=result.path,
        kind=str(manifest.get("kind", KIND_DATA)),
        sequence=int(manifest["sequence"]),
        sender_name=str(manifest["sender"]["name"]),
        counts={table: n for table, n in result.counts.items() if n},
        withheld=withheld,
        template_title=str((manifest.get("template") or {}).get("title", "")),
    )


class WithheldModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("WithheldModel", "Kind"),
        QT_TRANSLATE_NOOP("WithheldModel", "Field"),
        QT_TRANSLATE_NOOP("WithheldModel", "Belongs to"),
        QT_TRANSLATE_NOOP("WithheldModel", "Text (the number hidden)"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[WithheldText] = []

    def set_rows(self, rows: list[WithheldText]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("WithheldModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                kind_label(row.table),
                field_label(row.column, row.table),
                row.owner_name,
                row.excerpt,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return row.excerpt
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("WithheldModel", "Record id: {id}").format(
                id=row.record_id
            )
        return None


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    setup_table_view(view)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ExportDialog(QDialog):
    """Choose the file (and at upper levels: data or a template), export, then report."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.group = store.own_group() or {}
        self.summary: ExportSummary | None = None
        self.busy = False
        self._path_edited = False
        self.setWindowTitle(self.tr("Export file"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        self.pages.addWidget(self._build_form())
        self.pages.addWidget(self._build_report())
        self._update_default_path()

    # ------------------------------------------------------------------ the form

    def _build_form(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        level = self.group.get("level", "lokal")
        lead = QLabel(
            {
                "lokal": self.tr(
                    "The file holds the group's action plan, indicators, meetings and "
                    "deviations (never who they were about). Mail it to the sub-regional "
                    "coordinator or put it on a shared drive."
                ),
                "delregional": self.tr(
                    "The file holds the area's own records and everything imported from the "
                    "kommuner, each still marked with the group it came from. Send it to the "
                    "county level."
                ),
            }.get(
                level,
                self.tr(
                    "The file holds the county group's own records and everything it has "
                    "imported, each still marked with the group it came from."
                ),
            )
        )
        lead.setWordWrap(True)
        layout.addWidget(lead)

        self.data_choice = QRadioButton(self.tr("The group's &data, for the level above"))
        self.template_choice = QRadioButton(
            self.tr("An action plan &template, for the levels below")
        )
        self.template_choice.setToolTip(
            self.tr(
                "The groups below adopt the template as their own plan. A later version of "
                "the same template updates their plan instead of adding a second one."
            )
        )
        self.plan = QComboBox()
        self.plan.setToolTip(self.tr("The action plan to publish as a template"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.data_choice)
        self.kind_group.addButton(self.template_choice)
        self.data_choice.setChecked(True)
        choice_box = QFrame()
        choice_layout = QGridLayout(choice_box)
        choice_layout.setContentsMargins(0, 8, 0, 8)
        choice_layout.addWidget(self.data_choice, 0, 0, 1, 2)
        choice_layout.addWidget(self.template_choice, 1, 0)
        choice_layout.addWidget(self.plan, 1, 1)
        choice_layout.setColumnStretch(1, 1)
        layout.addWidget(choice_box)
        if level == "lokal":
            choice_box.hide()
        else:
            for plan in list_plans(self.store, own_only=True):
                self.plan.addItem(plan["title"], plan["id"])
            if self.plan.count() == 0:
                self.template_choice.setEnabled(False)
                self.plan.setEnabled(False)
                self.template_choice.setToolTip(
                    self.tr("The group has no action plan of its own to publish as a template.")
                )
        self.plan.setEnabled(False)
        self.template_choice.toggled.connect(self._on_kind_changed)
        self.plan.currentIndexChanged.connect(lambda _i: self._update_default_path())

        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("&Save as:"))
        self.path_edit = QLineEdit()
        exempt(self.path_edit, "a file path on this computer: never stored, never sent")
        self.path_edit.textEdited.connect(self._on_path_edited)
        file_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        file_row.addWidget(file_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        layout.addLayout(file_row)
        hint = QLabel(
            self.tr(
                "Free texts that contain a personal identity number are not sent; the report "
                "afterwards lists them. Nothing in this group changes by exporting."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch()

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start_export)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        return page

    def _on_kind_changed(self, template: bool) -> None:
        self.plan.setEnabled(template and self.plan.count() > 0)
        self._update_default_path()

    def _on_path_edited(self, _text: str) -> None:
        self._path_edited = True

    def kind(self) -> str:
        return KIND_TEMPLATE if self.template_choice.isChecked() else KIND_DATA

    def _update_default_path(self) -> None:
        if self._path_edited:
            return
        kind = self.kind()
        sequence = next_export_sequence(self.store.db, kind)
        name = default_file_name(
            self.group.get("name", ""), sequence, clock.today(), kind == KIND_TEMPLATE
        )
        folder = Path(self.path_edit.text()).parent if self.path_edit.text() else None
        self.path_edit.setText(str((folder or documents_folder()) / name))

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save export file"),
            self.path_edit.text(),
            self.tr("Närvård Samverkan files (*.narvard)"),
        )
        if chosen:
            self._path_edited = True
            self.path_edit.setText(chosen)

    def chosen_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        return path

    def _confirm_replace(self, path: Path) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Replace the file?"))
        box.setText(
            self.tr("The file {file} already exists. Replace it with the new export?").format(
                file=path.name
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("&Replace"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Ok

    def start_export(self) -> None:
        path = self.chosen_path()
        if path is None:
            self.path_edit.setFocus()
            return
        if path.exists() and not self._confirm_replace(path):
            return
        kind = self.kind()
        plan_id = self.plan.currentData()

        def work(store: Store, progress: Any) -> ExportSummary:
            if kind == KIND_TEMPLATE:
                result = export_template(store, plan_id, path, progress)
            else:
                result = export_data(store, path, progress)
            return summarise_export(store, result)

        self._set_busy(True)
        operation = run_operation(
            self,
            self.store.data_dir,
            work,
            self.tr("Writing {file}…").format(file=path.name),
            on_success=self.show_report,
        )
        operation.ended.connect(lambda: self._set_busy(False))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.export_button.setEnabled(not busy)

    def reject(self) -> None:
        # Closing while the file is being written would leave the report nowhere to go.
        if not self.busy:
            super().reject()

    # ------------------------------------------------------------------ the report

    def _build_report(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.headline = QLabel()
        self.headline.setObjectName("cardTitle")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.where = QLabel()
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.counts_model = KindCountsModel(
            [translate("Exchange", KIND_HEADER), self.tr("Records")], self
        )
        self.counts_view = _table(self.counts_model)
        self.counts_view.setMaximumWidth(420)
        layout.addWidget(self.counts_view, 1)

        self.withheld_box = QFrame()
        self.withheld_box.setObjectName("card")
        withheld_layout = QVBoxLayout(self.withheld_box)
        self.withheld_title = QLabel()
        self.withheld_title.setObjectName("cardTitle")
        self.withheld_title.setTextFormat(Qt.TextFormat.PlainText)
        self.withheld_title.setWordWrap(True)
        self.withheld_explanation = QLabel()
        self.withheld_explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.withheld_explanation.setWordWrap(True)
        self.withheld_model = WithheldModel(self)
        self.withheld_view = _table(self.withheld_model)
        withheld_layout.addWidget(self.withheld_title)
        withheld_layout.addWidget(self.withheld_explanation)
        withheld_layout.addWidget(self.withheld_view)
        layout.addWidget(self.withheld_box)

        buttons = QDialogButtonBox()
        self.show_folder_button = buttons.addButton(
            self.tr("Show in &folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.show_folder_button.clicked.connect(self.open_folder)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        return page

    def show_report(self, summary: ExportSummary) -> None:
        self.summary = summary
        if summary.kind == KIND_TEMPLATE:
            self.headline.setText(
                self.tr("The template “{title}” is saved: %n record(s).", "", summary.total).format(
                    title=summary.template_title
                )
            )
        else:
            self.headline.setText(
                self.tr(
                    "Export {sequence} from {group} is saved: %n record(s).", "", summary.total
                ).format(sequence=summary.sequence, group=summary.sender_name)
            )
        self.where.setText(
            self.tr("File: {path}\nMail it or put it on a shared drive.").format(path=summary.path)
        )
        self.counts_model.set_rows([(kind, [n]) for kind, n in summary.counts.items()])
        self._show_withheld(summary.withheld)
        self.pages.setCurrentIndex(1)

    def _show_withheld(self, withheld: list[WithheldText]) -> None:
        self.withheld_box.setVisible(bool(withheld))
        self.withheld_model.set_rows(withheld)
        if not withheld:
            return
        title = self.tr(
            "%n text(s) not sent because they contain a personal identity number",
            "",
            len(withheld),
        )
        self.withheld_title.setText(title)
        shown_rows = min(len(withheld), 6)
        view = self.withheld_view
        view.setFixedHeight(
            view.horizontalHeader().sizeHint().height()
            + shown_rows * view.verticalHeader().defaultSectionSize()
            + 2 * view.frameWidth()
            + (view.horizontalScrollBar().sizeHint().height() if len(withheld) > 6 else 4)
        )
        explanation = self.tr(
            "A personnummer or samordningsnummer may never leave the group, so these texts "
            "were left out of the file; everything else was sent. To send them: remove the "
            "number from the text and export again."
        )
        others = sorted({item.owner_name for item in withheld if not item.own})
        if others:
            explanation += " " + self.tr(
                "Texts that belong to another group ({groups}) can only be changed there: "
                "ask them to remove the number and send a new file."
            ).format(groups=", ".join(others))
        self.withheld_explanation.setText(explanation)

    def open_folder(self) -> None:
        if self.summary is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.summary.path.parent)))
