"""Handlingsplan: plans, goals, activities, indicators and their Excel round trip."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from PySide6.QtWidgets import QStyle, QWidget

from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.sections import FILTER_DELAYED, FILTER_OPEN, Section, SectionContext

# The page imports stay inside the factories: declaring the section must not build Qt
# modules of every feature, and lets a feature's modules import this package freely.


def _page(context: SectionContext) -> QWidget:
    from narvard_desktop.ui.plan.page import PlanPage

    return PlanPage(context.store)


def _improvement_activity_dialog(
    store: Store, deviation_ids: list[str], parent: QWidget | None = None
) -> Any:
    from narvard_desktop.ui.plan.improvement_activity_dialog import ImprovementActivityDialog

    return ImprovementActivityDialog(store, deviation_ids, parent)


def _plan_charts(context: SectionContext) -> QWidget:
    """Every plan's status charts, for Uppföljning; a double-click opens the activity here."""
    from narvard_desktop.ui.plan.overview import GroupPlanOverview

    charts = GroupPlanOverview(context.store)
    charts.activity_requested.connect(
        lambda activity_id: context.show_record("activities", activity_id)
    )
    return charts


SECTION = Section(
    key="plan",
    title=QT_TRANSLATE_NOOP("MainWindow", "Action plan"),
    icon=QStyle.StandardPixmap.SP_FileDialogListView,
    page=_page,
    shows=frozenset(
        {
            "groups",
            "organisations",
            "action_plans",
            "goals",
            "activities",
            "progress_notes",
            "indicators",
            "indicator_values",
            # The "due by next meeting" filter and "adopted at the meeting of".
            "meetings",
            "agenda_items",
            "links",
        }
    ),
    opens=frozenset(
        {"action_plans", "goals", "activities", "progress_notes", "indicators", "indicator_values"}
    ),
    offers=MappingProxyType(
        {"improvement_activity": _improvement_activity_dialog, "plan_charts": _plan_charts}
    ),
    filters=frozenset({FILTER_OPEN, FILTER_DELAYED}),
)
