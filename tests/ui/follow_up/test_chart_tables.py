"""Visa som tabell: every chart gives the values it draws as a table, named for screen readers."""

from __future__ import annotations

from datetime import date

import pytest

from narvard_desktop.ui.follow_up.page import FollowUpPage
from narvard_desktop.ui.kit.charts import ChartWidget

from .test_charts import HOSTILE, TODAY, log  # noqa: F401 - the shared avvikelse log


@pytest.fixture
def page(qtbot, log):  # noqa: F811
    widget = FollowUpPage(log)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def tab(page):
    deviations = page.deviations_tab
    deviations.today = TODAY
    deviations.set_period(date(2026, 1, 1), date(2026, 3, 31))
    return deviations


def test_a_bar_chart_table_has_each_bar_with_its_category(tab, log):  # noqa: F811
    rows = tab.category_chart.table_rows()
    # The legend shortens long names; the table shows what the picture shows.
    inut = log.reference.category_name("INUT")[:30]
    inut_rows = [row for row in rows if row[0].startswith(inut)]
    assert [value for _, _, value in inut_rows] == ["2", "0", "1"]
    months = [category for _, category, _ in inut_rows]
    assert len(set(months)) == 3 and all(months)


def test_the_heat_map_table_has_every_cell(tab):
    rows = tab.matrix_chart.table_rows()
    cells = {(row[:10], column[:10]): value for row, column, value in rows}
    assert cells[("Beta vårdc", "Gamma sjuk")] == "1"
    # The hostile name is shortened in the picture and shown as plain text in the table.
    assert cells[(HOSTILE[:10], "Beta vårdc")] == "2"
    assert len(cells) == 6


def test_show_as_table_opens_a_named_table_for_every_chart(qtbot, tab):
    charts = [child for child in tab.findChildren(ChartWidget)]
    assert len(charts) >= 5
    for chart in charts:
        assert chart.accessibleName() == chart.title
        assert chart.table_button.accessibleName() and chart.save_button.accessibleName()
        dialog = chart.show_table()
        qtbot.addWidget(dialog)
        assert dialog.table.accessibleName().endswith(chart.title)
        assert dialog.table.rowCount() == len(chart.table_rows())
        dialog.close()
    assert any(chart.table_rows() for chart in charts)


def test_a_chart_drawn_by_hand_reads_back_bars_lines_and_cells(qtbot):
    def draw(figure, data):
        axes = figure.add_subplot()
        axes.bar([0, 1], data["bars"], label="Öppna")
        axes.set_xticks([0, 1], ["Alfa", "Beta"])
        axes.plot([0, 1], data["line"], label="Mål")
        axes.axhline(3)  # helper lines without a label are not values

    chart = ChartWidget("Prov")
    qtbot.addWidget(chart)
    chart.set_plot(draw, {"bars": [4, 7], "line": [2.5, 3]})
    assert chart.table_rows() == [
        ("Öppna", "Alfa", "4"),
        ("Öppna", "Beta", "7"),
        ("Mål", "Alfa", "2,5"),
        ("Mål", "Beta", "3"),
    ]


def test_a_chart_given_equal_data_is_not_drawn_again(qtbot):
    chart = ChartWidget("Prov")
    qtbot.addWidget(chart)
    calls: list[object] = []

    def draw(figure, data):
        calls.append(data)
        figure.add_subplot().bar(range(len(data)), data)

    chart.set_plot(draw, [1, 2, 3])
    chart.show()
    qtbot.waitUntil(lambda: chart.canvas is not None and len(calls) == 1)
    figure = chart.figure
    chart.set_plot(draw, [1, 2, 3])  # a new list, equal to the one drawn
    assert len(calls) == 1 and chart.draw_count == 1
    chart.set_plot(draw, [1, 2, 4])
    assert calls[-1] == [1, 2, 4] and chart.draw_count == 2
    assert chart.figure is figure and len(figure.axes) == 1
