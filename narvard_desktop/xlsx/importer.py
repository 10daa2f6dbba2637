"""Reading a workbook: check every row first, preview, then create all or nothing.

Sheets are matched by name and columns by header, both trimmed and without
regard to case; unknown sheets and columns are ignored. Each registered
sheet stages its rows as records with ids minted in advance, so rows can
refer to rows of earlier sheets. Only when no row has an error are the
staged records written, in one transaction after a backup.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from narvard_desktop.errors import NarvardError, ValidationError
from narvard_desktop.exchange.file_failures import check_before_opening
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.record_kinds import kind_label
from narvard_desktop.record_rules import check_values
from narvard_desktop.reference import Reference
from narvard_desktop.services.action_plans import clean_text, fold
from narvard_desktop.store import Store
from narvard_desktop.store.database import make_backup
from narvard_desktop.store.records import insert_record, new_id
from narvard_desktop.xlsx.cells import is_blank, read_cell
from narvard_desktop.xlsx.registry import SheetSpec, registered_sheets

# A facilitator's list may have a title above the headers; look this far down for them.
HEADER_SEARCH_ROWS = 10


class WorkbookUnreadableError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {name} could not be read as an Excel workbook (.xlsx). It may be damaged "
        "or in another format; open it in Excel and save it as an .xlsx workbook. "
        "Nothing has been imported.",
    )


class WorkbookMissingError(NarvardError):
    message_source = QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist.")


@dataclass(frozen=True)
class RowError:
    sheet: str
    row: int | None
    message: str

    def describe(self) -> str:
        if self.row is None:
            text = translate("Xlsx", QT_TRANSLATE_NOOP("Xlsx", "Sheet {sheet}: {message}"))
            return text.format(sheet=self.sheet, message=self.message)
        text = translate("Xlsx", QT_TRANSLATE_NOOP("Xlsx", "Sheet {sheet}, row {row}: {message}"))
        return text.format(sheet=self.sheet, row=self.row, message=self.message)


@dataclass
class SheetSummary:
    name: str
    rows: int = 0
    created: int = 0
    skipped: int = 0


@dataclass
class ImportPreview:
    """What an import would do (or did): per sheet, per record kind, and the bad rows."""

    file_name: str
    sheets: list[SheetSummary] = field(default_factory=list)
    created: dict[str, int] = field(default_factory=dict)
    errors: list[RowError] = field(default_factory=list)
    applied: bool = False
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class ImportContext:
    """Shared state of one import: the records staged so far and look-ups by name."""

    store: Store
    group_id: str
    staged: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    # Free for sheets to keep their own look-ups (e.g. plans by folded title).
    lookups: dict[str, dict[Any, str]] = field(default_factory=dict)
    # The next free position per (table, plan id), for rows appended to a plan.
    positions: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def reference(self) -> Reference:
        return self.store.reference

    def stage(self, table: str, values: dict[str, Any]) -> str:
        # The same rules as every other write, here so the error names the row.
        check_values(table, values)
        record = {**values, "id": new_id()}
        self.staged.append((table, record))
        return record["id"]

    def lookup(self, name: str, load: Callable[[], Iterable[tuple[Any, str]]]) -> dict[Any, str]:
        """A named look-up table, filled from the database the first time it is asked for."""
        if name not in self.lookups:
            self.lookups[name] = dict(load())
        return self.lookups[name]

    def organisation_id(self, name: Any, column: str) -> str | None:
        """The group's own organisation of that name; an unknown name is a row error."""
        if is_blank(name):
            return None
        found = self._names("organisations").get(fold(str(name)))
        if found is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{column}: the organisation '{name}' is not one of the group's "
                    "organisations. Correct the name or add the organisation first.",
                ),
                column=column,
                name=str(name)[:80],
            )
        return found

    def remember(self, table: str, name: str, record_id: str) -> None:
        """A staged organisation or person, so later rows and sheets find it by name."""
        self._names(table)[fold(name)] = record_id

    def known(self, table: str, name: Any) -> str | None:
        """The id of the group's own (or staged) organisation or person of that name."""
        return self._names(table).get(fold(str(name or "")))

    def _names(self, table: str) -> dict[str, str]:
        """The group's organisations or people by folded name (the oldest wins a tie)."""
        if table not in ("organisations", "people"):
            raise ValueError(table)

        def load() -> Iterable[tuple[str, str]]:
            rows = self.store.db.execute(
                f"SELECT id, name FROM {table} WHERE group_id = ? AND deleted = 0"
                " ORDER BY rowid DESC",
                [self.group_id],
            )
            return ((fold(row[1]), row[0]) for row in rows)

        return self.lookup(f"names:{table}", load)

    def person_id(self, name: Any, organisation_id: str | None) -> str | None:
        """The group's own person of that name, added to the group when not known yet."""
        if is_blank(name):
            return None
        people = self._names("people")
        key = fold(str(name))
        if key not in people:
            clean_name = clean_text(name, "name", required=True)
            people[key] = self.stage(
                "people", {"name": clean_name, "organisation_id": organisation_id}
            )
        return people[key]


def _find_sheet(workbook_rows: dict[str, list[tuple[Any, ...]]], name: str) -> str | None:
    wanted = fold(name)
    return next((title for title in workbook_rows if fold(title) == wanted), None)


def _read_workbook(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    if not path.exists():
        raise WorkbookMissingError(path=str(path))
    # A folder or a named pipe is refused before it is opened (a pipe would block forever).
    check_before_opening(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            return {
                sheet.title: list(sheet.iter_rows(values_only=True))
                for sheet in workbook.worksheets
            }
        finally:
            workbook.close()
    except Exception as error:  # noqa: BLE001 - any parse failure means "not a workbook we can read"
        raise WorkbookUnreadableError(name=path.name) from error


def _header_map(spec: SheetSpec, rows: list[tuple[Any, ...]]) -> tuple[int, dict[str, int]] | None:
    """The header row's index and a column index per known key, or None if not found."""
    known = {fold(column.header): column for column in spec.columns if not column.exported_only}
    required = {fold(column.header) for column in spec.columns if column.required}
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found: dict[str, int] = {}
        for position, value in enumerate(row):
            if isinstance(value, str) and fold(value) in known:
                found.setdefault(known[fold(value)].key, position)
        if found and (required & {fold(spec.column(key).header) for key in found} or not required):
            return index, found
    return None


def _stage_sheet(
    context: ImportContext,
    spec: SheetSpec,
    rows: list[tuple[Any, ...]],
    preview: ImportPreview,
) -> None:
    summary = SheetSummary(spec.name)
    preview.sheets.append(summary)
    located = _header_map(spec, rows)
    missing = [
        column.header
        for column in spec.columns
        if column.required and (located is None or column.key not in located[1])
    ]
    if missing:
        message = translate(
            "Xlsx", QT_TRANSLATE_NOOP("Xlsx", "a required column is missing: {columns}.")
        ).format(columns=", ".join(missing))
        preview.errors.append(RowError(spec.name, None, message))
        return
    assert located is not None
    header_index, positions = located
    for index in range(header_index + 1, len(rows)):
        raw = rows[index]
        values = {
            key: read_cell(raw[position] if position < len(raw) else None, spec.column(key).kind)
            for key, position in positions.items()
        }
        if all(is_blank(value) for value in values.values()):
            continue
        summary.rows += 1
        try:
            outcome = spec.stage_row(context, values)
        except ValidationError as error:
            preview.errors.append(RowError(spec.name, index + 1, error.user_message()))
            continue
        if outcome == "created":
            summary.created += 1
        else:
            summary.skipped += 1


def import_workbook(store: Store, path: Path, *, dry_run: bool = False) -> ImportPreview:
    """Check the whole workbook; unless `dry_run` or a row is bad, create its records."""
    path = Path(path)
    workbook_rows = _read_workbook(path)
    context = ImportContext(store=store, group_id=store.require_group_id())
    preview = ImportPreview(file_name=path.name, dry_run=dry_run)
    known = 0
    for spec in registered_sheets():
        title = _find_sheet(workbook_rows, spec.name)
        if title is None:
            continue
        known += 1
        _stage_sheet(context, spec, workbook_rows[title], preview)
    if known == 0:
        message = translate(
            "Xlsx",
            QT_TRANSLATE_NOOP(
                "Xlsx", "the workbook has no sheet the program knows. Expected sheets: {names}."
            ),
        ).format(names=", ".join(spec.name for spec in registered_sheets()))
        preview.errors.append(RowError(path.name, None, message))
    preview.created = dict(Counter(table for table, _values in context.staged))
    if preview.ok and not dry_run and context.staged:
        db = store.db
        make_backup(db.conn, store.path, "before-xlsx-import")
        with db.atomic():
            for table, values in context.staged:
                insert_record(db, table, context.group_id, values)
        preview.applied = True
    return preview


def format_preview(preview: ImportPreview) -> str:
    """The preview as plain lines, for the command line and simple dialogs."""

    def tr(text: str) -> str:
        return translate("Xlsx", text)

    lines = [tr(QT_TRANSLATE_NOOP("Xlsx", "Import from {name}")).format(name=preview.file_name)]
    for sheet in preview.sheets:
        lines.append(
            tr(
                QT_TRANSLATE_NOOP(
                    "Xlsx", "  {sheet}: {rows} rows, {created} new, {skipped} already present"
                )
            ).format(
                sheet=sheet.name, rows=sheet.rows, created=sheet.created, skipped=sheet.skipped
            )
        )
    if preview.created:
        lines.append(tr(QT_TRANSLATE_NOOP("Xlsx", "Will be created:")))
        for table, count in preview.created.items():
            lines.append(f"  {kind_label(table)}: {count}")
    if preview.errors:
        lines.append(
            tr(
                QT_TRANSLATE_NOOP("Xlsx", "{count} problems found. Nothing has been imported:")
            ).format(count=len(preview.errors))
        )
        lines.extend(f"  {error.describe()}" for error in preview.errors)
    elif preview.applied:
        lines.append(tr(QT_TRANSLATE_NOOP("Xlsx", "The import is done.")))
    elif not preview.created:
        lines.append(tr(QT_TRANSLATE_NOOP("Xlsx", "Nothing new to import.")))
    elif preview.dry_run:
        lines.append(tr(QT_TRANSLATE_NOOP("Xlsx", "Trial run: nothing has been written.")))
    return "\n".join(lines)
