"""When backups are taken (one per import batch) and the backup commands."""

from __future__ import annotations

import sqlite3

from test_exchange_support import make_group

from narvard_desktop.cli import main
from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import IMPORTED, import_files
from narvard_desktop.paths import database_path
from narvard_desktop.store.backups import list_backups


def test_one_backup_for_a_batch_of_several_imported_files(tmp_path):
    locals_ = [
        make_group(tmp_path, f"l{seed}", "lokal", f"Kommun {seed}", kommun=code, demo_seed=seed)
        for seed, code in ((1, "1490"), (2, "1463"), (3, "1491"))
    ]
    sa = make_group(tmp_path, "sa", "delregional", "Delregionala SÄ", delregion="Södra Älvsborg")
    try:
        files = [export_data(s, tmp_path / f"{i}.narvard").path for i, s in enumerate(locals_)]
        reports = import_files(sa, files)
        assert [r.outcome for r in reports] == [IMPORTED] * 3
        before_import = [b for b in list_backups(sa.data_dir) if b.reason == "before-import"]
        assert len(before_import) == 1
        assert {r.backup for r in reports} == {before_import[0].path}
    finally:
        for store in [*locals_, sa]:
            store.close()


def test_backup_backups_restore_and_check_db_commands(store, capsys):
    data_dir = store.data_dir
    store.close()
    path = database_path(data_dir)
    assert main(["--data-dir", str(data_dir), "backup"]) == 0
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE later (x)")
    connection.commit()
    connection.close()
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "backups"]) == 0
    listing = capsys.readouterr().out
    assert "manual" in listing and listing.strip().startswith("1")
    assert main(["--data-dir", str(data_dir), "restore", "1"]) == 0
    out = capsys.readouterr().out
    assert "Återställde" in out
    connection = sqlite3.connect(path)
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "later" not in tables
    assert main(["--data-dir", str(data_dir), "check-db"]) == 0
    assert "är hel" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "restore", "99"]) != 0
    assert "99" in capsys.readouterr().err
