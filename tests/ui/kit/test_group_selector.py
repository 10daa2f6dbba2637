"""The reusable group selector (all / one / compare) and the provenance helpers, on a
delregional folder that has imported three kommuner's real files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from test_exchange_support import make_group

from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import IMPORTED, import_file
from narvard_desktop.exchange.provenance import provenance
from narvard_desktop.store.records import insert_record
from narvard_desktop.ui.kit.group_selector import ALL, COMPARE, ONE, GroupSelection, GroupSelector
from narvard_desktop.ui.kit.provenance import ProvenanceBanner, ProvenanceLabels, provenance_text

HOSTILE_NAME = "<b>Mark & co</b> =cmd 🚑 مرحبا"
KOMMUNER = (
    ("boras", "Borås", "1490", 1),
    ("mark", HOSTILE_NAME, "1463", 2),
    ("ulricehamn", "Ulricehamn", "1491", 3),
)


@pytest.fixture
def world(tmp_path):
    stores = {
        folder: make_group(tmp_path, folder, "lokal", name, kommun=code, demo_seed=seed)
        for folder, name, code, seed in KOMMUNER
    }
    area = make_group(tmp_path, "sa", "delregional", "Delregionala SÄ", delregion="Södra Älvsborg")
    for folder in stores:
        path = export_data(stores[folder], tmp_path / f"{folder}.narvard").path
        assert import_file(area, path).outcome == IMPORTED
    stores["sa"] = area
    yield stores
    for store in stores.values():
        store.close()


def count_where(store, table, selection):
    where, params = selection.where()
    return store.db.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]


def test_selector_is_hidden_for_a_lokal_group_with_nothing_imported(qtbot, tmp_path):
    with make_group(tmp_path, "b", "lokal", "Borås", kommun="1490", demo_seed=1) as store:
        parent = QWidget()
        qtbot.addWidget(parent)
        selector = GroupSelector(store, parent)
        assert not selector.isVisibleTo(parent)
        assert selector.selection() == GroupSelection()
        assert (
            count_where(store, "activities", selector.selection())
            == store.db.execute("SELECT count(*) FROM activities").fetchone()[0]
        )


def test_all_one_and_compare_filter_the_core_queries(qtbot, world):
    area = world["sa"]
    parent = QWidget()
    qtbot.addWidget(parent)
    selector = GroupSelector(area, parent)
    assert selector.isVisibleTo(parent)
    names = [selector.group.itemText(i) for i in range(selector.group.count())]
    assert names[0].startswith("Delregionala SÄ") and len(names) == 4
    assert any(HOSTILE_NAME in name for name in names)
    emitted = []
    selector.selection_changed.connect(emitted.append)

    everything = area.db.execute("SELECT count(*) FROM activities").fetchone()[0]
    assert selector.selection().mode == ALL
    assert count_where(area, "activities", selector.selection()) == everything

    boras_id = world["boras"].require_group_id()
    selector.select_group(boras_id)
    assert emitted[-1] == GroupSelection(ONE, (boras_id,))
    assert selector.group.isVisibleTo(parent) and not selector.compare_button.isVisibleTo(parent)
    boras_activities = world["boras"].db.execute("SELECT count(*) FROM activities").fetchone()[0]
    assert count_where(area, "activities", emitted[-1]) == boras_activities

    selector.set_mode(COMPARE)
    kommun_ids = {world[f].require_group_id() for f, *_ in KOMMUNER}
    assert emitted[-1].compare and set(emitted[-1].group_ids) == kommun_ids
    assert "3" in selector.compare_button.text()
    mark_id = world["mark"].require_group_id()
    selector.compare_groups([boras_id, mark_id])
    assert set(emitted[-1].group_ids) == {boras_id, mark_id}
    mark_activities = world["mark"].db.execute("SELECT count(*) FROM activities").fetchone()[0]
    assert count_where(area, "activities", emitted[-1]) == boras_activities + mark_activities

    selector.compare_groups([])
    assert emitted[-1] == GroupSelection(COMPARE, ())
    assert count_where(area, "activities", emitted[-1]) == 0, "comparing nothing shows nothing"


def test_compare_list_search_and_tick_all_act_on_the_shown_groups(qtbot, world):
    area = world["sa"]
    selector = GroupSelector(area)
    qtbot.addWidget(selector)
    selector.set_mode(COMPARE)
    checklist = selector.checklist
    checklist.set_checked(set())
    checklist.search.setText("ulrice")
    assert checklist.proxy.rowCount() == 1
    checklist.all_button.click()
    assert selector.selection().group_ids == (world["ulricehamn"].require_group_id(),)
    checklist.search.clear()
    item = checklist.model.item(0)
    item.setCheckState(Qt.CheckState.Checked)  # the own group, ticked by hand
    assert set(selector.selection().group_ids) == {
        area.require_group_id(),
        world["ulricehamn"].require_group_id(),
    }


def test_refresh_after_an_import_keeps_the_chosen_group(qtbot, world, tmp_path):
    area = world["sa"]
    selector = GroupSelector(area)
    qtbot.addWidget(selector)
    mark_id = world["mark"].require_group_id()
    selector.select_group(mark_id)
    with make_group(tmp_path, "t", "lokal", "Tranemo", kommun="1452", demo_seed=4) as tranemo:
        path = export_data(tranemo, tmp_path / "tranemo.narvard").path
    assert import_file(area, path).outcome == IMPORTED
    selector.refresh()
    assert selector.group.count() == 5
    assert selector.selection() == GroupSelection(ONE, (mark_id,))


def test_provenance_labels_name_the_source_of_imported_rows_only(qtbot, world):
    area = world["sa"]
    labels = ProvenanceLabels(area)
    boras = world["boras"]
    activity = boras.db.execute("SELECT id FROM activities ORDER BY rowid LIMIT 1").fetchone()[0]
    row = dict(
        zip(
            ("group_id", "origin_import_id"),
            area.db.execute(
                "SELECT group_id, origin_import_id FROM activities WHERE id = ?", [activity]
            ).fetchone(),
            strict=True,
        )
    )
    expected = provenance(area.db, "activities", activity).label()
    assert labels.text(row) == expected == provenance_text(area, "activities", activity)
    assert expected.startswith("Borås, export 1, 20")
    assert labels.is_imported(row)

    own = insert_record(
        area.db, "meetings", area.require_group_id(), {"meeting_date": "2026-11-02"}
    )
    area.db.conn.commit()
    own_row = {"group_id": area.require_group_id(), "origin_import_id": None}
    assert labels.text(own_row) == "" and not labels.is_imported(own_row)
    assert provenance_text(area, "meetings", own) == ""


def test_banner_shows_for_imported_records_and_hides_for_own(qtbot, world):
    area = world["sa"]
    parent = QWidget()
    qtbot.addWidget(parent)
    banner = ProvenanceBanner(parent)
    assert not banner.isVisibleTo(parent)
    mark = world["mark"]
    deviation = mark.db.execute("SELECT id FROM deviations ORDER BY rowid LIMIT 1").fetchone()[0]
    banner.show_record(area, "deviations", deviation)
    assert banner.isVisibleTo(parent)
    assert banner.label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE_NAME in banner.label.text()
    assert provenance(area.db, "deviations", deviation).label() in banner.label.text()

    own = insert_record(
        area.db, "meetings", area.require_group_id(), {"meeting_date": "2026-11-02"}
    )
    area.db.conn.commit()
    banner.show_record(area, "meetings", own)
    assert not banner.isVisibleTo(parent)
    banner.show_record(area, "deviations", None)
    assert not banner.isVisibleTo(parent) and banner.label.text() == ""
