"""What a person would see as a word in the wrong language or a count in the wrong form.

The program's own catalogues say which texts are Swedish and which English: a text on an
English screen that is one of the Swedish translations (and not also an English source)
was left untranslated; on a Swedish screen, an English source whose Swedish differs was.
Texts with placeholders ("%n avvikelser visas", "Sparade {path}.") are matched as
patterns. Names from the reference data or typed by users are in no catalogue and never
match. A plural text whose number does not fit its form ("1 avvikelser") is a wrong form.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from functools import cache

from narvard_desktop.paths import translations_dir

_PLACEHOLDER = re.compile(r"%n|%L?\d|\{[a-z_]+\}")
_MNEMONIC = re.compile(r"&(?!&)")
# A pattern needs this many letters of its own, or it would match almost any text.
MIN_LETTERS = 6


def plain(text: str) -> str:
    """The text as drawn and compared: no mnemonic "&", no trailing colon, one line."""
    text = _MNEMONIC.sub("", text).replace("&&", "&")
    return " ".join(text.split()).rstrip(":").strip()


@dataclass(frozen=True)
class Plural:
    """One numerus message in one language: its forms as patterns capturing the number."""

    source: str
    forms: tuple[re.Pattern[str], ...]


@dataclass
class Catalogue:
    # Texts that belong to one language only (exact), and patterns for those with holes.
    exact: set[str] = field(default_factory=set)
    patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    plurals: list[Plural] = field(default_factory=list)

    def names(self, text: str, patterns: bool = True) -> str | None:
        """The catalogue text `text` is an instance of, or None."""
        shown = plain(text)
        if not shown:
            return None
        if shown in self.exact:
            return shown
        for pattern, original in self.patterns if patterns else ():
            if pattern.fullmatch(shown):
                return original
        return None


def _pattern(text: str, number_group: bool = False) -> re.Pattern[str] | None:
    pieces = _PLACEHOLDER.split(plain(text))
    if sum(len(re.findall(r"[^\W\d_]", piece)) for piece in pieces) < MIN_LETTERS:
        return None
    holes = _PLACEHOLDER.findall(plain(text))
    regex = re.escape(pieces[0])
    for hole, piece in zip(holes, pieces[1:], strict=True):
        regex += (r"(?P<n>\d+)" if hole == "%n" and number_group else "(.+?)") + re.escape(piece)
    return re.compile(regex, re.DOTALL)


@cache
def _messages(language: str) -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """(source, translations, numerus) of every finished message of one catalogue."""
    path = translations_dir() / f"narvard_{language}.ts"
    found = []
    for message in ElementTree.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        numerus = message.get("numerus") == "yes"
        forms = (
            tuple(form.text or "" for form in translation.iter("numerusform"))
            if numerus
            else (translation.text or "",)
        )
        if any(forms):
            found.append((source, forms, numerus))
    return tuple(found)


def _catalogue(texts: list[str], other_language: set[str]) -> Catalogue:
    catalogue = Catalogue()
    for text in texts:
        shown = plain(text)
        if not shown or shown in other_language:
            continue
        if _PLACEHOLDER.search(shown):
            pattern = _pattern(shown)
            if pattern is not None:
                catalogue.patterns.append((pattern, shown))
        else:
            catalogue.exact.add(shown)
    return catalogue


@cache
def swedish_only() -> Catalogue:
    """The Swedish translations that are not also English: wrong on an English screen."""
    english = {plain(source) for source, _forms, _numerus in _messages("sv")}
    swedish = [
        form
        for source, forms, _numerus in _messages("sv")
        for form in forms
        if plain(form) != plain(source)
    ]
    return _catalogue(swedish, english)


@cache
def english_only() -> Catalogue:
    """The English sources whose Swedish differs: wrong on a Swedish screen."""
    swedish = {plain(form) for _source, forms, _numerus in _messages("sv") for form in forms}
    english = [
        source
        for source, forms, numerus in _messages("sv")
        if numerus or all(plain(form) != plain(source) for form in forms)
    ]
    catalogue = _catalogue(english, swedish)
    # An English numerus source ("%n goal(s)") is drawn in its English forms.
    english_forms = [
        form for _source, forms, numerus in _messages("en") if numerus for form in forms
    ]
    extra = _catalogue(english_forms, swedish)
    catalogue.exact |= extra.exact
    catalogue.patterns += extra.patterns
    return catalogue


@cache
def plurals(language: str) -> tuple[Plural, ...]:
    found = []
    for source, forms, numerus in _messages(language):
        if not numerus or len(forms) != 2 or forms[0] == forms[1]:
            continue
        patterns = tuple(_pattern(form, number_group=True) for form in forms)
        if all(pattern is not None for pattern in patterns):
            found.append(Plural(source, patterns))  # type: ignore[arg-type]
    return tuple(found)


# Where records' own texts are shown (a group's name, a plan's title): only whole catalogue
# texts count there, or a group called "Närvårdssamverkan Borås" would match a pattern.
DATA_PLACES = ("cell", "combo")
# Reference and demo data that happen to be words of the catalogue too.
DATA_WORDS = frozenset({"Digitalt", "Övrigt"})


def wrong_language(
    texts: list[tuple[str, str]], language: str, data: frozenset[str] = frozenset()
) -> list[str]:
    """(where, text) pairs drawn in `language` that belong to the other language.

    `data` are names the records themselves carry (a group's name), never wrong.
    """
    catalogue = swedish_only() if language == "en" else english_only()
    problems = []
    for where, text in texts:
        for line in [text, *text.split("\n")] if "\n" in text else [text]:
            if plain(line) in data or (where.startswith(DATA_PLACES) and plain(line) in DATA_WORDS):
                continue
            match = catalogue.names(line, patterns=not where.startswith(DATA_PLACES))
            if match is not None:
                problems.append(f"{where}: {plain(line)!r} is not {language} ({match!r})")
                break
    return problems


# English plural markers ("8 row(s)") in any language, and holes left unfilled ("%n", "{name}").
_ENGLISH_PLURAL = re.compile(r"[a-z]\((?:s|es|ies)\)")
_UNFILLED = re.compile(r"%n|%L?\d\b|\{[a-z_]+\}")


def unfinished_texts(texts: list[tuple[str, str]], language: str) -> list[str]:
    """Texts drawn with a hole never filled in, or (in Swedish) an English "(s)" plural: a
    string the catalogue does not know yet, or one formatted without its count."""
    problems = []
    for where, text in texts:
        shown = plain(text)
        if _UNFILLED.search(shown):
            problems.append(f"{where}: {shown!r} has a placeholder left unfilled")
        elif language != "en" and _ENGLISH_PLURAL.search(shown):
            problems.append(f"{where}: {shown!r} has an English plural in {language}")
    return problems


def wrong_plurals(texts: list[tuple[str, str]], language: str) -> list[str]:
    """Counts drawn in the form of the other number: "1 avvikelser", "3 avvikelse"."""
    problems = []
    for where, text in texts:
        shown = plain(text)
        for plural in plurals(language):
            singular, plural_form = plural.forms
            one = singular.fullmatch(shown)
            many = plural_form.fullmatch(shown)
            if one and not many and one.group("n") != "1":
                problems.append(f"{where}: {shown!r} uses the singular for {one.group('n')}")
            elif many and not one and many.group("n") == "1":
                problems.append(f"{where}: {shown!r} uses the plural for 1")
    return problems
