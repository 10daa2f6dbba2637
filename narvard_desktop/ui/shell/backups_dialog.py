"""Arkiv → Säkerhetskopior: the backups listed (date, reason, size), one taken or restored.

Restoring replaces the whole database, so the dialog only asks; the session
closes the database, restores through the core and opens the window again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.errors import NarvardError
from narvard_desktop.i18n import translate
from narvard_desktop.store import Store
from narvard_desktop.store.backups import (
    BackupInfo,
    foreign_key_problems,
    integrity_problems,
    list_backups,
    reason_label,
)
from narvard_desktop.ui.kit.questions import confirm, show_error
from narvard_desktop.ui.kit.table_helpers import guard_stretch

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsDialog(QDialog):
    """The list of backups; `restore_requested(path)` when the user confirms a restore."""

    restore_requested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 440)
        layout = QVBoxLayout(self)
        lead = QLabel(
            self.tr(
                "A backup is taken before every import and update, when the program closes "
                "and every half hour while you work. Older ones are thinned out: all of "
                "today, one a day for two weeks, one a week for three months, then one a month."
            )
        )
        lead.setWordWrap(True)
        layout.addWidget(lead)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Backups"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        guard_stretch(self.table, 1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.restore_selected)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("There are no backups yet."))
        self.empty.setObjectName("hint")
        layout.addWidget(self.empty)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(self.tr("&Take a backup now"))
        self.backup_button.clicked.connect(self.take_backup)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reload()

    def reload(self) -> None:
        self.backups: list[BackupInfo] = list_backups(self.store.data_dir)
        locale = QLocale()
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            taken = info.time.astimezone().strftime("%Y-%m-%d %H:%M")
            cells = (
                taken,
                translate("Backups", reason_label(info.reason)),
                locale.formattedDataSize(info.size, 0, QLocale.DataSizeFormat.DataSizeSIFormat),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(info.path))
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.backups)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def take_backup(self) -> Path | None:
        try:
            path = self.store.backup("manual")
        except NarvardError as error:
            show_error(self, error)
            return None
        self.reload()
        return path

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        taken = info.time.astimezone().strftime("%Y-%m-%d %H:%M")
        question = self.tr(
            "Replace the group's data with the backup from {taken}? Everything written "
            "after it is replaced; the current state is kept as a backup first, so this "
            "can be undone by restoring that one."
        ).format(taken=taken)
        if not confirm(self, self.tr("Restore backup"), question):
            return
        self.restore_requested.emit(str(info.path))
        self.accept()


def database_check_report(store: Store) -> tuple[bool, str]:
    """`integrity_check` and `foreign_key_check` in words: (intact, message)."""
    problems = integrity_problems(store.path) or foreign_key_problems(store.path)
    if not problems:
        return True, translate("Backups", "The database is intact: no problems were found.")
    text = translate(
        "Backups",
        "The database has problems. Restore the newest backup from before they began "
        "(File → Backups…). What the check found:",
    )
    return False, text + "\n" + "\n".join(problems[:20])
