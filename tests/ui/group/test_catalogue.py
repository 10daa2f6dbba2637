"""The organisation catalogue on screen: kept at the county on the Gruppen page, received
below, linked and added from in the organisation dialogs, and read by the setup wizard
from the county's template file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QWizard
from test_exchange_support import make_group
from test_organisation_catalogue import publish

from narvard_desktop.exchange.importer import IMPORTED, import_file
from narvard_desktop.services import organisation_catalogue as catalogue
from narvard_desktop.services.organisations import add_organisation, list_organisations
from narvard_desktop.store import Store
from narvard_desktop.ui.group.catalogue_dialogs import (
    CatalogueEntryDialog,
    CatalogueFileDialog,
    FromCatalogueDialog,
    LinkDialog,
)
from narvard_desktop.ui.group.organisation_dialogs import OrganisationDialog
from narvard_desktop.ui.group.page import TAB_CATALOGUE, GroupPage
from narvard_desktop.ui.shell.setup_wizard import CATALOGUE_ROLE


@pytest.fixture
def county(tmp_path):
    store = make_group(tmp_path, "vvg", "lansgemensam", "VVG")
    yield store
    store.close()


@pytest.fixture
def local_with_catalogue(tmp_path, county):
    hospital = catalogue.add_entry(county, "Södra Älvsborgs sjukhus", org_type="SJH")
    kinna = catalogue.add_entry(county, "Vårdcentralen Kinna", kommun_code="1463")
    sandared = catalogue.add_entry(county, "Vårdcentralen Sandared", kommun_code="1490")
    path = publish(county, tmp_path, "county")
    local = make_group(tmp_path, "boras", "lokal", "Närvård Borås", kommun="1490")
    assert import_file(local, path).outcome == IMPORTED
    local.ids = {"hospital": hospital, "kinna": kinna, "sandared": sandared}
    yield local
    local.close()


def test_the_county_keeps_its_catalogue_on_the_gruppen_page(qtbot, county, tmp_path, monkeypatch):
    page = GroupPage(county)
    qtbot.addWidget(page)
    tab = page.catalogue_tab
    assert page.tabs.widget(TAB_CATALOGUE) is tab and not tab.new_button.isHidden()
    assert not tab.empty.isHidden()

    def fill(dialog):
        dialog.name_edit.setText("Södra Älvsborgs sjukhus")
        dialog.org_type.setCurrentIndex(dialog.org_type.findData("SJH"))
        dialog.hsa_edit.setText("se2321000131-e1")  # read as capitals
        assert dialog.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CatalogueEntryDialog, "exec", fill)
    tab.new_entry()
    (row,) = tab.model.rows
    assert row["hsa_id"] == "SE2321000131-E1" and row["id"].startswith("ORG-")
    assert tab.table.currentIndex().row() == 0

    dialog = CatalogueEntryDialog(county, None)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Fel")
    dialog.hsa_edit.setText("12345")
    assert not dialog.save()
    assert "HSA" in dialog.errors.labels["hsa_id"].text()

    tab.toggle_active()
    assert tab.model.rows[0]["active"] == 0


def test_a_catalogue_file_is_previewed_and_read_in_on_the_county_page(qtbot, county, tmp_path):
    path = tmp_path / "katalog.csv"
    path.write_text(
        "Namn;Kommun;Typ\nVårdcentralen Kinna;Mark;VC_OFF\nHemsjukvården;1490;KOM_HSL\n",
        encoding="utf-8",
    )
    dialog = CatalogueFileDialog(county)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    assert dialog.model.rowCount() == 2 and dialog.read_button.isEnabled()
    dialog.read_in()
    assert {row["name"] for row in catalogue.list_entries(county)} == {
        "Vårdcentralen Kinna",
        "Hemsjukvården",
    }
    bad = tmp_path / "trasig.csv"
    bad.write_text("Namn;Kommun\nX;149\n", encoding="utf-8")
    dialog = CatalogueFileDialog(county)
    qtbot.addWidget(dialog)
    dialog.open_file(bad)
    assert not dialog.read_button.isEnabled()
    assert "rad 2" in dialog.problems.text() and dialog.problems.isVisibleTo(dialog)


def test_a_local_group_links_and_adds_organisations_from_the_received_catalogue(
    qtbot, local_with_catalogue
):
    store = local_with_catalogue
    ids = store.ids
    page = GroupPage(store)
    qtbot.addWidget(page)
    assert page.catalogue_tab.new_button.isHidden()
    assert page.catalogue_tab.model.rows[0]["id"] in (ids["hospital"], ids["sandared"])
    # Borås' own entry comes before Mark's in the organisation dialog.
    dialog = OrganisationDialog(store, None)
    qtbot.addWidget(dialog)
    listed = [dialog.catalogue.itemData(i) for i in range(dialog.catalogue.count())]
    assert listed[0] is None and listed.index(ids["sandared"]) < listed.index(ids["kinna"])
    dialog.catalogue.setCurrentIndex(dialog.catalogue.findData(ids["sandared"]))
    assert dialog.name_edit.text() == "Vårdcentralen Sandared"  # taken from the entry
    assert dialog.save()
    linked = {row["name"]: row["catalogue_id"] for row in list_organisations(store)}
    assert linked["Vårdcentralen Sandared"] == ids["sandared"]

    # The wizard's usual hospital was made before the catalogue came: proposed by name.
    link = LinkDialog(store)
    qtbot.addWidget(link)
    proposed = dict(zip([p.organisation_name for p in link.proposals], link.combos, strict=True))
    assert proposed["Södra Älvsborgs sjukhus"].currentData() == ids["hospital"]
    link.link()
    linked = {row["name"]: row["catalogue_id"] for row in list_organisations(store)}
    assert linked["Södra Älvsborgs sjukhus"] == ids["hospital"]

    adding = FromCatalogueDialog(store)
    qtbot.addWidget(adding)
    items = {adding.list.item(i).data(Qt.ItemDataRole.UserRole + 1): adding.list.item(i)
             for i in range(adding.list.count())}  # fmt: skip
    assert not items[ids["hospital"]].flags() & Qt.ItemFlag.ItemIsEnabled  # already there
    items[ids["kinna"]].setCheckState(Qt.CheckState.Checked)
    adding.search.setText("kinna")
    assert items[ids["hospital"]].isHidden()
    adding.add()
    linked = {row["name"]: row["catalogue_id"] for row in list_organisations(store)}
    assert linked["Vårdcentralen Kinna"] == ids["kinna"]


def test_the_page_says_when_organisations_are_not_linked(qtbot, local_with_catalogue):
    add_organisation(local_with_catalogue, "Vårdcentral Norr")
    page = GroupPage(local_with_catalogue)
    qtbot.addWidget(page)
    assert page.link_button.isEnabled()
    assert "organisation" in page.catalogue_note.text()
    assert (
        QCoreApplication.translate("OrganisationsModel", "not linked")
        == page.organisations_model.cells(
            next(r for r in page.organisations_model.rows if r["name"] == "Vårdcentral Norr")
        )[3]
    )


def test_the_wizard_reads_the_county_catalogue_and_creates_linked_organisations(
    qtbot, open_session, tmp_path, county, shown_messages
):
    hospital = catalogue.add_entry(county, "Södra Älvsborgs sjukhus", org_type="SJH")
    catalogue.add_entry(county, "Vårdcentralen Sandared", org_type="VC_OFF", kommun_code="1490")
    path = publish(county, tmp_path, "county")
    data_dir = tmp_path / "new"
    session = open_session(data_dir)
    wizard = session.wizard
    wizard.next()
    qtbot.keyClicks(wizard.place_page.search, "borå")
    wizard.next()
    wizard.next()
    page = wizard.organisations_page
    assert page.catalogue_button.isVisible()
    assert page.read_catalogue(path)
    # The new sender's key was shown with its fingerprint before anything was kept.
    assert any("VVG" in text and "Fingeravtryck" in text for text in shown_messages)
    proposals = {page.list.item(i).text(): page.list.item(i) for i in range(page.list.count())}
    assert proposals["Södra Älvsborgs sjukhus"].data(CATALOGUE_ROLE) == hospital
    assert proposals["Vårdcentralen Sandared"].data(CATALOGUE_ROLE)
    page.new_name.setText("Vårdcentralen Sandared")  # already there: typed again, linked
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    with Store(data_dir) as store:
        linked = dict(
            store.db.execute(
                "SELECT name, catalogue_id FROM organisations WHERE catalogue_id IS NOT NULL"
            ).fetchall()
        )
    assert linked["Södra Älvsborgs sjukhus"] == hospital
    assert "Vårdcentralen Sandared" in linked


def test_an_upper_level_adds_a_groups_organisation_to_its_catalogue(qtbot, tmp_path, county):
    from narvard_desktop.exchange.export import export_data

    sa = make_group(tmp_path, "sa", "delregional", "Delregionala SÄ", delregion="Södra Älvsborg")
    local = make_group(tmp_path, "mark", "lokal", "Närvård Mark", kommun="1463")
    add_organisation(local, "Rehab Kinna", kommun_code="1463")
    assert import_file(sa, export_data(local, tmp_path / "mark.narvard").path).outcome == IMPORTED
    page = GroupPage(sa)
    qtbot.addWidget(page)
    assert not page.to_catalogue_button.isHidden()
    row = next(
        number
        for number, organisation in enumerate(page.organisations_model.rows)
        if organisation["name"] == "Rehab Kinna"
    )
    page.organisations_table.selectRow(row)
    page.add_to_catalogue()
    (entry,) = [e for e in catalogue.list_entries(sa) if e["name"] == "Rehab Kinna"]
    assert entry["own"] and entry["kommun_code"] == "1463"
    assert page.tabs.currentIndex() == TAB_CATALOGUE
    assert page.catalogue_tab.current()["id"] == entry["id"]
    # The group's own record is not changed from above: it links when the catalogue arrives.
    assert local.db.execute(
        "SELECT catalogue_id FROM organisations WHERE name = 'Rehab Kinna'"
    ).fetchone() == (None,)
    sa.close()
    local.close()
