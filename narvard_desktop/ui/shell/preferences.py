"""Per-data-folder preferences of the window (language, geometry), kept beside the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from narvard_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES

PREFERENCES_FILE = "settings.ini"


class Preferences:
    def __init__(self, data_dir: Path) -> None:
        self._settings = QSettings(str(data_dir / PREFERENCES_FILE), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._settings.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value)
        self._settings.sync()

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)
        self._settings.sync()

    @property
    def last_section(self) -> int:
        try:
            return int(self._settings.value("window/section", 0))
        except (TypeError, ValueError):
            return 0

    @last_section.setter
    def last_section(self, value: int) -> None:
        self._settings.setValue("window/section", value)
