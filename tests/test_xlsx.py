import zipfile
from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook

from narvard_desktop.cli import main
from narvard_desktop.record_rules import text_limit
from narvard_desktop.services.action_plans import MAX_TEXT_LENGTH, create_goal, create_plan
from narvard_desktop.services.activities import add_progress_note, create_activity
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.services.indicators import create_indicator, record_indicator_value
from narvard_desktop.services.summary import record_counts
from narvard_desktop.store import Store
from narvard_desktop.xlsx import (
    Column,
    SheetSpec,
    TextTooLongForExcelError,
    WorkbookUnreadableError,
    export_workbook,
    import_workbook,
    registered_sheets,
    registry,
)

SHEETS = ["Handlingsplaner", "Mål", "Aktiviteter", "Anteckningar", "Indikatorer", "Mätvärden"]
FORMULA_LIKE = ["=1+1", "+cmd", "-2", "@x", '=HYPERLINK("http://x")', "#N/A", "=cmd|' /C calc'!A0"]
HOSTILE = [
    "<b>fet</b> & <script>alert(1)</script> R&D",
    "=cmd|' /C calc'!A0",
    "שלום עולם \u202eRTL\u202c عربي",
    "Emoji 👩‍⚕️🏥✅ åäö ÅÄÖ",
    "rad 1\nrad 2\n\tindrag",
    "w" * 50,
]


def _rows(path):
    workbook = load_workbook(path)
    return {
        sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)]
        for sheet in workbook.worksheets
    }


@pytest.fixture
def empty_store(tmp_path):
    with Store(tmp_path / "other") as store:
        create_group(store, GroupSetup("lokal", "Närvårdssamverkan Borås", "1490"))
        yield store


def test_export_writes_swedish_sheets_with_real_dates_frozen_header_and_filter(
    demo_store, tmp_path
):
    out = tmp_path / "plan.xlsx"
    counts = export_workbook(demo_store, out)
    workbook = load_workbook(out)
    # First the sheet saying what the workbook is (the internal working copy).
    assert workbook.sheetnames[0] == "Om arbetsboken"
    # The register comes first: later sheets name its organisations and members.
    assert workbook.sheetnames[1:3] == ["Organisationer", "Ledamöter"]
    assert workbook.sheetnames[3 : len(SHEETS) + 3] == SHEETS
    assert counts["Aktiviteter"] == 14 and counts["Mätvärden"] == 32
    activities = workbook["Aktiviteter"]
    headers = [cell.value for cell in activities[1]]
    assert headers[:4] == ["Handlingsplan", "Mål", "Aktivitet", "Beskrivning"]
    assert "Slutdatum" in headers and "Status" in headers
    titles = {row[2] for row in activities.iter_rows(min_row=2, values_only=True)}
    assert "Starta mobilt närsjukvårdsteam dagtid" in titles
    due = activities.cell(row=2, column=headers.index("Slutdatum") + 1)
    assert due.is_date and isinstance(due.value, datetime)
    assert due.number_format == "yyyy-mm-dd"
    statuses = {
        row[headers.index("Status")] for row in activities.iter_rows(min_row=2, values_only=True)
    }
    assert statuses <= {"Ej påbörjad", "Pågående", "Pausad", "Klar", "Avbruten"}
    for name in SHEETS:
        sheet = workbook[name]
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref.startswith("A1:")
        assert sheet.cell(row=1, column=1).font.bold
        assert all(sheet.column_dimensions[letter].width >= 10 for letter in "ABC")
    values = workbook["Mätvärden"]
    assert isinstance(values.cell(row=2, column=4).value, float)


def test_formula_looking_text_is_written_as_text_never_as_a_formula(group_store, tmp_path):
    plan = create_plan(group_store, {"title": "Plan"})
    for title in FORMULA_LIKE:
        create_activity(group_store, plan, {"title": title, "description": title})
    out = tmp_path / "f.xlsx"
    export_workbook(group_store, out)
    sheet = load_workbook(out)["Aktiviteter"]
    cells = [row[2] for row in sheet.iter_rows(min_row=2)]
    assert [cell.value for cell in cells] == FORMULA_LIKE
    assert all(cell.data_type == "s" for cell in cells)
    assert all(cell.quotePrefix for cell in cells if cell.value[0] in "=+-@")
    with zipfile.ZipFile(out) as archive:
        xml = "".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("xl/worksheets/")
        )
    assert "<f>" not in xml and "<f " not in xml


def test_export_import_export_gives_the_same_rows(demo_store, empty_store, tmp_path):
    first = tmp_path / "first.xlsx"
    second = tmp_path / "second.xlsx"
    export_workbook(demo_store, first)
    preview = import_workbook(empty_store, first)
    assert preview.ok and preview.applied, preview.errors
    export_workbook(empty_store, second)
    assert _rows(first) == _rows(second)
    counts = record_counts(empty_store)
    for table in ("activities", "goals", "indicators", "indicator_values", "progress_notes"):
        assert counts[table] == record_counts(demo_store)[table], table


def test_goals_and_activities_are_linked_by_title_within_their_plan(
    demo_store, empty_store, tmp_path
):
    out = tmp_path / "x.xlsx"
    export_workbook(demo_store, out)
    import_workbook(empty_store, out)

    def links(store):
        return sorted(
            store.db.execute(
                "SELECT a.title, g.title, p.title FROM activities a"
                " JOIN action_plans p ON p.id = a.action_plan_id"
                " LEFT JOIN goals g ON g.id = a.goal_id"
            ).fetchall(),
            key=str,
        )

    assert links(empty_store) == links(demo_store)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_in_every_field_survives_the_round_trip(
    group_store, empty_store, tmp_path, text
):
    plan = create_plan(group_store, {"title": text, "description": text, "target_group": text})
    goal = create_goal(group_store, plan, {"title": text, "description": text})
    create_activity(group_store, plan, {"title": text, "description": text, "goal_id": goal})
    activity = group_store.db.execute("SELECT id FROM activities").fetchone()[0]
    add_progress_note(group_store, activity, {"author": text, "text": text})
    indicator = create_indicator(
        group_store,
        plan,
        {"name": text, "definition": text, "unit": text, "source": text, "goal_id": goal},
    )
    record_indicator_value(group_store, indicator, "2026-Q1", "1,5", text)
    out = tmp_path / "hostile.xlsx"
    export_workbook(group_store, out)
    preview = import_workbook(empty_store, out)
    assert preview.ok, [error.describe() for error in preview.errors]
    fields = {
        "action_plans": ("title", "description", "target_group"),
        "goals": ("title", "description"),
        "activities": ("title", "description"),
        "progress_notes": ("author", "text"),
        "indicators": ("name", "definition", "unit", "source"),
        "indicator_values": ("comment",),
    }
    for table, columns in fields.items():
        for column in columns:
            stored = empty_store.db.execute(f"SELECT {column} FROM {table}").fetchall()
            assert stored == [(text,)], (table, column)


def test_text_of_the_longest_allowed_description_survives(group_store, empty_store, tmp_path):
    longest = "ä" * (text_limit("description") - 1) + "."
    plan = create_plan(group_store, {"title": "P"})
    create_activity(group_store, plan, {"title": "A", "description": longest})
    out = tmp_path / "long.xlsx"
    export_workbook(group_store, out)
    assert import_workbook(empty_store, out).ok
    stored = empty_store.db.execute("SELECT description FROM activities").fetchone()[0]
    assert stored == longest


def test_text_too_long_for_a_cell_stops_the_export_and_keeps_the_old_file(group_store, tmp_path):
    plan = create_plan(group_store, {"title": "P"})
    activity = create_activity(group_store, plan, {"title": "A"})
    out = tmp_path / "plan.xlsx"
    export_workbook(group_store, out)
    before = out.read_bytes()
    # Only text that came in some other way than the services can be this long.
    group_store.db.execute(
        "UPDATE activities SET description = ? WHERE id = ?",
        ["x" * (MAX_TEXT_LENGTH + 1), activity],
    )
    with pytest.raises(TextTooLongForExcelError) as caught:
        export_workbook(group_store, out)
    assert caught.value.details["sheet"] == "Aktiviteter"
    assert caught.value.details["row"] == 2
    assert caught.value.details["column"] == "Beskrivning"
    assert out.read_bytes() == before
    assert [path.name for path in tmp_path.iterdir() if path.is_file()] == ["plan.xlsx"]


def _write(path, sheets):
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def test_a_facilitators_own_list_is_read_with_loose_headers(group_store, tmp_path):
    plan = create_plan(group_store, {"title": "Vår plan"})
    organisation = group_store.db.execute(
        "SELECT name FROM organisations ORDER BY rowid LIMIT 1"
    ).fetchone()[0]
    path = _write(
        tmp_path / "lista.xlsx",
        {
            " aktiviteter ": [
                ["Aktivitetslista hösten 2026"],
                [],
                [
                    "  AKTIVITET ",
                    "ansvarig ORGANISATION",
                    "Slutdatum",
                    "status",
                    "Egen kolumn",
                    "arbetssätt/förutsättning",
                    "Startdatum",
                ],
                [
                    "Hembesök efter utskrivning",
                    organisation.upper(),
                    datetime(2026, 12, 1),
                    "pågående",
                    "ignoreras",
                    "A4",
                    "2026-09-01",
                ],
                ["Utbildning i SIP", None, "2027-01-15", None, 123, "a2 Utveckla …", None],
                [None, None, None, None, None, None, None],
            ],
            "Annat blad": [["Vad som helst"]],
        },
    )
    preview = import_workbook(group_store, path)
    assert preview.ok, [error.describe() for error in preview.errors]
    rows = group_store.db.execute(
        "SELECT action_plan_id, title, status, due_date, start_date, way_code,"
        " responsible_organisation_id IS NOT NULL FROM activities ORDER BY position"
    ).fetchall()
    assert rows == [
        (plan, "Hembesök efter utskrivning", "ongoing", "2026-12-01", "2026-09-01", "A4", 1),
        (plan, "Utbildning i SIP", "not_started", "2027-01-15", None, "A2", 0),
    ]
    assert preview.sheets[0].rows == 2 and preview.created == {"activities": 2}


def test_bad_rows_refuse_the_whole_import_and_are_reported_by_sheet_and_row(group_store, tmp_path):
    before = record_counts(group_store)
    path = _write(
        tmp_path / "bad.xlsx",
        {
            "Mål": [["Handlingsplan", "Mål"], ["Plan A", "Bra mål"]],
            "Aktiviteter": [
                [
                    "Handlingsplan",
                    "Aktivitet",
                    "Startdatum",
                    "Slutdatum",
                    "Arbetssätt/förutsättning",
                    "Ansvarig organisation",
                    "Status",
                ],
                ["Plan A", "Bra rad", "2026-01-01", "2026-02-01", "A1", None, "Klar"],
                ["Plan A", None, "2026-01-01", None, None, None, None],
                ["Plan A", "Fel ordning", "2026-05-01", "2026-04-01", None, None, None],
                ["Plan A", "Okänt sätt", None, None, "A9", None, None],
                ["Plan A", "Okänd org", None, None, None, "Finns inte AB", None],
                ["Plan A", "Konstig status", None, None, None, None, "Halvklar"],
                ["Plan A", "Bra rad", None, None, None, None, None],
            ],
            "Indikatorer": [["Handlingsplan", "Indikator", "Målvärde"], ["Plan A", "I", "mycket"]],
            "Mätvärden": [
                ["Handlingsplan", "Indikator", "Period", "Värde"],
                ["Plan A", "Saknas", "2026-Q1", "3"],
                ["Plan A", "I", "2026-Q9", "12,5"],
            ],
        },
    )
    preview = import_workbook(group_store, path)
    assert not preview.ok and not preview.applied
    located = [(error.sheet, error.row) for error in preview.errors]
    assert located == [
        ("Aktiviteter", 3),
        ("Aktiviteter", 4),
        ("Aktiviteter", 5),
        ("Aktiviteter", 6),
        ("Aktiviteter", 7),
        ("Aktiviteter", 8),
        ("Indikatorer", 2),
        ("Mätvärden", 2),
        ("Mätvärden", 3),
    ]
    described = [error.describe() for error in preview.errors]
    assert "Aktiviteter" in described[0] and "3" in described[0]
    assert "A9" in described[2] and "Finns inte AB" in described[3] and "Halvklar" in described[4]
    assert "Bra rad" in described[5]
    assert "mycket" in described[6] and "Saknas" in described[7] and "2026-Q9" in described[8]
    assert record_counts(group_store) == before


def test_blank_title_row_is_skipped_not_an_error_but_a_row_with_data_and_no_title_is(
    group_store, tmp_path
):
    create_plan(group_store, {"title": "Plan"})
    path = _write(
        tmp_path / "x.xlsx",
        {"Aktiviteter": [["Aktivitet", "Beskrivning"], [None, None], [" ", "bara beskrivning"]]},
    )
    preview = import_workbook(group_store, path)
    assert [(error.sheet, error.row) for error in preview.errors] == [("Aktiviteter", 3)]


def test_missing_required_column_is_reported_for_the_sheet(group_store, tmp_path):
    path = _write(tmp_path / "x.xlsx", {"Mätvärden": [["Indikator", "Period"], ["I", "2026"]]})
    preview = import_workbook(group_store, path)
    assert len(preview.errors) == 1
    error = preview.errors[0]
    assert (error.sheet, error.row) == ("Mätvärden", None)
    assert "Värde" in error.describe()


def test_workbook_without_known_sheets_is_refused(group_store, tmp_path):
    path = _write(tmp_path / "x.xlsx", {"Blad1": [["a", "b"]]})
    preview = import_workbook(group_store, path)
    assert not preview.ok and "Aktiviteter" in preview.errors[0].describe()


def test_rows_without_plan_need_exactly_one_plan(group_store, tmp_path):
    path = _write(tmp_path / "x.xlsx", {"Aktiviteter": [["Aktivitet"], ["A"]]})
    assert not import_workbook(group_store, path).ok
    create_plan(group_store, {"title": "En"})
    create_plan(group_store, {"title": "Två"})
    assert not import_workbook(group_store, path).ok


def test_dry_run_previews_without_writing_and_reimport_skips_what_exists(
    demo_store, empty_store, tmp_path
):
    out = tmp_path / "x.xlsx"
    export_workbook(demo_store, out)
    before = record_counts(empty_store)
    preview = import_workbook(empty_store, out, dry_run=True)
    assert preview.ok and not preview.applied
    assert preview.created["activities"] == 14 and preview.created["people"] == 12
    assert {sheet.name: sheet.created for sheet in preview.sheets}["Mätvärden"] == 32
    assert record_counts(empty_store) == before
    import_workbook(empty_store, out)
    again = import_workbook(empty_store, out)
    assert again.ok and again.created == {} and not again.applied
    assert all(sheet.created == 0 and sheet.skipped == sheet.rows for sheet in again.sheets)


@pytest.mark.parametrize(
    "content",
    [b"", b"this is not a workbook", b"PK\x03\x04 truncated zip", "csv;åäö\n1;2".encode()],
)
def test_corrupt_or_foreign_file_gives_a_clear_error(group_store, tmp_path, content):
    path = tmp_path / "trasig.xlsx"
    path.write_bytes(content)
    with pytest.raises(WorkbookUnreadableError) as caught:
        import_workbook(group_store, path)
    assert "trasig.xlsx" in caught.value.user_message()


def test_truncated_real_workbook_gives_a_clear_error(demo_store, tmp_path):
    out = tmp_path / "x.xlsx"
    export_workbook(demo_store, out)
    data = out.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    with pytest.raises(WorkbookUnreadableError):
        import_workbook(demo_store, out)


def test_a_zip_that_is_not_a_workbook_gives_a_clear_error(group_store, tmp_path):
    path = tmp_path / "arkiv.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hej.txt", "hej")
    with pytest.raises(WorkbookUnreadableError):
        import_workbook(group_store, path)


def test_another_feature_can_add_a_sheet(group_store, empty_store, tmp_path, monkeypatch):
    registered_sheets()
    seen: list[str] = []

    def export_rows(context):
        yield {"text": "=Avvikelse", "day": "2026-03-01"}

    def stage_row(context, row):
        seen.append(f"{row['text']}|{row['day']}")
        return "created"

    spec = SheetSpec(
        name="Avvikelser",
        order=100,
        columns=(
            Column("Beskrivning", "text", required=True),
            Column("Händelsedatum", "day", "date"),
        ),
        export_rows=export_rows,
        stage_row=stage_row,
    )
    monkeypatch.setitem(registry._registered, spec.name, spec)
    out = tmp_path / "x.xlsx"
    counts = export_workbook(group_store, out)
    assert counts["Avvikelser"] == 1
    assert load_workbook(out).sheetnames[-1] == "Avvikelser"
    preview = import_workbook(empty_store, out, dry_run=True)
    assert seen == ["=Avvikelse|2026-03-01"]
    assert preview.sheets[-1].name == "Avvikelser" and preview.sheets[-1].created == 1


# --- the command line ---------------------------------------------------------------------


def test_cli_exports_and_imports_with_a_dry_run(demo_store, tmp_path, capsys):
    demo_store.close()
    out = tmp_path / "cli.xlsx"
    assert main(["--data-dir", str(demo_store.data_dir), "xlsx", "--out", str(out)]) == 0
    assert out.exists() and "Aktiviteter" in capsys.readouterr().out
    other = tmp_path / "other"
    assert (
        main(
            [
                "--data-dir",
                str(other),
                "init",
                "--level",
                "lokal",
                "--kommun",
                "1490",
                "--name",
                "B",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["--data-dir", str(other), "xlsx-import", str(out), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "Aktiviteter" in printed and "14" in printed
    with Store(other) as store:
        assert record_counts(store)["activities"] == 0
    assert main(["--data-dir", str(other), "xlsx-import", str(out)]) == 0
    with Store(other) as store:
        assert record_counts(store)["activities"] == 14


def test_cli_import_of_bad_rows_exits_non_zero_with_row_numbers(group_store, tmp_path, capsys):
    group_store.close()
    path = _write(
        tmp_path / "bad.xlsx",
        {"Aktiviteter": [["Handlingsplan", "Aktivitet", "Slutdatum"], ["P", "A", "i morgon"]]},
    )
    assert main(["--data-dir", str(group_store.data_dir), "xlsx-import", str(path)]) == 1
    captured = capsys.readouterr()
    assert "Aktiviteter" in captured.err and "2" in captured.err and "i morgon" in captured.err


def test_cli_import_of_a_corrupt_file_prints_one_clear_line(group_store, tmp_path, capsys):
    group_store.close()
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"\x00\x01garbage")
    assert main(["--data-dir", str(group_store.data_dir), "xlsx-import", str(path)]) != 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "x.xlsx" in captured.err
    assert (
        main(["--data-dir", str(group_store.data_dir), "xlsx-import", str(tmp_path / "nej.xlsx")])
        != 0
    )
    assert "nej.xlsx" in capsys.readouterr().err


def test_dates_in_cells_typed_as_excel_day_numbers_are_understood(group_store, tmp_path):
    create_plan(group_store, {"title": "P"})
    path = _write(tmp_path / "x.xlsx", {"Aktiviteter": [["Aktivitet", "Slutdatum"], ["A", 46000]]})
    assert import_workbook(group_store, path).ok
    due = group_store.db.execute("SELECT due_date FROM activities").fetchone()[0]
    assert date.fromisoformat(due) == date(2025, 12, 9)
