"""The county data set the benchmarks measure: generated groups, exported, imported.

Each local group is made the way a facilitator makes one (`create_group` for one of the
49 kommuner, then the demo data), grown to its share of the county's avvikelser and
activities, and exported through the app's own export path. The county folder is a
länsgemensam group that imported every file. Everything is drawn from one seeded random
generator, so a seed and a size give the same records every time, and the result is kept
on disk under `bench/.cache/` (or NARVARD_BENCH_CACHE) by seed, size and DATASET_VERSION:
a second run starts measuring at once.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import import_files
from narvard_desktop.exchange.trust import pin_key
from narvard_desktop.services.demo import fill_demo_data
from narvard_desktop.services.group_keys import group_signer
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.signing import own_identity
from narvard_desktop.store import Store
from narvard_desktop.store.records import new_id

# Raise when what a group holds changes, so an old cache is never measured by mistake.
DATASET_VERSION = 7
ANCHOR = date(2026, 10, 15)
STAMP = "2026-10-15T08:00:00Z"
DESCRIPTIONS = (
    "Informationen följde inte med vid utskrivning från sjukhuset.",
    "Läkemedelslistan saknades när patienten kom hem.",
    "SIP-mötet blev inte av trots kallelse.",
    "Hemsjukvården fick inget meddelande om ändrad insulindos.",
    "Hjälpmedel var inte på plats vid hemgång.",
    "Vårdcentralen nåddes inte under eftermiddagen.",
)
STATES = ("registered", "sent", "investigating", "answered", "feedback_given", "closed")


@dataclass(frozen=True)
class Size:
    name: str
    groups: int
    deviations: int  # in the whole county
    activities: int
    events_per_deviation: int


SIZES = {
    "county": Size("county", 49, 60_000, 12_000, 5),
    "quick": Size("quick", 3, 900, 150, 1),
}


@dataclass
class Dataset:
    size: Size
    seed: int
    folder: Path
    files: list[Path]
    county: Path  # data folder of the county group, every file imported
    empty_county: Path  # the same group before any import
    build_seconds: float


def cache_root() -> Path:
    configured = os.environ.get("NARVARD_BENCH_CACHE")
    return Path(configured) if configured else Path(__file__).resolve().parent / ".cache"


def _grow(store: Store, rng: random.Random, deviations: int, activities: int, events: int) -> None:
    """Add this group's share of avvikelser (with their state changes) and activities."""
    db = store.db
    group_id = store.require_group_id()
    organisations = [
        row[0]
        for row in db.execute(
            "SELECT id FROM organisations WHERE group_id = ? AND deleted = 0", [group_id]
        )
    ]
    categories = [row["code"] for row in store.reference.categories()]
    plan_id = db.execute(
        "SELECT id FROM action_plans WHERE group_id = ? AND deleted = 0 LIMIT 1", [group_id]
    ).fetchone()[0]
    deviation_rows, event_rows = [], []
    for _ in range(deviations):
        reported = ANCHOR - timedelta(days=rng.randrange(3 * 365))
        state = rng.choice(STATES)
        answered = (
            (reported + timedelta(days=rng.randrange(10, 90))).isoformat()
            if state in ("answered", "feedback_given", "closed")
            else None
        )
        deviation_id = new_id()
        deviation_rows.append(
            (
                deviation_id,
                group_id,
                STAMP,
                STAMP,
                (reported - timedelta(days=rng.randrange(5))).isoformat(),
                reported.isoformat(),
                rng.choice(categories),
                rng.choice(organisations),
                rng.choice(organisations),
                rng.choice(DESCRIPTIONS),
                rng.randint(1, 4),
                rng.randint(1, 4),
                (reported + timedelta(days=60)).isoformat(),
                answered,
                int(rng.random() < 0.08),
                state,
            )
        )
        for step in range(events):
            event_rows.append(
                (
                    new_id(),
                    group_id,
                    STAMP,
                    STAMP,
                    deviation_id,
                    STATES[step],
                    STATES[step + 1],
                    (reported + timedelta(days=step + 1)).isoformat(),
                )
            )
    activity_rows = []
    for number in range(activities):
        start = ANCHOR - timedelta(days=rng.randrange(700))
        activity_rows.append(
            (
                new_id(),
                group_id,
                STAMP,
                STAMP,
                plan_id,
                f"Aktivitet {number + 1}: gemensam rutin för utskrivning",
                rng.choice(("A1", "A2", "A3", "A4", "A5", "A6", "F1", "F2")),
                rng.choice(organisations),
                start.isoformat(),
                (start + timedelta(days=rng.randrange(30, 400))).isoformat(),
                rng.choice(("not_started", "ongoing", "paused", "done", "cancelled")),
            )
        )
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO deviations (id, group_id, created_at, updated_at, event_date,"
            " reported_date, category_code, reporting_organisation_id,"
            " receiving_organisation_id, description, consequence, likelihood,"
            " answer_due_date, answered_date, system_error, state)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            deviation_rows,
        )
        db.conn.executemany(
            "INSERT INTO deviation_events (id, group_id, created_at, updated_at, deviation_id,"
            " from_state, to_state, changed_on) VALUES (?,?,?,?,?,?,?,?)",
            event_rows,
        )
        db.conn.executemany(
            "INSERT INTO activities (id, group_id, created_at, updated_at, action_plan_id,"
            " title, way_code, responsible_organisation_id, start_date, due_date, status)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            activity_rows,
        )


def _build_group(
    folder: Path, kommun: object, index: int, size: Size, seed: int
) -> tuple[Path, tuple[str, str, dict[str, Any]]]:
    rng = random.Random(seed * 1000 + index)
    with Store(folder / "data") as store:
        create_group(store, GroupSetup("lokal", f"Samverkan {kommun.name}", kommun.code))  # type: ignore[attr-defined]
        fill_demo_data(store, seed=seed * 1000 + index, anchor=ANCHOR)
        _grow(
            store,
            rng,
            size.deviations // size.groups,
            size.activities // size.groups,
            size.events_per_deviation,
        )
        target = folder / f"{index:02d}-{kommun.code}.narvard"  # type: ignore[attr-defined]
        export_data(store, target)
        signer = group_signer(store)
        key = (signer.group_id, signer.public_key, own_identity(store.db, signer.group_id))
    return target, key


def _build(size: Size, seed: int, folder: Path) -> None:
    started = time.perf_counter()
    files_folder = folder / "files"
    files_folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as scratch, Store(Path(scratch) / "ref") as reference:
        kommuner = reference.reference.kommuner()
    rng = random.Random(seed)
    chosen = kommuner if size.groups >= len(kommuner) else rng.sample(kommuner, size.groups)
    files = []
    keys = []
    for index, kommun in enumerate(chosen):
        with tempfile.TemporaryDirectory() as scratch:
            built, key = _build_group(Path(scratch), kommun, index, size, seed)
            files.append(shutil.move(str(built), files_folder / built.name))
            keys.append(key)
    with Store(folder / "empty_county") as store:
        create_group(store, GroupSetup("lansgemensam", "Västra Götalands närvård"))
        # The county has checked every group's key, as a real one does before first files.
        with store.db.atomic():
            for group_id, public_key, identity in keys:
                pin_key(store.db, group_id, public_key, identity, "confirmed")
    shutil.copytree(folder / "empty_county", folder / "county")
    with Store(folder / "county") as store:
        reports = import_files(store, sorted(files_folder.glob("*.narvard")))
        refused = [report for report in reports if not report.ok]
        if refused:
            raise RuntimeError(f"the generated file was refused: {refused[0].error}")
        store.db.execute("ANALYZE")
    for backup in (folder / "county").rglob("*before-import*"):
        backup.unlink()
    (folder / "dataset.json").write_text(
        json.dumps(
            {
                "size": asdict(size),
                "seed": seed,
                "version": DATASET_VERSION,
                "build_seconds": round(time.perf_counter() - started, 1),
            }
        )
    )


def county_dataset(size: Size, seed: int = 1, log=print) -> Dataset:  # noqa: ANN001
    """The cached data set for this size and seed, built first when missing."""
    folder = cache_root() / f"v{DATASET_VERSION}-{size.name}-seed{seed}"
    if not (folder / "dataset.json").exists():
        log(f"Building the {size.name} data set ({size.groups} groups) in {folder} …")
        if folder.exists():
            shutil.rmtree(folder)
        partial = folder.with_name(folder.name + ".partial")
        if partial.exists():
            shutil.rmtree(partial)
        _build(size, seed, partial)
        partial.rename(folder)
    info = json.loads((folder / "dataset.json").read_text())
    return Dataset(
        size,
        seed,
        folder,
        sorted((folder / "files").glob("*.narvard")),
        folder / "county",
        folder / "empty_county",
        info["build_seconds"],
    )
