import pytest

from narvard_desktop.errors import AlreadyInitialisedError, ValidationError
from narvard_desktop.services.group_setup import (
    GroupSetup,
    ProposedOrganisation,
    create_group,
    propose_organisations,
    update_group_settings,
    validate_setup,
)


def test_local_group_takes_its_area_from_the_kommun(store):
    setup = validate_setup(GroupSetup("lokal", "  Närvård Borås  ", "1490"), store.reference)
    assert (setup.name, setup.delregion) == ("Närvård Borås", "Södra Älvsborg")


def test_proposed_organisations_for_boras_include_kommun_vardcentraler_and_hospital(store):
    setup = validate_setup(GroupSetup("lokal", "x", "1490"), store.reference)
    names = [o.name for o in propose_organisations(setup, store.reference)]
    assert any(name.startswith("Borås kommun") for name in names)
    assert any("Vårdcentraler i Borås" in name for name in names)
    assert "Södra Älvsborgs sjukhus" in names


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (GroupSetup("lokal", "", "1490"), "namn"),
        (GroupSetup("lokal", "x", "9999"), "9999"),
        (GroupSetup("delregional", "x", None, "Atlantis"), "Fyrbodal"),
        (GroupSetup("kommunal", "x"), "nivå"),
    ],
)
def test_invalid_setup_is_explained_in_swedish(store, setup, expected):
    with pytest.raises(ValidationError) as raised:
        validate_setup(setup, store.reference)
    assert expected in raised.value.user_message()


def test_create_group_stores_group_and_chosen_organisations_together(store):
    group_id = create_group(
        store,
        GroupSetup("delregional", "Vårdsamverkan Skaraborg", delregion="skaraborg"),
        [ProposedOrganisation("Skaraborgs sjukhus", "SJH"), ProposedOrganisation("  ", "ANN")],
    )
    group = store.own_group()
    assert (group["id"], group["group_id"], group["delregion"]) == (
        group_id,
        group_id,
        "Skaraborg",
    )
    names = [row["name"] for row in store.db.query("SELECT name FROM organisations")]
    assert names == ["Skaraborgs sjukhus"]


def test_a_data_folder_has_one_own_group(group_store):
    with pytest.raises(AlreadyInitialisedError):
        create_group(group_store, GroupSetup("lansgemensam", "Länet"))


def test_group_rules_can_be_changed_and_raise_the_revision(group_store):
    update_group_settings(
        group_store, risk_threshold=6, answer_days=30, paragraph_numbering="per_year"
    )
    group = group_store.own_group()
    assert (group["risk_threshold"], group["answer_days"], group["paragraph_numbering"]) == (
        6,
        30,
        "per_year",
    )
    assert group["revision"] == 2
    with pytest.raises(ValidationError):
        update_group_settings(
            group_store, risk_threshold=17, answer_days=30, paragraph_numbering="per_year"
        )


def test_hostile_group_name_is_stored_verbatim(store):
    name = "<b>R&D</b> =cmd 😀 مجموعة " + "x" * 150
    create_group(store, GroupSetup("lansgemensam", name))
    assert store.own_group()["name"] == name
