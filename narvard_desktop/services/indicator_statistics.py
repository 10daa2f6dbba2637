"""Indicator values from existing statistics, read offline from a CSV file.

The Färdplan asks groups to follow up with "befintliga mätetal och indikatorer" rather than
count by hand. Kolada and SCB publish them as rows of (kpi, municipality, period, value);
a group downloads the file on another computer and reads it here with no network. An
indicator is matched to a row through its statistics code (the KPI id, e.g. "N00945"), and
only the rows of the group's own area are taken. Everything is checked and shown before
anything is written; then it is written in one transaction, each value through the same
service as a value typed by hand.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from narvard_desktop.errors import NarvardError, ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.services.action_plans import clean_number
from narvard_desktop.services.indicators import parse_period, record_indicator_value
from narvard_desktop.store import Store

# The largest file read: a whole Kolada download for one kommun is far smaller.
MAX_FILE_BYTES = 20 * 1024 * 1024
# Västra Götalandsregionen in Kolada's municipality column; upper levels use it by default.
REGION_AREA_CODE = "0014"
# Accepted header names for each column (lower case), Kolada's and SCB's and Swedish ones.
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "kpi": ("kpi", "kpi_id", "indikator", "nyckeltal", "kod"),
    "municipality": ("municipality", "municipality_id", "kommun", "kommunkod", "region", "area"),
    "period": ("period", "year", "år", "ar"),
    "value": ("value", "värde", "varde"),
    "gender": ("gender", "kön", "kon"),
}
REQUIRED_COLUMNS = ("kpi", "municipality", "period", "value")
# Kolada gives totals as T and the sexes as K/M; an indicator follows the total.
TOTAL_GENDERS = ("", "t", "total", "totalt")

NEW, REPLACE, UNCHANGED = "new", "replace", "unchanged"

# Why a file cannot be read (context "Errors"); the sentence around them names the file.
NOT_A_FILE = QT_TRANSLATE_NOOP("Errors", "it is not a regular file.")
TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "it is larger than 20 MB.")
NOT_TEXT = QT_TRANSLATE_NOOP("Errors", "it is not text.")
EMPTY = QT_TRANSLATE_NOOP("Errors", "it is empty.")
NO_HEADER = QT_TRANSLATE_NOOP(
    "Errors", "the first row must name the columns kpi, municipality, period and value."
)
SAME_PERIOD_TWICE = QT_TRANSLATE_NOOP(
    "Errors", "The same period {period} of {code} is also on row {other}."
)
ON_ROW = QT_TRANSLATE_NOOP("Errors", "row {line}: {message}")
VALUE_COMMENT = QT_TRANSLATE_NOOP("Statistics", "From {file}")


class StatisticsFileError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} cannot be read as statistics: {reason} Nothing has been changed.",
    )


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str


@dataclass(frozen=True)
class StatisticsValue:
    line: int
    indicator_id: str
    indicator_name: str
    code: str
    period: str
    value: float
    action: str


@dataclass
class StatisticsPreview:
    path: Path
    area_code: str
    values: list[StatisticsValue] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    other_areas: int = 0
    unknown_codes: set[str] = field(default_factory=set)

    @property
    def changes(self) -> list[StatisticsValue]:
        return [value for value in self.values if value.action != UNCHANGED]


def normalise_area(code: Any) -> str:
    """Kommun and region codes compare as four digits: '14' and '0014' are one area."""
    text = str(code or "").strip()
    return text.zfill(4) if text.isdigit() else text.upper()


def default_area_code(store: Store) -> str:
    group = store.own_group() or {}
    if group.get("level") == "lokal" and group.get("kommun_code"):
        return normalise_area(group["kommun_code"])
    return REGION_AREA_CODE


def _file_text(path: Path) -> str:
    if not path.is_file():
        raise StatisticsFileError(path=str(path), reason=translate("Errors", NOT_A_FILE))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise StatisticsFileError(path=str(path), reason=translate("Errors", TOO_LARGE))
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise StatisticsFileError(path=str(path), reason=translate("Errors", NOT_TEXT))


def _columns(header: list[str], path: Path) -> dict[str, int]:
    names = [name.strip().lower() for name in header]
    found: dict[str, int] = {}
    for column, accepted in HEADER_NAMES.items():
        for index, name in enumerate(names):
            if name in accepted:
                found[column] = index
                break
    missing = [column for column in REQUIRED_COLUMNS if column not in found]
    if missing:
        reason = translate("Errors", NO_HEADER)
        raise StatisticsFileError(path=str(path), reason=reason)
    return found


def read_statistics_rows(path: Path) -> tuple[list[dict[str, str]], Path]:
    """The file's rows as {column: text} with their line numbers under "line"."""
    path = Path(path)
    text = _file_text(path)
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise StatisticsFileError(path=str(path), reason=translate("Errors", EMPTY)) from None
    except csv.Error as error:
        raise StatisticsFileError(path=str(path), reason=str(error)) from None
    columns = _columns(header, path)
    rows = []
    try:
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            row = {"line": str(reader.line_num)}
            for column, index in columns.items():
                row[column] = cells[index].strip() if index < len(cells) else ""
            rows.append(row)
    except csv.Error as error:
        raise StatisticsFileError(path=str(path), reason=str(error)) from None
    return rows, path


def _indicators_by_code(store: Store) -> dict[str, list[dict[str, Any]]]:
    """The group's own live indicators that carry a statistics code, by upper-case code."""
    by_code: dict[str, list[dict[str, Any]]] = {}
    for indicator in store.db.query(
        "SELECT id, name, statistics_code FROM indicators WHERE group_id = ? AND deleted = 0"
        " AND statistics_code IS NOT NULL AND statistics_code != ''",
        [store.require_group_id()],
    ):
        by_code.setdefault(indicator["statistics_code"].strip().upper(), []).append(indicator)
    return by_code


def _existing_values(store: Store, indicator_ids: Iterable[str]) -> dict[tuple[str, str], float]:
    ids = list(indicator_ids)
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {
        (row["indicator_id"], row["period"]): row["value"]
        for row in store.db.query(
            f"SELECT indicator_id, period, value FROM indicator_values"
            f" WHERE deleted = 0 AND indicator_id IN ({marks})",
            ids,
        )
    }


def preview_statistics(store: Store, path: Path, area_code: str | None = None) -> StatisticsPreview:
    """Check every row and say what reading the file would change; writes nothing."""
    rows, path = read_statistics_rows(path)
    area = normalise_area(area_code) if area_code else default_area_code(store)
    preview = StatisticsPreview(path, area)
    by_code = _indicators_by_code(store)
    existing = _existing_values(store, (item["id"] for items in by_code.values() for item in items))
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        line = int(row["line"])
        if row.get("gender", "").lower() not in TOTAL_GENDERS:
            continue
        if normalise_area(row["municipality"]) != area:
            preview.other_areas += 1
            continue
        code = row["kpi"].upper()
        indicators = by_code.get(code)
        if not indicators:
            preview.unknown_codes.add(code)
            continue
        try:
            period, _end = parse_period(row["period"])
            number = clean_number(row["value"], "value", required=True)
        except ValidationError as error:
            preview.problems.append(RowProblem(line, error.user_message()))
            continue
        assert number is not None
        for indicator in indicators:
            key = (indicator["id"], period)
            if key in seen:
                message = translate("Errors", SAME_PERIOD_TWICE).format(
                    period=period, code=code, other=seen[key]
                )
                preview.problems.append(RowProblem(line, message))
                continue
            seen[key] = line
            old = existing.get(key)
            action = NEW if old is None else UNCHANGED if old == number else REPLACE
            preview.values.append(
                StatisticsValue(
                    line, indicator["id"], indicator["name"], code, period, number, action
                )
            )
    return preview


def apply_statistics(store: Store, preview: StatisticsPreview) -> int:
    """Write the new and changed values of a preview without problems, all or nothing."""
    if preview.problems:
        first = preview.problems[0]
        raise StatisticsFileError(
            path=str(preview.path),
            reason=translate("Errors", ON_ROW).format(line=first.line, message=first.message),
        )
    changes = preview.changes
    comment = translate("Statistics", VALUE_COMMENT).format(file=preview.path.name)
    with store.db.atomic():
        for value in changes:
            record_indicator_value(store, value.indicator_id, value.period, value.value, comment)
    return len(changes)
