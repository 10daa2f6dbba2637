"""Avvikelser i samverkan: the list, the form, risk and the answer clock."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QWidget

from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.ui.kit.sections import FILTER_OPEN, FILTER_OVERDUE, Section, SectionContext


def _page(context: SectionContext) -> QWidget:
    from narvard_desktop.ui.deviations.page import DeviationsPage

    page = DeviationsPage(context.store)
    # A personnummer hit outside the avvikelser opens in the section that owns it.
    page.record_requested.connect(context.show_record)
    return page


SECTION = Section(
    key="deviations",
    title=QT_TRANSLATE_NOOP("MainWindow", "Deviations"),
    icon=QStyle.StandardPixmap.SP_MessageBoxWarning,
    page=_page,
    shows=frozenset(
        {"groups", "organisations", "deviations", "deviation_events", "links", "activities"}
    ),
    opens=frozenset({"deviations"}),
    filters=frozenset({FILTER_OPEN, FILTER_OVERDUE}),
)
