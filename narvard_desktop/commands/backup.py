"""`backup`: take a backup of the database now."""

from __future__ import annotations

import argparse

from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.paths import resolve_data_dir
from narvard_desktop.store.backups import backup_now

NAME = "backup"
HELP = QT_TRANSLATE_NOOP("CliHelp", "take a backup of the database now")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser


def run(args: argparse.Namespace) -> int:
    path = backup_now(resolve_data_dir(args.data_dir), "manual")
    print(translate("Cli", QT_TRANSLATE_NOOP("Cli", "Wrote the backup {path}.")).format(path=path))
    return 0
