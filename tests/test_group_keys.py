"""The group's signing key: made at setup, user-only on disk, shown as a fingerprint and a
phone code; older data folders get theirs on first use; a lost key is never guessed."""

from __future__ import annotations

import os
import re
import stat

import pytest
from justering_helpers import make_ready_for_justering
from test_exchange_support import make_group

from narvard_desktop.cli import main
from narvard_desktop.services import meetings as m
from narvard_desktop.services.group_keys import group_signer
from narvard_desktop.signing import (
    KEY_FILE,
    MissingSigningKeyError,
    fingerprint,
    keys_of_group,
    normalise_fingerprint,
    phone_code,
)
from narvard_desktop.store import Store
from narvard_desktop.store.records import insert_record


def test_setup_gives_the_group_a_key_pair_with_a_readable_fingerprint(tmp_path):
    with make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490") as store:
        keys = keys_of_group(store.db, store.require_group_id())
        assert [k.origin for k in keys] == ["own"]
        assert (keys[0].level, keys[0].kommun_code) == ("lokal", "1490")
        assert re.fullmatch(r"([0-9A-F]{4} ){7}[0-9A-F]{4}", keys[0].fingerprint)
        assert re.fullmatch(r"\d{3}-\d{3}-\d{3}", keys[0].phone_code)
        assert group_signer(store).fingerprint == keys[0].fingerprint
        key_file = store.data_dir / KEY_FILE
        assert b"PRIVATE KEY" in key_file.read_bytes()
        if os.name == "posix":
            assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        # The private key is never in the database.
        dump = "\n".join(store.db.conn.iterdump())
        assert "PRIVATE KEY" not in dump


def test_fingerprints_are_compared_without_caring_for_spaces_or_case(tmp_path):
    with make_group(tmp_path, "vvg", "lansgemensam", "VVG") as store:
        signer = group_signer(store)
        compact = signer.fingerprint.replace(" ", "").lower()
        assert normalise_fingerprint(compact) == signer.fingerprint
        assert fingerprint(signer.public_key) == signer.fingerprint
        assert phone_code(signer.public_key) != phone_code(signer.public_key[:-4] + "AAA=")


def test_a_missing_key_file_is_reported_not_replaced(tmp_path):
    with make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490") as store:
        (store.data_dir / KEY_FILE).unlink()
        with pytest.raises(MissingSigningKeyError) as caught:
            group_signer(store)
        assert "keys rotate --lost" in caught.value.user_message()
        assert not (store.data_dir / KEY_FILE).exists()


def test_an_older_data_folder_gets_its_key_and_signs_its_intact_protocols(tmp_path, capsys):
    store = make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490")
    people = [
        insert_record(store.db, "people", store.require_group_id(), {"name": f"P{i}"})
        for i in range(2)
    ]
    meeting = m.create_meeting(
        store, "2026-11-10", chair_person_id=people[0], adjuster_person_ids=[people[1]]
    )
    make_ready_for_justering(store, meeting)
    m.lock_meeting(store, meeting, "2026-11-12")
    # As a data folder from before signed justering: no key, no signature.
    with store.db.atomic():
        store.db.execute("DELETE FROM signing_keys")
        store.db.execute("UPDATE meetings SET locked_signature = NULL")
    (store.data_dir / KEY_FILE).unlink()
    assert m.verify_lock(store, meeting) is False
    store.close()
    out = tmp_path / "p.pdf"
    args = ["--data-dir", str(tmp_path / "boras"), "protocol", "--meeting", meeting]
    assert main([*args, "--out", str(out)]) == 0
    assert out.exists()
    with Store(tmp_path / "boras") as again:
        assert m.verify_lock(again, meeting) is True
        assert (again.data_dir / KEY_FILE).exists()


def test_a_restored_backup_from_before_a_rotation_takes_up_the_newer_key(tmp_path):
    store = make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490")
    backup = store.backup("test")
    old = group_signer(store).fingerprint
    store.close()
    assert main(["--data-dir", str(tmp_path / "boras"), "keys", "rotate"]) == 0
    assert main(["--data-dir", str(tmp_path / "boras"), "restore", str(backup)]) == 0
    with Store(tmp_path / "boras") as restored:
        signer = group_signer(restored)
        assert signer.fingerprint != old
        own = keys_of_group(restored.db, restored.require_group_id(), active_only=True)
        assert [k.fingerprint for k in own] == [signer.fingerprint]
