"""The program reads the date from one clock, and that clock can be pinned."""

import re
import subprocess
import sys
from datetime import date, datetime

import pytest

from narvard_desktop import clock
from narvard_desktop.paths import project_root

WALL_CLOCK_READS = re.compile(
    r"\bdate\.today\(|\bdatetime\.(now|today|utcnow)\(|QDate\.currentDate\(|"
    r"QDateTime\.currentDateTime\(|QTime\.currentTime\("
)


def test_nothing_but_the_clock_reads_the_wall_clock():
    offenders = []
    for folder in ("narvard_desktop", "tests"):
        for path in sorted((project_root() / folder).rglob("*.py")):
            if path.name == "clock.py" or path == project_root() / "tests/test_clock.py":
                continue
            text = path.read_text(encoding="utf-8")
            for match in WALL_CLOCK_READS.finditer(text):
                number = text.count("\n", 0, match.start()) + 1
                offenders.append(f"{path.relative_to(project_root())}:{number}")
    assert offenders == []


def test_a_pinned_clock_gives_that_day_and_time():
    with clock.pinned("2028-02-29"):
        assert clock.today() == date(2028, 2, 29)
    with clock.pinned("2026-12-31T23:59"):
        assert clock.now() == datetime(2026, 12, 31, 23, 59)
        assert clock.today() == date(2026, 12, 31)


def test_time_stamps_go_on_from_the_pinned_moment_and_stay_in_order():
    with clock.pinned("2027-01-01"):
        first, second = clock.utc_now(), clock.utc_now()
        assert first.date() == date(2027, 1, 1)
        assert second > first


def test_leaving_a_pinned_block_restores_the_clock_before_it():
    with clock.pinned("2027-01-01"):
        with clock.pinned("2028-02-29"):
            assert clock.today() == date(2028, 2, 29)
        assert clock.today() == date(2027, 1, 1)


def test_the_command_line_takes_the_day_from_the_environment(monkeypatch):
    monkeypatch.setenv(clock.ENVIRONMENT_VARIABLE, "2027-01-01")
    printed = subprocess.run(
        [sys.executable, "-c", "from narvard_desktop import clock; print(clock.today())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert printed.strip() == "2027-01-01"


def test_a_malformed_environment_day_is_told_plainly():
    with pytest.raises(ValueError, match="NARVARD_TODAY"):
        clock.parse_moment("1 december")
