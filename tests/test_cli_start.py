"""A command's start imports only that command: no PDF or Excel library for `summary`."""

import subprocess
import sys

from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.store import Store

PROBE = """
import sys
from narvard_desktop.cli import main
main(sys.argv[1:])
heavy = [name for name in ("reportlab", "openpyxl", "narvard_desktop.exchange.importer",
         "narvard_desktop.commands.protocol", "PySide6", "matplotlib") if name in sys.modules]
print("HEAVY", heavy)
"""


def test_summary_imports_neither_reportlab_nor_openpyxl_nor_other_commands(tmp_path):
    with Store(tmp_path / "data") as store:
        create_group(store, GroupSetup("lokal", "Borås", "1490"))
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(tmp_path / "data"), "summary", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert '"groups": 1' in result.stdout
    assert "HEAVY []" in result.stdout


def test_help_still_lists_every_command(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "narvard_desktop", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    for command in ("summary", "protocol", "xlsx-import", "check-db", "import"):
        assert command in result.stdout
