"""How the list queries scale at county size, as ratios to a baseline from the same run.

The baseline reads every deviation row into Python, which is what a list without lazy
loading would do. The targets: one page of the filtered, sorted list costs under 10 % of
the baseline, and the indexed filter beats the same query without its index.

    .venv/bin/python bench/bench_lists.py [--rows 60000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import timeit
from datetime import date, timedelta
from pathlib import Path

from narvard_desktop.services.deviation_list import (
    DeviationFilters,
    count_deviations,
    query_deviations,
)
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.store import Store
from narvard_desktop.store.records import new_id

TARGET_PAGE_RATIO = 0.1


def fill(store: Store, rows: int) -> None:
    group_id = store.require_group_id()
    organisations = [r["id"] for r in store.db.query("SELECT id FROM organisations")]
    categories = [row["code"] for row in store.reference.categories()]
    states = ("registered", "sent", "investigating", "answered", "closed")
    rng = random.Random(1)
    start = date(2020, 1, 1)
    values = []
    for _ in range(rows):
        reported = start + timedelta(days=rng.randrange(2500))
        values.append(
            (
                new_id(),
                group_id,
                "2026-01-01T00:00:00Z",
                "2026-01-01T00:00:00Z",
                reported.isoformat(),
                reported.isoformat(),
                rng.choice(categories),
                rng.choice(organisations),
                rng.choice(organisations),
                "Informationen följde inte med vid utskrivning.",
                rng.randint(1, 4),
                rng.randint(1, 4),
                (reported + timedelta(days=60)).isoformat(),
                rng.choice(states),
            )
        )
    with store.db.atomic():
        store.db.conn.executemany(
            "INSERT INTO deviations (id, group_id, created_at, updated_at, event_date,"
            " reported_date, category_code, reporting_organisation_id,"
            " receiving_organisation_id, description, consequence, likelihood,"
            " answer_due_date, state) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            values,
        )
    store.db.execute("ANALYZE")


def best_of(function, repeat: int = 5) -> float:
    return min(timeit.repeat(function, number=1, repeat=repeat))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=60_000)
    rows = parser.parse_args().rows
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder)) as store:
        create_group(store, GroupSetup("lansgemensam", "Bänk"))
        fill(store, rows)
        filters = DeviationFilters(category_codes=("INUT",), states=("sent", "investigating"))

        baseline = best_of(lambda: store.db.execute("SELECT * FROM deviations").fetchall())
        page = best_of(lambda: query_deviations(store, filters, "-reported_date", 0, 200))
        count = best_of(lambda: count_deviations(store, filters))
        store.db.execute("DROP INDEX idx_deviations_category_reported")
        unindexed = best_of(lambda: count_deviations(store, filters))

    print(f"rows: {rows}")
    print(f"baseline (read all rows): {baseline * 1000:.1f} ms")
    page_ratio = page / baseline
    print(
        f"first page, filtered and sorted: {page_ratio:.3f} × baseline (target < {TARGET_PAGE_RATIO})"
    )
    print(f"filtered count with index: {count / baseline:.3f} × baseline")
    print(f"filtered count without the category index: {unindexed / baseline:.3f} × baseline")
    ok = page_ratio < TARGET_PAGE_RATIO and count < unindexed
    print("OK" if ok else "SLOWER THAN TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
