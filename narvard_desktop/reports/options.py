"""What a protocol PDF includes; kept apart so choosing costs no reportlab import."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProtocolOptions:
    """What to include; the export dialog offers these as check boxes."""

    include_attendance: bool = True
    include_links: bool = True
    include_deviation_summary: bool = True
    include_action_plan_summary: bool = True
    include_open_action_items: bool = True
