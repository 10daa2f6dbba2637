import json
import re
import subprocess
import sys

import pytest

from narvard_desktop.cli import main
from narvard_desktop.privacy import contains_identifier
from narvard_desktop.store import Store

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ISSUE_SUMMARY_KEYS = [
    "groups",
    "organisations",
    "people",
    "action_plans",
    "goals",
    "indicators",
    "indicator_values",
    "activities",
    "deviations",
    "meetings",
    "agenda_items",
    "decisions",
    "action_items",
]


def run_cli(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_init_demo_summary_json(capsys, data_dir):
    code, out, _ = run_cli(
        capsys,
        "--data-dir",
        str(data_dir),
        "init",
        "--level",
        "lokal",
        "--kommun",
        "1490",
        "--name",
        "Närvårdssamverkan Borås",
    )
    assert code == 0 and "Närvårdssamverkan Borås" in out
    code, _, _ = run_cli(capsys, "--data-dir", str(data_dir), "demo", "--seed", "3")
    assert code == 0
    code, out, _ = run_cli(capsys, "--data-dir", str(data_dir), "summary", "--json")
    counts = json.loads(out)
    assert code == 0
    assert list(counts)[: len(ISSUE_SUMMARY_KEYS)] == ISSUE_SUMMARY_KEYS
    assert counts["groups"] == 1
    assert counts["activities"] >= 10
    assert counts["deviations"] >= 20
    assert counts["meetings"] >= 4
    for kind in (
        "people",
        "goals",
        "indicator_values",
        "agenda_items",
        "decisions",
        "action_items",
    ):
        assert counts[kind] > 0, kind


def test_data_dir_from_environment(capsys, data_dir, monkeypatch):
    monkeypatch.setenv("NARVARD_DATA_DIR", str(data_dir))
    code, _, _ = run_cli(capsys, "init", "--level", "lansgemensam", "--name", "VVG")
    assert code == 0
    with Store(data_dir) as store:
        assert store.own_group()["level"] == "lansgemensam"


def test_demo_is_deterministic_for_seed_and_anchor(capsys, tmp_path):
    contents = []
    for name in ("a", "b"):
        folder = str(tmp_path / name)
        run_cli(
            capsys,
            "--data-dir",
            folder,
            "init",
            "--level",
            "lokal",
            "--kommun",
            "1496",
            "--name",
            "Skövde",
        )
        run_cli(capsys, "--data-dir", folder, "demo", "--seed", "5", "--anchor-date", "2026-03-01")
        with Store(tmp_path / name) as store:
            contents.append(
                [
                    tuple(row)
                    for row in store.db.execute(
                        "SELECT title, status, due_date, way_code FROM activities ORDER BY position"
                    )
                ]
                + [
                    tuple(row)
                    for row in store.db.execute(
                        "SELECT category_code, reported_date, state, consequence, likelihood"
                        " FROM deviations ORDER BY reported_date, external_ref"
                    )
                ]
            )
    assert contents[0] == contents[1]


def test_demo_covers_categories_states_and_quarters(demo_store):
    db = demo_store.db
    categories = {row[0] for row in db.execute("SELECT DISTINCT category_code FROM deviations")}
    states = {row[0] for row in db.execute("SELECT DISTINCT state FROM deviations")}
    assert len(categories) >= 10
    assert len(states) >= 5
    periods = [row[0] for row in db.execute("SELECT DISTINCT period FROM indicator_values")]
    assert all(re.fullmatch(r"\d{4}-Q[1-4]", period) for period in periods)


def test_demo_holds_nothing_that_looks_like_a_personnummer(demo_store):
    db = demo_store.db
    digit_run = re.compile(r"(?<!\d)(?:\d[ +-]?){10,12}(?!\d)")
    for table in db.table_names():
        if table.startswith(("_", "sqlite_")) or table == "reference_rows":
            continue
        text_columns = [c.name for c in db.table(table).columns if c.type == "TEXT"]
        # A key's fingerprint is random hex: now and then it holds a run of ten digits.
        skip = {"id", "group_id", "created_at", "updated_at", "origin_import_id", "fingerprint"}
        for row in db.table(table).rows:
            for column in text_columns:
                value = row[column]
                if column in skip or column.endswith("_id") or not isinstance(value, str):
                    continue
                if column.endswith("_ids") or re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                    continue
                without_ids = UUID.sub("", value)
                assert not digit_run.search(without_ids), (table, column, value)
                assert not contains_identifier(value), (table, column, value)


def test_errors_are_one_swedish_line_without_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "narvard_desktop", "--data-dir", str(tmp_path), "demo"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Ingen grupp är upplagd" in lines[0]


def test_english_messages_with_lang_en(capsys, tmp_path):
    code, _, err = run_cli(
        capsys,
        "--lang",
        "en",
        "--data-dir",
        str(tmp_path),
        "init",
        "--level",
        "lokal",
        "--kommun",
        "0000",
        "--name",
        "x",
    )
    assert code != 0
    assert "A local group needs one of the 49 kommuner" in err


@pytest.mark.parametrize(
    "bad_file", [b"not sqlite at all" * 50, b"SQLite format 3\x00" + b"\xff" * 300]
)
def test_damaged_database_gives_a_clear_message(capsys, tmp_path, bad_file):
    (tmp_path / "narvard.sqlite3").write_bytes(bad_file)
    code, _, err = run_cli(capsys, "--data-dir", str(tmp_path), "summary")
    assert code != 0
    assert "skadad" in err


def test_demo_answers_are_never_dated_after_the_anchor_day(demo_store):
    latest = demo_store.db.execute("SELECT MAX(answered_date) FROM deviations").fetchone()[0]
    assert latest <= "2026-10-15"
