"""Installing the Qt translators for the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from narvard_desktop.i18n import set_language
from narvard_desktop.paths import translations_dir

_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> None:
    """Switch the whole program (Qt widgets and core texts) to `language`."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_language(language)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Sweden))
        # English is the source language: its catalogue holds only the plural forms.
        plurals = QTranslator(app)
        if plurals.load(str(translations_dir() / "narvard_en.qm")):
            app.installTranslator(plurals)
            _installed.append(plurals)
        return
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    own = QTranslator(app)
    if own.load(str(translations_dir() / f"narvard_{language}.qm")):
        app.installTranslator(own)
        _installed.append(own)
    # Qt's own strings: the buttons of standard dialogs ("Avbryt", "Ja"...).
    qt_base = QTranslator(app)
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_translations):
        app.installTranslator(qt_base)
        _installed.append(qt_base)


def uninstall_language(app: QCoreApplication) -> None:
    """Take the installed translators away again (the widgets show their English source)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
