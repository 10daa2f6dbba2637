"""Justering locks the meeting; reopening needs a reason; the PDF dialog writes real PDFs."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMainWindow

from narvard_desktop.services import meetings as m
from narvard_desktop.services.directory import people_choices
from narvard_desktop.ui.kit.status_notice import StatusNotice
from narvard_desktop.ui.meetings.justering_dialogs import JusteringDialog, ReopenDialog
from narvard_desktop.ui.meetings.page import MeetingsPage
from narvard_desktop.ui.meetings.pdf_export_dialog import KIND_KALLELSE, KIND_PROTOCOL

ANCHOR = date(2026, 10, 15)


@pytest.fixture
def page(qtbot, demo_store):
    widget = MeetingsPage(demo_store, today=ANCHOR)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def meeting(page, demo_store):
    people = [person for person, _name in people_choices(demo_store)]
    meeting_id = m.create_meeting(
        demo_store,
        "2026-11-20",
        start_time="13:00",
        end_time="15:00",
        place="Stadshuset",
        chair_person_id=people[0],
        secretary_person_id=people[1],
        adjuster_person_ids=[people[2]],
    )
    page.refresh()
    page.open_meeting(meeting_id)
    return meeting_id


def approve(page, monkeypatch, day: str) -> None:
    def fake_exec(dialog: JusteringDialog) -> int:
        assert dialog.adjusters.text()  # the adjuster is named in the question
        dialog.approval_date.set_value(day)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(JusteringDialog, "exec", fake_exec)
    page.view.approve()


def test_justering_locks_every_editor_and_shows_banner_with_checksum(
    page, demo_store, meeting, monkeypatch
):
    page.view.agenda.panel.notes.setPlainText("Skrivet före justering")
    approve(page, monkeypatch, "2026-11-27")
    stored = m.get_meeting(demo_store, meeting)
    assert stored["locked_checksum"] and stored["approval_date"] == "2026-11-27"
    view = page.view
    adjuster = m.meeting_document(demo_store, meeting)["adjusters"][0]["name"]
    assert not view.banner.isHidden()
    assert "2026-11-27" in view.banner.title.text() and adjuster in view.banner.title.text()
    assert stored["locked_checksum"] in view.banner.checksum.text()
    # The notes typed just before were saved and frozen with the content.
    first = m.agenda_items(demo_store, meeting)[0]
    assert first["notes"] == "Skrivet före justering"
    assert view.agenda.panel.notes.isReadOnly() and view.agenda.panel.title.isReadOnly()
    assert not view.agenda.panel.add_decision_button.isEnabled()
    assert not view.agenda.add_button.isEnabled()
    assert not view.details.kind.isEnabled() and view.details.place.isReadOnly()
    assert not view.attendance.add_guest_button.isEnabled()
    assert view.attendance.model.read_only and view.agenda.model.read_only
    assert view.reopen_button.isVisible() and not view.lock_button.isVisible()
    # Even a direct attempt through a model is refused by the lock.
    assert not view.agenda.panel.decision_model.add("att ändra i efterhand")


def test_reopening_needs_a_reason_and_is_logged(qtbot, page, demo_store, meeting, monkeypatch):
    approve(page, monkeypatch, "2026-11-27")
    checksum = m.get_meeting(demo_store, meeting)["locked_checksum"]
    dialog = ReopenDialog("2026-11-20")
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.reason.setPlainText("Justerarna bad om rättad § 6")
    assert dialog.ok_button.isEnabled()

    def fake_exec(reopen: ReopenDialog) -> int:
        reopen.reason.setPlainText("Justerarna bad om rättad § 6")
        reopen.by.setText("Sara")
        reopen.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReopenDialog, "exec", fake_exec)
    page.view.reopen()
    stored = m.get_meeting(demo_store, meeting)
    assert stored["locked_at"] is None
    log = m.reopenings(demo_store, meeting)
    assert [(row["reason"], row["reopened_by"], row["previous_checksum"]) for row in log] == [
        ("Justerarna bad om rättad § 6", "Sara", checksum)
    ]
    assert not page.view.reopen_log.isHidden()
    assert "Justerarna bad om rättad § 6" in page.view.reopen_log.text.text()
    assert page.view.banner.isHidden()
    assert not page.view.agenda.panel.notes.isReadOnly()
    # Approving again gives a new checksum once the content changed.
    page.view.agenda.panel.notes.setPlainText("Rättat")
    approve(page, monkeypatch, "2026-11-28")
    assert m.get_meeting(demo_store, meeting)["locked_checksum"] != checksum


@pytest.mark.expects_message("Ange ett skäl")
def test_empty_reason_is_refused_by_the_core_too(
    page, demo_store, meeting, monkeypatch, shown_messages
):
    approve(page, monkeypatch, "2026-11-27")
    assert not page.view.reopen_with("  ")
    assert shown_messages and m.is_locked(m.get_meeting(demo_store, meeting))


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def write_through_dialog(qtbot, page, kind, path, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog = page.view.export_pdf(kind)
    dialog.path.setText(str(path))
    dialog.accept()
    qtbot.waitUntil(lambda: opened == [str(path)], timeout=20000)
    return "".join(page_.extract_text() or "" for page_ in PdfReader(str(path)).pages)


def test_protocol_pdf_through_the_dialog_has_every_paragraph_title(
    qtbot, page, demo_store, meeting, tmp_path, monkeypatch
):
    items = m.agenda_items(demo_store, meeting)
    m.add_decision(demo_store, items[3]["id"], "godkänna dagordningen")
    text = write_through_dialog(qtbot, page, KIND_PROTOCOL, tmp_path / "protokoll.pdf", monkeypatch)
    flat = squashed(text)
    positions = [flat.find(squashed(item["title"])) for item in items]
    assert all(position >= 0 for position in positions)
    assert positions == sorted(positions)
    assert squashed("att godkänna dagordningen") in flat


def test_kallelse_pdf_through_the_dialog(qtbot, page, demo_store, meeting, tmp_path, monkeypatch):
    text = write_through_dialog(qtbot, page, KIND_KALLELSE, tmp_path / "kallelse.pdf", monkeypatch)
    flat = squashed(text)
    assert squashed(m.agenda_items(demo_store, meeting)[-1]["title"]) in flat


def test_leaving_out_the_attendance_list(qtbot, page, demo_store, meeting, tmp_path, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    attendee = m.attendance(demo_store, meeting)[5]["name"]
    dialog = page.view.export_pdf(KIND_PROTOCOL)
    dialog.include_attendance.setChecked(False)
    dialog.open_when_done.setChecked(False)
    written: list[str] = []
    dialog.written.connect(written.append)
    path = tmp_path / "utan-narvaro.pdf"
    dialog.path.setText(str(path))
    dialog.accept()
    qtbot.waitUntil(lambda: written == [str(path)], timeout=20000)
    text = "".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    assert squashed(attendee) not in squashed(text)
    assert opened == []


@pytest.mark.expects_message("personnummer")
def test_pdf_is_refused_while_the_text_holds_a_personnummer(
    page, demo_store, meeting, tmp_path, shown_messages
):
    item = m.agenda_items(demo_store, meeting)[9]
    m.update_agenda_item(demo_store, item["id"], notes="Gällde 19121212-1212 igen")
    dialog = page.view.export_pdf(KIND_PROTOCOL)
    path = tmp_path / "stoppad.pdf"
    dialog.path.setText(str(path))
    dialog.accept()
    assert shown_messages and f"§ {item['number']}" in shown_messages[-1]
    assert "1212" not in shown_messages[-1]
    assert not path.exists()


def test_hostile_text_goes_into_the_pdf_literally(
    qtbot, page, demo_store, meeting, tmp_path, monkeypatch
):
    hostile = "<b>R&D</b> =cmd|' emoji 😀 שלום"
    items = m.agenda_items(demo_store, meeting)
    page.view.agenda.select_item(items[9]["id"])
    page.view.agenda.panel.notes.setPlainText(hostile)
    text = write_through_dialog(qtbot, page, KIND_PROTOCOL, tmp_path / "fientlig.pdf", monkeypatch)
    assert squashed("<b>R&D</b>") in squashed(text)


def test_the_kallelse_writes_the_calendar_file_beside_the_pdf(
    qtbot, page, demo_store, meeting, tmp_path, monkeypatch
):
    from icalendar import Calendar

    from narvard_desktop.reports.calendar_ics import meeting_uid

    write_through_dialog(qtbot, page, KIND_KALLELSE, tmp_path / "kallelse.pdf", monkeypatch)
    ics = tmp_path / "kallelse.ics"
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert [str(event["UID"]) for event in events] == [meeting_uid(meeting)]
    assert events[0]["DTSTART"].dt.tzinfo.key == "Europe/Stockholm"


def test_the_protocol_writes_no_calendar_file(
    qtbot, page, demo_store, meeting, tmp_path, monkeypatch
):
    write_through_dialog(qtbot, page, KIND_PROTOCOL, tmp_path / "protokoll.pdf", monkeypatch)
    assert not (tmp_path / "protokoll.ics").exists()


@pytest.mark.parametrize("viewer_starts", [True, False])
def test_the_status_bar_says_where_the_pdf_went_and_offers_open_and_folder(
    qtbot, demo_store, meeting, tmp_path, monkeypatch, viewer_starts
):
    window = QMainWindow()
    page = MeetingsPage(demo_store, today=ANCHOR)
    window.setCentralWidget(page)
    window.statusBar().showMessage("Närvårdssamverkan Borås")  # as the main window does
    qtbot.addWidget(window)
    window.show()
    page.open_meeting(meeting)
    opened: list[str] = []

    def fake_open(url):
        opened.append(url.toLocalFile())
        return viewer_starts

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)
    dialog = page.view.export_pdf(KIND_PROTOCOL)
    path = tmp_path / "protokoll.pdf"
    dialog.path.setText(str(path))
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.notice is not None, timeout=20000)
    notice = window.statusBar().findChild(StatusNotice)
    assert notice is dialog.notice and notice.isVisible()
    text = notice.label.text()
    assert "protokoll.pdf" in text and str(tmp_path) in text
    assert ("No program" in text) is (not viewer_starts)
    assert set(notice.buttons) == {"Open", "Show in folder"}
    notice.buttons["Show in folder"].click()
    assert opened[-1] == str(tmp_path)
    notice.buttons["Open"].click()
    assert opened[-1] == str(path)
