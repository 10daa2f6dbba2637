"""A batch import at county size: a file seen before is known by its checksum before it
is read, and a batch keeps each file's counts, not its records."""

from __future__ import annotations

import shutil

import pytest
from test_exchange_support import make_group, pin_sender

from narvard_desktop.exchange import importer
from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import (
    ALREADY_IMPORTED,
    IMPORTED,
    REFUSED,
    import_file,
    import_files,
)
from narvard_desktop.exchange.report import import_report
from narvard_desktop.store import Store
from narvard_desktop.store.database import BULK_CACHE_KIB, BULK_CHECKPOINT_PAGES


@pytest.fixture(scope="module")
def two_files(tmp_path_factory):
    root = tmp_path_factory.mktemp("senders")
    paths = []
    for name, kommun, seed in (("boras", "1490", 5), ("ulricehamn", "1491", 6)):
        with make_group(root, name, "lokal", name, kommun=kommun, demo_seed=seed) as store:
            paths.append(export_data(store, root / f"{name}.narvard").path)
    return paths


@pytest.fixture
def county(tmp_path, two_files):
    store = make_group(tmp_path, "vg", "lansgemensam", "VG")
    # The county has checked each sender's key, as a real one would first.
    for path in two_files:
        with Store(path.parent / path.stem) as sender:
            pin_sender(store, sender)
    yield store
    store.close()


def test_a_file_imported_before_is_recognised_without_reading_it(
    county, two_files, tmp_path, monkeypatch
):
    assert import_file(county, two_files[0]).outcome == IMPORTED
    copy = shutil.copy(two_files[0], tmp_path / "same-bytes-other-name.narvard")

    def no_reading(*_args, **_kwargs):
        raise AssertionError("the file was read although its checksum is in the ledger")

    monkeypatch.setattr(importer, "read_package", no_reading)
    report = import_file(county, copy)
    assert report.outcome == ALREADY_IMPORTED
    # The report still names the sender and the first import, from the ledger.
    line = " ".join(import_report(report))
    assert "boras" in line and report.preview.already_imported is not None
    # A file not seen before is read as always (here reading fails, and is refused).
    assert import_file(county, two_files[1]).outcome == REFUSED


def test_a_batch_keeps_counts_but_not_records(county, two_files):
    reports = import_files(county, two_files)
    assert [report.outcome for report in reports] == [IMPORTED, IMPORTED]
    for report in reports:
        assert report.preview.package.records == {}
        assert report.preview.actions == {}
        assert report.preview.totals()["new"] > 0
    backups = {report.backup for report in reports}
    assert len(backups) == 1


def test_a_batch_reports_progress_within_each_file_not_only_between_files(county, two_files):
    heard: list[tuple[int, int]] = []
    reports = import_files(
        county, two_files, progress=lambda done, total: heard.append((done, total))
    )
    assert [report.outcome for report in reports] == [IMPORTED, IMPORTED]
    steps = importer.FILE_STEPS
    assert {total for _done, total in heard} == {2 * steps}
    done = [step for step, _total in heard]
    assert done == sorted(done) and done[0] == 0 and done[-1] == 2 * steps
    # Within each file the bar moves several times: part by part while reading, table by
    # table while writing.
    for index in range(2):
        inside = {step for step in done if index * steps < step < (index + 1) * steps}
        assert len(inside) >= 5, inside
    first_file = [step for step in done if 0 < step < steps]
    assert max(first_file) > steps * 0.6  # writing moved it too, after reading


def test_a_trial_run_reports_its_reading_across_the_whole_file(county, two_files):
    heard: list[float] = []
    report = import_file(county, two_files[0], dry_run=True, progress=heard.append)
    assert report.ok
    assert heard == sorted(heard) and len(set(heard)) >= 5
    assert heard[-1] == pytest.approx(1.0)


def test_a_batch_writes_with_a_larger_cache_and_restores_the_usual_settings(
    county, two_files, monkeypatch
):
    def settings():
        return [
            county.db.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("cache_size", "wal_autocheckpoint")
        ]

    usual = settings()
    during = []
    real_import_file = importer.import_file

    def noting(*args, **kwargs):
        during.append(settings())
        return real_import_file(*args, **kwargs)

    monkeypatch.setattr(importer, "import_file", noting)
    reports = import_files(county, two_files)
    assert [report.outcome for report in reports] == [IMPORTED, IMPORTED]
    assert during and all(values != usual for values in during)
    assert during[0] == [-BULK_CACHE_KIB, BULK_CHECKPOINT_PAGES]
    assert settings() == usual
