"""Translation of the few user-facing texts that live outside the Qt layer.

Source strings are English. They are marked with `QT_TRANSLATE_NOOP` so that
`pyside6-lupdate` collects them into the same `.ts` catalogue as the widgets'
strings; the command line reads that catalogue directly, so the core never
needs Qt to speak Swedish.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from functools import cache

from narvard_desktop.paths import translations_dir

DEFAULT_LANGUAGE = "sv"
LANGUAGES = ("sv", "en")
_current_language = DEFAULT_LANGUAGE


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    return text


def set_language(language: str) -> None:
    global _current_language
    _current_language = language if language in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current_language


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    path = translations_dir() / f"narvard_{language}.ts"
    if not path.exists():
        return {}
    catalogue: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            catalogue[(name, source)] = translation.text
    return catalogue


def translate(context: str, text: str) -> str:
    if _current_language == "en":
        return text
    return _catalogue(_current_language).get((context, text), text)
