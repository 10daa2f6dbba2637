"""Combo boxes that show their chosen text whole.

A combo in a tight row shrinks to its minimum and cuts what it shows ("Alla
rapporteranc"). `show_whole_text` keeps its least width at what the current choice needs
(up to `most` pixels, so one very long name cannot push a row off the screen).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from narvard_desktop.reference import Reference

# Past this a choice is shown cut (the open list shows it whole).
MOST_WIDTH = 420


def needed_width(combo: QComboBox, text: str) -> int:
    """The combo's width for `text`: the text, an icon if any, frame and arrow."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    width = combo.fontMetrics().horizontalAdvance(text) + 2
    if not combo.itemIcon(combo.currentIndex()).isNull():
        width += combo.iconSize().width() + 4
    size = combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, QSize(width, combo.fontMetrics().height()), combo
    )
    return size.width()


def show_whole_text(combo: QComboBox, most: int = MOST_WIDTH) -> None:
    """Keep the combo at least as wide as its current text needs (at most `most`)."""

    def fit(*_args: object) -> None:
        text = combo.currentText()
        combo.setMinimumWidth(min(needed_width(combo, text), most) if text else 0)

    combo.currentIndexChanged.connect(fit)
    combo.model().modelReset.connect(fit)
    fit()


def fill_organisation_types(combo: QComboBox, reference: Reference) -> None:
    """A dash for "not said", then each organisation type with its huvudman, by code."""
    combo.addItem("—", None)
    for row in reference.organisation_types():
        combo.addItem(f"{row['name']} ({row['principal']})", row["code"])
