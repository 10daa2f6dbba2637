import json

from narvard_desktop.reference import load_shipped
from narvard_desktop.store import Store
from narvard_desktop.store.reference_rows import edit_reference_row, sync_shipped_reference


def test_shipped_lists_hold_the_whole_reference(store):
    reference = store.reference
    kommuner = reference.kommuner()
    assert len(kommuner) == 49
    assert len({k.code for k in kommuner}) == 49
    assert reference.kommun("1490").name == "Borås"
    assert len(reference.delregion_names()) == 6
    codes = [row["code"] for row in reference.ways_of_working()]
    assert codes == ["A1", "A2", "A3", "A4", "A5", "A6", "F1", "F2", "F3", "F4", "F5"]
    assert len(reference.categories()) == 14
    assert reference.risk_label("konsekvens", 4) == "Katastrofal"
    assert [row["item"] for row in reference.standard_agenda()][0] == "Mötets öppnande"


def test_unverified_kommuner_are_marked(store):
    unverified = {k.name for k in store.reference.kommuner() if not k.verified}
    assert unverified == {"Lerum", "Lilla Edet", "Alingsås"}


def test_a_local_correction_survives_a_newer_shipped_version(data_dir):
    with Store(data_dir) as store:
        row = dict(next(r for r in store.reference.rows("kommuner") if r["kommun"] == "Lerum"))
        row.update(delregion="Göteborgsområdet", verified="yes")
        edit_reference_row(store.db, "kommuner", row["kommunkod"], row)

        shipped = load_shipped()
        newer = type(shipped)(version="2099.1", lists=shipped.lists)
        sync_shipped_reference(store.db, newer)
        store.reload_reference()
        lerum = store.reference.kommun("1441")
        assert (lerum.delregion, lerum.verified) == ("Göteborgsområdet", True)
        assert store.reference.versions["kommuner"] == "2099.1"
        assert len(store.reference.kommuner()) == 49


def test_reference_data_is_data_not_code(tmp_path):
    folder = tmp_path / "reference"
    folder.mkdir()
    (folder / "manifest.json").write_text(
        json.dumps(
            {"version": "1.0", "lists": {"kommuner": {"file": "k.csv", "key": "kommunkod"}}}
        ),
        encoding="utf-8",
    )
    (folder / "k.csv").write_text(
        "kommunkod,kommun,delregion,verified\n9999,Provby,Skaraborg,yes\n", encoding="utf-8"
    )
    shipped = load_shipped(folder)
    assert shipped.lists["kommuner"].rows[0]["kommun"] == "Provby"


def test_kommuner_sort_in_swedish_order():
    from narvard_desktop.reference import swedish_sort_key

    names = ["Öckerö", "Vänersborg", "Åmål", "Vårgårda", "Ale", "Göteborg", "Gullspång"]
    assert sorted(names, key=swedish_sort_key) == [
        "Ale",
        "Gullspång",
        "Göteborg",
        "Vårgårda",
        "Vänersborg",
        "Åmål",
        "Öckerö",
    ]


def test_risk_matrix_labels_come_from_the_reference_in_both_languages(store):
    reference = store.reference
    swedish = [reference.risk_label("konsekvens", level, "sv") for level in (1, 2, 3, 4)]
    english = [reference.risk_label("konsekvens", level, "en") for level in (1, 2, 3, 4)]
    assert swedish == ["Mindre", "Måttlig", "Betydande", "Katastrofal"]
    assert english == ["Minor", "Moderate", "Significant", "Catastrophic"]
    assert reference.risk_label("sannolikhet", 4, "en") == "Very high"
    assert reference.risk_label("sannolikhet", 4, "sv") == "Mycket stor"


def test_a_risk_list_without_the_english_column_falls_back_to_swedish(data_dir):
    with Store(data_dir) as store:
        row = dict(next(r for r in store.reference.rows("riskmatris") if r["level"] == "3"))
        del row["label_en"]
        edit_reference_row(store.db, "riskmatris", f"{row['axis']}|{row['level']}", row)
        store.reload_reference()
        assert store.reference.risk_label(row["axis"], 3, "en") == row["label"]
