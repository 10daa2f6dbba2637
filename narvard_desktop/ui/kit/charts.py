"""A matplotlib chart in a card, with "Spara som PNG…".

matplotlib costs about half a second to import, so it is imported the first time a
chart is actually shown (or saved), never when the program starts. A page hands the
chart a draw function and the data it draws; the data is kept on the widget so tests
(and a table view, later) can read exactly what the picture shows.

A saved PNG can leave the group, so it is drawn from `export_data` when the page gives
it (small counts hidden, whole months) and always from values that went through the
privacy gate: organisation and indicator names, units and labels included.
`saved_data` and `saved_strings` keep what the last picture was drawn from.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.paths import make_private_file
from narvard_desktop.privacy_gate import PrivacyGate, Withheld, require_gated

if TYPE_CHECKING:
    from matplotlib.figure import Figure

DrawFunction = Callable[["Figure", Any], None]
PNG_DPI = 150


def drawn_strings(figure: Figure) -> list[str]:
    """Every text matplotlib put on the figure: titles, labels, tick labels, legends."""
    from matplotlib.text import Text

    return [
        artist.get_text()
        for artist in figure.findobj(match=Text)
        if isinstance(artist, Text) and artist.get_text()
    ]


def _canvas_class() -> type:
    """matplotlib's Qt canvas, except that the mouse wheel scrolls the page it is on.

    The charts do not zoom; a canvas that took the wheel would stop the page scrolling
    whenever the pointer passed over a chart."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    class PageScrollingCanvas(FigureCanvasQTAgg):
        def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
            area = self.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is None:
                event.ignore()  # nothing to scroll: let Qt hand it on
                return
            # Sent on explicitly: Qt hands on only the wheel events that came from the
            # window system, not those a test or an accessibility tool sends.
            QCoreApplication.sendEvent(area.viewport(), event)

    return PageScrollingCanvas


def _same(new: Any, old: Any) -> bool:
    """Whether two chart data are equal; data that cannot say (arrays) count as changed."""
    if new is old:
        return True
    try:
        return type(new) is type(old) and bool(new == old)
    except (TypeError, ValueError):
        return False


def _slug(text: str) -> str:
    keep = "".join(ch if ch.isalnum() else "-" for ch in text.casefold())
    return "-".join(part for part in keep.split("-") if part) or "diagram"


class ChartWidget(QFrame):
    """A titled card holding one figure; the canvas is created when first needed."""

    saved = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None, height: int = 320) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = title
        self.data: Any = None
        self.export_data: Any = None
        self.saved_data: Any = None
        self.saved_strings: list[str] = []
        self.withheld_on_save: list[Withheld] = []
        self._draw: DrawFunction | None = None
        self._stale = False
        self.draw_count = 0  # pictures drawn on screen (tests read it)
        self.canvas: Any = None
        self.figure: Figure | None = None
        self._height = height
        self.last_directory = str(Path.home())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        header = QHBoxLayout()
        self.title_label = QLabel(title)
        self.title_label.setObjectName("cardTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        header.addWidget(self.title_label, 1)
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save as PNG…"))
        self.save_button.setToolTip(self.tr("Save this chart as a picture to send or print."))
        self.save_button.clicked.connect(self.save_as)
        self.table_button = QToolButton()
        self.table_button.setText(self.tr("Show as table"))
        self.table_button.setToolTip(self.tr("The values of this chart as a table."))
        self.table_button.clicked.connect(self.show_table)
        header.addWidget(self.table_button)
        header.addWidget(self.save_button)
        layout.addLayout(header)
        self.placeholder = QWidget()
        self.placeholder.setFixedHeight(height)
        layout.addWidget(self.placeholder, 1)
        self._layout = layout
        self.save_action = QAction(self.tr("Save as PNG…"), self)
        self.save_action.triggered.connect(self.save_as)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setAccessibleName(title)
        self.save_button.setAccessibleName(self.tr("Save {chart} as PNG").format(chart=title))
        self.table_button.setAccessibleName(self.tr("Show {chart} as a table").format(chart=title))

    # --- content -----------------------------------------------------------------------

    def set_chart_height(self, height: int) -> None:
        """A fixed height that suits the data (a matrix with many rows needs more)."""
        if height == self._height:
            return
        self._height = height
        widget = self.canvas if self.canvas is not None else self.placeholder
        widget.setFixedHeight(height)

    def set_plot(self, draw: DrawFunction, data: Any, export_data: Any = None) -> None:
        """Show `data` drawn by `draw(figure, data)`; drawn now if visible, else when shown.

        `export_data` is what a saved picture shows instead (the figures fit to leave
        the group); without it the picture shows `data`, gated all the same. The same
        draw function with equal data leaves the picture as it is: a page refreshed
        after a change elsewhere redraws only the charts whose figures changed.
        """
        if draw is self._draw and _same(data, self.data) and _same(export_data, self.export_data):
            return
        self._draw = draw
        self.data = data
        self.export_data = export_data
        self._stale = True
        if self.canvas is not None and self.isVisible():
            self.render()

    def ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.figure import Figure

        # An emoji in a name draws as a box; the warning about it helps nobody.
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font")

        self.figure = Figure(figsize=(6, self._height / 100), dpi=100, layout="constrained")
        self.canvas = _canvas_class()(self.figure)
        # A fixed height: charts in a scrolling page neither squash nor grow to fill it.
        self.canvas.setFixedHeight(self._height)
        self.canvas.setAccessibleName(self.title)
        self.canvas.setAccessibleDescription(
            self.tr("Chart. Show as table gives its values as text.")
        )
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.canvas.addAction(self.save_action)
        self._layout.replaceWidget(self.placeholder, self.canvas)
        self.placeholder.deleteLater()
        # Created inside a showEvent, the canvas would otherwise stay hidden.
        self.canvas.setVisible(True)

    def render(self) -> None:
        # Drawing a chart takes a moment the first time (matplotlib loads): say so.
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            self._render()
        finally:
            QApplication.restoreOverrideCursor()

    def _render(self) -> None:
        self.ensure_canvas()
        assert self.figure is not None
        # The one figure and canvas of this chart are kept; only what is on them is drawn anew.
        self.figure.clear()
        self.draw_count += 1
        if self._draw is not None:
            import matplotlib

            # Organisation names are user text: "$" must never start mathtext.
            with matplotlib.rc_context({"text.parse_math": False}):
                self._draw(self.figure, self.data)
        self._stale = False
        self.canvas.draw_idle()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale or self.canvas is None:
            self.render()

    # --- as a table --------------------------------------------------------------------

    def table_rows(self) -> list[tuple[str, str, str]]:
        from narvard_desktop.ui.kit.chart_table import figure_rows

        if self._stale or self.canvas is None:
            self.render()
        assert self.figure is not None
        return figure_rows(self.figure)

    def show_table(self) -> QDialog:
        from narvard_desktop.ui.kit.chart_table import ChartTableDialog

        dialog = ChartTableDialog(self.title, self.table_rows(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- saving ------------------------------------------------------------------------

    def save_png(self, path: str | Path) -> Path:
        if self._stale or self.canvas is None:
            self.render()
        assert self.figure is not None
        target = Path(path)
        if target.suffix.lower() != ".png":
            target = target.with_suffix(".png")
        import matplotlib
        from matplotlib.figure import Figure

        gate = PrivacyGate("png")
        source = self.export_data if self.export_data is not None else self.data
        gated = require_gated(gate.value(source, self.title))
        self.saved_data = gated
        self.withheld_on_save = list(gate.withheld)
        picture = Figure(figsize=self.figure.get_size_inches(), dpi=100, layout="constrained")
        if self._draw is not None:
            with matplotlib.rc_context({"text.parse_math": False}):
                self._draw(picture, gated)
        self.saved_strings = drawn_strings(picture)
        picture.savefig(target, dpi=PNG_DPI, format="png", facecolor="white")
        make_private_file(target)
        self.saved.emit(str(target))
        return target

    def save_as(self) -> Path | None:
        suggested = str(Path(self.last_directory) / f"{_slug(self.title)}.png")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"), suggested, self.tr("PNG pictures (*.png)")
        )
        if not path:
            return None
        try:
            saved = self.save_png(path)
        except OSError as error:
            from narvard_desktop.errors import NarvardError
            from narvard_desktop.ui.kit.questions import show_error

            show_error(
                self,
                NarvardError(
                    self.tr("The chart could not be saved to {path}: {reason}"),
                    path=path,
                    reason=error.strerror or str(error),
                ),
            )
            return None
        self.last_directory = str(saved.parent)
        return saved
