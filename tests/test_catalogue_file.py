"""Reading the organisation catalogue from a CSV file or a workbook: preview, row-numbered
errors, all or nothing; and reading the county's catalogue out of its template file
before the group exists, through the same key check as an import."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from test_exchange_support import dump_database, make_group
from test_organisation_catalogue import publish

from narvard_desktop.errors import ValidationError
from narvard_desktop.exchange.template_catalogue import read_template_catalogue
from narvard_desktop.exchange.trust import UnknownSenderKeyError
from narvard_desktop.services import organisation_catalogue as catalogue
from narvard_desktop.services.catalogue_file import (
    CHANGED,
    NEW,
    UNCHANGED,
    CatalogueFileError,
    apply_catalogue_file,
    preview_catalogue_file,
)
from narvard_desktop.services.group_setup import (
    GroupSetup,
    create_group,
    propose_organisations,
)
from narvard_desktop.store import Store

GOOD = (
    "Katalog-id;Namn;Typ;Huvudman;Kommun;HSA-id\n"
    ";Södra Älvsborgs sjukhus;SJH;Västra Götalandsregionen;1490;SE2321000131-E000000000123\n"
    "KOM-1463-HSL;Marks kommun hemsjukvård;KOM_HSL;;Mark;\n"
)


@pytest.fixture
def county(tmp_path):
    store = make_group(tmp_path, "vvg", "lansgemensam", "VVG")
    yield store
    store.close()


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_is_previewed_then_written_and_reading_it_again_changes_nothing(
    county, tmp_path
):
    path = write(tmp_path, "katalog.csv", GOOD)
    preview = preview_catalogue_file(county, path)
    assert preview.problems == []
    assert [(row.line, row.action) for row in preview.rows] == [(2, NEW), (3, NEW)]
    assert apply_catalogue_file(county, preview) == 2
    entries = {row["name"]: row for row in catalogue.list_entries(county)}
    assert entries["Marks kommun hemsjukvård"]["id"] == "KOM-1463-HSL"
    assert entries["Marks kommun hemsjukvård"]["kommun_code"] == "1463"  # named, read as code
    assert entries["Södra Älvsborgs sjukhus"]["id"].startswith("ORG-")
    again = preview_catalogue_file(county, path)
    assert [row.action for row in again.rows] == [UNCHANGED, UNCHANGED]
    changed = write(tmp_path, "ny.csv", GOOD.replace(";Mark;", ";Mark;").replace("SJH;V", "SJH;R"))
    assert [row.action for row in preview_catalogue_file(county, changed).rows] == [
        CHANGED,
        UNCHANGED,
    ]


def test_a_workbook_is_read_from_its_first_sheet_below_a_title(county, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Organisationer i länet"])
    sheet.append(["Namn", "Kommun", "Typ"])
    sheet.append(["Vårdcentralen Kinna", 1463, "VC_OFF"])
    path = tmp_path / "katalog.xlsx"
    workbook.save(path)
    preview = preview_catalogue_file(county, path)
    assert preview.problems == []
    assert [(row.line, row.values["kommun_code"]) for row in preview.rows] == [(3, "1463")]


def test_bad_rows_are_named_by_row_and_field_and_nothing_is_written(county, tmp_path):
    path = write(
        tmp_path,
        "trasig.csv",
        "Katalog-id;Namn;Kommun;HSA-id\n"
        "ORG-OK1;Bra post;1490;\n"
        ";;1490;\n"
        ";Fel kommun;149;\n"
        ";Fel HSA;1490;2321000131-E1\n"
        "bad id;Fel id;1490;\n"
        "ORG-OK1;Samma id igen;1490;\n",
    )
    before = dump_database(county.path)
    preview = preview_catalogue_file(county, path)
    text = "\n".join(preview.problems)
    assert [problem.split(":")[0] for problem in preview.problems] == [
        "rad 3",
        "rad 4",
        "rad 5",
        "rad 6",
        "rad 7",
    ]
    assert "HSA-id" in text and "ORG-OK1" in text and "Kommun" in text
    with pytest.raises(ValidationError):
        apply_catalogue_file(county, preview)
    assert dump_database(county.path) == before


@pytest.mark.parametrize(
    ("name", "content"),
    [("tom.csv", b""), ("binar.csv", b"\x00\x01\xff\xfe"), ("fel.xlsx", b"not a workbook")],
)
def test_a_file_that_is_not_a_catalogue_says_so_and_changes_nothing(
    county, tmp_path, name, content
):
    path = tmp_path / name
    path.write_bytes(content)
    before = dump_database(county.path)
    with pytest.raises(CatalogueFileError) as caught:
        preview_catalogue_file(county, path)
    assert name in caught.value.user_message()
    assert dump_database(county.path) == before


def test_the_wizard_reads_the_county_catalogue_with_a_confirmed_key_and_keeps_the_ids(
    county, tmp_path
):
    hospital = catalogue.add_entry(county, "Södra Älvsborgs sjukhus", org_type="SJH")
    catalogue.add_entry(county, "Vårdcentralen Sandared", org_type="VC_OFF", kommun_code="1490")
    catalogue.add_entry(county, "Vårdcentralen Kinna", org_type="VC_OFF", kommun_code="1463")
    path = publish(county, tmp_path, "county")
    fresh = Store(tmp_path / "new")  # a new data folder: no group, no keys
    with pytest.raises(UnknownSenderKeyError) as caught:
        read_template_catalogue(fresh, path, "lokal")
    assert fresh.db.execute("SELECT COUNT(*) FROM organisation_catalogue").fetchone()[0] == 0
    with pytest.raises(UnknownSenderKeyError):
        read_template_catalogue(fresh, path, "lokal", trust_new_key="00" * 16)
    fingerprint = caught.value.details["fingerprint"]
    assert read_template_catalogue(fresh, path, "lokal", trust_new_key=fingerprint) == 3
    setup = GroupSetup("lokal", "Närvård Borås", "1490", "Södra Älvsborg")
    proposals = propose_organisations(
        setup, fresh.reference, catalogue.list_entries(fresh, kommun_first="1490")
    )
    by_name = {proposal.name: proposal for proposal in proposals}
    # The usual hospital proposal became the catalogue's entry; Borås' own entry is added.
    assert by_name["Södra Älvsborgs sjukhus"].catalogue_id == hospital
    assert by_name["Vårdcentralen Sandared"].catalogue_id
    assert "Vårdcentralen Kinna" not in by_name
    create_group(fresh, setup, proposals)
    linked = fresh.db.execute(
        "SELECT catalogue_id FROM organisations WHERE name = 'Södra Älvsborgs sjukhus'"
    ).fetchone()[0]
    assert linked == hospital
    fresh.close()


def test_a_local_groups_catalogue_file_is_refused_at_the_wizard(county, tmp_path):
    sa = make_group(tmp_path, "sa", "delregional", "SÄ", delregion="Södra Älvsborg")
    path = publish(sa, tmp_path, "sa")
    fresh = Store(tmp_path / "new")
    from narvard_desktop.exchange.errors import ExchangeFileError

    with pytest.raises(UnknownSenderKeyError) as caught:
        read_template_catalogue(fresh, path, "delregional")
    with pytest.raises(ExchangeFileError):
        read_template_catalogue(
            fresh, path, "delregional", trust_new_key=caught.value.details["fingerprint"]
        )
    fresh.close()
    sa.close()
