"""The painted year: twelve months across, one band per category, a mark per entry.

A single day is a dot, a period a bar. Hovering shows what a mark is; clicking one asks
for its record to be opened. The list beside it on the page offers the same entries to
the keyboard.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from narvard_desktop import clock
from narvard_desktop.services.year_wheel import CATEGORIES, YearEntry

_MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_COLOURS = {
    "meeting": "#1f5f8b",
    "report": "#b5442b",
    "plan_period": "#6b8e23",
    "indicator": "#7a4fa3",
    "activity_due": "#c27c0e",
    "action_item_due": "#2e7d6b",
}
_LABEL_WIDTH = 180
_HEADER = 28
_BAND = 44
_DOT = 6.0


class YearTimeline(QWidget):
    entry_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = clock.today().year
        self.entries: list[YearEntry] = []
        self.labels: dict[str, str] = {}
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(_HEADER + _BAND * len(CATEGORIES) + 8)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(900, _HEADER + _BAND * len(CATEGORIES) + 8)

    def set_entries(self, year: int, entries: list[YearEntry], labels: dict[str, str]) -> None:
        self.year, self.entries, self.labels = year, entries, labels
        self.update()

    def _x(self, day: date) -> float:
        width = self.width() - _LABEL_WIDTH - 12
        first = date(self.year, 1, 1)
        days = (date(self.year, 12, 31) - first).days + 1
        return _LABEL_WIDTH + width * ((day - first).days + 0.5) / days

    def _band_top(self, category: str) -> float:
        return _HEADER + _BAND * CATEGORIES.index(category)

    def mark_rect(self, entry: YearEntry) -> QRectF:
        """Where an entry is drawn (a dot's box or a bar), for painting and for clicks."""
        top = self._band_top(entry.category)
        # Entries on the same day stack a little, so none hides another completely.
        same = [e for e in self.entries if e.category == entry.category and e.start == entry.start]
        offset = (same.index(entry) % 3) * 9 - 9 if len(same) > 1 else 0
        y = top + _BAND / 2 + offset
        if entry.end > entry.start:
            left, right = self._x(entry.start), self._x(entry.end)
            return QRectF(left, y - 4, max(right - left, _DOT), 8)
        x = self._x(entry.start)
        return QRectF(x - _DOT, y - _DOT, 2 * _DOT, 2 * _DOT)

    def entry_at(self, point: QPointF) -> YearEntry | None:
        for entry in reversed(self.entries):
            if self.mark_rect(entry).adjusted(-3, -3, 3, 3).contains(point):
                return entry
        return None

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.text().color()
        grid = QColor(text)
        grid.setAlpha(40)
        for month in range(1, 13):
            x = self._x(date(self.year, month, 1))
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, _HEADER - 4), QPointF(x, self.height()))
            painter.setPen(text)
            painter.drawText(QRectF(x + 4, 4, 60, _HEADER - 8), _MONTHS[month - 1])
        today = clock.today()
        for index, category in enumerate(CATEGORIES):
            top = _HEADER + _BAND * index
            if index % 2 == 0:
                band = QColor(text)
                band.setAlpha(10)
                painter.fillRect(QRectF(0, top, self.width(), _BAND), band)
            painter.setPen(text)
            painter.drawText(
                QRectF(8, top, _LABEL_WIDTH - 12, _BAND),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.labels.get(category, category),
            )
        if today.year == self.year:
            painter.setPen(QPen(QColor("#d32f2f"), 2))
            x = self._x(today)
            painter.drawLine(QPointF(x, _HEADER - 4), QPointF(x, self.height()))
        painter.setPen(Qt.PenStyle.NoPen)
        for entry in self.entries:
            painter.setBrush(QColor(_COLOURS.get(entry.category, "#555555")))
            rect = self.mark_rect(entry)
            if entry.end > entry.start:
                painter.drawRoundedRect(rect, 3, 3)
            else:
                painter.drawEllipse(rect)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        entry = self.entry_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if entry else Qt.CursorShape.ArrowCursor)
        if entry is not None:
            when = entry.start.isoformat()
            if entry.end > entry.start:
                when += f" – {entry.end.isoformat()}"
            QToolTip.showText(event.globalPosition().toPoint(), f"{when}\n{entry.title}", self)
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        entry = self.entry_at(event.position())
        if entry is not None and event.button() == Qt.MouseButton.LeftButton:
            self.entry_clicked.emit(entry)
