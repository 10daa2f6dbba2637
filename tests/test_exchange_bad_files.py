"""Every kind of bad file is refused with a clear message and the database left exactly as
it was: not a zip, truncated, bit flips, wrong checksums, unsafe names, zip bombs, unknown
or newer formats, duplicate ids, invalid UTF-8 and records of the wrong shape."""

from __future__ import annotations

import contextlib
import hashlib
import json
import struct
import zipfile
from pathlib import Path

import pytest
from test_exchange_support import (
    dump_database,
    make_group,
    pin_sender,
    read_members,
    rewrite_package,
    write_members,
)

from narvard_desktop.exchange import validate
from narvard_desktop.exchange.errors import (
    DamagedExportFileError,
    ExchangeFileError,
    NewerExportFormatError,
    NotAnExportFileError,
    UnsafeExportFileError,
)
from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.format import MANIFEST_NAME, dump_record, part_name
from narvard_desktop.exchange.importer import IMPORTED, REFUSED, import_file
from narvard_desktop.i18n import set_language
from narvard_desktop.paths import BACKUP_DIR
from narvard_desktop.store import Store


@pytest.fixture(scope="module")
def sender_file(tmp_path_factory):
    root = tmp_path_factory.mktemp("sender")
    with make_group(root, "boras", "lokal", "Borås", kommun="1490", demo_seed=5) as store:
        return export_data(store, root / "boras.narvard").path


@pytest.fixture
def receiver(tmp_path, sender_file):
    store = make_group(tmp_path, "sa", "delregional", "SÄ", delregion="Södra Älvsborg")
    with Store(sender_file.parent / "boras") as boras:
        pin_sender(store, boras)
    # The receiver already holds data, so "unchanged" really means something.
    assert (
        import_file(
            store,
            _rewrite(sender_file, tmp_path / "first.narvard", mutate_manifest=_new_export_id),
        ).outcome
        == IMPORTED
    )
    yield store
    store.close()


def _rewrite(src, dst, mutate_records=None, mutate_manifest=None):
    """A changed file, signed again by Borås's own key: what is tested is the content."""
    with Store(Path(src).parent / "boras") as boras:
        return rewrite_package(src, dst, mutate_records, mutate_manifest, sign_as=boras)


def _new_export_id(manifest):
    manifest["export_id"] = "01a20000-0000-7000-8000-000000000001"


def assert_refused(store, path, error_class):
    before = dump_database(store.path)
    backups = sorted((store.data_dir / BACKUP_DIR).glob("*"))
    report = import_file(store, path)
    assert report.outcome == REFUSED, report.outcome
    assert isinstance(report.error, error_class), repr(report.error)
    assert dump_database(store.path) == before
    assert sorted((store.data_dir / BACKUP_DIR).glob("*")) == backups
    with pytest.raises(error_class):
        validate.read_package(path, store.db)
    return report.error


def _rezip_with_manifest(src, dst, change):
    members = read_members(src)
    manifest = json.loads(members[MANIFEST_NAME])
    change(manifest)
    members[MANIFEST_NAME] = dump_record(manifest)
    return write_members(dst, members)


@pytest.mark.parametrize(
    "content",
    [b"", b"hello", "Protokoll åäö\n".encode(), b"%PDF-1.7\n%\xe2\xe3", b"\x00" * 4096],
    ids=["empty", "text", "swedish-text", "pdf", "zeros"],
)
def test_a_file_that_is_not_a_zip_at_all_is_foreign(receiver, tmp_path, content):
    path = tmp_path / "x.narvard"
    path.write_bytes(content)
    assert_refused(receiver, path, NotAnExportFileError)


def test_a_zip_from_another_program_is_foreign(receiver, tmp_path):
    other = write_members(tmp_path / "other.narvard", {"word/document.xml": b"<w/>"})
    assert_refused(receiver, other, NotAnExportFileError)


def test_an_unknown_format_name_is_foreign(receiver, tmp_path, sender_file):
    path = _rezip_with_manifest(
        sender_file, tmp_path / "g.narvard", lambda m: m.update(format="other-exchange")
    )
    assert_refused(receiver, path, NotAnExportFileError)


def test_a_newer_format_version_is_refused_with_a_clear_message(receiver, tmp_path, sender_file):
    path = _rezip_with_manifest(
        sender_file, tmp_path / "new.narvard", lambda m: m.update(format_version=2)
    )
    error = assert_refused(receiver, path, NewerExportFormatError)
    set_language("en")
    assert "newer version" in error.user_message()
    assert "new.narvard" in error.user_message()


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.999])
def test_a_truncated_file_is_damaged(receiver, tmp_path, sender_file, keep):
    data = sender_file.read_bytes()
    path = tmp_path / "cut.narvard"
    path.write_bytes(data[: int(len(data) * keep)])
    assert_refused(receiver, path, DamagedExportFileError)


def _data_spans(path):
    """(start, end) of every member's compressed bytes inside the zip file."""
    data = path.read_bytes()
    spans = []
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            offset = info.header_offset
            name_length, extra_length = struct.unpack("<HH", data[offset + 26 : offset + 30])
            start = offset + 30 + name_length + extra_length
            if info.compress_size:
                spans.append((info.filename, start, start + info.compress_size))
    return spans


def test_bit_flips_in_any_part_or_the_manifest_are_refused(receiver, tmp_path, sender_file):
    data = bytearray(sender_file.read_bytes())
    original = validate.read_package(sender_file, receiver.db).records
    with zipfile.ZipFile(sender_file) as archive:
        sizes = {info.filename: info.file_size for info in archive.infolist()}
    for name, start, end in _data_spans(sender_file):
        for fraction in (0.0, 0.5, 0.99):
            flipped = bytearray(data)
            flipped[start + int((end - start - 1) * fraction)] ^= 0x10
            path = tmp_path / "flip.narvard"
            path.write_bytes(bytes(flipped))
            if sizes[name] == 0:
                # An empty part is a two-byte deflate stream; some flips still decode to
                # nothing, which is harmless: then the content must be exactly the same.
                with contextlib.suppress(ExchangeFileError):
                    assert validate.read_package(path, receiver.db).records == original
                continue
            try:
                assert_refused(receiver, path, ExchangeFileError)
            except AssertionError as failure:
                raise AssertionError(f"{name} at {fraction}") from failure


def test_a_part_that_does_not_match_its_checksum_is_damaged(receiver, tmp_path, sender_file):
    members = read_members(sender_file)
    part = part_name("deviations")
    members[part] = members[part].replace(b"Utskrivningsmeddelande", b"Utskrivningsmeddelandx")
    path = write_members(tmp_path / "sum.narvard", members)
    error = assert_refused(receiver, path, DamagedExportFileError)
    assert error.details["where"] == part


@pytest.mark.parametrize(
    "evil_name",
    [
        "../evil.jsonl",
        "/etc/evil.jsonl",
        "parts\\..\\evil.jsonl",
        "C:/evil.jsonl",
        "parts/../../evil.jsonl",
        "parts//x.jsonl",
    ],
)
def test_members_with_paths_outside_the_package_are_refused(
    receiver, tmp_path, sender_file, evil_name
):
    members = read_members(sender_file)
    members[evil_name] = b"{}\n"
    path = tmp_path / "slip.narvard"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data)
    assert_refused(receiver, path, UnsafeExportFileError)
    assert not (tmp_path / "evil.jsonl").exists()


def test_a_highly_compressible_part_is_judged_by_its_contents_not_its_ratio(
    receiver, tmp_path, sender_file
):
    # 40 MB of spaces compresses about 1000 times; long repetitive texts do too, so a ratio
    # is no reason to refuse. This part is refused because it does not match its checksum.
    members = read_members(sender_file)
    members[part_name("links")] = b" " * (40 << 20)
    path = write_members(tmp_path / "bomb.narvard", members)
    error = assert_refused(receiver, path, DamagedExportFileError)
    assert not isinstance(error, UnsafeExportFileError)


def test_a_member_that_unpacks_to_more_than_it_declares_is_stopped(receiver, tmp_path, sender_file):
    members = read_members(sender_file)
    members[part_name("links")] = b"x" * 300_000
    path = write_members(tmp_path / "liar.narvard", members)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(part_name("links"))
    # Patch the declared size in the local header and the central directory to 1000 bytes.
    struct.pack_into("<I", data, info.header_offset + 22, 1000)
    central = data.find(b"PK\x01\x02" + data[info.header_offset + 4 : info.header_offset + 6])
    while central != -1:
        name_length = struct.unpack("<H", data[central + 28 : central + 30])[0]
        if data[central + 46 : central + 46 + name_length] == part_name("links").encode():
            struct.pack_into("<I", data, central + 24, 1000)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    assert_refused(receiver, path, ExchangeFileError)


def test_total_size_and_member_count_limits(receiver, tmp_path, sender_file, monkeypatch):
    monkeypatch.setattr(validate, "MAX_TOTAL_UNCOMPRESSED", 50_000)
    assert_refused(receiver, sender_file, UnsafeExportFileError)
    monkeypatch.undo()
    members = read_members(sender_file)
    for index in range(validate.MAX_MEMBERS):
        members[f"extra/{index}.txt"] = b""
    assert_refused(
        receiver, write_members(tmp_path / "many.narvard", members), UnsafeExportFileError
    )


def test_duplicate_ids_within_the_file_are_refused(receiver, tmp_path, sender_file):
    def duplicate(records):
        records["deviations"].append(dict(records["deviations"][0]))

    path = _rewrite(sender_file, tmp_path / "dup.narvard", duplicate)
    assert_refused(receiver, path, DamagedExportFileError)

    def same_id_other_table(records):
        records["goals"][0]["id"] = records["activities"][0]["id"]

    path = _rewrite(sender_file, tmp_path / "dup2.narvard", same_id_other_table)
    assert_refused(receiver, path, DamagedExportFileError)


def _with_raw_part(src, dst, table, raw):
    members = read_members(src)
    manifest = json.loads(members[MANIFEST_NAME])
    members[part_name(table)] = raw
    for part in manifest["parts"]:
        if part["table"] == table:
            part["sha256"] = hashlib.sha256(raw).hexdigest()
            part["records"] = raw.count(b"\n")
    manifest["counts"][table] = raw.count(b"\n")
    members[MANIFEST_NAME] = dump_record(manifest)
    return write_members(dst, members)


def test_invalid_utf8_is_refused_even_with_a_matching_checksum(receiver, tmp_path, sender_file):
    raw = read_members(sender_file)[part_name("decisions")]
    broken = raw.replace(b"att ", b"att \xff\xfe", 1)
    path = _with_raw_part(sender_file, tmp_path / "utf.narvard", "decisions", broken)
    assert_refused(receiver, path, DamagedExportFileError)
    surrogate = raw.replace(b'"att ', b'"\\ud800att ', 1)
    path = _with_raw_part(sender_file, tmp_path / "sur.narvard", "decisions", surrogate)
    assert_refused(receiver, path, DamagedExportFileError)
    members = read_members(sender_file)
    members[MANIFEST_NAME] = members[MANIFEST_NAME].replace(b'"format"', b'"form\xc3at"')
    assert_refused(receiver, write_members(tmp_path / "m.narvard", members), DamagedExportFileError)


@pytest.mark.parametrize(
    "change",
    [
        lambda r: r.update(revision="2"),
        lambda r: r.update(revision=True),
        lambda r: r.update(revision=0),
        lambda r: r.update(deleted=2),
        lambda r: r.update(id="not-a-uuid"),
        lambda r: r.update(id="01A20000-0000-7000-8000-00000000000A"),
        lambda r: r.update(responsible_person_id="x"),
        lambda r: r.update(unknown_column="x"),
        lambda r: r.pop("title"),
        lambda r: r.pop("revision"),
        lambda r: r.update(title=None),
        lambda r: r.update(position=1.5),
    ],
    ids=[
        "text-revision",
        "bool",
        "revision-0",
        "deleted-2",
        "bad-id",
        "upper-uuid",
        "bad-reference",
        "unknown-column",
        "missing-title",
        "missing-revision",
        "null-not-null",
        "float-integer",
    ],
)
def test_records_of_the_wrong_shape_are_refused(receiver, tmp_path, sender_file, change):
    def mutate(records):
        change(records["activities"][3])

    path = _rewrite(sender_file, tmp_path / "shape.narvard", mutate)
    assert_refused(receiver, path, DamagedExportFileError)


def test_lines_that_are_not_json_objects_are_refused(receiver, tmp_path, sender_file):
    raw = read_members(sender_file)[part_name("goals")]
    for bad in (raw + b"[1, 2]\n", raw + b"not json\n", raw.replace(b"\n", b"\n\n", 1)):
        path = _with_raw_part(sender_file, tmp_path / "json.narvard", "goals", bad)
        assert_refused(receiver, path, DamagedExportFileError)


def test_missing_and_unlisted_parts_are_refused(receiver, tmp_path, sender_file):
    members = read_members(sender_file)
    del members[part_name("people")]
    assert_refused(receiver, write_members(tmp_path / "a.narvard", members), DamagedExportFileError)
    members = read_members(sender_file)
    members["parts/notes.txt"] = b"hej"
    assert_refused(receiver, write_members(tmp_path / "b.narvard", members), DamagedExportFileError)


def test_a_manifest_with_broken_fields_is_refused(receiver, tmp_path, sender_file):
    for change in (
        lambda m: m.update(sequence=0),
        lambda m: m.update(export_id="x"),
        lambda m: m.pop("sender"),
        lambda m: m["sender"].update(level="kommun"),
        lambda m: m.update(kind="backup"),
        lambda m: m["parts"][0].update(name="../x"),
        lambda m: m["counts"].update(goals=999),
    ):
        path = _rezip_with_manifest(sender_file, tmp_path / "m.narvard", change)
        assert_refused(receiver, path, ExchangeFileError)


def test_a_record_breaking_a_rule_of_meaning_refuses_the_whole_file_naming_it(
    receiver, tmp_path, sender_file
):
    def break_rule(records):
        records["deviations"][0]["consequence"] = 9
        for table in records:
            for record in records[table]:
                record["revision"] += 1

    path = _rewrite(sender_file, tmp_path / "rule.narvard", break_rule)
    error = assert_refused(receiver, path, DamagedExportFileError)
    message = error.user_message()
    assert "rule.narvard" in message
    assert "Avvikelse" in message and "Konsekvens" in message
    assert "Ingenting har lästs in" in message


def test_a_rule_breaking_parent_with_new_children_refuses_the_whole_file(
    receiver, tmp_path, sender_file
):
    def orphan(records):
        parent = dict(records["activities"][0], id="01a20000-0000-7000-8000-0000000000aa")
        parent["status"] = "bogus"
        child = dict(records["progress_notes"][0], id="01a20000-0000-7000-8000-0000000000ab")
        child["activity_id"] = parent["id"]
        records["activities"].append(parent)
        records["progress_notes"].append(child)

    path = _rewrite(sender_file, tmp_path / "orphan.narvard", orphan)
    before = dump_database(receiver.path)
    report = import_file(receiver, path)
    assert report.outcome == REFUSED
    assert isinstance(report.error, DamagedExportFileError)
    assert dump_database(receiver.path) == before


def test_a_missing_file_is_reported_as_unreadable(receiver, tmp_path):
    from narvard_desktop.exchange.errors import UnreadableExportFileError

    assert_refused(receiver, tmp_path / "finns-inte.narvard", UnreadableExportFileError)
    assert_refused(receiver, tmp_path, UnreadableExportFileError)


def test_a_record_pointing_at_nothing_refuses_the_whole_file_naming_it(
    receiver, tmp_path, sender_file
):
    def point_at_nothing(records):
        note = records["progress_notes"][0]
        note["activity_id"] = "01a20000-0000-7000-8000-00000000dead"
        note["revision"] += 1

    path = _rewrite(sender_file, tmp_path / "pekar.narvard", point_at_nothing)
    before = dump_database(receiver.path)
    # The file itself is well formed; what it points at is known only against the database.
    report = import_file(receiver, path)
    assert report.outcome == REFUSED
    assert isinstance(report.error, DamagedExportFileError), repr(report.error)
    assert dump_database(receiver.path) == before
    message = report.error.user_message()
    assert "pekar.narvard" in message and "Ingenting har lästs in" in message
    assert "Lägesanteckning" in message and "Aktivitet" in message
