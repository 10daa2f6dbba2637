"""The avvikelse list: filters, overdue marks, sorting, 60 000 rows and the personnummer check."""

import time
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor

from narvard_desktop.privacy import scan_database
from narvard_desktop.services import deviations as dev
from narvard_desktop.services.deviation_list import count_deviations
from narvard_desktop.store.records import insert_record, new_id, utc_now
from narvard_desktop.ui.deviations.list_model import (
    COL_DESCRIPTION,
    COL_DUE,
    COL_REPORTED,
    COL_RISK,
    DeviationTableModel,
)
from narvard_desktop.ui.deviations.page import DeviationsPage
from narvard_desktop.ui.kit.changes import hub_for

PERSONNUMMER = "19850412-1230"


@pytest.fixture
def page(qtbot, demo_store):
    widget = DeviationsPage(demo_store)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_rows(page):
    return [page.model.row_at(row) for row in range(page.model.rowCount())]


def live_count(store, where="1 = 1", params=()):
    return store.db.execute(
        f"SELECT COUNT(*) FROM deviations WHERE deleted = 0 AND {where}", list(params)
    ).fetchone()[0]


def test_the_list_shows_every_live_deviation_newest_first(page, demo_store):
    rows = shown_rows(page)
    assert len(rows) == live_count(demo_store) > 20
    dates = [row["reported_date"] for row in rows]
    assert dates == sorted(dates, reverse=True)
    assert page.table.currentIndex().row() == 0  # Enter opens straight away


def test_each_filter_narrows_the_list(page, demo_store):
    everything = page.model.rowCount()

    page.category_filter.setCurrentIndex(page.category_filter.findData("INUT"))
    assert page.model.rowCount() == live_count(demo_store, "category_code = 'INUT'") > 0
    assert {row["category_code"] for row in shown_rows(page)} == {"INUT"}
    page.clear_filters()
    assert page.model.rowCount() == everything

    page.state_filter.setCurrentIndex(page.state_filter.findData("closed"))
    assert {row["state"] for row in shown_rows(page)} == {"closed"}
    page.clear_filters()

    receiving = page.receiving_filter.itemData(2)
    page.receiving_filter.setCurrentIndex(2)
    assert page.model.rowCount() == live_count(
        demo_store, "receiving_organisation_id = ?", [receiving]
    )
    page.clear_filters()

    reporting = page.reporting_filter.itemData(1)
    page.reporting_filter.setCurrentIndex(1)
    assert {row["reporting_organisation_id"] for row in shown_rows(page)} <= {reporting}
    page.clear_filters()

    page.from_date.setDate(QDate(2026, 6, 1))
    page.to_date.setDate(QDate(2026, 8, 31))
    rows = shown_rows(page)
    assert rows and all("2026-06-01" <= row["reported_date"] <= "2026-08-31" for row in rows)
    assert len(rows) == live_count(
        demo_store, "reported_date BETWEEN '2026-06-01' AND '2026-08-31'"
    )
    page.clear_filters()

    page.analysis_filter.setChecked(True)
    rows = shown_rows(page)
    assert rows and all(row["risk_score"] >= 8 for row in rows)
    page.clear_filters()

    page.overdue_filter.setChecked(True)
    rows = shown_rows(page)
    assert rows and all(row["overdue"] for row in rows)
    assert len(rows) < everything
    page.clear_filters()
    assert page.model.rowCount() == everything


def test_the_text_search_waits_for_a_pause_and_ignores_case(qtbot, page, demo_store):
    word = (
        demo_store.db.execute("SELECT description FROM deviations LIMIT 1").fetchone()[0].split()[0]
    )
    page.search.setText(word.upper())
    qtbot.waitUntil(lambda: page.model.filters.text == word.upper(), timeout=2000)
    rows = shown_rows(page)
    assert rows and len(rows) < live_count(demo_store)
    assert all(
        word.casefold() in (row["description"] or "").casefold()
        or word.casefold() in " ".join(str(row[f] or "") for f in dev.TEXT_FIELDS).casefold()
        for row in rows
    )


def test_an_empty_result_says_why(page):
    page.search.setText("finns-inte-någonstans")
    page.apply_filters()
    assert page.model.rowCount() == 0
    assert not page.empty_label.isHidden()


def test_overdue_rows_show_a_red_due_date_with_a_warning_icon(page):
    rows = shown_rows(page)
    overdue = next(index for index, row in enumerate(rows) if row["overdue"])
    on_time = next(index for index, row in enumerate(rows) if not row["overdue"])
    model = page.model
    brush = model.data(model.index(overdue, COL_DUE), Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == QColor("#b42318")
    assert model.data(model.index(overdue, COL_DUE), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(overdue, COL_DUE), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(on_time, COL_DUE), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(on_time, COL_DUE), Qt.ItemDataRole.DecorationRole) is None
    assert "·" in page.count_label.text()


def test_needs_analysis_and_personnummer_are_marked(page, demo_store):
    rows = shown_rows(page)
    model = page.model
    needs = next(index for index, row in enumerate(rows) if row["needs_analysis"])
    calm = next(
        index for index, row in enumerate(rows) if row["risk_score"] and not row["needs_analysis"]
    )
    assert model.data(model.index(needs, COL_RISK), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(calm, COL_RISK), Qt.ItemDataRole.DecorationRole) is None

    flagged = rows[0]["id"]
    dev.update_deviation(demo_store, flagged, {"immediate_actions": f"Ringde om {PERSONNUMMER}"})
    page.refresh()
    row = next(i for i, r in enumerate(shown_rows(page)) if r["id"] == flagged)
    assert model.data(model.index(row, COL_DESCRIPTION), Qt.ItemDataRole.DecorationRole) is not None
    # The list never shows the number, not even in a tooltip.
    for column in range(model.columnCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            assert PERSONNUMMER not in str(model.data(model.index(row, column), role))


def test_clicking_a_header_sorts_and_unsortable_columns_keep_the_sort(qtbot, page):
    header = page.table.horizontalHeader()

    def click(column):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click(COL_RISK)
    scores = [row["risk_score"] for row in shown_rows(page) if row["risk_score"] is not None]
    assert page.model.sort_key.lstrip("-") == "risk"
    assert scores in (sorted(scores), sorted(scores, reverse=True))
    click(COL_RISK)
    flipped = [row["risk_score"] for row in shown_rows(page) if row["risk_score"] is not None]
    assert flipped == list(reversed(scores)) or flipped == sorted(scores, reverse=True)

    before = page.model.sort_key
    click(COL_DESCRIPTION)
    assert page.model.sort_key == before
    assert header.sortIndicatorSection() == COL_RISK


def test_enter_opens_the_current_deviation(qtbot, page):
    page.table.setFocus()
    first = page.model.row_at(0)["id"]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.dialog is not None and page.dialog.deviation_id == first


def test_saving_in_the_editor_refreshes_the_list_and_tells_the_window(qtbot, page, demo_store):
    before = page.model.rowCount()
    dialog = page.new_deviation()
    dialog.category_combo.setCurrentIndex(1)
    dialog.description.setPlainText("Ny händelse")
    with qtbot.waitSignal(hub_for(demo_store).published, timeout=1000) as published:
        assert dialog.save()
    changes, initiator = published.args
    assert changes.touches("deviations") and initiator is page
    assert page.model.rowCount() == before + 1


def test_a_misregistration_needs_a_confirmation(qtbot, page, demo_store, shown_messages):
    registered = next(row for row in shown_rows(page) if row["state"] == "registered")
    dialog = page.open_deviation(registered["id"])
    dialog.transition_buttons["misregistered"].click()
    assert len(shown_messages) == 1  # the question was asked (and answered yes in tests)
    assert dev.deviation_events(demo_store, registered["id"])[-1]["to_state"] == "misregistered"


@pytest.fixture
def big_store(group_store):
    """60 000 avvikelser written straight into the table (the core's paths are tested elsewhere)."""
    group_id = group_store.require_group_id()
    now = utc_now()
    start = date(2020, 1, 1)
    categories = [row["code"] for row in group_store.reference.categories()]
    rows = []
    for number in range(60_000):
        reported = (start + timedelta(days=number % 2400)).isoformat()
        rows.append(
            (
                new_id(),
                group_id,
                now,
                now,
                reported,
                reported,
                categories[number % len(categories)],
                f"Händelse nummer {number}",
                1 + number % 4,
                1 + (number // 4) % 4,
                (date.fromisoformat(reported) + timedelta(days=60)).isoformat(),
                ("registered", "sent", "closed")[number % 3],
            )
        )
    with group_store.db.atomic():
        group_store.db.conn.executemany(
            "INSERT INTO deviations (id, group_id, created_at, updated_at, event_date,"
            " reported_date, category_code, description, consequence, likelihood,"
            " answer_due_date, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return group_store


def test_the_model_counts_60000_rows_but_reads_only_the_pages_shown(qtbot, big_store):
    model = DeviationTableModel(big_store)
    assert model.rowCount() == 60_000
    assert model.pages_loaded == 0
    started = time.perf_counter()
    last = model.data(model.index(59_999, COL_REPORTED))
    first = model.data(model.index(0, COL_REPORTED))
    elapsed = time.perf_counter() - started
    assert first >= last
    assert model.pages_loaded == 2
    assert elapsed < 1.0
    for row in range(0, 60_000, 4_999):
        model.data(model.index(row, COL_REPORTED))
    assert model.cached_pages() <= model.MAX_PAGES
    assert model.pages_loaded <= 15


def test_the_page_stays_quick_with_60000_rows(qtbot, big_store):
    started = time.perf_counter()
    page = DeviationsPage(big_store)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.table.scrollToBottom()
    qtbot.wait(10)
    page.category_filter.setCurrentIndex(page.category_filter.findData("SIP"))
    page.overdue_filter.setChecked(True)
    elapsed = time.perf_counter() - started
    assert page.model.rowCount() == count_deviations(big_store, page.current_filters()) > 0
    assert elapsed < 5.0, f"took {elapsed:.2f} s"
    assert page.model.pages_loaded < 10


def test_the_personnummer_check_lists_hits_without_the_number_and_opens_them(
    qtbot, page, demo_store
):
    target = shown_rows(page)[3]["id"]
    dev.update_deviation(demo_store, target, {"answer_cause": f"Gäller {PERSONNUMMER}."})
    other_group = insert_record(
        demo_store.db,
        "action_plans",
        demo_store.require_group_id(),
        {"title": f"Plan {PERSONNUMMER}"},
    )
    demo_store.db.conn.commit()
    hits = scan_database(demo_store)
    dialog = page.show_scan_result(hits)
    model = dialog.model
    assert model.rowCount() == len(hits) >= 2
    shown = [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert all(PERSONNUMMER not in " ".join(line) for line in shown)
    assert "1230" not in dialog.summary.text()

    deviation_row = next(row for row, hit in enumerate(hits) if hit["kind"] == "deviations")
    dialog.table.selectRow(deviation_row)
    dialog.open_button.click()
    assert page.dialog is not None and page.dialog.deviation_id == target

    plan_row = next(row for row, hit in enumerate(hits) if hit["kind"] == "action_plans")
    dialog.table.selectRow(plan_row)
    with qtbot.waitSignal(page.record_requested) as signal:
        dialog.open_button.click()
    assert signal.args == ["action_plans", other_group]


def test_the_personnummer_check_runs_off_the_gui_thread(qtbot, page, demo_store):
    dev.update_deviation(
        demo_store, shown_rows(page)[0]["id"], {"suggested_improvement": PERSONNUMMER}
    )
    page.run_privacy_scan()
    qtbot.waitUntil(lambda: page.scan_dialog is not None, timeout=5000)
    assert page.scan_dialog.model.rowCount() == len(scan_database(demo_store)) >= 1


def test_a_clean_database_says_so(qtbot, page):
    dialog = page.show_scan_result([])
    assert dialog.model.rowCount() == 0
    assert not dialog.open_button.isEnabled()
    assert dialog.summary.text()
