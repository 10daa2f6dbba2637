"""End to end: a number planted in every text column, in every format, leaves in no output.

A distinct personnummer goes into each text column of each table (found from the
schema, see tests/privacy_planting.py), written in every format the detector test
lists. Then every output is written and read back as its receiver would read it: the
package's parts as JSON values, both workbooks with openpyxl, the protocol and
kallelse with pypdf, every chart through the strings it was drawn from. Only the
group's internal workbook may hold them.
"""

from __future__ import annotations

import json
import re
import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook
from privacy_planting import give_every_table_a_row, numbers_for_every_column, plant_everywhere
from pypdf import PdfReader

from narvard_desktop import clock
from narvard_desktop.errors import ValidationError
from narvard_desktop.exchange.export import export_data
from narvard_desktop.privacy import iter_strings
from narvard_desktop.reports.calendar_ics import write_calendar
from narvard_desktop.reports.protocol_pdf import write_kallelse_pdf, write_protocol_pdf
from narvard_desktop.services import meetings as m
from narvard_desktop.services.group_keys import group_signer
from narvard_desktop.services.meetings.justering import TamperedLockError, checksum_of
from narvard_desktop.signing import sign_lock
from narvard_desktop.store.records import insert_record
from narvard_desktop.ui.follow_up.page import FollowUpPage
from narvard_desktop.ui.kit.charts import ChartWidget
from narvard_desktop.ui.plan.page import PlanPage
from narvard_desktop.xlsx import export_workbook

# Free text a user types: these must be among the planted columns, or planting is broken.
EXPECTED_COLUMNS = {
    ("deviations", "description"),
    ("people", "email"),
    ("groups", "name"),
    ("organisations", "name"),
    ("indicators", "unit"),
    ("meetings", "locked_content"),
    ("activities", "title"),
    ("action_items", "what"),
    ("progress_notes", "author"),
    ("reference_rows", "data"),
    ("meeting_reopenings", "reason"),
}


def meeting_ids(store) -> list[str]:
    return [row[0] for row in store.db.execute("SELECT id FROM meetings ORDER BY meeting_date")]


@pytest.fixture
def planted_store(demo_store):
    # One justerat meeting, reopened once, so its frozen copy (JSON text) and the
    # reopening log are planted and printed too; every table then has a row.
    give_every_table_a_row(demo_store)
    planted = plant_everywhere(demo_store.db, numbers_for_every_column())
    assert planted.empty == []
    assert set(planted.cores) >= EXPECTED_COLUMNS, EXPECTED_COLUMNS - set(planted.cores)
    demo_store.planted = planted
    return demo_store


def package_strings(path) -> list[str]:
    strings: list[str] = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            text = archive.read(name).decode("utf-8")
            strings.append(text)  # the raw text too: nothing hides in the escapes
            for line in text.splitlines():
                if line.strip():
                    strings += [value for _path, value in iter_strings(json.loads(line))]
    return strings


def workbook_strings(path) -> list[str]:
    workbook = load_workbook(path)
    properties = workbook.properties
    strings = [
        str(value)
        for value in (properties.title, properties.subject, properties.description)
        if value
    ]
    for sheet in workbook.worksheets:
        strings.append(sheet.title)
        strings += [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    return strings


def pdf_strings(path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def chart_strings(charts: list[ChartWidget], tmp_path) -> list[str]:
    strings: list[str] = []
    for number, chart in enumerate(charts):
        chart.save_png(tmp_path / f"chart{number}.png")
        strings += chart.saved_strings
        strings += [value for _path, value in iter_strings(chart.saved_data)]
    return strings


def test_a_number_planted_everywhere_leaves_in_no_output(planted_store, tmp_path, qtbot):
    store, planted = planted_store, planted_store.planted
    leaks: dict[str, list[tuple[str, str]]] = {}

    package = export_data(store, tmp_path / "ut.narvard")
    leaks["package"] = planted.found_in(package_strings(package.path))
    assert package.withheld  # and the result names what was left out

    shared = export_workbook(store, tmp_path / "delning.xlsx", for_sharing=True)
    leaks["workbook for sharing"] = planted.found_in(workbook_strings(tmp_path / "delning.xlsx"))
    assert shared.withheld

    # Every protocol and kallelse is refused (the group's name alone would be enough),
    # and nothing is left where the PDF would have been.
    for meeting_id in meeting_ids(store):
        for write in (write_protocol_pdf, write_kallelse_pdf):
            target = tmp_path / f"{write.__name__}-{meeting_id}.pdf"
            with pytest.raises(ValidationError):
                write(store, meeting_id, target)
            assert not target.exists()
    # So is the calendar file mailed to members (the meetings' titles, places, agendas).
    with pytest.raises(ValidationError):
        write_calendar(store, tmp_path / "möten.ics")
    assert not (tmp_path / "möten.ics").exists()

    follow_up = FollowUpPage(store)
    qtbot.addWidget(follow_up)
    tab = follow_up.deviations_tab
    tab.set_period(date(2020, 1, 1), clock.today())
    plan = PlanPage(store)
    qtbot.addWidget(plan)
    plan.show()
    charts = [*tab.charts(), *plan.findChildren(ChartWidget)]
    leaks["charts"] = planted.found_in(chart_strings(charts, tmp_path))

    assert leaks == {"package": [], "workbook for sharing": [], "charts": []}

    # The internal working copy holds the group's text as typed: planting did work.
    export_workbook(store, tmp_path / "intern.xlsx")
    internal = set(planted.found_in(workbook_strings(tmp_path / "intern.xlsx")))
    assert {("deviations", "description"), ("activities", "title")} <= internal


def test_every_printed_column_refuses_the_pdf_on_its_own(demo_store, tmp_path):
    """Harmless markers first, to see which columns a protocol or kallelse prints; then a
    number in each of those columns alone must refuse that document."""
    locked = meeting_ids(demo_store)[0]
    m.lock_meeting(demo_store, locked)
    counter = iter(range(10_000))

    def marker(_table, _column):
        # Letters around the digits: never an identifier, always findable in the text.
        code = f"{next(counter):04d}"
        return f"QX{code}QX", code

    planted = plant_everywhere(demo_store.db, marker)
    reseal(demo_store)
    markers = {place: f"QX{core}QX" for place, core in planted.cores.items()}
    printed: dict[tuple[str, str], tuple[str, object]] = {}
    for meeting_id in meeting_ids(demo_store):
        for write in (write_protocol_pdf, write_kallelse_pdf):
            path = write(demo_store, meeting_id, tmp_path / "m.pdf")
            text = re.sub(r"\s", "", "".join(pdf_strings(path)))
            for place, mark in markers.items():
                if mark in text:
                    printed.setdefault(place, (meeting_id, write))
    assert {("groups", "name"), ("people", "name"), ("meetings", "locked_content")} <= set(printed)
    number = "19121212-1212"
    for (table, column), (meeting_id, write) in printed.items():
        db = demo_store.db
        mark = markers[(table, column)]
        db.execute(f"UPDATE [{table}] SET [{column}] = replace([{column}], ?, ?)", [mark, number])
        db.conn.commit()
        reseal(demo_store)
        with pytest.raises(ValidationError) as refused:
            write(demo_store, meeting_id, tmp_path / "refused.pdf")
        # Refused for the number, not for a lock that no longer fits.
        assert not isinstance(refused.value, TamperedLockError)
        db.execute(f"UPDATE [{table}] SET [{column}] = replace([{column}], ?, ?)", [number, mark])
        db.conn.commit()
        reseal(demo_store)


def reseal(store):
    """As if the planted content had been approved so: checksum and signature fit again."""
    signer = group_signer(store)
    for meeting_id, content in store.db.execute(
        "SELECT id, locked_content FROM meetings WHERE locked_content IS NOT NULL"
    ).fetchall():
        store.db.execute(
            "UPDATE meetings SET locked_checksum = ?, locked_signature = ? WHERE id = ?",
            [checksum_of(content), sign_lock(signer, content), meeting_id],
        )
    store.db.conn.commit()


def _deviation(store, reported: str, category: str) -> None:
    insert_record(
        store.db,
        "deviations",
        store.require_group_id(),
        {
            "event_date": reported,
            "reported_date": reported,
            "category_code": category,
            "description": "x",
        },
    )


def test_a_category_with_few_cases_is_never_a_number_in_an_output(group_store, tmp_path, qtbot):
    """3 cases of SIP and 7 of LKM in November. No output prints the 3, and no output
    pair gives it by subtraction: the total 10 and LKM's 7 are never both printed."""
    for day in range(1, 4):
        _deviation(group_store, f"2026-11-{day:02d}", "SIP")
    for day in range(1, 8):
        _deviation(group_store, f"2026-11-{day + 10:02d}", "LKM")
    meeting = m.create_meeting(group_store, "2026-11-28", invite_group_people=False)
    printed: list[str] = []
    for write in (write_protocol_pdf, write_kallelse_pdf):
        printed += pdf_strings(write(group_store, meeting, tmp_path / "p.pdf"))
    sip = group_store.reference.category_name("SIP")
    assert re.search(re.escape(sip) + r"\s*< 5", "\n".join(printed))

    page = FollowUpPage(group_store)
    qtbot.addWidget(page)
    tab = page.deviations_tab
    # Overlapping periods: 1-30 Nov and 2-30 Nov must not give away 1 Nov's case.
    saved = []
    for start in (date(2026, 11, 1), date(2026, 11, 2)):
        tab.set_period(start, date(2026, 11, 30))
        printed += chart_strings(tab.charts(), tmp_path)
        saved.append([chart.saved_data[0] for chart in tab.charts()])
    assert saved[0] == saved[1]

    # Numbers as printed, leaving out dates, times, § numbers and page labels.
    text = re.sub(r"\d{4}-\d\d(-\d\d)?|\d\d:\d\d|§\s*\d+|Sida \d+ \(\d+\)", " ", "\n".join(printed))
    numbers = set(re.findall(r"(?<![\d.,])\d+(?![\d.,])", text))
    assert "3" not in numbers
    assert not {"7", "10"} <= numbers, "10 - 7 would give the hidden 3"
