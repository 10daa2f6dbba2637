"""Arkiv → Signeringsnycklar: the group's own key to read aloud in a phone check, the
keys pinned for other groups, and "ny nyckel" (a logged key rotation)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.domain import LEVELS, label_for
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.services.group_keys import group_signer
from narvard_desktop.signing import all_keys, phone_code, rotate_key
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.changes import write
from narvard_desktop.ui.kit.questions import confirm

ORIGINS = {
    "own": QT_TRANSLATE_NOOP("Keys", "own key"),
    "confirmed": QT_TRANSLATE_NOOP("Keys", "confirmed by the user"),
    "directory": QT_TRANSLATE_NOOP("Keys", "from the county's key directory"),
    "rotation": QT_TRANSLATE_NOOP("Keys", "new key signed by the previous one"),
    "vouched": QT_TRANSLATE_NOOP("Keys", "passed on by the level in between"),
}


class KeysDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Signing keys"))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        self.own = QLabel()
        self.own.setTextFormat(Qt.TextFormat.PlainText)
        self.own.setWordWrap(True)
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.own)
        self.model = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.rotate_button = buttons.addButton(
            self.tr("&New key…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.rotate_button.clicked.connect(self.rotate)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        signer = group_signer(self.store)
        self.own.setText(
            self.tr(
                "This group's key. Fingerprint: {fingerprint}   Phone code: {phone}\n"
                "Read it to the receiving group when they call to check your first file."
            ).format(fingerprint=signer.fingerprint, phone=phone_code(signer.public_key))
        )
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Group"),
                self.tr("Level"),
                self.tr("Fingerprint"),
                self.tr("Phone code"),
                self.tr("Known through"),
                self.tr("Since"),
            ]
        )
        for key in all_keys(self.store.db):
            since = key.added_at[:10]
            if key.retired_at:
                since += " – " + key.retired_at[:10]
            cells = [
                key.name or key.group_id,
                label_for(LEVELS, key.level) if key.level else "",
                key.fingerprint,
                key.phone_code,
                translate("Keys", ORIGINS.get(key.origin, key.origin)),
                since,
            ]
            self.model.appendRow([QStandardItem(text) for text in cells])
        self.table.resizeColumnsToContents()

    def rotate(self) -> None:
        if not confirm(
            self,
            self.tr("New key"),
            self.tr(
                "Make a new signing key for this group? The change is logged, and your next "
                "export carries it signed by the present key, so the level above follows it. "
                "Files you exported before remain valid where they have been imported."
            ),
        ):
            return
        store = self.store
        if write(
            self, store, lambda: rotate_key(store.db, store.data_dir, store.require_group_id())
        ):
            self.refresh()
