"""Uppföljning: the charts a group follows up with."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QWidget

from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.ui.kit.sections import Section, SectionContext, build_offered


def _page(context: SectionContext) -> QWidget:
    from narvard_desktop.ui.follow_up.page import FollowUpPage

    page = FollowUpPage(context.store)
    # The handlingsplan's charts are the plan section's widget, lent through the registry.
    charts = build_offered("plan_charts", context)
    page.set_plan_widget(charts, charts.refresh)
    return page


SECTION = Section(
    key="follow_up",
    title=QT_TRANSLATE_NOOP("MainWindow", "Follow-up"),
    icon=QStyle.StandardPixmap.SP_FileDialogContentsView,
    page=_page,
    shows=frozenset(
        {
            "groups",
            "organisations",
            "deviations",
            "deviation_events",
            "action_plans",
            "goals",
            "activities",
            "indicators",
            "indicator_values",
        }
    ),
)
