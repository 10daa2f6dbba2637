"""Templates downward: the county publishes an action plan template and reference lists,
a local group adopts it, and a later version updates the adopted plan without duplicates."""

from __future__ import annotations

import json

import pytest
from test_exchange_support import make_group

from narvard_desktop.cli import main
from narvard_desktop.errors import ValidationError
from narvard_desktop.exchange.errors import WrongPackageKindError
from narvard_desktop.exchange.importer import ALREADY_IMPORTED, IMPORTED, REFUSED, import_file
from narvard_desktop.exchange.templates import export_template, publish_reference_version
from narvard_desktop.store.records import insert_record, soft_delete_record, update_record
from narvard_desktop.store.reference_rows import edit_reference_row


@pytest.fixture
def county(tmp_path):
    store = make_group(tmp_path, "vvg", "lansgemensam", "VVG")
    owner = store.require_group_id()
    db = store.db
    organisation = db.execute("SELECT id FROM organisations LIMIT 1").fetchone()[0]
    with db.atomic():
        plan = insert_record(
            db,
            "action_plans",
            owner,
            {
                "title": "Länsgemensam mall för god och nära vård",
                "target_group": "Äldre",
                "period_start": "2027-01-01",
                "period_end": "2028-12-31",
            },
        )
        goals = [
            insert_record(db, "goals", owner, {"action_plan_id": plan, "title": t, "position": i})
            for i, t in enumerate(("Trygg hemgång", "Fler SIP"))
        ]
        insert_record(
            db,
            "indicators",
            owner,
            {
                "action_plan_id": plan,
                "goal_id": goals[1],
                "name": "Andel SIP inom 30 dagar",
                "definition": "Antal SIP / antal utskrivningar",
                "unit": "%",
                "target_value": 75.0,
            },
        )
        activities = [
            insert_record(
                db,
                "activities",
                owner,
                {
                    "action_plan_id": plan,
                    "goal_id": goals[i % 2],
                    "title": t,
                    "way_code": "A4",
                    "responsible_organisation_id": organisation,
                    "status": "ongoing",
                    "position": i,
                },
            )
            for i, t in enumerate(("Rutin för hemgång", "Utbildning i SIP", "Gemensam uppföljning"))
        ]
    store.plan_id, store.goals, store.activities = plan, goals, activities
    yield store
    store.close()


def adopted(store, table):
    return store.db.execute(
        f"SELECT * FROM {table} WHERE template_id IS NOT NULL AND group_id = ? ORDER BY rowid",
        [store.require_group_id()],
    ).fetchall()


def test_adopt_then_update_without_duplicates(county, tmp_path):
    v1 = export_template(county, county.plan_id, tmp_path / "mall-v1.narvard")
    # A second file of the same version, never imported until after version 2.
    v1b = export_template(county, county.plan_id, tmp_path / "mall-v1b.narvard")
    assert v1.manifest["kind"] == "template"
    with make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490", demo_seed=1) as boras:
        own = boras.require_group_id()
        plans_before = boras.db.execute("SELECT count(*) FROM action_plans").fetchone()[0]
        report = import_file(boras, v1.path)
        assert report.outcome == IMPORTED
        assert report.preview.counts["activities"]["new"] == 3
        plan = boras.db.execute(
            "SELECT id, group_id, template_id, template_revision, origin_import_id, title"
            " FROM action_plans WHERE template_id = ?",
            [county.plan_id],
        ).fetchone()
        assert plan[1:5] == (own, county.plan_id, v1.manifest["template"]["version"], None)
        goal_ids = {
            row[0]: row[1]
            for row in boras.db.execute(
                "SELECT template_id, id FROM goals WHERE action_plan_id = ?", [plan[0]]
            )
        }
        assert set(goal_ids) == set(county.goals)
        activity_rows = boras.db.execute(
            "SELECT template_id, goal_id, responsible_organisation_id, status, action_plan_id"
            " FROM activities WHERE template_id IS NOT NULL"
        ).fetchall()
        assert {(r[0], r[1]) for r in activity_rows} == {
            (county.activities[i], goal_ids[county.goals[i % 2]]) for i in range(3)
        }
        assert all(
            r[2] is None and r[3] == "not_started" and r[4] == plan[0] for r in activity_rows
        )

        # The local group works with its plan: a status, and an activity of its own.
        first = boras.db.execute(
            "SELECT id FROM activities WHERE template_id = ?", [county.activities[0]]
        ).fetchone()[0]
        with boras.db.atomic():
            update_record(boras.db, "activities", first, own, {"status": "ongoing"})
            insert_record(boras.db, "activities", own, {"action_plan_id": plan[0], "title": "Egen"})

        # The county publishes version 2.
        county_id = county.require_group_id()
        with county.db.atomic():
            update_record(
                county.db, "goals", county.goals[0], county_id, {"title": "Trygg och säker hemgång"}
            )
            update_record(
                county.db, "activities", county.activities[0], county_id, {"title": "Ny rutin"}
            )
            soft_delete_record(county.db, "activities", county.activities[2], county_id)
            insert_record(
                county.db,
                "indicators",
                county_id,
                {
                    "action_plan_id": county.plan_id,
                    "goal_id": county.goals[0],
                    "name": "Återinskrivningar",
                    "direction": "lower",
                },
            )
        v2 = export_template(county, county.plan_id, tmp_path / "mall-v2.narvard")
        assert v2.manifest["template"]["version"] > v1.manifest["template"]["version"]
        report = import_file(boras, v2.path)
        assert report.outcome == IMPORTED
        counts = report.preview.counts
        assert counts["goals"]["updated"] == 1 and counts["indicators"]["new"] == 1
        assert counts["activities"] == {
            "new": 0,
            "updated": 2,
            "unchanged": 1,
            "conflict": 0,
            "rejected": 0,
        }

        assert (
            boras.db.execute("SELECT count(*) FROM action_plans").fetchone()[0] == plans_before + 1
        )
        assert len(adopted(boras, "goals")) == 2 and len(adopted(boras, "indicators")) == 2
        assert len(adopted(boras, "activities")) == 3
        row = boras.db.execute(
            "SELECT title, status FROM activities WHERE id = ?", [first]
        ).fetchone()
        assert row == ("Ny rutin", "ongoing")
        assert boras.db.execute(
            "SELECT deleted FROM activities WHERE template_id = ?", [county.activities[2]]
        ).fetchone() == (1,)
        assert boras.db.execute(
            "SELECT count(*) FROM activities WHERE title = 'Egen'"
        ).fetchone() == (1,)
        assert boras.db.execute(
            "SELECT title FROM goals WHERE template_id = ?", [county.goals[0]]
        ).fetchone() == ("Trygg och säker hemgång",)

        # The same file again, and an older version after a newer: nothing changes.
        assert import_file(boras, v2.path).outcome == ALREADY_IMPORTED
        before = [
            boras.db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in ("action_plans", "goals", "indicators", "activities")
        ]
        older = tmp_path / "mall-v1-copy.narvard"
        older.write_bytes(v1.path.read_bytes())
        assert import_file(boras, older).outcome == ALREADY_IMPORTED
        for late in (v1b, export_template(county, county.plan_id, tmp_path / "mall-v2b.narvard")):
            report = import_file(boras, late.path)
            assert report.outcome == IMPORTED and not report.preview.changes_anything()
            assert report.preview.notes
        after = [
            boras.db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in ("action_plans", "goals", "indicators", "activities")
        ]
        assert after == before


def test_newer_reference_lists_replace_stored_ones_but_local_edits_survive(county, tmp_path):
    edit_reference_row(
        county.db,
        "avvikelsekategorier",
        "SIP",
        {"code": "SIP", "name": "SIP – samordnad individuell plan (ny lydelse)", "agreement": "x"},
    )
    publish_reference_version(county.db, "avvikelsekategorier", "2026.9")
    result = export_template(county, county.plan_id, tmp_path / "mall.narvard")
    with make_group(tmp_path, "mark", "lokal", "Mark", kommun="1463") as mark:
        edit_reference_row(
            mark.db,
            "avvikelsekategorier",
            "INUT",
            {"code": "INUT", "name": "Lokalt namn", "agreement": "lokal"},
        )
        report = import_file(mark, result.path)
        assert report.preview.counts["avvikelsekategorier"]["updated"] == 1
        assert report.preview.counts["organisationstyper"]["unchanged"] == 1
        mark.reload_reference()
        assert mark.reference.category_name("SIP").endswith("(ny lydelse)")
        assert mark.reference.category_name("INUT") == "Lokalt namn"
        assert mark.reference.versions["avvikelsekategorier"] == "2026.9"


def test_only_upper_levels_publish_and_templates_flow_only_downward(county, tmp_path):
    with make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490", demo_seed=2) as boras:
        plan = boras.db.execute("SELECT id FROM action_plans LIMIT 1").fetchone()[0]
        with pytest.raises(ValidationError):
            export_template(boras, plan, tmp_path / "x.narvard")
    with make_group(tmp_path, "sa", "delregional", "SÄ", delregion="Södra Älvsborg") as sa:
        owner = sa.require_group_id()
        with sa.db.atomic():
            plan = insert_record(sa.db, "action_plans", owner, {"title": "Delregional mall"})
        path = export_template(sa, plan, tmp_path / "sa-mall.narvard").path
    report = import_file(county, path)
    assert report.outcome == REFUSED and isinstance(report.error, WrongPackageKindError)


def test_cli_publishes_a_template(county, tmp_path, capsys):
    county.close()
    out = tmp_path / "mall.narvard"
    code = main(
        [
            "--data-dir",
            str(tmp_path / "vvg"),
            "export",
            "--out",
            str(out),
            "--template",
            county.plan_id,
        ]
    )
    assert code == 0 and out.exists()
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "vvg"), "ledger", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert entries[0]["kind"] == "template" and entries[0]["direction"] == "export"
