"""The uppföljningsrapport as an A4 PDF, in the protocol's typographic standard.

The whole report passes the privacy gate before a line is laid out: a personnummer in
an activity title or a decision refuses the PDF and names the group and part, like a
protocol. Counts of avvikelser arrive already suppressed (`services.followup_report`);
here a hidden count is printed as "< 5".
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, PolyLine
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from narvard_desktop import APP_NAME, __version__, small_counts
from narvard_desktop.domain import ACTIVITY_STATUSES
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.privacy_gate import REFUSE, Gated, PrivacyGate
from narvard_desktop.reports.pdf_layout import (
    CONTENT_WIDTH,
    GRID,
    PdfLayout,
    Styles,
    data_table,
    key_value_table,
    make_styles,
    para,
    write_pdf,
)
from narvard_desktop.reports.pdfa import DocumentInfo
from narvard_desktop.services.followup_report import (
    ActivityLine,
    CountLine,
    FollowUpReport,
    GroupSection,
    IndicatorLine,
)

_CTX = "Report"
IDENTIFIER_IN_REPORT = QT_TRANSLATE_NOOP(
    "Errors",
    "The text in {places} looks like a personnummer or samordningsnummer. Remove it "
    "before the report is written: it leaves the group.",
)
# Which part of a group's section a gated path points into, for the refusal message.
_PARTS = {
    "finished": QT_TRANSLATE_NOOP("Report", "finished activities"),
    "delayed": QT_TRANSLATE_NOOP("Report", "delayed activities"),
    "stopped": QT_TRANSLATE_NOOP("Report", "paused or cancelled activities"),
    "indicators": QT_TRANSLATE_NOOP("Report", "indicators"),
    "meetings": QT_TRANSLATE_NOOP("Report", "meetings"),
    "decisions": QT_TRANSLATE_NOOP("Report", "decisions"),
}
_SPARK_WIDTH, _SPARK_HEIGHT = 20 * mm, 7 * mm


def _t(text: str) -> str:
    return translate(_CTX, text)


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:g}".replace(".", ",").replace("-", "−")


def _count(value: int | None, limit: int) -> str:
    return small_counts.hidden_label(limit) if value is None else str(value)


def gate_report(report: FollowUpReport) -> Gated[dict[str, Any]]:
    """The report once the gate has read every string; refused naming group and part."""
    gate = PrivacyGate("report", mode=REFUSE)
    gated = gate.value({"report": report}, "")
    places: list[str] = []
    for withheld in gate.refused():
        path = withheld.field.lstrip(".").removeprefix("report").lstrip(".")
        place = report.group_name
        if path.startswith("sections["):
            index = int(path.split("[", 1)[1].split("]", 1)[0])
            section = report.sections[index]
            part = path.split("].", 1)[1].split("[", 1)[0].split(".", 1)[0] if "]." in path else ""
            place = section.name + (f" ({_t(_PARTS[part])})" if part in _PARTS else "")
        if place not in places:
            places.append(place)
    if places:
        raise ValidationError(IDENTIFIER_IN_REPORT, places=", ".join(places))
    return gated


def _sparkline(values: Sequence[float], target: float | None) -> Drawing:
    """A small trend: the values left to right, the target as a dashed line."""
    drawing = Drawing(_SPARK_WIDTH, _SPARK_HEIGHT)
    every = [*values, *([target] if target is not None else [])]
    if not values:
        return drawing
    low, high = min(every), max(every)
    span = (high - low) or 1.0

    def y(value: float) -> float:
        return 1 + (value - low) / span * (_SPARK_HEIGHT - 2)

    step = (_SPARK_WIDTH - 2) / max(len(values) - 1, 1)
    if target is not None:
        drawing.add(
            Line(0, y(target), _SPARK_WIDTH, y(target), strokeColor=GRID, strokeDashArray=[2, 2])
        )
    points: list[float] = []
    for index, value in enumerate(values):
        points += [1 + index * step, y(value)]
    if len(values) == 1:
        points += [points[0] + 1, points[1]]
    drawing.add(PolyLine(points, strokeColor=colors.Color(0.1, 0.3, 0.6), strokeWidth=1.2))
    return drawing


def _label(text: str, styles: Styles) -> Flowable:
    """A small heading that never stays behind at a page foot without its table."""
    return para(text, ParagraphStyle("label_kept", parent=styles.label, keepWithNext=1))


def _activity_table(lines: list[ActivityLine], styles: Styles) -> Flowable:
    headers = [
        _t(QT_TRANSLATE_NOOP("Report", "Activity")),
        _t(QT_TRANSLATE_NOOP("Report", "Way of working")),
        _t(QT_TRANSLATE_NOOP("Report", "Due")),
        _t(QT_TRANSLATE_NOOP("Report", "Status")),
    ]
    rows = [[line.title, line.way, line.due_date, line.status] for line in lines]
    widths = [CONTENT_WIDTH * share for share in (0.44, 0.27, 0.15, 0.14)]
    return data_table(headers, rows, widths, styles)


def _plan_story(section: GroupSection, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        para(_t(QT_TRANSLATE_NOOP("Report", "The action plan by way of working")), styles.section)
    ]
    headers = [
        _t(QT_TRANSLATE_NOOP("Report", "Way of working / prerequisite")),
        _t(QT_TRANSLATE_NOOP("Report", "Total")),
    ]
    headers += [choice.label for choice in ACTIVITY_STATUSES] + [
        _t(QT_TRANSLATE_NOOP("Report", "Delayed"))
    ]
    rows: list[list[object]] = [
        [way.name, way.total, *way.by_status, way.delayed] for way in section.ways if way.total
    ]
    if not rows:
        story.append(
            para(_t(QT_TRANSLATE_NOOP("Report", "No activities in the plan.")), styles.body)
        )
    else:
        # Name, total, one column per status, delayed (the widest header).
        shares = [0.25, 0.08] + [0.55 / len(ACTIVITY_STATUSES)] * len(ACTIVITY_STATUSES) + [0.12]
        story.append(
            data_table(
                headers,
                rows,
                [CONTENT_WIDTH * share for share in shares],
                styles,
                numeric_columns=range(1, len(headers)),
                header_size=7,
            )
        )
    if section.goals:
        story.append(_label(_t(QT_TRANSLATE_NOOP("Report", "Goals by horizon")), styles))
        goal_rows: list[list[object]] = [
            [goal.title, goal.target_group, goal.horizon, goal.target_year or ""]
            for goal in section.goals
        ]
        story.append(
            data_table(
                [
                    _t(QT_TRANSLATE_NOOP("Report", "Goal")),
                    _t(QT_TRANSLATE_NOOP("Report", "Target group")),
                    _t(QT_TRANSLATE_NOOP("Report", "Horizon")),
                    _t(QT_TRANSLATE_NOOP("Report", "Target year")),
                ],
                goal_rows,
                [CONTENT_WIDTH * share for share in (0.45, 0.3, 0.13, 0.12)],
                styles,
            )
        )
    for title, lines in (
        (_t(QT_TRANSLATE_NOOP("Report", "Finished in the period")), section.finished),
        (_t(QT_TRANSLATE_NOOP("Report", "Delayed")), section.delayed),
        (_t(QT_TRANSLATE_NOOP("Report", "Paused or cancelled in the period")), section.stopped),
    ):
        story.append(_label(title, styles))
        story.append(
            _activity_table(lines, styles)
            if lines
            else para(_t(QT_TRANSLATE_NOOP("Report", "None.")), styles.small)
        )
    return story


def _indicator_row(line: IndicatorLine) -> list[object]:
    unit = f" {line.unit}" if line.unit else ""
    target = _number(line.target) + unit + (f" ({line.target_date})" if line.target_date else "")
    latest = (
        _number(line.latest) + unit + (f" ({line.latest_period})" if line.latest_period else "")
    )
    return [line.name, _number(line.baseline) + unit, target, latest, line.verdict]


def _indicator_story(section: GroupSection, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [para(_t(QT_TRANSLATE_NOOP("Report", "Indicators")), styles.section)]
    if not section.indicators:
        return [
            *story,
            para(_t(QT_TRANSLATE_NOOP("Report", "No indicators in the plan.")), styles.body),
        ]
    headers = [
        _t(QT_TRANSLATE_NOOP("Report", "Indicator")),
        _t(QT_TRANSLATE_NOOP("Report", "Baseline")),
        _t(QT_TRANSLATE_NOOP("Report", "Target")),
        _t(QT_TRANSLATE_NOOP("Report", "Latest")),
        _t(QT_TRANSLATE_NOOP("Report", "Assessment")),
    ]
    widths = [CONTENT_WIDTH * s for s in (0.27, 0.11, 0.19, 0.17, 0.12)]
    table = data_table(
        [*headers, _t(QT_TRANSLATE_NOOP("Report", "Trend"))],
        [
            [*_indicator_row(line), _sparkline(line.values, line.target)]
            for line in section.indicators
        ],
        [*widths, CONTENT_WIDTH - sum(widths)],
        styles,
        header_size=8,
    )
    story.append(table)
    return story


def _count_table(
    headers: list[str], lines: list[CountLine], shown_total: int | None, limit: int, styles: Styles
) -> Flowable:
    rows: list[list[object]] = [
        [line.name, line.detail, _count(line.count, limit)] for line in lines
    ]
    rows.append(
        [
            _t(QT_TRANSLATE_NOOP("Report", "Total of the figures shown")),
            "",
            _count(shown_total, limit),
        ]
    )
    widths = [CONTENT_WIDTH * 0.42, CONTENT_WIDTH * 0.43, CONTENT_WIDTH * 0.15]
    return data_table(headers, rows, widths, styles, numeric_columns=(2,), bold_last_row=True)


def _deviation_story(section: GroupSection, limit: int, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        para(_t(QT_TRANSLATE_NOOP("Report", "Deviations in collaboration")), styles.section)
    ]
    if section.categories:
        story.append(
            _count_table(
                [
                    _t(QT_TRANSLATE_NOOP("Report", "Category")),
                    _t(QT_TRANSLATE_NOOP("Report", "Agreement")),
                    _t(QT_TRANSLATE_NOOP("Report", "Number")),
                ],
                section.categories,
                section.deviations_shown,
                limit,
                styles,
            )
        )
    else:
        story.append(
            para(
                _t(QT_TRANSLATE_NOOP("Report", "No deviations reported in the period.")),
                styles.body,
            )
        )
    if section.agreements:
        story.append(
            _label(
                _t(QT_TRANSLATE_NOOP("Report", "By agreement (the category figures shown)")),
                styles,
            )
        )
        rows: list[list[object]] = [
            [line.name, "–" if line.count is None else line.count] for line in section.agreements
        ]
        story.append(
            data_table(
                [
                    _t(QT_TRANSLATE_NOOP("Report", "Agreement")),
                    _t(QT_TRANSLATE_NOOP("Report", "Number")),
                ],
                rows,
                [CONTENT_WIDTH * 0.85, CONTENT_WIDTH * 0.15],
                styles,
                numeric_columns=(1,),
            )
        )
    timeliness = section.timeliness
    if timeliness is None or timeliness.decided is None:
        answers = _t(QT_TRANSLATE_NOOP("Report", "Too few to show (fewer than {limit}).")).format(
            limit=limit
        )
    elif not timeliness.decided:
        answers = _t(QT_TRANSLATE_NOOP("Report", "No answers were due in the period."))
    else:
        answers = _t(QT_TRANSLATE_NOOP("Report", "{within} of {decided} ({share} %)")).format(
            within=timeliness.within_deadline,
            decided=timeliness.decided,
            share=round(100 * (timeliness.share_within or 0)),
        )
    story.append(Spacer(1, 4))
    story.append(
        key_value_table(
            [
                (_t(QT_TRANSLATE_NOOP("Report", "Answers within the deadline")), answers),
                (
                    _t(QT_TRANSLATE_NOOP("Report", "Systemfel")),
                    _count(section.system_errors, limit),
                ),
                (_t(QT_TRANSLATE_NOOP("Report", "Escalated")), _count(section.escalated, limit)),
            ],
            styles,
        )
    )
    return story


def _meeting_story(section: GroupSection, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        para(_t(QT_TRANSLATE_NOOP("Report", "Meetings and decisions")), styles.section)
    ]
    if not section.meetings:
        return [
            *story,
            para(_t(QT_TRANSLATE_NOOP("Report", "No meetings held in the period.")), styles.body),
        ]
    yes, no = _t(QT_TRANSLATE_NOOP("Report", "Yes")), _t(QT_TRANSLATE_NOOP("Report", "No"))
    rows: list[list[object]] = [
        [line.day, line.title, line.kind, yes if line.approved else no] for line in section.meetings
    ]
    widths = [CONTENT_WIDTH * s for s in (0.16, 0.5, 0.18, 0.16)]
    story.append(
        data_table(
            [
                _t(QT_TRANSLATE_NOOP("Report", "Date")),
                _t(QT_TRANSLATE_NOOP("Report", "Meeting")),
                _t(QT_TRANSLATE_NOOP("Report", "Kind")),
                _t(QT_TRANSLATE_NOOP("Report", "Approved")),
            ],
            rows,
            widths,
            styles,
        )
    )
    story.append(_label(_t(QT_TRANSLATE_NOOP("Report", "Decisions")), styles))
    if section.decisions:
        decision_rows: list[list[object]] = [
            [line.day, line.paragraph, line.text] for line in section.decisions
        ]
        widths = [CONTENT_WIDTH * s for s in (0.16, 0.1, 0.74)]
        story.append(
            data_table(
                [
                    _t(QT_TRANSLATE_NOOP("Report", "Date")),
                    "§",
                    _t(QT_TRANSLATE_NOOP("Report", "Decision")),
                ],
                decision_rows,
                widths,
                styles,
            )
        )
    else:
        story.append(para(_t(QT_TRANSLATE_NOOP("Report", "None.")), styles.small))
    return story


def _summary_story(report: FollowUpReport, styles: Styles) -> list[Flowable]:
    """At upper levels: one line per group, before the groups' own sections."""
    limit = report.threshold
    headers = [
        _t(QT_TRANSLATE_NOOP("Report", "Group")),
        _t(QT_TRANSLATE_NOOP("Report", "Activities")),
        _t(QT_TRANSLATE_NOOP("Report", "Finished")),
        _t(QT_TRANSLATE_NOOP("Report", "Delayed")),
        _t(QT_TRANSLATE_NOOP("Report", "Deviations")),
        _t(QT_TRANSLATE_NOOP("Report", "Meetings")),
        _t(QT_TRANSLATE_NOOP("Report", "Decisions")),
    ]
    rows: list[list[object]] = [
        [
            section.name,
            section.activity_total,
            len(section.finished),
            len(section.delayed),
            _count(section.deviations_shown, limit),
            len(section.meetings),
            len(section.decisions),
        ]
        for section in report.sections
    ]
    first = CONTENT_WIDTH * 0.28
    rest = (CONTENT_WIDTH - first) / 6
    return [
        para(_t(QT_TRANSLATE_NOOP("Report", "Summary for the area")), styles.heading),
        data_table(
            headers, rows, [first] + [rest] * 6, styles, numeric_columns=range(1, 7), header_size=7
        ),
    ]


def report_story(report: FollowUpReport) -> list[Flowable]:
    styles = make_styles()
    limit = report.threshold
    story: list[Flowable] = [
        para(_t(QT_TRANSLATE_NOOP("Report", "Follow-up report")), styles.title),
        para(report.group_name, styles.subtitle),
        key_value_table(
            [
                (_t(QT_TRANSLATE_NOOP("Report", "Area")), report.area or "–"),
                (
                    _t(QT_TRANSLATE_NOOP("Report", "Period")),
                    f"{report.period.label} ({report.period.start} – {report.period.end})",
                ),
                (_t(QT_TRANSLATE_NOOP("Report", "Written")), report.created.isoformat()),
            ],
            styles,
        ),
        para(
            _t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Counts of deviations from 1 to {below} are shown as “< {limit}”, with other "
                    "figures beside them hidden where needed, so that no case can be worked out. "
                    "Totals are the sum of the figures shown.",
                )
            ).format(below=limit - 1, limit=limit),
            styles.note,
        ),
    ]
    if report.covers_several_groups:
        story += _summary_story(report, styles)
    for section in report.sections:
        if report.covers_several_groups:
            # Each group starts high on a page, never as a heading at the foot of one.
            story.append(CondPageBreak(120 * mm))
            story.append(para(f"{section.name} – {section.level}", styles.heading))
            if section.area:
                story.append(
                    para(section.area, ParagraphStyle("area", parent=styles.group, keepWithNext=1))
                )
        story += _plan_story(section, styles)
        story += _indicator_story(section, styles)
        story += _deviation_story(section, limit, styles)
        story += _meeting_story(section, styles)
    if not report.sections:
        story.append(
            para(
                _t(QT_TRANSLATE_NOOP("Report", "No group is set up in this data folder.")),
                styles.body,
            )
        )
    return story


def _layout(document: dict[str, Any]) -> PdfLayout:
    report: FollowUpReport = document["report"]
    title = _t(QT_TRANSLATE_NOOP("Report", "Follow-up report"))
    info = DocumentInfo(
        title=f"{title} {report.group_name} {report.period.label}",
        author=report.group_name,
        subject=title,
        creator=f"{APP_NAME} {__version__}",
    )
    footer = f"{title} · {report.group_name} · {report.period.label}"
    return PdfLayout(report_story(report), info, footer)


def write_report_pdf(report: FollowUpReport, path: Path) -> Path:
    """Gate, lay out and write the report; refused before anything is written."""
    return write_pdf(
        Path(path),
        gate_report(report),
        _layout,
        lambda number, total: _t(QT_TRANSLATE_NOOP("Report", "Page {page} ({pages})")).format(
            page=number, pages=total
        ),
    )
