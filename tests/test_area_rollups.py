"""Roll-ups at a delregion: who reported, Färdplan per group, templates, indicators, escalations."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook
from test_exchange_support import make_group

from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import IMPORTED, import_files
from narvard_desktop.reports.table_files import write_table
from narvard_desktop.services.area_rollups import (
    ESCALATIONS,
    REPORTING,
    WAYS,
    rollup_table,
    template_activities_table,
)
from narvard_desktop.services.summary import record_counts
from narvard_desktop.store.records import insert_record


@pytest.fixture
def area(tmp_path):
    locals_ = [
        make_group(tmp_path, folder, "lokal", name, kommun=code, demo_seed=seed)
        for folder, name, code, seed in (("b", "Borås", "1490", 1), ("m", "Mark", "1463", 2))
    ]
    area = make_group(tmp_path, "sa", "delregional", "Delregionala SÄ", delregion="Södra Älvsborg")
    files = [export_data(s, tmp_path / f"{i}.narvard").path for i, s in enumerate(locals_)]
    assert [r.outcome for r in import_files(area, files)] == [IMPORTED, IMPORTED]
    yield area, locals_
    for store in (*locals_, area):
        store.close()


def test_reporting_names_each_sender_and_the_kommuner_that_never_reported(area):
    store, _locals = area
    table = rollup_table(store, REPORTING)
    by_name = {row[0]: row for row in table.rows}
    assert by_name["Borås"][4] == 1 and by_name["Mark"][4] == 1
    assert by_name["Borås"][3] == 0, "received today"
    never = {row[0] for row in table.rows if row[7] == "har aldrig rapporterat"}
    # Södra Älvsborg's other kommuner: every one of them, and no kommun from elsewhere.
    expected = {
        k.name
        for k in store.reference.kommuner()
        if k.delregion == "Södra Älvsborg" and k.code not in ("1490", "1463")
    }
    assert never == expected and "Göteborg" not in never


def test_the_way_table_counts_each_groups_activities(area):
    store, locals_ = area
    table = rollup_table(store, WAYS)
    rows = {row[0]: row[1:] for row in table.rows}
    for local in locals_:
        name = local.own_group()["name"]
        counted = sum(int(str(cell).split(" ")[0]) for cell in rows[name])
        live = local.db.execute(
            "SELECT COUNT(*) FROM activities a JOIN action_plans p ON p.id = a.action_plan_id"
            " WHERE a.deleted = 0 AND p.deleted = 0 AND a.status != 'cancelled'"
        ).fetchone()[0]
        assert counted == live, name
    assert record_counts(store)["activities"] > 0


def test_template_activities_show_their_status_in_each_adopting_group(area):
    store, locals_ = area
    own = store.require_group_id()
    mark = locals_[1].require_group_id()
    with store.db.atomic():
        plan = insert_record(store.db, "action_plans", own, {"title": "Länsmall"})
        template = insert_record(
            store.db, "activities", own, {"action_plan_id": plan, "title": "Gemensam SIP-rutin"}
        )
        copy_plan = insert_record(store.db, "action_plans", mark, {"title": "Mall"})
        insert_record(
            store.db,
            "activities",
            mark,
            {
                "action_plan_id": copy_plan,
                "title": "SIP",
                "template_id": template,
                "status": "done",
            },
        )
    table = template_activities_table(store)
    assert table.headers[1:] == ["Mark"]
    assert table.rows == [["Gemensam SIP-rutin", "Klar"]]


def test_escalations_list_only_systemfel_and_escalated(area):
    store, _locals = area
    table = rollup_table(store, ESCALATIONS)
    flagged = store.db.execute(
        "SELECT COUNT(*) FROM deviations WHERE deleted = 0"
        " AND (system_error = 1 OR escalated_to IS NOT NULL)"
    ).fetchone()[0]
    assert len(table.rows) == flagged > 0


def test_a_table_is_saved_as_csv_and_excel_through_the_gate(tmp_path):
    headers = ["Grupp", "Antal", "Not"]
    rows = [["=SUM(A1)", 3, "pnr 19121212-1212"], ["Mark", 2.5, ""]]
    written = write_table(tmp_path / "t.csv", "Rapportering", headers, rows, numeric=(1,))
    assert written.withheld == 1
    with open(written.path, encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines == [headers, ["'=SUM(A1)", "3", ""], ["Mark", "2,5", ""]]
    book = write_table(tmp_path / "t.xlsx", "Rapportering: alla", headers, rows, numeric=(1,))
    sheet = load_workbook(book.path).worksheets[0]
    assert sheet.title == "Rapportering alla"
    assert [c.value for c in sheet[2]] == ["=SUM(A1)", 3, None]
    assert sheet["A2"].data_type == "s" and sheet["A2"].quotePrefix
    assert "1212" not in "".join(str(c.value) for row in sheet.iter_rows() for c in row)
