"""Reference data shipped as versioned CSV files in `narvard_desktop/resources/reference/`.

The files are data, not code: the county can publish newer versions downward,
and rows marked `verified=no` can be corrected locally. The store keeps the
copy in use (see `store.reference_rows`); this module reads the shipped files
and offers typed look-ups over whichever copy is loaded.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from narvard_desktop.i18n import current_language
from narvard_desktop.paths import resources_dir


@dataclass(frozen=True)
class ReferenceList:
    name: str
    key_columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]

    def key_of(self, row: dict[str, str]) -> str:
        return "|".join(row[column] for column in self.key_columns)


@dataclass(frozen=True)
class ShippedReference:
    version: str
    lists: dict[str, ReferenceList]


def reference_folder() -> Path:
    return resources_dir() / "reference"


def _manifest(folder: Path) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return manifest


def version_key(version: str) -> tuple[int, ...]:
    """A list version ("2026.2") as something that sorts: 2026.10 is newer than 2026.9."""
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


def shipped_versions(folder: Path | None = None) -> tuple[str, tuple[str, ...]]:
    """The shipped version and the names of its lists, without reading the lists."""
    manifest = _manifest(folder or reference_folder())
    return manifest["version"], tuple(manifest["lists"])


def load_shipped(folder: Path | None = None) -> ShippedReference:
    folder = folder or reference_folder()
    manifest = _manifest(folder)
    lists: dict[str, ReferenceList] = {}
    for name, spec in manifest["lists"].items():
        key = spec["key"]
        key_columns = tuple(key) if isinstance(key, list) else (key,)
        with (folder / spec["file"]).open(encoding="utf-8", newline="") as handle:
            rows = tuple(dict(row) for row in csv.DictReader(handle))
        lists[name] = ReferenceList(name, key_columns, rows)
    return ShippedReference(version=manifest["version"], lists=lists)


@dataclass(frozen=True)
class Kommun:
    code: str
    name: str
    delregion: str
    verified: bool


@dataclass
class Reference:
    """Typed look-ups over one loaded set of reference lists."""

    lists: dict[str, tuple[dict[str, str], ...]]
    versions: dict[str, str] = field(default_factory=dict)

    def rows(self, name: str) -> tuple[dict[str, str], ...]:
        return self.lists.get(name, ())

    def kommuner(self) -> list[Kommun]:
        return [
            Kommun(
                code=row["kommunkod"],
                name=row["kommun"],
                delregion=row["delregion"],
                verified=row.get("verified", "yes").strip().lower() != "no",
            )
            for row in self.rows("kommuner")
        ]

    def kommun(self, code: str) -> Kommun | None:
        return next((k for k in self.kommuner() if k.code == code), None)

    def delregion_names(self) -> list[str]:
        return [row["delregion"] for row in self.rows("delregioner")]

    def delregion(self, name: str) -> dict[str, str] | None:
        folded = name.casefold()
        return next(
            (row for row in self.rows("delregioner") if row["delregion"].casefold() == folded),
            None,
        )

    def ways_of_working(self) -> list[dict[str, str]]:
        """The six ways of working (A1–A6) followed by the five prerequisites (F1–F5)."""
        return list(self.rows("arbetssatt")) + list(self.rows("forutsattningar"))

    def way_name(self, code: str | None) -> str:
        row = next((r for r in self.ways_of_working() if r["code"] == code), None)
        return row["name"] if row else (code or "")

    def categories(self) -> list[dict[str, str]]:
        return list(self.rows("avvikelsekategorier"))

    def category_name(self, code: str | None) -> str:
        row = next((r for r in self.categories() if r["code"] == code), None)
        return row["name"] if row else (code or "")

    def target_groups(self) -> list[dict[str, str]]:
        """The Färdplan's prioritised target groups (målgrupper); the county may edit them."""
        return list(self.rows("malgrupper"))

    def target_group_name(self, code: str | None) -> str:
        row = next((r for r in self.target_groups() if r["code"] == code), None)
        return row["name"] if row else (code or "")

    def organisation_types(self) -> list[dict[str, str]]:
        return list(self.rows("organisationstyper"))

    def principal_of(self, org_type: str) -> str:
        row = next((r for r in self.organisation_types() if r["code"] == org_type), None)
        return row["principal"] if row else ""

    def risk_label(self, axis: str, level: int, language: str | None = None) -> str:
        """The matrix label of a level in the UI language (`label`, or `label_<language>`).

        A list published before the English column existed still shows its Swedish label.
        """
        row = next(
            (r for r in self.rows("riskmatris") if r["axis"] == axis and int(r["level"]) == level),
            None,
        )
        if row is None:
            return str(level)
        language = language or current_language()
        if language != "sv" and row.get(f"label_{language}"):
            return row[f"label_{language}"]
        return row["label"]

    def standard_agenda(self) -> list[dict[str, str]]:
        return sorted(self.rows("dagordning"), key=lambda row: int(row["order"]))

    @classmethod
    def from_shipped(cls, shipped: ShippedReference) -> Reference:
        return cls(
            lists={name: lst.rows for name, lst in shipped.lists.items()},
            versions=dict.fromkeys(shipped.lists, shipped.version),
        )


_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e", "ü": "y"})


def swedish_sort_key(text: str) -> str:
    """Sort as a Swedish reader expects: å, ä and ö come last, in that order."""
    return text.casefold().translate(_SWEDISH_ORDER)
