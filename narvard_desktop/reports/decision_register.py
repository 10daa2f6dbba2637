"""Beslutsregistret as a file: Excel (.xlsx), CSV or PDF, always through the privacy gate.

The workbook and the CSV are shared like the shared workbook: a text that looks like a
personnummer is withheld (written empty) and the count of withheld texts is returned so
the caller can say so. The PDF is printed like a protocol: a hit refuses the whole file
and names the meeting and §, because a register with a hole in it would be wrong.
User text is always text: never a formula in Excel or in a CSV opened by Excel.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from narvard_desktop import APP_NAME, __version__
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.privacy_gate import REFUSE, WITHHOLD, Gated, PrivacyGate, require_gated
from narvard_desktop.reports.table_files import csv_bytes, replace_privately, xlsx_bytes
from narvard_desktop.services.decision_register import (
    COLUMNS,
    CONTEXT,
    DecisionRow,
    column_headers,
)

TITLE = QT_TRANSLATE_NOOP("DecisionRegister", "Decision register")
PAGE_LABEL = QT_TRANSLATE_NOOP("DecisionRegister", "Page {page} ({pages})")
IDENTIFIER_IN_REGISTER = QT_TRANSLATE_NOOP(
    "Errors",
    "The decision register holds text that looks like a personnummer or samordningsnummer "
    "({places}). Remove it before the PDF is written: it can become a public document.",
)
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "The file {file} must end in .xlsx, .csv or .pdf to say what to write."
)
_WIDTHS = {"meeting_date": 12, "paragraph": 7, "text": 70, "meeting": 30, "actions": 18}


@dataclass(frozen=True)
class RegisterWritten:
    path: Path
    rows: int
    withheld: int


def _gated_rows(
    rows: list[DecisionRow], mode: str
) -> tuple[Gated[list[dict[str, str]]], PrivacyGate]:
    gate = PrivacyGate("decision_register", mode=mode)
    return gate.value([row.cells() for row in rows], "decisions", table="decisions"), gate


def _table_rows(rows: list[dict[str, str]]) -> list[list[str]]:
    return [[row[key] for key, _header in COLUMNS] for row in rows]


def _write_pdf(path: Path, document: Gated[dict[str, Any]]) -> None:
    from narvard_desktop.reports.pdf_layout import (
        CONTENT_WIDTH,
        PdfLayout,
        data_table,
        make_styles,
        para,
        write_pdf,
    )
    from narvard_desktop.reports.pdfa import DocumentInfo

    def lay_out(content: dict[str, Any]) -> PdfLayout:
        styles = make_styles()
        title = translate(CONTEXT, TITLE)
        group = content["group"]
        widths = [0.13, 0.07, 0.45, 0.2, 0.15]
        story = [
            para(title, styles.title),
            para(group, styles.subtitle),
            data_table(
                content["headers"],
                _table_rows(content["rows"]),
                [CONTENT_WIDTH * share for share in widths],
                styles,
            ),
        ]
        info = DocumentInfo(
            title=f"{title} {group}",
            author=group,
            subject=title,
            creator=f"{APP_NAME} {__version__}",
        )
        return PdfLayout(story, info, f"{group} · {title}")

    def page_label(number: int, total: int) -> str:
        return translate(CONTEXT, PAGE_LABEL).format(page=number, pages=total)

    write_pdf(path, document, lay_out, page_label)


def write_register(path: Path, rows: list[DecisionRow], group_name: str) -> RegisterWritten:
    """Write the register in the format the file name says; gated, whole or not at all."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv", ".pdf"):
        raise ValidationError(UNKNOWN_FORMAT, field="file", file=path.name)
    mode = REFUSE if suffix == ".pdf" else WITHHOLD
    gated, gate = _gated_rows(rows, mode)
    group_gate = PrivacyGate("decision_register", mode=mode)
    group = group_gate.text(group_name, "group")
    if suffix == ".pdf" and (gate.refused() or group_gate.refused()):
        places = []
        for withheld in gate.refused():
            index = int(withheld.field.split("[", 1)[1].split("]", 1)[0])
            place = f"{rows[index].meeting_date} {rows[index].paragraph}".strip()
            if place not in places:
                places.append(place)
        raise ValidationError(IDENTIFIER_IN_REGISTER, places=", ".join(places) or group_name)
    cleaned: list[dict[str, str]] = require_gated(gated)
    headers = column_headers()
    if suffix == ".csv":
        replace_privately(path, csv_bytes(headers, _table_rows(cleaned)))
    elif suffix == ".xlsx":
        title = translate(CONTEXT, TITLE)
        widths = [_WIDTHS[key] for key, _header in COLUMNS]
        dates = [index for index, (key, _h) in enumerate(COLUMNS) if key == "meeting_date"]
        content = xlsx_bytes(title, headers, _table_rows(cleaned), dates=dates, widths=widths)
        replace_privately(path, content)
    else:
        document = {"headers": headers, "rows": cleaned, "group": group}
        _write_pdf(path, group_gate.value(document, "document"))
    return RegisterWritten(path, len(cleaned), len(gate.withheld) + len(group_gate.withheld))
