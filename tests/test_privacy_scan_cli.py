"""`privacy-scan` lists where identifiers are, never the identifiers, and exits 1 on hits."""

import json

from narvard_desktop.cli import main
from narvard_desktop.store.records import insert_record

PNR = "850412-1230"
SAMORDNING = "198504721237"


def run_scan(capsys, data_dir, *extra):
    code = main(["--data-dir", str(data_dir), "privacy-scan", *extra])
    return code, capsys.readouterr()


def test_a_clean_database_exits_zero(demo_store, capsys):
    code, out = run_scan(capsys, demo_store.data_dir, "--json")
    assert (code, json.loads(out.out)) == (0, [])
    code, out = run_scan(capsys, demo_store.data_dir)
    assert code == 0 and out.out.strip()


def test_hits_are_listed_by_record_and_field_without_the_number(demo_store, capsys):
    db, group_id = demo_store.db, demo_store.require_group_id()
    deviation_id = db.execute("SELECT id FROM deviations LIMIT 1").fetchone()[0]
    db.table("deviations").update(
        deviation_id,
        {"answer_cause": f"Gäller {PNR} <&> 🚑", "external_ref": f"MCP {SAMORDNING}"},
    )
    activity_id = db.execute("SELECT id FROM activities LIMIT 1").fetchone()[0]
    note_id = insert_record(
        db,
        "progress_notes",
        group_id,
        {"activity_id": activity_id, "note_date": "2026-10-01", "text": f"Ring om {PNR}"},
    )
    deleted_id = insert_record(
        db, "decisions", group_id, {"agenda_item_id": _any(db, "agenda_items"), "text": PNR}
    )
    db.table("decisions").update(deleted_id, {"deleted": 1})
    db.conn.commit()

    code, out = run_scan(capsys, demo_store.data_dir, "--json")
    hits = json.loads(out.out)
    assert code == 1
    assert sorted((h["kind"], h["record_id"], h["field"], h["identifier_kind"]) for h in hits) == [
        ("deviations", deviation_id, "answer_cause", "personnummer"),
        ("deviations", deviation_id, "external_ref", "samordningsnummer"),
        ("progress_notes", note_id, "text", "personnummer"),
    ]
    assert PNR not in out.out and SAMORDNING not in out.out and "8504" not in out.out

    code, out = run_scan(capsys, demo_store.data_dir)
    assert code == 1
    assert deviation_id in out.out and note_id in out.out
    assert "8504" not in out.out


def test_member_and_organisation_names_are_scanned_too(group_store, capsys):
    db, group_id = group_store.db, group_store.require_group_id()
    org = insert_record(db, "organisations", group_id, {"name": f"Org {PNR}"})
    insert_record(db, "people", group_id, {"name": f"Anna {PNR}", "organisation_id": org})
    db.conn.commit()
    code, out = run_scan(capsys, group_store.data_dir, "--json")
    assert code == 1
    assert {(h["kind"], h["field"]) for h in json.loads(out.out)} == {
        ("organisations", "name"),
        ("people", "name"),
    }


def _any(db, table):
    return db.execute(f"SELECT id FROM {table} LIMIT 1").fetchone()[0]


def test_every_way_of_writing_a_number_is_found_in_every_text_column(demo_store, capsys):
    """One format per column, found from the schema; a justerat meeting's frozen copy
    (JSON text, where a number may follow a newline) is read value by value."""
    import random

    from privacy_planting import give_every_table_a_row, plant_everywhere
    from test_privacy_detector import FORMATS, valid_number

    from narvard_desktop.store.schema import SYNCED_TABLES

    give_every_table_a_row(demo_store)
    rng = random.Random(5)
    formats = list(FORMATS.items())
    chosen: dict[tuple[str, str], str] = {}

    def one_format(table, column):
        name, write = formats[len(chosen) % len(formats)]
        born, yymmdd, last_four = valid_number(rng, rng.random() < 0.3)
        chosen[(table, column)] = name
        return write(born, yymmdd, last_four).replace("⟦", "").replace("⟧", ""), yymmdd + last_four

    planted = plant_everywhere(demo_store.db, one_format, tables=list(SYNCED_TABLES))
    assert planted.empty == []
    assert len(planted.cores) >= len(formats)  # every format went somewhere
    code, out = run_scan(capsys, demo_store.data_dir, "--json")
    assert code == 1
    found = {(hit["kind"], hit["field"]) for hit in json.loads(out.out)}
    missed = {place: chosen[place] for place in planted.cores if place not in found}
    assert missed == {}
    assert ("meetings", "locked_content") in found
    for core in planted.cores.values():
        assert core not in out.out
