import uuid

import pytest

from narvard_desktop.errors import ReadOnlyRecordError
from narvard_desktop.store.records import (
    get_record,
    insert_record,
    new_id,
    soft_delete_record,
    update_record,
)


def test_new_records_get_uuid7_owner_utc_times_and_revision_one(group_store):
    group_id = group_store.require_group_id()
    record_id = insert_record(
        group_store.db, "organisations", group_id, {"name": "Vårdcentralen Norr"}
    )
    record = get_record(group_store.db, "organisations", record_id)
    assert uuid.UUID(record_id).version == 7
    assert record["group_id"] == group_id
    assert record["created_at"].endswith("Z") and record["created_at"] == record["updated_at"]
    assert (record["revision"], record["deleted"], record["origin_import_id"]) == (1, 0, None)


def test_update_raises_revision_only_when_something_changes(group_store):
    group_id = group_store.require_group_id()
    record_id = insert_record(group_store.db, "organisations", group_id, {"name": "A"})
    update_record(group_store.db, "organisations", record_id, group_id, {"name": "A"})
    assert get_record(group_store.db, "organisations", record_id)["revision"] == 1
    update_record(
        group_store.db, "organisations", record_id, group_id, {"name": "B", "revision": 99}
    )
    record = get_record(group_store.db, "organisations", record_id)
    assert (record["name"], record["revision"]) == ("B", 2)


def test_soft_delete_keeps_the_row_so_the_deletion_can_travel(group_store):
    group_id = group_store.require_group_id()
    record_id = insert_record(group_store.db, "organisations", group_id, {"name": "C"})
    soft_delete_record(group_store.db, "organisations", record_id, group_id)
    record = get_record(group_store.db, "organisations", record_id)
    assert (record["deleted"], record["revision"]) == (1, 2)


def test_records_of_another_group_are_read_only(group_store):
    db = group_store.db
    other_group = new_id()
    with db.atomic():
        db.table("groups").insert(
            {
                "id": other_group,
                "group_id": other_group,
                "created_at": "2026-01-01T00:00:00Z",
                "updated_at": "2026-01-01T00:00:00Z",
                "name": "Närvårdssamverkan Skövde",
                "level": "lokal",
            }
        )
        foreign = insert_record(db, "organisations", other_group, {"name": "Skaraborgs sjukhus"})
    own_group = group_store.require_group_id()
    with pytest.raises(ReadOnlyRecordError) as raised:
        update_record(db, "organisations", foreign, own_group, {"name": "Ändrat"})
    assert "Skövde" in raised.value.user_message()
    with pytest.raises(ReadOnlyRecordError):
        soft_delete_record(db, "organisations", foreign, own_group)
    assert get_record(db, "organisations", foreign)["name"] == "Skaraborgs sjukhus"


def test_foreign_keys_are_enforced_at_commit(group_store):
    import sqlite3

    group_id = group_store.require_group_id()
    with pytest.raises(sqlite3.IntegrityError), group_store.db.atomic():
        insert_record(
            group_store.db,
            "people",
            group_id,
            {"name": "Anna Holm", "organisation_id": new_id()},
        )
    assert group_store.db.execute("SELECT COUNT(*) FROM people").fetchone()[0] == 0


def test_the_store_reads_one_record_and_a_group_name_for_the_screens(group_store):
    from narvard_desktop.errors import RecordNotFoundError
    from narvard_desktop.store.records import insert_record

    group_id = group_store.own_group_id
    plan_id = insert_record(group_store.db, "action_plans", group_id, {"title": "Plan"})
    assert group_store.record("action_plans", plan_id)["title"] == "Plan"
    assert group_store.group_name(group_id) == "Närvårdssamverkan Borås"
    assert group_store.group_name("no-such-group") is None
    with pytest.raises(RecordNotFoundError):
        group_store.record("action_plans", "no-such-plan")
