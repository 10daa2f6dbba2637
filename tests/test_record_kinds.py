"""The one registry of record kinds agrees with the schema, the privacy guard and the catalogue."""

import xml.etree.ElementTree as ElementTree

from narvard_desktop import record_kinds
from narvard_desktop.i18n import set_language
from narvard_desktop.paths import translations_dir
from narvard_desktop.privacy import FREE_TEXT_FIELDS, scan_database, scan_record
from narvard_desktop.record_kinds import (
    FIELD_CONTEXT,
    FIELD_LABELS,
    KIND_CONTEXT,
    SECTIONS,
    all_kinds,
    field_label,
    free_text_fields,
    kind,
    kind_label,
    section_of,
    summary_tables,
)
from narvard_desktop.services.summary import record_counts
from narvard_desktop.store.records import insert_record
from narvard_desktop.store.schema import SYNCED_TABLES

PNR = "850412-1230"
BOOKKEEPING = {"id", "group_id", "created_at", "updated_at", "origin_import_id"}
# Text columns that hold codes, dates, times, checksums or an address, never prose:
# a new text column must be added here or to its kind's free-text fields.
NOT_FREE_TEXT = {
    "groups": {"level", "kommun_code", "delregion", "paragraph_numbering"},
    "organisations": {"org_type", "kommun_code"},
    "people": {"email", "role", "active_from", "active_to"},
    "meetings": {
        "meeting_date",
        "start_time",
        "end_time",
        "kind",
        "approval_date",
        "locked_at",
        "locked_checksum",
        "locked_signature",
    },
    "agenda_items": {"kind", "role"},
    "action_plans": {"period_start", "period_end", "target_group_code"},
    "goals": {"horizon"},
    "indicators": {"direction", "baseline_date", "target_date", "statistics_code"},
    "indicator_values": {"period", "period_end"},
    "activities": {"way_code", "start_date", "due_date", "status", "next_checkin_date"},
    "progress_notes": {"note_date"},
    "deviations": {
        "event_date",
        "reported_date",
        "deviation_type",
        "category_code",
        "care_injury",
        "answer_due_date",
        "answered_date",
        "escalated_to",
        "state",
    },
    "deviation_events": {"from_state", "to_state", "changed_on"},
    "attendances": {"presence"},
    "action_items": {"due_date"},
    "links": {"from_kind", "to_kind"},
    "meeting_reopenings": {"reopened_at", "previous_checksum"},
}


def text_columns(store, table):
    return {
        row[1]
        for row in store.db.execute(f"PRAGMA table_info({table})")
        if row[2] == "TEXT" and row[1] not in BOOKKEEPING and not row[1].endswith(("_id", "_ids"))
    }


def catalogue():
    result = {}
    for context in ElementTree.parse(translations_dir() / "narvard_sv.ts").getroot():
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation.get("type") is None and (translation.text or "").strip()
            result[(context.findtext("name"), message.findtext("source"))] = (
                translation.text if finished else None
            )
    return result


def test_the_registry_lists_the_schemas_synced_tables_in_the_same_order(store):
    assert record_kinds.SYNCED_TABLES == SYNCED_TABLES
    assert tuple(k.table for k in all_kinds()) == SYNCED_TABLES
    tables = set(store.db.table_names())
    assert all(k.table in tables for k in all_kinds())
    assert all(k.synced for k in all_kinds())


def test_every_free_text_field_is_a_real_text_column_of_its_table(store):
    for k in all_kinds():
        assert set(k.free_text) <= text_columns(store, k.table), k.table


def test_every_text_column_of_a_synced_table_is_free_text_or_known_to_be_structured(store):
    for k in all_kinds():
        unclassified = text_columns(store, k.table) - set(k.free_text)
        assert unclassified == NOT_FREE_TEXT.get(k.table, set()), k.table


def test_the_privacy_guard_scans_exactly_the_registrys_free_text_fields():
    assert {k.table: k.free_text for k in all_kinds() if k.free_text} == FREE_TEXT_FIELDS
    for k in all_kinds():
        record = {"id": "x", **{name: f"Se {PNR}" for name in k.free_text}}
        found = {hit["field"] for hit in scan_record(k.table, record)}
        assert found == set(k.free_text), k.table


def test_a_personnummer_in_any_free_text_field_of_any_kind_is_found(demo_store):
    db = demo_store.db
    group_id = demo_store.own_group()["id"]
    meeting_id = db.execute("SELECT id FROM meetings WHERE deleted = 0").fetchone()[0]
    insert_record(
        db,
        "meeting_reopenings",
        group_id,
        {"meeting_id": meeting_id, "reopened_at": "2026-01-01T10:00:00Z", "reason": "Rättelse"},
    )
    expected = set()
    for k in all_kinds():
        if not k.free_text:
            continue
        row = db.execute(f"SELECT id FROM {k.table} WHERE deleted = 0 LIMIT 1").fetchone()
        assert row is not None, f"the demo data has no {k.table}"
        assignments = ", ".join(f"{name} = ?" for name in k.free_text)
        db.execute(
            f"UPDATE {k.table} SET {assignments} WHERE id = ?",
            [*(f"Gäller {PNR}." for _ in k.free_text), row[0]],
        )
        expected |= {(k.table, row[0], name) for name in k.free_text}
    found = {(hit["kind"], hit["record_id"], hit["field"]) for hit in scan_database(demo_store)}
    assert expected <= found


def test_every_field_label_and_kind_label_has_a_swedish_translation():
    swedish = catalogue()
    sources = {(FIELD_CONTEXT, text) for text in FIELD_LABELS.values()}
    for k in (*all_kinds(), kind("exchange_ledger")):
        sources |= {(KIND_CONTEXT, k.singular), (KIND_CONTEXT, k.plural)}
        sources |= {(FIELD_CONTEXT, text) for text in k.field_labels.values()}
    missing = sorted(source for source in sources if not swedish.get(source))
    assert missing == []
    set_language("sv")
    assert field_label("external_ref") == swedish[(FIELD_CONTEXT, "External reference")]
    assert field_label("text", "progress_notes") == "Anteckning"
    assert kind_label("indicator_values") == "Mätvärden"
    assert kind_label("people", plural=False) == "Person i gruppen"


def test_every_free_text_field_has_a_label_for_the_privacy_lists():
    set_language("en")
    for k in all_kinds():
        for name in k.free_text:
            assert name in FIELD_LABELS, (k.table, name)
    assert field_label("answer_cause") == "Answer: cause"
    assert field_label("no_such_field") == "no_such_field"
    assert kind_label("no_such_table") == "no_such_table"


def test_each_kind_belongs_to_a_section_of_the_window():
    assert all(k.section in SECTIONS for k in all_kinds())
    assert section_of("deviation_events") == "deviations"
    assert section_of("progress_notes") == "plan"
    assert section_of("decisions") == "meetings"
    assert section_of("exchange_ledger") == "exchange"
    assert section_of("no_such_table") == "start"


def test_free_text_fields_of_an_unknown_table_are_none():
    assert free_text_fields("settings") == ()
    assert free_text_fields("deviations")[0] == "description"


def test_the_summary_counts_the_registrys_summary_kinds_in_their_order(group_store):
    counts = record_counts(group_store)
    assert tuple(counts) == summary_tables()
    assert set(summary_tables()) <= set(SYNCED_TABLES)
