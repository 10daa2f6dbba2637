"""Property: the bulk check of a part never vouches for a part the record-by-record check
refuses, whatever one value of one record is changed to; and a good part passes in bulk,
so an import of good files takes the fast way.

The record-by-record check (`_check_record`) is what the bad-file, fuzz and forged-sender
tests prove; this test ties the bulk check to it value by value.
"""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_exchange_support import make_group, read_members

from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.format import MANIFEST_NAME, schema_columns
from narvard_desktop.exchange.part_checks import part_passes
from narvard_desktop.exchange.validate import LEVELS, _check_record, _Checker

UUID = "0190aaaa-bbbb-7ccc-8ddd-eeeeffff0000"
ODD_VALUES = [
    None,
    "",
    "x",
    " ",
    0,
    1,
    -1,
    2,
    5,
    2**60,
    1.5,
    float("nan"),
    float("inf"),
    True,
    False,
    [],
    {},
    ["a"],
    "2026-02-30",
    "2026-01-01",
    "2026-01-01T10:00:00+00:00",
    "25:00",
    "10:00",
    "2026-Q5",
    "2026-Q1",
    "\ud800",
    "a" * 25_000,
    "å" * 10_001,
    UUID,
    UUID.upper(),
    UUID + "\n",
    f'["{UUID}"]',
    '["x"]',
    "{}",
    "[]",
    "lokal",
    "sent",
    "INUT",
    "ORG-12AB",
    "SE2321000131-E000000000001",
    "1490",
]


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    root = tmp_path_factory.mktemp("parts")
    with make_group(root, "boras", "lokal", "Borås", kommun="1490", demo_seed=9) as sender:
        path = export_data(sender, root / "boras.narvard").path
        columns = schema_columns(sender.db)
    members = read_members(path)
    manifest = json.loads(members[MANIFEST_NAME])
    parts = {
        part["table"]: [json.loads(line) for line in members[part["name"]].splitlines()]
        for part in manifest["parts"]
        if members[part["name"]]
    }
    return path, columns, parts


def refused_record_by_record(export, table, records) -> bool:
    path, columns, _parts = export
    checker = _Checker(path)
    try:
        for number, record in enumerate(copy.deepcopy(records), start=1):
            _check_record(checker, table, columns[table], record, f"{table}:{number}")
    except Exception:  # noqa: BLE001 - any refusal counts
        return True
    return False


def test_every_good_part_passes_in_bulk(export):
    _path, columns, parts = export
    assert len(parts) > 10
    for table, records in parts.items():
        assert not refused_record_by_record(export, table, records), table
        assert part_passes(table, columns[table], copy.deepcopy(records), LEVELS), table


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_bulk_never_vouches_for_what_the_record_check_refuses(export, data):
    _path, columns, parts = export
    table = data.draw(st.sampled_from(sorted(parts)))
    records = copy.deepcopy(parts[table])
    index = data.draw(st.integers(0, len(records) - 1))
    record = records[index]
    names = sorted(columns[table]) + ["no_such_field"]
    name = data.draw(st.sampled_from(names))
    siblings = [value for value in record.values() if value is not None]
    if data.draw(st.booleans()) and name in record:
        del record[name]
    else:
        record[name] = data.draw(st.sampled_from(ODD_VALUES + siblings))
    refused = refused_record_by_record(export, table, records)
    vouched = part_passes(table, columns[table], copy.deepcopy(records), LEVELS)
    assert not (vouched and refused), (table, name, record.get(name, "<absent>"))


def test_each_odd_value_in_each_field_is_refused_in_bulk_when_refused_record_by_record(export):
    """Every field of every kind of record, every odd value (and the field left out), in the
    first records of each part: wherever the record check refuses, the bulk check does."""
    _path, columns, parts = export
    missing = object()
    for table, all_records in parts.items():
        head = all_records[:2]
        for name in [*columns[table], "no_such_field"]:
            for value in [*ODD_VALUES, missing, head[-1].get("id")]:
                records = copy.deepcopy(head)
                if value is missing:
                    records[0].pop(name, None)
                else:
                    records[0][name] = value
                if refused_record_by_record(export, table, records):
                    vouched = part_passes(table, columns[table], records, LEVELS)
                    assert not vouched, (table, name, value)
