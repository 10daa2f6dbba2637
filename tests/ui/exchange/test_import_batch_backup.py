"""The import dialog's batch: one backup before the first file applied, not one a file."""

from __future__ import annotations

import pytest
from test_exchange_support import make_group, pin_sender

from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import IMPORTED
from narvard_desktop.store import Store
from narvard_desktop.ui.exchange.import_files import import_previewed


@pytest.fixture
def county_and_files(tmp_path):
    paths = []
    for name, kommun, seed in (("boras", "1490", 5), ("ulricehamn", "1491", 6)):
        with make_group(tmp_path, name, "lokal", name, kommun=kommun, demo_seed=seed) as store:
            paths.append(export_data(store, tmp_path / f"{name}.narvard").path)
    county = make_group(tmp_path, "vg", "lansgemensam", "VG")
    for path in paths:
        with Store(path.parent / path.stem) as sender:
            pin_sender(county, sender)
    yield county, paths
    county.close()


def test_the_dialogs_batch_of_two_files_takes_one_backup(county_and_files):
    county, paths = county_and_files
    steps = []
    results, cancelled = import_previewed(county, paths, lambda done, total: steps.append(done))
    assert not cancelled
    assert [result.outcome for result in results] == [IMPORTED, IMPORTED]
    backups = list((county.path.parent / "backups").glob("*before-import*"))
    assert len(backups) == 1, backups
