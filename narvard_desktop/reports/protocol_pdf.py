"""The protocol (or minnesanteckningar) and the kallelse of a meeting as A4 PDFs.

Both are drawn from `services.meetings.meeting_document`, so a locked meeting
prints exactly the content that was approved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from narvard_desktop import APP_NAME, __version__, small_counts
from narvard_desktop.domain import (
    ACTIVITY_DELAYED_LABEL,
    ACTIVITY_STATUSES,
    label_for,
)
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.privacy_gate import require_gated
from narvard_desktop.reports.document_privacy import checked_document
from narvard_desktop.reports.options import ProtocolOptions
from narvard_desktop.reports.pdf_layout import (
    CONTENT_WIDTH,
    PdfLayout,
    Styles,
    data_table,
    key_value_table,
    make_styles,
    para,
    paras,
    safe_markup,
    write_pdf,
)
from narvard_desktop.reports.pdfa import DocumentInfo
from narvard_desktop.reports.protocol_blocks import (
    DRAFT_MARK,
    approval_lines,
    lock_stamp,
    posting_block,
    reopening_appendix,
    signature_block,
)
from narvard_desktop.services.meetings import meeting_document
from narvard_desktop.services.meetings.printing import print_context
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


def _header(
    document: dict[str, Any], kind_title: str, styles: Styles, *, notice: bool = False
) -> list[Flowable]:
    meeting = document["meeting"]
    is_protocol = meeting["kind"] == "protocol"
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
    if notice:
        # A notice names only who is known; an empty Ordförande line looks like an error.
        rows = [row for row in rows if row[1]]
    elif is_protocol:
        if document["adjusters"]:
            rows.append(
                (tr(QT_TRANSLATE_NOOP("Protocol", "Minutes checkers")), _adjuster_names(document))
            )
        lock = document.get("lock") or {}
        approval = lock.get("approval_date") or meeting.get("approval_date")
        rows.append((tr(QT_TRANSLATE_NOOP("Protocol", "Date of approval")), approval or ""))
        storage = (document.get("print") or {}).get("storage_place")
        if storage:
            rows.append((tr(QT_TRANSLATE_NOOP("Protocol", "Minutes kept at")), storage))
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


def _item(
    item: dict[str, Any], styles: Styles, options: ProtocolOptions, presented_by: bool = False
) -> list[Flowable]:
    story: list[Flowable] = []
    if item.get("notes"):
        story += paras(item["notes"], styles.body)
    elif presented_by:
        story.append(
            para(tr(QT_TRANSLATE_NOOP("Protocol", "Presented by the chair.")), styles.body)
        )
    if item.get("deviation_summary") and options.include_deviation_summary:
        story += _deviation_summary(item["deviation_summary"], styles)
    if item.get("action_plan_summary") and options.include_action_plan_summary:
        story += _action_plan_summary(item["action_plan_summary"], styles)
    if item.get("open_action_items") is not None and options.include_open_action_items:
        story += _open_action_items(item["open_action_items"], styles)
    if item["decisions"]:
        story.append(para(tr(QT_TRANSLATE_NOOP("Protocol", "Decision")), styles.label))
        for decision in item["decisions"]:
            story += paras(decision["text"], styles.decision)
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


def protocol_story(document: dict[str, Any], options: ProtocolOptions) -> list[Flowable]:
    styles = make_styles()
    kind_title = tr(KIND_TITLES.get(document["meeting"]["kind"], KIND_TITLES["protocol"]))
    story = _header(document, kind_title, styles)
    story += approval_lines(document, styles, _adjuster_names(document))
    if options.include_attendance:
        story += _attendance(document, styles, notice=False)
    presented_by = bool((document.get("print") or {}).get("print_presented_by"))
    items = [_item(item, styles, options, presented_by) for item in document["items"]]
    for flowables in items[:-1]:
        story += flowables
    # The signatures follow the last § on its page; when they must move, the last § moves
    # with them, so they never stand alone on a page without a heading.
    last = items[-1] if items else []
    story.append(KeepTogether([*last, *signature_block(document, styles)]))
    story += lock_stamp(document, styles)
    story += posting_block(document, styles)
    story += reopening_appendix(document, styles)
    return story


def is_draft(document: dict[str, Any]) -> bool:
    """A protocol not (yet) justerat; minnesanteckningar are never justerade, so no mark."""
    return document["meeting"]["kind"] == "protocol" and not document.get("lock")


def _footer_left(document: dict[str, Any], kind_title: str) -> str:
    return f"{document['group']['name']} · {kind_title} {document['meeting']['meeting_date']}"


def write_protocol_pdf(
    store: Store, meeting_id: str, path: Path, options: ProtocolOptions | None = None
) -> Path:
    """Write the protocol (or minnesanteckningar) of a meeting; a locked one says justerat.

    Refused (ValidationError) while any printed text holds a personnummer, and when a
    justerat protocol no longer matches the group's signature (it would print as justerat).
    """
    document = meeting_document(store, meeting_id)
    lock = document.get("lock")
    if lock and lock.get("intact") is False:
        from narvard_desktop.services.meetings.justering import TamperedLockError

        raise TamperedLockError(date=document["meeting"].get("meeting_date") or "")
    document["print"] = print_context(store, document)
    gated = checked_document(document)

    def lay_out(document: dict[str, Any]) -> PdfLayout:
        kind_title = tr(KIND_TITLES.get(document["meeting"]["kind"], KIND_TITLES["protocol"]))
        return PdfLayout(
            protocol_story(document, options or ProtocolOptions()),
            _document_info(document, kind_title),
            _footer_left(document, kind_title),
        )

    mark = tr(DRAFT_MARK) if is_draft(require_gated(gated)) else None
    return write_pdf(Path(path), gated, lay_out, _page_label, mark)


# The kallelse lives in its own module and borrows the header from this one; it is named
# here too, where the commands and the export dialog have always found it.
from narvard_desktop.reports.kallelse_pdf import kallelse_story, write_kallelse_pdf  # noqa: E402

__all__ = ["ProtocolOptions", "kallelse_story", "write_kallelse_pdf", "write_protocol_pdf"]
