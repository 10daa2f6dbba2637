"""The risk matrix: konsekvens (rows) × sannolikhet (columns), one click or arrow keys.

One tab stop for the whole grid, so keyboard entry stays quick: the arrow keys move the
chosen cell (up = more serious, right = more likely), Delete clears it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from narvard_desktop.reference import Reference

LEVELS = (1, 2, 3, 4)
_CELL = QSize(86, 33)
_LEFT = 118
_TOP = 22
_BOTTOM = 44


def score_colour(score: int) -> QColor:
    """Green, yellow, orange, red: the usual colours of a Swedish risk matrix."""
    if score <= 2:
        return QColor("#cfe8cf")
    if score <= 4:
        return QColor("#fff1b8")
    if score <= 8:
        return QColor("#ffd3a6")
    return QColor("#f4b4ae")


class RiskPicker(QWidget):
    valueChanged = Signal(object)  # noqa: N815 - Qt naming: (consequence, likelihood) or None

    def __init__(self, reference: Reference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.consequence_labels = {
            level: reference.risk_label("konsekvens", level) for level in LEVELS
        }
        self.likelihood_labels = {
            level: reference.risk_label("sannolikhet", level) for level in LEVELS
        }
        self._value: tuple[int, int] | None = None
        self._read_only = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolTip(
            self.tr(
                "Choose how serious the consequence was or could have been (rows) and how "
                "likely it is to happen again (columns). Arrow keys move, Delete clears."
            )
        )
        self._update_accessible_text()

    # --- value -------------------------------------------------------------------------

    def value(self) -> tuple[int, int] | None:
        return self._value

    def consequence(self) -> int | None:
        return self._value[0] if self._value else None

    def likelihood(self) -> int | None:
        return self._value[1] if self._value else None

    def score(self) -> int | None:
        return self._value[0] * self._value[1] if self._value else None

    def setValue(self, consequence: int | None, likelihood: int | None = None) -> None:  # noqa: N802
        new = (
            (int(consequence), int(likelihood))
            if consequence is not None and likelihood is not None
            else None
        )
        if new == self._value:
            return
        self._value = new
        self._update_accessible_text()
        self.update()
        self.valueChanged.emit(new)

    def clear(self) -> None:
        self.setValue(None)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming
        self._read_only = read_only

    def describe(self) -> str:
        if self._value is None:
            return self.tr("No risk assessed")
        consequence, likelihood = self._value
        return self.tr("Risk {score}: consequence {consequence}, likelihood {likelihood}").format(
            score=consequence * likelihood,
            consequence=self.consequence_labels[consequence].lower(),
            likelihood=self.likelihood_labels[likelihood].lower(),
        )

    def _update_accessible_text(self) -> None:
        self.setAccessibleName(self.tr("Risk matrix"))
        self.setAccessibleDescription(self.describe())

    # --- geometry ----------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(_LEFT + 4 * _CELL.width() + 2, _TOP + 4 * _CELL.height() + _BOTTOM)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()

    def cell_rect(self, consequence: int, likelihood: int) -> QRect:
        # Consequence 4 on top, as on paper: the dangerous corner is the upper right.
        row = 4 - consequence
        column = likelihood - 1
        return QRect(
            _LEFT + column * _CELL.width(),
            _TOP + row * _CELL.height(),
            _CELL.width(),
            _CELL.height(),
        )

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        for consequence in LEVELS:
            for likelihood in LEVELS:
                if self.cell_rect(consequence, likelihood).contains(point):
                    return consequence, likelihood
        return None

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().windowText().color()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        bold = QFont(self.font())
        bold.setBold(True)

        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            QRect(0, 0, _LEFT - 8, _TOP), Qt.AlignmentFlag.AlignRight, self.tr("Consequence")
        )
        grid_bottom = _TOP + 4 * _CELL.height()
        painter.drawText(
            QRect(_LEFT, grid_bottom + 24, 4 * _CELL.width(), 20),
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("Likelihood"),
        )
        painter.setFont(small)
        for level in LEVELS:
            row_rect = self.cell_rect(level, 1)
            painter.drawText(
                QRect(0, row_rect.top(), _LEFT - 8, row_rect.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{self.consequence_labels[level]} ({level})",
            )
            column_rect = self.cell_rect(1, level)
            painter.drawText(
                QRect(column_rect.left(), grid_bottom + 2, column_rect.width(), 22),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                f"{self.likelihood_labels[level]} ({level})",
            )

        painter.setFont(self.font())
        for consequence in LEVELS:
            for likelihood in LEVELS:
                rect = self.cell_rect(consequence, likelihood).adjusted(1, 1, -1, -1)
                score = consequence * likelihood
                colour = score_colour(score)
                if not self.isEnabled():
                    colour = colour.lighter(115)
                painter.fillRect(rect, colour)
                painter.setPen(QPen(QColor("#9aa5ae"), 1))
                painter.drawRect(rect)
                painter.setPen(QColor("#1d2b36"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(score))
        if self._value is not None:
            rect = self.cell_rect(*self._value).adjusted(2, 2, -2, -2)
            painter.setPen(QPen(QColor("#1d2b36"), 3))
            painter.drawRect(rect)
            if self.hasFocus():
                painter.setPen(QPen(QColor("#005b94"), 1, Qt.PenStyle.DashLine))
                painter.drawRect(rect.adjusted(4, 4, -4, -4))
        elif self.hasFocus():
            painter.setPen(QPen(QColor("#005b94"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(
                QRect(_LEFT, _TOP, 4 * _CELL.width(), 4 * _CELL.height()).adjusted(1, 1, -1, -1)
            )

    # --- input -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        cell = self.cell_at(event.position().toPoint())
        if cell is not None and not self._read_only:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.setValue(*cell)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        moves = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Left: (0, -1),
        }
        key = event.key()
        if self._read_only:
            super().keyPressEvent(event)
            return
        if key in moves:
            if self._value is None:
                # The first arrow press lands in the middle, where most assessments are.
                self.setValue(2, 2)
            else:
                step_c, step_l = moves[Qt.Key(key)]
                consequence = min(4, max(1, self._value[0] + step_c))
                likelihood = min(4, max(1, self._value[1] + step_l))
                self.setValue(consequence, likelihood)
            event.accept()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)
