"""At the default window size (1200×780), in Swedish and English, no label, table header or
combo box on any section page or main dialog is cut short."""

from __future__ import annotations

import pytest
from layout_checks import cut_cells, cut_text
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from narvard_desktop.services import meetings as m
from narvard_desktop.services.action_plans import list_plans
from narvard_desktop.ui.shell.about_dialog import AboutDialog
from narvard_desktop.ui.shell.backups_dialog import BackupsDialog
from narvard_desktop.ui.shell.settings_dialog import SettingsDialog

DEFAULT_SIZE = QSize(1200, 780)
LANGUAGES = ("sv", "en")


@pytest.fixture(params=LANGUAGES)
def window(request, qtbot, open_session, demo_store):
    data_dir = demo_store.data_dir
    demo_store.close()
    main = open_session(data_dir, request.param).window
    main.resize(DEFAULT_SIZE)
    main.show()
    qtbot.waitExposed(main)
    return main


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)


def check_dialog(qtbot, dialog: QWidget) -> list[str]:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot)
    problems = [f"{type(dialog).__name__}: {problem}" for problem in cut_text(dialog)]
    dialog.close()
    return problems


def test_no_section_page_cuts_text_at_the_default_size(qtbot, window):
    problems = []
    for index, section in enumerate(window.sections):
        window.show_section(index)
        settle(qtbot)
        page = window.pages[section.key]
        problems += [f"{section.key}: {problem}" for problem in cut_text(page)]
    assert not problems, "\n".join(problems)


def test_the_activity_editor_beside_the_list_cuts_no_text(qtbot, window):
    window.show_section_key("plan")
    page = window.pages["plan"]
    settle(qtbot)
    page.open_activity(page.activity_model.row_at(0)["id"])
    settle(qtbot)
    problems = cut_text(page)
    assert not problems, "\n".join(problems)


def test_no_main_dialog_cuts_text(qtbot, window):
    store = window.store
    problems: list[str] = []
    deviations = window.pages["deviations"]
    problems += check_dialog(qtbot, deviations.new_deviation())
    meetings = window.pages["meetings"]
    meeting = m.list_meetings(store)[0]["id"]
    meetings.open_meeting(meeting)
    from narvard_desktop.ui.meetings.editor import NewMeetingDialog
    from narvard_desktop.ui.meetings.pdf_export_dialog import KIND_PROTOCOL, PdfExportDialog
    from narvard_desktop.ui.plan.dialogs import GoalDialog, PlanDialog

    problems += check_dialog(qtbot, NewMeetingDialog(store, window))
    problems += check_dialog(qtbot, PdfExportDialog(store, meeting, KIND_PROTOCOL, window))
    plan_id = list_plans(store)[0]["id"]
    problems += check_dialog(qtbot, PlanDialog(store, plan_id, parent=window))
    problems += check_dialog(qtbot, GoalDialog(store, plan_id, parent=window))
    problems += check_dialog(qtbot, SettingsDialog(store, "sv", window))
    problems += check_dialog(qtbot, BackupsDialog(store, window))
    problems += check_dialog(qtbot, AboutDialog(store, window))
    for dialog in window.findChildren(QDialog):
        dialog.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_import_preview_and_the_justering_dialog_cut_no_text(
    qtbot, open_session, tmp_path, language
):
    from test_exchange_support import make_group

    from narvard_desktop.exchange.export import export_data
    from narvard_desktop.ui.exchange.import_dialog import ImportDialog
    from narvard_desktop.ui.meetings.justering_dialogs import JusteringDialog

    boras = make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490", demo_seed=1)
    package = tmp_path / "boras.narvard"
    export_data(boras, package)
    meeting = m.list_meetings(boras)[0]["id"]
    document = m.meeting_document(boras, meeting)
    boras.close()
    area = make_group(tmp_path, "sa", "delregional", "Delregionala SÄ", delregion="Södra Älvsborg")
    area_dir = area.data_dir
    area.close()
    window = open_session(area_dir, language).window
    window.resize(DEFAULT_SIZE)
    dialog = ImportDialog(window.store, [package], window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.busy, timeout=20_000)
    dialog.table.selectRow(0)
    settle(qtbot)
    problems = [f"ImportDialog: {problem}" for problem in cut_text(dialog)]
    # "Från" and "Status" are filled in after the check: their cells must fit too.
    short_columns = list(range(1, dialog.model.columnCount()))
    problems += [f"ImportDialog: {p}" for p in cut_cells(dialog.table, short_columns)]
    dialog.close()
    problems += check_dialog(qtbot, JusteringDialog(document, window))
    assert not problems, "\n".join(problems)
