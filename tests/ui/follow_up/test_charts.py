"""Uppföljning: the charts get the figures worked out by hand, save as PNG, and hide small cells."""

from datetime import date

import pytest

from narvard_desktop.store.records import insert_record
from narvard_desktop.ui.follow_up.chart_data import (
    last_quarter,
    last_twelve_months,
    last_year,
    this_year,
)
from narvard_desktop.ui.follow_up.chart_drawing import HIDDEN
from narvard_desktop.ui.follow_up.page import FollowUpPage

TODAY = date(2026, 5, 1)
HOSTILE = "<b>Alfa</b> & =cmd $\\frac{1}{ $x$ 🚑 مرحبا \u202e"


@pytest.fixture
def log(group_store):
    """Five counted avvikelser in Q1 2026, plus two that must not count."""
    db, group_id = group_store.db, group_store.require_group_id()
    with db.atomic():
        alfa, beta, gamma = (
            insert_record(db, "organisations", group_id, {"name": name})
            for name in (HOSTILE, "Beta vårdcentral", "Gamma sjukhus")
        )

        def add(category, reported, reporting, receiving, state, due, answered=None, **extra):
            insert_record(
                db,
                "deviations",
                group_id,
                {
                    "category_code": category,
                    "event_date": reported,
                    "reported_date": reported,
                    "reporting_organisation_id": reporting,
                    "receiving_organisation_id": receiving,
                    "state": state,
                    "answer_due_date": due,
                    "answered_date": answered,
                    "description": "x",
                    **extra,
                },
            )

        add("INUT", "2026-01-10", alfa, beta, "closed", "2026-03-11", "2026-01-20")  # 10 d, on time
        add("INUT", "2026-01-15", alfa, beta, "answered", "2026-03-16", "2026-04-01")  # 76 d, late
        add("SIP", "2026-02-03", beta, alfa, "sent", "2026-04-04")  # overdue: late
        add("SIP", "2026-02-05", beta, gamma, "registered", "2026-06-01")  # not yet due
        add("INUT", "2026-03-20", alfa, gamma, "investigating", "2026-05-19", system_error=1)
        add("LKM", "2026-03-25", gamma, beta, "misregistered", "2026-05-24")  # not counted
        add("INUT", "2025-12-31", alfa, beta, "closed", "2026-03-01", "2026-01-05")  # outside
    return group_store


@pytest.fixture
def page(qtbot, log):
    widget = FollowUpPage(log)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def tab(page):
    deviations = page.deviations_tab
    deviations.today = TODAY
    deviations.set_period(date(2026, 1, 1), date(2026, 3, 31))
    return deviations


def test_deviations_per_category_and_month(tab, log):
    series, _words = tab.category_chart.data
    assert series.months == ["2026-01", "2026-02", "2026-03"]
    inut = log.reference.category_name("INUT")
    sip = log.reference.category_name("SIP")
    assert series.series == {inut: [2, 0, 1], sip: [0, 2, 0]}
    assert series.total == 5
    assert series.hidden_months == []


def test_who_reports_on_whom(tab):
    matrix, _words = tab.matrix_chart.data
    assert matrix.rows == [HOSTILE, "Beta vårdcentral"]
    assert matrix.columns == [HOSTILE, "Beta vårdcentral", "Gamma sjukhus"]
    assert matrix.cells == [[0, 2, 1], [1, 0, 1]]


def test_answers_within_the_deadline(tab):
    timeliness, _words = tab.timeliness_chart.data
    assert timeliness.months == ["2026-01", "2026-02", "2026-03"]
    # January: one of two on time, answered after 10 and 76 days; February: the overdue one.
    assert timeliness.share_percent == [50.0, 0.0, None]
    assert timeliness.median_days == [43.0, None, None]
    assert (timeliness.overall.decided, timeliness.overall.within_deadline) == (3, 1)
    assert timeliness.overall.median_days == 43.0


def test_open_and_overdue(tab):
    figures, _words = tab.open_chart.data
    assert figures.labels == [HOSTILE, "Beta vårdcentral", "Gamma sjukhus"]
    assert figures.open == [1, 1, 2]
    assert figures.overdue == [1, 0, 0]
    assert (figures.total_open, figures.total_overdue) == (4, 1)
    assert "4" in tab.summary.text() and "33 %" in tab.summary.text()


def test_system_errors_over_time(tab):
    series, _words = tab.system_chart.data
    assert (series.months, series.counts) == (["2026-01", "2026-02", "2026-03"], [0, 0, 1])


def test_hiding_small_cells_hides_every_count_under_five(tab):
    tab.suppress.setChecked(True)
    series, _words = tab.category_chart.data
    assert list(series.series.values()) == [[None, 0, None], [0, None, 0]]
    assert series.total is None
    assert series.hidden_months == ["2026-01", "2026-02", "2026-03"]
    matrix, _words = tab.matrix_chart.data
    assert matrix.cells == [[0, None, None], [None, 0, None]]
    figures, _words = tab.open_chart.data
    assert figures.open == [None, None, None] and figures.total_open is None
    assert tab.system_chart.data[0].counts == [0, 0, None]
    assert tab.timeliness_chart.data[0].overall.share_within is None
    assert HIDDEN in tab.summary.text()
    tab.suppress.setChecked(False)
    assert tab.category_chart.data[0].total == 5


def test_every_chart_saves_a_png_even_before_it_was_shown(tab, tmp_path):
    assert all(chart.canvas is None for chart in tab.charts())  # matplotlib waits until needed
    for number, chart in enumerate(tab.charts()):
        path = chart.save_png(tmp_path / f"chart{number}")
        assert path.suffix == ".png"
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert len(data) > 5_000


def test_hidden_cells_still_draw_and_save(tab, tmp_path):
    tab.suppress.setChecked(True)
    for chart in tab.charts():
        assert chart.save_png(tmp_path / "hidden.png").stat().st_size > 5_000
    texts = [text.get_text() for text in tab.matrix_chart.figure.axes[0].texts]
    assert texts.count(HIDDEN) == 4
    labels = [label.get_text() for label in tab.matrix_chart.figure.axes[0].get_yticklabels()]
    assert labels[0] == HOSTILE[:39] + "…"


def test_charts_draw_when_the_page_is_shown(qtbot, page, tab):
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    assert tab.category_chart.canvas is not None
    assert tab.category_chart.canvas.isVisible()
    bars = tab.category_chart.figure.axes[0].patches
    assert sorted(int(bar.get_height()) for bar in bars if bar.get_height()) == [1, 2, 2]


def test_an_empty_period_says_there_is_nothing(tab, tmp_path):
    tab.set_period(date(2024, 1, 1), date(2024, 3, 31))
    assert tab.category_chart.data[0].series == {}
    tab.category_chart.save_png(tmp_path / "empty.png")
    words = tab.category_chart.data[1]
    assert [t.get_text() for t in tab.category_chart.figure.axes[0].texts] == [words.no_data]


def test_quick_periods():
    today = date(2026, 5, 14)
    assert last_twelve_months(today).start == date(2025, 6, 1)
    assert this_year(today).start == date(2026, 1, 1)
    assert (last_year(today).start, last_year(today).end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert (last_quarter(today).start, last_quarter(today).end) == (
        date(2026, 1, 1),
        date(2026, 3, 31),
    )
    assert last_quarter(date(2026, 2, 1)).start == date(2025, 10, 1)


def test_the_quick_choice_sets_the_dates(tab):
    tab.quick.setCurrentIndex(tab.quick.findData("this_year"))
    assert (tab.period.start, tab.period.end) == (date(2026, 1, 1), TODAY)
    assert tab.from_date.date().toString("yyyy-MM-dd") == "2026-01-01"
    tab.from_date.setDate(tab.from_date.date().addDays(31))
    assert tab.quick.currentData() == "custom"
    assert tab.period.start == date(2026, 2, 1)


def test_there_is_a_place_for_the_action_plan_charts(qtbot, log):
    from PySide6.QtWidgets import QLabel

    page = FollowUpPage(log)
    qtbot.addWidget(page)
    assert page.tabs.count() == 2
    charts = QLabel("plan")
    page.set_plan_widget(charts)
    assert page.tabs.widget(1) is charts
    page.refresh()


def _numbers(data):
    """Every count a chart's data holds (dataclass fields, lists and dicts walked)."""
    import dataclasses

    if isinstance(data, bool):
        return []
    if isinstance(data, int):
        return [data]
    if isinstance(data, dict):
        return [n for value in data.values() for n in _numbers(value)]
    if isinstance(data, (list, tuple)):
        return [n for value in data for n in _numbers(value)]
    if dataclasses.is_dataclass(data):
        return [n for f in dataclasses.fields(data) for n in _numbers(getattr(data, f.name))]
    return []


def test_saved_pictures_hide_small_counts_while_the_screen_shows_them_with_a_note(tab, tmp_path):
    assert not tab.suppress.isChecked()
    assert tab.category_chart.data[0].total == 5  # the group sees exact counts
    assert not tab.exact_note.isHidden() and "5" in tab.exact_note.text()
    for number, chart in enumerate(tab.charts()):
        chart.save_png(tmp_path / f"saved{number}.png")
        small = [n for n in _numbers(chart.saved_data[0]) if 0 < n < 5]
        assert small == [], chart.title
        drawn = " ".join(chart.saved_strings)
        assert not any(f" {n} " in f" {drawn} " for n in (1, 2, 3, 4)), chart.title
    tab.suppress.setChecked(True)
    assert tab.exact_note.isHidden()


def test_overlapping_periods_give_the_same_saved_figures(tab, log, tmp_path):
    """1-31 Jan and 2-31 Jan differ by one day's cases on screen, never in a picture."""
    insert_record(
        log.db,
        "deviations",
        log.require_group_id(),
        {
            "category_code": "INUT",
            "event_date": "2026-01-01",
            "reported_date": "2026-01-01",
            "description": "x",
        },
    )
    saved = []
    for start in (date(2026, 1, 1), date(2026, 1, 2)):
        tab.set_period(start, date(2026, 1, 31))
        tab.category_chart.save_png(tmp_path / "jan.png")
        saved.append(tab.category_chart.saved_data[0])
    assert saved[0] == saved[1]


def test_a_refresh_keeps_each_charts_figure_and_redraws_only_what_changed(qtbot, page, tab, log):
    page.show()
    qtbot.waitUntil(lambda: all(chart.canvas is not None for chart in tab.charts()))
    figures = {chart.title: chart.figure for chart in tab.charts()}
    drawn = {chart.title: chart.draw_count for chart in tab.charts()}
    assert all(count >= 1 for count in drawn.values())
    tab.refresh()  # nothing changed: nothing is drawn again
    assert {chart.title: chart.draw_count for chart in tab.charts()} == drawn
    # A new avvikelse in March of a category already shown changes the counting charts.
    db, group_id = log.db, log.require_group_id()
    organisation = db.execute("SELECT id FROM organisations LIMIT 1").fetchone()[0]
    insert_record(
        db,
        "deviations",
        group_id,
        {
            "category_code": "SIP",
            "event_date": "2026-03-02",
            "reported_date": "2026-03-02",
            "reporting_organisation_id": organisation,
            "receiving_organisation_id": organisation,
            "state": "closed",
            "answer_due_date": "2026-05-01",
            "answered_date": "2026-03-05",
            "description": "x",
        },
    )
    tab.refresh()
    assert tab.category_chart.draw_count == drawn[tab.category_chart.title] + 1
    # The system-error chart counts none of it: its picture stays as it was.
    assert tab.system_chart.draw_count == drawn[tab.system_chart.title]
    # Every chart still draws on the figure it had.
    assert {chart.title: chart.figure for chart in tab.charts()} == figures
