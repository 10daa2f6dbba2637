"""The embedded font of every PDF the program writes.

reportlab's built-in Helvetica is not embedded and knows no åäö beyond
Latin-1, so every document uses DejaVu Sans (shipped in narvard_desktop/resources/fonts with
its licence), which also covers Arabic, Hebrew and many symbols.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from narvard_desktop.paths import resources_dir

REGULAR = "NarvardSans"
BOLD = "NarvardSans-Bold"
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
LICENCE_FILE = "LICENSE-DejaVu.txt"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, but with characters beyond U+FFFF (emoji) as UTF-16.

    reportlab writes such a code point as five hex digits, which readers reject,
    so the character could not be searched or copied out of the PDF.
    """

    def utf16(code_point: int) -> str:
        return chr(code_point).encode("utf-16-be", "surrogatepass").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{utf16(code)}>" for index, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces once; returns their names."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name, file_name in FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file_name)))
    # <b> inside a paragraph must switch to the bold face of the same family.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
