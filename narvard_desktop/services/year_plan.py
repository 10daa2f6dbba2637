"""Planning the year: a series of meetings on a rhythm, around holidays and the summer.

A series is made from a rule (every N weeks on the first date's weekday, a number of
meetings or an end date, Swedish public holidays and a summer break skipped) or from a
list of dates. Each meeting is an ordinary meeting with the standard agenda and the
group's people invited, chaired and minuted by the people whose function in the
register says ordförande and sekreterare, when there are such people. Single meetings
stay editable like any other.

The series itself (its rule and its meetings) is kept in the local settings table, not
in the meetings: it is a planning aid of this group's own, and a meeting that travels to
another level needs nothing of it. A series can later be shifted (every meeting from a
day on moves by some days) or extended (more meetings on the same rule).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.services.meetings import create_meeting, is_locked, update_meeting
from narvard_desktop.store import Store
from narvard_desktop.store.changes import note_change
from narvard_desktop.store.records import new_id

SERIES_PREFIX = "meeting_series:"
MAX_MEETINGS = 60
# Ordinary summer break of samverkan groups: midsommar to mid-August.
DEFAULT_SUMMER_BREAK = ((6, 15), (8, 15))


def easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _first_weekday_from(start: date, weekday: int) -> date:
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def swedish_holidays(year: int) -> dict[date, str]:
    """Sweden's public holidays, and the eves no one holds meetings on, of one year."""
    easter = easter_sunday(year)
    midsummer_eve = _first_weekday_from(date(year, 6, 19), 4)
    all_saints = _first_weekday_from(date(year, 10, 31), 5)
    return {
        date(year, 1, 1): "Nyårsdagen",
        date(year, 1, 6): "Trettondedag jul",
        easter - timedelta(days=2): "Långfredagen",
        easter - timedelta(days=1): "Påskafton",
        easter: "Påskdagen",
        easter + timedelta(days=1): "Annandag påsk",
        date(year, 5, 1): "Första maj",
        easter + timedelta(days=39): "Kristi himmelsfärdsdag",
        easter + timedelta(days=49): "Pingstdagen",
        date(year, 6, 6): "Sveriges nationaldag",
        midsummer_eve: "Midsommarafton",
        midsummer_eve + timedelta(days=1): "Midsommardagen",
        all_saints: "Alla helgons dag",
        date(year, 12, 24): "Julafton",
        date(year, 12, 25): "Juldagen",
        date(year, 12, 26): "Annandag jul",
        date(year, 12, 31): "Nyårsafton",
    }


def holiday_name(day: date) -> str | None:
    return swedish_holidays(day.year).get(day)


@dataclass(frozen=True)
class SeriesRule:
    first: date
    every_weeks: int = 6
    count: int | None = 6
    until: date | None = None
    skip_holidays: bool = True
    # Month and day of the summer break's first and last day; None: meet all summer.
    summer_break: tuple[tuple[int, int], tuple[int, int]] | None = DEFAULT_SUMMER_BREAK

    def in_summer_break(self, day: date) -> bool:
        if self.summer_break is None:
            return False
        (m1, d1), (m2, d2) = self.summer_break
        return date(day.year, m1, d1) <= day <= date(day.year, m2, d2)

    def after_summer_break(self, day: date) -> date:
        assert self.summer_break is not None
        (m2, d2) = self.summer_break[1]
        return _first_weekday_from(date(day.year, m2, d2) + timedelta(days=1), day.weekday())


_BAD_RULE = QT_TRANSLATE_NOOP(
    "Errors", "A series needs a rhythm of 1 to 52 weeks and an end: a number of meetings or a date."
)
_TOO_MANY = QT_TRANSLATE_NOOP("Errors", "A series can hold at most {count} meetings.")
_NO_DATES = QT_TRANSLATE_NOOP("Errors", "The series has no dates. Give a rule or a list of dates.")


def series_dates(rule: SeriesRule) -> list[date]:
    """The dates of a series: one every N weeks on the first date's weekday.

    A date on a holiday moves on by a week (same weekday); a date in the summer break
    moves to the first such weekday after it. The rhythm then goes on from the date
    the meeting really got, so two meetings are never closer than N weeks.
    """
    if not 1 <= rule.every_weeks <= 52 or (rule.count is None and rule.until is None):
        raise ValidationError(_BAD_RULE, field="every_weeks")
    if rule.count is not None and not 1 <= rule.count <= MAX_MEETINGS:
        raise ValidationError(_TOO_MANY, field="count", count=MAX_MEETINGS)
    days: list[date] = []
    candidate = rule.first
    while len(days) < (rule.count or MAX_MEETINGS):
        for _ in range(60):  # a bounded number of moves; no rule needs more than a few
            if rule.in_summer_break(candidate):
                candidate = rule.after_summer_break(candidate)
            elif rule.skip_holidays and holiday_name(candidate):
                candidate += timedelta(weeks=1)
            else:
                break
        if rule.until is not None and candidate > rule.until:
            break
        days.append(candidate)
        candidate += timedelta(weeks=rule.every_weeks)
    if rule.until is not None and len(days) >= MAX_MEETINGS and rule.count is None:
        raise ValidationError(_TOO_MANY, field="until", count=MAX_MEETINGS)
    return days


@dataclass
class Series:
    id: str
    meeting_ids: list[str]
    start_time: str | None = None
    end_time: str | None = None
    place: str | None = None
    title: str | None = None
    rule: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _person_with_function(store: Store, start: str) -> str | None:
    row = store.db.execute(
        "SELECT id FROM people WHERE group_id = ? AND deleted = 0 AND active = 1"
        " AND lower(trim(COALESCE(function, ''))) LIKE ? ORDER BY name, id LIMIT 1",
        [store.require_group_id(), start + "%"],
    ).fetchone()
    return row[0] if row else None


def group_roles(store: Store) -> tuple[str | None, str | None]:
    """The chair and the secretary by their function in the register, when there are such."""
    return _person_with_function(store, "ordförande"), _person_with_function(store, "sekreterare")


def _save(store: Store, series: Series) -> None:
    # Not Store.set_setting: that commits, and a series is saved with its meetings at once.
    store.db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [SERIES_PREFIX + series.id, json.dumps(asdict(series))],
    )
    note_change(store.db, "settings")


def get_series(store: Store, series_id: str) -> Series:
    text = store.get_setting(SERIES_PREFIX + series_id)
    if text is None:
        raise KeyError(series_id)
    return Series(**json.loads(text))


def list_series(store: Store) -> list[Series]:
    rows = store.db.execute(
        "SELECT value FROM settings WHERE key LIKE ? ORDER BY key", [SERIES_PREFIX + "%"]
    ).fetchall()
    return [Series(**json.loads(value)) for (value,) in rows]


def series_of_meeting(store: Store, meeting_id: str) -> Series | None:
    return next((s for s in list_series(store) if meeting_id in s.meeting_ids), None)


def _create_meetings(store: Store, days: Iterable[date], series: Series) -> list[str]:
    chair, secretary = group_roles(store)
    return [
        create_meeting(
            store,
            day,
            start_time=series.start_time,
            end_time=series.end_time,
            place=series.place,
            title=series.title,
            chair_person_id=chair,
            secretary_person_id=secretary,
        )
        for day in days
    ]


def _rule_dict(rule: SeriesRule | None) -> dict[str, Any] | None:
    if rule is None:
        return None
    values = asdict(rule)
    values["first"] = rule.first.isoformat()
    values["until"] = rule.until.isoformat() if rule.until else None
    return values


def plan_series(
    store: Store,
    rule: SeriesRule | None = None,
    dates: Sequence[date] = (),
    *,
    start_time: str | None = None,
    end_time: str | None = None,
    place: str | None = None,
    title: str | None = None,
) -> Series:
    """Create the meetings of a series (from a rule, or from a list of dates) in one go."""
    days = sorted(set(dates)) if dates else (series_dates(rule) if rule else [])
    if not days:
        raise ValidationError(_NO_DATES, field="dates")
    if len(days) > MAX_MEETINGS:
        raise ValidationError(_TOO_MANY, field="dates", count=MAX_MEETINGS)
    series = Series(new_id(), [], start_time, end_time, place, title, _rule_dict(rule))
    with store.db.atomic():
        series.meeting_ids = _create_meetings(store, days, series)
        _save(store, series)
    return series


def _live_meetings(store: Store, series: Series) -> list[dict[str, Any]]:
    if not series.meeting_ids:
        return []
    marks = ", ".join("?" * len(series.meeting_ids))
    return list(
        store.db.query(
            f"SELECT * FROM meetings WHERE id IN ({marks}) AND deleted = 0"
            " ORDER BY meeting_date, id",
            series.meeting_ids,
        )
    )


def series_meetings(store: Store, series_id: str) -> list[dict[str, Any]]:
    """The series' meetings that still exist, in date order."""
    return _live_meetings(store, get_series(store, series_id))


def shift_series(store: Store, series_id: str, days: int, from_day: date) -> int:
    """Move every unlocked meeting of the series on or after `from_day` by `days` days.

    Approved (locked) meetings stay where they were; returns how many moved.
    """
    moved = 0
    with store.db.atomic():
        for meeting in series_meetings(store, series_id):
            day = date.fromisoformat(meeting["meeting_date"])
            if day < from_day or is_locked(meeting):
                continue
            update_meeting(store, meeting["id"], meeting_date=day + timedelta(days=days))
            moved += 1
    return moved


def extend_series(store: Store, series_id: str, count: int) -> list[str]:
    """Add `count` meetings after the series' last one, on its rule (every N weeks)."""
    series = get_series(store, series_id)
    meetings = _live_meetings(store, series)
    rule_values = dict(series.rule or {})
    every = int(rule_values.get("every_weeks") or 6)
    last = date.fromisoformat(meetings[-1]["meeting_date"]) if meetings else None
    if last is None:
        raise ValidationError(_NO_DATES, field="dates")
    summer = rule_values.get("summer_break")
    rule = SeriesRule(
        first=last + timedelta(weeks=every),
        every_weeks=every,
        count=count,
        skip_holidays=bool(rule_values.get("skip_holidays", True)),
        summer_break=((summer[0][0], summer[0][1]), (summer[1][0], summer[1][1]))
        if summer
        else None,
    )
    with store.db.atomic():
        added = _create_meetings(store, series_dates(rule), series)
        series.meeting_ids.extend(added)
        _save(store, series)
    return added


_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Errors", "Line {line} of the dates, {value}, is not a date (YYYY-MM-DD)."
)


def parse_dates(text: str) -> list[date]:
    """Dates written one a line (or separated by commas); a line that is not one is refused."""
    days = []
    for line_number, line in enumerate(text.replace(",", "\n").splitlines(), start=1):
        value = line.strip()
        if not value:
            continue
        try:
            days.append(date.fromisoformat(value))
        except ValueError:
            raise ValidationError(
                _NOT_A_DATE, field="dates", line=line_number, value=value
            ) from None
    return sorted(set(days))
