"""The privacy guard: finds Swedish personnummer and samordningsnummer in free text.

A number counts when it has 10 digits (ÅÅMMDD-NNNK) or 12 digits
(ÅÅÅÅMMDD-NNNK), with '-', '+', a dash look-alike or one space before the
last four digits, or nothing at all; when its date exists (a
samordningsnummer adds 60 to the day) and is not in the future; and when the
Luhn check digit is right. The check digit alone lets one random digit string
in ten through, so the other rules are what keep dates, phone numbers,
diarienummer and amounts out.

The module is used by the GUI (inline warnings), exports and `privacy-scan`,
so it must never put the number itself anywhere: hits carry positions only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from narvard_desktop import clock
from narvard_desktop.record_kinds import free_text_by_table, free_text_fields

if TYPE_CHECKING:
    from narvard_desktop.store import Store

PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"

# Only ASCII digits count (the scan's SQL prefilter looks for those). Word autocorrect
# turns '-' into en or em dashes; a no-break space comes from pasting.
_SEPARATOR = "[-+\u2010\u2011\u2012\u2013\u2014\u2212 \u00a0]"
_CANDIDATE = re.compile(
    # Not glued to a letter or digit, nor to a number on the left ("031-...", "1.5...").
    # Commas and slashes stay allowed: "850412-1234/850413-2345" is a list of two.
    r"(?<![\w])(?<![0-9][-+.])"
    rf"(?P<century>(?:18|19|20))?(?P<date>[0-9]{{6}})(?P<sep>{_SEPARATOR})?(?P<serial>[0-9]{{4}})"
    # Nor on the right: "...-1234-7abc" (UUID parts), "...1234.5" (decimals).
    r"(?![\w])(?![-+.][0-9])"
)
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
# A compact ten-digit number starting with 0 is, digit for digit, both a phone number
# ("0701234567") and the personnummer of someone born 2000-2009. Only a phone word right
# before it decides for the phone; anything else is reported, because a missed
# personnummer costs more than a second look at a phone number.
_PHONE_CONTEXT = re.compile(
    r"(?:\b(?:tel|tfn|telefon\w*|mobil\w*|mob|ring\w*|sms\w*|växel\w*|fax|direktn(?:r|ummer)|nås)"
    r"|\b(?:phone|mobile|call))"
    r"[\s.:]*(?:(?:nr|nummer|på|på\s+nummer|på\s+nr)[\s.:]*)?$",
    re.IGNORECASE,
)
_PHONE_CONTEXT_WINDOW = 40


@dataclass(frozen=True)
class IdentifierHit:
    start: int
    end: int
    kind: str


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
    if match.group("century") or match.group("sep") or not match.group("date").startswith("0"):
        return False
    before = text[max(0, match.start() - _PHONE_CONTEXT_WINDOW) : match.start()]
    return _PHONE_CONTEXT.search(before) is not None


def find_identifiers(text: str | None, today: date | None = None) -> list[IdentifierHit]:
    """Every personnummer or samordningsnummer in `text`, in order of position."""
    if not text or len(text) < 10:
        return []
    today = today or clock.today()
    uuid_spans = [m.span() for m in _UUID.finditer(text)]
    hits: list[IdentifierHit] = []
    for match in _CANDIDATE.finditer(text):
        start, end = match.span()
        if any(start < u_end and u_start < end for u_start, u_end in uuid_spans):
            continue
        yymmdd = match.group("date")
        if not _luhn_ok(yymmdd + match.group("serial")):
            continue
        kind = _date_kind(match.group("century"), yymmdd, today)
        if kind is None or _looks_like_phone(text, match):
            continue
        hits.append(IdentifierHit(start, end, kind))
    return hits


def contains_identifier(text: str | None) -> bool:
    return bool(find_identifiers(text))


def mask(text: str) -> str:
    """The text with every hit replaced by a same-shaped mask such as ÅÅMMDD-XXXX."""
    pieces: list[str] = []
    position = 0
    for hit in find_identifiers(text):
        pieces.append(text[position : hit.start])
        pieces.append("ÅÅÅÅMMDD-XXXX" if hit.end - hit.start >= 12 else "ÅÅMMDD-XXXX")
        position = hit.end
    pieces.append(text[position:])
    return "".join(pieces)


# Every free-text column that can leave the machine in an export, a PDF or a workbook,
# by table (the record kinds say which columns are free text, and why).
FREE_TEXT_FIELDS: dict[str, tuple[str, ...]] = free_text_by_table()

# Any hit holds at least six digits in a row; SQLite discards most rows with this cheaply.
_SIX_DIGITS = "*[0-9][0-9][0-9][0-9][0-9][0-9]*"


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


def scan_database(store: Store) -> list[dict[str, Any]]:
    """One entry per hit in every live record, whoever owns it; never the number itself.

    Deleted records are left out: their text is not shown anywhere and the user can no
    longer edit it, so listing them would leave a warning nobody can clear.
    """
    found: list[dict[str, Any]] = []
    for kind, fields in FREE_TEXT_FIELDS.items():
        columns = ", ".join(fields)
        prefilter = " OR ".join(f"{field} GLOB ?" for field in fields)
        rows = store.db.execute(
            f"SELECT id, {columns} FROM {kind} WHERE deleted = 0 AND ({prefilter}) ORDER BY rowid",
            [_SIX_DIGITS] * len(fields),
        )
        for row in rows:
            found.extend(scan_record(kind, dict(zip(("id", *fields), row, strict=True))))
    return found
