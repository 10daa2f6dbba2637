"""Reading organisations into the catalogue from a CSV file or an Excel workbook.

A county usually has its organisations in a list already (from HSA, a register of
vårdcentraler, the kommuner's own lists). Each row is checked against the same rules as
an entry typed by hand and the preview says, row by row, what would be added or changed;
only a file without errors is written, all in one transaction.

A row with a catalogue id updates that entry (or adds it under that id); a row without
one updates the entry of the same name and kommun kept here, else adds a new entry with
a generated id.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from narvard_desktop.errors import NarvardError, ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.record_rules import check_values
from narvard_desktop.services.organisation_catalogue import (
    EDITABLE_FIELDS,
    TABLE,
    add_entry,
    entry_values,
    name_key,
    publisher_names,
    update_entry,
)
from narvard_desktop.store import Store
from narvard_desktop.store.database import make_backup

MAX_FILE_BYTES = 20 * 1024 * 1024
HEADER_SEARCH_ROWS = 10
# Accepted header names for each column (lower case): Swedish and English.
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("katalog-id", "katalogid", "id", "catalogue id", "catalogue_id"),
    "name": ("namn", "name", "organisation"),
    "org_type": ("typ", "type", "organisationstyp", "org_type"),
    "principal": ("huvudman", "principal"),
    "kommun_code": ("kommun", "kommunkod", "kommun_code", "municipality"),
    "hsa_id": ("hsa-id", "hsa_id", "hsaid", "hsa"),
    "active": ("aktiv", "active"),
}
NO_VALUES = ("0", "nej", "no", "false", "inaktiv")

NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"

NOT_A_FILE = QT_TRANSLATE_NOOP("Errors", "it is not a regular file.")
TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "it is larger than 20 MB.")
NOT_TEXT = QT_TRANSLATE_NOOP("Errors", "it is not text.")
NOT_WORKBOOK = QT_TRANSLATE_NOOP("Errors", "it is not an Excel workbook (.xlsx).")
NO_HEADER = QT_TRANSLATE_NOOP(
    "Errors", "no row names the columns; the first row must have at least the column Namn."
)
ON_ROW = QT_TRANSLATE_NOOP("Errors", "row {line}: {message}")
SAME_ID_TWICE = QT_TRANSLATE_NOOP("Errors", "the catalogue id {id} is also on row {other}.")
NOT_OWN = QT_TRANSLATE_NOOP(
    "Errors", "{id} is an entry received from {publisher}; only they can change it."
)


class CatalogueFileError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} cannot be read as an organisation catalogue: {reason} "
        "Nothing has been changed.",
    )


@dataclass(frozen=True)
class CatalogueRow:
    line: int
    entry_id: str | None
    values: dict[str, Any]
    action: str


@dataclass
class CataloguePreview:
    path: Path
    rows: list[CatalogueRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def changes(self) -> list[CatalogueRow]:
        return [row for row in self.rows if row.action != UNCHANGED]


def _refuse(path: Path, reason: str) -> CatalogueFileError:
    return CatalogueFileError(path=path.name, reason=translate("Errors", reason))


def _csv_cells(path: Path, raw: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise _refuse(path, NOT_TEXT)
    if "\x00" in text:
        raise _refuse(path, NOT_TEXT)
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    try:
        return [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as error:
        raise CatalogueFileError(path=path.name, reason=str(error)) from None


def _xlsx_cells(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        rows = [
            ["" if cell is None else str(cell).strip() for cell in row]
            for row in sheet.iter_rows(values_only=True)
        ]
        workbook.close()
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for bad files
        raise _refuse(path, NOT_WORKBOOK) from error
    return rows


def read_cells(path: Path) -> list[list[str]]:
    """Every row of the file as texts (the first sheet of a workbook)."""
    path = Path(path)
    if not path.is_file():
        raise _refuse(path, NOT_A_FILE)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _refuse(path, TOO_LARGE)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _xlsx_cells(path)
    return _csv_cells(path, path.read_bytes())


def _header(path: Path, cells: list[list[str]]) -> tuple[int, dict[str, int]]:
    for number, row in enumerate(cells[:HEADER_SEARCH_ROWS]):
        names = [str(cell).strip().lower() for cell in row]
        found = {
            column: names.index(name)
            for column, accepted in HEADER_NAMES.items()
            for name in accepted
            if name in names
        }
        if "name" in found:
            return number, found
    raise _refuse(path, NO_HEADER)


def file_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number as a spreadsheet shows it, {column: text}) for each non-empty row."""
    cells = read_cells(path)
    start, columns = _header(Path(path), cells)
    for number, row in enumerate(cells[start + 1 :], start=start + 2):
        if not any(str(cell).strip() for cell in row):
            continue
        yield (
            number,
            {
                column: str(row[index]).strip() if index < len(row) else ""
                for column, index in columns.items()
            },
        )


def _kommun_code(store: Store, text: str) -> str:
    """A kommun given by SCB code ("1490", "490" is not one) or by name ("Borås")."""
    for kommun in store.reference.kommuner():
        if text.casefold() == kommun.name.casefold():
            return kommun.code
    return text


def _type_code(store: Store, text: str) -> str:
    for row in store.reference.organisation_types():
        if text.casefold() == str(row["name"]).casefold():
            return str(row["code"])
    return text


def preview_catalogue_file(store: Store, path: Path) -> CataloguePreview:
    """Check every row and say what reading the file would do; writes nothing."""
    path = Path(path)
    preview = CataloguePreview(path)
    own = store.require_group_id()
    stored = {row["id"]: dict(row) for row in store.db.query(f"SELECT * FROM {TABLE}")}
    by_name = {
        (name_key(row["name"]), row["kommun_code"]): entry_id
        for entry_id, row in stored.items()
        if row["publisher_group_id"] == own
    }
    groups = publisher_names(store.db)
    lines_of_id: dict[str, int] = {}
    on_row = translate("Errors", ON_ROW)
    for line, texts in file_rows(path):
        try:
            raw: dict[str, Any] = {key: texts.get(key, "") for key in EDITABLE_FIELDS}
            raw["kommun_code"] = _kommun_code(store, raw["kommun_code"])
            raw["org_type"] = _type_code(store, raw["org_type"])
            raw["active"] = raw["active"].casefold() not in NO_VALUES
            values = entry_values(store, raw)
        except ValidationError as error:
            preview.problems.append(on_row.format(line=line, message=error.user_message()))
            continue
        entry_id = texts.get("id") or None
        if entry_id:
            try:
                check_values(TABLE, {"id": entry_id})
            except ValidationError as error:
                preview.problems.append(on_row.format(line=line, message=error.user_message()))
                continue
            if entry_id in lines_of_id:
                message = translate("Errors", SAME_ID_TWICE).format(
                    id=entry_id, other=lines_of_id[entry_id]
                )
                preview.problems.append(on_row.format(line=line, message=message))
                continue
            lines_of_id[entry_id] = line
        else:
            entry_id = by_name.get((name_key(values["name"]), values.get("kommun_code")))
        existing = stored.get(entry_id or "")
        if existing is None:
            action = NEW
        elif existing["publisher_group_id"] != own:
            message = translate("Errors", NOT_OWN).format(
                id=entry_id, publisher=groups.get(existing["publisher_group_id"], "")
            )
            preview.problems.append(on_row.format(line=line, message=message))
            continue
        else:
            same = all(existing.get(key) == value for key, value in values.items())
            action = UNCHANGED if same else CHANGED
        preview.rows.append(CatalogueRow(line, entry_id, values, action))
    return preview


def apply_catalogue_file(store: Store, preview: CataloguePreview) -> int:
    """Write a preview without problems, all rows or none; returns how many changed."""
    if preview.problems:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The file has errors; correct them and read it again.")
        )
    if not preview.changes:
        return 0
    # As for a workbook: a copy to go back to before many entries change at once.
    make_backup(store.db.conn, store.path, "before-catalogue-import")
    with store.db.atomic():
        for row in preview.changes:
            values = dict(row.values)
            if row.action == NEW:
                add_entry(store, values.pop("name"), entry_id=row.entry_id, **values)
            elif row.entry_id is not None:
                update_entry(store, row.entry_id, **values)
    return len(preview.changes)
