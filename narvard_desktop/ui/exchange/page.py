"""The Exchange section (Utbyte): send a file to the level above, take in files from the
levels below (or templates from above), and see every file that went either way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.store import Store
from narvard_desktop.ui.exchange.export_dialog import ExportDialog
from narvard_desktop.ui.exchange.import_dialog import ImportDialog
from narvard_desktop.ui.exchange.import_files import local_files
from narvard_desktop.ui.exchange.ledger_model import LedgerModel, local_time, setup_table_view
from narvard_desktop.ui.kit.table_helpers import guard_stretch

DROP_ZONE_STYLE = """
QFrame#dropZone { background: #eef4f9; border: 2px dashed #7a9bb5; border-radius: 10px; }
QFrame#dropZone[hovering="true"] { background: #dcebf7; border-color: #005b94; }
QFrame#dropZone QLabel { color: #33505f; background: transparent; border: none; }
"""


class DropZone(QFrame):
    """A place to drop received files; several at once."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setStyleSheet(DROP_ZONE_STYLE)
        self.setAcceptDrops(True)
        self.setMinimumHeight(110)
        layout = QVBoxLayout(self)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton).pixmap(28)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr("Drop received .narvard files here\n(several at once is fine)"))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()
        layout.addWidget(icon)
        layout.addWidget(text)
        layout.addStretch()
        self.setToolTip(
            self.tr("Drag the files from your mail or file manager and let go of them here.")
        )

    def _hover(self, on: bool) -> None:
        self.setProperty("hovering", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if local_files(event.mimeData().urls()):
            event.acceptProposedAction()
            self._hover(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        self._hover(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self._hover(False)
        paths = local_files(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


class ExchangePage(QWidget):
    """Export, import and the ledger of both."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.export_dialog: ExportDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 32)
        title = QLabel(self.tr("Exchange"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.lead = QLabel()
        self.lead.setObjectName("lead")
        self.lead.setWordWrap(True)
        layout.addWidget(self.lead)

        actions = QFrame()
        actions.setObjectName("card")
        actions_layout = QHBoxLayout(actions)
        buttons = QVBoxLayout()
        self.export_button = QPushButton(self.tr("&Export file…"))
        self.export_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)
        )
        self.import_button = QPushButton(self.tr("&Import files…"))
        self.import_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton)
        )
        self.import_button.setToolTip(
            self.tr("Choose one or more received files; each is checked and shown first.")
        )
        for button in (self.export_button, self.import_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        self.last_export = QLabel()
        self.last_export.setObjectName("hint")
        self.last_export.setTextFormat(Qt.TextFormat.PlainText)
        self.last_export.setWordWrap(True)
        buttons.addWidget(self.last_export)
        buttons.addStretch()
        actions_layout.addLayout(buttons, 1)
        self.drop_zone = DropZone()
        actions_layout.addWidget(self.drop_zone, 2)
        layout.addWidget(actions)

        ledger_title = QLabel(self.tr("Files sent and received"))
        ledger_title.setObjectName("cardTitle")
        layout.addSpacing(12)
        layout.addWidget(ledger_title)
        self.ledger_hint = QLabel()
        self.ledger_hint.setObjectName("hint")
        self.ledger_hint.setWordWrap(True)
        layout.addWidget(self.ledger_hint)
        self.ledger_model = LedgerModel(store, self)
        self.ledger_view = QTableView()
        self.ledger_view.setModel(self.ledger_model)
        setup_table_view(self.ledger_view)
        header = self.ledger_view.horizontalHeader()
        header.setSectionResizeMode(LedgerModel.FILE, QHeaderView.ResizeMode.Stretch)
        guard_stretch(self.ledger_view, LedgerModel.FILE)
        layout.addWidget(self.ledger_view, 1)

        self.export_button.clicked.connect(self.open_export)
        self.import_button.clicked.connect(lambda: self.open_import([]))
        self.drop_zone.files_dropped.connect(self.open_import)
        self.refresh()

    def lead_text(self, level: str) -> str:
        if level == "delregional":
            return self.tr(
                "Here you receive the kommuner's files and send the area's data on to the "
                "county level. Import several files at once: each one is checked and shown "
                "before anything changes."
            )
        if level == "lansgemensam":
            return self.tr(
                "Here you receive the files of the sub-regional areas (or of single kommuner) "
                "and send templates down to them. Each file is checked and shown before "
                "anything changes."
            )
        return self.tr(
            "Here you send the group's data to the sub-regional level: export a file and mail "
            "it or put it on a shared drive. Templates from the county or your area are "
            "imported here too."
        )

    def refresh(self) -> None:
        group = self.store.own_group() or {}
        self.lead.setText(self.lead_text(group.get("level", "lokal")))
        self.ledger_model.reload()
        exports = [
            entry
            for row in range(self.ledger_model.rowCount())
            if (entry := self.ledger_model.entry(row)).direction == "export"
        ]
        if exports:
            latest = exports[0]
            self.last_export.setText(
                self.tr("Latest export: number {sequence}, {date}.").format(
                    sequence=latest.sequence, date=local_time(latest.occurred_at)[:10]
                )
            )
        else:
            self.last_export.setText(self.tr("Nothing exported yet."))
        self.ledger_hint.setText(
            self.tr(
                "Every export and import, newest first. Point at the contents to see the "
                "numbers per kind of record."
            )
            if self.ledger_model.rowCount()
            else self.tr(
                "Nothing has been exported or imported yet. Files you send or receive are "
                "listed here."
            )
        )

    def open_export(self) -> None:
        self.export_dialog = ExportDialog(self.store, self)
        self.export_dialog.finished.connect(lambda _result: self.refresh())
        self.export_dialog.open()

    def open_import(self, paths: list[Path]) -> None:
        if self.import_dialog is not None and self.import_dialog.isVisible():
            self.import_dialog.add_files(paths)
            self.import_dialog.raise_()
            return
        self.import_dialog = ImportDialog(self.store, paths, self)
        self.import_dialog.imported.connect(self._after_import)
        self.import_dialog.finished.connect(lambda _result: self.refresh())
        self.import_dialog.open()
        if not paths:
            self.import_dialog.choose_files()

    def _after_import(self) -> None:
        # The import ran in the background; its writes were published when it ended.
        self.refresh()
