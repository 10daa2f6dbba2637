"""Arkiv → Signeringsnycklar in a window started on a group made by setup; an older data
folder without a key gets one when the window starts."""

from __future__ import annotations

from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.signing import KEY_FILE, keys_of_group
from narvard_desktop.store import Store


def test_the_file_menu_opens_the_keys_dialog_with_the_own_key(open_session, data_dir):
    with Store(data_dir) as store:
        create_group(store, GroupSetup("lokal", "Närvårdssamverkan Alingsås", "1489"))
        fingerprint = keys_of_group(store.db, store.require_group_id())[0].fingerprint
    session = open_session(data_dir)
    titles = [a.text() for a in session.window.menuBar().actions()[0].menu().actions()]
    assert any("nycklar" in t.lower() or "keys" in t.lower() for t in titles)
    dialog = session.window.open_keys()
    assert fingerprint in dialog.own.text()
    assert dialog.model.rowCount() == 1


def test_a_data_folder_without_a_key_gets_one_when_the_window_starts(open_session, data_dir):
    with Store(data_dir) as store:
        create_group(store, GroupSetup("lokal", "Närvårdssamverkan Alingsås", "1489"))
        store.db.execute("DELETE FROM signing_keys")
        store.db.conn.commit()
    (data_dir / KEY_FILE).unlink()
    session = open_session(data_dir)
    assert (data_dir / KEY_FILE).exists()
    assert len(keys_of_group(session.store.db, session.store.require_group_id())) == 1
