"""One table of text limits, held by the services, the store and the Excel import alike."""

from __future__ import annotations

import os

import pytest
from openpyxl import Workbook

from narvard_desktop.errors import NarvardError, ValidationError
from narvard_desktop.record_rules import TEXT_LIMITS, clip_to_limit, text_length, text_limit
from narvard_desktop.services import meetings as m
from narvard_desktop.services.action_plans import create_plan, update_plan
from narvard_desktop.services.activities import create_activity
from narvard_desktop.xlsx.importer import import_workbook


def test_the_limits_are_those_people_expect():
    assert text_limit("title") == 300
    assert text_limit("description") == 20_000
    assert text_limit("name") == 200
    assert text_limit("locked_content", "meetings") > 1_000_000
    assert all(0 < limit <= 20_000 for limit in TEXT_LIMITS.values())


def test_clipping_never_leaves_half_an_emoji():
    clipped = clip_to_limit("a" + "🏥" * 10, 4)
    assert clipped == "a🏥" and text_length(clipped) == 3


def test_services_refuse_a_title_over_its_limit_and_store_nothing(group_store):
    with pytest.raises(ValidationError) as caught:
        create_plan(group_store, {"title": "T" * 301})
    assert caught.value.details["field"] == "title"
    assert "300" in caught.value.user_message()
    assert group_store.db.execute("SELECT count(*) FROM action_plans").fetchone()[0] == 0
    plan = create_plan(group_store, {"title": "T" * 300, "description": "d" * 20_000})
    with pytest.raises(ValidationError):
        update_plan(group_store, plan, {"description": "d" * 20_001})
    with pytest.raises(ValidationError) as caught:
        create_activity(group_store, plan, {"title": "A", "description": "x" * 20_001})
    assert caught.value.details["field"] == "description"


def test_a_meeting_guest_with_a_forty_thousand_character_name_is_refused(group_store):
    meeting = m.create_meeting(group_store, "2026-03-10")
    with pytest.raises(ValidationError) as caught:
        m.add_guest(group_store, meeting, "G" * 40_000, "Org", "Roll")
    assert caught.value.details["field"] == "name"


def test_the_excel_import_refuses_a_row_over_a_limit_naming_sheet_and_row(group_store, tmp_path):
    workbook = Workbook()
    workbook.remove(workbook.active)
    sheet = workbook.create_sheet("Handlingsplaner")
    sheet.append(["Handlingsplan", "Beskrivning"])
    sheet.append(["Bra plan", "kort"])
    sheet.append(["Lång plan", "x" * 20_001])
    sheet.append(["P" * 301, "kort"])
    path = tmp_path / "lang.xlsx"
    workbook.save(path)
    preview = import_workbook(group_store, path)
    assert not preview.ok and not preview.applied
    assert [(error.sheet, error.row) for error in preview.errors] == [
        ("Handlingsplaner", 3),
        ("Handlingsplaner", 4),
    ]
    described = preview.errors[0].describe()
    assert "rad 3" in described and "20000" in described
    assert group_store.db.execute("SELECT count(*) FROM action_plans").fetchone()[0] == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_called_xlsx_is_refused_without_being_opened(group_store, tmp_path):
    fifo = tmp_path / "plan.xlsx"
    os.mkfifo(fifo)
    with pytest.raises(NarvardError) as caught:
        import_workbook(group_store, fifo)
    assert "plan.xlsx" in caught.value.user_message()
    assert "pipe" in caught.value.user_message()
