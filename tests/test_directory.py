from narvard_desktop.services.directory import name_of, organisation_choices, people_choices
from narvard_desktop.store.records import insert_record, new_id, soft_delete_record


def test_organisation_choices_are_live_and_in_swedish_order(group_store):
    group_id = group_store.require_group_id()
    gone = insert_record(group_store.db, "organisations", group_id, {"name": "Avvecklad enhet"})
    soft_delete_record(group_store.db, "organisations", gone, group_id)
    insert_record(group_store.db, "organisations", group_id, {"name": "Ödegårdens vårdcentral"})
    names = [name for _id, name in organisation_choices(group_store)]
    assert "Avvecklad enhet" not in names
    assert names[-1] == "Ödegårdens vårdcentral"
    assert names == sorted(names, key=lambda n: n.replace("Ö", "~"))


def test_own_only_leaves_out_other_groups_records(group_store):
    db = group_store.db
    other = new_id()
    with db.atomic():
        db.table("groups").insert(
            {
                "id": other,
                "group_id": other,
                "created_at": "x",
                "updated_at": "x",
                "name": "Skövde",
                "level": "lokal",
            }
        )
        foreign = insert_record(db, "organisations", other, {"name": "Skaraborgs sjukhus"})
    assert foreign in dict(organisation_choices(group_store))
    assert foreign not in dict(organisation_choices(group_store, own_only=True))
    assert people_choices(group_store) == []
    assert name_of(group_store, "organisations", foreign) == "Skaraborgs sjukhus"
    assert name_of(group_store, "people", "missing-id") == "missing-id"
