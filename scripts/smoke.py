"""Smoke test of an installed or bundled Närvård Samverkan, run as a user would run it.

    python scripts/smoke.py --cli PROGRAM [--gui PROGRAM] [--work DIR]

PROGRAM is the `narvard-desktop` of a fresh venv (scripts/smoke_wheel.sh) or the bundle's
`narvard-desktop-cli` / `narvard-desktop` (scripts/smoke_bundle.sh). Every step runs the
program in its own process from a folder outside the checkout and checks the exit code and
what it wrote: a local group with demo data; summary as JSON; the Excel workbook (opened
with openpyxl) and read back with --dry-run; an export file previewed by a sub-regional
group at the level above; protocol and kallelse PDFs; the window started offscreen, shown
and quit by itself (--quit-after-ms), both on the group and on an empty folder (wizard).
Prints one line a step and the time to the first window; exits non-zero on the first failure.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEP_TIMEOUT_S = 180


class SmokeFailure(Exception):
    pass


def source_version() -> str:
    text = (ROOT / "narvard_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    assert match, "no __version__ in narvard_desktop/__init__.py"
    return match.group(1)


class Runner:
    def __init__(self, cli: str, gui: str, work: Path) -> None:
        self.cli = cli
        self.gui = gui
        self.work = work
        self.passed = 0
        self.last_seconds = 0.0
        self.env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"}
        # The program must find everything it needs inside itself, not in the checkout.
        for name in ("PYTHONPATH", "NARVARD_DATA_DIR", "NARVARD_TEST_TODAY", "NARVARD_TODAY"):
            self.env.pop(name, None)

    def run(self, step: str, program: str, *args: str, expect: int = 0) -> str:
        started = time.monotonic()
        try:
            done = subprocess.run(
                [program, *args],
                cwd=self.work,
                env=self.env,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=STEP_TIMEOUT_S,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired as error:
            raise SmokeFailure(f"{step}: no answer within {STEP_TIMEOUT_S} s") from error
        seconds = time.monotonic() - started
        if done.returncode != expect:
            raise SmokeFailure(
                f"{step}: exit code {done.returncode}, expected {expect}\n"
                f"--- stdout\n{done.stdout[-3000:]}\n--- stderr\n{done.stderr[-3000:]}"
            )
        print(f"ok  {step:<44} {seconds:6.1f} s", flush=True)
        self.last_seconds = seconds
        self.passed += 1
        return done.stdout

    def cli_step(self, step: str, data_dir: str, *args: str, expect: int = 0) -> str:
        return self.run(step, self.cli, "--data-dir", data_dir, *args, expect=expect)


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def check_pdf(path: Path) -> None:
    check(path.is_file(), f"{path.name} was not written")
    head = path.read_bytes()[:5]
    check(head == b"%PDF-", f"{path.name} is not a PDF (starts with {head!r})")


def smoke(runner: Runner) -> dict[str, float]:
    work = runner.work
    out = runner.run("--version", runner.cli, "--version")
    check(source_version() in out, f"--version says {out.strip()!r}, not {source_version()}")

    local = "lokal"
    runner.cli_step(
        "init (lokal, Borås)",
        local,
        *("init", "--level", "lokal", "--kommun", "1490", "--name", "Närvårdssamverkan Borås"),
    )
    runner.cli_step("demo", local, "demo")
    counts = json.loads(runner.cli_step("summary --json", local, "summary", "--json"))
    for kind in ("action_plans", "activities", "deviations", "meetings"):
        check(counts.get(kind, 0) > 0, f"summary: no {kind} after demo ({counts})")

    workbook_path = work / "handlingsplan.xlsx"
    runner.cli_step("xlsx", local, "xlsx", "--out", str(workbook_path))
    from openpyxl import load_workbook

    workbook = load_workbook(workbook_path, read_only=True)
    sheets = workbook.sheetnames
    check(
        {"Handlingsplaner", "Aktiviteter", "Avvikelser"} <= set(sheets),
        f"the workbook's sheets are {sheets}",
    )
    rows = sum(1 for _ in workbook["Aktiviteter"].iter_rows(min_row=2))
    check(rows == counts["activities"], f"Aktiviteter has {rows} rows, not {counts['activities']}")
    workbook.close()
    preview = runner.cli_step(
        "xlsx-import --dry-run", local, "xlsx-import", str(workbook_path), "--dry-run"
    )
    check("Aktiviteter" in preview, f"xlsx-import preview names no sheet:\n{preview}")

    package = work / "boras.narvard"
    runner.cli_step("export", local, "export", "--out", str(package))
    check(zipfile.is_zipfile(package), f"{package.name} is not a zip package")

    upper = "delregional"
    runner.cli_step(
        "init (delregional, Södra Älvsborg)",
        upper,
        *("init", "--level", "delregional", "--delregion", "Södra Älvsborg"),
        *("--name", "Vårdsamverkan Södra Älvsborg"),
    )
    # The delregion has checked Borås's key by phone, as a real one would before a first file.
    keys = json.loads(runner.cli_step("keys --json (sender)", local, "keys", "--json"))
    fingerprint = next(key["fingerprint"] for key in keys if key["origin"] == "own")
    preview = runner.cli_step(
        "import --dry-run (level above)",
        upper,
        *("import", str(package), "--dry-run", "--trust-new-key", fingerprint),
    )
    check("Närvårdssamverkan Borås" in preview, f"import preview:\n{preview}")
    after = json.loads(runner.cli_step("summary after a dry run", upper, "summary", "--json"))
    check(after.get("deviations", 0) == 0, "a dry run imported records")

    protocol = work / "protokoll.pdf"
    runner.cli_step("protocol", local, "protocol", "--meeting", "latest", "--out", str(protocol))
    check_pdf(protocol)
    notice = work / "kallelse.pdf"
    runner.cli_step("kallelse", local, "kallelse", "--meeting", "latest", "--out", str(notice))
    check_pdf(notice)

    timings: dict[str, float] = {}
    runner.run(
        "window on the group, quits by itself",
        runner.gui,
        *("--data-dir", str(work / local), "--quit-after-ms", "300"),
    )
    timings["first window (group, incl. 0.3 s shown)"] = runner.last_seconds
    runner.run(
        "window on an empty folder (setup wizard)",
        runner.gui,
        *("--data-dir", str(work / "empty"), "--quit-after-ms", "300"),
    )
    timings["setup wizard (incl. 0.3 s shown)"] = runner.last_seconds
    return timings


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", required=True, help="the command-line program")
    parser.add_argument("--gui", help="the window's program (default: the same as --cli)")
    parser.add_argument("--work", type=Path, help="a folder for the data and files written")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="narvard-smoke-") as scratch:
        work = args.work or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        runner = Runner(
            str(Path(args.cli).resolve()), str(Path(args.gui or args.cli).resolve()), work
        )
        try:
            timings = smoke(runner)
        except SmokeFailure as failure:
            print(f"FAILED {failure}", file=sys.stderr)
            print(f"smoke: {runner.passed} passed, 1 failed")
            return 1
    for what, seconds in timings.items():
        print(f"time to {what}: {seconds:.1f} s")
    print(f"smoke: {runner.passed} passed, 0 failed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
