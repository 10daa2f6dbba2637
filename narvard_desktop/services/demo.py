"""Realistic, entirely fictional demo data of every kind.

The same seed and anchor date always give the same content. Dates are placed
around the anchor date so that the start page has something overdue, something
due soon and a next meeting. Nothing here resembles a personnummer.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date, timedelta

from narvard_desktop import clock
from narvard_desktop.domain import DEVIATION_AWAITING_ANSWER
from narvard_desktop.store import Store
from narvard_desktop.store.changes import note_everything
from narvard_desktop.store.records import insert_record, soft_delete_record
from narvard_desktop.store.schema import SYNCED_TABLES

# The settings key under which the ids of the demo records are kept.
DEMO_RECORDS_SETTING = "demo_records"

FIRST_NAMES = (
    "Anna",
    "Lars",
    "Karin",
    "Per",
    "Maria",
    "Johan",
    "Eva",
    "Mikael",
    "Sara",
    "Anders",
    "Lena",
    "Erik",
    "Helena",
    "Fredrik",
    "Ingrid",
    "Magnus",
    "Sofia",
    "Jonas",
)
LAST_NAMES = (
    "Lindqvist",
    "Berglund",
    "Holm",
    "Sandberg",
    "Ekström",
    "Nyberg",
    "Forsberg",
    "Hedlund",
    "Lundin",
    "Åberg",
    "Östlund",
    "Falk",
    "Wikström",
    "Blom",
)
FUNCTIONS = (
    "MAS",
    "Verksamhetschef",
    "Enhetschef hemsjukvård",
    "Distriktsläkare",
    "Närvårdssamordnare",
    "Avdelningschef",
    "Biståndshandläggare",
    "Vårdcentralschef",
    "Rehabchef",
    "Socialchef",
)

GOALS = (
    ("Fler invånare får vård och stöd i hemmet", "A6"),
    ("Tryggare övergångar mellan sjukhus och hemmet", "A4"),
    ("Personcentrerad planering med den enskilde", "A2"),
)

ACTIVITIES = (
    ("Starta mobilt närsjukvårdsteam dagtid", "A6", 0),
    ("Gemensam rutin för hembesök efter utskrivning", "A4", 1),
    ("Utbildning i SIP för kommun och vårdcentral", "A2", 2),
    ("Kartlägga läkarmedverkan i kommunal primärvård", "A4", 1),
    ("Pilot med digitala tillsynsbesök", "A5", 0),
    ("Hälsosamtal för 75-åringar i samverkan", "A1", None),
    ("Gemensamma arbetsplatsträffar kommun–vårdcentral", "A3", None),
    ("Införa samordnad vårdplanering i SAMSA fullt ut", "F2", 1),
    ("Kompetensplan för undersköterskor i hemsjukvården", "F4", 0),
    ("Uppföljning av läkemedelsgenomgångar", "F3", 2),
    ("Rutin för hjälpmedel vid utskrivning", "A4", 1),
    ("Implementera välfärdsteknik för trygghetslarm", "F1", 0),
    ("Samverkansdag om barn och ungas psykiska hälsa", "A3", None),
    ("Förbättringsarbete för dosexpedition", "F5", 1),
)

INDICATORS = (
    ("Andel utskrivningar med SIP inom 30 dagar", "%", "higher", 42.0, 75.0, 1),
    ("Återinskrivningar inom 30 dagar, 75+", "%", "lower", 18.0, 12.0, 1),
    ("Antal hembesök av mobilt team per månad", "st", "higher", 20.0, 60.0, 0),
    ("Andel avvikelser besvarade inom 60 dagar", "%", "higher", 55.0, 90.0, 2),
)

DEVIATION_TEXTS = (
    ("INUT", "Utskrivningsmeddelande kom efter att patienten redan var hemma."),
    ("INUT", "Planering i SAMSA saknades vid utskrivning en fredag eftermiddag."),
    ("INFO", "Aktuell läkemedelslista följde inte med vid överflyttning."),
    ("SIP", "Kallelse till SIP-möte skickades inte trots begäran från kommunen."),
    ("LAK", "Läkarbesök i särskilt boende uteblev utan besked."),
    ("LKM", "Dosrullar saknades första dagen efter hemgång."),
    ("HJM", "Förskrivet hjälpmedel fanns inte på plats vid hemgång."),
    ("PSY", "Överenskommen samordning inför utskrivning från psykiatrin genomfördes inte."),
    ("REH", "Rehabplan överlämnades inte till kommunens rehabilitering."),
    ("EGV", "Egenvårdsbedömning saknades när kommunen ombads utföra insatsen."),
    ("MOB", "Mobila teamet fick inte information om ändrad ordination."),
    ("HYG", "Information om smitta saknades vid överflyttning."),
    ("BOU", "Elevhälsan fick inte återkoppling efter remiss."),
    ("MUN", "Munhälsobedömning erbjöds inte enligt överenskommelsen."),
)

STATE_PATH = ("registered", "sent", "investigating", "answered", "feedback_given", "closed")

PLACES = ("Stadshuset, sal Vättern", "Vårdcentralen Centrum, konferensrummet", "Digitalt")

DECISIONS = (
    "att godkänna dagordningen",
    "att lägga informationen till handlingarna",
    "att uppdra åt närvårdssamordnaren att ta fram en gemensam rutin",
    "att föra frågan vidare till delregional nivå",
    "att fastställa reviderad handlingsplan",
)


DEMO_ROLES = ("chair", "secretary")


def _quarter_end(year: int, quarter: int) -> date:
    month = quarter * 3
    next_month = date(year + (month // 12), month % 12 + 1, 1)
    return next_month - timedelta(days=1)


def fill_demo_data(
    store: Store,
    seed: int = 1,
    anchor: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Add one group's worth of demo data and return how many records of each kind."""
    group_id = store.require_group_id()
    group = store.own_group() or {}
    rng = random.Random(seed)
    today = anchor or clock.today()
    db = store.db
    counts: dict[str, int] = {}
    created: list[tuple[str, str]] = []

    def add(table: str, values: dict[str, object]) -> str:
        counts[table] = counts.get(table, 0) + 1
        record_id = insert_record(db, table, group_id, values)
        created.append((table, record_id))
        return record_id

    def day(offset: int) -> str:
        return (today + timedelta(days=offset)).isoformat()

    steps, step = 6, 0

    def advance() -> None:
        nonlocal step
        step += 1
        if progress:
            progress(step, steps)

    with db.atomic():
        organisations = [
            row["id"]
            for row in db.query(
                "SELECT id FROM organisations WHERE group_id = ? AND deleted = 0 ORDER BY rowid",
                [group_id],
            )
        ]
        if len(organisations) < 4:
            for name, org_type in (
                ("Kommunal hemsjukvård", "KOM_HSL"),
                ("Socialtjänst", "KOM_SOL"),
                ("Vårdcentralen Centrum", "VC_OFF"),
                ("Sjukhuset, medicinkliniken", "SJH"),
            ):
                organisations.append(add("organisations", {"name": name, "org_type": org_type}))
        advance()

        people: list[str] = []
        used_names: set[str] = set()
        while len(people) < 12:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            if name in used_names:
                continue
            used_names.add(name)
            slug = name.lower().replace(" ", ".").translate(str.maketrans("åäö", "aao"))
            people.append(
                add(
                    "people",
                    {
                        "name": name,
                        "organisation_id": organisations[len(people) % len(organisations)],
                        "function": rng.choice(FUNCTIONS),
                        "email": f"{slug}@exempel.se",
                        # The first two chair and keep the minutes of every demo meeting.
                        "role": DEMO_ROLES[len(people)] if len(people) < 2 else "member",
                    },
                )
            )
        advance()

        meetings: list[tuple[str, date, list[str]]] = []
        standard_agenda = store.reference.standard_agenda()
        for index, offset in enumerate((-150, -95, -40, 20, 80)):
            meeting_day = today + timedelta(days=offset)
            is_past = offset < 0
            chair, secretary, adjuster = people[0], people[1], people[2 + index % 5]
            meeting_id = add(
                "meetings",
                {
                    "title": f"Samverkansmöte {meeting_day:%Y-%m}",
                    "meeting_date": meeting_day.isoformat(),
                    "start_time": "13:00",
                    "end_time": "15:30",
                    "place": PLACES[index % len(PLACES)],
                    "kind": "protocol" if index % 2 == 0 else "notes",
                    "chair_person_id": chair,
                    "secretary_person_id": secretary,
                    "adjuster1_person_id": adjuster,
                    "approval_date": (meeting_day + timedelta(days=7)).isoformat()
                    if is_past
                    else None,
                },
            )
            for position, person_id in enumerate(people):
                person = db.execute(
                    "SELECT p.name, p.function, o.name FROM people p"
                    " LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?",
                    [person_id],
                ).fetchone()
                add(
                    "attendances",
                    {
                        "meeting_id": meeting_id,
                        "person_id": person_id,
                        "name": person[0],
                        "function": person[1],
                        "organisation_name": person[2],
                        # Those who chair, take or check the minutes are there.
                        "presence": "absent"
                        if person_id not in (chair, secretary, adjuster) and rng.random() < 0.2
                        else "present",
                        "position": position,
                    },
                )
            item_ids = []
            for row in standard_agenda:
                item_ids.append(
                    add(
                        "agenda_items",
                        {
                            "meeting_id": meeting_id,
                            "position": int(row["order"]),
                            "title": row["item"],
                            "kind": {"formalia": "formal", "uppföljning": "follow_up"}.get(
                                row["kind"], "information"
                            ),
                            "notes": "Föredrogs av ordföranden." if is_past else None,
                        },
                    )
                )
            meetings.append((meeting_id, meeting_day, item_ids))
        advance()

        plan_id = add(
            "action_plans",
            {
                "title": f"Handlingsplan god och nära vård {today.year}–{today.year + 1}",
                "description": "Lokal handlingsplan utifrån Färdplanen för god och nära vård.",
                "target_group": "Äldre med omfattande behov av vård och omsorg",
                "period_start": f"{today.year}-01-01",
                "period_end": f"{today.year + 1}-12-31",
                "adopted_agenda_item_id": meetings[0][2][5],
            },
        )
        goal_ids = [
            add(
                "goals",
                {"action_plan_id": plan_id, "title": title, "position": position},
            )
            for position, (title, _way) in enumerate(GOALS)
        ]
        statuses = ("not_started", "ongoing", "ongoing", "ongoing", "paused", "done", "cancelled")
        activity_ids = []
        for position, (title, way, goal_index) in enumerate(ACTIVITIES):
            status = statuses[rng.randrange(len(statuses))]
            start = rng.randint(-300, -30)
            due = rng.randint(-60, 200)
            activity_id = add(
                "activities",
                {
                    "action_plan_id": plan_id,
                    "goal_id": goal_ids[goal_index] if goal_index is not None else None,
                    "title": title,
                    "description": f"{title}. Genomförs gemensamt av kommun och region.",
                    "way_code": way,
                    "responsible_organisation_id": organisations[position % len(organisations)],
                    "responsible_person_id": people[position % len(people)],
                    "participating_organisation_ids": json.dumps(
                        rng.sample(organisations, k=min(2, len(organisations)))
                    ),
                    "start_date": day(start),
                    "due_date": day(due),
                    "status": status,
                    "next_checkin_date": day(rng.randint(5, 60)),
                    "position": position,
                },
            )
            activity_ids.append(activity_id)
            for note_index in range(rng.randint(0, 3)):
                add(
                    "progress_notes",
                    {
                        "activity_id": activity_id,
                        "note_date": day(start + 20 * (note_index + 1)),
                        "author": db.execute(
                            "SELECT name FROM people WHERE id = ?", [people[note_index]]
                        ).fetchone()[0],
                        "text": rng.choice(
                            (
                                "Arbetsgruppen har träffats och tagit fram ett utkast.",
                                "Väntar på beslut i ledningsgruppen.",
                                "Första uppföljningen visar positivt resultat.",
                                "Behov av fler deltagare från vårdcentralerna.",
                            )
                        ),
                    },
                )
        advance()

        for name, unit, direction, baseline, target, goal_index in INDICATORS:
            indicator_id = add(
                "indicators",
                {
                    "action_plan_id": plan_id,
                    "goal_id": goal_ids[goal_index],
                    "name": name,
                    "definition": f"{name}, mätt kvartalsvis.",
                    "unit": unit,
                    "source": "Egen uppföljning",
                    "direction": direction,
                    "baseline_value": baseline,
                    "baseline_date": f"{today.year - 1}-01-01",
                    "target_value": target,
                    "target_date": f"{today.year + 1}-12-31",
                },
            )
            value = baseline
            for back in range(8, 0, -1):
                year, quarter = divmod((today.year * 4 + (today.month - 1) // 3) - back, 4)
                quarter += 1
                value += (target - baseline) / 10 + rng.uniform(-2, 2)
                add(
                    "indicator_values",
                    {
                        "indicator_id": indicator_id,
                        "period": f"{year}-Q{quarter}",
                        "period_end": _quarter_end(year, quarter).isoformat(),
                        "value": round(value, 1),
                        "comment": "Preliminär siffra" if back == 1 else None,
                    },
                )
        advance()

        answer_days = int(group.get("answer_days") or 60)
        for index in range(36):
            category, text = DEVIATION_TEXTS[index % len(DEVIATION_TEXTS)]
            reported_offset = -rng.randint(1, 330)
            reported = today + timedelta(days=reported_offset)
            state = STATE_PATH[min(rng.randrange(7), len(STATE_PATH) - 1)]
            if index == 35:
                state = "misregistered"
            reporting, receiving = rng.sample(organisations, k=2)
            consequence, likelihood = rng.randint(1, 4), rng.randint(1, 4)
            answered = state not in (*DEVIATION_AWAITING_ANSWER, "misregistered")
            deviation_id = add(
                "deviations",
                {
                    "external_ref": f"MCP-{reported.year}-{1000 + index}",
                    "event_date": (reported - timedelta(days=rng.randint(0, 6))).isoformat(),
                    "reported_date": reported.isoformat(),
                    "deviation_type": "risk" if index % 5 == 0 else "occurred",
                    "category_code": category,
                    "reporting_organisation_id": reporting,
                    "receiving_organisation_id": receiving,
                    "description": text,
                    "immediate_actions": "Kontakt togs med mottagande enhet samma dag.",
                    "suggested_improvement": "Se över rutinen och följ upp i samverkansgruppen.",
                    "consequence": consequence,
                    "likelihood": likelihood,
                    "care_injury": "injury" if consequence * likelihood >= 12 else "none",
                    "answer_due_date": (reported + timedelta(days=answer_days)).isoformat(),
                    "answer_cause": "Rutinen var inte känd på enheten." if answered else None,
                    "answer_measures": "Rutinen har gåtts igenom på APT." if answered else None,
                    # An answer can only have come in by the anchor day.
                    "answered_date": min(
                        reported + timedelta(days=rng.randint(10, 80)), today
                    ).isoformat()
                    if answered
                    else None,
                    "system_error": 1 if category in ("INUT", "LKM") and index % 3 == 0 else 0,
                    "escalated_to": "delregional" if index % 11 == 0 else None,
                    "state": state,
                },
            )
            path = (
                STATE_PATH[: STATE_PATH.index(state) + 1]
                if state in STATE_PATH
                else (
                    "registered",
                    "misregistered",
                )
            )
            previous = None
            for step_index, to_state in enumerate(path):
                add(
                    "deviation_events",
                    {
                        "deviation_id": deviation_id,
                        "from_state": previous,
                        "to_state": to_state,
                        "changed_on": (reported + timedelta(days=step_index * 9)).isoformat(),
                    },
                )
                previous = to_state
            if index % 7 == 0:
                add(
                    "links",
                    {
                        "from_kind": "deviation",
                        "from_id": deviation_id,
                        "to_kind": "activity",
                        "to_id": activity_ids[index % len(activity_ids)],
                    },
                )

        for _meeting_id, meeting_day, item_ids in meetings:
            if meeting_day > today:
                continue
            add("decisions", {"agenda_item_id": item_ids[3], "position": 0, "text": DECISIONS[0]})
            for position in range(2):
                add(
                    "decisions",
                    {
                        "agenda_item_id": item_ids[5],
                        "position": position,
                        "text": DECISIONS[1 + rng.randrange(len(DECISIONS) - 1)],
                    },
                )
            add(
                "action_items",
                {
                    "agenda_item_id": item_ids[5],
                    "who": "Närvårdssamordnaren",
                    "what": "Ta fram förslag på gemensam rutin för hemgång",
                    "due_date": (meeting_day + timedelta(days=45)).isoformat(),
                    "done": 1 if meeting_day + timedelta(days=45) < today else 0,
                },
            )
            add(
                "action_items",
                {
                    "agenda_item_id": item_ids[9],
                    "who": "Verksamhetschef vårdcentral",
                    "what": "Återkoppla vårdcentralernas syn på läkarmedverkan",
                    "due_date": (meeting_day + timedelta(days=30)).isoformat(),
                    "done": 0,
                },
            )
            add(
                "links",
                {
                    "from_kind": "agenda_item",
                    "from_id": item_ids[5],
                    "to_kind": "activity",
                    "to_id": activity_ids[rng.randrange(len(activity_ids))],
                },
            )
        advance()
        # Remembered here (never exported) so "Remove demo data" takes exactly these.
        known = json.loads(store.get_setting(DEMO_RECORDS_SETTING) or "[]")
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [DEMO_RECORDS_SETTING, json.dumps(known + [list(pair) for pair in created])],
        )
    # Demo data fills every section at once: no view is left out of date.
    note_everything(db)
    return counts


def group_is_empty(store: Store) -> bool:
    """True while the own group has no plan, avvikelse or meeting: demo data may be added."""
    group_id = store.require_group_id()
    return not any(
        store.db.execute(
            f"SELECT 1 FROM {table} WHERE group_id = ? AND deleted = 0 LIMIT 1", [group_id]
        ).fetchone()
        for table in ("action_plans", "deviations", "meetings")
    )


def demo_records(store: Store) -> list[tuple[str, str]]:
    """The demo records that are still there (not deleted since)."""
    stored = json.loads(store.get_setting(DEMO_RECORDS_SETTING) or "[]")
    live: list[tuple[str, str]] = []
    for table, record_id in stored:
        if table not in SYNCED_TABLES:
            continue
        row = store.db.execute(f"SELECT deleted FROM {table} WHERE id = ?", [record_id]).fetchone()
        if row is not None and not row[0]:
            live.append((table, record_id))
    return live


def demo_record_counts(store: Store) -> dict[str, int]:
    """How many demo records of each kind are left, for the question before removing them."""
    counts: dict[str, int] = {}
    for table, _record_id in demo_records(store):
        counts[table] = counts.get(table, 0) + 1
    return counts


def remove_demo_data(store: Store) -> int:
    """Soft-delete exactly the records demo data added (what the user added stays).

    Children go before what they belong to, and the group's own setup (organisations and
    people from the setup wizard) is never touched: only what the demo created.
    """
    group_id = store.require_group_id()
    records = demo_records(store)
    with store.db.atomic():
        for table, record_id in reversed(records):
            soft_delete_record(store.db, table, record_id, group_id)
        store.db.execute("DELETE FROM settings WHERE key = ?", [DEMO_RECORDS_SETTING])
    note_everything(store.db)
    return len(records)
