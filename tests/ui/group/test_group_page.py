"""The Gruppen page from a group made by the setup wizard: members entered by keyboard,
a meeting held with them, justerat and printed; organisations merged; details saved."""

from __future__ import annotations

from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from narvard_desktop import clock
from narvard_desktop.reports.protocol_pdf import write_protocol_pdf
from narvard_desktop.services import meetings as m
from narvard_desktop.services import members
from narvard_desktop.ui.group.member_dialog import MemberDialog
from narvard_desktop.ui.group.page import GroupPage
from narvard_desktop.ui.meetings.editor import NewMeetingDialog
from narvard_desktop.ui.meetings.justering_dialogs import JusteringDialog

PEOPLE = (
    ("Åsa Öberg", "chair", "Forvaltningschef"),
    ("Lars Berglund", "secretary", "Utvecklingsledare"),
    ("Märta Ängström", "member", "Verksamhetschef"),
    ("Karin Lind", "member", "MAS"),
)


def set_up_with_wizard(qtbot, open_session, data_dir):
    session = open_session(data_dir)
    wizard = session.wizard
    # "You can change the group's details later" names where: the Gruppen section.
    assert "Gruppen" in wizard.level_page.subTitle()
    wizard.next()
    qtbot.keyClicks(wizard.place_page.search, "borå")
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    return session.window


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_members(qtbot, monkeypatch, people=PEOPLE):
    """The member dialog, used as a keyboard user would: type, pick, Save and new."""

    def fake_exec(dialog: MemberDialog) -> int:
        for number, (name, role, function) in enumerate(people):
            # Typed keys are ASCII only in Qt's test library; the names carry Å and Ö.
            dialog.name_edit.setText(name)
            dialog.role.setCurrentIndex(dialog.role.findData(role))
            dialog.organisation.setCurrentIndex(1 + number % (dialog.organisation.count() - 1))
            qtbot.keyClicks(dialog.function_edit, function)
            if number < len(people) - 1:
                assert dialog.save_and_new(), dialog.errors.visible()
                assert dialog.name_edit.text() == ""
                assert dialog.focusWidget() is dialog.name_edit
            else:
                dialog.save()
        return dialog.result()

    monkeypatch.setattr(MemberDialog, "exec", fake_exec)


def test_a_group_from_the_wizard_enters_members_holds_approves_and_prints_a_meeting(
    qtbot, open_session, data_dir, monkeypatch, tmp_path
):
    window = set_up_with_wizard(qtbot, open_session, data_dir)
    window.show_section_key("group")
    page = window.pages["group"]
    assert window.stack.currentWidget() is page

    type_members(qtbot, monkeypatch)
    page.new_member()
    listed = [
        page.members_model.row_at(row)["name"] for row in range(page.members_model.rowCount())
    ]
    assert sorted(listed) == sorted(name for name, *_ in PEOPLE)
    store = window.store
    ids = {row["name"]: row["id"] for row in members.list_members(store)}

    page.tabs.setCurrentIndex(2)
    page.details.town_edit.setText("Borås")
    assert page.details.save()
    assert store.own_group()["town"] == "Borås"

    def fake_new_meeting(dialog: NewMeetingDialog) -> int:
        dialog.date.set_value("2026-11-20")
        dialog.start.setText("13:00")
        dialog.place.setText("Stadshuset")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewMeetingDialog, "exec", fake_new_meeting)
    window.show_section_key("meetings")
    meetings_page = window.pages["meetings"]
    meeting_id = meetings_page.new_meeting()
    meeting = m.get_meeting(store, meeting_id)
    # Attendance comes from the register, everyone present; chair and secretary by role.
    assert {row["person_id"]: row["presence"] for row in m.attendance(store, meeting_id)} == {
        person: "present" for person in ids.values()
    }
    assert meeting["chair_person_id"] == ids["Åsa Öberg"]
    assert meeting["secretary_person_id"] == ids["Lars Berglund"]
    details = meetings_page.view.details
    assert details.adjuster1.findData(ids["Märta Ängström"]) >= 0
    choose(details.adjuster1, ids["Märta Ängström"])

    def fake_justering(dialog: JusteringDialog) -> int:
        dialog.approval_date.set_value("2026-11-25")
        assert dialog.ok_button.isEnabled(), dialog.problems.text()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(JusteringDialog, "exec", fake_justering)
    meetings_page.view.approve()
    assert m.is_locked(m.get_meeting(store, meeting_id))

    pdf = write_protocol_pdf(store, meeting_id, tmp_path / "protokoll.pdf")
    pages = [page.extract_text() or "" for page in PdfReader(str(pdf)).pages]
    text = "\n".join(pages)
    for name in ("Åsa Öberg", "Lars Berglund", "Märta Ängström"):
        assert name in text
    assert "Paragrafer §§ 1–12" in text
    assert "Justeringsdatum" in text and "2026-11-25" in text
    assert "Borås" in pages[-1]
    assert "Utkast" not in text


def test_an_unapproved_protocol_says_draft_on_every_page(group_store, tmp_path):
    meeting = m.create_meeting(group_store, "2026-11-20")
    for item in m.agenda_items(group_store, meeting):
        m.update_agenda_item(group_store, item["id"], notes="Gruppen gick igenom läget. " * 40)
    pdf = write_protocol_pdf(group_store, meeting, tmp_path / "utkast.pdf")
    pages = [page.extract_text() or "" for page in PdfReader(str(pdf)).pages]
    assert len(pages) >= 3
    assert all("Utkast – ej justerat" in text for text in pages)


def test_the_justering_dialog_names_what_is_missing_and_waits(qtbot, group_store):
    day = clock.today() + timedelta(days=7)
    meeting = m.create_meeting(group_store, day)
    dialog = JusteringDialog(m.meeting_document(group_store, meeting), None, group_store)
    qtbot.addWidget(dialog)
    problems = dialog.problems.text()
    assert "har inte hållits än" in problems
    assert "Välj mötets ordförande" in problems and "Välj mötets sekreterare" in problems
    assert "1 justerare; 0 är valda" in problems
    assert not dialog.ok_button.isEnabled()
    dialog.approval_date.set_value((day - timedelta(days=1)).isoformat())
    assert "kan inte vara före mötet" in dialog.problems.text()
    dialog.accept()
    assert not m.is_locked(m.get_meeting(group_store, meeting))


def test_a_member_added_from_the_attendance_list_lands_in_the_register(
    qtbot, open_session, group_store, monkeypatch
):
    data_dir = group_store.data_dir
    meeting = m.create_meeting(group_store, "2026-11-20")
    group_store.close()
    window = open_session(data_dir).window
    window.show_section_key("meetings")
    page = window.pages["meetings"]
    page.open_meeting(meeting)
    type_members(qtbot, monkeypatch, PEOPLE[3:])
    attendance = page.view.attendance
    assert attendance.new_member_button.isEnabled()
    attendance.new_member()
    store = window.store
    added = next(row for row in members.list_members(store) if row["name"] == "Karin Lind")
    assert added["id"] in {row["person_id"] for row in m.attendance(store, meeting)}
    group_page = window.pages["group"]
    window.show_section_key("group")
    assert "Karin Lind" in [row["name"] for row in group_page.members_model.rows]


def test_a_wrong_value_is_shown_under_its_field(qtbot, group_store):
    dialog = MemberDialog(group_store)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Per Holm")
    qtbot.keyClicks(dialog.email_edit, "per.holm")
    qtbot.keyClicks(dialog.active_from, "2026-02-30")
    assert not dialog.save()
    assert "e-post" in dialog.errors.message("email")
    assert dialog.email_edit.hasFocus() or dialog.errors.visible()
    dialog.email_edit.setText("per.holm@boras.se")
    assert not dialog.save()
    assert "2026-02-30" in dialog.errors.message("active_from")
    dialog.active_from.setText("2026-02-28")
    assert dialog.save()
    assert [row["name"] for row in members.list_members(group_store)] == ["Per Holm"]


def test_two_organisations_are_merged_from_the_page(qtbot, group_store):
    page = GroupPage(group_store)
    qtbot.addWidget(page)
    rows = page.organisations_model.rows
    survivor, merged = rows[0]["id"], rows[1]["id"]
    person = members.add_member(group_store, "Åsa Öberg", organisation_id=merged)
    assert page.merge_into(survivor, merged)
    assert merged not in [row["id"] for row in page.organisations_model.rows]
    assert group_store.record("people", person)["organisation_id"] == survivor


def test_the_merge_dialog_refuses_the_same_organisation_twice(qtbot, group_store):
    from narvard_desktop.ui.group.organisation_dialogs import MergeDialog

    dialog = MergeDialog(group_store)
    qtbot.addWidget(dialog)
    dialog.survivor.setCurrentIndex(dialog.merged.currentIndex())
    dialog.accept()
    assert "olika organisationer" in dialog.errors.message("survivor_id")
    assert dialog.result() == 0


def test_members_leave_and_come_back_from_the_page(qtbot, group_store, swedish_widgets):
    person = members.add_member(group_store, "Per Holm")
    page = GroupPage(group_store)
    qtbot.addWidget(page)
    page.select_member(person)
    page.toggle_member_active()
    assert group_store.record("people", person)["active"] == 0
    page.select_member(person)
    assert page.members_model.data(page.members_model.index(0, 7)) == "Har slutat"
    page.toggle_member_active()
    assert group_store.record("people", person)["active"] == 1


def test_delete_on_a_selected_member_asks_and_deletes(qtbot, group_store, shown_messages):
    person = members.add_member(group_store, "Fel Registrerad")
    page = GroupPage(group_store)
    qtbot.addWidget(page)
    page.show()
    page.select_member(person)
    page.members_table.setFocus()
    qtbot.keyClick(page.members_table, Qt.Key.Key_Delete)
    assert any("Fel Registrerad" in box.text for box in shown_messages.boxes)
    assert group_store.record("people", person)["deleted"] == 1
    assert page.members_model.rowCount() == 0


def test_a_member_who_left_is_not_offered_for_the_attendance_list(qtbot, open_session, group_store):
    data_dir = group_store.data_dir
    meeting = m.create_meeting(group_store, "2026-11-20")
    left = members.add_member(group_store, "Eva Strand", active_to="2026-06-30")
    serving = members.add_member(group_store, "Per Holm")
    group_store.close()
    window = open_session(data_dir).window
    page = window.pages["meetings"]
    page.open_meeting(meeting)
    combo = page.view.attendance.member_combo
    offered = [combo.itemData(index) for index in range(combo.count())]
    assert serving in offered and left not in offered
