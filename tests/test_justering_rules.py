"""Justering has rules: each one refused with its Swedish message, and nothing locked."""

from __future__ import annotations

from datetime import timedelta

import pytest

from narvard_desktop import clock
from narvard_desktop.errors import ValidationError
from narvard_desktop.services import group_details, members
from narvard_desktop.services import meetings as m


@pytest.fixture
def held(group_store):
    """A meeting held with its chair, secretary and one adjuster, all present."""
    chair = members.add_member(group_store, "Åsa Öberg", role="chair")
    secretary = members.add_member(group_store, "Lars Berglund", role="secretary")
    adjuster = members.add_member(group_store, "Märta Ängström")
    other = members.add_member(group_store, "Karin Lind")
    meeting = m.create_meeting(group_store, "2026-11-20", adjuster_person_ids=[adjuster])
    return {
        "meeting": meeting,
        "chair": chair,
        "secretary": secretary,
        "adjuster": adjuster,
        "other": other,
    }


def refused_with(store, meeting_id: str, approval: str | None, words: str) -> None:
    with pytest.raises(ValidationError) as refused:
        m.lock_meeting(store, meeting_id, approval)
    assert words in refused.value.user_message()
    assert not m.is_locked(m.get_meeting(store, meeting_id))


def test_a_held_protocol_with_everyone_present_is_locked(group_store, held):
    assert (
        m.justering_problems(group_store, m.get_meeting(group_store, held["meeting"]), "2026-11-25")
        == []
    )
    m.lock_meeting(group_store, held["meeting"], "2026-11-25")
    assert m.is_locked(m.get_meeting(group_store, held["meeting"]))


def test_a_meeting_in_the_future_is_refused(group_store, held):
    day = clock.today() + timedelta(days=14)
    future = m.create_meeting(group_store, day, adjuster_person_ids=[held["adjuster"]])
    refused_with(group_store, future, day.isoformat(), "har inte hållits än")


def test_meeting_notes_have_no_justering(group_store, held):
    m.update_meeting(group_store, held["meeting"], kind="notes")
    refused_with(group_store, held["meeting"], "2026-11-25", "Minnesanteckningar justeras inte")


def test_a_meeting_without_chair_is_refused(group_store, held):
    m.update_meeting(group_store, held["meeting"], chair_person_id=None)
    refused_with(group_store, held["meeting"], "2026-11-25", "Välj mötets ordförande")


def test_a_meeting_without_secretary_is_refused(group_store, held):
    m.update_meeting(group_store, held["meeting"], secretary_person_id=None)
    refused_with(group_store, held["meeting"], "2026-11-25", "Välj mötets sekreterare")


def test_a_meeting_without_adjuster_is_refused(group_store, held):
    m.update_meeting(group_store, held["meeting"], adjuster_person_ids=[])
    refused_with(group_store, held["meeting"], "2026-11-25", "1 justerare; 0 är valda")


def test_a_group_that_wants_two_adjusters_refuses_one(group_store, held):
    group_details.update_group_details(group_store, adjusters_required=2)
    refused_with(group_store, held["meeting"], "2026-11-25", "2 justerare; 1 är valda")
    m.update_meeting(
        group_store, held["meeting"], adjuster_person_ids=[held["adjuster"], held["other"]]
    )
    m.lock_meeting(group_store, held["meeting"], "2026-11-25")


def test_an_adjuster_who_was_absent_is_refused(group_store, held):
    row = next(
        row
        for row in m.attendance(group_store, held["meeting"])
        if row["person_id"] == held["adjuster"]
    )
    m.set_presence(group_store, row["id"], "absent")
    refused_with(
        group_store, held["meeting"], "2026-11-25", "Märta Ängström är inte markerad som närvarande"
    )


def test_an_approval_date_before_the_meeting_is_refused(group_store, held):
    refused_with(group_store, held["meeting"], "2026-11-19", "kan inte vara före mötet")


def test_every_missing_piece_is_named_at_once(group_store):
    day = clock.today() + timedelta(days=3)
    meeting = m.create_meeting(group_store, day, invite_group_people=False)
    problems = m.justering_problems(
        group_store, m.get_meeting(group_store, meeting), clock.today().isoformat()
    )
    assert len(problems) == 5
    assert any("ordförande" in text for text in problems)
    assert any("sekreterare" in text for text in problems)
    assert any("före mötet" in text for text in problems)
