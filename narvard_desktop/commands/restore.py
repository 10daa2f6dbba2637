"""`restore BACKUP`: replace the database with a backup (a path or the number `backups` lists)."""

from __future__ import annotations

import argparse
from pathlib import Path

from narvard_desktop.errors import NarvardError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.paths import resolve_data_dir
from narvard_desktop.store.backups import (
    list_backups,
    refuse_while_open_elsewhere,
    restore_backup,
)

NAME = "restore"
HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "restore a backup (a path, or the number the backups command lists)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "backup", help=QT_TRANSLATE_NOOP("CliHelp", "path or number from the backups command")
    )


def run(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    chosen = Path(args.backup)
    if args.backup.isdigit() and not chosen.exists():
        backups = list_backups(data_dir)
        number = int(args.backup)
        if not 1 <= number <= len(backups):
            raise NarvardError(
                QT_TRANSLATE_NOOP("Errors", "There is no backup number {number}."),
                number=number,
            )
        chosen = backups[number - 1].path
    if not chosen.is_file():
        raise NarvardError(
            QT_TRANSLATE_NOOP("Errors", "The backup {path} does not exist."), path=str(chosen)
        )
    refuse_while_open_elsewhere(data_dir)
    before = restore_backup(data_dir, chosen)
    print(translate("Cli", QT_TRANSLATE_NOOP("Cli", "Restored {path}.")).format(path=chosen))
    if before is not None:
        message = QT_TRANSLATE_NOOP("Cli", "The state before the restore is kept in {path}.")
        print(translate("Cli", message).format(path=before))
    return 0
