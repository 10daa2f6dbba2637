"""Small counts: hidden cells cannot be worked out by subtraction, nor by overlapping periods."""

from __future__ import annotations

import random
from datetime import date

from narvard_desktop.small_counts import hidden_cells, suppressed_cells, whole_months

LIMIT = 5


def _recoverable(raw: list[list[int]], hidden: list[list[bool]], limit: int) -> list[str]:
    """Every row or column that lets one small count be worked out by subtraction.

    An attacker knows each row's and column's true total (another output may print
    it) and every visible cell: total minus the visible cells is the sum of the hidden
    ones. So in a line that hides anything, at least two non-zero cells holding at
    least `limit` cases together are hidden; or else every non-zero cell of the line is
    (its total is then itself small, and outputs print totals of shown cells only).
    """
    problems = []
    lines = [[(r, c) for c in range(len(line))] for r, line in enumerate(raw)]
    lines += [[(r, c) for r in range(len(raw))] for c in range(len(raw[0]))]
    for line in lines:
        concealed = [raw[r][c] for r, c in line if hidden[r][c]]
        if not concealed:
            continue
        everything = all(hidden[r][c] for r, c in line if raw[r][c])
        if everything:
            continue
        if len(concealed) < 2 or sum(concealed) < limit:
            problems.append(f"line {line}: hidden {concealed} can be subtracted out")
    return problems


def test_every_small_cell_is_hidden_and_none_can_be_recovered_by_subtraction():
    rng = random.Random(11)
    for _ in range(2000):
        rows, columns = rng.randint(1, 6), rng.randint(1, 8)
        raw = [
            [rng.choice((0, 0, 1, 2, 3, 4, 5, 6, 9, 14, 30)) for _ in range(columns)]
            for _ in range(rows)
        ]
        hidden = hidden_cells(raw, LIMIT)
        for r in range(rows):
            for c in range(columns):
                if 0 < raw[r][c] < LIMIT:
                    assert hidden[r][c], raw
        assert _recoverable(raw, hidden, LIMIT) == [], (raw, hidden)


def test_the_check_itself_sees_a_lone_hidden_cell():
    raw = [[3, 7, 12]]
    assert _recoverable(raw, [[True, False, False]], LIMIT) != []
    assert _recoverable(raw, hidden_cells(raw, LIMIT, columns=False), LIMIT) == []


def test_a_single_row_total_is_recomputed_from_the_shown_cells():
    cells, total = suppressed_cells([3, 7, 12, 0], LIMIT)
    # The 3 is hidden, and with it the next smallest, so 22 - 12 gives 10, not 3.
    assert cells == [None, None, 12, 0] and total == 12
    assert 3 not in cells and total != 22


def test_a_lone_small_count_in_a_row_hides_it_all_the_same():
    cells, total = suppressed_cells([2, 0, 0], LIMIT)
    assert cells == [None, 0, 0] and total == 0


def test_overlapping_periods_count_the_same_whole_months():
    assert whole_months(date(2026, 11, 1), date(2026, 11, 30)) == whole_months(
        date(2026, 11, 2), date(2026, 11, 30)
    )
    assert whole_months(date(2026, 2, 14), date(2028, 2, 3)) == (
        date(2026, 2, 1),
        date(2028, 2, 29),
    )
