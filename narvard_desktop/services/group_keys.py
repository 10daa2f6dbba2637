"""The group's signing key as the rest of the program uses it: made at setup (or on
first use in an older data folder), rotated on request, shown with the pinned keys."""

from __future__ import annotations

from narvard_desktop.signing import Signer, ensure_signer, keys_of_group, sign_lock
from narvard_desktop.store import Store
from narvard_desktop.store.records import update_record


def group_signer(store: Store) -> Signer:
    """The own group's key, made on first use; justerade protocols locked before the
    group had a key (an older data folder) are signed once, while still intact."""
    group_id = store.require_group_id()
    had_key = bool(keys_of_group(store.db, group_id))
    signer = ensure_signer(store.db, store.data_dir, group_id)
    if not had_key:
        _sign_older_locks(store, signer)
    return signer


def _sign_older_locks(store: Store, signer: Signer) -> None:
    from narvard_desktop.services.meetings.justering import checksum_of

    db = store.db
    rows = db.execute(
        "SELECT id, locked_content, locked_checksum FROM meetings WHERE group_id = ?"
        " AND locked_content IS NOT NULL AND locked_signature IS NULL",
        [signer.group_id],
    ).fetchall()
    with db.atomic():
        for meeting_id, content, checksum in rows:
            if checksum_of(content) == checksum:
                # A new revision, so the signed lock travels to the level above too.
                update_record(
                    db,
                    "meetings",
                    meeting_id,
                    signer.group_id,
                    {"locked_signature": sign_lock(signer, content)},
                )
