"""Making a meeting ready for justering in tests: a chair, a secretary and adjusters present."""

from __future__ import annotations

from narvard_desktop.services import meetings as m
from narvard_desktop.services import members


def make_ready_for_justering(store, meeting_id: str) -> dict[str, str]:
    """Chair, secretary and the adjusters the group needs, all present at the meeting."""
    present = [person for person, _name in m.present_people(store, meeting_id)]
    while len(present) < 4:
        person = members.add_member(store, f"Ledamot {len(present) + 1} Justesson")
        m.add_attendee(store, meeting_id, person)
        present.append(person)
    required = m.adjusters_required(store, store.require_group_id())
    roles = {"chair": present[0], "secretary": present[1]}
    m.update_meeting(
        store,
        meeting_id,
        chair_person_id=present[0],
        secretary_person_id=present[1],
        adjuster_person_ids=present[2 : 2 + required],
    )
    return roles
