"""Property: whatever is wrong with a file, importing it in a batch ends in a Swedish
sentence naming the file (or in "already imported"), never in an exception; the database
is left exactly as it was; and the good file after it in the batch is still handled.

The damage: truncated and bit-flipped zips, wrong JSON types, dates, codes and JSON
columns that mean nothing, references to records that exist nowhere, deep nesting and
huge numbers, invalid UTF-8, all with checksums recomputed as a careless or hostile
sender could, and special files (a named pipe, a folder) in place of a file.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_exchange_support import dump_database, make_group, read_members, write_members

from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.format import MANIFEST_NAME, dump_record
from narvard_desktop.exchange.importer import (
    ALREADY_IMPORTED,
    IMPORTED,
    REFUSED,
    import_file,
    import_files,
)
from narvard_desktop.record_rules import CODE, DATE, ID_LIST, RULES, is_iso_date

DATE_FIELDS = [(t, f) for t, rules in RULES.items() for f, r in rules.items() if r.what == DATE]
CODE_FIELDS = [(t, f) for t, rules in RULES.items() for f, r in rules.items() if r.what == CODE]
ID_LIST_FIELDS = [
    (t, f) for t, rules in RULES.items() for f, r in rules.items() if r.what == ID_LIST
]
TEXT_FIELDS = [("deviations", "description"), ("goals", "title"), ("people", "name")]
REFERENCE_FIELDS = [
    ("activities", "action_plan_id"),
    ("deviation_events", "deviation_id"),
    ("people", "organisation_id"),
]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A receiver that has already imported the sender's file once, and that file."""
    root = tmp_path_factory.mktemp("fuzz")
    with make_group(root, "boras", "lokal", "Borås", kommun="1490", demo_seed=9) as sender:
        good = export_data(sender, root / "boras.narvard").path
    receiver = make_group(root, "sa", "delregional", "SÄ", delregion="Södra Älvsborg")
    assert import_file(receiver, good).outcome == IMPORTED
    members = read_members(good)
    manifest = json.loads(members[MANIFEST_NAME])
    records = {
        part["table"]: [json.loads(line) for line in members[part["name"]].splitlines()]
        for part in manifest["parts"]
    }
    yield _World({"receiver": receiver, "good": good, "members": members, "records": records})
    receiver.close()


class _World(dict):
    # Hypothesis prints the arguments of a failing case; the whole file is no help there.
    def __repr__(self) -> str:
        return "<receiver and the sender's file>"


def _repack(world, records=None, raw_parts=None) -> dict[str, bytes]:
    """The sender's file with changed records or raw part bytes, checksums recomputed."""
    members = dict(world["members"])
    manifest = json.loads(members[MANIFEST_NAME])
    raw_parts = dict(raw_parts or {})
    for table, rows in (records or {}).items():
        raw_parts[table] = b"".join(dump_record(row) for row in rows)
    for part in manifest["parts"]:
        if part["table"] in raw_parts:
            data = raw_parts[part["table"]]
            members[part["name"]] = data
            part["sha256"] = hashlib.sha256(data).hexdigest()
            part["bytes"] = len(data)
    members[MANIFEST_NAME] = dump_record(manifest)
    return members


def _with_value(world, table, index, field, value) -> dict[str, bytes]:
    rows = [dict(row) for row in world["records"][table]]
    rows[index % len(rows)][field] = value
    return _repack(world, records={table: rows})


wrong_types = st.one_of(
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.floats(allow_nan=False),
    st.booleans(),
)
not_dates = st.text(max_size=12).filter(lambda t: not is_iso_date(t))
not_id_lists = st.one_of(
    st.text(max_size=20),
    st.just('{"a": 1}'),
    st.just("[1, 2]"),
    st.just('["inte-ett-id"]'),
    st.just("[" * 5000),
)
indexes = st.integers(min_value=0, max_value=200)


@st.composite
def damage(draw, world):
    """(what was done, the file's members or a special kind, whether it must be refused)."""
    kind = draw(
        st.sampled_from(
            [
                "truncated",
                "bit_flip",
                "wrong_type",
                "bad_date",
                "bad_code",
                "bad_id_list",
                "too_long",
                "dangling_reference",
                "deep_nesting",
                "huge_number",
                "bad_utf8",
                "special",
            ]
        )
    )
    good = world["good"].read_bytes()
    if kind == "truncated":
        return kind, good[: draw(st.integers(min_value=0, max_value=len(good) - 1))], True
    if kind == "bit_flip":
        position = draw(st.integers(min_value=0, max_value=len(good) - 1))
        flipped = bytearray(good)
        flipped[position] ^= draw(st.integers(min_value=1, max_value=255))
        return kind, bytes(flipped), False
    if kind == "wrong_type":
        table, field = draw(st.sampled_from(TEXT_FIELDS + DATE_FIELDS))
        value = draw(wrong_types)
        return kind, _with_value(world, table, draw(indexes), field, value), True
    if kind == "bad_date":
        table, field = draw(st.sampled_from(DATE_FIELDS))
        return kind, _with_value(world, table, draw(indexes), field, draw(not_dates)), True
    if kind == "bad_code":
        table, field = draw(st.sampled_from(CODE_FIELDS))
        codes = RULES[table][field].codes
        value = draw(st.text(max_size=12).filter(lambda t: t not in codes))
        return kind, _with_value(world, table, draw(indexes), field, value), True
    if kind == "bad_id_list":
        table, field = draw(st.sampled_from(ID_LIST_FIELDS))
        return kind, _with_value(world, table, draw(indexes), field, draw(not_id_lists)), True
    if kind == "too_long":
        table, field = draw(st.sampled_from(TEXT_FIELDS))
        value = "å" * draw(st.integers(min_value=20_001, max_value=40_000))
        return kind, _with_value(world, table, draw(indexes), field, value), True
    if kind == "dangling_reference":
        table, field = draw(st.sampled_from(REFERENCE_FIELDS))
        value = "01a20000-0000-7000-8000-0000000000ff"
        # Same export: at worst "already imported"; never applied, never an exception.
        return kind, _with_value(world, table, draw(indexes), field, value), False
    if kind == "deep_nesting":
        depth = draw(st.integers(min_value=2_000, max_value=200_000))
        line = ("[" * depth + "]" * depth + "\n").encode()
        return kind, _repack(world, raw_parts={"links": line}), True
    if kind == "huge_number":
        digits = draw(st.integers(min_value=400, max_value=20_000))
        rows = [dict(row) for row in world["records"]["goals"]]
        text = b"".join(dump_record(row) for row in rows).replace(
            b'"revision":', b'"revision":' + b"9" * digits, 1
        )
        return kind, _repack(world, raw_parts={"goals": text}), True
    if kind == "bad_utf8":
        rows = b"".join(dump_record(row) for row in world["records"]["people"])
        position = draw(st.integers(min_value=0, max_value=len(rows) - 1))
        broken = rows[:position] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80"]))
        return kind, _repack(world, raw_parts={"people": broken + rows[position:]}), True
    return kind, draw(st.sampled_from(["fifo", "folder"])), True


def _place(tmp_path, number: int, content) -> object:
    path = tmp_path / f"skadad-{number}.narvard"
    if content == "fifo":
        os.mkfifo(path)
    elif content == "folder":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        write_members(path, content)
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_every_damaged_file_is_refused_in_a_sentence_and_the_batch_goes_on(
    world, tmp_path_factory, data
):
    tmp_path = tmp_path_factory.mktemp("case")
    receiver = world["receiver"]
    kind, content, must_refuse = data.draw(damage(world), label="damage")
    bad = _place(tmp_path, 1, content)
    before = dump_database(receiver.path)

    reports = import_files(receiver, [bad, world["good"]])

    assert dump_database(receiver.path) == before, kind
    bad_report, good_report = reports
    assert good_report.outcome == ALREADY_IMPORTED, kind
    assert bad_report.outcome in (REFUSED, ALREADY_IMPORTED), (kind, bad_report.outcome)
    if must_refuse:
        assert bad_report.outcome == REFUSED, kind
    if bad_report.outcome == REFUSED:
        message = bad_report.error.user_message()
        assert bad.name in message, (kind, message)
        assert "Ingenting har" in message, (kind, message)
        assert "Traceback" not in message and "Oväntat" not in message, (kind, message)


def test_a_zip_whose_parts_are_packed_with_an_unknown_method_is_one_sentence(world, tmp_path):
    path = tmp_path / "metod.narvard"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in world["members"].items():
            archive.writestr(name, data)
    raw = bytearray(path.read_bytes())
    # Claim compression method 99 (AES) for every entry: zipfile raises NotImplementedError.
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = raw.find(signature)
        while start != -1:
            raw[start + offset : start + offset + 2] = (99).to_bytes(2, "little")
            start = raw.find(signature, start + 4)
    path.write_bytes(bytes(raw))
    before = dump_database(world["receiver"].path)
    report = import_file(world["receiver"], path)
    assert report.outcome == REFUSED
    assert "metod.narvard" in report.error.user_message()
    assert dump_database(world["receiver"].path) == before
