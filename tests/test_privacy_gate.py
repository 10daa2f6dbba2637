"""The privacy gate: every string of every output passes it, and nothing can go around it."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from test_exchange_support import make_group

from narvard_desktop import small_counts
from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import IMPORTED, import_file
from narvard_desktop.exchange.templates import export_template
from narvard_desktop.privacy import contains_identifier
from narvard_desktop.privacy_gate import (
    REFUSE,
    WITHHOLD,
    Gated,
    PrivacyGate,
    require_gated,
)
from narvard_desktop.store.records import insert_record

NUMBER = "19121212-1212"
PACKAGE_ROOT = Path(__file__).resolve().parents[1] / "narvard_desktop"


def test_only_the_gate_makes_gated_values_and_writers_refuse_anything_else():
    with pytest.raises(TypeError):
        Gated({"title": "x"}, object())
    with pytest.raises(TypeError):
        require_gated({"title": "x"})
    gated = PrivacyGate("test").value({"title": "x"}, "doc")
    assert require_gated(gated) == {"title": "x"}
    assert "x" not in repr(gated)


def test_the_gate_walks_values_and_json_text_and_reports_places_never_numbers():
    gate = PrivacyGate("test", mode=WITHHOLD)
    frozen = json.dumps({"items": [{"notes": f"rad ett\n{NUMBER}"}]}, ensure_ascii=False)
    record = {
        "id": "r1",
        "group_id": "g1",
        "name": f"Anna pnr{NUMBER.replace('-', '')}",
        "email": f"{NUMBER}@example.se",
        "locked_content": frozen,
        "count": 3,
        "tags": ["ok", f"x {NUMBER}"],
    }
    cleaned = require_gated(gate.record("people", record, nullable=["email"]))
    assert cleaned["name"] == "" and cleaned["email"] is None
    assert cleaned["count"] == 3 and cleaned["tags"] == ["ok", ""]
    # The JSON value stays JSON, with only the one string emptied.
    assert json.loads(cleaned["locked_content"]) == {"items": [{"notes": ""}]}
    fields = sorted(w.field for w in gate.withheld)
    assert fields == ["email", "locked_content.items[0].notes", "name", "tags[1]"]
    assert all(w.record_id == "r1" and w.table == "people" for w in gate.withheld)
    assert NUMBER not in json.dumps(gate.summary()) and "1212" not in repr(gate.withheld)


def test_refusing_keeps_the_text_and_lists_every_place():
    gate = PrivacyGate("pdf", mode=REFUSE)
    document = {"group": {"name": f"Grupp {NUMBER}"}, "items": [{"title": "ok"}]}
    assert require_gated(gate.value(document, "")) == document
    assert [w.field for w in gate.refused()] == [".group.name"]


def test_the_package_gates_every_column_and_the_manifest(group_store, tmp_path):
    db, owner = group_store.db, group_store.require_group_id()
    db.execute("UPDATE groups SET name = ? WHERE id = ?", [f"Gruppen {NUMBER}", owner])
    person = insert_record(
        db, "people", owner, {"name": "Åsa Öberg", "email": f"pat{NUMBER}@vgregion.se"}
    )
    db.conn.commit()
    result = export_data(group_store, tmp_path / "ut.narvard")
    with zipfile.ZipFile(result.path) as archive:
        texts = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    for name, text in texts.items():
        assert not contains_identifier(text.replace("\\n", "\n")), name
        assert NUMBER not in text, name
    manifest = json.loads(texts["manifest.json"])
    assert manifest["sender"]["name"] == ""
    assert manifest["withheld_fields"] >= 2
    withheld = {(w.table, w.column) for w in result.withheld}
    assert ("people", "email") in withheld and ("groups", "name") in withheld
    assert any(w.record_id == person for w in result.withheld)


def test_the_small_count_threshold_travels_down_with_a_template(tmp_path):
    with make_group(tmp_path, "vvg", "lansgemensam", "VVG") as county:
        owner = county.require_group_id()
        plan = insert_record(
            county.db, "action_plans", owner, {"title": f"Mall {NUMBER}", "target_group": "Äldre"}
        )
        county.db.conn.commit()
        small_counts.set_threshold(county, 7)
        result = export_template(county, plan, tmp_path / "mall.narvard")
        assert result.manifest["privacy"] == {"small_count_threshold": 7}
        assert result.manifest["template"]["title"] == ""  # the manifest is gated too
    with make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490") as boras:
        assert small_counts.threshold(boras) == 5
        assert import_file(boras, result.path).outcome == IMPORTED
        assert small_counts.threshold(boras) == 7


def test_a_threshold_below_three_is_never_taken(tmp_path):
    with make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490") as boras:
        with boras.db.atomic():
            small_counts.adopt_threshold(boras.db, {"small_count_threshold": 1})
            small_counts.adopt_threshold(boras.db, {"small_count_threshold": "x"})
        assert small_counts.threshold(boras) == 5
        with pytest.raises(ValueError):
            small_counts.set_threshold(boras, 2)


# Every call that writes a file, and what proves it is gated.
_WRITES = re.compile(
    r"write_package\(|Workbook\(\)|write_pdf\(|\.savefig\(|csv\.writer|DictWriter"
    r"|write_bytes\(|write_text\(|\.writestr\(|json\.dump\(|open\([^)]*[\"'][wa]b?[\"']"
    r"|\.backup\(|shutil\.copy"
)
_GATED = re.compile(r"PrivacyGate|PrivacyFilter|checked_document|require_gated")
# Files that never leave the group, and why they are written without the gate.
_INTERNAL_COPIES = {
    "store/backups.py": "a backup of the group's own database, kept in its data folder",
    "store/connection.py": "asks store/backups.py for a backup before a risky change",
    "ui/shell/backups_dialog.py": "the same backups, made on request",
    "signing.py": "the group's own private signing key, kept user-only in its data folder",
    "__main__.py": "the windowed program's own log of what it printed, in the user's folder",
}


def test_every_module_that_writes_a_file_goes_through_the_gate():
    writers = []
    for path in sorted(PACKAGE_ROOT.rglob("*.py")):
        relative = path.relative_to(PACKAGE_ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        if not _WRITES.search(text) or relative in _INTERNAL_COPIES:
            continue
        writers.append(relative)
        assert _GATED.search(text), f"{relative} writes a file without the privacy gate"
    # The list is what the gate is known to cover; a new writer shows up here.
    assert set(writers) >= {
        "exchange/writer.py",
        "exchange/export.py",
        "exchange/templates.py",
        "xlsx/exporter.py",
        "reports/pdf_layout.py",
        "reports/protocol_pdf.py",
        "reports/calendar_ics.py",
        "ui/kit/charts.py",
    }


def test_the_package_and_pdf_writers_take_only_gated_values(tmp_path):
    """The primitives themselves refuse raw rows: a new output cannot skip the gate."""
    from narvard_desktop.exchange.writer import write_package
    from narvard_desktop.reports.pdf_layout import write_pdf

    gate = PrivacyGate("test")
    with pytest.raises(TypeError, match="privacy gate"):
        write_package(tmp_path / "raw.narvard", {"kind": "data"}, [], 0)
    with pytest.raises(TypeError, match="privacy gate"):
        write_package(
            tmp_path / "raw.narvard", gate.value({"kind": "data"}, "m"), [("people", [{}])], 1
        )
    with pytest.raises(TypeError, match="privacy gate"):
        write_package(
            tmp_path / "raw.narvard",
            gate.value({"kind": "data"}, "m"),
            [],
            0,
            extra_members={"reference.json": {"lists": {}}},
        )
    with pytest.raises(TypeError, match="privacy gate"):
        write_pdf(tmp_path / "raw.pdf", {"group": {"name": "x"}}, lambda d: None, str)
    assert list(tmp_path.iterdir()) == []


def test_a_template_carries_no_number_planted_in_any_column(tmp_path):
    """A county's template: its plan, its group and the reference lists it carries down."""
    from privacy_planting import numbers_for_every_column, plant_everywhere
    from ui.test_privacy_end_to_end import package_strings

    with make_group(tmp_path, "vvg", "lansgemensam", "VVG") as county:
        owner = county.require_group_id()
        plan = insert_record(
            county.db, "action_plans", owner, {"title": "Mall", "target_group": "Äldre"}
        )
        insert_record(county.db, "goals", owner, {"action_plan_id": plan, "title": "Mål"})
        county.db.conn.commit()
        planted = plant_everywhere(county.db, numbers_for_every_column(seed=3))
        assert ("reference_rows", "data") in planted.cores
        result = export_template(county, plan, tmp_path / "mall.narvard")
        assert planted.found_in(package_strings(result.path)) == []
        assert {w.table for w in result.withheld} >= {"action_plans", "groups"}
