import pytest
from openpyxl import Workbook, load_workbook

from narvard_desktop.privacy import scan_database
from narvard_desktop.services.deviations import create_deviation
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.store import Store
from narvard_desktop.xlsx import export_workbook, import_workbook

VALID_PERSONNUMMER = "19121212-1212"


@pytest.fixture
def empty_store(tmp_path):
    with Store(tmp_path / "other") as store:
        create_group(store, GroupSetup("lokal", "Närvårdssamverkan Borås", "1490"))
        yield store


def _sheet(path, name):
    return [tuple(row) for row in load_workbook(path)[name].iter_rows(values_only=True)]


def test_deviations_sheet_has_swedish_headers_and_real_dates(demo_store, tmp_path):
    path = tmp_path / "plan.xlsx"
    export_workbook(demo_store, path)
    sheet = load_workbook(path)["Avvikelser"]
    headers = [cell.value for cell in sheet[1]]
    assert {"Händelsedatum", "Kategori", "Beskrivning", "Status", "Riskpoäng"} <= set(headers)
    assert sheet.freeze_panes == "A2"
    assert sheet.cell(2, headers.index("Händelsedatum") + 1).is_date
    assert (
        sheet.max_row - 1
        == demo_store.db.execute("SELECT COUNT(*) FROM deviations WHERE deleted = 0").fetchone()[0]
    )


def test_deviations_round_trip_into_an_empty_group(demo_store, empty_store, tmp_path):
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    export_workbook(demo_store, first)
    preview = import_workbook(empty_store, first)
    assert preview.ok and preview.applied, preview.errors
    export_workbook(empty_store, second)
    assert _sheet(first, "Avvikelser") == _sheet(second, "Avvikelser")
    again = import_workbook(empty_store, first, dry_run=True)
    assert "deviations" not in again.created


def test_formula_looking_text_stays_text_in_the_deviations_sheet(group_store, tmp_path):
    create_deviation(
        group_store,
        {
            "event_date": "2026-10-01",
            "reported_date": "2026-10-02",
            "category_code": "INFO",
            "description": '=HYPERLINK("http://x")',
            "immediate_actions": "+cmd|' /C calc'!A0",
        },
    )
    path = tmp_path / "a.xlsx"
    export_workbook(group_store, path)
    sheet = load_workbook(path)["Avvikelser"]
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row if cell.value]
    assert all(cell.data_type != "f" for cell in cells)
    assert '=HYPERLINK("http://x")' in [cell.value for cell in cells]


def _workbook(path, rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Avvikelser"
    sheet.append(["Händelsedatum", "Kategori", "Beskrivning", "Status", "Systemfel"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_rows_with_a_personnummer_are_imported_but_flagged(empty_store, tmp_path):
    path = _workbook(
        tmp_path / "list.xlsx",
        [
            ["2026-09-01", "SIP", f"Gäller {VALID_PERSONNUMMER}, SIP uteblev", "Skickad", "Ja"],
            ["2026-09-03", "Läkemedel och dosexpedition", "Dosrullar saknades", None, None],
        ],
    )
    preview = import_workbook(empty_store, path)
    assert preview.ok and preview.applied, preview.errors
    states = dict(empty_store.db.execute("SELECT category_code, state FROM deviations"))
    assert states == {"SIP": "sent", "LKM": "registered"}
    hits = scan_database(empty_store)
    assert [(hit["kind"], hit["field"]) for hit in hits] == [("deviations", "description")]


def test_a_bad_row_refuses_the_whole_sheet_with_its_row_number(empty_store, tmp_path):
    path = _workbook(
        tmp_path / "bad.xlsx",
        [
            ["2026-09-01", "SIP", "Kallelse saknades", None, None],
            ["2026-09-02", "Okänd kategori", "Något hände", None, None],
            ["inte ett datum", "SIP", "Något annat", None, "kanske"],
        ],
    )
    preview = import_workbook(empty_store, path)
    assert not preview.ok and not preview.applied
    assert [(error.sheet, error.row) for error in preview.errors] == [
        ("Avvikelser", 3),
        ("Avvikelser", 4),
    ]
    assert empty_store.db.execute("SELECT COUNT(*) FROM deviations").fetchone()[0] == 0
