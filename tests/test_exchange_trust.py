"""Signed files and known senders: every forged file is refused, with a sentence naming
it, and nothing changes; honest files between real groups still go through."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from justering_helpers import make_ready_for_justering
from test_exchange_support import (
    dump_database,
    make_group,
    pin_sender,
    read_members,
    rewrite_package,
    write_members,
)

from narvard_desktop.cli import main
from narvard_desktop.exchange.errors import WrongPackageKindError
from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.format import MANIFEST_NAME, SIGNATURE_NAME, dump_record
from narvard_desktop.exchange.importer import IMPORTED, REFUSED, import_file
from narvard_desktop.exchange.ledger import list_entries
from narvard_desktop.exchange.provenance import provenance
from narvard_desktop.exchange.templates import export_template
from narvard_desktop.exchange.trust import (
    BadSignatureError,
    SenderIdentityError,
    SenderKeyMismatchError,
    TamperedProtocolError,
    UnknownSenderKeyError,
    UnsignedFileError,
)
from narvard_desktop.exchange.writer import signature_member
from narvard_desktop.i18n import set_language
from narvard_desktop.services import meetings as m
from narvard_desktop.services.group_keys import group_signer
from narvard_desktop.signing import Signer, keys_of_group, phone_code
from narvard_desktop.store.records import insert_record


@pytest.fixture(autouse=True)
def swedish():
    set_language("sv")
    yield
    set_language("sv")


@pytest.fixture
def world(tmp_path):
    stores = {
        "boras": make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490", demo_seed=1),
        "mark": make_group(tmp_path, "mark", "lokal", "Mark", kommun="1463", demo_seed=2),
        "sa": make_group(tmp_path, "sa", "delregional", "SÄ", delregion="Södra Älvsborg"),
        "vvg": make_group(tmp_path, "vvg", "lansgemensam", "VVG"),
    }
    yield stores
    for store in stores.values():
        store.close()


def live_deviations(store, owner):
    return store.db.execute(
        "SELECT count(*) FROM deviations WHERE group_id = ? AND deleted = 0", [owner]
    ).fetchone()[0]


def assert_refused(store, path, error_class, **kwargs):
    before = dump_database(store.path)
    report = import_file(store, path, **kwargs)
    assert report.outcome == REFUSED, report.outcome
    assert isinstance(report.error, error_class), repr(report.error)
    assert path.name in report.error.user_message()
    assert dump_database(store.path) == before
    return report.error


def signed_by(path, signer):
    """Sign a file's manifest anew with `signer`, claiming it is the sender's key."""
    members = read_members(path)
    manifest = json.loads(members[MANIFEST_NAME])
    manifest["signer"] = {
        "group_id": signer.group_id,
        "public_key": signer.public_key,
        "fingerprint": signer.fingerprint,
    }
    members[MANIFEST_NAME] = dump_record(manifest)
    members[SIGNATURE_NAME] = signature_member(signer, members[MANIFEST_NAME])
    return write_members(path, members)


def soft_delete_all_deviations(records):
    for table in ("deviations", "deviation_events"):
        for record in records[table]:
            record["deleted"] = 1
            record["revision"] += 1


# ---------------------------------------------------------------- the forged-sender suite


def test_a_file_from_boras_signed_by_another_key_is_refused(world, tmp_path):
    boras, sa = world["boras"], world["sa"]
    owner = boras.require_group_id()
    assert import_file(sa, export_data(boras, tmp_path / "b.narvard").path).outcome == IMPORTED
    assert live_deviations(sa, owner) == 36
    forged = rewrite_package(
        export_data(boras, tmp_path / "b2.narvard").path,
        tmp_path / "forged.narvard",
        soft_delete_all_deviations,
    )
    # Anyone who knows Borås's group id can make a key and sign with it.
    signed_by(forged, Signer(owner, Ed25519PrivateKey.generate()))
    error = assert_refused(sa, forged, SenderKeyMismatchError)
    assert "Borås" in error.user_message()
    assert live_deviations(sa, owner) == 36


def test_a_part_changed_after_signing_is_refused(world, tmp_path):
    path = export_data(world["boras"], tmp_path / "b.narvard").path
    tampered = rewrite_package(path, tmp_path / "tampered.narvard", soft_delete_all_deviations)
    assert_refused(world["sa"], tampered, BadSignatureError)


def test_a_changed_part_with_the_old_manifest_is_refused(world, tmp_path):
    path = export_data(world["boras"], tmp_path / "b.narvard").path
    members = read_members(path)
    part = "parts/deviations.jsonl"
    members[part] = members[part].replace(b'"deleted":0', b'"deleted":1')
    write_members(tmp_path / "part.narvard", members)
    report = import_file(world["sa"], tmp_path / "part.narvard")
    assert report.outcome == REFUSED


def test_an_unsigned_file_is_refused(world, tmp_path):
    path = export_data(world["boras"], tmp_path / "b.narvard").path
    members = read_members(path)
    del members[SIGNATURE_NAME]
    error = assert_refused(world["sa"], write_members(tmp_path / "u.narvard", members),
                           UnsignedFileError)  # fmt: skip
    assert "inte signerad" in error.user_message()


def test_a_local_file_claiming_the_county_level_is_refused(world, tmp_path):
    boras, sa = world["boras"], world["sa"]

    def promote(records):
        records["groups"][0]["level"] = "lansgemensam"
        records["groups"][0]["revision"] += 1

    def claim(manifest):
        manifest["sender"]["level"] = "lansgemensam"

    # Even signed with Borås's own key: the pin says lokal.
    path = rewrite_package(
        export_data(boras, tmp_path / "b.narvard").path,
        tmp_path / "lan.narvard",
        promote,
        claim,
        sign_as=boras,
    )
    assert_refused(sa, path, SenderIdentityError)


def test_the_level_in_the_manifest_is_never_believed(world, tmp_path):
    boras, sa, vvg = world["boras"], world["sa"], world["vvg"]
    path = rewrite_package(
        export_data(boras, tmp_path / "b.narvard").path,
        tmp_path / "claim.narvard",
        mutate_manifest=lambda manifest: manifest["sender"].update(level="lansgemensam"),
        sign_as=boras,
    )
    report = import_file(sa, path)
    assert report.outcome == IMPORTED
    assert report.preview.package.sender["level"] == "lokal"
    assert list_entries(sa.db)[0].sender_level == "lokal"
    # So the delregion's next export still carries Borås upward.
    report = import_file(vvg, export_data(sa, tmp_path / "sa.narvard").path)
    assert report.outcome == IMPORTED
    assert live_deviations(vvg, boras.require_group_id()) == 36


def test_a_group_cannot_soft_delete_another_groups_records(world, tmp_path):
    boras, mark, sa = world["boras"], world["mark"], world["sa"]
    owner = boras.require_group_id()
    import_file(sa, export_data(boras, tmp_path / "b.narvard").path)
    boras_rows = {
        table: [
            {k: v for k, v in row.items() if k != "origin_import_id"}
            for row in boras.db.query(f"SELECT * FROM {table} WHERE group_id = ?", [owner])
        ]
        for table in ("groups", "deviations")
    }

    def smuggle(records):
        for row in boras_rows["deviations"]:
            records["deviations"].append(dict(row, deleted=1, revision=row["revision"] + 1))
        records["groups"].append(boras_rows["groups"][0])

    path = rewrite_package(
        export_data(mark, tmp_path / "m.narvard").path,
        tmp_path / "m2.narvard",
        smuggle,
        sign_as=mark,
    )
    report = import_file(sa, path)
    assert report.outcome == IMPORTED
    assert report.preview.counts["deviations"]["rejected"] == 36
    assert live_deviations(sa, owner) == 36


def test_a_local_group_refuses_a_delregional_data_file(world, tmp_path):
    import_file(world["sa"], export_data(world["boras"], tmp_path / "b.narvard").path)
    path = export_data(world["sa"], tmp_path / "sa.narvard").path
    mark = world["mark"]
    error = assert_refused(mark, path, WrongPackageKindError)
    assert not mark.db.execute(
        "SELECT 1 FROM deviations WHERE group_id = ?", [world["boras"].require_group_id()]
    ).fetchone()
    assert "mallar" in error.user_message()


def test_a_kommun_of_another_area_is_refused_by_the_delregion(tmp_path):
    sa = make_group(tmp_path, "sa", "delregional", "SÄ", delregion="Södra Älvsborg")
    gbg = make_group(tmp_path, "gbg", "lokal", "Göteborg", kommun="1480")
    assert_refused(sa, export_data(gbg, tmp_path / "g.narvard").path, WrongPackageKindError)


# ---------------------------------------------------------------- pinning a new sender


def test_a_new_sender_is_refused_until_its_fingerprint_is_confirmed(tmp_path):
    boras = make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490", demo_seed=1)
    sa = make_group(tmp_path, "sa", "delregional", "SÄ", delregion="Södra Älvsborg", known=False)
    result = export_data(boras, tmp_path / "b.narvard")
    fingerprint = result.manifest["signer"]["fingerprint"]
    error = assert_refused(sa, result.path, UnknownSenderKeyError)
    text = error.user_message()
    assert fingerprint in text and phone_code(group_signer(boras).public_key) in text
    # A wrong fingerprint pins nothing.
    assert_refused(sa, result.path, UnknownSenderKeyError, trust_new_key="0000 1111")
    report = import_file(sa, result.path, trust_new_key=fingerprint.lower().replace(" ", ""))
    assert report.outcome == IMPORTED
    pinned = keys_of_group(sa.db, boras.require_group_id())
    assert [(k.fingerprint, k.origin, k.level, k.delregion) for k in pinned] == [
        (fingerprint, "confirmed", "lokal", "Södra Älvsborg")
    ]


def test_the_cli_refuses_an_unknown_key_and_pins_it_with_trust_new_key(tmp_path, capsys):
    boras = make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490", demo_seed=1)
    sa_dir = tmp_path / "sa"
    make_group(tmp_path, "sa", "delregional", "SÄ", delregion="Södra Älvsborg", known=False).close()
    result = export_data(boras, tmp_path / "b.narvard")
    phone = phone_code(result.manifest["signer"]["public_key"])
    assert main(["--data-dir", str(sa_dir), "import", str(result.path)]) == 1
    assert "fingeravtryck" in capsys.readouterr().out
    args = ["--data-dir", str(sa_dir), "import", "--trust-new-key", phone, str(result.path)]
    assert main(args) == 0
    assert main(["--data-dir", str(sa_dir), "keys"]) == 0
    out = capsys.readouterr().out
    assert result.manifest["signer"]["fingerprint"] in out and "Borås" in out
    assert main(["--data-dir", str(sa_dir), "ledger"]) == 0
    assert result.manifest["signer"]["fingerprint"] in capsys.readouterr().out


def test_the_county_key_directory_pins_the_groups_it_lists(tmp_path):
    vvg = make_group(tmp_path, "vvg", "lansgemensam", "VVG")
    boras = make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490", demo_seed=1)
    sa = make_group(tmp_path, "sa", "delregional", "SÄ", delregion="Södra Älvsborg", known=False)
    pin_sender(sa, vvg)
    plan = insert_record(vvg.db, "action_plans", vvg.require_group_id(), {"title": "Länsmall"})
    template = export_template(vvg, plan, tmp_path / "mall.narvard").path
    assert import_file(sa, template).outcome == IMPORTED
    assert [k.origin for k in keys_of_group(sa.db, boras.require_group_id())] == ["directory"]
    assert import_file(sa, export_data(boras, tmp_path / "b.narvard").path).outcome == IMPORTED


# ---------------------------------------------------------------- ny nyckel


def test_a_rotated_key_is_followed_through_the_old_keys_signature(world, tmp_path, capsys):
    boras, sa = world["boras"], world["sa"]
    owner = boras.require_group_id()
    old = export_data(boras, tmp_path / "old.narvard").path
    old_fingerprint = group_signer(boras).fingerprint
    assert main(["--data-dir", str(boras.data_dir), "keys", "rotate"]) == 0
    assert "Ny nyckel skapad" in capsys.readouterr().out
    new_fingerprint = group_signer(boras).fingerprint
    assert new_fingerprint != old_fingerprint
    report = import_file(sa, export_data(boras, tmp_path / "new.narvard").path)
    assert report.outcome == IMPORTED
    active = keys_of_group(sa.db, owner, active_only=True)
    assert [(k.fingerprint, k.origin, k.level) for k in active] == [
        (new_fingerprint, "rotation", "lokal")
    ]
    # A file made with the old key afterwards is no longer believed.
    assert_refused(sa, old, SenderKeyMismatchError)
    assert main(["--data-dir", str(sa.data_dir), "keys", "log"]) == 0
    assert "pinned_by_rotation" in capsys.readouterr().out


def test_a_lost_key_makes_a_new_one_the_receivers_must_confirm(world, tmp_path):
    boras, sa = world["boras"], world["sa"]
    (boras.data_dir / "signing-key.pem").unlink()
    assert main(["--data-dir", str(boras.data_dir), "keys", "rotate", "--lost"]) == 0
    assert_refused(sa, export_data(boras, tmp_path / "b.narvard").path, SenderKeyMismatchError)


# ---------------------------------------------------------------- provenance


def test_every_imported_record_names_the_key_that_wrote_it(world, tmp_path):
    boras, sa, vvg = world["boras"], world["sa"], world["vvg"]
    import_file(sa, export_data(boras, tmp_path / "b.narvard").path)
    import_file(vvg, export_data(sa, tmp_path / "sa.narvard").path)
    deviation = boras.db.execute("SELECT id FROM deviations LIMIT 1").fetchone()[0]
    at_sa = provenance(sa.db, "deviations", deviation)
    at_vvg = provenance(vvg.db, "deviations", deviation)
    assert at_sa.sender_key == group_signer(boras).fingerprint
    assert at_vvg.sender_key == group_signer(sa).fingerprint
    assert at_sa.sender_key in at_sa.label()


# ---------------------------------------------------------------- justering


def locked_meeting(store):
    people = [
        insert_record(store.db, "people", store.require_group_id(), {"name": f"P{i}"})
        for i in range(3)
    ]
    meeting = m.create_meeting(
        store, "2026-11-10", chair_person_id=people[0], adjuster_person_ids=[people[1]]
    )
    m.add_decision(store, m.agenda_items(store, meeting)[3]["id"], "godkänna dagordningen")
    make_ready_for_justering(store, meeting)
    m.lock_meeting(store, meeting, "2026-11-12")
    return meeting


def tamper(store, meeting_id):
    """Edit the frozen text in the database and make the checksum fit again."""
    content = store.db.execute(
        "SELECT locked_content FROM meetings WHERE id = ?", [meeting_id]
    ).fetchone()[0]
    forged = content.replace("godkänna dagordningen", "godkänna allt")
    store.db.execute(
        "UPDATE meetings SET locked_content = ?, locked_checksum = ?, revision = revision + 1"
        " WHERE id = ?",
        [forged, hashlib.sha256(forged.encode()).hexdigest(), meeting_id],
    )
    store.db.conn.commit()


def test_a_justerat_protocol_travels_up_two_levels_and_stays_verified(world, tmp_path):
    boras, sa, vvg = world["boras"], world["sa"], world["vvg"]
    meeting = locked_meeting(boras)
    assert m.verify_lock(boras, meeting) is True
    assert import_file(sa, export_data(boras, tmp_path / "b.narvard").path).outcome == IMPORTED
    assert import_file(vvg, export_data(sa, tmp_path / "sa.narvard").path).outcome == IMPORTED
    # The county never talked to Borås: the delregion vouched for its key in a signed file.
    assert m.meeting_document(vvg, meeting)["lock"]["intact"] is True


def test_tampered_justering_is_caught_by_the_cli(world, tmp_path, capsys):
    boras = world["boras"]
    meeting = locked_meeting(boras)
    tamper(boras, meeting)
    assert m.verify_lock(boras, meeting) is False
    out = tmp_path / "p.pdf"
    args = ["--data-dir", str(boras.data_dir), "protocol", "--meeting", meeting, "--out", str(out)]
    assert main(args) != 0
    assert "justering" in capsys.readouterr().err
    assert not out.exists()


def test_tampered_justering_is_refused_on_import(world, tmp_path):
    boras, sa = world["boras"], world["sa"]
    meeting = locked_meeting(boras)
    tamper(boras, meeting)
    error = assert_refused(sa, export_data(boras, tmp_path / "b.narvard").path,
                           TamperedProtocolError)  # fmt: skip
    assert "2026-11-10" in error.user_message()


def test_a_justering_changed_by_the_level_in_between_is_refused_above(world, tmp_path):
    boras, sa, vvg = world["boras"], world["sa"], world["vvg"]
    meeting = locked_meeting(boras)
    import_file(sa, export_data(boras, tmp_path / "b.narvard").path)
    tamper(sa, meeting)
    assert_refused(vvg, export_data(sa, tmp_path / "sa.narvard").path, TamperedProtocolError)


def test_signature_member_is_part_of_every_export(world, tmp_path):
    path = export_data(world["mark"], tmp_path / "m.narvard").path
    with zipfile.ZipFile(path) as archive:
        assert SIGNATURE_NAME in archive.namelist()
        manifest = json.loads(archive.read(MANIFEST_NAME))
    assert manifest["signer"]["fingerprint"] == group_signer(world["mark"]).fingerprint


def test_a_receiver_two_rotations_behind_follows_the_signed_chain(world, tmp_path):
    boras, sa = world["boras"], world["sa"]
    for _ in range(2):
        assert main(["--data-dir", str(boras.data_dir), "keys", "rotate"]) == 0
    newest = group_signer(boras).fingerprint
    assert import_file(sa, export_data(boras, tmp_path / "b.narvard").path).outcome == IMPORTED
    active = keys_of_group(sa.db, boras.require_group_id(), active_only=True)
    assert [k.fingerprint for k in active] == [newest]


def test_a_rotation_record_not_signed_by_the_pinned_key_is_refused(world, tmp_path):
    boras, sa = world["boras"], world["sa"]
    owner = boras.require_group_id()
    path = export_data(boras, tmp_path / "b.narvard").path
    intruder = Signer(owner, Ed25519PrivateKey.generate())
    other = Signer(owner, Ed25519PrivateKey.generate())

    def claim_rotation(manifest):
        manifest["key_rotations"] = [
            {
                "group_id": owner,
                "previous_public_key": other.public_key,
                "public_key": intruder.public_key,
                "rotated_at": "2026-11-30T10:00:00Z",
                "signature": other.sign(b"anything"),
            }
        ]

    forged = rewrite_package(path, tmp_path / "rot.narvard", mutate_manifest=claim_rotation)
    signed_by(forged, intruder)
    assert_refused(sa, forged, SenderKeyMismatchError)


def test_a_delregion_may_pass_on_only_kommuner_of_its_own_area(world, tmp_path):
    sa, vvg = world["sa"], world["vvg"]
    import_file(sa, export_data(world["boras"], tmp_path / "b.narvard").path)

    def move_boras(records):
        for group in records["groups"]:
            if group["id"] == world["boras"].require_group_id():
                group["delregion"] = "Fyrbodal"

    path = rewrite_package(
        export_data(sa, tmp_path / "sa.narvard").path,
        tmp_path / "sa2.narvard",
        move_boras,
        sign_as=sa,
    )
    assert_refused(vvg, path, SenderIdentityError)
