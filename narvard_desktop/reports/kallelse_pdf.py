"""The kallelse (notice of a meeting): sender, kallelsedatum, when apologies are due, the
kallade and the agenda, on A4.

The kallade are the register's active members on the meeting day; they go on page 1,
before the agenda, when the list is short enough to leave room for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from narvard_desktop.domain import AGENDA_ITEM_KINDS, MEMBER_ROLES, label_for
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
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
    paras,
    safe_markup,
    table_style,
    write_pdf,
)
from narvard_desktop.reports.protocol_pdf import (
    NOTICE_TITLE,
    _attendance,
    _document_info,
    _footer_left,
    _header,
    _page_label,
    tr,
)
from narvard_desktop.services.meetings import meeting_document
from narvard_desktop.services.meetings.printing import print_context
from narvard_desktop.store import Store

# Up to this many kallade go before the agenda, so both fit on page 1.
INVITED_ON_FIRST_PAGE = 16


def _sender_rows(document: dict[str, Any]) -> list[tuple[str, object]]:
    context = document.get("print") or {}
    sender = context.get("sender")
    rows: list[tuple[str, object]] = [
        (tr(QT_TRANSLATE_NOOP("Protocol", "Date of notice")), context.get("notice_date") or "")
    ]
    group = document["group"]["name"]
    if sender:
        role = label_for(MEMBER_ROLES, sender["role"])
        who = ", ".join(part for part in (sender["name"], role.lower(), sender["email"]) if part)
        rows.append((tr(QT_TRANSLATE_NOOP("Protocol", "From")), f"{group} – {who}"))
        contact = f"{sender['name']} ({sender['email']})" if sender["email"] else sender["name"]
        rows.append(
            (
                tr(QT_TRANSLATE_NOOP("Protocol", "Apologies")),
                tr(QT_TRANSLATE_NOOP("Protocol", "Send apologies to {contact} by {date}.")).format(
                    contact=contact, date=context.get("apologies_by") or ""
                ),
            )
        )
    else:
        rows.append((tr(QT_TRANSLATE_NOOP("Protocol", "From")), group))
    return rows


def _invited(document: dict[str, Any], styles: Styles) -> list[Flowable]:
    invited = (document.get("print") or {}).get("invited") or []
    if not invited:
        return []
    heading = tr(QT_TRANSLATE_NOOP("Protocol", "Invited"))
    rows = [
        [
            member["name"],
            member.get("organisation") or "",
            ", ".join(
                part
                for part in (
                    label_for(MEMBER_ROLES, member["role"]) if member.get("role") else "",
                    member.get("function") or "",
                )
                if part
            ),
        ]
        for member in invited
    ]
    return [
        Paragraph(f"{safe_markup(heading)} ({len(invited)})", styles.section),
        data_table(
            [
                tr(QT_TRANSLATE_NOOP("Protocol", "Name")),
                tr(QT_TRANSLATE_NOOP("Protocol", "Organisation")),
                tr(QT_TRANSLATE_NOOP("Protocol", "Role and function")),
            ],
            rows,
            [0.3 * CONTENT_WIDTH, 0.38 * CONTENT_WIDTH, 0.32 * CONTENT_WIDTH],
            styles,
        ),
    ]


def _agenda(document: dict[str, Any], styles: Styles) -> list[Flowable]:
    rows = []
    for item in document["items"]:
        cell: list[Flowable] = [para(item["title"], styles.cell_head)]
        if item.get("notes"):
            cell += paras(item["notes"], styles.cell)
        rows.append(
            [
                para(f"§ {item['number']}", styles.cell),
                cell,
                para(label_for(AGENDA_ITEM_KINDS, item["kind"]), styles.cell),
            ]
        )
    if not rows:
        return []
    return [
        para(tr(QT_TRANSLATE_NOOP("Protocol", "Agenda")), styles.section),
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
        ),
    ]


def kallelse_story(document: dict[str, Any], options: ProtocolOptions) -> list[Flowable]:
    styles = make_styles()
    story = _header(document, tr(NOTICE_TITLE), styles, notice=True)
    story.append(key_value_table(_sender_rows(document), styles))
    invited = _invited(document, styles) if options.include_attendance else []
    if not invited and options.include_attendance:
        # No register yet: whoever is on the meeting's list is invited.
        invited = _attendance(document, styles, notice=True)
    count = len((document.get("print") or {}).get("invited") or [])
    if count and count <= INVITED_ON_FIRST_PAGE:
        story += invited + _agenda(document, styles)
    else:
        story += _agenda(document, styles) + invited
    return story


def write_kallelse_pdf(
    store: Store, meeting_id: str, path: Path, options: ProtocolOptions | None = None
) -> Path:
    """Write the notice of a meeting with its agenda and the kallade."""
    document = meeting_document(store, meeting_id)
    document["print"] = print_context(store, document)
    gated = checked_document(document)
    kind_title = tr(NOTICE_TITLE)

    def lay_out(document: dict[str, Any]) -> PdfLayout:
        return PdfLayout(
            kallelse_story(document, options or ProtocolOptions()),
            _document_info(document, kind_title),
            _footer_left(document, kind_title),
        )

    return write_pdf(Path(path), gated, lay_out, _page_label)
