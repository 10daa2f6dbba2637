"""Om Närvård Samverkan: version, data folder and what the program is built on."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from narvard_desktop import APP_NAME, __version__
from narvard_desktop.store import SCHEMA_VERSION, Store


class AboutDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        layout = QVBoxLayout(self)
        title = QLabel(f"{APP_NAME} {__version__}")
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        lead = QLabel(
            self.tr(
                "Action plans, deviations in collaboration, meetings and minutes for care "
                "collaboration groups in Västra Götaland. Works offline; data never leaves "
                "this computer except in files you export yourself."
            )
        )
        lead.setWordWrap(True)
        layout.addWidget(lead)
        versions = store.reference.versions
        details = [
            (self.tr("Version"), __version__),
            (self.tr("Data folder"), str(store.data_dir)),
            (self.tr("Database"), str(store.path)),
            (self.tr("Database schema"), str(SCHEMA_VERSION)),
            (self.tr("Reference data"), ", ".join(sorted(set(versions.values()))) or "–"),
            (
                self.tr("Built with"),
                f"Python {platform.python_version()}, Qt {PySide6.__version__}",
            ),
        ]
        self.details_label = QLabel("\n".join(f"{caption}: {value}" for caption, value in details))
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(store.data_dir)))
        )
        buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
