"""Årshjul: the group's year at a glance (meetings, reports, periods, due dates)."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QWidget

from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.ui.kit.sections import Section, SectionContext


def _page(context: SectionContext) -> QWidget:
    from narvard_desktop.ui.year_wheel.page import YearWheelPage

    page = YearWheelPage(context.store)
    page.open_record.connect(context.show_record)
    page.open_section.connect(context.show_section)
    return page


SECTION = Section(
    key="year_wheel",
    title=QT_TRANSLATE_NOOP("MainWindow", "Year wheel"),
    icon=QStyle.StandardPixmap.SP_FileDialogInfoView,
    page=_page,
    shows=frozenset(
        {
            "meetings",
            "action_plans",
            "indicators",
            "indicator_values",
            "activities",
            "action_items",
            "agenda_items",
            "settings",
        }
    ),
)
