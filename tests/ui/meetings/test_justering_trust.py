"""A justerat protocol changed in the database afterwards is shown as not trustworthy."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date

import pytest
from justering_helpers import make_ready_for_justering

from narvard_desktop.services import meetings as m
from narvard_desktop.services.directory import people_choices
from narvard_desktop.services.group_keys import group_signer
from narvard_desktop.ui.meetings.page import MeetingsPage
from narvard_desktop.ui.meetings.pdf_export_dialog import KIND_PROTOCOL

ANCHOR = date(2026, 10, 15)


def untrusted(text: str) -> bool:
    # The widgets' language follows the installed translator: either is the same warning.
    return "NOT trustworthy" in text or "INTE tillförlitligt" in text


@pytest.fixture
def page(qtbot, demo_store):
    widget = MeetingsPage(demo_store, today=ANCHOR)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.expects_message("justering")
def test_a_tampered_justering_is_shown_as_not_trustworthy(
    page, demo_store, tmp_path, shown_messages
):
    people = [person for person, _name in people_choices(demo_store)]
    meeting = m.create_meeting(
        demo_store, "2026-11-20", chair_person_id=people[0], adjuster_person_ids=[people[1]]
    )
    m.add_decision(
        demo_store, m.agenda_items(demo_store, meeting)[3]["id"], "godkänna dagordningen"
    )
    make_ready_for_justering(demo_store, meeting)
    m.lock_meeting(demo_store, meeting, "2026-11-27")
    page.refresh()
    page.open_meeting(meeting)
    banner = page.view.banner
    fingerprint = group_signer(demo_store).fingerprint
    assert fingerprint in banner.checksum.text()
    assert not untrusted(banner.checksum.text())

    # Someone edits the frozen text in the database file and fixes the checksum.
    connection = sqlite3.connect(demo_store.path)
    content = connection.execute(
        "SELECT locked_content FROM meetings WHERE id = ?", [meeting]
    ).fetchone()[0]
    forged = content.replace("godkänna dagordningen", "godkänna allt")
    connection.execute(
        "UPDATE meetings SET locked_content = ?, locked_checksum = ? WHERE id = ?",
        [forged, hashlib.sha256(forged.encode()).hexdigest(), meeting],
    )
    connection.commit()
    connection.close()
    page.refresh()
    page.open_meeting(meeting)
    assert untrusted(page.view.banner.checksum.text())
    assert fingerprint not in page.view.banner.checksum.text()
    # Nor is it printed as a justerat protocol.
    dialog = page.view.export_pdf(KIND_PROTOCOL)
    path = tmp_path / "forfalskat.pdf"
    dialog.path.setText(str(path))
    dialog.accept()
    assert "2026-11-20" in shown_messages[-1]
    assert not path.exists()
