"""Building blocks shared by the program's A4 documents: styles, safe text, tables, footer.

User text never reaches reportlab's paragraph parser as markup: it is escaped
first and only then given our own tags (STACK_NOTES: `a<b` crashes a
Paragraph, `R&D` silently changes).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from bidi import get_display
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from narvard_desktop.paths import make_private_file
from narvard_desktop.privacy_gate import Gated, require_gated
from narvard_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from narvard_desktop.reports.pdfa import DocumentInfo, apply_archive_metadata

PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
GRID = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.92, 0.93, 0.95)
MUTED = colors.Color(0.3, 0.3, 0.3)
DRAFT = colors.Color(0.62, 0.1, 0.08)

# C0 control characters (except tab and newline) are not allowed in the paragraph XML.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# A word longer than this is cut into pieces of _WORD_PIECE characters (about a line).
_LONG_WORD = re.compile(r"[^\s]{81,}")
_WORD_PIECE = 60
# A user text longer than this is laid out as several paragraphs (see `paras`).
BLOCK_CHARACTERS = 1500
# Hebrew, Arabic, Syriac, Thaana, NKo … and their presentation forms.
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    heading_alone: ParagraphStyle
    section: ParagraphStyle
    decision: ParagraphStyle
    banner: ParagraphStyle
    group: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=10, leading=13.5, spaceAfter=3, splitLongWords=1
    )

    def derive(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        body=base,
        small=derive("small", fontSize=8, leading=10, textColor=MUTED),
        note=derive("note", fontSize=8, leading=10, textColor=MUTED, spaceBefore=2),
        cell=derive("cell", fontSize=9, leading=11.5, spaceAfter=0),
        cell_head=derive("cell_head", fontName=BOLD, fontSize=9, leading=11.5, spaceAfter=0),
        # A label heads what follows it (a table, decisions): never left at a page foot.
        label=derive(
            "label", fontName=BOLD, fontSize=9.5, leading=12, spaceBefore=4, keepWithNext=1
        ),
        title=derive("title", fontName=BOLD, fontSize=20, leading=24, spaceAfter=2),
        subtitle=derive("subtitle", fontSize=12, leading=15, spaceAfter=6),
        heading=derive(
            "heading", fontName=BOLD, fontSize=12, leading=15, spaceBefore=10, keepWithNext=1
        ),
        # A heading with nothing under it must not drag the next one along.
        heading_alone=derive(
            "heading_alone", fontName=BOLD, fontSize=12, leading=15, spaceBefore=10
        ),
        section=derive(
            "section", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, keepWithNext=1
        ),
        decision=derive("decision", leftIndent=6 * mm, firstLineIndent=0),
        banner=derive(
            "banner",
            fontName=BOLD,
            fontSize=10,
            borderColor=colors.black,
            borderWidth=0.8,
            borderPadding=5,
            # The border is drawn outside the text box; these indents line it up with the tables.
            leftIndent=5,
            rightIndent=-7,
            spaceBefore=6,
            spaceAfter=10,
        ),
        group=derive("group", fontName=BOLD, fontSize=10, leading=13, textColor=MUTED),
    )


def visual_order(line: str) -> str:
    """Right-to-left runs (Arabic, Hebrew) in the order a PDF draws them, left to right.

    reportlab draws characters in the order it gets them; without this a Hebrew
    word prints backwards and copies out of the PDF backwards too.
    """
    if not _RTL.search(line):
        return line
    return get_display(line)


def _break_long_words(text: str) -> str:
    """Words too long for any line, cut into pieces on lines of their own.

    reportlab can split a long word itself, but measures every prefix of it to do so,
    which takes seconds for a few thousand characters; pieces of a line's length are cheap.
    """
    return _LONG_WORD.sub(
        lambda found: "\n".join(
            found.group(0)[start : start + _WORD_PIECE]
            for start in range(0, len(found.group(0)), _WORD_PIECE)
        ),
        text,
    )


def safe_markup(text: object) -> str:
    """User text as paragraph markup that prints literally: escaped, newlines kept."""
    if text is None:
        return ""
    cleaned = _CONTROL.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))
    cleaned = _break_long_words(cleaned)
    lines = [escape(visual_order(line)) for line in cleaned.split("\n")]
    return "<br/>".join(lines)


def para(text: object, style: ParagraphStyle, prefix: str = "") -> Paragraph:
    """A paragraph of user text; `prefix` is our own (trusted) markup before it."""
    return Paragraph(prefix + safe_markup(text), style)


def paras(text: object, style: ParagraphStyle) -> list[Paragraph]:
    """A long user text as several paragraphs of at most about BLOCK_CHARACTERS each.

    reportlab lays a paragraph out again from its start at every page break, so one
    20 000-character paragraph costs seconds; blocks cut at a line, a sentence or a space
    cost milliseconds and still flow across pages.
    """
    remaining = "" if text is None else str(text)
    blocks: list[str] = []
    while len(remaining) > BLOCK_CHARACTERS:
        window = remaining[:BLOCK_CHARACTERS]
        cut = max(window.rfind("\n"), window.rfind(". ") + 1, window.rfind(" "))
        if cut < BLOCK_CHARACTERS // 2:
            cut = BLOCK_CHARACTERS
        blocks.append(remaining[:cut])
        remaining = remaining[cut:].lstrip(" \n")
    blocks.append(remaining)
    return [para(block, style) for block in blocks if block or len(blocks) == 1]


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    styles: Styles,
    *,
    numeric_columns: Sequence[int] = (),
    bold_last_row: bool = False,
    header_size: float | None = None,
) -> Table:
    """A grid with a repeated header row; long cells may continue on the next page."""
    numeric_style = ParagraphStyle("num", parent=styles.cell, alignment=2)
    head = styles.cell_head
    if header_size:
        head = ParagraphStyle(
            "head_small", parent=head, fontSize=header_size, leading=header_size + 2
        )
    numeric_head = ParagraphStyle("numh", parent=head, alignment=2)
    data: list[list[Flowable]] = [
        [
            para(header, numeric_head if index in numeric_columns else head)
            for index, header in enumerate(headers)
        ]
    ]
    for row in rows:
        data.append(
            [
                # A drawing (a small chart) goes in as it is; everything else is user text.
                value
                if isinstance(value, Flowable)
                else para("" if value is None else value, numeric_style)
                if index in numeric_columns
                else para("" if value is None else value, styles.cell)
                for index, value in enumerate(row)
            ]
        )
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if bold_last_row and rows:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), SHADE))
    # splitInRow lets a cell holding a very long text continue on the next page.
    return Table(
        data,
        colWidths=list(widths),
        repeatRows=1,
        splitInRow=30,
        style=table_style(commands),
        hAlign="LEFT",
    )


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style that never falls back to Helvetica, which is not embedded (PDF/A)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def key_value_table(rows: Sequence[tuple[str, object]], styles: Styles) -> Table:
    data = [[para(label, styles.cell_head), para(value, styles.cell)] for label, value in rows]
    return Table(
        data,
        colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm],
        splitInRow=30,
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
        hAlign="LEFT",
    )


def _numbered_canvas_class(
    footer_left: str,
    page_label: Callable[[int, int], str],
    info: DocumentInfo,
    header_mark: str | None = None,
) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Draws "Sida x (y)" once the total is known, i.e. when the document is saved."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = REGULAR
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            # reportlab's own page reset, private and so missing from its stubs.
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                if header_mark:
                    self._draw_header_mark(header_mark)
                Canvas.showPage(self)
            apply_archive_metadata(self, info)
            Canvas.save(self)

        def _draw_footer(self, number: int, total: int) -> None:
            self.saveState()
            self.setFont(REGULAR, 8)
            self.setFillColor(MUTED)
            y = MARGIN_BOTTOM - 12 * mm
            self.setStrokeColor(GRID)
            self.setLineWidth(0.4)
            self.line(MARGIN_X, y + 4 * mm, PAGE_SIZE[0] - MARGIN_X, y + 4 * mm)
            left = visual_order(_CONTROL.sub("", footer_left))
            max_width = CONTENT_WIDTH - 30 * mm
            while left and self.stringWidth(left, REGULAR, 8) > max_width:
                left = left[:-2] + "…"
            self.drawString(MARGIN_X, y, left)
            self.drawRightString(PAGE_SIZE[0] - MARGIN_X, y, page_label(number, total))
            self.restoreState()

        def _draw_header_mark(self, mark: str) -> None:
            # A draft's mark ("Utkast – ej justerat") on every page, above the text.
            self.saveState()
            self.setFont(BOLD, 9)
            self.setFillColor(DRAFT)
            y = PAGE_SIZE[1] - MARGIN_TOP + 7 * mm
            self.drawRightString(PAGE_SIZE[0] - MARGIN_X, y, _CONTROL.sub("", mark))
            self.restoreState()

    return NumberedCanvas


@dataclass(frozen=True)
class PdfLayout:
    """What a document prints: its story, its properties and the footer's left text."""

    story: list[Flowable]
    info: DocumentInfo
    footer_left: str


def write_pdf(
    path: Path,
    document: Gated[dict[str, Any]],
    lay_out: Callable[[dict[str, Any]], PdfLayout],
    page_label: Callable[[int, int], str],
    header_mark: str | None = None,
) -> Path:
    """Lay out the document on A4 and write it next to `path` first, then rename into place.

    The document must have passed the privacy gate: everything printed (story,
    properties, footer) is built by `lay_out` from the gated value, never from raw rows.
    """
    layout = lay_out(require_gated(document))
    story, info, footer_left = layout.story, layout.info, layout.footer_left
    register_fonts()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.stem}-", suffix=".pdf.tmp", dir=path.parent
    )
    os.close(handle)
    try:
        template = SimpleDocTemplate(
            temporary,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator=info.creator,
            lang=info.language,
            initialFontName=REGULAR,
        )
        template.build(
            story,
            canvasmaker=_numbered_canvas_class(footer_left, page_label, info, header_mark),
        )
        # mkstemp makes the file private; a protocol is meant to be shared like any document.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
        make_private_file(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
