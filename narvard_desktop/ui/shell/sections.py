"""The program's sections, in navigation order (Ctrl+1 … Ctrl+8). Adding one is one line."""

from __future__ import annotations

from narvard_desktop.ui import deviations, exchange, follow_up, group, meetings, plan, year_wheel
from narvard_desktop.ui.shell import start_page

SECTIONS = (
    start_page.SECTION,
    plan.SECTION,
    deviations.SECTION,
    meetings.SECTION,
    follow_up.SECTION,
    exchange.SECTION,
    group.SECTION,
    year_wheel.SECTION,
)
