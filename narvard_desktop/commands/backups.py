"""`backups`: list the data folder's backups, newest first, numbered for `restore`."""

from __future__ import annotations

import argparse

from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.paths import resolve_data_dir
from narvard_desktop.store.backups import list_backups

NAME = "backups"
HELP = QT_TRANSLATE_NOOP("CliHelp", "list the backups (date, reason, size)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser


def run(args: argparse.Namespace) -> int:
    backups = list_backups(resolve_data_dir(args.data_dir))
    if not backups:
        print(translate("Cli", QT_TRANSLATE_NOOP("Cli", "There are no backups yet.")))
        return 0
    for number, info in enumerate(backups, start=1):
        moment = info.time.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"{number:>3}  {moment}  {info.reason:<24} {info.size / 1024:>9.0f} kB  {info.path}")
    return 0
