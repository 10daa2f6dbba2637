"""Beslutsregistret: every decision in one list, filtered, written as xlsx, CSV and PDF."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from test_exchange_support import personnummer

from narvard_desktop.errors import ValidationError
from narvard_desktop.reports.decision_register import write_register
from narvard_desktop.services import meetings
from narvard_desktop.services.decision_register import DecisionFilters, decision_rows


@pytest.fixture
def register(group_store):
    store = group_store
    spring = meetings.create_meeting(store, "2026-04-16", title="Vårmöte")
    autumn = meetings.create_meeting(store, "2026-10-08", title="Höstmöte")
    spring_item = meetings.add_agenda_item(store, spring, "Hemgång", kind="decision")
    autumn_item = meetings.add_agenda_item(store, autumn, "Läkemedel", kind="decision")
    made = {
        "hemgang": meetings.add_decision(store, spring_item, "Att hemgång planeras med SIP."),
        "formula": meetings.add_decision(store, spring_item, "Att rutinen gäller."),
        "lakemedel": meetings.add_decision(
            store, autumn_item, "Att läkemedelsgenomgångar följs upp."
        ),
    }
    done = meetings.add_action_item(store, spring_item, "Skriv rutin")
    meetings.add_action_item(store, spring_item, "Informera")
    meetings.set_action_item_done(store, done)
    removed = meetings.add_decision(store, autumn_item, "Att detta ångras.")
    meetings.remove_decision(store, removed)
    store.db.conn.commit()
    return made


def test_every_live_decision_is_listed_newest_meeting_first_with_its_paragraph(
    group_store, register
):
    rows = decision_rows(group_store)
    assert [row.decision_id for row in rows] == [
        register["lakemedel"],
        register["hemgang"],
        register["formula"],
    ]
    first = rows[0]
    assert first.meeting_date == "2026-10-08" and first.meeting == "Höstmöte"
    number = meetings.agenda_items(group_store, first.meeting_id)[-1]["number"]
    assert first.paragraph == f"§ {number}"
    assert first.actions_total == 0
    assert (rows[1].actions_done, rows[1].actions_total) == (1, 2)


def test_filters_by_words_dates_and_open_action_items(group_store, register):
    def ids(**filters):
        return [row.decision_id for row in decision_rows(group_store, DecisionFilters(**filters))]

    assert ids(text="hemgång") == [register["hemgang"]]
    assert ids(text="läkemedel") == [register["lakemedel"]]
    assert ids(date_from=date(2026, 6, 1)) == [register["lakemedel"]]
    assert ids(date_to=date(2026, 6, 1)) == [register["hemgang"], register["formula"]]
    assert ids(open_actions_only=True) == [register["hemgang"], register["formula"]]


def _with_formula(rows):
    """A text that starts like a formula, as a hostile or careless row could hold."""
    return [replace(rows[-1], text="=SUMMA(A1:A9) ska inte räknas"), *rows[:-1]]


def test_the_workbook_holds_the_register_as_text(group_store, register, tmp_path):
    rows = _with_formula(decision_rows(group_store))
    written = write_register(tmp_path / "beslut.xlsx", rows, "Borås")
    sheet = load_workbook(written.path).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert len(values) == 4 and written.rows == 3 and written.withheld == 0
    texts = [row[2] for row in values[1:]]
    assert "=SUMMA(A1:A9) ska inte räknas" in texts
    assert sheet.cell(row=2, column=3).data_type == "s"


def test_the_csv_opens_in_excel_without_running_a_formula(group_store, register, tmp_path):
    rows = _with_formula(decision_rows(group_store))
    written = write_register(tmp_path / "beslut.csv", rows, "Borås")
    content = written.path.read_bytes()
    assert content.startswith("\ufeff".encode())
    rows = list(csv.reader(content.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == 4
    assert "'=SUMMA(A1:A9) ska inte räknas" in [row[2] for row in rows]


def test_a_personnummer_is_withheld_from_the_files_and_refuses_the_pdf(
    group_store, register, tmp_path
):
    meetings.update_decision(
        group_store, register["hemgang"], f"Att patient {personnummer()} följs upp."
    )
    rows = decision_rows(group_store)
    written = write_register(tmp_path / "beslut.csv", rows, "Borås")
    assert written.withheld == 1
    assert personnummer() not in written.path.read_text(encoding="utf-8-sig")
    with pytest.raises(ValidationError) as refused:
        write_register(tmp_path / "beslut.pdf", rows, "Borås")
    assert "2026-04-16" in str(refused.value)
    assert not (tmp_path / "beslut.pdf").exists()


def test_the_pdf_lists_every_decision(group_store, register, tmp_path):
    written = write_register(tmp_path / "beslut.pdf", decision_rows(group_store), "Borås")
    text = " ".join(page.extract_text() or "" for page in PdfReader(written.path).pages)
    flat = " ".join(text.split())
    assert "läkemedelsgenomgångar" in flat and "Borås" in flat


def test_an_unknown_file_type_is_refused(group_store, register, tmp_path):
    with pytest.raises(ValidationError):
        write_register(tmp_path / "beslut.doc", decision_rows(group_store), "Borås")


def test_the_action_items_column_says_done_for_one_and_all_done_for_several(group_store, register):
    from dataclasses import replace as with_counts

    from narvard_desktop.i18n import set_language

    set_language("en")
    row = decision_rows(group_store)[0]
    assert with_counts(row, actions_done=1, actions_total=1).actions == "Done"
    assert with_counts(row, actions_done=3, actions_total=3).actions == "All 3 done"
    assert with_counts(row, actions_done=1, actions_total=3).actions == "1 of 3 done"
