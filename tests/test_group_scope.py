"""Upper levels look at all groups, one group, or groups side by side."""

from datetime import date

import pytest

from narvard_desktop.services.deviation_analysis import (
    Period,
    counts_by_category_and_month,
    counts_by_group_and_category,
)
from narvard_desktop.services.deviation_list import DeviationFilters, count_deviations
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.store.records import insert_record, new_id


@pytest.fixture
def area_store(store):
    create_group(
        store,
        GroupSetup("delregional", "Närvårdssamverkan Södra Älvsborg", delregion="Södra Älvsborg"),
    )
    db = store.db
    groups = {}
    with db.atomic():
        for name, kommun, cases in (
            ("Borås", "1490", ["SIP", "SIP", "INUT"]),
            ("Mark", "1463", ["INUT"]),
        ):
            group_id = new_id()
            db.table("groups").insert(
                {
                    "id": group_id,
                    "group_id": group_id,
                    "created_at": "x",
                    "updated_at": "x",
                    "name": name,
                    "level": "lokal",
                    "kommun_code": kommun,
                }
            )
            groups[name] = group_id
            for code in cases:
                insert_record(
                    db,
                    "deviations",
                    group_id,
                    {
                        "event_date": "2026-05-02",
                        "reported_date": "2026-05-03",
                        "category_code": code,
                        "description": "Planering saknades.",
                    },
                )
    store.groups = groups
    return store


PERIOD = Period(date(2026, 1, 1), date(2026, 12, 31))


def test_lists_show_all_one_or_chosen_groups(area_store):
    boras, mark = area_store.groups["Borås"], area_store.groups["Mark"]
    assert count_deviations(area_store, DeviationFilters()) == 4
    assert count_deviations(area_store, DeviationFilters(group_ids=(boras,))) == 3
    assert count_deviations(area_store, DeviationFilters(group_ids=(boras, mark))) == 4
    assert count_deviations(area_store, DeviationFilters(group_ids=())) == 0


def test_analysis_follows_the_chosen_groups(area_store):
    mark = area_store.groups["Mark"]
    only_mark = Period(PERIOD.start, PERIOD.end, (mark,))
    assert counts_by_category_and_month(area_store, only_mark).total == 1
    assert counts_by_category_and_month(area_store, PERIOD).total == 4


def test_compare_puts_groups_side_by_side(area_store):
    table = counts_by_group_and_category(area_store, PERIOD)
    assert table.row_labels == ["Borås", "Mark"]
    assert table.cell(area_store.groups["Borås"], "SIP") == 2
    assert table.cell(area_store.groups["Mark"], "INUT") == 1
    hidden = counts_by_group_and_category(area_store, PERIOD, suppress_below=5)
    assert hidden.cell(area_store.groups["Borås"], "SIP") is None


def test_records_without_a_due_date_count_as_open_but_never_overdue(area_store):
    from narvard_desktop.services.deviation_analysis import open_and_overdue

    total, _rows = open_and_overdue(area_store, PERIOD, today=date(2026, 12, 31))
    assert (total.open, total.overdue) == (4, 0)
