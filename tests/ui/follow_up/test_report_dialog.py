"""Uppföljning → Skapa rapport: a group made by setup writes its report PDF from the window."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from narvard_desktop import clock
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.ui.follow_up.page import FollowUpPage


@pytest.fixture
def page(group_store, qtbot):
    widget = FollowUpPage(group_store)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_report_is_written_off_the_gui_thread_and_announced(page, qtbot, tmp_path):
    dialog = page.create_report()
    assert dialog.period_edit.text() == str(clock.today().year)
    assert dialog.scope_combo.isHidden(), "a local group reports on itself only"
    target = tmp_path / "rapport"
    with qtbot.waitSignal(dialog.written, timeout=20000) as written:
        dialog.write_to(target, dialog.period_text())
    assert written.args == [str(tmp_path / "rapport.pdf")]
    reader = PdfReader(str(tmp_path / "rapport.pdf"))
    assert "Uppföljningsrapport" in reader.pages[0].extract_text()
    assert "rapport.pdf" in page.last_message


def test_a_period_that_is_none_is_said_under_the_field(page):
    dialog = page.create_report()
    dialog.period_edit.setText("i fjol")
    assert dialog.choose_and_write() is None
    assert dialog.error.isVisible()
    assert "rapportperiod" in dialog.error.text()


def test_upper_levels_choose_whose_records(store, qtbot):
    create_group(store, GroupSetup("delregional", "Delregionala SÄ", delregion="Södra Älvsborg"))
    widget = FollowUpPage(store)
    qtbot.addWidget(widget)
    dialog = widget.create_report()
    assert not dialog.scope_combo.isHidden()
    assert dialog.scope_combo.currentData() == "all"
