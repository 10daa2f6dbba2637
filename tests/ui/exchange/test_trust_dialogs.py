"""Known senders in the GUI: a new sender's key is shown with its fingerprint and phone
code and pinned only after the user confirms; forged files are refused in Swedish."""

from __future__ import annotations

import pytest
from test_exchange_support import dump_database, make_group, read_members, write_members

from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.format import SIGNATURE_NAME
from narvard_desktop.exchange.importer import IMPORTED, PREVIEWED, REFUSED
from narvard_desktop.services.group_keys import group_signer
from narvard_desktop.signing import keys_of_group, phone_code
from narvard_desktop.ui.exchange.import_dialog import ImportDialog
from narvard_desktop.ui.shell.keys_dialog import KeysDialog


@pytest.fixture
def pair(tmp_path):
    boras = make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490", demo_seed=1)
    area = make_group(
        tmp_path, "sa", "delregional", "Delregionala SÄ", delregion="Södra Älvsborg", known=False
    )
    yield boras, area
    boras.close()
    area.close()


def open_dialog(qtbot, store, paths):
    dialog = ImportDialog(store, paths)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(
        lambda: dialog.model.rowCount() == len(paths) and not dialog.busy, timeout=10_000
    )
    return dialog


def test_a_new_senders_key_is_shown_and_pinned_after_confirmation(
    qtbot, pair, tmp_path, shown_messages
):
    boras, area = pair
    path = export_data(boras, tmp_path / "b.narvard").path
    signer = group_signer(boras)
    before = dump_database(area.path)
    dialog = open_dialog(qtbot, area, [path])
    summary = dialog.model.files[0]
    assert summary.outcome == REFUSED
    assert signer.fingerprint in dialog.detail_text.text()
    assert phone_code(signer.public_key) in dialog.detail_text.text()
    assert "fingeravtryck" in dialog.detail_text.text()
    assert not dialog.trust_button.isHidden() and dialog.trust_button.isEnabled()
    assert not dialog.import_button.isEnabled()
    assert dump_database(area.path) == before

    dialog.trust_button.click()
    question = shown_messages.boxes[-1]
    assert signer.fingerprint in question.text and "Borås" in question.text
    qtbot.waitUntil(
        lambda: (
            dialog.model.rowCount() == 1
            and dialog.model.files[0].outcome == PREVIEWED
            and not dialog.busy
        ),
        timeout=10_000,
    )
    assert [k.origin for k in keys_of_group(area.db, boras.require_group_id())] == ["confirmed"]
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.done_importing and not dialog.busy, timeout=10_000)
    assert dialog.model.files[0].outcome == IMPORTED
    assert dialog.trust_button.isHidden()


def test_an_unsigned_file_is_refused_without_a_key_to_confirm(qtbot, pair, tmp_path):
    boras, area = pair
    members = read_members(export_data(boras, tmp_path / "b.narvard").path)
    del members[SIGNATURE_NAME]
    path = write_members(tmp_path / "osignerad.narvard", members)
    dialog = open_dialog(qtbot, area, [path])
    assert dialog.model.files[0].outcome == REFUSED
    assert "inte signerad" in dialog.detail_text.text()
    assert "osignerad.narvard" in dialog.detail_text.text()
    assert dialog.trust_button.isHidden()


def test_the_keys_dialog_shows_the_own_fingerprint_and_rotates(qtbot, pair, shown_messages):
    boras, _area = pair
    dialog = KeysDialog(boras)
    qtbot.addWidget(dialog)
    old = group_signer(boras)
    assert old.fingerprint in dialog.own.text()
    assert phone_code(old.public_key) in dialog.own.text()
    dialog.rotate_button.click()
    new = group_signer(boras)
    assert new.fingerprint != old.fingerprint and new.fingerprint in dialog.own.text()
    assert dialog.model.rowCount() >= 2
