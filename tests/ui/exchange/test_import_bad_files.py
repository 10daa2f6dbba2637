"""The import dialog lists every file of a batch with its own verdict: a named pipe and a
folder are refused without being opened, a file whose deviation was answered on "x" is
refused naming the record and field, and the good file still imports."""

from __future__ import annotations

import os

import pytest
from test_exchange_support import dump_database, make_group, rewrite_package

from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import IMPORTED, PREVIEWED, REFUSED
from narvard_desktop.ui.exchange.import_dialog import ImportDialog


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_batch_with_a_pipe_a_folder_and_a_bad_date_imports_the_good_file(qtbot, tmp_path):
    with make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490", demo_seed=2) as boras:
        good = export_data(boras, tmp_path / "boras.narvard").path
    spoiled = rewrite_package(
        good,
        tmp_path / "x-datum.narvard",
        lambda records: records["deviations"][0].update(answered_date="x"),
    )
    fifo = tmp_path / "x.narvard"
    os.mkfifo(fifo)
    folder = tmp_path / "mapp.narvard"
    folder.mkdir()
    area = make_group(tmp_path, "sa", "delregional", "SÄ", delregion="Södra Älvsborg")
    try:
        before = dump_database(area.path)
        paths = [fifo, folder, spoiled, good]
        dialog = ImportDialog(area, paths)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(
            lambda: dialog.model.rowCount() == len(paths) and not dialog.busy, timeout=20_000
        )
        outcomes = [row.outcome for row in dialog.model.files]
        assert outcomes == [REFUSED, REFUSED, REFUSED, PREVIEWED]
        messages = [row.message for row in dialog.model.files[:3]]
        assert "x.narvard" in messages[0] and "pipe" in messages[0]
        assert "mapp.narvard" in messages[1] and "mapp" in messages[1]
        assert "x-datum.narvard" in messages[2] and "Svarsdatum" in messages[2]
        assert dump_database(area.path) == before
        assert dialog.import_button.isEnabled()
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.done_importing and not dialog.busy, timeout=20_000)
        assert [row.outcome for row in dialog.model.files][-1] == IMPORTED
    finally:
        area.close()
