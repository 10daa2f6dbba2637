"""Imports check what values mean, every failure is one sentence naming the file, a batch
goes on past bad files, and the program's own export of the longest allowed texts is
always accepted by its own importer."""

from __future__ import annotations

import json
import os
import signal
import zipfile
from pathlib import Path

import pytest
from test_exchange_support import dump_database, make_group, pin_sender, rewrite_package

from narvard_desktop.cli import main
from narvard_desktop.exchange import file_failures, importer
from narvard_desktop.exchange.errors import DamagedExportFileError, UnreadableExportFileError
from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.file_failures import (
    ExportFileTooLargeError,
    InvalidRecordValueError,
    NotARegularFileError,
)
from narvard_desktop.exchange.importer import IMPORTED, REFUSED, import_file, import_files
from narvard_desktop.record_kinds import free_text_fields
from narvard_desktop.record_rules import text_limit
from narvard_desktop.store import Store

LONG_TEXT_FIELDS = {
    "action_plans": ("description",),
    "goals": ("description",),
    "activities": ("description",),
    "deviations": (
        "description",
        "immediate_actions",
        "suggested_improvement",
        "answer_cause",
        "answer_measures",
        "answer_follow_up",
    ),
}


@pytest.fixture(scope="module")
def sender_file(tmp_path_factory):
    root = tmp_path_factory.mktemp("sender")
    with make_group(root, "boras", "lokal", "Borås", kommun="1490", demo_seed=5) as store:
        return export_data(store, root / "boras.narvard").path


def _pin_the_sender(receiver, sender_file) -> None:
    """The delregion has checked Borås's key by phone, as a real one would first."""
    with Store(Path(sender_file).parent / "boras") as sender:
        pin_sender(receiver, sender)


@pytest.fixture
def receiver(tmp_path, sender_file):
    store = make_group(tmp_path, "sa", "delregional", "SÄ", delregion="Södra Älvsborg")
    _pin_the_sender(store, sender_file)
    yield store
    store.close()


def test_a_deviation_answered_on_x_with_recomputed_checksums_is_refused_naming_it(
    receiver, tmp_path, sender_file
):
    def answered_x(records):
        records["deviations"][3]["answered_date"] = "x"

    path = rewrite_package(sender_file, tmp_path / "x-datum.narvard", answered_x)
    before = dump_database(receiver.path)
    report = import_file(receiver, path)
    assert report.outcome == REFUSED
    assert isinstance(report.error, InvalidRecordValueError)
    message = report.error.user_message()
    assert "x-datum.narvard" in message
    assert "Avvikelse" in message and "Svarsdatum" in message and "'x'" in message
    assert "Ingenting har lästs in" in message
    assert dump_database(receiver.path) == before


@pytest.mark.parametrize(
    ("table", "field", "value"),
    [
        ("activities", "participating_organisation_ids", "[not json"),
        ("activities", "participating_organisation_ids", '{"a": 1}'),
        ("activities", "status", "halvklar"),
        ("activities", "way_code", "A9"),
        ("meetings", "meeting_date", "2026-02-30"),
        ("meetings", "start_time", "kl 9"),
        ("meetings", "locked_content", "[1, 2]"),
        ("indicator_values", "period", "2026-Q9"),
        ("deviations", "likelihood", 0),
        ("goals", "title", "m" * 301),
        ("people", "name", "n" * 201),
    ],
)
def test_values_that_mean_nothing_refuse_the_whole_file(
    receiver, tmp_path, sender_file, table, field, value
):
    def spoil(records):
        records[table][0][field] = value

    path = rewrite_package(sender_file, tmp_path / "fel.narvard", spoil)
    before = dump_database(receiver.path)
    report = import_file(receiver, path)
    assert report.outcome == REFUSED
    assert isinstance(report.error, DamagedExportFileError)
    assert "fel.narvard" in report.error.user_message()
    assert dump_database(receiver.path) == before


def test_the_longest_allowed_texts_export_and_import_although_they_compress_far(
    tmp_path,
):
    sender = make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490", demo_seed=3)
    with sender:
        db = sender.db
        for table, fields in LONG_TEXT_FIELDS.items():
            for field in fields:
                assert field in free_text_fields(table)
                longest = "å" * text_limit(field, table)
                db.execute(f"UPDATE {table} SET {field} = ?", [longest])
        db.execute("UPDATE action_plans SET title = ?", ["T" * text_limit("title")])
        db.conn.commit()
        out = export_data(sender, tmp_path / "lang.narvard").path
    with zipfile.ZipFile(out) as archive:
        ratios = [i.file_size / max(i.compress_size, 1) for i in archive.infolist()]
    assert max(ratios) > 200  # what the old ratio check refused
    receiver = make_group(tmp_path, "sa", "delregional", "SÄ", delregion="Södra Älvsborg")
    with receiver:
        report = import_file(receiver, out)
        assert report.outcome == IMPORTED, report.error and report.error.user_message()
        stored = receiver.db.execute("SELECT description FROM deviations LIMIT 1").fetchone()[0]
        assert len(stored) == text_limit("description") == 20_000


def _within_a_minute(work):
    """Run `work`, failing instead of hanging forever (opening a named pipe would block)."""

    def hung(*_args):
        raise TimeoutError("the import hung on a named pipe")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(60)
    try:
        return work()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_batch_imports_every_good_file_and_reports_each_bad_one(receiver, tmp_path, sender_file):
    fifo = tmp_path / "x.narvard"
    os.mkfifo(fifo)
    folder = tmp_path / "mapp.narvard"
    folder.mkdir()
    junk = tmp_path / "skräp.narvard"
    junk.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    spoiled = rewrite_package(
        sender_file,
        tmp_path / "x-datum.narvard",
        lambda records: records["deviations"][0].update(answered_date="x"),
    )
    paths = [fifo, folder, junk, sender_file, spoiled]
    reports = _within_a_minute(lambda: import_files(receiver, paths))
    assert [report.outcome for report in reports] == [
        REFUSED,
        REFUSED,
        REFUSED,
        IMPORTED,
        REFUSED,
    ]
    assert isinstance(reports[0].error, NotARegularFileError)
    assert isinstance(reports[1].error, NotARegularFileError)
    for report in reports:
        if report.outcome == REFUSED:
            assert report.path.name in report.error.user_message()
    assert "pipe" in reports[0].error.user_message()
    assert "mapp" in reports[1].error.user_message()


def test_a_file_over_the_size_limit_is_refused_before_it_is_opened(
    receiver, sender_file, monkeypatch
):
    monkeypatch.setattr(file_failures, "MAX_FILE_BYTES", 1000)
    opened = []
    monkeypatch.setattr(importer, "read_package", lambda *a: opened.append(a))
    report = import_file(receiver, sender_file)
    assert isinstance(report.error, ExportFileTooLargeError)
    assert opened == []
    assert sender_file.name in report.error.user_message()


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (RecursionError("maximum recursion depth exceeded"), "djupt"),
        (OverflowError("int too large"), "stort"),
        (NotImplementedError("compression type 99"), "zip-metod"),
        (OSError(22, "Invalid argument"), "ogiltigt argument"),
        (zipfile.BadZipFile("Bad CRC-32"), "skadat"),
        (json.JSONDecodeError("Expecting value", "x", 0), "JSON"),
        (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "UTF-8"),
        (KeyError("sender"), "KeyError"),
    ],
)
def test_every_unforeseen_failure_becomes_one_swedish_sentence_naming_the_file(
    receiver, sender_file, monkeypatch, error, words
):
    def fail(*_args):
        raise error

    monkeypatch.setattr(importer, "read_package", fail)
    before = dump_database(receiver.path)
    report = import_file(receiver, sender_file)
    assert report.outcome == REFUSED
    message = report.error.user_message()
    assert sender_file.name in message and words in message
    assert "Ingenting har lästs in" in message
    assert "Traceback" not in message and "Oväntat fel" not in message
    assert dump_database(receiver.path) == before


def test_a_missing_file_is_unreadable_not_unexpected(receiver, tmp_path):
    report = import_file(receiver, tmp_path / "borta.narvard")
    assert isinstance(report.error, UnreadableExportFileError)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_the_import_command_reports_each_file_and_goes_on(tmp_path, sender_file, capsys):
    with make_group(tmp_path, "sa", "delregional", "SÄ", delregion="Södra Älvsborg") as area:
        _pin_the_sender(area, sender_file)
    fifo = tmp_path / "x.narvard"
    os.mkfifo(fifo)
    code = _within_a_minute(
        lambda: main(["--data-dir", str(tmp_path / "sa"), "import", str(fifo), str(sender_file)])
    )
    printed = capsys.readouterr().out
    assert code == 1
    assert "x.narvard: stoppad" in printed and "pipe" in printed
    assert "boras.narvard: läste in export 1" in printed
