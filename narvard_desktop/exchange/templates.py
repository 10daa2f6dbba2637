"""Templates downward: a county or sub-regional group publishes an action plan template
and reference lists; a group below adopts the template as its own plan.

Adopted records are the adopting group's own records. Their `template_id`
columns point to the template's ids, so the next version of the template
updates the adopted plan instead of adding a second copy. Only the fields
the template defines are updated; what the group filled in itself (status,
dates, responsible, baseline and target values) stays as it is.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from narvard_desktop import small_counts
from narvard_desktop.errors import ValidationError
from narvard_desktop.exchange.errors import (
    R_RECORD_SHAPE,
    DamagedExportFileError,
    TemplateNotFoundError,
    WrongPackageKindError,
)
from narvard_desktop.exchange.export import (
    LEVEL_RANK,
    ExportResult,
    PrivacyFilter,
    finish_export,
    sender_of,
    signing_fields,
)
from narvard_desktop.exchange.format import (
    CATALOGUE_PART_KEY,
    CATALOGUE_TABLE,
    KIND_TEMPLATE,
    LOCAL_ONLY_COLUMNS,
    REFERENCE_NAME,
    TEMPLATE_REFERENCE_LISTS,
    TEMPLATE_TABLES,
    table_columns,
)
from narvard_desktop.exchange.ledger import next_export_sequence
from narvard_desktop.exchange.plan import (
    NEW,
    UNCHANGED,
    UPDATED,
    ImportPreview,
    empty_counts,
)
from narvard_desktop.exchange.validate import Package
from narvard_desktop.exchange.writer import Progress, write_package
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.privacy_gate import Gated, require_gated
from narvard_desktop.reference import ReferenceList, ShippedReference, load_shipped
from narvard_desktop.services.organisation_catalogue import (
    adopt_catalogue,
    catalogue_payload,
    plan_catalogue,
)
from narvard_desktop.services.reminders import adopt_report_dates, report_dates
from narvard_desktop.store import Store
from narvard_desktop.store.changes import note_everything
from narvard_desktop.store.records import (
    insert_record,
    new_id,
    soft_delete_record,
    update_record,
    utc_now,
)
from narvard_desktop.store.reference_rows import sync_shipped_reference

R_TEMPLATE_FROM_ABOVE = QT_TRANSLATE_NOOP(
    "Exchange", "a template can only be adopted from a group at a higher level."
)
NOTE_OLDER_TEMPLATE = QT_TRANSLATE_NOOP(
    "Exchange", "This version of the template is not newer than the one already adopted."
)

# Fields a template defines: copied when adopting and updated by later versions.
TEMPLATE_FIELDS: dict[str, tuple[str, ...]] = {
    "action_plans": ("title", "description", "target_group", "target_group_code"),
    "goals": ("title", "description", "position", "horizon", "target_year"),
    "indicators": (
        "goal_id",
        "name",
        "definition",
        "unit",
        "source",
        "direction",
        "statistics_code",
    ),
    "activities": ("goal_id", "title", "description", "way_code", "position"),
}
# Filled in from the template only when adopting; the group owns them afterwards.
ADOPTION_ONLY_FIELDS: dict[str, tuple[str, ...]] = {
    "action_plans": ("period_start", "period_end"),
    "goals": (),
    "indicators": ("baseline_value", "baseline_date", "target_value", "target_date"),
    "activities": (),
}
# Local to the publishing group: never part of a template.
STRIPPED_FIELDS: dict[str, dict[str, Any]] = {
    "action_plans": {
        "adopted_agenda_item_id": None,
        "template_id": None,
        "template_revision": None,
    },
    "goals": {"template_id": None},
    "indicators": {"template_id": None},
    "activities": {
        "responsible_organisation_id": None,
        "responsible_person_id": None,
        "participating_organisation_ids": "[]",
        "start_date": None,
        "due_date": None,
        "next_checkin_date": None,
        "status": "not_started",
        "template_id": None,
    },
}
CHILD_TABLES = ("goals", "indicators", "activities")


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


# ---------------------------------------------------------------- publishing


def _rows(
    db: Database, table: str, where: str, params: list[Any], privacy: PrivacyFilter
) -> list[Gated[dict[str, Any]]]:
    columns = table_columns(db, table)
    names = [name for name in columns if name not in LOCAL_ONLY_COLUMNS]
    records = []
    for row in db.execute(
        f"SELECT {', '.join(names)} FROM {table} WHERE {where} ORDER BY rowid", params
    ):
        record = dict(zip(names, row, strict=True))
        record.update(STRIPPED_FIELDS.get(table, {}))
        records.append(privacy.gated(table, columns, record))
    return records


def reference_payload(db: Database) -> dict[str, Any]:
    lists: dict[str, Any] = {}
    for name in TEMPLATE_REFERENCE_LISTS:
        rows = db.execute(
            "SELECT data, version FROM reference_rows WHERE list_name = ? ORDER BY position",
            [name],
        ).fetchall()
        if rows:
            versions = [row[1] for row in rows]
            lists[name] = {
                "version": max(versions, key=_version_key),
                "rows": [json.loads(row[0]) for row in rows],
            }
    payload: dict[str, Any] = {"lists": lists}
    # The organisation catalogue kept here (own entries and those received from above).
    entries = catalogue_payload(db)
    if entries:
        payload[CATALOGUE_PART_KEY] = entries
    return payload


def publish_reference_version(db: Database, list_name: str, version: str) -> None:
    """Give this group's copy of a list a new version, so that templates carry it downward."""
    with db.atomic():
        db.execute(
            "UPDATE reference_rows SET version = ? WHERE list_name = ?", [version, list_name]
        )
    note_everything(db)


def export_template(
    store: Store, plan_id: str, out_path: Path, progress: Progress | None = None
) -> ExportResult:
    group_id = store.require_group_id()
    own = store.own_group() or {}
    if own.get("level") == "lokal":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Only a sub-regional or county-wide group can publish templates."
            )
        )
    db = store.db
    plan = db.execute(
        "SELECT id, title FROM action_plans WHERE id = ? AND group_id = ? AND deleted = 0",
        [plan_id, group_id],
    ).fetchone()
    if plan is None:
        raise TemplateNotFoundError(plan_id=plan_id)
    privacy = PrivacyFilter()
    records = {
        "groups": _rows(db, "groups", "id = ?", [group_id], privacy),
        "action_plans": _rows(db, "action_plans", "id = ?", [plan_id], privacy),
        **{
            table: _rows(
                db, table, "action_plan_id = ? AND group_id = ?", [plan_id, group_id], privacy
            )
            for table in CHILD_TABLES
        },
    }
    # Every change raises some record's revision by one, so the sum only ever grows.
    version = sum(
        require_gated(record)["revision"]
        for table in TEMPLATE_TABLES[1:]
        for record in records[table]
    )
    fields: dict[str, Any] = {
        "kind": KIND_TEMPLATE,
        "sender": sender_of(own),
        "export_id": new_id(),
        "sequence": next_export_sequence(db, KIND_TEMPLATE),
        "created_at": utc_now(),
        "template": {"plan_id": plan_id, "title": plan[1], "version": version},
        # The county's small-count threshold travels downward with its templates.
        "privacy": {"small_count_threshold": small_counts.threshold(store)},
        # So do the dates the groups below report upward (the Att göra list reminds them).
        "report_dates": [day.isoformat() for day in report_dates(store)],
    }
    signer, key_fields = signing_fields(store, [group_id])
    if own.get("level") == "lansgemensam":
        # The county's directory of group keys travels down with its templates.
        from narvard_desktop.exchange.trust import directory_entries

        key_fields["key_directory"] = directory_entries(db)
    # Group names travel with the keys: through the gate like every other string.
    fields.update(key_fields)
    gated_manifest = privacy.manifest(fields)
    total = sum(len(rows) for rows in records.values())
    # The reference lists leave with the template: their text is gated like any record's.
    reference = privacy.part(reference_payload(db), REFERENCE_NAME)
    manifest, checksum = write_package(
        Path(out_path),
        gated_manifest,
        ((table, iter(records[table])) for table in TEMPLATE_TABLES),
        total,
        progress,
        extra_members={REFERENCE_NAME: reference},
        late_fields=privacy.summary,
        signer=signer,
    )
    return finish_export(store, out_path, manifest, checksum, privacy, KIND_TEMPLATE)


# ---------------------------------------------------------------- adopting


def _template_info(package: Package) -> dict[str, Any]:
    info = package.manifest.get("template")
    plans = package.records.get("action_plans", [])
    if (
        not isinstance(info, dict)
        or not isinstance(info.get("version"), int)
        or len(plans) != 1
        or plans[0]["id"] != info.get("plan_id")
    ):
        raise DamagedExportFileError(
            file=package.file_name, reason=R_RECORD_SHAPE, where="template"
        )
    for table in CHILD_TABLES:
        if any(r["action_plan_id"] != info["plan_id"] for r in package.records.get(table, [])):
            raise DamagedExportFileError(file=package.file_name, reason=R_RECORD_SHAPE, where=table)
    return info


def _adopted(db: Database, table: str, group_id: str, template_id: str) -> dict[str, Any] | None:
    return next(
        db.query(
            f"SELECT * FROM {table} WHERE group_id = ? AND template_id = ? ORDER BY rowid LIMIT 1",
            [group_id, template_id],
        ),
        None,
    )


def plan_template_import(db: Database, own: dict[str, Any], package: Package) -> ImportPreview:
    if LEVEL_RANK[package.sender["level"]] <= LEVEL_RANK[own["level"]]:
        raise WrongPackageKindError(file=package.file_name, reason=R_TEMPLATE_FROM_ABOVE)
    info = _template_info(package)
    tables = ("action_plans", *CHILD_TABLES)
    counts = empty_counts((*tables, *TEMPLATE_REFERENCE_LISTS, CATALOGUE_TABLE))
    actions: dict[str, list[tuple[str, dict[str, Any]]]] = {table: [] for table in tables}
    preview = ImportPreview(package, counts, actions)
    plan = _adopted(db, "action_plans", own["id"], info["plan_id"])
    skip_all = plan is not None and (
        plan["deleted"] or (plan["template_revision"] or 0) >= info["version"]
    )
    if skip_all:
        preview.notes.append(NOTE_OLDER_TEMPLATE)
    goal_map: dict[str, str] = {}
    for table in tables:
        for record in package.records.get(table, []):
            existing = _adopted(db, table, own["id"], record["id"])
            if table == "goals" and existing:
                goal_map[record["id"]] = existing["id"]
            outcome = _template_outcome(table, record, existing, goal_map, skip_all)
            counts[table][outcome] += 1
            actions[table].append((outcome, record))
    for name, spec in (package.reference or {}).get("lists", {}).items():
        stored = db.execute(
            "SELECT version FROM reference_rows WHERE list_name = ?", [name]
        ).fetchall()
        newest = max((row[0] for row in stored), key=_version_key, default=None)
        newer = newest is None or _version_key(spec["version"]) > _version_key(newest)
        counts[name][UPDATED if newer else UNCHANGED] += 1
        key_columns = load_shipped().lists[name].key_columns
        if any(column not in row for row in spec["rows"] for column in key_columns):
            raise DamagedExportFileError(file=package.file_name, reason=R_RECORD_SHAPE, where=name)
    entries = (package.reference or {}).get(CATALOGUE_PART_KEY)
    if entries:
        counts[CATALOGUE_TABLE].update(plan_catalogue(db, entries))
    return preview


def _template_outcome(
    table: str,
    record: dict[str, Any],
    existing: dict[str, Any] | None,
    goal_map: dict[str, str],
    skip_all: bool,
) -> str:
    if skip_all:
        return UNCHANGED
    if existing is None:
        return UNCHANGED if record["deleted"] else NEW
    if existing["deleted"]:
        return UNCHANGED
    if record["deleted"]:
        return UPDATED
    wanted = _wanted(table, record, goal_map, TEMPLATE_FIELDS[table])
    return UPDATED if any(existing.get(k) != v for k, v in wanted.items()) else UNCHANGED


def _wanted(
    table: str, record: dict[str, Any], goal_map: dict[str, str], fields: tuple[str, ...]
) -> dict[str, Any]:
    values = {name: record.get(name) for name in fields}
    if "goal_id" in values and values["goal_id"] is not None:
        values["goal_id"] = goal_map.get(values["goal_id"])
    return values


def apply_template(db: Database, own: dict[str, Any], preview: ImportPreview) -> None:
    """Create or update the adopted plan; the caller holds the transaction."""
    package = preview.package
    info = _template_info(package)
    group_id = own["id"]
    goal_map: dict[str, str] = {}
    plan_id: str | None = None
    for table in ("action_plans", *CHILD_TABLES):
        for outcome, record in preview.actions[table]:
            existing = _adopted(db, table, group_id, record["id"])
            if existing and table == "goals":
                goal_map[record["id"]] = existing["id"]
            if table == "action_plans" and existing:
                plan_id = existing["id"]
            if outcome == NEW:
                fields = TEMPLATE_FIELDS[table] + ADOPTION_ONLY_FIELDS[table]
                values = _wanted(table, record, goal_map, fields)
                values["template_id"] = record["id"]
                if table == "action_plans":
                    values["template_revision"] = info["version"]
                else:
                    values["action_plan_id"] = plan_id
                created = insert_record(db, table, group_id, values)
                if table == "action_plans":
                    plan_id = created
                if table == "goals":
                    goal_map[record["id"]] = created
            elif outcome == UPDATED and existing:
                if record["deleted"]:
                    soft_delete_record(db, table, existing["id"], group_id)
                else:
                    changes = _wanted(table, record, goal_map, TEMPLATE_FIELDS[table])
                    update_record(db, table, existing["id"], group_id, changes)
    _set_template_revision(db, group_id, info)
    _apply_reference(db, package)
    entries = (package.reference or {}).get(CATALOGUE_PART_KEY)
    if entries:
        # The sender as its pinned key says (the importer has checked it against the file).
        adopt_catalogue(db, group_id, package.sender, entries)
    small_counts.adopt_threshold(db, package.manifest.get("privacy"))
    adopt_report_dates(db, package.manifest.get("report_dates"))


def _set_template_revision(db: Database, group_id: str, info: dict[str, Any]) -> None:
    plan = _adopted(db, "action_plans", group_id, info["plan_id"])
    if plan and not plan["deleted"] and (plan["template_revision"] or 0) < info["version"]:
        update_record(
            db, "action_plans", plan["id"], group_id, {"template_revision": info["version"]}
        )


def _apply_reference(db: Database, package: Package) -> None:
    shipped = load_shipped()
    for name, spec in (package.reference or {}).get("lists", {}).items():
        key_columns = shipped.lists[name].key_columns
        rows = tuple({str(k): str(v) for k, v in row.items()} for row in spec["rows"])
        sync_shipped_reference(
            db,
            ShippedReference(
                version=spec["version"], lists={name: ReferenceList(name, key_columns, rows)}
            ),
        )
