"""Uppföljning → Området at a delregion: choose a table, filter it, save what is shown."""

from __future__ import annotations

import csv

import pytest
from test_exchange_support import make_group

from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import import_files
from narvard_desktop.ui.follow_up.page import FollowUpPage


@pytest.fixture
def delregion(tmp_path):
    locals_ = [
        make_group(tmp_path, folder, "lokal", name, kommun=code, demo_seed=seed)
        for folder, name, code, seed in (("b", "Borås", "1490", 1), ("m", "Mark", "1463", 2))
    ]
    area = make_group(tmp_path, "sa", "delregional", "Delregionala SÄ", delregion="Södra Älvsborg")
    import_files(
        area, [export_data(s, tmp_path / f"{i}.narvard").path for i, s in enumerate(locals_)]
    )
    yield area
    for store in (*locals_, area):
        store.close()


def test_only_upper_levels_get_the_area_tab(group_store, qtbot):
    page = FollowUpPage(group_store)
    qtbot.addWidget(page)
    assert page.area_tab is None


def test_filter_and_save_the_reporting_table(delregion, qtbot, tmp_path):
    page = FollowUpPage(delregion)
    qtbot.addWidget(page)
    tab = page.area_tab
    assert tab is not None and tab.choice.currentData() == "reporting"
    assert tab.proxy.rowCount() == len(tab.table_data.rows) > 2
    tab.filter_edit.setText("mark")
    assert tab.proxy.rowCount() == 1
    path = tab.save_to(tmp_path / "rapportering")
    assert path == tmp_path / "rapportering.xlsx"
    csv_path = tab.save_to(tmp_path / "rapportering.csv")
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert [row[0] for row in rows] == ["Grupp", "Mark"]
    assert "rapportering.csv" in tab.last_message


def test_every_table_can_be_chosen(delregion, qtbot):
    page = FollowUpPage(delregion)
    qtbot.addWidget(page)
    tab = page.area_tab
    for index in range(tab.choice.count()):
        tab.choice.setCurrentIndex(index)
        assert tab.model.columnCount() == len(tab.table_data.headers)
