"""What a person would see as cut text: a label, header or combo narrower than its text.

Qt elides silently ("Alla rapporteranc", "Kl…ra", "Nam|nisa|nkti"); these helpers ask
Qt's own font metrics whether each visible text fits the room it was given.
"""

from __future__ import annotations

import re

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeView,
    QWidget,
)

# Anti-aliasing and rounding: a pixel either way is not a cut letter.
SLACK = 1
_MNEMONIC = re.compile(r"&(?!&)")


def shown_text(text: str) -> str:
    """The text as drawn: "&Plan:" shows as "Plan:", "&&" as "&"."""
    return _MNEMONIC.sub("", text).replace("&&", "&")


def _name(widget: QWidget) -> str:
    names = []
    while widget is not None and len(names) < 4:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names))


def cut_labels(root: QWidget) -> list[str]:
    problems = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if not text or not label.isVisible() or label.pixmap() is not None and not text:
            continue
        if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
        ):
            continue
        text = shown_text(text) if label.buddy() is not None else text
        room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
        metrics = label.fontMetrics()
        lines = text.split("\n")
        pieces = [word for line in lines for word in line.split()] if label.wordWrap() else lines
        for piece in pieces:
            needed = metrics.horizontalAdvance(piece)
            if needed > room + SLACK:
                problems.append(f"label {_name(label)}: {piece!r} needs {needed}px, has {room}")
                break
    return problems


def cut_headers(root: QWidget) -> list[str]:
    problems = []
    for view in root.findChildren(QAbstractItemView):
        if not isinstance(view, QTableView | QTreeView) or not view.isVisible():
            continue
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        if header.isHidden() or view.model() is None:
            continue
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        metrics = header.fontMetrics()
        model = view.model()
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            text = model.headerData(column, Qt.Orientation.Horizontal)
            if not text:
                continue
            needed = max(metrics.horizontalAdvance(line) for line in str(text).split("\n"))
            needed += 2 * margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
                needed += mark + margin
            width = header.sectionSize(column)
            if width + SLACK < needed:
                problems.append(
                    f"header {_name(view)}[{column}]: {text!r} needs {needed}px, has {width}"
                )
    return problems


def cut_combos(root: QWidget) -> list[str]:
    problems = []
    for combo in root.findChildren(QComboBox):
        if not combo.isVisible() or combo.isEditable() or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
        if not combo.itemIcon(combo.currentIndex()).isNull():
            needed += combo.iconSize().width() + 4
        if needed > field.width() + SLACK:
            problems.append(
                f"combo {_name(combo)}: {combo.currentText()!r} needs {needed}px, "
                f"has {field.width()}"
            )
    return problems


def cut_text(root: QWidget) -> list[str]:
    """Every cut label, header and combo in the widget, on every tab of its tab widgets."""
    problems: list[str] = []
    tab_widgets = [tabs for tabs in root.findChildren(QTabWidget) if tabs.isVisible()]
    if not tab_widgets:
        return cut_labels(root) + cut_headers(root) + cut_combos(root)
    for tabs in tab_widgets:
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            for problem in cut_labels(root) + cut_headers(root) + cut_combos(root):
                if problem not in problems:
                    problems.append(problem)
        tabs.setCurrentIndex(current)
    return problems


def cut_cells(view: QTableView, columns: list[int]) -> list[str]:
    """Cells of `columns` whose text is wider than the column (shown cut with "…")."""
    problems = []
    model = view.model()
    metrics = view.fontMetrics()
    for column in columns:
        width = view.columnWidth(column)
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data() or "")
            needed = metrics.horizontalAdvance(text) + 8
            if needed > width + SLACK:
                problems.append(f"cell [{row}, {column}]: {text!r} needs {needed}px, has {width}")
    return problems


def cut_buttons(root: QWidget) -> list[str]:
    """Buttons squeezed narrower than their text asks for ("Ta b…" or clipped letters)."""
    problems = []
    for button in root.findChildren(QAbstractButton):
        text = shown_text(button.text())
        if not text or not button.isVisible():
            continue
        if isinstance(button, QToolButton) and (
            button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
            and not button.icon().isNull()
        ):
            continue  # the text is its tooltip
        if isinstance(button, QCheckBox | QRadioButton | QToolButton):
            needed, room = button.sizeHint().width(), button.width()
        else:
            needed = max(button.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            if not button.icon().isNull():
                needed += button.iconSize().width() + 4
            # The frame and the padding every style draws around a button's text.
            room = button.width() - 8
        if needed > room + SLACK:
            problems.append(f"button {_name(button)}: {text!r} needs {needed}px, has {room}")
    return problems


def sideways_pages(root: QWidget) -> list[str]:
    """Pages meant to fit the window's width (a scroll area that resizes its content) that
    scroll sideways all the same: something on them is wider than the window."""
    areas = root.findChildren(QScrollArea)
    if isinstance(root, QScrollArea):
        areas.append(root)
    return [
        f"page {_name(area)} scrolls sideways: its content needs "
        f"{area.widget().minimumSizeHint().width()}px, has {area.viewport().width()}"
        for area in areas
        if area.isVisible()
        and area.widgetResizable()
        and area.widget() is not None
        and area.horizontalScrollBar().isVisible()
    ]
