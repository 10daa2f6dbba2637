"""The program's sections, in navigation order (Ctrl+1 … Ctrl+6). Adding one is one line."""

from __future__ import annotations

from narvard_desktop.ui import deviations, exchange, follow_up, meetings, plan, year_wheel
from narvard_desktop.ui.shell import start_page

SECTIONS = (
    start_page.SECTION,
    plan.SECTION,
    deviations.SECTION,
    meetings.SECTION,
    follow_up.SECTION,
    exchange.SECTION,
    year_wheel.SECTION,
)
