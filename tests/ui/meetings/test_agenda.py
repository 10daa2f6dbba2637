"""The agenda editor: § numbers, reordering, notes, decisions, action items, links, summaries."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from narvard_desktop.services import meetings as m
from narvard_desktop.services.activities import ActivityFilter, query_activities
from narvard_desktop.store.records import insert_record
from narvard_desktop.ui.meetings.agenda_dialogs import LinkChooserDialog, ToActivityDialog
from narvard_desktop.ui.meetings.agenda_editor import AgendaEditor
from narvard_desktop.ui.meetings.agenda_item_models import ActionItemModel, OpenActionItemModel

ANCHOR = date(2026, 10, 15)


@pytest.fixture
def meeting(demo_store):
    return m.create_meeting(demo_store, "2026-11-20", start_time="13:00", place="Stadshuset")


@pytest.fixture
def editor(qtbot, demo_store, meeting):
    widget = AgendaEditor(demo_store)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_meeting(meeting)
    return widget


def select_role(editor: AgendaEditor, role: str) -> dict:
    item = next(item for item in editor.model.items if item["role"] == role)
    editor.select_item(item["id"])
    return item


def shown_titles(editor: AgendaEditor) -> list[str]:
    model = editor.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_ctrl_up_and_down_move_the_item_and_renumber(editor, qtbot, demo_store, meeting):
    other = select_role(editor, m.ROLE_OTHER_BUSINESS)
    row = editor.model.row_of(other["id"])
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    stored = m.agenda_items(demo_store, meeting)
    assert stored[row - 1]["id"] == other["id"] and stored[row - 1]["number"] == row
    assert editor.current_item_id() == other["id"]
    assert shown_titles(editor)[row - 1] == f"§ {row}  {other['title']}"
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    stored = m.agenda_items(demo_store, meeting)
    assert stored[row + 1]["id"] == other["id"] and stored[row + 1]["number"] == row + 2


def test_dropping_an_item_moves_it_to_the_drop_row(editor, demo_store, meeting):
    first = editor.model.items[0]
    data = editor.model.mimeData([editor.model.index(0, 0)])
    assert editor.model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, editor.list.rootIndex())
    order = [item["id"] for item in m.agenda_items(demo_store, meeting)]
    assert order.index(first["id"]) == 2


def click_row(qtbot, editor: AgendaEditor, row: int) -> None:
    rect = editor.list.visualRect(editor.model.index(row, 0))
    qtbot.mouseClick(editor.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_new_item_goes_before_the_closing_items_unless_the_user_chose_one(
    editor, qtbot, demo_store, meeting
):
    # § 1 is selected when the meeting opens, but not by the user.
    assert editor.list.currentIndex().row() == 0
    item_id = editor.create_item("Rapport från vårdcentralen")
    roles = [item["role"] for item in m.agenda_items(demo_store, meeting)]
    ids = [item["id"] for item in m.agenda_items(demo_store, meeting)]
    other = roles.index(m.ROLE_OTHER_BUSINESS)
    assert ids.index(item_id) == other - 1
    assert roles[-1] == m.ROLE_CLOSING
    # Opening the meeting again forgets any earlier choice.
    editor.set_meeting(None)
    editor.set_meeting(meeting)
    second = editor.create_item("Rapport från sjukhuset")
    ids = [item["id"] for item in m.agenda_items(demo_store, meeting)]
    assert ids.index(second) == ids.index(item_id) + 1


def test_new_item_goes_after_the_one_the_user_chose_and_removing_renumbers(
    editor, qtbot, demo_store, meeting, shown_messages
):
    click_row(qtbot, editor, 1)
    assert editor.chosen_by_user
    item_id = editor.create_item("Rapport från SIP-gruppen", "discussion")
    items = m.agenda_items(demo_store, meeting)
    assert (
        items[2]["id"] == item_id and items[2]["number"] == 3 and items[2]["kind"] == "discussion"
    )
    editor.remove_item()  # confirmation answered yes by the test's message box
    assert shown_messages and "Rapport från SIP-gruppen" in shown_messages[-1]
    assert item_id not in [item["id"] for item in m.agenda_items(demo_store, meeting)]
    assert [item["number"] for item in m.agenda_items(demo_store, meeting)] == list(
        range(1, len(items))
    )


def test_notes_save_themselves_after_a_pause_in_typing(editor, qtbot, demo_store, meeting):
    item = select_role(editor, m.ROLE_OTHER_BUSINESS)
    editor.panel.notes.setFocus()
    qtbot.keyClicks(editor.panel.notes, "Asa tog upp hemgangar")
    assert m.agenda_items(demo_store, meeting)[editor.model.row_of(item["id"])]["notes"] is None
    qtbot.waitUntil(
        lambda: (
            m.agenda_items(demo_store, meeting)[editor.model.row_of(item["id"])]["notes"]
            == "Asa tog upp hemgangar"
        ),
        timeout=3000,
    )


def test_notes_are_saved_when_another_item_is_chosen(editor, demo_store, meeting):
    item = select_role(editor, m.ROLE_OTHER_BUSINESS)
    editor.panel.notes.setPlainText("Skrivet precis innan bytet")
    editor.select_item(editor.model.items[0]["id"])
    stored = {row["id"]: row for row in m.agenda_items(demo_store, meeting)}
    assert stored[item["id"]]["notes"] == "Skrivet precis innan bytet"


def test_decision_added_with_enter_becomes_an_att_clause(editor, qtbot, demo_store):
    item = select_role(editor, m.ROLE_AGENDA_APPROVAL)
    editor.panel.decision_entry.setText("godkänna dagordningen")
    qtbot.keyClick(editor.panel.decision_entry, Qt.Key.Key_Return)
    editor.panel.decision_entry.setText("Att lägga rapporten till handlingarna")
    qtbot.keyClick(editor.panel.decision_entry, Qt.Key.Key_Return)
    assert [row["text"] for row in m.decisions(demo_store, item["id"])] == [
        "att godkänna dagordningen",
        "att lägga rapporten till handlingarna",
    ]
    assert editor.panel.decision_entry.text() == ""
    model = editor.panel.decision_model
    assert model.data(model.index(1, 0)) == "att lägga rapporten till handlingarna"


def test_action_item_becomes_an_activity_in_the_chosen_plan(editor, qtbot, demo_store, monkeypatch):
    item = select_role(editor, m.ROLE_OTHER_BUSINESS)
    panel = editor.panel
    panel.action_who.setText("MAS")
    panel.action_what.setText("Ta fram rutin för läkemedelslistor")
    panel.action_due.setText("2027-01-31")
    qtbot.keyClick(panel.action_what, Qt.Key.Key_Return)
    rows = m.action_items(demo_store, item["id"])
    assert [(row["who"], row["what"], row["due_date"]) for row in rows] == [
        ("MAS", "Ta fram rutin för läkemedelslistor", "2027-01-31")
    ]
    chosen: dict = {}

    def fake_exec(dialog: ToActivityDialog) -> int:
        dialog.plan.setCurrentIndex(dialog.plan.count() - 1)
        dialog.way.setCurrentIndex(dialog.way.findData("A2"))
        chosen["plan"] = dialog.plan.currentData()
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ToActivityDialog, "exec", fake_exec)
    panel.action_table.setCurrentIndex(panel.action_model.index(0, ActionItemModel.COL_WHAT))
    panel.make_activity()
    in_plan = query_activities(demo_store, ActivityFilter(plan_id=chosen["plan"]), limit=None)
    activity = next(row for row in in_plan if row["title"] == "Ta fram rutin för läkemedelslistor")
    assert activity["way_code"] == "A2" and activity["due_date"] == "2027-01-31"
    assert m.action_items(demo_store, item["id"])[0]["activity_id"] == activity["id"]
    model = panel.action_model
    assert model.data(model.index(0, ActionItemModel.COL_ACTIVITY)) == activity["title"]


def test_links_to_an_activity_an_indicator_and_a_deviation(editor, demo_store, monkeypatch):
    item = select_role(editor, m.ROLE_ACTION_PLAN)

    def fake_exec(dialog: LinkChooserDialog) -> int:
        assert dialog.proxy.rowCount() > 0
        dialog.list.setCurrentIndex(dialog.proxy.index(0, 0))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LinkChooserDialog, "exec", fake_exec)
    for kind in ("activity", "indicator", "deviation"):
        editor.panel.add_link(kind)
    links = m.item_links(demo_store, item["id"])
    assert sorted(link["kind"] for link in links) == ["activity", "deviation", "indicator"]
    # A deviation is named by date and category, never by its description.
    descriptions = [
        row["description"]
        for row in demo_store.db.query("SELECT description FROM deviations WHERE description != ''")
    ]
    shown = [
        editor.panel.link_model.data(editor.panel.link_model.index(row, 0))
        for row in range(editor.panel.link_model.rowCount())
    ]
    assert not any(description in text for description in descriptions for text in shown)
    editor.panel.link_list.setCurrentIndex(editor.panel.link_model.index(0, 0))
    editor.panel.remove_link()
    assert len(m.item_links(demo_store, item["id"])) == 2


def test_deviation_item_shows_counts_by_category_never_descriptions(qtbot, group_store):
    previous = m.create_meeting(group_store, "2026-02-01", invite_group_people=False)
    current = m.create_meeting(group_store, "2026-04-01", invite_group_people=False)
    group_id = group_store.require_group_id()
    for reported, category in (
        ("2026-01-20", "INUT"),  # before the previous meeting: not counted
        ("2026-02-10", "INUT"),
        ("2026-03-03", "INUT"),
        ("2026-03-10", "SIP"),
        ("2026-04-01", "LKM"),
    ):
        insert_record(
            group_store.db,
            "deviations",
            group_id,
            {
                "event_date": reported,
                "reported_date": reported,
                "category_code": category,
                "description": "Hemlig beskrivning om händelsen",
            },
        )
    editor = AgendaEditor(group_store)
    qtbot.addWidget(editor)
    editor.set_meeting(current)
    select_role(editor, m.ROLE_DEVIATIONS)
    box = editor.panel.deviation_box
    assert not box.isHidden()
    rows = [
        (box.model.data(box.model.index(row, 0)), box.model.data(box.model.index(row, 1)))
        for row in range(box.model.rowCount())
    ]
    name = group_store.reference.category_name
    assert rows[:-1] == [(name("INUT"), "2"), (name("SIP"), "1"), (name("LKM"), "1")]
    assert rows[-1][1] == "4"
    assert "2026-02-01" in box.period.text() and "2026-04-01" in box.period.text()
    texts = json.dumps(rows, ensure_ascii=False) + box.period.text()
    assert "Hemlig" not in texts
    # The earlier meeting counts everything up to its own day.
    editor.set_meeting(previous)
    select_role(editor, m.ROLE_DEVIATIONS)
    assert box.model.data(box.model.index(box.model.rowCount() - 1, 1)) == "1"


def test_action_plan_item_shows_status_per_way_and_what_is_delayed(editor, demo_store, meeting):
    select_role(editor, m.ROLE_ACTION_PLAN)
    box = editor.panel.plan_box
    assert not box.isHidden()
    summary = m.action_plan_summary(demo_store, meeting)
    assert box.ways.rowCount() == len(summary["ways"])
    assert box.delayed.rowCount() == len(summary["delayed"])
    assert box.due_soon.rowCount() == len(summary["due_soon"])
    if summary["delayed"]:
        assert box.delayed.data(box.delayed.index(0, 0)) == summary["delayed"][0]["title"]


def test_previous_minutes_item_lists_open_action_items_and_ticks_them_done(
    editor, demo_store, meeting
):
    select_role(editor, m.ROLE_PREVIOUS_MINUTES)
    box = editor.panel.previous_box
    expected = m.open_action_items_before(demo_store, meeting)
    assert expected, "the demo data has open action items"
    model = box.model
    assert [
        model.data(model.index(row, OpenActionItemModel.COL_WHAT))
        for row in range(model.rowCount())
    ] == [row["what"] for row in expected]
    model.setData(
        model.index(0, OpenActionItemModel.COL_DONE),
        Qt.CheckState.Checked,
        Qt.ItemDataRole.CheckStateRole,
    )
    remaining = [row["id"] for row in m.open_action_items_before(demo_store, meeting)]
    assert expected[0]["id"] not in remaining
    # The ticked row stays (a slip is undone with one more click).
    assert model.rowCount() == len(expected)
    model.setData(
        model.index(0, OpenActionItemModel.COL_DONE),
        Qt.CheckState.Unchecked,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert expected[0]["id"] in [
        row["id"] for row in m.open_action_items_before(demo_store, meeting)
    ]


HOSTILE = (
    "<b>fet</b> & a<b",
    "=cmd|' /C calc'!A0",
    "Lång text " * 20,
    "Emoji 😀👍🏽",
    "שלום עולם",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_in_every_item_field_is_stored_literally(editor, demo_store, text):
    item = select_role(editor, m.ROLE_OTHER_BUSINESS)
    panel = editor.panel
    panel.title.setText(text)
    panel.title.editingFinished.emit()
    panel.notes.setPlainText(text)
    panel.flush()
    panel.decision_entry.setText(text)
    panel.add_decision()
    panel.action_who.setText(text)
    panel.action_what.setText(text)
    panel.add_action_item()
    stored = next(
        row for row in m.agenda_items(demo_store, item["meeting_id"]) if row["id"] == item["id"]
    )
    assert stored["title"] == text.strip() and stored["notes"] == text.strip()
    decision = m.decisions(demo_store, item["id"])[0]["text"]
    assert decision == f"att {text.strip()}"
    action = m.action_items(demo_store, item["id"])[0]
    assert action["who"] == action["what"] == text.strip()
    assert editor.model.data(editor.model.index(editor.model.row_of(item["id"]), 0)).endswith(
        text.strip()
    )
