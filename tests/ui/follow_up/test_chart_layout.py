"""Uppföljning at county size and on a small screen: counted off the GUI thread with a
busy sign, the wheel scrolls the page over a chart, charts keep their height, labels
stay whole and told apart, and the indicator chart says when it has nothing to draw."""

from datetime import date

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from narvard_desktop.services.indicators import ChartPoint, IndicatorChart
from narvard_desktop.store.records import insert_record
from narvard_desktop.ui.follow_up import chart_data as follow_up
from narvard_desktop.ui.follow_up.chart_data import ChartText, MonthSeries
from narvard_desktop.ui.follow_up.chart_drawing import distinct_short, draw_system_errors
from narvard_desktop.ui.follow_up.page import FollowUpPage
from narvard_desktop.ui.plan.indicator_panel import draw_indicator_chart

TODAY = date(2026, 5, 1)
BORAS = ("Vårdcentraler i Borås (offentliga)", "Vårdcentraler i Borås (privata)")


@pytest.fixture
def county_log(group_store):
    """Forty avvikelser between eight organisations, two of which differ only at the end."""
    db, group_id = group_store.db, group_store.require_group_id()
    with db.atomic():
        names = [*BORAS, *(f"Organisation {n}" for n in range(6))]
        organisations = [
            insert_record(db, "organisations", group_id, {"name": name}) for name in names
        ]
        for number in range(40):
            insert_record(
                db,
                "deviations",
                group_id,
                {
                    "category_code": "INUT",
                    "event_date": f"2026-0{1 + number % 3}-10",
                    "reported_date": f"2026-0{1 + number % 3}-10",
                    "reporting_organisation_id": organisations[number % 8],
                    "receiving_organisation_id": organisations[(number * 3) % 8],
                    "state": "sent",
                    "answer_due_date": "2026-04-01",
                    "description": "x",
                },
            )
    return group_store


@pytest.fixture
def page(qtbot, county_log):
    widget = FollowUpPage(county_log)
    qtbot.addWidget(widget)
    widget.deviations_tab.today = TODAY
    return widget


def test_county_figures_are_counted_off_the_gui_thread_with_a_busy_sign(qtbot, page, monkeypatch):
    tab = page.deviations_tab
    monkeypatch.setattr(tab, "BACKGROUND_ABOVE", 0)
    monkeypatch.setattr(follow_up, "TOP_ORGANISATIONS", 3)
    monkeypatch.setattr(follow_up, "TOP_RECEIVERS", 3)
    tab.set_period(date(2026, 1, 1), date(2026, 3, 31))
    assert tab.busy and not tab.busy_note.isHidden()
    assert QApplication.overrideCursor() is not None
    qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)
    assert QApplication.overrideCursor() is None
    matrix, _words = tab.matrix_chart.data
    # Three organisations of their own and "Others"; the rest listed in the table.
    assert len(matrix.rows) == 4 and matrix.rows[-1] in ("Others", "Övriga")
    assert tab.others_table.rowCount() == len(matrix.others) >= 5
    assert not tab.others_table.isHidden()
    figures, _words = tab.open_chart.data
    assert len(figures.labels) == 4 and figures.others_last


def test_the_wheel_over_a_chart_scrolls_the_page(qtbot, page):
    tab = page.deviations_tab
    tab.set_period(date(2026, 1, 1), date(2026, 3, 31))
    page.resize(1200, 780)
    page.show()
    qtbot.waitExposed(page)
    scroll = tab.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    canvas = tab.category_chart.canvas
    before = bar.value()
    centre = QPointF(canvas.width() / 2, canvas.height() / 2)
    event = QWheelEvent(
        centre,
        canvas.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, -240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas, event)
    assert bar.value() > before


def test_charts_keep_their_height_however_the_page_is_sized(qtbot, page):
    tab = page.deviations_tab
    page.resize(1200, 780)
    page.show()
    qtbot.waitExposed(page)
    heights = {chart: chart.canvas.height() for chart in tab.charts()}
    page.resize(1600, 1000)
    qtbot.wait(20)
    assert {chart: chart.canvas.height() for chart in tab.charts()} == heights
    assert tab.matrix_chart.canvas.height() == 420


def test_shortened_names_that_would_read_alike_are_told_apart():
    short = distinct_short([*BORAS, "Hemsjukvården"], 24)
    assert len(set(short)) == 3
    assert all(len(label) <= 24 for label in short)
    assert short[0].endswith("offentliga)") or "offentl" in short[0]
    assert short[2] == "Hemsjukvården"


def test_the_system_error_axis_label_fits_inside_the_picture():
    figure = Figure(figsize=(6, 3), dpi=100, layout="constrained")
    canvas = FigureCanvasAgg(figure)
    months = [f"2026-{m:02d}" for m in range(1, 13)]
    draw_system_errors(figure, (MonthSeries(months, [m % 4 for m in range(12)]), ChartText()))
    canvas.draw()
    renderer = canvas.get_renderer()
    label = figure.axes[0].yaxis.label
    box = label.get_window_extent(renderer)
    assert label.get_text()
    assert box.y0 >= 0 and box.y1 <= figure.bbox.height and box.x0 >= 0


LABELS = {
    "baseline": "Baseline {value}",
    "target": "Target {value}",
    "measured": "Measured value",
    "period": "Period",
    "no_values": "No measured values yet",
    "empty": "Choose an indicator",
}


def _indicator(points):
    return IndicatorChart(
        name="Andel utskrivningar med SIP",
        unit="%",
        direction="higher",
        baseline_value=40.0,
        baseline_date=date(2025, 1, 1),
        target_value=80.0,
        target_date=date(2027, 1, 1),
        points=points,
        on_track=None,
        target_reached=False,
    )


def test_an_indicator_without_values_says_so_instead_of_an_empty_axis():
    figure = Figure(figsize=(6, 3), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    draw_indicator_chart(figure, {"chart": _indicator(()), "labels": LABELS})
    axes = figure.axes[0]
    assert not axes.axison
    assert "No measured values yet" in [text.get_text() for text in axes.texts]


def test_the_legend_never_covers_the_target_line():
    figure = Figure(figsize=(6, 3), dpi=100, layout="constrained")
    canvas = FigureCanvasAgg(figure)
    points = tuple(
        ChartPoint(
            period=f"2026-Q{q}", period_end=date(2026, 3 * q, 28), value=70.0 + q, comment=None
        )
        for q in range(1, 5)
    )
    draw_indicator_chart(figure, {"chart": _indicator(points), "labels": LABELS})
    canvas.draw()
    renderer = canvas.get_renderer()
    axes = figure.axes[0]
    legend = axes.get_legend().get_window_extent(renderer)
    plot = axes.get_window_extent(renderer)
    assert legend.x0 >= plot.x1  # beside the plot, so no line is under it


@pytest.mark.expects_message("counting failed")
def test_a_failed_count_takes_the_busy_sign_away_and_says_why(
    qtbot, page, monkeypatch, shown_messages
):
    tab = page.deviations_tab
    monkeypatch.setattr(tab, "BACKGROUND_ABOVE", 0)

    def failing(_request, _store):
        raise RuntimeError("counting failed")

    monkeypatch.setattr(follow_up.FiguresRequest, "figures", failing)
    tab.set_period(date(2026, 1, 1), date(2026, 3, 31))
    assert tab.busy
    qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)
    assert QApplication.overrideCursor() is None
    assert len(shown_messages) == 1


def test_a_shortened_name_keeps_the_group_that_tells_it_apart():
    names = [
        "Borås kommun – hemsjukvård och äldreomsorg (Närvård Borås)",
        "Borås kommun – hemsjukvård och äldreomsorg (Närvård Mark)",
    ]
    short = distinct_short(names, 40)
    assert [label[-15:] for label in short] == ["(Närvård Borås)", " (Närvård Mark)"]
    assert all(len(label) <= 40 and "…" in label for label in short)
