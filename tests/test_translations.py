"""The Swedish catalogue is complete, current, and compiled into the .qm the program loads."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from narvard_desktop.domain import ACTIVITY_STATUSES, label_for
from narvard_desktop.i18n import set_language, translate
from narvard_desktop.paths import project_root, translations_dir

TS_FILE = translations_dir() / "narvard_sv.ts"
QM_FILE = translations_dir() / "narvard_sv.qm"
TOOLS = Path(sys.executable).parent


def messages(path: Path) -> dict[tuple[str, str], ElementTree.Element]:
    result = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            result[(context.findtext("name"), message.findtext("source"))] = translation
    return result


def is_written(translation: ElementTree.Element) -> bool:
    """Text, or for a plural message (%n) every plural form filled in."""
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def test_every_swedish_translation_is_finished():
    unfinished = [
        key
        for key, translation in messages(TS_FILE).items()
        if translation.get("type") == "unfinished" or not is_written(translation)
    ]
    assert unfinished == []


def test_catalogue_holds_every_string_marked_in_the_code(tmp_path):
    lupdate = TOOLS / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (project_root() / "narvard_desktop").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = set(messages(fresh)) - set(messages(TS_FILE))
    assert missing == set(), "run scripts/update_translations.sh and translate the new strings"


def test_compiled_catalogue_matches_the_source(tmp_path):
    lrelease = TOOLS / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed next to this Python")
    shutil.copy(TS_FILE, tmp_path / "narvard_sv.ts")
    subprocess.run(
        [str(lrelease), str(tmp_path / "narvard_sv.ts"), "-qm", str(tmp_path / "fresh.qm")],
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "fresh.qm").read_bytes() == QM_FILE.read_bytes()


def test_core_texts_follow_the_chosen_language():
    set_language("sv")
    assert label_for(ACTIVITY_STATUSES, "not_started") == "Ej påbörjad"
    assert translate("Errors", "The group needs a name.") == "Gruppen behöver ett namn."
    set_language("en")
    assert label_for(ACTIVITY_STATUSES, "not_started") == "Not started"
