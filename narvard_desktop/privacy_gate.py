"""The one way out of the program for data: every string an output writes passes here.

An exporter hands the gate what it is about to write: a record, a manifest, a
document, the labels of a chart, a row of a workbook. The gate walks the value
itself (dicts, lists, tuples, strings; text that holds JSON is parsed and walked
too, never scanned as serialised text, where "\\n19…" would hide a number) and,
for each string, lets it pass or withholds it with the reason. What comes back is
a `Gated` value: writers accept only that type, and only the gate constructs it,
so an output cannot be written from values that did not go through here.

The report names the output, the record and the field that were withheld and
what kind of identifier was seen, never the text or the number.

Two ways to treat a hit:
- WITHHOLD (packages, the shared workbook, charts): the string is replaced by ""
  (or None where the original was None-able) and the output still goes out;
- REFUSE (PDFs): nothing is replaced; the caller asks `refused()` and stops,
  naming the places, because a protocol with a hole in it would be a wrong protocol.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from narvard_desktop.privacy import find_identifiers, parse_json_value

T = TypeVar("T")

WITHHOLD = "withhold"
REFUSE = "refuse"
# The group's own working copy (the internal workbook): everything is written as it
# is, and the hits are only counted, so the file can say what it holds.
INTERNAL = "internal"
_KEEPS_TEXT = (REFUSE, INTERNAL)

# Only the gate may construct a Gated value; anything else holding this is a bug.
_GATE_TOKEN = object()


class Gated(Generic[T]):
    """A value that has been through the privacy gate, ready to be written."""

    __slots__ = ("_value",)

    def __init__(self, value: T, token: object) -> None:
        if token is not _GATE_TOKEN:
            raise TypeError("Gated values are made by PrivacyGate only")
        self._value = value

    @property
    def value(self) -> T:
        return self._value

    def __repr__(self) -> str:  # never the content: it may be a whole record
        return f"Gated({type(self._value).__name__})"


def require_gated(value: object) -> Any:
    """The inner value of `value`, which must have passed the gate (writers call this)."""
    if not isinstance(value, Gated):
        raise TypeError(f"{type(value).__name__} did not pass the privacy gate")
    return value.value


@dataclass(frozen=True)
class Withheld:
    """One string kept out of an output: where it was, and why (never what it was)."""

    output: str
    table: str | None
    record_id: str | None
    field: str
    reason: str
    owner_group_id: str | None = None

    @property
    def column(self) -> str:
        """The record's own column (the path without the part inside a JSON value)."""
        return self.field.split(".", 1)[0].split("[", 1)[0]


@dataclass(frozen=True)
class Verdict:
    passes: bool
    reason: str | None = None


def judge(text: str) -> Verdict:
    """Pass, or withhold with the kind of identifier as the reason."""
    hits = find_identifiers(text)
    return Verdict(True) if not hits else Verdict(False, hits[0].kind)


@dataclass
class PrivacyGate:
    """One gate per output (a package, a workbook, a PDF, a chart)."""

    output: str
    mode: str = WITHHOLD
    withheld: list[Withheld] = field(default_factory=list)

    # --- the walk ---------------------------------------------------------------------

    def _clean(
        self,
        value: Any,
        path: str,
        note: Callable[[str, str], None],
    ) -> Any:
        if isinstance(value, str):
            parsed = parse_json_value(value)
            if parsed is not None:
                before = len(self.withheld)
                cleaned = self._clean(parsed, path, note)
                if len(self.withheld) == before:
                    return value  # untouched: keep the exact text (checksums depend on it)
                return json.dumps(cleaned, ensure_ascii=False, separators=(",", ":"))
            verdict = judge(value)
            if verdict.passes:
                return value
            note(path, verdict.reason or "")
            return value if self.mode in _KEEPS_TEXT else ""
        if isinstance(value, dict):
            cleaned_dict: dict[Any, Any] = {}
            for key, item in value.items():
                child = f"{path}.{key}" if path else str(key)
                if isinstance(key, str) and not judge(key).passes:
                    note(f"{child}{{key}}", judge(key).reason or "")
                    if self.mode not in _KEEPS_TEXT:
                        continue
                cleaned_dict[key] = self._clean(item, child, note)
            return cleaned_dict
        if isinstance(value, list):
            return [self._clean(item, f"{path}[{i}]", note) for i, item in enumerate(value)]
        if isinstance(value, tuple):
            return tuple(self._clean(item, f"{path}[{i}]", note) for i, item in enumerate(value))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            # Chart data and report rows: every field, whatever it is called.
            changes = {
                item.name: self._clean(
                    getattr(value, item.name), f"{path}.{item.name}" if path else item.name, note
                )
                for item in dataclasses.fields(value)
                if item.init
            }
            return dataclasses.replace(value, **changes)
        return value  # numbers, booleans, None: nothing to read

    # --- what exporters call ----------------------------------------------------------

    def record(
        self,
        table: str,
        record: dict[str, Any],
        nullable: Iterable[str] = (),
    ) -> Gated[dict[str, Any]]:
        """A database record: every field, whatever its name; withheld text becomes ""
        (None for the `nullable` columns, so an importer sees "not given")."""
        may_be_null = set(nullable)
        record_id = record.get("id")
        owner = record.get("group_id")
        seen: list[str] = []

        def note(path: str, reason: str) -> None:
            seen.append(path.split(".", 1)[0].split("[", 1)[0])
            self.withheld.append(Withheld(self.output, table, record_id, path, reason, owner))

        cleaned = self._clean(dict(record), "", note)
        if self.mode not in _KEEPS_TEXT:
            for column in seen:
                if column in may_be_null and not parse_json_value(str(record.get(column) or "")):
                    cleaned[column] = None
        return Gated(cleaned, _GATE_TOKEN)

    def value(self, value: T, where: str, table: str | None = None) -> Gated[T]:
        """Any structure (a manifest, a document, chart labels) under the name `where`."""

        def note(path: str, reason: str) -> None:
            full = f"{where}.{path}" if path else where
            self.withheld.append(Withheld(self.output, table, None, full, reason))

        return Gated(self._clean(value, "", note), _GATE_TOKEN)

    def text(self, value: str | None, where: str) -> str:
        """One string, gated, for writers that take plain text (a sheet cell, a label)."""
        if value is None:
            return ""
        return str(self.value(value, where).value)

    def refused(self) -> list[Withheld]:
        return list(self.withheld) if self.mode == REFUSE else []

    def summary(self) -> dict[str, Any]:
        """What the output's own report carries: counts and places, never content."""
        return {
            "withheld_fields": len(self.withheld),
            "withheld": [
                {"table": w.table, "record_id": w.record_id, "field": w.field, "reason": w.reason}
                for w in self.withheld
            ],
        }
