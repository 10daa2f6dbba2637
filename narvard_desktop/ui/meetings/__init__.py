"""Möten: meetings, agenda, attendance, meeting mode, justering and protocol PDFs."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QWidget

from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.ui.kit.sections import FILTER_OPEN, Section, SectionContext


def _page(context: SectionContext) -> QWidget:
    from narvard_desktop.ui.meetings.page import MeetingsPage

    return MeetingsPage(context.store)


SECTION = Section(
    key="meetings",
    title=QT_TRANSLATE_NOOP("MainWindow", "Meetings"),
    icon=QStyle.StandardPixmap.SP_FileDialogDetailedView,
    page=_page,
    # The agenda is prefilled with, and summarises, the plan and the avvikelser.
    shows=frozenset(
        {
            "groups",
            "organisations",
            "people",
            "meetings",
            "agenda_items",
            "attendances",
            "decisions",
            "action_items",
            "meeting_reopenings",
            "links",
            "action_plans",
            "goals",
            "activities",
            "progress_notes",
            "indicators",
            "indicator_values",
            "deviations",
            "deviation_events",
        }
    ),
    opens=frozenset({"meetings", "agenda_items", "decisions", "action_items", "attendances"}),
    filters=frozenset({FILTER_OPEN}),
)
