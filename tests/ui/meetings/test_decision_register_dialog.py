"""Beslutsregistret from the Möten page: filter, open, export and print."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QMainWindow

from narvard_desktop.services import meetings as m
from narvard_desktop.ui.meetings.page import MeetingsPage


@pytest.fixture
def page(qtbot, group_store):
    spring = m.create_meeting(group_store, "2026-04-16", title="Vårmöte")
    autumn = m.create_meeting(group_store, "2026-10-08", title="Höstmöte")
    m.add_decision(
        group_store, m.add_agenda_item(group_store, spring, "Hemgång", kind="decision"), "Att SIP"
    )
    item = m.add_agenda_item(group_store, autumn, "Läkemedel", kind="decision")
    m.add_decision(group_store, item, "Att läkemedelsgenomgångar följs upp.")
    m.add_action_item(group_store, item, "Boka utbildning")
    group_store.db.conn.commit()
    window = QMainWindow()
    widget = MeetingsPage(group_store)
    window.setCentralWidget(widget)
    qtbot.addWidget(window)
    window.resize(1200, 780)
    window.show()
    widget.main_window = window
    widget.spring, widget.autumn = spring, autumn
    return widget


def test_the_register_lists_filters_and_opens_decisions(qtbot, page):
    dialog = page.open_decision_register()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 2).text() == "att läkemedelsgenomgångar följs upp."
    dialog.words.setText("sip")
    dialog.refresh()
    assert dialog.table.rowCount() == 1
    dialog.open_row(0)
    assert page.view.meeting["id"] == page.spring
    dialog.words.setText("")
    dialog.open_only.setChecked(True)
    assert [row.meeting_id for row in dialog.rows] == [page.autumn]


def test_the_register_is_written_as_excel_and_pdf(qtbot, page, tmp_path):
    dialog = page.open_decision_register()
    written = []
    dialog.written.connect(lambda path, withheld: written.append((path, withheld)))
    dialog.write_file(tmp_path / "beslut.xlsx")
    qtbot.waitUntil(lambda: len(written) == 1, timeout=20000)
    sheet = load_workbook(written[0][0]).active
    assert sheet.max_row == 3
    dialog.write_file(tmp_path / "beslut.pdf")
    qtbot.waitUntil(lambda: len(written) == 2, timeout=20000)
    text = " ".join(p.extract_text() or "" for p in PdfReader(written[1][0]).pages)
    assert "Vårmöte" in text or "2026-04-16" in text
    assert "beslut.pdf" in page.last_message
