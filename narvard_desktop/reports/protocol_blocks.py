"""The parts of a protocol a registrar looks for: signatures with the §§ range, ort and
date lines, the justering and lock stamp in local time, the reopening history, and the
optional anslag/bevis block with the förvaringsplats.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.reports.pdf_layout import (
    CONTENT_WIDTH,
    GRID,
    Styles,
    data_table,
    para,
    table_style,
)

_CTX = "Protocol"
DRAFT_MARK = QT_TRANSLATE_NOOP("Protocol", "Draft – not approved (ej justerat)")


def tr(text: str) -> str:
    return translate(_CTX, text)


def local_time(stamp: str | None) -> str:
    """A stored UTC time stamp as the reader's local time with its zone: 2026-12-01 13:05 CET."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    local = moment.astimezone()
    offset = local.strftime("%z")
    zone = local.tzname() or ""
    shown_offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else ""
    if zone and zone != shown_offset and not zone.startswith(("+", "-")):
        return f"{local:%Y-%m-%d %H:%M} {zone} ({shown_offset})"
    return f"{local:%Y-%m-%d %H:%M} {shown_offset}".strip()


def paragraph_range(document: dict[str, Any]) -> str:
    numbers = [item["number"] for item in document["items"] if item.get("number") is not None]
    if not numbers:
        return ""
    first, last = min(numbers), max(numbers)
    if first == last:
        return tr(QT_TRANSLATE_NOOP("Protocol", "Paragraph § {first}")).format(first=first)
    return tr(QT_TRANSLATE_NOOP("Protocol", "Paragraphs §§ {first}–{last}")).format(
        first=first, last=last
    )


def _signature(label: str, person: dict[str, Any] | None, styles: Styles) -> Table:
    width = CONTENT_WIDTH / 2 - 8 * mm
    name = person["name"] if person else ""
    organisation = (person or {}).get("organisation") or ""
    rows: list[list[Flowable]] = [
        [para(label, styles.cell_head)],
        [Spacer(1, 14 * mm)],
        [para(name, styles.cell)],
        [para(organisation, styles.small)],
    ]
    return Table(
        rows,
        colWidths=[width],
        style=table_style(
            [
                ("LINEABOVE", (0, 2), (0, 2), 0.6, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
    )


def _place_and_date(document: dict[str, Any], styles: Styles) -> Table:
    """Ort and date above the signatures: filled in when known, a line to write on when not."""
    context = document.get("print") or {}
    lock = document.get("lock") or {}
    town = context.get("town") or ""
    approved = lock.get("approval_date") or document["meeting"].get("approval_date") or ""
    rows = [
        [
            para(tr(QT_TRANSLATE_NOOP("Protocol", "Place (ort)")), styles.small),
            para(tr(QT_TRANSLATE_NOOP("Protocol", "Date")), styles.small),
        ],
        [para(town, styles.cell), para(approved, styles.cell)],
    ]
    half = CONTENT_WIDTH / 2 - 8 * mm
    return Table(
        rows[::-1],
        colWidths=[half, half + 8 * mm],
        hAlign="LEFT",
        style=table_style(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.6, GRID),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 16),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
    )


def signature_block(document: dict[str, Any], styles: Styles) -> list[Flowable]:
    """Signatures under the §§ range; minnesanteckningar have no adjusters."""
    is_protocol = document["meeting"]["kind"] == "protocol"
    recorded_by = (
        QT_TRANSLATE_NOOP("Protocol", "Secretary (recorded by)")
        if is_protocol
        else QT_TRANSLATE_NOOP("Protocol", "Notes taken by")
    )
    cells: list[Flowable] = [_signature(tr(recorded_by), document["secretary"], styles)]
    if is_protocol:
        cells.append(
            _signature(tr(QT_TRANSLATE_NOOP("Protocol", "Chair")), document["chair"], styles)
        )
        wanted = max(int((document.get("print") or {}).get("adjusters_required") or 1), 1)
        adjusters = list(document["adjusters"]) or [None] * wanted
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
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * mm),
            ]
        ),
        hAlign="LEFT",
    )
    story: list[Flowable] = [
        Spacer(1, 6 * mm),
        para(tr(QT_TRANSLATE_NOOP("Protocol", "Signatures")), styles.section),
    ]
    covered = paragraph_range(document)
    if covered and is_protocol:
        story.append(para(covered, styles.label))
    if is_protocol:
        story += [_place_and_date(document, styles), Spacer(1, 5 * mm)]
    story.append(grid)
    return story


def approval_lines(document: dict[str, Any], styles: Styles, names: str) -> list[Flowable]:
    lock = document.get("lock")
    if not lock:
        return []
    if names:
        text = tr(QT_TRANSLATE_NOOP("Protocol", "Approved (justerat) {date} by {names}")).format(
            date=lock["approval_date"], names=names
        )
    else:
        text = tr(QT_TRANSLATE_NOOP("Protocol", "Approved (justerat) {date}")).format(
            date=lock["approval_date"]
        )
    return [para(text, styles.banner)]


def lock_stamp(document: dict[str, Any], styles: Styles) -> list[Flowable]:
    lock = document.get("lock")
    if not lock:
        return []
    return [
        para(
            tr(
                QT_TRANSLATE_NOOP("Protocol", "Locked {time}. Checksum (SHA-256): {checksum}")
            ).format(time=local_time(lock["locked_at"]), checksum=lock["checksum"]),
            styles.small,
        )
    ]


def posting_block(document: dict[str, Any], styles: Styles) -> list[Flowable]:
    """Anslag/bevis: that the justering was posted, and where the minutes are kept."""
    context = document.get("print") or {}
    lock = document.get("lock") or {}
    # Posted once approved: a draft has no justering to announce.
    if document["meeting"]["kind"] != "protocol" or not context.get("print_posting") or not lock:
        return []
    rows = [
        (tr(QT_TRANSLATE_NOOP("Protocol", "Body")), document["group"]["name"]),
        (tr(QT_TRANSLATE_NOOP("Protocol", "Date of meeting")), document["meeting"]["meeting_date"]),
        (tr(QT_TRANSLATE_NOOP("Protocol", "Date of approval")), lock.get("approval_date") or ""),
        (tr(QT_TRANSLATE_NOOP("Protocol", "Notice posted on")), ""),
        (tr(QT_TRANSLATE_NOOP("Protocol", "Notice taken down on")), ""),
        (tr(QT_TRANSLATE_NOOP("Protocol", "Minutes kept at")), context.get("storage_place") or ""),
        (tr(QT_TRANSLATE_NOOP("Protocol", "Signature")), ""),
    ]
    table = Table(
        [[para(label, styles.cell_head), para(value, styles.cell)] for label, value in rows],
        colWidths=[48 * mm, CONTENT_WIDTH - 48 * mm],
        hAlign="LEFT",
        style=table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, GRID),
                ("LINEBELOW", (1, 0), (1, -1), 0.4, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        ),
    )
    # The certificate is one form: it moves to the next page whole rather than split.
    return [
        Spacer(1, 6 * mm),
        KeepTogether(
            [
                para(
                    tr(QT_TRANSLATE_NOOP("Protocol", "Posting certificate (anslag/bevis)")),
                    styles.section,
                ),
                para(
                    tr(
                        QT_TRANSLATE_NOOP(
                            "Protocol",
                            "The approval of these minutes has been announced by posting.",
                        )
                    ),
                    styles.body,
                ),
                table,
            ]
        ),
    ]


def reopening_appendix(document: dict[str, Any], styles: Styles) -> list[Flowable]:
    """Once a protocol has been reopened, the history goes in a short appendix."""
    rows = document.get("reopenings") or []
    if not rows:
        return []
    return [
        Spacer(1, 6 * mm),
        para(
            tr(QT_TRANSLATE_NOOP("Protocol", "Appendix: opened for changes after justering")),
            styles.section,
        ),
        data_table(
            [
                tr(QT_TRANSLATE_NOOP("Protocol", "When")),
                tr(QT_TRANSLATE_NOOP("Protocol", "Opened by")),
                tr(QT_TRANSLATE_NOOP("Protocol", "Reason")),
            ],
            [
                [local_time(row["reopened_at"]), row.get("reopened_by") or "", row["reason"]]
                for row in rows
            ],
            [44 * mm, 40 * mm, CONTENT_WIDTH - 84 * mm],
            styles,
        ),
    ]
