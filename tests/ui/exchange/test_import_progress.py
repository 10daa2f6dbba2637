"""The import dialog's work reports progress within each file, and Cancel pressed in the
middle of a file lets that file finish and stops before the next one."""

from __future__ import annotations

from test_exchange_support import make_group, pin_sender

from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import FILE_STEPS, IMPORTED
from narvard_desktop.store import Store
from narvard_desktop.ui.exchange.import_files import import_previewed, preview_files
from narvard_desktop.ui.kit.operations import OperationCancelled


def _files_and_county(tmp_path):
    paths = []
    for name, kommun, seed in (("boras", "1490", 5), ("ulricehamn", "1491", 6)):
        with make_group(tmp_path, name, "lokal", name, kommun=kommun, demo_seed=seed) as store:
            paths.append(export_data(store, tmp_path / f"{name}.narvard").path)
    county = make_group(tmp_path, "vg", "lansgemensam", "VG")
    for path in paths:
        with Store(path.parent / path.stem) as sender:
            pin_sender(county, sender)
    return paths, county


def test_the_bar_moves_inside_each_file_while_previewing_and_importing(tmp_path):
    paths, county = _files_and_county(tmp_path)
    with county:
        for work in (preview_files, lambda s, p, progress: import_previewed(s, p, progress)[0]):
            heard: list[int] = []
            summaries = work(county, paths, lambda done, _total, heard=heard: heard.append(done))
            assert len(summaries) == 2
            inside_first = {step for step in heard if 0 < step < FILE_STEPS}
            assert len(inside_first) >= 5
            assert heard == sorted(heard) and heard[-1] == 2 * FILE_STEPS


def test_cancel_inside_a_file_finishes_that_file_and_stops_before_the_next(tmp_path):
    paths, county = _files_and_county(tmp_path)
    cancelled = False

    def progress(done: int, _total: int) -> None:
        nonlocal cancelled
        if 0 < done < FILE_STEPS:
            cancelled = True  # the user pressed Cancel while the first file was read
        if cancelled:
            raise OperationCancelled()

    with county:
        results, stopped = import_previewed(county, paths, progress)
    assert stopped
    assert [result.outcome for result in results] == [IMPORTED]
