"""The county benchmark: every row a ratio to a baseline measured in the same run.

    bench/run.sh [--quick] [--seed N] [--json PATH]

Target and baseline of a row run interleaved (target, baseline, target, …) so that a
neighbour's load on the machine falls on both; the table shows the medians, the minima and
the ratio of the medians, and whether the row's goal is met. Rows measured in a process of
their own (start-up, memory, import) run through `probes.py`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NARVARD_TODAY", "2026-10-15")

import county  # noqa: E402  (bench/ is on the path when run as a script)

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable


@dataclass
class Row:
    what: str
    target: list[float]
    baseline: list[float]
    goal_ratio: float | None = None
    goal_seconds: float | None = None
    goal_mb: float | None = None
    mb: float | None = None
    unit: str = "s"
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        base = statistics.median(self.baseline)
        return statistics.median(self.target) / base if base else float("inf")

    @property
    def met(self) -> bool:
        median = statistics.median(self.target)
        checks = []
        if self.goal_ratio is not None:
            checks.append(self.ratio <= self.goal_ratio)
        if self.goal_seconds is not None:
            checks.append(median <= self.goal_seconds)
        if self.goal_mb is not None and self.mb is not None:
            checks.append(self.mb <= self.goal_mb)
        return all(checks)

    def goal_text(self) -> str:
        parts = []
        if self.goal_ratio is not None:
            parts.append(f"≤ {self.goal_ratio:g}×")
        if self.goal_seconds is not None:
            parts.append(
                f"≤ {self.goal_seconds * 1000:g} ms"
                if self.goal_seconds < 1
                else f"≤ {self.goal_seconds:g} s"
            )
        if self.goal_mb is not None:
            parts.append(f"≤ {self.goal_mb:g} MB")
        return ", ".join(parts)

    def as_json(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "unit": self.unit,
            "target_median": statistics.median(self.target),
            "target_min": min(self.target),
            "baseline_median": statistics.median(self.baseline),
            "baseline_min": min(self.baseline),
            "ratio": round(self.ratio, 3),
            "mb": self.mb,
            "goal": self.goal_text(),
            "met": self.met,
            "note": self.note,
            **self.extra,
        }


def interleaved(
    target: Callable[[], object], baseline: Callable[[], object], repeat: int
) -> tuple[list[float], list[float]]:
    target(), baseline()  # warm caches and lazy imports once, untimed
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for index, function in enumerate((target, baseline)):
            started = time.perf_counter()
            function()
            times[index].append(time.perf_counter() - started)
    return times


def python_mb(function: Callable[[], object]) -> float:
    """Peak memory Python allocated while `function` ran (numpy's arrays included)."""
    tracemalloc.start()
    try:
        function()
        return round(tracemalloc.get_traced_memory()[1] / 1e6, 1)
    finally:
        tracemalloc.stop()


def installed_env() -> dict[str, str]:
    """The environment of a program as installed: with its bytecode already compiled.

    pip compiles a wheel's modules when it installs them (and Python's own installer the
    standard library's), so an installed program never compiles at start. The benchmark's
    environment may forbid writing bytecode (PYTHONDONTWRITEBYTECODE), which would make
    every start compile the whole program again. Here the program is compiled once into
    a cache of the benchmark's own (PYTHONPYCACHEPREFIX, nothing written beside the
    sources), and one untimed start of each kind compiles what else it imports; target
    and baseline both run with it, so the comparison stays fair."""
    cache = county.cache_root() / f"pycache-{platform.python_version()}"
    env = {**os.environ, "PYTHONPATH": str(HERE), "PYTHONPYCACHEPREFIX": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    package = HERE.parent / "narvard_desktop"
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(package)], env=env, check=True)
    return env


def probe(*args: str, env: dict[str, str] | None = None) -> tuple[float, dict[str, Any]]:
    """Run a probe process; the wall time from spawn to its report, and the report."""
    started = time.perf_counter()
    result = subprocess.run(
        [PYTHON, str(HERE / "probes.py"), *args],
        capture_output=True,
        text=True,
        check=False,
        env=env or {**os.environ, "PYTHONPATH": str(HERE)},
    )
    wall = time.perf_counter() - started
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"probe {args[0]} failed:\n{result.stderr[-2000:]}")
    return wall, json.loads(lines[-1])


def timed_process(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=True)
    return time.perf_counter() - started


# --- the rows ------------------------------------------------------------------------------


def chart_rows(store: Any, one_group: str, repeat: int) -> list[Row]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from narvard_desktop.services.deviation_analysis import Period
    from narvard_desktop.ui.follow_up import chart_data, chart_drawing

    period = chart_data.last_twelve_months(county.ANCHOR)
    local = Period(period.start, period.end, (one_group,))
    words = chart_data.ChartText()

    def drawn(draw: Callable[[Any, Any], None], data: Any) -> None:
        figure = Figure(figsize=(9, 4.2), dpi=100, layout="constrained")
        canvas = FigureCanvasAgg(figure)
        draw(figure, data)
        canvas.draw()

    def matrix(period: Any) -> Callable[[], None]:
        return lambda: drawn(
            chart_drawing.draw_matrix, (chart_data.matrix_figures(store, period, None), words)
        )

    rows = []
    target, baseline = interleaved(matrix(period), matrix(local), repeat)
    rows.append(
        Row(
            "Uppföljning, county: who reports on whom (query and draw)",
            target,
            baseline,
            goal_seconds=2.0,
            goal_mb=100,
            mb=python_mb(matrix(period)),
            note="baseline: the matrix of one local group",
        )
    )

    def open_chart() -> None:
        drawn(
            chart_drawing.draw_open_overdue,
            (chart_data.open_figures(store, period, county.ANCHOR, None), words),
        )

    def simple_bars(figure: Any, _data: Any) -> None:
        figure.add_subplot().bar(range(12), range(12))

    target, baseline = interleaved(open_chart, lambda: drawn(simple_bars, None), repeat)
    rows.append(
        Row(
            "Uppföljning, county: open and overdue per receiving organisation",
            target,
            baseline,
            goal_ratio=3.0,
            goal_seconds=2.0,
            mb=python_mb(open_chart),
            note="baseline: a simple bar chart of 12 bars",
        )
    )

    def category_chart() -> None:
        table = chart_data.counts_by_category_and_month(store, period, None)
        drawn(chart_drawing.draw_categories, (chart_data.category_series(table), words))

    def bare_categories() -> None:
        counts = store.db.execute(
            "SELECT category_code, substr(reported_date, 1, 7), COUNT(*) FROM deviations"
            " WHERE deleted = 0 AND state != 'misregistered' AND reported_date BETWEEN ? AND ?"
            " GROUP BY 1, 2",
            [period.start.isoformat(), period.end.isoformat()],
        ).fetchall()
        months = sorted({month for _, month, _ in counts})
        figure = Figure(figsize=(9, 4.2), dpi=100, layout="constrained")
        canvas = FigureCanvasAgg(figure)
        axes = figure.add_subplot()
        bottoms = [0] * len(months)
        for code in sorted({code or "" for code, _, _ in counts}):
            heights = [
                sum(n for c, m, n in counts if (c or "") == code and m == month) for month in months
            ]
            axes.bar(range(len(months)), heights, bottom=bottoms, label=code)
            bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
        axes.legend()
        canvas.draw()

    target, baseline = interleaved(category_chart, bare_categories, repeat)
    rows.append(
        Row(
            "Uppföljning, county: one chart (avvikelser per category and month)",
            target,
            baseline,
            goal_ratio=1.5,
            goal_seconds=2.0,
            mb=python_mb(category_chart),
            note="baseline: the same query drawn by bare matplotlib",
        )
    )
    return rows


def list_rows(store: Any, repeat: int) -> list[Row]:
    from narvard_desktop.services import deviation_list as dl

    total = dl.count_deviations(store)
    first = lambda: dl.query_deviations(store, dl.DeviationFilters(), "-reported_date", 0, 200)  # noqa: E731

    def last_page() -> None:
        dl.last_page(store, dl.DeviationFilters(), "-reported_date", 200)

    rows = []
    target, baseline = interleaved(last_page, first, repeat)
    rows.append(
        Row(
            f"Avvikelse list: last page ({total} rows)",
            target,
            baseline,
            goal_ratio=2.0,
            goal_seconds=0.05,
            note="baseline: the first page",
        )
    )
    by_category = dl.DeviationFilters(category_codes=("INUT",))
    open_states = dl.DeviationFilters(states=("sent", "investigating"))
    high_risk = dl.DeviationFilters(needs_analysis_only=True)
    for label, filters in (
        ("category", by_category),
        ("open state", open_states),
        ("needs analysis (risk)", high_risk),
    ):

        def filtered(filters: Any = filters) -> None:
            dl.count_deviations(store, filters)
            dl.query_deviations(store, filters, "-reported_date", 0, 200)

        def unfiltered() -> None:
            dl.count_deviations(store)
            first()

        target, baseline = interleaved(filtered, unfiltered, repeat)
        rows.append(
            Row(
                f"Avvikelse list: {label} filter (count and first page)",
                target,
                baseline,
                goal_seconds=0.05,
                note="baseline: count and first page without a filter",
            )
        )

    def read_all() -> None:
        store.db.execute("SELECT * FROM deviations").fetchall()

    # A word in two of three avvikelser at county size, and one in about a hundred.
    for label, word in (("a common word", "inte"), ("a rare word", "munhälsobedömning")):
        filters = dl.DeviationFilters(text=word)
        matches = dl.count_deviations(store, filters)
        shown = f"over {dl.TEXT_MATCH_CAP}" if dl.count_is_capped(filters, matches) else matches

        def search(filters: Any = filters) -> None:
            dl.count_deviations(store, filters)
            dl.query_deviations(store, filters, "-reported_date", 0, 200)

        target, baseline = interleaved(search, read_all, repeat)
        rows.append(
            Row(
                f"Avvikelse list: free text, {label}, {shown} found (count, first page)",
                target,
                baseline,
                goal_seconds=0.02,
                note="baseline: reading every row; the search index is brought up to date first",
            )
        )
    return rows


def protocol_row(store: Any, repeat: int, scratch: Path) -> Row:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from narvard_desktop.reports.protocol_pdf import write_protocol_pdf
    from narvard_desktop.services.meetings.justering import meeting_document

    group_id = store.require_group_id()
    meeting_id, items, people = store.db.execute(
        "SELECT m.id, (SELECT COUNT(*) FROM agenda_items a WHERE a.meeting_id = m.id),"
        " (SELECT COUNT(*) FROM attendances t WHERE t.meeting_id = m.id)"
        " FROM meetings m WHERE m.group_id = ? AND m.deleted = 0 ORDER BY 2 DESC LIMIT 1",
        [group_id],
    ).fetchone()
    # The baseline lays out the very text the protocol prints, line by line.
    from xml.sax.saxutils import escape

    from pypdf import PdfReader

    write_protocol_pdf(store, meeting_id, scratch / "protocol.pdf")
    texts = [
        escape(line)
        for page in PdfReader(str(scratch / "protocol.pdf")).pages
        for line in (page.extract_text() or "").splitlines()
    ]
    styles = getSampleStyleSheet()

    def plain() -> None:
        SimpleDocTemplate(str(scratch / "plain.pdf"), pagesize=A4).build(
            [Paragraph(text or "-", styles["Normal"]) for text in texts]
        )

    target, baseline = interleaved(
        lambda: write_protocol_pdf(store, meeting_id, scratch / "protocol.pdf"), plain, repeat
    )
    gather, _ = interleaved(lambda: meeting_document(store, meeting_id), lambda: None, repeat)
    return Row(
        f"Protocol PDF, draft ({items} §, {people} people) on the county database",
        target,
        baseline,
        goal_ratio=4.0,
        note=f"baseline: plain reportlab of the same text ({len(texts)} lines); gathering {statistics.median(gather) * 1000:.0f} ms",
        extra={"gather_median": statistics.median(gather)},
    )


def reimport_row(store: Any, path: Path, repeat: int) -> Row:
    from narvard_desktop.exchange.importer import ALREADY_IMPORTED, import_file
    from narvard_desktop.exchange.ledger import find_previous_import

    def again() -> None:
        report = import_file(store, path)
        assert report.outcome == ALREADY_IMPORTED, report.outcome

    def lookup() -> None:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        find_previous_import(store.db, digest, "", "")

    target, baseline = interleaved(again, lookup, repeat)
    return Row(
        "Re-import of a file already imported",
        target,
        baseline,
        goal_seconds=0.05,
        note="baseline: its checksum looked up in the ledger",
    )


def process_rows(data: county.Dataset, work: Path, repeat: int) -> list[Row]:
    rows = []
    starts: tuple[list[float], list[float]] = ([], [])
    peaks: list[float] = []
    bare_peaks: list[float] = []
    installed = installed_env()
    probe("gui-start", str(work / "county"), env=installed)  # compiles, untimed
    probe("bare-window", env=installed)
    for _ in range(repeat):
        wall, figures = probe("gui-start", str(work / "county"), env=installed)
        starts[0].append(wall)
        peaks.append(figures["peak_mb"])
        wall, figures = probe("bare-window", env=installed)
        starts[1].append(wall)
        bare_peaks.append(figures["peak_mb"])
    rows.append(
        Row(
            "GUI start to a shown main window, county",
            starts[0],
            starts[1],
            goal_ratio=3.0,
            goal_mb=150,
            mb=max(peaks),
            note=(
                f"baseline: a bare PySide6 QMainWindow ({max(bare_peaks)} MB); both started"
                " as installed, with their bytecode compiled beforehand"
            ),
        )
    )
    _wall, figures = probe("gui-pages", str(work / "county"))
    rows.append(
        Row(
            "GUI peak memory after visiting every page, county",
            [figures["peak_mb"]],
            [max(bare_peaks)],
            goal_mb=250,
            mb=figures["peak_mb"],
            unit="MB",
            note="baseline: the bare window",
        )
    )

    _wall, figures = probe("status-change", str(work / "county"), str(repeat))
    rows.append(
        Row(
            "One quick status change, every page visited (SQL statements)",
            [figures["statements"]],
            [figures["statements_before"]],
            goal_ratio=0.1,
            unit="SQL",
            note=(
                "baseline: every page reading itself again, as before the change hub;"
                f" {figures['seconds'] * 1000:.0f} ms against"
                f" {figures['seconds_before'] * 1000:.0f} ms"
            ),
            extra={"seconds": figures["seconds"], "seconds_before": figures["seconds_before"]},
        )
    )

    env_dir = work / "cli"
    shutil.copytree(data.empty_county, env_dir)
    cli = [PYTHON, "-m", "narvard_desktop", "--data-dir", str(env_dir), "summary", "--json"]
    target, baseline = interleaved(
        lambda: timed_process(cli), lambda: timed_process([PYTHON, "-c", "pass"]), repeat
    )
    rows.append(
        Row(
            "`summary --json` (a command's start)",
            target,
            baseline,
            goal_ratio=5.0,
            note="baseline: python -c pass",
        )
    )

    # Import: the batch into an empty county group, against bare executemany of its rows.
    from narvard_desktop.exchange.validate import read_package
    from narvard_desktop.store import Store
    from narvard_desktop.store.schema import SYNCED_TABLES

    tables: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
    # Never opened in place: opening migrates, and the cache must stay as it was built.
    shutil.copytree(data.empty_county, work / "reader")
    with Store(work / "reader") as store:
        for path in data.files:
            package = read_package(path, store.db)
            for table in SYNCED_TABLES:
                for record in package.records.get(table, []):
                    columns = sorted(record)
                    tables.setdefault(table, (columns, []))[1].append(
                        tuple(record[name] for name in columns)
                    )
    record_count = sum(len(rows) for _columns, rows in tables.values())
    rows_file = work / "rows.pickle"
    rows_file.write_bytes(pickle.dumps(tables))
    del tables
    imports: tuple[list[float], list[float]] = ([], [])
    figures = {}
    for attempt in range(max(1, repeat // 3)):
        target_dir, raw_dir = work / f"import-{attempt}", work / f"raw-{attempt}"
        shutil.copytree(data.empty_county, target_dir)
        shutil.copytree(data.empty_county, raw_dir)
        _wall, figures = probe("import", str(target_dir), *map(str, data.files))
        imports[0].append(figures["seconds"])
        _wall, raw = probe("raw-insert", str(raw_dir), str(rows_file))
        imports[1].append(raw["seconds"])
        shutil.rmtree(target_dir)
        shutil.rmtree(raw_dir)
    rows.append(
        Row(
            f"Import of {len(data.files)} files ({record_count} records)",
            imports[0],
            imports[1],
            goal_ratio=4.0,
            goal_mb=300,
            mb=figures["peak_mb"],
            note=f"baseline: raw executemany of the same rows; {figures['backups']} backup(s)",
            extra={"backups": figures["backups"], "refused": figures["refused"]},
        )
    )
    return rows


def print_table(rows: list[Row], header: str) -> None:
    print()
    print(header)
    print(
        f"| {'What':<66} | {'median':>9} | {'min':>9} | {'baseline':>9} | {'ratio':>7}"
        f" | {'MB':>6} | {'goal':<22} | met |"
    )
    print("|" + "---|" * 8)

    def show(value: float, unit: str) -> str:
        if unit == "MB":
            return f"{value:.0f} MB"
        if unit == "SQL":
            return f"{value:.0f} SQL"
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"

    for row in rows:
        ratio = f"{row.ratio:>6.2f}" if row.ratio < 0.1 else f"{row.ratio:>6.1f}"
        print(
            f"| {row.what:<66} | {show(statistics.median(row.target), row.unit):>9}"
            f" | {show(min(row.target), row.unit):>9}"
            f" | {show(statistics.median(row.baseline), row.unit):>9} | {ratio}×"
            f" | {'' if row.mb is None else f'{row.mb:.0f}':>6} | {row.goal_text():<22}"
            f" | {'yes' if row.met else 'NO':<3} |"
        )
    for row in rows:
        if row.note:
            print(f"  {row.what}: {row.note}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small data set, a minute or so")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=None)
    parser.add_argument("--json", type=Path, default=None, help="where to write the figures")
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 when a goal is not met (not with --quick)"
    )
    args = parser.parse_args()
    size = county.SIZES["quick" if args.quick else "county"]
    repeat = args.repeat or (3 if args.quick else 7)
    data = county.county_dataset(size, args.seed)

    from narvard_desktop.store import Store

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="narvard-bench-") as scratch:
        work = Path(scratch)
        shutil.copytree(data.county, work / "county")
        with Store(work / "county") as store:
            one_group = store.db.execute(
                "SELECT id FROM groups WHERE level = 'lokal' ORDER BY name LIMIT 1"
            ).fetchone()[0]
            rows += chart_rows(store, one_group, max(3, repeat // 2))
            rows += list_rows(store, repeat)
            rows.append(reimport_row(store, data.files[0], repeat))
            from narvard_desktop.services.demo import fill_demo_data

            # The county's own meetings, for the protocol.
            fill_demo_data(store, seed=args.seed, anchor=county.ANCHOR)
            rows.append(protocol_row(store, repeat, work))
        rows += process_rows(data, work, max(3, repeat // 2))

    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print_table(rows, f"{size.name}: {size.groups} groups, seed {args.seed}; {machine}")
    target = args.json or county.cache_root() / f"results-{size.name}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        json.dumps(
            {
                "size": size.name,
                "seed": args.seed,
                "machine": machine,
                "rows": [row.as_json() for row in rows],
            },
            indent=2,
        )
    )
    print(f"Figures written to {target}")
    if args.strict and not all(row.met for row in rows):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
