"""Every count in the Swedish catalogue reads right for 1 and for 2 ("1 avvikelse", "2 avvikelser").

The compiled .qm the program loads is installed with QTranslator, and every `%n` message is
asked for with n=1 and n=2 through QCoreApplication.translate, the way `tr(text, "", n)`
asks at run time (Qt picks the form and puts the number in).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from narvard_desktop.paths import translations_dir

TS_FILE = translations_dir() / "narvard_sv.ts"
QM_FILE = translations_dir() / "narvard_sv.qm"

# Messages whose Swedish wording does not change with the count (and why).
SAME_IN_SWEDISH = {
    # "1 med försenat svar", "2 med försenat svar": the number stands alone.
    ("DeviationsPage", "%n with the answer overdue"),
    # Nouns with one form in both numbers: "1 beslut, 2 beslut", "1 mål, 2 mål".
    ("DecisionRegisterDialog", "%n decision(s)"),
    ("PlanPage", "%n goal(s)"),
    # The number alone: "… och 2 till", "Att göra (2)".
    ("RemindersPanel", "… and %n more"),
    ("RemindersPanel", "To do (%n)"),
}

# Swedish plural words that never follow the number 1.
PLURAL_AFTER_ONE = re.compile(
    r"(?<![\d,.])\b1 (avvikelser|aktiviteter|filer|poster|rader|texter|möten|värden|konflikter"
    r"|nya|valda|uppdaterade|oförändrade|avvisade|öppna|försenade|grupper)\b"
)
# Swedish singular words that never follow the number 2.
SINGULAR_AFTER_TWO = re.compile(
    r"\b2 (avvikelse|aktivitet|fil|post|rad|text|möte|värde|konflikt|ny|vald|uppdaterad"
    r"|oförändrad|avvisad|grupp)\b"
)


def plural_messages() -> list[tuple[str, str, list[str]]]:
    found = []
    for context in ElementTree.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None:
                continue
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")]
            found.append((name, message.findtext("source", default=""), forms))
    return found


@pytest.fixture
def swedish(qapp):
    loaded = QTranslator()
    assert loaded.load(str(QM_FILE)), f"cannot load {QM_FILE}"
    qapp.installTranslator(loaded)
    yield QCoreApplication.translate
    qapp.removeTranslator(loaded)


def test_the_catalogue_has_the_counts_of_the_lists_and_dialogs():
    sources = {(context, source) for context, source, _ in plural_messages()}
    assert ("DeviationsPage", "%n deviation(s) shown") in sources
    assert ("PlanPage", "%n activity(ies)") in sources
    assert len(sources) >= 20


@pytest.mark.parametrize(
    ("context", "source", "forms"), plural_messages(), ids=lambda value: str(value)[:40]
)
def test_every_count_renders_in_the_right_swedish_form_for_one_and_two(
    swedish, context, source, forms
):
    assert len(forms) == 2 and all(form.strip() for form in forms), "two Swedish forms"
    one = swedish(context, source, "", 1)
    two = swedish(context, source, "", 2)
    assert one != source.replace("%n", "1"), "the compiled catalogue has no translation"
    assert "%n" not in one and "%n" not in two
    assert "1" in one and "2" in two
    # Qt picks the singular for 1 and the plural for 2 (Swedish rules compiled in).
    assert one == forms[0].replace("%n", "1")
    assert two == forms[1].replace("%n", "2")
    if (context, source) not in SAME_IN_SWEDISH:
        assert one.replace("1", "2") != two, "the same words for 1 and for 2"
    assert not PLURAL_AFTER_ONE.search(one), one
    assert not SINGULAR_AFTER_TWO.search(two), two


EN_TS_FILE = translations_dir() / "narvard_en.ts"
EN_QM_FILE = translations_dir() / "narvard_en.qm"


def english_plural_sources() -> set[tuple[str, str]]:
    found = set()
    for context in ElementTree.parse(EN_TS_FILE).getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                found.add(
                    (context.findtext("name", default=""), message.findtext("source", default=""))
                )
    return found


def test_every_count_has_english_forms_too():
    swedish = {(context, source) for context, source, _ in plural_messages()}
    assert swedish <= english_plural_sources(), "run scripts/update_translations.sh"


def test_english_counts_read_without_plural_markers(qapp):
    loaded = QTranslator()
    assert loaded.load(str(EN_QM_FILE))
    qapp.installTranslator(loaded)
    try:
        wrong = []
        for context, source in sorted(english_plural_sources()):
            one = QCoreApplication.translate(context, source, "", 1)
            two = QCoreApplication.translate(context, source, "", 2)
            # English adjectives ("2 open") do not change; marked nouns must.
            marked = "(s)" in source or "(ies)" in source
            if (
                "(s)" in one + two
                or "(ies)" in one + two
                or "%n" in one + two
                or (marked and one.replace("1", "2") == two)
            ):
                wrong.append((one, two))
        assert wrong == []
        assert QCoreApplication.translate("PlanPage", "%n activity(ies)", "", 1) == "1 activity"
        assert QCoreApplication.translate("PlanPage", "%n activity(ies)", "", 14) == "14 activities"
    finally:
        qapp.removeTranslator(loaded)
