"""Uppföljning: the draw functions, each painting one chart's plain data on a figure.

matplotlib is imported by the chart widget when a chart is first shown; the functions
here get its figure and import only what they need of it themselves.
"""

from __future__ import annotations

from typing import Any

from narvard_desktop.ui.follow_up.chart_data import (
    ChartText,
    MatrixData,
    MonthSeries,
    OpenOverdueData,
    StackedSeries,
    TimelinessData,
)

HIDDEN = "–"
_OVERDUE_RED = "#b42318"
_OPEN_BLUE = "#005b94"


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _short_keeping_group(text: str, limit: int) -> str:
    """An organisation's label: "Vårdcentral Norr (Närvård Borås)" names its group in
    brackets to tell two same-named organisations apart, so the middle gives way."""
    head, bracket, group = text.rpartition(" (")
    if len(text) > limit and bracket and group.endswith(")") and len(group) + 2 <= limit - 8:
        suffix = bracket + group
        return head[: limit - 1 - len(suffix)].rstrip() + "…" + suffix
    return _short(text, limit)


def distinct_short(texts: list[str], limit: int) -> list[str]:
    """Shortened labels that stay told apart: "Vårdcentraler i Borås (privata)" and
    "… (offentliga)" share their start, so where two would read alike the middle is
    left out instead of the end."""
    shortened = [_short_keeping_group(text, limit) for text in texts]
    for index, text in enumerate(texts):
        if shortened.count(shortened[index]) > 1 and len(text) > limit:
            tail = (limit - 1) // 2
            shortened[index] = text[: limit - 1 - tail].rstrip() + "…" + text[-tail:].lstrip()
    return shortened


def _wrapped(text: str, width: int = 26) -> str:
    """An axis label in lines short enough for the chart's height."""
    import textwrap

    return "\n".join(textwrap.wrap(text, width)) or text


def _no_data(axes: Any, text: str) -> None:
    axes.text(0.5, 0.5, text, ha="center", va="center", transform=axes.transAxes, color="#5b6770")
    axes.set_axis_off()


def _month_axis(axes: Any, months: list[str]) -> None:
    axes.set_xticks(range(len(months)))
    axes.set_xticklabels(
        months,
        rotation=45 if len(months) > 6 else 0,
        ha="right" if len(months) > 6 else "center",
        fontsize=8,
    )


def draw_categories(figure: Any, data: tuple[StackedSeries, ChartText]) -> None:
    series, words = data
    axes = figure.add_subplot()
    if not series.series:
        _no_data(axes, words.no_data)
        return
    import matplotlib as mpl

    colours = mpl.colormaps["tab20"].colors
    bottoms = [0] * len(series.months)
    x = list(range(len(series.months)))
    for index, (label, values) in enumerate(series.series.items()):
        heights = [v or 0 for v in values]
        axes.bar(
            x,
            heights,
            bottom=bottoms,
            label=_short(label, 40),
            color=colours[index % 20],
            width=0.7,
        )
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    for month in series.hidden_months:
        position = series.months.index(month)
        axes.text(position, bottoms[position], HIDDEN, ha="center", va="bottom", fontsize=11)
    _month_axis(axes, series.months)
    axes.set_ylim(bottom=0, top=max(1, *bottoms) * 1.1)
    axes.set_ylabel(words.count)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    if series.hidden_months:
        axes.set_title(words.hidden_note, fontsize=8, loc="left", color="#5b6770")


def draw_matrix(figure: Any, data: tuple[MatrixData, ChartText]) -> None:
    matrix, words = data
    axes = figure.add_subplot()
    if not matrix.rows:
        _no_data(axes, words.no_data)
        return
    import numpy as np
    from matplotlib.patches import Rectangle

    values = np.ma.masked_invalid(
        np.array([[np.nan if v is None else v for v in row] for row in matrix.cells], dtype=float)
    )
    # "Others" sums many organisations: scaled by it, every other cell would look empty.
    named = values[: len(values) - 1, : values.shape[1] - 1] if matrix.others else values
    scale = named if named.count() else values
    top = max(1.0, float(scale.max()) if scale.count() else 1.0)
    axes.imshow(values, cmap="Blues", vmin=0, vmax=top, aspect="auto")
    for r, row in enumerate(matrix.cells):
        for c, value in enumerate(row):
            if value is None:
                axes.add_patch(
                    Rectangle(
                        (c - 0.5, r - 0.5),
                        1,
                        1,
                        fill=False,
                        hatch="///",
                        edgecolor="#9aa5ae",
                        linewidth=0,
                    )
                )
                axes.text(c, r, HIDDEN, ha="center", va="center", fontsize=10, in_layout=False)
            elif value:
                # Zeros stay blank: at county size most cells are empty.
                axes.text(
                    c,
                    r,
                    str(value),
                    ha="center",
                    va="center",
                    fontsize=9 if len(matrix.rows) <= 10 else 7,
                    color="white" if value > top * 0.6 else "#1d2b36",
                    # Inside the cells: the layout need not measure hundreds of them.
                    in_layout=False,
                )
    axes.set_xticks(range(len(matrix.columns)))
    many = len(matrix.columns) > 10
    axes.set_xticklabels(
        distinct_short(matrix.columns, 24),
        rotation=60 if many else 30,
        ha="right",
        rotation_mode="anchor",
        fontsize=7 if many else 8,
    )
    axes.set_yticks(range(len(matrix.rows)))
    axes.set_yticklabels(
        distinct_short(matrix.rows, 40), fontsize=8 if len(matrix.rows) <= 10 else 7
    )
    axes.set_xlabel(words.receiving)
    axes.set_ylabel(words.reporting)
    if any(v is None for row in matrix.cells for v in row):
        axes.set_title(words.hidden_note, fontsize=8, loc="left", color="#5b6770")


def draw_timeliness(figure: Any, data: tuple[TimelinessData, ChartText]) -> None:
    timeliness, words = data
    axes = figure.add_subplot()
    if not any(v is not None for v in timeliness.share_percent) and not timeliness.hidden_months:
        _no_data(axes, words.no_data)
        return
    x = list(range(len(timeliness.months)))
    axes.bar(
        x, [v or 0 for v in timeliness.share_percent], color="#7fb3d5", width=0.7, label=words.share
    )
    for month in timeliness.hidden_months:
        axes.text(timeliness.months.index(month), 1, HIDDEN, ha="center", va="bottom", fontsize=11)
    axes.set_ylim(0, 105)
    axes.set_ylabel(_wrapped(words.share), fontsize=9)
    _month_axis(axes, timeliness.months)
    second = axes.twinx()
    points = [(i, v) for i, v in enumerate(timeliness.median_days) if v is not None]
    if points:
        second.plot(
            [p[0] for p in points],
            [p[1] for p in points],
            color=_OVERDUE_RED,
            marker="o",
            label=words.median,
        )
    second.set_ylabel(_wrapped(words.median), color=_OVERDUE_RED, fontsize=9)
    second.set_ylim(bottom=0)
    axes.spines[["top"]].set_visible(False)
    second.spines[["top"]].set_visible(False)
    if timeliness.hidden_months:
        axes.set_title(words.hidden_note, fontsize=8, loc="left", color="#5b6770")


def draw_open_overdue(figure: Any, data: tuple[OpenOverdueData, ChartText]) -> None:
    figures, words = data
    axes = figure.add_subplot()
    if not figures.labels:
        _no_data(axes, words.no_data)
        return
    y = list(range(len(figures.labels)))
    axes.barh(
        [p - 0.2 for p in y],
        [v or 0 for v in figures.open],
        height=0.4,
        color=_OPEN_BLUE,
        label=words.open,
    )
    axes.barh(
        [p + 0.2 for p in y],
        [v or 0 for v in figures.overdue],
        height=0.4,
        color=_OVERDUE_RED,
        label=words.overdue,
    )
    for position, (open_count, overdue) in enumerate(
        zip(figures.open, figures.overdue, strict=True)
    ):
        if open_count is None:
            axes.text(0, position - 0.2, " " + HIDDEN, va="center", fontsize=10)
        if overdue is None:
            axes.text(0, position + 0.2, " " + HIDDEN, va="center", fontsize=10)
    named = [v or 0 for v in (*figures.open[:-1], *figures.overdue[:-1])]
    if figures.others_last and named and max(named) > 0:
        # "Others" sums many organisations: the axis follows the named ones, and the
        # longer bars of "Others" carry their figures.
        limit = max(named) * 1.25
        axes.set_xlim(0, limit)
        last = len(figures.labels) - 1
        for offset, value in ((-0.2, figures.open[-1]), (0.2, figures.overdue[-1])):
            if value is not None and value > limit:
                axes.text(
                    limit,
                    last + offset,
                    f"{value} ",
                    ha="right",
                    va="center",
                    fontsize=7,
                    color="white",
                )
    axes.set_yticks(y)
    axes.set_yticklabels(distinct_short(figures.labels, 28), fontsize=8)
    axes.invert_yaxis()
    axes.xaxis.get_major_locator().set_params(integer=True)
    # Above the plot, so it never covers a bar.
    axes.legend(fontsize=8, frameon=False, loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=2)
    axes.spines[["top", "right"]].set_visible(False)
    if any(v is None for v in (*figures.open, *figures.overdue)):
        axes.set_title(words.hidden_note, fontsize=8, loc="left", color="#5b6770")


def draw_system_errors(figure: Any, data: tuple[MonthSeries, ChartText]) -> None:
    series, words = data
    axes = figure.add_subplot()
    x = list(range(len(series.months)))
    axes.bar(x, [v or 0 for v in series.counts], color="#8e6c8a", width=0.7)
    for position, value in enumerate(series.counts):
        if value is None:
            axes.text(position, 0, HIDDEN, ha="center", va="bottom", fontsize=11)
    _month_axis(axes, series.months)
    axes.set_ylabel(_wrapped(words.system_errors), fontsize=9)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_ylim(bottom=0, top=max([1, *(v or 0 for v in series.counts)]) + 0.5)
    axes.spines[["top", "right"]].set_visible(False)
    if any(v is None for v in series.counts):
        axes.set_title(words.hidden_note, fontsize=8, loc="left", color="#5b6770")
