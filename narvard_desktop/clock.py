"""The program's one clock: every form, service and report asks here what day it is.

Reading the wall clock in many places made the program impossible to test on a given day
(a form that opened on the 1st of a month could not be given a date). Here the time can be
pinned: by tests, by the demo, or for a whole process with the environment variable
`NARVARD_TODAY` (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`, local time), which child
processes inherit, so the command line sees the same day as the test that started it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from time import monotonic

ENVIRONMENT_VARIABLE = "NARVARD_TODAY"

_pinned: datetime | None = None
# When the clock was pinned, on the monotonic clock: time stamps go on from the pinned
# moment so that records written one after another stay in order.
_pinned_at = monotonic()
_started_at = monotonic()


def parse_moment(text: str) -> datetime:
    """A day or a local date and time, as `pin` and `NARVARD_TODAY` take it."""
    text = text.strip()
    try:
        if "T" in text or " " in text:
            return datetime.fromisoformat(text.replace(" ", "T"))
        return datetime.combine(date.fromisoformat(text), time(12, 0))
    except ValueError:
        raise ValueError(
            f"{ENVIRONMENT_VARIABLE} must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, not {text!r}"
        ) from None


def _pinned_moment() -> tuple[datetime, float] | None:
    if _pinned is not None:
        return _pinned, _pinned_at
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE)
    if from_environment:
        return parse_moment(from_environment), _started_at
    return None


def now() -> datetime:
    """The local date and time, without a time zone (as the user reads it on the wall).

    A pinned clock stands still here, so a test sees one day from start to end.
    """
    pinned_moment = _pinned_moment()
    return pinned_moment[0] if pinned_moment is not None else datetime.now()


def today() -> date:
    return now().date()


def utc_now() -> datetime:
    """Now in UTC, for record time stamps and file names.

    Unlike `now`, a pinned clock ticks on here from the pinned moment: two records saved
    one after the other must not get the same stamp, nor two backups the same file name.
    """
    pinned_moment = _pinned_moment()
    if pinned_moment is None:
        return datetime.now(UTC)
    moment, since = pinned_moment
    return (moment + timedelta(seconds=monotonic() - since)).astimezone(UTC)


def pin(moment: datetime | date | str) -> None:
    """Stop the clock at `moment` for this process (a date alone means noon that day)."""
    global _pinned, _pinned_at
    if isinstance(moment, str):
        moment = parse_moment(moment)
    elif not isinstance(moment, datetime):
        moment = datetime.combine(moment, time(12, 0))
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    _pinned, _pinned_at = moment, monotonic()


def unpin() -> None:
    global _pinned
    _pinned = None


@contextmanager
def pinned(moment: datetime | date | str) -> Iterator[None]:
    """The clock stopped at `moment` inside the block, and as it was before afterwards."""
    global _pinned, _pinned_at
    before = _pinned, _pinned_at
    pin(moment)
    try:
        yield
    finally:
        _pinned, _pinned_at = before
