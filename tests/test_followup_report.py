"""The uppföljningsrapport: figures on known data, small counts hidden, identifiers refused."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pypdf import PdfReader
from test_exchange_support import make_group

from narvard_desktop import clock
from narvard_desktop.errors import ValidationError
from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import IMPORTED, import_files
from narvard_desktop.reports.followup_report_pdf import write_report_pdf
from narvard_desktop.services import deviations as dev
from narvard_desktop.services.action_plans import create_plan
from narvard_desktop.services.activities import create_activity, set_activity_status
from narvard_desktop.services.followup_report import ALL, build_report, parse_report_period
from narvard_desktop.services.indicators import create_indicator, record_indicator_value
from narvard_desktop.services.meetings.agenda import add_agenda_item
from narvard_desktop.services.meetings.minutes import add_decision
from narvard_desktop.services.meetings.records import create_meeting
from narvard_desktop.store.records import insert_record


def _period():
    """2026 up to the end of the pinned year: the records' own change times fall in it."""
    return parse_report_period(f"2026-01..{clock.today().year}-12")


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture
def known(group_store):
    """A group made by setup with a plan, an indicator, avvikelser and a meeting of 2026."""
    store = group_store
    group_id = store.require_group_id()
    with store.db.atomic():
        orgs = [
            insert_record(store.db, "organisations", group_id, {"name": name})
            for name in ("Hemsjukvården", "Medicinkliniken")
        ]
    plan = create_plan(store, {"title": "Plan 2026"})
    done = create_activity(store, plan, {"title": "Gemensam rutin för hemgång", "way_code": "A1"})
    set_activity_status(store, done, "done")
    create_activity(
        store, plan, {"title": "Utbildning i SIP", "way_code": "A2", "due_date": "2026-02-01"}
    )
    indicator = create_indicator(
        store, plan, {"name": "Andel SIP inom 30 dagar", "unit": "%", "target_value": "80"}
    )
    for period, value in (("2026-Q1", 40), ("2026-Q2", 55)):
        record_indicator_value(store, indicator, period, value)
    base = {
        "event_date": "2026-09-01",
        "reported_date": "2026-09-03",
        "reporting_organisation_id": orgs[0],
        "receiving_organisation_id": orgs[1],
        "description": "Utskrivningsmeddelande kom efter hemgång.",
    }
    for category, count in (("INUT", 7), ("SIP", 2), ("LAK", 3)):
        for _ in range(count):
            dev.create_deviation(store, base | {"category_code": category})
    meeting = create_meeting(store, "2026-06-10", title="Samverkansmöte juni")
    item = add_agenda_item(store, meeting, "Handlingsplanen", kind="decision")
    add_decision(store, item, "att fastställa handlingsplanen för 2026")
    return store


def test_report_figures_on_known_data(known):
    report = build_report(known, _period())
    (section,) = report.sections
    assert section.activity_total == 2
    assert [line.title for line in section.finished] == ["Gemensam rutin för hemgång"]
    assert [line.title for line in section.delayed] == ["Utbildning i SIP"]
    (indicator,) = section.indicators
    assert (indicator.latest, indicator.latest_period, indicator.values) == (
        55.0,
        "2026-Q2",
        (40.0, 55.0),
    )
    counts = {line.name.split(" ")[0]: line.count for line in section.categories}
    assert counts["In-"] == 7
    # 2 and 3 are small: both hidden, and the total is only what is shown.
    assert [v for v in counts.values() if v is None] == [None, None]
    assert section.deviations_shown == 7
    assert [(line.day, line.text) for line in section.decisions] == [
        ("2026-06-10", "att fastställa handlingsplanen för 2026")
    ]
    assert section.decisions[0].paragraph.startswith("§ ")


def test_report_pdf_prints_the_figures_and_never_a_small_count(known, tmp_path):
    out = write_report_pdf(build_report(known, _period()), tmp_path / "rapport.pdf")
    text = _text(out)
    assert "Uppföljningsrapport" in text and "Närvårdssamverkan Borås" in text
    assert "Sida 1 (" in text
    assert "att fastställa handlingsplanen för 2026" in text
    assert "Andel SIP inom 30 dagar" in text
    # pypdf gives one table cell a line: name, agreement, count.
    lines = [line.strip() for line in text.splitlines()]
    for category in ("Samordnad individuell plan (SIP)", "Läkarmedverkan i kommunal primärvård"):
        row = lines.index(category)
        assert lines[row + 2] == "< 5", lines[row : row + 3]
    total = lines.index("Summa av visade tal")
    assert lines[total + 1] == "7"


def test_a_personnummer_in_a_decision_refuses_the_report(known, tmp_path):
    meeting = create_meeting(known, "2026-09-10", title="September")
    item = add_agenda_item(known, meeting, "Ärende", kind="decision")
    add_decision(known, item, "att återkoppla till 19121212-1212")
    with pytest.raises(ValidationError) as raised:
        write_report_pdf(build_report(known, _period()), tmp_path / "r.pdf")
    message = raised.value.user_message()
    assert "beslut" in message and "1212" not in message
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026", "2026-01-01", "2026-12-31"),
        ("2026-h2", "2026-07-01", "2026-12-31"),
        ("2026-Q1", "2026-01-01", "2026-03-31"),
        ("2028-T1", "2028-01-01", "2028-04-30"),
        ("2028-02", "2028-02-01", "2028-02-29"),
        ("2026-03..2026-05-10", "2026-03-01", "2026-05-31"),
    ],
)
def test_periods_are_whole_months(text, start, end):
    period = parse_report_period(text)
    assert (period.start.isoformat(), period.end.isoformat()) == (start, end)


@pytest.mark.parametrize("text", ["", "20", "2026-Q5", "2026-13", "2026-05..2026-01", "i fjol"])
def test_a_period_that_is_none_is_refused(text):
    with pytest.raises(ValidationError):
        parse_report_period(text)


def test_delregion_report_has_an_area_summary_and_a_section_per_group(tmp_path):
    locals_ = [
        make_group(tmp_path, folder, "lokal", name, kommun=code, demo_seed=seed)
        for folder, name, code, seed in (("b", "Borås", "1490", 1), ("m", "Mark", "1463", 2))
    ]
    area = make_group(tmp_path, "sa", "delregional", "Delregionala SÄ", delregion="Södra Älvsborg")
    files = [export_data(s, tmp_path / f"{i}.narvard").path for i, s in enumerate(locals_)]
    assert [r.outcome for r in import_files(area, files)] == [IMPORTED, IMPORTED]
    report = build_report(area, _period(), ALL)
    assert [s.name for s in report.sections] == ["Delregionala SÄ", "Borås", "Mark"]
    text = _text(write_report_pdf(report, tmp_path / "area.pdf"))
    assert "Sammanfattning för området" in text
    only = build_report(area, _period(), ["Mark"])
    assert [s.name for s in only.sections] == ["Mark"]
    with pytest.raises(ValidationError):
        build_report(area, _period(), ["Okänd grupp"])
    for store in (*locals_, area):
        store.close()


def test_report_command_writes_the_pdf(known, tmp_path):
    data_dir = str(known.data_dir)
    known.close()
    out = tmp_path / "r.pdf"
    command = [sys.executable, "-m", "narvard_desktop", "--data-dir", data_dir, "report"]
    done = subprocess.run([*command, "--period", "2026", "--out", str(out)], capture_output=True)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    bad = subprocess.run(
        [*command, "--period", "nästa år", "--out", str(out)], capture_output=True, text=True
    )
    assert bad.returncode == 2 and "rapportperiod" in bad.stderr
