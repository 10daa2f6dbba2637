"""Excel from the plan view: export off the GUI thread, import with a preview before writing."""

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QFileDialog

from narvard_desktop.privacy import contains_identifier
from narvard_desktop.services.action_plans import list_plans
from narvard_desktop.services.activities import query_activities
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.services.summary import record_counts
from narvard_desktop.store import Store
from narvard_desktop.store.records import insert_record
from narvard_desktop.ui.plan.excel_dialogs import ExcelExportDialog, ImportPreviewDialog
from narvard_desktop.ui.plan.page import PlanPage
from narvard_desktop.xlsx.exporter import INTERNAL_LABEL, SHARING_LABEL

TODAY = date(2026, 10, 15)


@pytest.fixture
def empty_store(tmp_path):
    with Store(tmp_path / "empty") as store:
        create_group(store, GroupSetup("lokal", "Närvårdssamverkan Borås", "1490"))
        yield store


def make_page(store, qtbot):
    page = PlanPage(store, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def activity_rows(store):
    return sorted(
        (row["title"], row["status"], row["way_code"], row["due_date"], row["goal_title"])
        for row in query_activities(store, limit=None)
    )


def import_through_dialog(page, path, monkeypatch, qtbot):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    page.import_excel()
    qtbot.waitUntil(lambda: page.excel.preview_dialog is not None, timeout=10_000)
    dialog = page.excel.preview_dialog
    assert isinstance(dialog, ImportPreviewDialog) and dialog.isVisible()
    return dialog


def test_export_then_import_through_the_dialogs_gives_the_same_rows(
    demo_store, empty_store, tmp_path, monkeypatch, qtbot, shown_messages
):
    out = tmp_path / "plan"  # without suffix: the dialog adds .xlsx
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    page = make_page(demo_store, qtbot)
    with qtbot.waitSignal(page.excel.exported, timeout=10_000) as exported:
        page.export_excel()
        # First it asks: the workbook is the group's internal working copy.
        page.excel.export_dialog.accept()
    target = tmp_path / "plan.xlsx"
    assert exported.args == [str(target)] and target.exists()
    assert {"Mål", "Aktiviteter", "Indikatorer", "Mätvärden"} <= set(
        load_workbook(target, read_only=True).sheetnames
    )
    assert str(target) in shown_messages[-1]

    other = make_page(empty_store, qtbot)
    assert other.stack.currentIndex() == 0  # no plan yet: the empty state
    before = record_counts(empty_store)
    dialog = import_through_dialog(other, target, monkeypatch, qtbot)
    # The preview has written nothing.
    assert record_counts(empty_store) == before
    assert dialog.import_button.isEnabled()
    sheets = {
        dialog.sheet_model.item(r, 0).text(): int(dialog.sheet_model.item(r, 2).text())
        for r in range(dialog.sheet_model.rowCount())
    }
    assert sheets["Aktiviteter"] == len(query_activities(demo_store, limit=None))

    with qtbot.waitSignal(other.excel.imported, timeout=10_000):
        dialog.import_button.click()
    assert activity_rows(empty_store) == activity_rows(demo_store)
    assert other.stack.currentIndex() == 1
    assert other.plan_combo.currentText() == list_plans(demo_store)[0]["title"]
    assert other.activity_model.rowCount() == len(query_activities(demo_store, limit=None))


def test_import_of_bad_rows_shows_them_by_row_and_writes_nothing(
    group_store, tmp_path, monkeypatch, qtbot
):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Aktiviteter"
    sheet.append(["Handlingsplan", "Aktivitet", "Startdatum", "Slutdatum", "Status"])
    sheet.append(["Plan A", "Bra rad", "2026-01-01", "2026-02-01", "Klar"])
    sheet.append(["Plan A", "Fel ordning", "2026-05-01", "2026-04-01", None])
    sheet.append(["Plan A", "Konstig status", None, None, "Halvklar"])
    path = tmp_path / "fel.xlsx"
    workbook.save(path)
    before = record_counts(group_store)

    page = make_page(group_store, qtbot)
    dialog = import_through_dialog(page, path, monkeypatch, qtbot)
    errors = dialog.error_texts()
    assert len(errors) == 2
    assert "Aktiviteter" in errors[0] and "3" in errors[0]
    assert "4" in errors[1]
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert record_counts(group_store) == before


@pytest.mark.expects_message("inte-excel.xlsx")
def test_a_file_that_is_not_a_workbook_is_refused_with_a_plain_message(
    group_store, tmp_path, monkeypatch, qtbot, shown_messages
):
    path = tmp_path / "inte-excel.xlsx"
    path.write_text("det här är ingen arbetsbok", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    page = make_page(group_store, qtbot)
    operation = page.excel.start_import()
    with qtbot.waitSignal(operation.ended, timeout=10_000):
        pass
    assert page.excel.preview_dialog is None
    assert shown_messages and "inte-excel.xlsx" in shown_messages[-1]


def test_cancelled_file_dialog_does_nothing(group_store, monkeypatch, qtbot):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: ("", ""))
    page = make_page(group_store, qtbot)
    assert page.excel.export() is None
    assert page.excel.start_import() is None


def _cell_texts(path):
    workbook = load_workbook(path)
    return workbook, [
        str(cell.value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]


def test_the_export_asks_once_and_the_copy_for_sharing_leaves_identifiers_out(
    group_store, tmp_path, monkeypatch, qtbot, shown_messages
):
    insert_record(
        group_store.db,
        "deviations",
        group_store.require_group_id(),
        {
            "event_date": "2026-10-01",
            "reported_date": "2026-10-01",
            "category_code": "LKM",
            "description": "Gällde pat19121212-1212 på avdelningen",
        },
    )
    targets = iter([tmp_path / "shared.xlsx", tmp_path / "internal.xlsx", tmp_path / "again.xlsx"])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(next(targets)), "")
    )
    page = make_page(group_store, qtbot)

    with qtbot.waitSignal(page.excel.exported, timeout=10_000):
        page.export_excel()
        dialog = page.excel.export_dialog
        assert isinstance(dialog, ExcelExportDialog) and dialog.isVisible()
        dialog.for_sharing.setChecked(True)
        assert not dialog.dont_ask.isEnabled()
        dialog.accept()
    workbook, texts = _cell_texts(tmp_path / "shared.xlsx")
    assert workbook.properties.title == SHARING_LABEL
    assert not any(contains_identifier(text) for text in texts)
    assert "1" in shown_messages[-1]  # one text was left out, and it says so

    with qtbot.waitSignal(page.excel.exported, timeout=10_000):
        page.export_excel()
        page.excel.export_dialog.dont_ask.setChecked(True)
        page.excel.export_dialog.accept()
    workbook, texts = _cell_texts(tmp_path / "internal.xlsx")
    assert workbook.properties.title == INTERNAL_LABEL
    assert workbook.worksheets[0]["A1"].value == INTERNAL_LABEL
    assert any(contains_identifier(text) for text in texts)  # the group's own copy

    # "Don't ask again": the next export goes straight to the file dialog.
    with qtbot.waitSignal(page.excel.exported, timeout=10_000):
        page.export_excel()
        assert page.excel.export_dialog is None
    assert (tmp_path / "again.xlsx").exists()
