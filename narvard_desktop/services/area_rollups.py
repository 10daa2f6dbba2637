"""Roll-ups for a delregion or the county: who has reported, and how the groups are moving.

The Färdplan asks that avvikelser be analysed "lokalt, delregionalt samt länsgemensamt";
an upper level sees the groups below through the files they send. Each table here is
plain rows with one list of column headers, so the screen, CSV and Excel read the same
figures. Counts of avvikelser follow the small-count rules where they leave
(`small_counts`); counts of activities point at no person and are shown as they are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from narvard_desktop import clock
from narvard_desktop.domain import ACTIVITY_STATUSES, DEVIATION_STATES, LEVELS, label_for
from narvard_desktop.exchange.export import LEVEL_RANK
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.services.indicators import indicator_chart_data
from narvard_desktop.store import Store

_CTX = "Rollups"
REPORTING = "reporting"
WAYS = "ways"
TEMPLATE_ACTIVITIES = "template_activities"
INDICATORS = "indicators"
ESCALATIONS = "escalations"
# The tables an upper level can choose, in the order the screen offers them.
TABLES: tuple[tuple[str, str], ...] = (
    (REPORTING, QT_TRANSLATE_NOOP("Rollups", "Reporting: the latest file from each group")),
    (WAYS, QT_TRANSLATE_NOOP("Rollups", "Färdplanen: activities per way of working and group")),
    (
        TEMPLATE_ACTIVITIES,
        QT_TRANSLATE_NOOP("Rollups", "County template activities in each group"),
    ),
    (INDICATORS, QT_TRANSLATE_NOOP("Rollups", "Template indicators compared across groups")),
    (ESCALATIONS, QT_TRANSLATE_NOOP("Rollups", "Systemfel and escalations")),
)


@dataclass(frozen=True)
class RollupTable:
    """Headers and rows of text or numbers; `numeric` names the columns to right-align."""

    title: str
    headers: list[str]
    rows: list[list[Any]]
    numeric: tuple[int, ...] = ()
    # A longer name for a short header (A1 → the way of working), and whether the
    # numeric cells are shaded by size (a heat table).
    header_tips: tuple[str, ...] = ()
    heat: bool = False


def _t(text: str) -> str:
    return translate(_CTX, text)


def _groups_below(store: Store) -> list[dict[str, Any]]:
    own = store.own_group() or {}
    rank = LEVEL_RANK.get(str(own.get("level")), 0)
    rows = store.db.query(
        "SELECT id, name, level, kommun_code, delregion, origin_import_id FROM groups"
        " WHERE deleted = 0 AND id != ?",
        [own.get("id") or ""],
    )
    below = [row for row in rows if LEVEL_RANK.get(row["level"], 99) < rank]
    return sorted(below, key=lambda row: (-LEVEL_RANK[row["level"]], row["name"].casefold()))


def _days(since: str | None, today: date) -> int | None:
    if not since:
        return None
    try:
        return (today - date.fromisoformat(since[:10])).days
    except ValueError:
        return None


def reporting_table(store: Store) -> RollupTable:
    """One row per group below, with the kommuner that have never sent anything."""
    today = clock.today()
    latest: dict[str, dict[str, Any]] = {}
    sequences: dict[str, list[int]] = {}
    for row in store.db.query(
        "SELECT id, sender_group_id, occurred_at, sequence, counts FROM exchange_ledger"
        " WHERE direction = 'import' AND outcome = 'imported' ORDER BY occurred_at"
    ):
        try:
            meta = json.loads(row["counts"] or "{}")
        except ValueError:
            meta = {}
        if not isinstance(meta, dict) or meta.get("kind", "data") != "data":
            continue
        latest[row["sender_group_id"]] = row | {"created_at": meta.get("created_at")}
        if row["sequence"] is not None:
            sequences.setdefault(row["sender_group_id"], []).append(int(row["sequence"]))
    ledger_sender = {
        row["id"]: row["sender_group_id"]
        for row in store.db.query("SELECT id, sender_group_id FROM exchange_ledger")
    }
    names = {row["id"]: row["name"] for row in store.db.query("SELECT id, name FROM groups")}
    rows: list[list[Any]] = []
    kommuner_seen: set[str] = set()
    for group in _groups_below(store):
        if group["kommun_code"]:
            kommuner_seen.add(group["kommun_code"])
        sender = (
            group["id"] if group["id"] in latest else ledger_sender.get(group["origin_import_id"])
        )
        entry = latest.get(sender or "")
        seen = sorted(set(sequences.get(sender or "", [])))
        gaps = sorted(set(range(seen[0], seen[-1] + 1)) - set(seen)) if seen else []
        via = "" if sender in (None, group["id"]) else names.get(sender, "")
        rows.append(
            [
                group["name"],
                label_for(LEVELS, group["level"]),
                (entry or {}).get("occurred_at", "")[:10],
                _days((entry or {}).get("occurred_at"), today),
                (entry or {}).get("sequence") if sender == group["id"] else None,
                str((entry or {}).get("created_at") or "")[:10],
                ", ".join(str(number) for number in gaps),
                _t(QT_TRANSLATE_NOOP("Rollups", "via {group}")).format(group=via) if via else "",
            ]
        )
    own = store.own_group() or {}
    if own.get("level") in ("delregional", "lansgemensam"):
        never = _t(QT_TRANSLATE_NOOP("Rollups", "never reported"))
        for kommun in store.reference.kommuner():
            in_area = own.get("level") == "lansgemensam" or kommun.delregion == own.get("delregion")
            if in_area and kommun.code not in kommuner_seen:
                rows.append(
                    [kommun.name, label_for(LEVELS, "lokal"), "", None, "", "", None, never]
                )
    return RollupTable(
        _t(TABLES[0][1]),
        [
            _t(QT_TRANSLATE_NOOP("Rollups", "Group")),
            _t(QT_TRANSLATE_NOOP("Rollups", "Level")),
            _t(QT_TRANSLATE_NOOP("Rollups", "Last received")),
            _t(QT_TRANSLATE_NOOP("Rollups", "Days since")),
            _t(QT_TRANSLATE_NOOP("Rollups", "No.")),
            _t(QT_TRANSLATE_NOOP("Rollups", "Made")),
            _t(QT_TRANSLATE_NOOP("Rollups", "Gaps")),
            _t(QT_TRANSLATE_NOOP("Rollups", "Note")),
        ],
        rows,
        numeric=(3, 4),
    )


def ways_table(store: Store) -> RollupTable:
    """Activities per arbetssätt/förutsättning (columns) and group (rows): live / delayed."""
    ways = store.reference.ways_of_working()
    groups = [store.own_group() or {}, *_groups_below(store)]
    today = clock.today().isoformat()
    counts: dict[tuple[str, str], tuple[int, int]] = {
        (group_id, way): (int(total), int(delayed or 0))
        for group_id, way, total, delayed in store.db.execute(
            "SELECT a.group_id, a.way_code, COUNT(*),"
            " SUM(a.due_date < ? AND a.status NOT IN ('done', 'cancelled'))"
            " FROM activities a JOIN action_plans p ON p.id = a.action_plan_id AND p.deleted = 0"
            " WHERE a.deleted = 0 AND a.status != 'cancelled' GROUP BY 1, 2",
            [today],
        )
    }
    rows: list[list[Any]] = []
    for group in groups:
        if not group:
            continue
        cells = []
        for way in ways:
            total, delayed = counts.get((group["id"], way["code"]), (0, 0))
            cells.append(f"{total} ({delayed})" if delayed else total)
        rows.append([group["name"], *cells])
    note = _t(QT_TRANSLATE_NOOP("Rollups", "activities (of them delayed)"))
    return RollupTable(
        f"{_t(TABLES[1][1])} – {note}",
        [_t(QT_TRANSLATE_NOOP("Rollups", "Group")), *(way["code"] for way in ways)],
        rows,
        numeric=tuple(range(1, len(ways) + 1)),
        header_tips=("", *(way["name"] for way in ways)),
        heat=True,
    )


def template_activities_table(store: Store) -> RollupTable:
    """For each template activity: its status in every group that adopted it."""
    own_id = store.own_group_id or ""
    titles = {
        row["id"]: row["title"]
        for row in store.db.query(
            "SELECT id, title FROM activities WHERE group_id = ? AND deleted = 0", [own_id]
        )
    }
    adopted: dict[str, dict[str, str]] = {}
    for row in store.db.query(
        "SELECT a.template_id, a.title, a.status, g.name FROM activities a"
        " JOIN groups g ON g.id = a.group_id WHERE a.deleted = 0 AND a.template_id IS NOT NULL"
        " AND a.group_id != ? ORDER BY g.name",
        [own_id],
    ):
        titles.setdefault(row["template_id"], row["title"])
        adopted.setdefault(row["template_id"], {})[row["name"]] = label_for(
            ACTIVITY_STATUSES, row["status"]
        )
    groups = sorted({name for by_group in adopted.values() for name in by_group}, key=str.casefold)
    rows = [
        [titles.get(template_id, template_id), *(by_group.get(name, "–") for name in groups)]
        for template_id, by_group in sorted(
            adopted.items(), key=lambda item: titles.get(item[0], "")
        )
    ]
    return RollupTable(
        _t(TABLES[2][1]), [_t(QT_TRANSLATE_NOOP("Rollups", "Template activity")), *groups], rows
    )


def indicators_table(store: Store) -> RollupTable:
    """Each template indicator in each group that reports it: latest value against target."""
    rows: list[list[Any]] = []
    for row in store.db.query(
        "SELECT i.id, i.template_id, i.name, g.name AS group_name FROM indicators i"
        " JOIN groups g ON g.id = i.group_id WHERE i.deleted = 0 AND i.template_id IS NOT NULL"
        " ORDER BY i.name, g.name"
    ):
        chart = indicator_chart_data(store, row["id"])
        latest = chart.points[-1] if chart.points else None
        trend = ""
        if len(chart.points) >= 2:
            first, last = chart.points[0].value, chart.points[-1].value
            trend = "↑" if last > first else "↓" if last < first else "→"
        rows.append(
            [
                row["name"],
                row["group_name"],
                latest.value if latest else None,
                latest.period if latest else "",
                chart.target_value,
                trend,
            ]
        )
    return RollupTable(
        _t(TABLES[3][1]),
        [
            _t(QT_TRANSLATE_NOOP("Rollups", "Indicator")),
            _t(QT_TRANSLATE_NOOP("Rollups", "Group")),
            _t(QT_TRANSLATE_NOOP("Rollups", "Latest value")),
            _t(QT_TRANSLATE_NOOP("Rollups", "Period")),
            _t(QT_TRANSLATE_NOOP("Rollups", "Target")),
            _t(QT_TRANSLATE_NOOP("Rollups", "Trend")),
        ],
        rows,
        numeric=(2, 4),
    )


def escalations_table(store: Store, only_open: bool = False) -> RollupTable:
    """Every avvikelse flagged systemfel or escalated to a level above: no free text."""
    today = clock.today()
    where = "d.deleted = 0 AND (d.system_error = 1 OR d.escalated_to IS NOT NULL)"
    if only_open:
        where += " AND d.state NOT IN ('closed', 'misregistered')"
    rows: list[list[Any]] = []
    for row in store.db.query(
        "SELECT g.name AS group_name, d.category_code, d.reported_date, d.state,"
        f" d.system_error, d.escalated_to FROM deviations d JOIN groups g ON g.id = d.group_id"
        f" WHERE {where} ORDER BY d.reported_date DESC"
    ):
        rows.append(
            [
                row["group_name"],
                store.reference.category_name(row["category_code"]),
                row["reported_date"],
                _days(row["reported_date"], today),
                label_for(DEVIATION_STATES, row["state"]),
                _t(QT_TRANSLATE_NOOP("Rollups", "Yes")) if row["system_error"] else "",
                label_for(LEVELS, row["escalated_to"]) if row["escalated_to"] else "",
            ]
        )
    return RollupTable(
        _t(TABLES[4][1]),
        [
            _t(QT_TRANSLATE_NOOP("Rollups", "Group")),
            _t(QT_TRANSLATE_NOOP("Rollups", "Category")),
            _t(QT_TRANSLATE_NOOP("Rollups", "Reported")),
            _t(QT_TRANSLATE_NOOP("Rollups", "Age (days)")),
            _t(QT_TRANSLATE_NOOP("Rollups", "State")),
            _t(QT_TRANSLATE_NOOP("Rollups", "Systemfel")),
            _t(QT_TRANSLATE_NOOP("Rollups", "Escalated to")),
        ],
        rows,
        numeric=(3,),
    )


BUILDERS = {
    REPORTING: reporting_table,
    WAYS: ways_table,
    TEMPLATE_ACTIVITIES: template_activities_table,
    INDICATORS: indicators_table,
    ESCALATIONS: escalations_table,
}


def rollup_table(store: Store, key: str) -> RollupTable:
    return BUILDERS[key](store)
