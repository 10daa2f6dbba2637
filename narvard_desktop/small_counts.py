"""Small counts never leave the group: the rules every exported aggregate follows.

A count of 1 to threshold-1 could point at a person (three avvikelser about one
ward in one month), so in anything that leaves the group it is shown as "< 5".
Zero stays: it points at nobody. A total is recomputed from the cells that are
shown, so subtracting the visible cells from it gives nothing back; and an
aggregate over an arbitrary period is counted over whole months, so two
overlapping periods (1-30 Nov and 2-30 Nov) give the same figures instead of
the cases of one day.

The threshold is a county setting: a county-wide group sets it, and its
templates carry it downward (default 5, never below 3).
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sqlite_utils import Database

    from narvard_desktop.store import Store

DEFAULT_THRESHOLD = 5
MINIMUM_THRESHOLD = 3
THRESHOLD_SETTING = "privacy.small_count_threshold"
NOT_FOR_SHARING = QT_TRANSLATE_NOOP("Privacy", "exact counts – not shown outside the group")
HIDDEN_COUNT = QT_TRANSLATE_NOOP("Privacy", "< {threshold}")


def valid_threshold(value: object) -> int | None:
    """The threshold in `value` when it is a whole number of at least 3, else None."""
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return None
    return number if number >= MINIMUM_THRESHOLD else None


def threshold(store: Store | None) -> int:
    """The group's threshold: the county's setting if one came down, else 5."""
    if store is None:
        return DEFAULT_THRESHOLD
    return valid_threshold(store.get_setting(THRESHOLD_SETTING)) or DEFAULT_THRESHOLD


def set_threshold(store: Store, value: int) -> None:
    checked = valid_threshold(value)
    if checked is None:
        raise ValueError(value)
    store.set_setting(THRESHOLD_SETTING, str(checked))


def is_small(count: int | None, limit: int) -> bool:
    return count is not None and 0 < count < limit


def hidden_label(limit: int) -> str:
    return translate("Privacy", HIDDEN_COUNT).format(threshold=limit)


def shown(count: int | None, limit: int) -> int | None:
    """The count, or None when it is too small to leave the group."""
    return None if is_small(count, limit) else count


def hidden_cells(
    raw: Sequence[Sequence[int]], limit: int, rows: bool = True, columns: bool = True
) -> list[list[bool]]:
    """Which cells to hide: the small ones, and enough others beside them.

    Another output may give the total away (a chart's one big cell, a count of all
    avvikelser), and total minus the visible cells is the sum of the hidden ones. So
    in every row and column (as asked) that hides anything, at least two cells are
    hidden and together they hold at least `limit` cases: the smallest visible
    non-zero cells are hidden with them (complementary suppression). What can then
    be worked out is only a sum of several cells, never one small count.
    """
    hidden = [[is_small(value, limit) for value in line] for line in raw]
    lines: list[list[tuple[int, int]]] = []
    if rows:
        lines += [[(r, c) for c in range(len(line))] for r, line in enumerate(raw)]
    if columns and raw:
        width = max(len(line) for line in raw)
        lines += [[(r, c) for r in range(len(raw)) if c < len(raw[r])] for c in range(width)]
    changed = True
    while changed:
        changed = False
        for line in lines:
            if not any(hidden[r][c] for r, c in line):
                continue
            while True:
                chosen = [(r, c) for r, c in line if hidden[r][c]]
                if len(chosen) >= 2 and sum(raw[r][c] for r, c in chosen) >= limit:
                    break
                candidates = [(raw[r][c], r, c) for r, c in line if not hidden[r][c] and raw[r][c]]
                if not candidates:
                    break
                _, r, c = min(candidates)
                hidden[r][c] = True
                changed = True
    return hidden


def suppressed_cells(counts: Sequence[int], limit: int) -> tuple[list[int | None], int]:
    """Cells with the small ones (and their complements) hidden, and the total shown.

    The total is not the true total: with the true one, total minus the shown cells
    would give the hidden cells back (or their sum, which can itself be small).
    """
    (flags,) = hidden_cells([list(counts)], limit, columns=False)
    cells = [None if hide else count for count, hide in zip(counts, flags, strict=True)]
    return cells, sum(cell for cell in cells if cell is not None)


def whole_months(start: date, end: date) -> tuple[date, date]:
    """The period widened to whole calendar months (first of the first month, last of the last)."""
    first = start.replace(day=1)
    last = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    return first, last


def adopt_threshold(db: Database, privacy: object) -> None:
    """Take the threshold a template from above carries (its manifest's "privacy" part).

    Called inside the adoption's transaction; a package without one (older versions)
    changes nothing, and a value below the minimum is ignored.
    """
    if not isinstance(privacy, dict):
        return
    value = valid_threshold(privacy.get("small_count_threshold"))
    if value is None:
        return
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [THRESHOLD_SETTING, str(value)],
    )
