"""Exchange between levels: lokal → delregional → länsgemensam, re-imports, updates,
deletions, older files, sequence gaps, conflicts and provenance."""

from __future__ import annotations

import json

import pytest
from test_exchange_support import (
    dump_database,
    make_group,
    owned_records,
    rewrite_package,
)

from narvard_desktop.cli import main
from narvard_desktop.exchange.errors import WrongPackageKindError
from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import (
    ALREADY_IMPORTED,
    IMPORTED,
    REFUSED,
    import_file,
    import_files,
)
from narvard_desktop.exchange.ledger import list_entries
from narvard_desktop.exchange.provenance import ProvenanceLookup, provenance, selectable_groups
from narvard_desktop.exchange.trust import R_LOCAL_TEMPLATES_ONLY, SenderIdentityError
from narvard_desktop.store.records import insert_record, soft_delete_record, update_record
from narvard_desktop.store.schema import SYNCED_TABLES

LOCALS = (
    ("boras", "Borås", "1490", 1),
    ("mark", "Mark", "1463", 2),
    ("ulricehamn", "Ulricehamn", "1491", 3),
)


@pytest.fixture
def world(tmp_path):
    stores = {
        folder: make_group(tmp_path, folder, "lokal", name, kommun=code, demo_seed=seed)
        for folder, name, code, seed in LOCALS
    }
    stores["sa"] = make_group(
        tmp_path, "sa", "delregional", "Delregionala SÄ", delregion="Södra Älvsborg"
    )
    stores["vvg"] = make_group(tmp_path, "vvg", "lansgemensam", "VVG")
    yield stores
    for store in stores.values():
        store.close()


def synced_dump(store):
    dump = dump_database(store.path)
    return {table: dump[table] for table in SYNCED_TABLES}


def test_three_locals_travel_through_delregional_to_county_with_owners_kept(world, tmp_path):
    files = [export_data(world[f], tmp_path / f"{f}.narvard").path for f, *_ in LOCALS]
    reports = import_files(world["sa"], files)
    assert [r.outcome for r in reports] == [IMPORTED] * 3
    sa_id = world["sa"].require_group_id()
    insert_record(
        world["sa"].db, "meetings", sa_id, {"meeting_date": "2026-11-02", "title": "Delregionalt"}
    )
    world["sa"].db.conn.commit()

    sa_file = export_data(world["sa"], tmp_path / "sa.narvard")
    assert sa_file.counts["groups"] == 4
    report = import_file(world["vvg"], sa_file.path)
    assert report.outcome == IMPORTED

    for folder, *_ in LOCALS:
        owner = world[folder].require_group_id()
        for table in SYNCED_TABLES:
            assert owned_records(world["vvg"], table, owner) == owned_records(
                world[folder], table, owner
            ), table
    assert owned_records(world["vvg"], "meetings", sa_id) == owned_records(
        world["sa"], "meetings", sa_id
    )

    boras = world["boras"]
    activity = boras.db.execute("SELECT id FROM activities ORDER BY rowid LIMIT 1").fetchone()[0]
    at_sa = provenance(world["sa"].db, "activities", activity)
    at_vvg = provenance(world["vvg"].db, "activities", activity)
    assert at_sa.label().startswith("Borås, export 1, 20")
    assert at_vvg.owner_name == "Borås"
    assert at_vvg.sender_name == "Delregionala SÄ"
    assert "Delregionala SÄ" in at_vvg.label() and "Borås" in at_vvg.label()
    assert ProvenanceLookup(boras.db).for_record("activities", activity) is None

    choices = selectable_groups(world["vvg"].db, world["vvg"].require_group_id())
    assert [c.name for c in choices] == ["VVG", "Delregionala SÄ", "Borås", "Mark", "Ulricehamn"]
    assert choices[0].own and not any(c.own for c in choices[1:])


def test_reimporting_the_same_file_changes_nothing_and_says_so(world, tmp_path):
    path = export_data(world["boras"], tmp_path / "boras.narvard").path
    assert import_file(world["sa"], path).outcome == IMPORTED
    before = dump_database(world["sa"].path)
    copy = tmp_path / "copy-with-other-name.narvard"
    copy.write_bytes(path.read_bytes())
    for again in (path, copy):
        report = import_file(world["sa"], again)
        assert report.outcome == ALREADY_IMPORTED
        assert report.preview.already_imported is not None
    assert dump_database(world["sa"].path) == before

    # A new export of unchanged data is a new file, but changes no record.
    second = export_data(world["boras"], tmp_path / "boras-2.narvard").path
    report = import_file(world["sa"], second)
    assert report.outcome == IMPORTED
    assert not report.preview.changes_anything()
    assert synced_dump(world["sa"]) == {t: before[t] for t in SYNCED_TABLES}


def test_updates_and_deletions_travel_up_two_levels(world, tmp_path):
    boras = world["boras"]
    owner = boras.require_group_id()
    import_file(world["sa"], export_data(boras, tmp_path / "b1.narvard").path)
    import_file(world["vvg"], export_data(world["sa"], tmp_path / "s1.narvard").path)

    activity, deviation = (
        boras.db.execute(f"SELECT id FROM {t} ORDER BY rowid LIMIT 1").fetchone()[0]
        for t in ("activities", "deviations")
    )
    with boras.db.atomic():
        update_record(
            boras.db,
            "activities",
            activity,
            owner,
            {"status": "done", "title": "Ny <titel> & =cmd"},
        )
        soft_delete_record(boras.db, "deviations", deviation, owner)

    report = import_file(world["sa"], export_data(boras, tmp_path / "b2.narvard").path)
    assert report.preview.counts["activities"]["updated"] == 1
    assert report.preview.counts["deviations"]["updated"] == 1
    report = import_file(world["vvg"], export_data(world["sa"], tmp_path / "s2.narvard").path)
    assert report.preview.counts["activities"]["updated"] == 1
    for store in (world["sa"], world["vvg"]):
        row = store.db.execute(
            "SELECT title, status, revision FROM activities WHERE id = ?", [activity]
        ).fetchone()
        assert row == ("Ny <titel> & =cmd", "done", 2)
        assert store.db.execute(
            "SELECT deleted FROM deviations WHERE id = ?", [deviation]
        ).fetchone() == (1,)


def test_an_older_export_after_a_newer_one_changes_nothing(world, tmp_path):
    boras = world["boras"]
    old = export_data(boras, tmp_path / "old.narvard").path
    activity = boras.db.execute("SELECT id FROM activities LIMIT 1").fetchone()[0]
    with boras.db.atomic():
        update_record(
            boras.db, "activities", activity, boras.require_group_id(), {"title": "Nyare"}
        )
    new = export_data(boras, tmp_path / "new.narvard").path

    assert import_file(world["sa"], new).outcome == IMPORTED
    before = synced_dump(world["sa"])
    report = import_file(world["sa"], old)
    assert report.outcome == IMPORTED
    assert report.preview.older_than_imported
    assert not report.preview.changes_anything()
    assert synced_dump(world["sa"]) == before
    assert world["sa"].db.execute(
        "SELECT title FROM activities WHERE id = ?", [activity]
    ).fetchone() == ("Nyare",)


def test_a_gap_in_the_senders_sequence_is_reported(world, tmp_path):
    files = [export_data(world["mark"], tmp_path / f"m{n}.narvard").path for n in (1, 2, 3, 4)]
    assert import_file(world["sa"], files[0]).preview.sequence_gaps == []
    report = import_file(world["sa"], files[3])
    assert report.preview.sequence_gaps == [2, 3]
    report = import_file(world["sa"], files[2])
    assert report.preview.sequence_gaps == [2]


def test_an_id_claimed_by_another_owner_is_a_conflict_and_not_applied(world, tmp_path):
    import_file(world["sa"], export_data(world["boras"], tmp_path / "b.narvard").path)
    boras_activity = (
        world["boras"]
        .db.execute("SELECT id, title FROM activities ORDER BY rowid LIMIT 1")
        .fetchone()
    )

    def steal(records):
        old = records["activities"][0]["id"]
        records["activities"][0]["id"] = boras_activity[0]
        records["activities"][0]["revision"] = 50
        records["activities"][0]["title"] = "Kapad"
        # Whatever pointed at the renamed record follows it (else the file would point at
        # nothing, which refuses it whole).
        for rows in records.values():
            for row in rows:
                for column, value in list(row.items()):
                    if column != "id" and value == old:
                        row[column] = boras_activity[0]

    mark = export_data(world["mark"], tmp_path / "m.narvard").path
    hostile = rewrite_package(mark, tmp_path / "m-hostile.narvard", steal, sign_as=world["mark"])
    report = import_file(world["sa"], hostile)
    assert report.outcome == IMPORTED
    assert report.preview.counts["activities"]["conflict"] == 1
    assert report.preview.conflicts[0].record_id == boras_activity[0]
    row = (
        world["sa"]
        .db.execute("SELECT title, group_id FROM activities WHERE id = ?", [boras_activity[0]])
        .fetchone()
    )
    assert row == (boras_activity[1], world["boras"].require_group_id())


def test_a_local_group_refuses_a_data_file_from_above_and_keeps_its_records(world, tmp_path):
    boras = world["boras"]
    owner = boras.require_group_id()
    import_file(world["sa"], export_data(boras, tmp_path / "b.narvard").path)
    sa_export = export_data(world["sa"], tmp_path / "sa.narvard").path
    activity = boras.db.execute("SELECT id FROM activities ORDER BY rowid LIMIT 1").fetchone()[0]

    def overwrite(records):
        for record in records["activities"]:
            if record["id"] == activity:
                record["revision"] = 99
                record["title"] = "Ändrad av någon annan"

    hostile = rewrite_package(
        sa_export, tmp_path / "sa-hostile.narvard", overwrite, sign_as=world["sa"]
    )
    before = dump_database(boras.path)
    for path in (sa_export, hostile):
        report = import_file(boras, path)
        # Data travels upward only: a local group takes templates from above, never records.
        assert report.outcome == REFUSED
        assert isinstance(report.error, WrongPackageKindError)
        assert report.error.details["reason"] == R_LOCAL_TEMPLATES_ONLY
    assert dump_database(boras.path) == before
    assert owned_records(boras, "activities", owner)[activity]["title"] != "Ändrad av någon annan"


def test_the_importing_groups_own_records_are_never_overwritten(world, tmp_path):
    vvg = world["vvg"]
    owner = vvg.require_group_id()
    county_activity = dict(
        next(vvg.db.query("SELECT * FROM organisations WHERE group_id = ?", [owner]))
    )
    county_activity.pop("origin_import_id")
    county_activity.update(revision=99, name="Ändrad av någon annan")
    county_group = dict(next(vvg.db.query("SELECT * FROM groups WHERE id = ?", [owner])))
    county_group.pop("origin_import_id")

    def overwrite(records):
        records["groups"].append(county_group)
        records["organisations"].append(county_activity)

    hostile = rewrite_package(
        export_data(world["sa"], tmp_path / "sa.narvard").path,
        tmp_path / "sa-hostile.narvard",
        overwrite,
        sign_as=world["sa"],
    )
    before = owned_records(vvg, "organisations", owner)
    report = import_file(vvg, hostile)
    # A delregion passes on only the kommuner of its area: the file is refused whole.
    assert report.outcome == REFUSED
    assert isinstance(report.error, SenderIdentityError)
    assert owned_records(vvg, "organisations", owner) == before


def test_records_of_groups_the_sender_may_not_speak_for_are_rejected(world, tmp_path):
    county_id = world["vvg"].require_group_id()
    county_row = dict(next(world["vvg"].db.query("SELECT * FROM groups WHERE id = ?", [county_id])))
    county_row.pop("origin_import_id")
    organisation = dict(
        next(world["vvg"].db.query("SELECT * FROM organisations WHERE group_id = ?", [county_id]))
    )
    organisation.pop("origin_import_id")

    def smuggle(records):
        records["groups"].append(county_row)
        records["organisations"].append(organisation)

    path = rewrite_package(
        export_data(world["boras"], tmp_path / "b.narvard").path,
        tmp_path / "b2.narvard",
        smuggle,
        sign_as=world["boras"],
    )
    report = import_file(world["sa"], path)
    assert report.outcome == IMPORTED
    assert report.preview.counts["groups"] == {
        "new": 1,
        "updated": 0,
        "unchanged": 0,
        "conflict": 0,
        "rejected": 1,
    }
    assert report.preview.counts["organisations"]["rejected"] == 1
    assert world["sa"].db.execute(
        "SELECT count(*) FROM groups WHERE id = ?", [county_id]
    ).fetchone() == (0,)


def test_imported_rows_point_to_their_ledger_entry_and_a_backup_is_made(world, tmp_path):
    report = import_file(world["sa"], export_data(world["ulricehamn"], tmp_path / "u.narvard").path)
    owner = world["ulricehamn"].require_group_id()
    origins = {
        row[0]
        for table in SYNCED_TABLES
        for row in world["sa"].db.execute(
            f"SELECT DISTINCT origin_import_id FROM {table} WHERE group_id = ?", [owner]
        )
    }
    assert origins == {report.ledger_id}
    assert report.backup is not None and report.backup.exists()
    entry = next(e for e in list_entries(world["sa"].db) if e.id == report.ledger_id)
    assert entry.direction == "import" and entry.sequence == 1
    assert entry.tables["deviations"] == {"new": 36}


def test_cli_export_import_and_ledger(world, tmp_path, capsys):
    for store in world.values():
        store.close()
    out = tmp_path / "files" / "boras.narvard"
    assert main(["--data-dir", str(tmp_path / "boras"), "export", "--out", str(out)]) == 0
    junk = tmp_path / "files" / "junk.narvard"
    junk.write_text("inte en zip", encoding="utf-8")
    capsys.readouterr()

    sa = ["--data-dir", str(tmp_path / "sa")]
    assert main([*sa, "import", str(out), "--dry-run"]) == 0
    assert "Ledger" not in capsys.readouterr().out
    assert main([*sa, "ledger", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []

    assert main([*sa, "import", str(out)]) == 0
    assert main([*sa, "import", str(out)]) == 0
    assert main([*sa, "import", str(out), str(junk)]) == 1
    printed = capsys.readouterr().out
    assert "junk.narvard" in printed
    assert main([*sa, "ledger", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert [e["direction"] for e in entries] == ["import"]
    assert entries[0]["sender_name"] == "Borås"
    assert main([*sa, "ledger"]) == 0
    assert "boras.narvard" in capsys.readouterr().out


def test_a_refused_file_is_reported_by_import_files_and_others_still_import(world, tmp_path):
    good = export_data(world["mark"], tmp_path / "m.narvard").path
    bad = tmp_path / "bad.narvard"
    bad.write_bytes(good.read_bytes()[:-100])
    reports = import_files(world["sa"], [bad, good])
    assert [r.outcome for r in reports] == [REFUSED, IMPORTED]


def test_export_reports_progress_and_a_cancelled_export_leaves_nothing(world, tmp_path):
    class Cancelled(Exception):
        pass

    calls = []

    def cancel_midway(done, total):
        calls.append((done, total))
        if done >= 100:
            raise Cancelled

    folder = tmp_path / "out"
    target = folder / "boras.narvard"
    with pytest.raises(Cancelled):
        export_data(world["boras"], target, progress=cancel_midway)
    assert list(folder.iterdir()) == []
    assert list_entries(world["boras"].db) == []
    assert calls[0][0] == 0 and calls[0][1] > 100

    seen = []
    result = export_data(world["boras"], target, progress=lambda d, t: seen.append((d, t)))
    assert result.manifest["sequence"] == 1
    assert seen[-1] == (sum(result.counts.values()), sum(result.counts.values()))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert [p.name for p in folder.iterdir()] == ["boras.narvard"]


def test_a_file_changing_the_receivers_own_records_gives_conflicts_not_changes(world, tmp_path):
    sa = world["sa"]
    owner = sa.require_group_id()
    own_group = dict(next(sa.db.query("SELECT * FROM groups WHERE id = ?", [owner])))
    own_group.pop("origin_import_id")
    organisation = dict(
        next(sa.db.query("SELECT * FROM organisations WHERE group_id = ?", [owner]))
    )
    organisation.pop("origin_import_id")
    organisation.update(revision=99, name="Ändrad av någon annan")

    def overwrite(records):
        records["groups"].append(own_group)
        records["organisations"].append(organisation)

    hostile = rewrite_package(
        export_data(world["mark"], tmp_path / "m.narvard").path,
        tmp_path / "m-hostile.narvard",
        overwrite,
        sign_as=world["mark"],
    )
    before = owned_records(sa, "organisations", owner)
    report = import_file(sa, hostile)
    assert report.outcome == IMPORTED
    assert report.preview.counts["organisations"]["conflict"] == 1
    assert owned_records(sa, "organisations", owner) == before
