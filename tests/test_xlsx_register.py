"""The register in the workbook (Organisationer, Ledamöter) and the `members` command."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook, load_workbook

from narvard_desktop.cli import main
from narvard_desktop.services import members, organisations
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.store import Store
from narvard_desktop.xlsx.exporter import export_workbook
from narvard_desktop.xlsx.importer import import_workbook


@pytest.fixture
def empty_store(tmp_path):
    with Store(tmp_path / "other") as store:
        create_group(store, GroupSetup("lokal", "Närvårdssamverkan Borås", "1490"))
        yield store


def register_of(store) -> list[tuple]:
    return sorted(
        (row["name"], row["organisation"], row["role"], row["email"], row["active_from"])
        for row in members.list_members(store, own_only=True)
    )


def test_members_and_organisations_travel_through_the_workbook(group_store, empty_store, tmp_path):
    new_organisation = organisations.add_organisation(
        group_store, "Hälsan i Borås AB", org_type="VC_PRIV", principal="privat"
    )
    members.add_member(
        group_store,
        "Åsa Öberg",
        organisation_id=new_organisation,
        role="chair",
        email="asa.oberg@boras.se",
        active_from="2026-01-01",
    )
    members.add_member(group_store, "Lars Berglund", role="secretary", function="Utvecklare")
    out = tmp_path / "register.xlsx"
    export_workbook(group_store, out)
    sheet = load_workbook(out)["Ledamöter"]
    assert [cell.value for cell in sheet[1]][:4] == ["Namn", "Organisation", "Funktion", "Roll"]
    assert "Ordförande" in [cell.value for row in sheet.iter_rows() for cell in row]

    preview = import_workbook(empty_store, out)
    assert preview.ok and preview.applied, [error.describe() for error in preview.errors]
    assert register_of(empty_store) == register_of(group_store)
    copy = next(
        row
        for row in organisations.list_organisations(empty_store)
        if row["name"] == "Hälsan i Borås AB"
    )
    assert (copy["org_type"], copy["principal_shown"]) == ("VC_PRIV", "privat")
    # Read again, nothing is doubled: known names are left alone.
    again = import_workbook(empty_store, out, dry_run=True)
    assert again.ok and "people" not in again.created and "organisations" not in again.created


def write_members_sheet(path, rows) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Ledamöter"
    sheet.append(["Namn", "Organisation", "Roll", "E-post", "Från"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def test_bad_member_rows_are_named_by_row_and_field_and_nothing_is_imported(group_store, tmp_path):
    path = tmp_path / "egen.xlsx"
    write_members_sheet(
        path,
        [
            ["Åsa Öberg", None, "Ordförande", None, "2026-01-01"],
            ["Per Holm", None, "Kung", None, None],
            ["Sara Ek", None, None, "sara.ek", None],
            ["Karin Lind", "Finns inte AB", None, None, None],
        ],
    )
    preview = import_workbook(group_store, path)
    assert not preview.ok and not preview.applied
    described = [error.describe() for error in preview.errors]
    assert len(described) == 3
    assert "Ledamöter" in described[0] and "3" in described[0] and "Kung" in described[0]
    assert "e-post" in described[1]
    assert "Finns inte AB" in described[2]
    assert members.list_members(group_store) == []


def test_the_members_command_lists_and_adds(capsys, group_store):
    data_dir = str(group_store.data_dir)
    organisation = organisations.list_organisations(group_store)[0]["name"]
    group_store.close()
    code = main(
        [
            "--data-dir",
            data_dir,
            "members",
            "add",
            "--name",
            "Åsa Öberg",
            "--organisation",
            organisation,
            "--role",
            "ordförande",
        ]
    )
    assert code == 0
    capsys.readouterr()
    assert main(["--data-dir", data_dir, "members", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(row["name"], row["organisation"], row["role"]) for row in listed] == [
        ("Åsa Öberg", organisation, "chair")
    ]
    assert main(["--data-dir", data_dir, "members", "add", "--name", "X", "--role", "kung"]) != 0
    assert "roll i gruppen" in capsys.readouterr().err
