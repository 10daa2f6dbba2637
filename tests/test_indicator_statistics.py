"""Indicator values read from a Kolada/SCB CSV file: matched by code, own area, all or none."""

from __future__ import annotations

import subprocess
import sys

import pytest

from narvard_desktop.errors import ValidationError
from narvard_desktop.services.action_plans import create_plan
from narvard_desktop.services.indicator_statistics import (
    NEW,
    REPLACE,
    UNCHANGED,
    StatisticsFileError,
    apply_statistics,
    preview_statistics,
)
from narvard_desktop.services.indicators import (
    create_indicator,
    list_indicator_values,
    record_indicator_value,
)
from narvard_desktop.store import Store

KOLADA = (
    "kpi;municipality;period;gender;value\n"
    "N00945;1490;2024;T;41,5\n"
    "N00945;1490;2025;T;44,0\n"
    "N00945;1490;2025;K;47,0\n"
    "N00945;1401;2025;T;39,0\n"
    "U99999;1490;2025;T;3\n"
)


@pytest.fixture
def indicator(group_store):
    plan = create_plan(group_store, {"title": "Plan"})
    return create_indicator(
        group_store, plan, {"name": "Undvikbar slutenvård", "statistics_code": " n00945 "}
    )


def _values(store, indicator_id):
    return {row["period"]: row["value"] for row in list_indicator_values(store, indicator_id)}


def test_rows_of_the_groups_kommun_and_total_are_matched_by_code(group_store, indicator, tmp_path):
    path = tmp_path / "kolada.csv"
    path.write_text(KOLADA, encoding="utf-8")
    preview = preview_statistics(group_store, path)
    assert preview.area_code == "1490"
    assert [(v.period, v.value, v.action) for v in preview.values] == [
        ("2024", 41.5, NEW),
        ("2025", 44.0, NEW),
    ]
    assert preview.other_areas == 1
    assert preview.unknown_codes == {"U99999"}
    assert _values(group_store, indicator) == {}, "a preview writes nothing"
    assert apply_statistics(group_store, preview) == 2
    assert _values(group_store, indicator) == {"2024": 41.5, "2025": 44.0}


def test_reading_again_changes_nothing_and_a_new_value_replaces(group_store, indicator, tmp_path):
    path = tmp_path / "kolada.csv"
    path.write_text(KOLADA, encoding="utf-8")
    apply_statistics(group_store, preview_statistics(group_store, path))
    again = preview_statistics(group_store, path)
    assert {v.action for v in again.values} == {UNCHANGED}
    assert apply_statistics(group_store, again) == 0
    path.write_text(KOLADA.replace("44,0", "45,25"), encoding="utf-8")
    changed = preview_statistics(group_store, path)
    assert [(v.period, v.action) for v in changed.changes] == [("2025", REPLACE)]
    apply_statistics(group_store, changed)
    assert _values(group_store, indicator)["2025"] == 45.25


def test_a_bad_row_is_named_and_nothing_is_written(group_store, indicator, tmp_path):
    record_indicator_value(group_store, indicator, "2023", 10)
    path = tmp_path / "bad.csv"
    path.write_text(
        "kpi,municipality,period,value\nN00945,1490,2024,40\nN00945,1490,tjugo,3\n"
        "N00945,1490,2025,mycket\n",
        encoding="utf-8",
    )
    preview = preview_statistics(group_store, path)
    assert [problem.line for problem in preview.problems] == [3, 4]
    assert "TJUGO" in preview.problems[0].message
    with pytest.raises(StatisticsFileError) as raised:
        apply_statistics(group_store, preview)
    assert "bad.csv" in raised.value.user_message()
    assert "rad 3" in raised.value.user_message()
    assert _values(group_store, indicator) == {"2023": 10.0}


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("", "tom"),
        ("a;b;c\n1;2;3\n", "kolumnerna kpi"),
        (b"\xff\xfe\x00\x00kpi", None),
    ],
)
def test_a_file_that_is_not_statistics_is_refused_in_swedish(group_store, tmp_path, content, words):
    path = tmp_path / "x.csv"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(StatisticsFileError) as raised:
        preview_statistics(group_store, path)
    message = raised.value.user_message()
    assert "x.csv" in message and "Ingenting har ändrats" in message
    if words:
        assert words in message


def test_a_folder_is_refused_before_it_is_read(group_store, tmp_path):
    with pytest.raises(StatisticsFileError):
        preview_statistics(group_store, tmp_path)


def test_upper_levels_take_the_regions_rows_by_default(store, tmp_path):
    from narvard_desktop.services.group_setup import GroupSetup, create_group

    create_group(store, GroupSetup("lansgemensam", "Länsgemensam ledning"))
    plan = create_plan(store, {"title": "Länsplan"})
    indicator = create_indicator(store, plan, {"name": "Hemgång", "statistics_code": "N1"})
    path = tmp_path / "region.csv"
    path.write_text("kpi;municipality;period;value\nN1;0014;2025;7\nN1;1490;2025;9\n", "utf-8")
    preview = preview_statistics(store, path)
    assert preview.area_code == "0014"
    apply_statistics(store, preview)
    assert _values(store, indicator) == {"2025": 7.0}


def test_a_statistics_code_must_look_like_one(group_store):
    plan = create_plan(group_store, {"title": "Plan"})
    with pytest.raises(ValidationError) as raised:
        create_indicator(group_store, plan, {"name": "X", "statistics_code": "N 009<45>"})
    assert raised.value.details["field"] == "statistics_code"


def test_the_command_line_previews_and_writes(group_store, indicator, tmp_path):
    path = tmp_path / "kolada.csv"
    path.write_text(KOLADA, encoding="utf-8")
    data_dir = str(group_store.data_dir)
    group_store.close()
    base = [sys.executable, "-m", "narvard_desktop", "--data-dir", data_dir, "statistics-import"]
    dry = subprocess.run([*base, str(path), "--dry-run"], capture_output=True, text=True)
    assert dry.returncode == 0, dry.stderr
    assert "att skriva: 2;" in dry.stdout
    written = subprocess.run([*base, str(path)], capture_output=True, text=True)
    assert written.returncode == 0, written.stderr
    with Store(group_store.data_dir) as reopened:
        assert _values(reopened, indicator) == {"2024": 41.5, "2025": 44.0}


def test_the_statistics_code_travels_through_the_excel_workbook(indicator, group_store, tmp_path):
    from narvard_desktop.services.group_setup import GroupSetup, create_group
    from narvard_desktop.services.indicators import list_indicators
    from narvard_desktop.xlsx import export_workbook, import_workbook

    out = tmp_path / "plan.xlsx"
    export_workbook(group_store, out)
    with Store(tmp_path / "other") as other:
        create_group(other, GroupSetup("lokal", "Närvårdssamverkan Mark", "1463"))
        preview = import_workbook(other, out)
        assert preview.ok and preview.applied, preview.errors
        plan_id = other.db.execute("SELECT id FROM action_plans").fetchone()[0]
        assert [row["statistics_code"] for row in list_indicators(other, plan_id)] == ["N00945"]
