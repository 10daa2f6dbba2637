"""The group's register: members, organisations (with merge), group details, local kommun
corrections, the register in meetings, and its travel upward."""

from __future__ import annotations

import json

import pytest
from test_exchange_support import make_group

from narvard_desktop.errors import ReadOnlyRecordError, ValidationError
from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import IMPORTED, import_file
from narvard_desktop.services import group_details, members, organisations
from narvard_desktop.services import meetings as m
from narvard_desktop.store.records import insert_record


def own_organisations(store) -> list[str]:
    return [
        row["id"]
        for row in store.db.query(
            "SELECT id FROM organisations WHERE group_id = ? AND deleted = 0 ORDER BY rowid",
            [store.require_group_id()],
        )
    ]


# --- members ---------------------------------------------------------------------------------


def test_a_member_is_added_with_role_organisation_and_period(group_store):
    organisation = own_organisations(group_store)[0]
    person = members.add_member(
        group_store,
        "  Åsa Öberg ",
        organisation_id=organisation,
        role="chair",
        function="Förvaltningschef",
        email="asa.oberg@boras.se",
        active_from="2026-01-01",
    )
    row = group_store.record("people", person)
    assert (row["name"], row["role"], row["organisation_id"], row["active"]) == (
        "Åsa Öberg",
        "chair",
        organisation,
        1,
    )
    assert row["group_id"] == group_store.require_group_id() and row["revision"] == 1


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"name": ""}, "name", "namn"),
        ({"name": "x" * 201}, "name", "200"),
        ({"role": "boss"}, "role", "roll i gruppen"),
        ({"email": "inte en adress"}, "email", "e-post"),
        ({"active_from": "2026-02-30"}, "active_from", "2026-02-30"),
        ({"active_from": "2026-05-01", "active_to": "2026-04-01"}, "active_to", "2026-04-01"),
        ({"organisation_id": "Finns inte AB"}, "organisation_id", "Finns inte AB"),
        ({"function": "y" * 201}, "function", "funktion"),
    ],
)
def test_each_member_value_is_checked_with_a_swedish_message_naming_the_field(
    group_store, values, field, words
):
    before = group_store.db.execute("SELECT COUNT(*) FROM people").fetchone()[0]
    arguments = {"name": "Lars Berglund", **values}
    with pytest.raises(ValidationError) as refused:
        members.add_member(group_store, arguments.pop("name"), **arguments)
    assert refused.value.details["field"] == field
    assert words.casefold() in refused.value.user_message().casefold()
    assert group_store.db.execute("SELECT COUNT(*) FROM people").fetchone()[0] == before


def test_a_member_who_left_stays_in_old_minutes_but_is_not_invited_again(group_store):
    chair = members.add_member(group_store, "Åsa Öberg", role="chair")
    secretary = members.add_member(group_store, "Lars Berglund", role="secretary")
    leaving = members.add_member(group_store, "Per Holm")
    old = m.create_meeting(group_store, "2026-03-10")
    assert {row["person_id"] for row in m.attendance(group_store, old)} == {
        chair,
        secretary,
        leaving,
    }
    members.deactivate_member(group_store, leaving, "2026-06-30")
    new = m.create_meeting(group_store, "2026-09-10")
    assert leaving in {row["person_id"] for row in m.attendance(group_store, old)}
    assert leaving not in {row["person_id"] for row in m.attendance(group_store, new)}
    assert group_store.record("people", leaving)["active_to"] == "2026-06-30"
    # The chair and the secretary of a new meeting come from the register's roles.
    meeting = m.get_meeting(group_store, new)
    assert (meeting["chair_person_id"], meeting["secretary_person_id"]) == (chair, secretary)


def test_a_member_outside_their_period_is_not_invited(group_store):
    later = members.add_member(group_store, "Sara Ek", active_from="2027-01-01")
    meeting = m.create_meeting(group_store, "2026-11-20")
    assert later not in {row["person_id"] for row in m.attendance(group_store, meeting)}


def test_a_deleted_member_is_gone_from_the_register_but_the_deletion_is_a_record(group_store):
    person = members.add_member(group_store, "Fel Registrerad")
    members.delete_member(group_store, person)
    assert person not in {row["id"] for row in members.list_members(group_store)}
    row = group_store.record("people", person)
    assert row["deleted"] == 1 and row["revision"] == 2


# --- organisations -----------------------------------------------------------------------------


def test_an_organisation_is_renamed_retyped_and_deactivated(group_store):
    organisation = organisations.add_organisation(group_store, "Hälsan AB", org_type="VC_PRIV")
    organisations.update_organisation(
        group_store, organisation, name="Hälsan i Borås AB", principal="privat"
    )
    organisations.deactivate_organisation(group_store, organisation)
    row = group_store.record("organisations", organisation)
    assert (row["name"], row["principal"], row["active"]) == ("Hälsan i Borås AB", "privat", 0)
    with pytest.raises(ValidationError) as refused:
        organisations.update_organisation(group_store, organisation, org_type="NOPE")
    assert refused.value.details["field"] == "org_type"


def _refer_to(store, organisation_id: str) -> dict[tuple[str, str], str]:
    """One record for every column of the schema that refers to an organisation."""
    group_id = store.require_group_id()
    plan = insert_record(store.db, "action_plans", group_id, {"title": "Plan"})
    made = {
        ("people", "organisation_id"): insert_record(
            store.db, "people", group_id, {"name": "Ledamot", "organisation_id": organisation_id}
        ),
        ("activities", "responsible_organisation_id"): insert_record(
            store.db,
            "activities",
            group_id,
            {
                "action_plan_id": plan,
                "title": "Aktivitet",
                "responsible_organisation_id": organisation_id,
                "participating_organisation_ids": json.dumps([organisation_id]),
            },
        ),
    }
    for column in ("reporting_organisation_id", "receiving_organisation_id"):
        made[("deviations", column)] = insert_record(
            store.db,
            "deviations",
            group_id,
            {
                "event_date": "2026-10-01",
                "reported_date": "2026-10-02",
                "description": "Beskrivning",
                column: organisation_id,
            },
        )
    return made


def test_a_merge_moves_every_reference_the_schema_declares_in_one_transaction(group_store):
    survivor, merged = own_organisations(group_store)[:2]
    made = _refer_to(group_store, merged)
    # Every foreign key to organisations, as the database itself lists them, is covered.
    assert set(organisations.organisation_references(group_store)) == set(made)
    moved = organisations.merge_organisations(group_store, survivor, merged)
    for table, column in organisations.organisation_references(group_store):
        left = group_store.db.execute(
            f"SELECT COUNT(*) FROM {table} WHERE {column} = ?", [merged]
        ).fetchone()[0]
        assert left == 0, (table, column)
        record = group_store.record(table, made[(table, column)])
        assert record[column] == survivor and record["revision"] >= 2
    activity = group_store.record("activities", made[("activities", "responsible_organisation_id")])
    assert json.loads(activity["participating_organisation_ids"]) == [survivor]
    assert moved == {"people": 1, "activities": 1, "deviations": 2}
    assert group_store.record("organisations", merged)["deleted"] == 1


def test_a_merge_that_cannot_move_everything_moves_nothing(group_store):
    survivor, merged = own_organisations(group_store)[:2]
    mine = _refer_to(group_store, merged)
    other_group = insert_record(
        group_store.db,
        "groups",
        "00000000-0000-7000-8000-000000000001",
        {
            "id": "00000000-0000-7000-8000-000000000001",
            "name": "Grannen",
            "level": "lokal",
        },
    )
    insert_record(
        group_store.db, "people", other_group, {"name": "Gäst", "organisation_id": merged}
    )
    with pytest.raises(ValidationError) as refused:
        organisations.merge_organisations(group_store, survivor, merged)
    assert "Grannen" not in refused.value.user_message()
    assert (
        group_store.record("people", mine[("people", "organisation_id")])["organisation_id"]
        == merged
    )
    assert group_store.record("organisations", merged)["deleted"] == 0


def test_an_organisation_cannot_be_merged_into_itself(group_store):
    organisation = own_organisations(group_store)[0]
    with pytest.raises(ValidationError):
        organisations.merge_organisations(group_store, organisation, organisation)


# --- group details -----------------------------------------------------------------------------


def test_the_group_details_and_rules_are_changed_and_checked(group_store):
    group_details.update_group_details(
        group_store,
        name="Närvård Borås",
        answer_days=30,
        adjusters_required=2,
        town="Borås",
        print_posting=True,
    )
    group = group_store.own_group()
    assert (group["name"], group["answer_days"], group["adjusters_required"], group["town"]) == (
        "Närvård Borås",
        30,
        2,
        "Borås",
    )
    assert group["print_posting"] == 1 and group["revision"] == 2
    for values, field in (
        ({"adjusters_required": 3}, "adjusters_required"),
        ({"answer_days": 0}, "answer_days"),
        ({"name": " "}, "name"),
        ({"paragraph_numbering": "roman"}, "paragraph_numbering"),
    ):
        with pytest.raises(ValidationError) as refused:
            group_details.update_group_details(group_store, **values)
        assert refused.value.details["field"] == field
    assert group_store.own_group()["revision"] == 2


def test_an_uncertain_kommun_is_corrected_locally_and_shown_so(group_store):
    uncertain = group_details.uncertain_kommuner(group_store)
    lerum = next(row for row in uncertain if row["name"] == "Lerum")
    assert not lerum["corrected_locally"]
    group_details.correct_kommun_delregion(group_store, lerum["code"], "Göteborgsområdet")
    corrected = next(
        row for row in group_details.uncertain_kommuner(group_store) if row["code"] == lerum["code"]
    )
    assert corrected == {**lerum, "delregion": "Göteborgsområdet", "corrected_locally": True}
    assert group_store.reference.kommun(lerum["code"]).delregion == "Göteborgsområdet"
    with pytest.raises(ValidationError) as refused:
        group_details.correct_kommun_delregion(group_store, lerum["code"], "Atlantis")
    assert refused.value.details["field"] == "delregion"


# --- travel upward -----------------------------------------------------------------------------


def test_members_travel_upward_and_are_read_only_above(tmp_path):
    local = make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490")
    above = make_group(tmp_path, "sa", "delregional", "Delregionala SÄ", delregion="Södra Älvsborg")
    try:
        organisation = own_organisations(local)[0]
        person = members.add_member(
            local, "Åsa Öberg", organisation_id=organisation, role="chair", active_from="2026-01-01"
        )
        package = export_data(local, tmp_path / "boras.narvard").path
        assert import_file(above, package).outcome == IMPORTED
        copy = above.record("people", person)
        assert (copy["name"], copy["role"], copy["active_from"]) == (
            "Åsa Öberg",
            "chair",
            "2026-01-01",
        )
        listed = {row["id"]: row for row in members.list_members(above)}
        assert listed[person]["own"] is False
        with pytest.raises(ReadOnlyRecordError):
            members.update_member(above, person, role="member")
        with pytest.raises(ReadOnlyRecordError):
            organisations.update_organisation(above, organisation, name="Annat")
        with pytest.raises(ValidationError):
            organisations.merge_organisations(above, own_organisations(above)[0], organisation)
    finally:
        local.close()
        above.close()
