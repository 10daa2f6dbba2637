"""Uppföljning: the charts a group looks at in its meetings and sends upward.

The page has one tab per subject. "Avvikelser" is `DeviationChartsTab` (its data in
`chart_data`, its drawing in `chart_drawing`); the "Handlingsplan" tab is a placeholder
that `FollowUpPage.set_plan_widget` replaces.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.store import Store
from narvard_desktop.ui.follow_up.area_tab import AreaTab
from narvard_desktop.ui.follow_up.deviation_charts_tab import DeviationChartsTab
from narvard_desktop.ui.follow_up.report_dialog import ReportDialog


class FollowUpPage(QWidget):
    """Uppföljning: a tab for avvikelser now, and a place for the handlingsplan charts."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        heading = QLabel(self.tr("Follow-up"))
        heading.setObjectName("pageTitle")
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading)
        heading_row.addStretch()
        self.report_button = QPushButton(self.tr("Create &report…"))
        self.report_button.setToolTip(
            self.tr("The follow-up report of a period as PDF, for the yearly revision.")
        )
        self.report_button.clicked.connect(self.create_report)
        heading_row.addWidget(self.report_button)
        layout.addLayout(heading_row)
        lead = QLabel(
            self.tr(
                "Where does collaboration fail, and is it getting better? Charts for the meeting."
            )
        )
        lead.setObjectName("lead")
        lead.setWordWrap(True)
        layout.addWidget(lead)
        self.tabs = QTabWidget()
        self.deviations_tab = DeviationChartsTab(store)
        self.tabs.addTab(self.deviations_tab, self.tr("&Deviations"))
        self.plan_placeholder = QLabel(
            self.tr(
                "Charts for the action plan (activities by status per way of working, "
                "indicator trends) will appear here."
            )
        )
        self.plan_placeholder.setWordWrap(True)
        self.plan_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plan_placeholder.setObjectName("lead")
        self.tabs.addTab(self.plan_placeholder, self.tr("Action &plan"))
        self._refresh_plan: Callable[[], None] | None = None
        # The delregion and the county also see the groups below, table by table.
        self.area_tab: AreaTab | None = None
        if (store.own_group() or {}).get("level") in ("delregional", "lansgemensam"):
            self.area_tab = AreaTab(store)
            self.tabs.addTab(self.area_tab, self.tr("The &area"))
        layout.addWidget(self.tabs, 1)

    def create_report(self) -> ReportDialog:
        self.report_dialog = ReportDialog(self.store, self)
        self.report_dialog.written.connect(self._report_written)
        self.report_dialog.open()
        return self.report_dialog

    def _report_written(self, path: str) -> None:
        self.last_message = self.tr("The follow-up report was saved as {path}.").format(path=path)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.last_message, 15000)

    def set_plan_widget(self, widget: QWidget, refresh: Callable[[], None] | None = None) -> None:
        """Put the handlingsplan charts in their tab; `refresh` reads them again."""
        index = self.tabs.indexOf(self.plan_placeholder)
        self.tabs.removeTab(index)
        self.plan_placeholder.deleteLater()
        self.plan_placeholder = widget
        self._refresh_plan = refresh
        self.tabs.insertTab(index, widget, self.tr("Action &plan"))

    def refresh(self) -> None:
        self.deviations_tab.refresh()
        if self.area_tab is not None:
            self.area_tab.refresh()
        if self._refresh_plan is not None:
            self._refresh_plan()
