"""One organisation register across levels: the county's catalogue travels down with its
templates, groups link their organisations, and upper levels count a linked organisation
once whichever kommun reported it."""

from __future__ import annotations

from datetime import date

import pytest
from test_exchange_support import dump_database, make_group

from narvard_desktop.errors import ValidationError
from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import IMPORTED, REFUSED, import_file
from narvard_desktop.exchange.plan import NOTE_UNKNOWN_CATALOGUE_ENTRY
from narvard_desktop.exchange.templates import export_template
from narvard_desktop.services import organisation_catalogue as catalogue
from narvard_desktop.services.deviation_analysis import (
    Period,
    open_and_overdue,
    organisation_matrix,
)
from narvard_desktop.services.organisations import add_organisation, update_organisation
from narvard_desktop.store.records import insert_record

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
HOSPITAL = "Södra Älvsborgs sjukhus"


def publish(store, tmp_path, name):
    """A template of a small plan, as an upper level publishes it."""
    owner = store.require_group_id()
    existing = store.db.execute(
        "SELECT id FROM action_plans WHERE group_id = ? AND deleted = 0", [owner]
    ).fetchone()
    if existing is None:
        with store.db.atomic():
            plan = insert_record(store.db, "action_plans", owner, {"title": "Mall"})
    else:
        plan = existing[0]
    return export_template(store, plan, tmp_path / f"{name}.narvard").path


def add_deviations(store, reporting, receiving, count):
    owner = store.require_group_id()
    with store.db.atomic():
        for day in range(1, count + 1):
            insert_record(
                store.db,
                "deviations",
                owner,
                {
                    "category_code": "INUT",
                    "event_date": f"2026-03-{day:02d}",
                    "reported_date": f"2026-03-{day:02d}",
                    "reporting_organisation_id": reporting,
                    "receiving_organisation_id": receiving,
                    "state": "registered",
                    "answer_due_date": "2026-05-01",
                    "description": "Utskrivning utan läkemedelslista",
                },
            )


@pytest.fixture
def world(tmp_path):
    stores = {
        "vvg": make_group(tmp_path, "vvg", "lansgemensam", "VVG"),
        "sa": make_group(
            tmp_path, "sa", "delregional", "Delregionala SÄ", delregion="Södra Älvsborg"
        ),
        "boras": make_group(tmp_path, "boras", "lokal", "Närvård Borås", kommun="1490"),
        "mark": make_group(tmp_path, "mark", "lokal", "Närvård Mark", kommun="1463"),
    }
    county = stores["vvg"]
    stores["hospital"] = catalogue.add_entry(
        county,
        HOSPITAL,
        org_type="SJH",
        kommun_code="1490",
        hsa_id="SE2321000131-E000000000123",
    )
    stores["kinna"] = catalogue.add_entry(
        county, "Vårdcentralen Kinna", org_type="VC_OFF", kommun_code="1463"
    )
    yield stores
    for key in ("vvg", "sa", "boras", "mark"):
        stores[key].close()


def spread_catalogue(world, tmp_path):
    """County → delregion (which adds an entry of its own) → both local groups."""
    county_file = publish(world["vvg"], tmp_path, "county")
    assert import_file(world["sa"], county_file).outcome == IMPORTED
    world["sa_entry"] = catalogue.add_entry(
        world["sa"], "Närhälsan Rehab Mark", org_type="VC_OFF", kommun_code="1463"
    )
    sa_file = publish(world["sa"], tmp_path, "sa")
    for local in ("boras", "mark"):
        assert import_file(world[local], sa_file).outcome == IMPORTED


def entries_of(store):
    return {row["id"]: row for row in catalogue.list_entries(store)}


def test_the_catalogue_travels_down_through_the_delregion_with_the_senders_as_publishers(
    world, tmp_path
):
    spread_catalogue(world, tmp_path)
    at_sa = entries_of(world["sa"])
    assert at_sa[world["hospital"]]["publisher_group_id"] == world["vvg"].require_group_id()
    assert at_sa[world["hospital"]]["hsa_id"] == "SE2321000131-E000000000123"
    assert not at_sa[world["hospital"]]["own"]
    at_boras = entries_of(world["boras"])
    assert set(at_boras) == {world["hospital"], world["kinna"], world["sa_entry"]}
    # The local group received it from the delregion: that is who published it here.
    assert {row["publisher_group_id"] for row in at_boras.values()} == {
        world["sa"].require_group_id()
    }
    # Received entries are read-only below; a local group keeps no catalogue of its own.
    with pytest.raises(ValidationError):
        catalogue.update_entry(world["sa"], world["hospital"], name="Annat namn")
    with pytest.raises(ValidationError):
        catalogue.add_entry(world["boras"], "Egen post")


def test_entries_no_longer_sent_become_inactive_and_links_stay(world, tmp_path):
    spread_catalogue(world, tmp_path)
    boras = world["boras"]
    org = add_organisation(boras, "Rehab Mark", catalogue_id=world["sa_entry"])
    sa = world["sa"]
    sender = {"group_id": sa.require_group_id(), "level": "delregional"}
    kept = [e for e in catalogue.catalogue_payload(sa.db) if e["id"] != world["sa_entry"]]
    with boras.db.atomic():
        catalogue.adopt_catalogue(boras.db, boras.require_group_id(), sender, kept)
    assert entries_of(boras)[world["sa_entry"]]["active"] == 0
    linked = boras.db.execute("SELECT catalogue_id FROM organisations WHERE id = ?", [org])
    assert linked.fetchone()[0] == world["sa_entry"]


def test_the_delregions_matrix_has_one_row_for_the_linked_hospital_and_keeps_unlinked_apart(
    world, tmp_path
):
    spread_catalogue(world, tmp_path)
    sa = world["sa"]
    receivers = {}
    for local, hospital_name, count in (
        ("boras", "SÄS Borås", 3),
        ("mark", "Sjukhuset i Borås", 4),
    ):
        store = world[local]
        hospital = add_organisation(store, hospital_name, org_type="SJH")
        (proposal,) = [p for p in catalogue.propose_links(store) if p.organisation_id == hospital]
        # The names differ too much to be proposed: the group links it by hand.
        catalogue.link_organisations(store, {hospital: world["hospital"]})
        north = add_organisation(store, "Vårdcentral Norr", org_type="VC_OFF")
        add_deviations(store, north, hospital, count)
        receivers[local] = (hospital, north, proposal)
        path = export_data(store, tmp_path / f"{local}-data.narvard").path
        assert import_file(sa, path).outcome == IMPORTED

    table = organisation_matrix(sa, YEAR)
    assert table.column_labels.count(HOSPITAL) == 1
    assert table.column_totals[table.column_labels.index(HOSPITAL)] == 7
    assert "Vårdcentral Norr (Närvård Borås)" in table.row_labels
    assert "Vårdcentral Norr (Närvård Mark)" in table.row_labels
    assert table.row_totals[table.row_labels.index("Vårdcentral Norr (Närvård Mark)")] == 4
    # The same grouping for the chart that folds organisations, and for open/overdue.
    folded = organisation_matrix(sa, YEAR, top=1)
    assert folded.column_labels == [HOSPITAL]
    assert "Vårdcentral Norr (Närvård Mark)" in folded.row_labels
    _total, rows = open_and_overdue(sa, YEAR, today=date(2026, 12, 1))
    assert [(row.organisation_label, row.open) for row in rows] == [(HOSPITAL, 7)]

    # The link survives the delregion's own export upward: the county counts one hospital.
    county = world["vvg"]
    assert import_file(county, export_data(sa, tmp_path / "sa-data.narvard").path).outcome == (
        IMPORTED
    )
    at_county = organisation_matrix(county, YEAR)
    assert at_county.column_labels.count(HOSPITAL) == 1
    stored = county.db.execute(
        "SELECT COUNT(*) FROM organisations WHERE catalogue_id = ?", [world["hospital"]]
    ).fetchone()[0]
    assert stored == 2


def test_an_id_the_upper_level_has_not_received_is_kept_and_counted_as_unlinked(world, tmp_path):
    spread_catalogue(world, tmp_path)
    boras = world["boras"]
    rehab = add_organisation(boras, "Rehab Mark", catalogue_id=world["sa_entry"])
    other = add_organisation(boras, "Hemsjukvården")
    add_deviations(boras, other, rehab, 2)
    sa, county = world["sa"], world["vvg"]
    assert import_file(sa, export_data(boras, tmp_path / "boras.narvard").path).outcome == IMPORTED
    assert organisation_matrix(sa, YEAR).column_labels == ["Närhälsan Rehab Mark"]
    # The delregion's own entry never travels up: the county has no entry with that id.
    sa_file = export_data(sa, tmp_path / "sa.narvard").path
    trial = import_file(county, sa_file, dry_run=True)
    assert NOTE_UNKNOWN_CATALOGUE_ENTRY in trial.preview.notes
    assert import_file(county, sa_file).outcome == IMPORTED
    kept = county.db.execute("SELECT catalogue_id FROM organisations WHERE id = ?", [rehab])
    assert kept.fetchone()[0] == world["sa_entry"]
    assert organisation_matrix(county, YEAR).column_labels == ["Rehab Mark (Närvård Borås)"]


def test_linking_takes_only_known_active_entries_and_proposes_by_name(world, tmp_path):
    spread_catalogue(world, tmp_path)
    mark = world["mark"]
    org = add_organisation(mark, "Vårdcentralen  Kinna.")
    proposals = {p.organisation_id: p for p in catalogue.propose_links(mark)}
    assert proposals[org].entry_id == world["kinna"]
    with pytest.raises(ValidationError):
        update_organisation(mark, org, catalogue_id="ORG-FINNSINTE")
    with pytest.raises(ValidationError):
        update_organisation(mark, org, catalogue_id="inte ett id")
    catalogue.link_organisations(mark, {org: world["kinna"]})
    catalogue.link_organisations(mark, {org: None})
    row = mark.db.execute("SELECT catalogue_id FROM organisations WHERE id = ?", [org]).fetchone()
    assert row[0] is None


def test_catalogue_ids_are_generated_once_and_entry_values_follow_the_rules(world):
    county = world["vvg"]
    ids = {catalogue.new_catalogue_id(county.db) for _ in range(50)}
    assert len(ids) == 50 and all(i.startswith("ORG-") and len(i) == 14 for i in ids)
    for bad in (
        {"hsa_id": "2321000131-E1"},
        {"kommun_code": "149"},
        {"org_type": "OKÄND"},
        {"kommun_code": "9999"},
    ):
        with pytest.raises(ValidationError):
            catalogue.add_entry(county, "Något", **bad)
    with pytest.raises(ValidationError):
        catalogue.add_entry(county, "Dubblett", entry_id=world["hospital"])
    catalogue.deactivate_entry(county, world["kinna"])
    assert entries_of(county)[world["kinna"]]["active"] == 0


def test_a_template_with_a_bad_catalogue_entry_is_refused_naming_the_field(world, tmp_path):
    county = world["vvg"]
    county.db.execute(
        "UPDATE organisation_catalogue SET hsa_id = 'X-123' WHERE id = ?", [world["kinna"]]
    )
    county.db.conn.commit()
    path = publish(county, tmp_path, "bad")
    sa = world["sa"]
    before = dump_database(sa.path)
    report = import_file(sa, path)
    assert report.outcome == REFUSED
    message = report.error.user_message()
    assert "bad.narvard" in message and world["kinna"] in message and "HSA-id" in message
    assert dump_database(sa.path) == before


def test_the_privacy_gate_keeps_an_identifier_out_of_the_published_catalogue(world, tmp_path):
    from test_exchange_support import personnummer, read_members

    county = world["vvg"]
    number = personnummer()
    catalogue.add_entry(county, f"Hemtjänst {number}")
    path = publish(county, tmp_path, "gated")
    assert all(number.encode() not in data for data in read_members(path).values())
    sa = world["sa"]
    assert import_file(sa, path).outcome == IMPORTED
    assert not any(number in row["name"] for row in catalogue.list_entries(sa))


def test_a_malformed_catalogue_id_never_leaves_in_a_data_file(world, tmp_path):
    """The importer checks the same rule; a stored bad id (an old database) stops the export."""
    from narvard_desktop.exchange.file_failures import ValueCannotBeExportedError

    boras = world["boras"]
    org = add_organisation(boras, "Vårdcentral Norr")
    boras.db.execute("UPDATE organisations SET catalogue_id = 'inte ett id' WHERE id = ?", [org])
    boras.db.conn.commit()
    with pytest.raises(ValueCannotBeExportedError) as caught:
        export_data(boras, tmp_path / "boras.narvard")
    message = caught.value.user_message()
    assert org in message and "inte ett id" in message
    assert not (tmp_path / "boras.narvard").exists()
