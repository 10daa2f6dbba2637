"""Meetings: agenda and § numbers, attendance, decisions, action items, summaries, justering."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta

import pytest

from narvard_desktop.errors import ReadOnlyRecordError, ValidationError
from narvard_desktop.services import meetings as m
from narvard_desktop.store.records import get_record, insert_record, update_record

HOSTILE = (
    "<b>fet</b>",
    "a<b",
    "R&D",
    "=cmd|' /C calc'!A0",
    "Lång text " * 20,
    "Emoji 😀👍🏽",
    "مرحبا بالعالم",
    "שלום עולם",
)


def add_people(store, count: int) -> list[str]:
    group_id = store.require_group_id()
    organisation = next(
        store.db.query("SELECT id FROM organisations WHERE group_id = ? LIMIT 1", [group_id])
    )["id"]
    return [
        insert_record(
            store.db,
            "people",
            group_id,
            {
                "name": f"Person {index:02d} Åström",
                "organisation_id": organisation,
                "function": "Enhetschef",
            },
        )
        for index in range(count)
    ]


def add_plan(store) -> str:
    return insert_record(
        store.db,
        "action_plans",
        store.require_group_id(),
        {"title": "Handlingsplan 2026", "period_start": "2026-01-01"},
    )


def set_numbering(store, value: str) -> None:
    group_id = store.require_group_id()
    update_record(store.db, "groups", group_id, group_id, {"paragraph_numbering": value})


@pytest.fixture
def meeting(group_store):
    people = add_people(group_store, 4)
    return m.create_meeting(
        group_store,
        "2026-03-10",
        start_time="13:00",
        end_time="15:00",
        place="Stadshuset",
        chair_person_id=people[0],
        secretary_person_id=people[1],
        adjuster_person_ids=[people[2], people[3]],
    )


def test_new_meeting_gets_the_standard_agenda_with_kinds_and_roles(group_store, meeting):
    items = m.agenda_items(group_store, meeting)
    standard = group_store.reference.standard_agenda()
    assert [item["title"] for item in items] == [row["item"] for row in standard]
    assert [item["number"] for item in items] == list(range(1, len(standard) + 1))
    assert items[0]["kind"] == "formal"
    roles = {item["role"]: item["title"] for item in items}
    assert roles[m.ROLE_DEVIATIONS].startswith("Avvikelser i samverkan")
    assert roles[m.ROLE_ACTION_PLAN].startswith("Uppföljning av handlingsplan")
    assert roles[m.ROLE_PREVIOUS_MINUTES].startswith("Föregående protokoll")
    # The role is stored, not only guessed from the title.
    stored = get_record(group_store.db, "agenda_items", items[6]["id"])
    assert stored["role"] == m.ROLE_DEVIATIONS


def test_new_meeting_invites_the_groups_active_people(group_store, meeting):
    names = [row["name"] for row in m.attendance(group_store, meeting)]
    assert names == sorted(names)
    assert len(names) == 4
    assert {row["presence"] for row in m.attendance(group_store, meeting)} == {"present"}


def test_meeting_validation_rejects_bad_dates_times_and_three_adjusters(group_store):
    people = add_people(group_store, 3)
    with pytest.raises(ValidationError):
        m.create_meeting(group_store, "2026-13-01")
    with pytest.raises(ValidationError):
        m.create_meeting(group_store, "2026-03-01", start_time="25:00")
    with pytest.raises(ValidationError):
        m.create_meeting(group_store, "2026-03-01", start_time="15:00", end_time="14:00")
    with pytest.raises(ValidationError):
        m.create_meeting(group_store, "2026-03-01", adjuster_person_ids=people)
    with pytest.raises(ValidationError):
        m.create_meeting(group_store, "2026-03-01", kind="minutes")


def test_paragraph_numbers_follow_insertion_reordering_and_removal(group_store, meeting):
    first = m.agenda_items(group_store, meeting)
    new_id = m.add_agenda_item(group_store, meeting, "Extra punkt", kind="decision", index=2)
    items = m.agenda_items(group_store, meeting)
    assert items[2]["id"] == new_id and items[2]["number"] == 3
    m.move_agenda_item(group_store, new_id, 0)
    assert m.agenda_items(group_store, meeting)[0]["id"] == new_id
    m.remove_agenda_item(group_store, first[0]["id"])
    items = m.agenda_items(group_store, meeting)
    assert [item["number"] for item in items] == list(range(1, len(first) + 1))
    assert first[0]["id"] not in [item["id"] for item in items]
    with pytest.raises(ValidationError):
        m.reorder_agenda(group_store, meeting, [item["id"] for item in items][1:])


def test_per_year_numbering_runs_on_through_the_calendar_year(group_store):
    set_numbering(group_store, "per_year")
    spring = m.create_meeting(group_store, "2026-03-10", invite_group_people=False)
    autumn = m.create_meeting(group_store, "2026-09-10", invite_group_people=False)
    next_year = m.create_meeting(group_store, "2027-02-01", invite_group_people=False)
    count = len(m.agenda_items(group_store, spring))
    assert m.agenda_items(group_store, spring)[0]["number"] == 1
    assert m.agenda_items(group_store, autumn)[0]["number"] == count + 1
    assert m.agenda_items(group_store, autumn)[-1]["number"] == 2 * count
    assert m.agenda_items(group_store, next_year)[0]["number"] == 1
    m.add_agenda_item(group_store, spring, "Tillägg")
    assert m.agenda_items(group_store, autumn)[0]["number"] == count + 2

    set_numbering(group_store, "per_meeting")
    assert m.agenda_items(group_store, autumn)[0]["number"] == 1


def test_locked_meeting_keeps_its_paragraph_numbers_when_an_earlier_meeting_grows(group_store):
    set_numbering(group_store, "per_year")
    chair, secretary, adjuster = add_people(group_store, 3)
    spring = m.create_meeting(group_store, "2026-03-10", invite_group_people=False)
    autumn = m.create_meeting(
        group_store,
        "2026-09-10",
        chair_person_id=chair,
        secretary_person_id=secretary,
        adjuster_person_ids=[adjuster],
    )
    before = m.paragraph_numbers(group_store, autumn)
    m.lock_meeting(group_store, autumn)
    m.add_agenda_item(group_store, spring, "Sent tillägg")
    assert m.paragraph_numbers(group_store, autumn) == before


def test_decisions_are_written_as_att_clauses(group_store, meeting):
    item = m.agenda_items(group_store, meeting)[3]["id"]
    m.add_decision(group_store, item, "godkänna dagordningen")
    m.add_decision(group_store, item, "Att lägga informationen till handlingarna")
    m.add_decision(group_store, item, "  att  fastställa planen ")
    assert [d["text"] for d in m.decisions(group_store, item)] == [
        "att godkänna dagordningen",
        "att lägga informationen till handlingarna",
        "att fastställa planen",
    ]
    with pytest.raises(ValidationError):
        m.add_decision(group_store, item, "   ")


def test_hostile_text_is_stored_literally(group_store, meeting):
    item = m.agenda_items(group_store, meeting)[0]["id"]
    for text in HOSTILE:
        guest = m.add_guest(group_store, meeting, text, text, text)
        row = get_record(group_store.db, "attendances", guest)
        assert (row["name"], row["organisation_name"], row["function"]) == (
            text.strip(),
            text.strip(),
            text.strip(),
        )
        action = m.add_action_item(group_store, item, text, who=text)
        assert get_record(group_store.db, "action_items", action)["what"] == text.strip()
        decision = m.add_decision(group_store, item, text)
        assert get_record(group_store.db, "decisions", decision)["text"] == "att " + text.strip()


def test_quick_guest_is_co_opted_with_organisation_and_function(group_store, meeting):
    guest = m.add_guest(group_store, meeting, "Gäst Gästsson", "Socialstyrelsen", "Utredare")
    row = next(r for r in m.attendance(group_store, meeting) if r["id"] == guest)
    assert row["presence"] == "co_opted"
    assert (row["organisation_name"], row["function"]) == ("Socialstyrelsen", "Utredare")
    m.set_presence(group_store, guest, "absent")
    assert get_record(group_store.db, "attendances", guest)["presence"] == "absent"
    with pytest.raises(ValidationError):
        m.set_presence(group_store, guest, "sick")


def test_adding_the_same_person_twice_is_refused(group_store, meeting):
    person = m.attendance(group_store, meeting)[0]["person_id"]
    with pytest.raises(ValidationError):
        m.add_attendee(group_store, meeting, person)


def test_lock_stores_canonical_snapshot_and_its_sha256(group_store, meeting):
    item = m.agenda_items(group_store, meeting)[3]["id"]
    m.add_decision(group_store, item, "godkänna dagordningen")
    checksum = m.lock_meeting(group_store, meeting, "2026-03-17")
    row = m.get_meeting(group_store, meeting)
    assert row["locked_at"] and row["approval_date"] == "2026-03-17"
    assert row["locked_checksum"] == checksum
    assert hashlib.sha256(row["locked_content"].encode("utf-8")).hexdigest() == checksum
    content = json.loads(row["locked_content"])
    assert content["meeting"]["approval_date"] == "2026-03-17"
    assert [len(i["decisions"]) for i in content["items"]][3] == 1
    assert m.verify_lock(group_store, meeting) is True


def test_every_change_to_a_locked_meeting_is_refused(group_store, meeting):
    items = m.agenda_items(group_store, meeting)
    item = items[5]["id"]
    decision = m.add_decision(group_store, item, "fastställa planen")
    action = m.add_action_item(group_store, item, "Skriva rutin", who="Anna")
    guest = m.add_guest(group_store, meeting, "Gäst")
    plan = add_plan(group_store)
    activity = insert_record(
        group_store.db,
        "activities",
        group_store.require_group_id(),
        {"action_plan_id": plan, "title": "Aktivitet"},
    )
    link = m.add_link(group_store, item, "activity", activity)
    checksum = m.lock_meeting(group_store, meeting)
    attempts = [
        lambda: m.update_meeting(group_store, meeting, place="Digitalt"),
        lambda: m.delete_meeting(group_store, meeting),
        lambda: m.add_agenda_item(group_store, meeting, "Ny punkt"),
        lambda: m.update_agenda_item(group_store, item, notes="ändrat"),
        lambda: m.remove_agenda_item(group_store, item),
        lambda: m.move_agenda_item(group_store, item, 0),
        lambda: m.reorder_agenda(group_store, meeting, [i["id"] for i in reversed(items)]),
        lambda: m.add_decision(group_store, item, "något nytt"),
        lambda: m.update_decision(group_store, decision, "något annat"),
        lambda: m.remove_decision(group_store, decision),
        lambda: m.add_action_item(group_store, item, "Mer"),
        lambda: m.update_action_item(group_store, action, what="Annat"),
        lambda: m.remove_action_item(group_store, action),
        lambda: m.add_guest(group_store, meeting, "Sen gäst"),
        lambda: m.set_presence(group_store, guest, "absent"),
        lambda: m.remove_attendance(group_store, guest),
        lambda: m.add_link(group_store, item, "activity", activity),
        lambda: m.remove_link(group_store, link),
        lambda: m.lock_meeting(group_store, meeting),
    ]
    for attempt in attempts:
        with pytest.raises(m.MeetingLockedError) as caught:
            attempt()
        assert "2026-03-10" in caught.value.user_message()
    row = m.get_meeting(group_store, meeting)
    assert row["locked_checksum"] == checksum
    assert m.verify_lock(group_store, meeting) is True
    assert m.meeting_document(group_store, meeting)["lock"]["intact"] is True


def test_locked_document_is_the_frozen_content(group_store, meeting):
    chair = m.get_meeting(group_store, meeting)["chair_person_id"]
    m.lock_meeting(group_store, meeting)
    group_id = group_store.require_group_id()
    update_record(group_store.db, "people", chair, group_id, {"name": "Nytt Namn"})
    document = m.meeting_document(group_store, meeting)
    assert document["chair"]["name"] == "Person 00 Åström"
    assert document["lock"]["approval_date"]


def test_reopening_needs_a_reason_is_logged_and_relocking_changes_checksum(group_store, meeting):
    first = m.lock_meeting(group_store, meeting, "2026-03-17")
    with pytest.raises(ValidationError):
        m.reopen_meeting(group_store, meeting, "   ")
    assert m.get_meeting(group_store, meeting)["locked_at"]

    m.reopen_meeting(group_store, meeting, "Fel datum i § 11", by="Anna")
    row = m.get_meeting(group_store, meeting)
    assert row["locked_at"] is None and row["locked_content"] is None
    log = m.reopenings(group_store, meeting)
    assert [(r["reason"], r["reopened_by"], r["previous_checksum"]) for r in log] == [
        ("Fel datum i § 11", "Anna", first)
    ]
    with pytest.raises(ValidationError):
        m.reopen_meeting(group_store, meeting, "igen")

    assert m.lock_meeting(group_store, meeting, "2026-03-17") == first
    m.reopen_meeting(group_store, meeting, "Komplettering")
    item = m.agenda_items(group_store, meeting)[10]["id"]
    m.update_agenda_item(group_store, item, notes="Nästa möte 2026-05-05.")
    assert m.lock_meeting(group_store, meeting, "2026-03-17") != first
    assert len(m.meeting_document(group_store, meeting)["reopenings"]) == 2


def test_action_item_becomes_a_linked_activity(group_store, meeting):
    plan = add_plan(group_store)
    item = m.agenda_items(group_store, meeting)[9]["id"]
    action = m.add_action_item(group_store, item, "Ta fram rutin för hemgång", "MAS", "2026-05-01")
    m.lock_meeting(group_store, meeting)
    # Follow-up of a locked meeting is allowed: it is not protocol content.
    activity_id = m.action_item_to_activity(group_store, action, way_code="A4")
    activity = get_record(group_store.db, "activities", activity_id)
    assert activity["action_plan_id"] == plan
    assert activity["title"] == "Ta fram rutin för hemgång"
    assert activity["due_date"] == "2026-05-01"
    assert activity["way_code"] == "A4"
    assert activity["status"] == "not_started"
    assert "2026-03-10 § 10" in activity["description"]
    assert get_record(group_store.db, "action_items", action)["activity_id"] == activity_id
    links = list(
        group_store.db.query(
            "SELECT from_kind, to_kind, to_id FROM links WHERE from_id = ? AND deleted = 0",
            [action],
        )
    )
    assert links == [{"from_kind": "action_item", "to_kind": "activity", "to_id": activity_id}]
    with pytest.raises(ValidationError):
        m.action_item_to_activity(group_store, action)
    assert m.verify_lock(group_store, meeting) is True


def test_action_item_to_activity_without_a_plan_says_so(group_store, meeting):
    item = m.agenda_items(group_store, meeting)[9]["id"]
    action = m.add_action_item(group_store, item, "Något")
    with pytest.raises(ValidationError):
        m.action_item_to_activity(group_store, action)


def _deviation(store, reported: str, category: str, **extra) -> str:
    return insert_record(
        store.db,
        "deviations",
        store.require_group_id(),
        {
            "event_date": reported,
            "reported_date": reported,
            "category_code": category,
            "description": "Hemlig beskrivning",
            **extra,
        },
    )


def test_deviation_summary_counts_by_category_since_the_previous_meeting(group_store):
    previous = m.create_meeting(group_store, "2026-02-01", invite_group_people=False)
    current = m.create_meeting(group_store, "2026-04-01", invite_group_people=False)
    m.create_meeting(group_store, "2026-06-01", invite_group_people=False)
    _deviation(group_store, "2026-01-15", "INUT")  # before the previous meeting
    _deviation(group_store, "2026-02-01", "INUT")  # on the previous meeting's day
    for day in ("2026-02-02", "2026-03-03", "2026-04-01"):
        _deviation(group_store, day, "INUT")
    _deviation(group_store, "2026-03-10", "SIP")
    _deviation(group_store, "2026-03-11", "SIP", state="misregistered")
    deleted = _deviation(group_store, "2026-03-12", "SIP")
    group_id = group_store.require_group_id()
    group_store.db.table("deviations").update(deleted, {"deleted": 1})
    _deviation(group_store, "2026-03-13", "LKM")
    _deviation(group_store, "2026-04-02", "LKM")  # after this meeting
    assert group_id

    summary = m.deviation_summary(group_store, current)
    assert summary["since"] == "2026-02-01" and summary["until"] == "2026-04-01"
    assert [(row["code"], row["count"]) for row in summary["rows"]] == [
        ("INUT", 3),
        ("SIP", 1),
        ("LKM", 1),
    ]
    assert summary["total"] == 5
    assert "Hemlig" not in json.dumps(summary, ensure_ascii=False)

    first = m.deviation_summary(group_store, previous)
    assert first["since"] is None and first["total"] == 2

    item = m.find_item_by_role(group_store, current, m.ROLE_DEVIATIONS)
    document = m.meeting_document(group_store, current)
    on_item = next(i for i in document["items"] if i["id"] == item["id"])
    assert on_item["deviation_summary"] == summary
    assert "Hemlig" not in json.dumps(document, ensure_ascii=False)


def test_action_plan_summary_counts_statuses_and_finds_delayed_and_due_soon(group_store):
    meeting = m.create_meeting(group_store, "2026-04-01", invite_group_people=False)
    m.create_meeting(group_store, "2026-06-01", invite_group_people=False)
    plan = add_plan(group_store)
    group_id = group_store.require_group_id()
    for title, way, status, due in (
        ("Försenad", "A1", "ongoing", "2026-03-01"),
        ("Klar trots gammalt datum", "A1", "done", "2026-03-01"),
        ("Snart", "A1", "not_started", "2026-05-15"),
        ("Senare", "A4", "ongoing", "2026-08-01"),
        ("Avbruten", "F2", "cancelled", "2026-02-01"),
    ):
        insert_record(
            group_store.db,
            "activities",
            group_id,
            {
                "action_plan_id": plan,
                "title": title,
                "way_code": way,
                "status": status,
                "due_date": due,
            },
        )
    summary = m.action_plan_summary(group_store, meeting)
    by_way = {way["code"]: way for way in summary["ways"]}
    assert list(by_way) == ["A1", "A4", "F2"]
    assert by_way["A1"]["counts"]["ongoing"] == 1
    assert by_way["A1"]["counts"]["done"] == 1
    assert by_way["A1"]["delayed"] == 1 and by_way["A1"]["total"] == 3
    assert by_way["F2"]["delayed"] == 0
    assert [a["title"] for a in summary["delayed"]] == ["Försenad"]
    assert [a["title"] for a in summary["due_soon"]] == ["Snart"]
    assert summary["next_meeting_date"] == "2026-06-01"


def test_open_action_items_come_from_earlier_meetings_only(group_store):
    first = m.create_meeting(group_store, "2026-02-01", invite_group_people=False)
    second = m.create_meeting(group_store, "2026-04-01", invite_group_people=False)
    later = m.create_meeting(group_store, "2026-06-01", invite_group_people=False)
    item_first = m.agenda_items(group_store, first)[9]["id"]
    open_one = m.add_action_item(group_store, item_first, "Öppen", "Anna", "2026-03-01")
    done_one = m.add_action_item(group_store, item_first, "Klar")
    m.set_action_item_done(group_store, done_one)
    m.add_action_item(group_store, m.agenda_items(group_store, later)[9]["id"], "Framtida")
    found = m.open_action_items_before(group_store, second)
    assert [row["id"] for row in found] == [open_one]
    assert found[0]["meeting_date"] == "2026-02-01"


def test_latest_and_next_meeting(group_store):
    today = date(2026, 5, 1)
    m.create_meeting(group_store, today - timedelta(days=40), invite_group_people=False)
    recent = m.create_meeting(group_store, today - timedelta(days=3), invite_group_people=False)
    upcoming = m.create_meeting(group_store, today + timedelta(days=9), invite_group_people=False)
    assert m.latest_meeting_id(group_store, today) == recent
    assert m.next_meeting_id(group_store, today) == upcoming


def test_meetings_of_another_group_are_read_only(group_store):
    other = insert_record(
        group_store.db,
        "groups",
        "01900000-0000-7000-8000-000000000001",
        {"id": "01900000-0000-7000-8000-000000000001", "name": "Annan grupp", "level": "lokal"},
    )
    foreign = insert_record(group_store.db, "meetings", other, {"meeting_date": "2026-01-01"})
    with pytest.raises(ReadOnlyRecordError):
        m.add_agenda_item(group_store, foreign, "Punkt")
