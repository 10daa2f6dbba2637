"""The privacy guard: finds Swedish personnummer and samordningsnummer in free text.

A number counts when it has 10 digits (ÅÅMMDD-NNNK) or 12 digits
(ÅÅÅÅMMDD-NNNK, also ÅÅÅÅ-MM-DD-NNNN), with '-', '+', any dash or space
look-alike (one or two, or a dash between spaces) before the last four digits,
or nothing at all; when its date exists (a samordningsnummer adds 60 to the
day) and is not in the future; and when the Luhn check digit is right. The
check digit alone lets one random digit string in ten through, so the other
rules are what keep dates, phone numbers, diarienummer and amounts out.

The text is normalised first (NFKC: full-width digits and thin, narrow and
no-break spaces become plain ones; soft hyphens and zero-width characters are
dropped), and a number glued to letters or underscores still counts
("pnr191212121212", "...1212kvinna"): only neighbouring digits end it. Hit
positions refer to the original text, so a field can select what it found.

The module is used by the GUI (inline warnings), every export (through
`privacy_gate`) and `privacy-scan`, so it must never put the number itself
anywhere: hits carry positions only.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from narvard_desktop import clock
from narvard_desktop.record_kinds import free_text_by_table, free_text_fields

if TYPE_CHECKING:
    from narvard_desktop.store import Store

PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"

# Invisible characters a number may be sprinkled with (pasted from the web or Word).
_INVISIBLE = dict.fromkeys(
    map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff"), None
)
# After NFKC every space look-alike is ' '; these are the dashes that are left.
_DASH = "\\-+\u2010\u2012\u2013\u2014\u2015\u2212"
_SEPARATOR = rf"(?: {{0,2}}[{_DASH}] {{0,2}}| {{1,2}})"
_CANDIDATE = re.compile(
    # Overlapping matches (the lookahead) so a near miss never hides the real number.
    # Only digits end a number on the left, and "031-", "1.5" (a number going on).
    # Commas and slashes stay allowed: "850412-1234/850413-2345" is a list of two.
    r"(?<![0-9])(?<![0-9][-+.])(?=(?P<all>"
    r"(?P<century>18|19|20)?(?P<yy>[0-9]{2})(?P<dsep>[-\u2010\u2012\u2013]?)"
    r"(?P<mm>[0-9]{2})(?P=dsep)(?P<dd>[0-9]{2})"
    rf"(?P<sep>{_SEPARATOR})?(?P<serial>[0-9]{{4}})"
    # Nor on the right: "...-1234-7abc" (UUID parts), "...1234.5" (decimals).
    r"(?![0-9])(?![-+.][0-9])))"
)
# Record ids and checksums (SHA-256 in a manifest) are digits glued to letters too.
_UUID = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|(?<![0-9a-z])[0-9a-f]{32,}(?![0-9a-z])",
    re.IGNORECASE,
)
# A compact ten-digit number starting with 0 is, digit for digit, both a phone number
# ("0311234567") and the personnummer of someone born 2000-2009. A phone word right
# before it decides for the phone; anything else is reported, because a missed
# personnummer costs more than a second look at a phone number.
_PHONE_CONTEXT = re.compile(
    r"(?:\b(?:tel|tfn|telefon\w*|mobil\w*|mob|ring\w*|sms\w*|växel\w*|fax|direktn(?:r|ummer)|nås)"
    r"|\b(?:phone|mobile|call))"
    r"[\s.:]*(?:(?:nr|nummer|på|på\s+nummer|på\s+nr)[\s.:]*)?$",
    re.IGNORECASE,
)
_PHONE_CONTEXT_WINDOW = 40
# Compact Swedish mobile numbers: 070, 072, 073, 076, 079 and the newer 078, 077 series.
# Written without a separator they are phone numbers far more often than the
# personnummer of a child born in 2007 in one of those months.
_COMPACT_MOBILE = re.compile(r"07[0236789][0-9]{7}")
# A twelve-digit YYYYMMDDHHMM next to one of these words is a time stamp.
_TIME_WORDS = (
    r"kl|klockan|tid|tiden|tidpunkt|tidpunkten|tidsstämpel|tidsstämpeln|tidsst|loggad|"
    r"loggades|loggat|registrerad|skapad|ändrad|time|timestamp|logged|created|utc|cet|cest"
)
_TIME_BEFORE = re.compile(rf"\b(?:{_TIME_WORDS})\b[\s.:=,]*(?:(?:den|on|at)\s+)?$", re.IGNORECASE)
_TIME_AFTER = re.compile(rf"^[\s.,:)]*(?:{_TIME_WORDS})\b", re.IGNORECASE)
_TIME_CONTEXT_WINDOW = 30


@dataclass(frozen=True)
class IdentifierHit:
    start: int
    end: int
    kind: str


def normalise(text: str) -> tuple[str, list[int]]:
    """NFKC text without invisible characters, and for each of its characters the
    position in `text` it came from (so hits can point into the original)."""
    if text.isascii() or (
        # Already NFKC (Swedish text mostly is) and nothing invisible: every character
        # would fold to itself, so the per-character walk below is skipped.
        unicodedata.is_normalized("NFKC", text) and len(text.translate(_INVISIBLE)) == len(text)
    ):
        return text, list(range(len(text)))
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if ord(char) < 128:
            pieces.append(char)
            origin.append(index)
            continue
        folded = unicodedata.normalize("NFKC", char).translate(_INVISIBLE)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return "".join(pieces), origin


def normalised_text(text: str) -> str:
    """The text as the detector reads it (tests search outputs for this form)."""
    return normalise(text)[0]


def _luhn_ok(ten_digits: str) -> bool:
    total = 0
    for index, char in enumerate(ten_digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _is_real_date(year: int, month: int, day: int, today: date) -> bool:
    try:
        return date(year, month, day) <= today
    except ValueError:
        return False


def _date_kind(century: str | None, yymmdd: str, today: date) -> str | None:
    """PERSONNUMMER or SAMORDNINGSNUMMER when the date part exists, else None."""
    yy, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    kind = PERSONNUMMER
    if day > 60:
        day -= 60
        kind = SAMORDNINGSNUMMER
    # The '+' (100 years or older) and '-' conventions are often misused in free text,
    # so a ten-digit number is accepted when its date exists in any plausible century.
    centuries = (int(century),) if century else (20, 19, 18)
    if any(_is_real_date(c * 100 + yy, month, day, today) for c in centuries):
        return kind
    return None


def _looks_like_phone(text: str, match: re.Match[str]) -> bool:
    if match.group("century") or match.group("sep") or match.group("dsep"):
        return False
    digits = match.group("yy") + match.group("mm") + match.group("dd") + match.group("serial")
    if not digits.startswith("0"):
        return False
    if _COMPACT_MOBILE.fullmatch(digits):
        return True
    before = text[max(0, match.start() - _PHONE_CONTEXT_WINDOW) : match.start()]
    return _PHONE_CONTEXT.search(before) is not None


def _looks_like_time_stamp(text: str, match: re.Match[str]) -> bool:
    """YYYYMMDDHHMM (or YYYYMMDD-HHMM) with a time word right before or after it."""
    serial = match.group("serial")
    if not match.group("century") or match.group("dsep"):
        return False
    if int(serial[:2]) > 23 or int(serial[2:]) > 59:
        return False
    before = text[max(0, match.start() - _TIME_CONTEXT_WINDOW) : match.start()]
    after = text[match.end("all") : match.end("all") + _TIME_CONTEXT_WINDOW]
    return bool(_TIME_BEFORE.search(before) or _TIME_AFTER.search(after))


def find_identifiers(text: str | None, today: date | None = None) -> list[IdentifierHit]:
    """Every personnummer or samordningsnummer in `text`, in order of position."""
    if not text or len(text) < 10:
        return []
    today = today or clock.today()
    plain, origin = normalise(text)
    uuid_spans = [m.span() for m in _UUID.finditer(plain)]
    hits: list[IdentifierHit] = []
    taken_until = -1
    for match in _CANDIDATE.finditer(plain):
        start, end = match.span("all")
        if start < taken_until:
            continue
        if match.group("dsep") and not match.group("sep"):
            continue  # "2026-10-15" followed by four digits glued on is no way to write one
        if any(start < u_end and u_start < end for u_start, u_end in uuid_spans):
            continue
        yymmdd = match.group("yy") + match.group("mm") + match.group("dd")
        if not _luhn_ok(yymmdd + match.group("serial")):
            continue
        kind = _date_kind(match.group("century"), yymmdd, today)
        if kind is None or _looks_like_phone(plain, match) or _looks_like_time_stamp(plain, match):
            continue
        hits.append(IdentifierHit(origin[start], origin[end - 1] + 1, kind))
        taken_until = end
    return hits


def contains_identifier(text: str | None) -> bool:
    return bool(find_identifiers(text))


def mask(text: str) -> str:
    """The text with every hit replaced by a same-shaped mask such as ÅÅMMDD-XXXX."""
    pieces: list[str] = []
    position = 0
    for hit in find_identifiers(text):
        pieces.append(text[position : hit.start])
        digits = sum(ch.isdigit() for ch in normalised_text(text[hit.start : hit.end]))
        pieces.append("ÅÅÅÅMMDD-XXXX" if digits == 12 else "ÅÅMMDD-XXXX")
        position = hit.end
    pieces.append(text[position:])
    return "".join(pieces)


# Every free-text column that can leave the machine in an export, a PDF or a workbook,
# by table (the record kinds say which columns are free text, and why).
FREE_TEXT_FIELDS: dict[str, tuple[str, ...]] = free_text_by_table()


def scan_record(kind: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    """The hits in one record's free-text fields (used for a record before it is saved)."""
    found = []
    for field in free_text_fields(kind):
        value = record.get(field)
        if not isinstance(value, str):
            continue
        for hit in find_identifiers(value):
            found.append(
                {
                    "kind": kind,
                    "record_id": record.get("id"),
                    "field": field,
                    "identifier_kind": hit.kind,
                }
            )
    return found


def parse_json_value(text: str) -> Any:
    """The parsed value of text that holds a JSON object or array, else None."""
    stripped = text.lstrip()
    if not stripped or stripped[0] not in "[{":
        return None
    try:
        parsed = json.loads(text)
    except ValueError:
        return None
    return parsed if isinstance(parsed, (dict, list)) else None


def iter_strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string inside `value` with its path ("items[2].decisions[0].text").

    Text holding JSON is parsed and walked: scanned as serialised text, a number
    after a newline would read "\\n19…" and an escaped dash "\\u2013".
    """
    if isinstance(value, str):
        parsed = parse_json_value(value)
        if parsed is not None:
            yield from iter_strings(parsed, path)
        else:
            yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            child = f"{path}.{key}" if path else str(key)
            yield f"{child}{{key}}", str(key)
            yield from iter_strings(item, child)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from iter_strings(item, f"{path}[{index}]")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from iter_strings(getattr(value, item.name), f"{path}.{item.name}")


def text_columns(store: Store, table: str) -> list[str]:
    """Every column of `table` that can hold text, read from the schema itself."""
    return [
        row[1]
        for row in store.db.execute(f"PRAGMA table_info({table})")
        if not row[2] or "TEXT" in row[2].upper() or "CHAR" in row[2].upper()
    ]


def scan_database(store: Store) -> list[dict[str, Any]]:
    """One entry per hit in every live record, whoever owns it; never the number itself.

    Every text column of every shared table is read (not only the fields known as
    free text: an e-mail address or a name can hold a number too), and JSON values
    such as a justerat meeting's frozen content are walked value by value.

    Deleted records are left out: their text is not shown anywhere and the user can no
    longer edit it, so listing them would leave a warning nobody can clear.
    """
    from narvard_desktop.store.schema import SYNCED_TABLES

    found: list[dict[str, Any]] = []
    for kind in SYNCED_TABLES:
        columns = [name for name in text_columns(store, kind) if name != "id"]
        if not columns:
            continue
        rows = store.db.execute(
            f"SELECT id, {', '.join(columns)} FROM {kind} WHERE deleted = 0 ORDER BY rowid"
        )
        for row in rows:
            for field, value in zip(columns, row[1:], strict=True):
                if not isinstance(value, str) or len(value) < 10:
                    continue
                for _path, text in iter_strings(value, field):
                    for hit in find_identifiers(text):
                        found.append(
                            {
                                "kind": kind,
                                "record_id": row[0],
                                "field": field,
                                "identifier_kind": hit.kind,
                            }
                        )
    return found
