"""What a registrar looks for in the protocol, and what the kallelse says, from the register."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from narvard_desktop.reports.protocol_blocks import local_time
from narvard_desktop.reports.protocol_pdf import write_kallelse_pdf, write_protocol_pdf
from narvard_desktop.services import group_details, members
from narvard_desktop.services import meetings as m


def page_texts(path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


@pytest.fixture
def register(group_store):
    people = {
        "chair": members.add_member(
            group_store, "Åsa Öberg", role="chair", email="asa.oberg@boras.se"
        ),
        "secretary": members.add_member(
            group_store, "Lars Berglund", role="secretary", email="lars.berglund@boras.se"
        ),
        "adjuster": members.add_member(group_store, "Märta Ängström"),
        "member": members.add_member(group_store, "Karin Lind", function="MAS"),
    }
    return people


@pytest.fixture
def meeting(group_store, register):
    meeting_id = m.create_meeting(
        group_store, "2026-11-20", place="Stadshuset", adjuster_person_ids=[register["adjuster"]]
    )
    m.update_agenda_item(
        group_store, m.agenda_items(group_store, meeting_id)[5]["id"], notes="Planen gicks igenom."
    )
    return meeting_id


def test_a_justerat_protocol_has_the_range_place_date_and_a_local_lock_stamp(
    group_store, meeting, tmp_path
):
    group_details.update_group_details(group_store, town="Borås")
    m.lock_meeting(group_store, meeting, "2026-11-25")
    pages = page_texts(write_protocol_pdf(group_store, meeting, tmp_path / "p.pdf"))
    last = pages[-1]
    assert "Paragrafer §§ 1–12" in last and "Borås" in last and "2026-11-25" in last
    assert "§ 12" in last  # the signatures share the page with the last §
    locked_at = m.get_meeting(group_store, meeting)["locked_at"]
    assert re.search(r"UTC[+-]\d\d:\d\d", local_time(locked_at))
    assert local_time(locked_at) in re.sub(r"\s+", " ", last)
    assert not any("Utkast" in text for text in pages)
    # Off by default: no anslag/bevis, no "Föredrogs av ordföranden".
    text = "\n".join(pages)
    assert "Anslag/bevis" not in text and "Föredrogs av ordföranden" not in text


def test_the_yearly_numbering_prints_the_years_range(group_store, meeting, tmp_path):
    group_details.update_group_details(group_store, paragraph_numbering="per_year")
    later = m.create_meeting(group_store, "2026-11-27")
    text = "\n".join(page_texts(write_protocol_pdf(group_store, later, tmp_path / "p.pdf")))
    assert "Paragrafer §§ 13–24" in text


def test_posting_certificate_storage_place_and_presented_by_follow_the_settings(
    group_store, meeting, tmp_path
):
    group_details.update_group_details(
        group_store,
        storage_place="Kommunkansliet, Stadshuset",
        print_posting=True,
        print_presented_by=True,
    )
    m.lock_meeting(group_store, meeting, "2026-11-25")
    text = "\n".join(page_texts(write_protocol_pdf(group_store, meeting, tmp_path / "p.pdf")))
    assert "Anslag/bevis" in text and "Kommunkansliet, Stadshuset" in text
    # Only under items without notes: § 6 has its notes instead.
    assert text.count("Föredrogs av ordföranden.") == 11
    assert "Planen gicks igenom." in text


def test_a_reopened_protocol_lists_its_reopenings_in_an_appendix(group_store, meeting, tmp_path):
    m.lock_meeting(group_store, meeting, "2026-11-25")
    m.reopen_meeting(group_store, meeting, "Justerarna bad om rättad § 6", "Lars Berglund")
    pages = page_texts(write_protocol_pdf(group_store, meeting, tmp_path / "p.pdf"))
    assert "Bilaga: öppnat för ändringar efter justering" in pages[-1]
    assert "Justerarna bad om rättad § 6" in pages[-1]
    assert all("Utkast – ej justerat" in text for text in pages)


def test_meeting_notes_have_no_adjusters_and_no_draft_mark(group_store, meeting, tmp_path):
    m.update_meeting(group_store, meeting, kind="notes")
    text = "\n".join(page_texts(write_protocol_pdf(group_store, meeting, tmp_path / "n.pdf")))
    assert "Justerare" not in text and "Utkast" not in text and "Paragrafer" not in text
    assert "Minnesanteckningar" in text


def test_the_kallelse_names_sender_date_apologies_and_the_kallade_on_page_one(
    group_store, register, tmp_path
):
    members.deactivate_member(group_store, register["member"], "2026-06-30")
    meeting = m.create_meeting(group_store, "2026-12-10", start_time="13:00")
    pages = page_texts(write_kallelse_pdf(group_store, meeting, tmp_path / "k.pdf"))
    first = pages[0]
    assert "Kallelsedatum" in first
    assert "Lars Berglund" in first and "lars.berglund@boras.se" in first
    assert "Förhinder anmäls till Lars Berglund (lars.berglund@boras.se) senast 2026-12-07" in (
        re.sub(r"\s+", " ", first)
    )
    assert "Kallade (3)" in first
    assert "Åsa Öberg" in first and "Märta Ängström" in first
    assert "Karin Lind" not in "\n".join(pages)  # she has left the group
    assert first.index("Kallade") < first.index("Dagordning")


def test_the_kallelse_has_no_empty_chair_or_secretary_line(group_store, tmp_path):
    meeting = m.create_meeting(group_store, "2026-12-10")
    text = "\n".join(page_texts(write_kallelse_pdf(group_store, meeting, tmp_path / "k.pdf")))
    assert "Ordförande" not in text and "Sekreterare" not in text
    assert "Dagordning" in text
