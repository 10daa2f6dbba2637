"""The protocol (or minnesanteckningar) and the kallelse of a meeting as A4 PDFs.

Both are drawn from `services.meetings.meeting_document`, so a locked meeting
prints exactly the content that was approved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from narvard_desktop import APP_NAME, __version__, small_counts
from narvard_desktop.domain import (
    ACTIVITY_DELAYED_LABEL,
    ACTIVITY_STATUSES,
    AGENDA_ITEM_KINDS,
    label_for,
)
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.reports.document_privacy import checked_document
from narvard_desktop.reports.options import ProtocolOptions
from narvard_desktop.reports.pdf_layout import (
    CONTENT_WIDTH,
    GRID,
    PdfLayout,
    Styles,
    data_table,
    key_value_table,
    make_styles,
    para,
    safe_markup,
    table_style,
    write_pdf,
)
from narvard_desktop.reports.pdfa import DocumentInfo
from narvard_desktop.services.meetings import meeting_document
from narvard_desktop.store import Store

_CTX = "Protocol"


def tr(text: str) -> str:
    return translate(_CTX, text)


KIND_TITLES = {
    "protocol": QT_TRANSLATE_NOOP("Protocol", "Minutes"),
    "notes": QT_TRANSLATE_NOOP("Protocol", "Meeting notes"),
}
NOTICE_TITLE = QT_TRANSLATE_NOOP("Protocol", "Notice of meeting")
PRESENCE_HEADINGS = (
    ("present", QT_TRANSLATE_NOOP("Protocol", "Present")),
    ("absent", QT_TRANSLATE_NOOP("Protocol", "Absent")),
    ("co_opted", QT_TRANSLATE_NOOP("Protocol", "Co-opted")),
)
LINK_KIND_LABELS = {
    "activity": QT_TRANSLATE_NOOP("Protocol", "Activity"),
    "indicator": QT_TRANSLATE_NOOP("Protocol", "Indicator"),
    "deviation": QT_TRANSLATE_NOOP("Protocol", "Deviation"),
    "action_item": QT_TRANSLATE_NOOP("Protocol", "Action item"),
}


def _time_span(meeting: dict[str, Any]) -> str:
    start, end = meeting.get("start_time"), meeting.get("end_time")
    if start and end:
        return f"{start}–{end}"
    return start or end or ""


def _person_name(person: dict[str, Any] | None) -> str:
    return person["name"] if person else ""


def _adjuster_names(document: dict[str, Any]) -> str:
    return tr(QT_TRANSLATE_NOOP("Protocol", " and ")).join(
        person["name"] for person in document["adjusters"]
    )


def _document_info(document: dict[str, Any], kind_title: str) -> DocumentInfo:
    meeting = document["meeting"]
    group_name = document["group"]["name"]
    return DocumentInfo(
        title=f"{kind_title} {group_name} {meeting['meeting_date']}",
        author=group_name,
        subject=kind_title,
        creator=f"{APP_NAME} {__version__}",
    )


def _page_label(number: int, total: int) -> str:
    return tr(QT_TRANSLATE_NOOP("Protocol", "Page {page} ({pages})")).format(
        page=number, pages=total
    )


def _header(document: dict[str, Any], kind_title: str, styles: Styles) -> list[Flowable]:
    meeting = document["meeting"]
    story: list[Flowable] = [
        para(document["group"]["name"], styles.group),
        Paragraph(safe_markup(kind_title), styles.title),
    ]
    if meeting.get("title"):
        story.append(para(meeting["title"], styles.subtitle))
    rows: list[tuple[str, object]] = [
        (tr(QT_TRANSLATE_NOOP("Protocol", "Date")), meeting["meeting_date"]),
        (tr(QT_TRANSLATE_NOOP("Protocol", "Time")), _time_span(meeting)),
        (tr(QT_TRANSLATE_NOOP("Protocol", "Place")), meeting.get("place") or ""),
        (tr(QT_TRANSLATE_NOOP("Protocol", "Chair")), _person_name(document["chair"])),
        (tr(QT_TRANSLATE_NOOP("Protocol", "Secretary")), _person_name(document["secretary"])),
    ]
    if document["adjusters"]:
        rows.append(
            (tr(QT_TRANSLATE_NOOP("Protocol", "Minutes checkers")), _adjuster_names(document))
        )
    story += [Spacer(1, 3 * mm), key_value_table(rows, styles)]
    return story


def _attendance(document: dict[str, Any], styles: Styles, notice: bool) -> list[Flowable]:
    widths = [0.34 * CONTENT_WIDTH, 0.38 * CONTENT_WIDTH, 0.28 * CONTENT_WIDTH]
    headers = [
        tr(QT_TRANSLATE_NOOP("Protocol", "Name")),
        tr(QT_TRANSLATE_NOOP("Protocol", "Organisation")),
        tr(QT_TRANSLATE_NOOP("Protocol", "Function")),
    ]

    def rows_of(entries: list[dict[str, Any]]) -> list[list[object]]:
        return [[e["name"], e["organisation_name"], e["function"]] for e in entries]

    if notice:
        entries = document["attendance"]
        if not entries:
            return []
        heading = tr(QT_TRANSLATE_NOOP("Protocol", "Invited"))
        return [
            Paragraph(f"{safe_markup(heading)} ({len(entries)})", styles.section),
            data_table(headers, rows_of(entries), widths, styles),
        ]
    story: list[Flowable] = []
    for presence, heading_source in PRESENCE_HEADINGS:
        entries = [e for e in document["attendance"] if e["presence"] == presence]
        if not entries:
            continue
        story += [
            Paragraph(f"{safe_markup(tr(heading_source))} ({len(entries)})", styles.section),
            data_table(headers, rows_of(entries), widths, styles),
        ]
    return story


def _deviation_summary(summary: dict[str, Any], styles: Styles) -> list[Flowable]:
    # A protocol can become a public document: it prints whole months and hides small
    # counts (small_counts); the exact figures stay on the group's own screen.
    limit = small_counts.valid_threshold(summary.get("threshold")) or small_counts.DEFAULT_THRESHOLD
    months = summary.get("months")
    if months:
        source_rows = months["rows"]
        if months["start"]:
            period = tr(
                QT_TRANSLATE_NOOP("Protocol", "Deviations reported in {start} to {end}")
            ).format(start=months["start"], end=months["end"])
        else:
            period = tr(
                QT_TRANSLATE_NOOP("Protocol", "Deviations reported up to the end of {end}")
            ).format(end=months["end"])
    else:  # frozen before whole months were kept: the meeting's own period
        source_rows = summary["rows"]
        if summary["since"]:
            period = tr(
                QT_TRANSLATE_NOOP("Protocol", "Deviations reported after {since} up to {until}")
            ).format(since=summary["since"], until=summary["until"])
        else:
            period = tr(QT_TRANSLATE_NOOP("Protocol", "Deviations reported up to {until}")).format(
                until=summary["until"]
            )
    story: list[Flowable] = [para(period, styles.label)]
    if not source_rows:
        story.append(
            para(tr(QT_TRANSLATE_NOOP("Protocol", "No deviations were reported.")), styles.body)
        )
        return story
    cells, shown_total = small_counts.suppressed_cells([row["count"] for row in source_rows], limit)
    hidden = small_counts.hidden_label(limit)
    rows: list[list[object]] = [
        # "< 5" for a small count; "–" for one hidden beside it, so no sum gives it away.
        [row["name"], cell if cell is not None else hidden if row["count"] < limit else "–"]
        for row, cell in zip(source_rows, cells, strict=True)
    ]
    any_hidden = any(cell is None for cell in cells)
    total_label = (
        tr(QT_TRANSLATE_NOOP("Protocol", "Total of the counts shown"))
        if any_hidden
        else tr(QT_TRANSLATE_NOOP("Protocol", "Total"))
    )
    rows.append([total_label, shown_total])
    story.append(
        data_table(
            [
                tr(QT_TRANSLATE_NOOP("Protocol", "Category")),
                tr(QT_TRANSLATE_NOOP("Protocol", "Number")),
            ],
            rows,
            [CONTENT_WIDTH - 30 * mm, 30 * mm],
            styles,
            numeric_columns=(1,),
            bold_last_row=True,
        )
    )
    note = tr(
        QT_TRANSLATE_NOOP("Protocol", "Counts only; the descriptions stay in the deviation log.")
    )
    if any_hidden:
        note += " " + tr(
            QT_TRANSLATE_NOOP(
                "Protocol",
                "Categories with fewer than {threshold} cases are not shown as numbers, "
                "nor (–) enough others that they cannot be worked out; the total counts "
                "only the numbers shown.",
            )
        ).format(threshold=limit)
    story.append(para(note, styles.note))
    return story


def _activity_lines(entries: list[dict[str, Any]], styles: Styles) -> list[Flowable]:
    return [
        para(f"{entry['due_date']}  {entry['title']}", styles.decision, prefix="– ")
        for entry in entries
    ]


def _action_plan_summary(summary: dict[str, Any], styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        para(
            tr(QT_TRANSLATE_NOOP("Protocol", "Activities by way of working on {date}")).format(
                date=summary["as_of"]
            ),
            styles.label,
        )
    ]
    if not summary["ways"]:
        story.append(
            para(
                tr(QT_TRANSLATE_NOOP("Protocol", "The action plan has no activities.")),
                styles.body,
            )
        )
        return story
    statuses = [choice.code for choice in ACTIVITY_STATUSES]
    headers = [tr(QT_TRANSLATE_NOOP("Protocol", "Way of working"))]
    headers += [label_for(ACTIVITY_STATUSES, code) for code in statuses]
    headers.append(translate("Domain", ACTIVITY_DELAYED_LABEL))
    rows = [
        [
            f"{way['code']} {way['name']}".strip(),
            *[way["counts"].get(c, 0) for c in statuses],
            way["delayed"],
        ]
        for way in summary["ways"]
    ]
    number_width = 19.5 * mm
    story.append(
        data_table(
            headers,
            rows,
            [CONTENT_WIDTH - 6 * number_width] + [number_width] * 6,
            styles,
            numeric_columns=tuple(range(1, 7)),
            header_size=7,
        )
    )
    if summary["delayed"]:
        story.append(para(tr(QT_TRANSLATE_NOOP("Protocol", "Delayed activities")), styles.label))
        story += _activity_lines(summary["delayed"], styles)
    if summary["due_soon"]:
        if summary["next_meeting_date"]:
            text = tr(QT_TRANSLATE_NOOP("Protocol", "Due before the next meeting ({date})"))
            text = text.format(date=summary["next_meeting_date"])
        else:
            text = tr(QT_TRANSLATE_NOOP("Protocol", "Due by {date}")).format(
                date=summary["due_until"]
            )
        story.append(para(text, styles.label))
        story += _activity_lines(summary["due_soon"], styles)
    return story


def _open_action_items(entries: list[dict[str, Any]], styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        para(
            tr(QT_TRANSLATE_NOOP("Protocol", "Open action items from earlier meetings")),
            styles.label,
        )
    ]
    if not entries:
        story.append(para(tr(QT_TRANSLATE_NOOP("Protocol", "No open action items.")), styles.body))
        return story
    story.append(
        data_table(
            [
                tr(QT_TRANSLATE_NOOP("Protocol", "Meeting")),
                tr(QT_TRANSLATE_NOOP("Protocol", "Who")),
                tr(QT_TRANSLATE_NOOP("Protocol", "What")),
                tr(QT_TRANSLATE_NOOP("Protocol", "By")),
            ],
            [[e["meeting_date"], e["who"], e["what"], e["due_date"]] for e in entries],
            [24 * mm, 40 * mm, CONTENT_WIDTH - 88 * mm, 24 * mm],
            styles,
        )
    )
    return story


def _item(item: dict[str, Any], styles: Styles, options: ProtocolOptions) -> list[Flowable]:
    story: list[Flowable] = []
    if item.get("notes"):
        story.append(para(item["notes"], styles.body))
    if item.get("deviation_summary") and options.include_deviation_summary:
        story += _deviation_summary(item["deviation_summary"], styles)
    if item.get("action_plan_summary") and options.include_action_plan_summary:
        story += _action_plan_summary(item["action_plan_summary"], styles)
    if item.get("open_action_items") is not None and options.include_open_action_items:
        story += _open_action_items(item["open_action_items"], styles)
    if item["decisions"]:
        story.append(para(tr(QT_TRANSLATE_NOOP("Protocol", "Decision")), styles.label))
        story += [para(decision["text"], styles.decision) for decision in item["decisions"]]
    if item["action_items"]:
        story.append(para(tr(QT_TRANSLATE_NOOP("Protocol", "Action items")), styles.label))
        story.append(
            data_table(
                [
                    tr(QT_TRANSLATE_NOOP("Protocol", "Who")),
                    tr(QT_TRANSLATE_NOOP("Protocol", "What")),
                    tr(QT_TRANSLATE_NOOP("Protocol", "By")),
                ],
                [[a["who"], a["what"], a["due_date"]] for a in item["action_items"]],
                [45 * mm, CONTENT_WIDTH - 69 * mm, 24 * mm],
                styles,
            )
        )
    if item["links"] and options.include_links:
        story.append(para(tr(QT_TRANSLATE_NOOP("Protocol", "Linked to")), styles.label))
        for link in item["links"]:
            kind = tr(LINK_KIND_LABELS.get(link["kind"], link["kind"]))
            story.append(para(f"{kind}: {link['label']}", styles.decision, prefix="– "))
    heading_style = styles.heading if story else styles.heading_alone
    heading = f"§ {item['number']}&nbsp;&nbsp;{safe_markup(item['title'])}"
    return [Paragraph(heading, heading_style), *story]


def _signature(label: str, person: dict[str, Any] | None, styles: Styles) -> Table:
    width = CONTENT_WIDTH / 2 - 8 * mm
    name = person["name"] if person else ""
    organisation = (person or {}).get("organisation") or ""
    rows: list[list[Flowable]] = [
        [para(label, styles.cell_head)],
        [Spacer(1, 8 * mm)],
        [para(tr(QT_TRANSLATE_NOOP("Protocol", "Place and date")), styles.small)],
        [Spacer(1, 12 * mm)],
        [para(name, styles.cell)],
        [para(organisation, styles.small)],
    ]
    return Table(
        rows,
        colWidths=[width],
        style=table_style(
            [
                ("LINEABOVE", (0, 2), (0, 2), 0.6, GRID),
                ("LINEABOVE", (0, 4), (0, 4), 0.6, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
    )


def _signature_block(document: dict[str, Any], styles: Styles) -> list[Flowable]:
    # Ort och datum go on a line of their own above each signature (Swedish practice).
    is_protocol = document["meeting"]["kind"] == "protocol"
    recorded_by = (
        QT_TRANSLATE_NOOP("Protocol", "Secretary (recorded by)")
        if is_protocol
        else QT_TRANSLATE_NOOP("Protocol", "Notes taken by")
    )
    cells: list[Flowable] = [
        _signature(tr(recorded_by), document["secretary"], styles),
        _signature(tr(QT_TRANSLATE_NOOP("Protocol", "Chair")), document["chair"], styles),
    ]
    if is_protocol:
        adjusters = list(document["adjusters"]) or [None]
        for person in adjusters:
            cells.append(
                _signature(tr(QT_TRANSLATE_NOOP("Protocol", "Minutes checker")), person, styles)
            )
    if len(cells) % 2:
        cells.append(Spacer(1, 1))
    grid = Table(
        [cells[i : i + 2] for i in range(0, len(cells), 2)],
        colWidths=[CONTENT_WIDTH / 2] * 2,
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8 * mm),
            ]
        ),
        hAlign="LEFT",
    )
    return [
        Spacer(1, 6 * mm),
        KeepTogether(
            [
                para(tr(QT_TRANSLATE_NOOP("Protocol", "Signatures")), styles.section),
                Spacer(1, 4 * mm),
                grid,
            ]
        ),
    ]


def _approval_lines(document: dict[str, Any], styles: Styles) -> list[Flowable]:
    lock = document.get("lock")
    if not lock:
        return []
    names = _adjuster_names(document)
    if names:
        text = tr(QT_TRANSLATE_NOOP("Protocol", "Approved (justerat) {date} by {names}")).format(
            date=lock["approval_date"], names=names
        )
    else:
        text = tr(QT_TRANSLATE_NOOP("Protocol", "Approved (justerat) {date}")).format(
            date=lock["approval_date"]
        )
    return [para(text, styles.banner)]


def protocol_story(document: dict[str, Any], options: ProtocolOptions) -> list[Flowable]:
    styles = make_styles()
    kind_title = tr(KIND_TITLES.get(document["meeting"]["kind"], KIND_TITLES["protocol"]))
    story = _header(document, kind_title, styles)
    story += _approval_lines(document, styles)
    if options.include_attendance:
        story += _attendance(document, styles, notice=False)
    for item in document["items"]:
        story += _item(item, styles, options)
    story += _signature_block(document, styles)
    lock = document.get("lock")
    if lock:
        story.append(
            para(
                tr(
                    QT_TRANSLATE_NOOP(
                        "Protocol", "Locked {time} UTC. Checksum (SHA-256): {checksum}"
                    )
                ).format(
                    time=(lock["locked_at"] or "")[:16].replace("T", " "), checksum=lock["checksum"]
                ),
                styles.small,
            )
        )
    return story


def kallelse_story(document: dict[str, Any], options: ProtocolOptions) -> list[Flowable]:
    styles = make_styles()
    story = _header(document, tr(NOTICE_TITLE), styles)
    story.append(para(tr(QT_TRANSLATE_NOOP("Protocol", "Agenda")), styles.section))
    rows = []
    for item in document["items"]:
        cell: list[Flowable] = [para(item["title"], styles.cell_head)]
        if item.get("notes"):
            cell.append(para(item["notes"], styles.cell))
        rows.append(
            [
                para(f"§ {item['number']}", styles.cell),
                cell,
                para(label_for(AGENDA_ITEM_KINDS, item["kind"]), styles.cell),
            ]
        )
    story.append(
        Table(
            rows,
            colWidths=[16 * mm, CONTENT_WIDTH - 46 * mm, 30 * mm],
            splitInRow=30,
            hAlign="LEFT",
            style=table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            ),
        )
    )
    if options.include_attendance:
        story += _attendance(document, styles, notice=True)
    return story


def _footer_left(document: dict[str, Any], kind_title: str) -> str:
    return f"{document['group']['name']} · {kind_title} {document['meeting']['meeting_date']}"


def write_protocol_pdf(
    store: Store, meeting_id: str, path: Path, options: ProtocolOptions | None = None
) -> Path:
    """Write the protocol (or minnesanteckningar) of a meeting; a locked one says justerat.

    Refused (ValidationError) while any printed text holds a personnummer.
    """
    gated = checked_document(meeting_document(store, meeting_id))

    def lay_out(document: dict[str, Any]) -> PdfLayout:
        kind_title = tr(KIND_TITLES.get(document["meeting"]["kind"], KIND_TITLES["protocol"]))
        return PdfLayout(
            protocol_story(document, options or ProtocolOptions()),
            _document_info(document, kind_title),
            _footer_left(document, kind_title),
        )

    return write_pdf(Path(path), gated, lay_out, _page_label)


def write_kallelse_pdf(
    store: Store, meeting_id: str, path: Path, options: ProtocolOptions | None = None
) -> Path:
    """Write the notice of a meeting with its agenda (and whom it invites)."""
    gated = checked_document(meeting_document(store, meeting_id))
    kind_title = tr(NOTICE_TITLE)

    def lay_out(document: dict[str, Any]) -> PdfLayout:
        return PdfLayout(
            kallelse_story(document, options or ProtocolOptions()),
            _document_info(document, kind_title),
            _footer_left(document, kind_title),
        )

    return write_pdf(Path(path), gated, lay_out, _page_label)
