"""`check-db`: SQLite's integrity_check and foreign_key_check on the database."""

from __future__ import annotations

import argparse

from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.paths import database_path, resolve_data_dir
from narvard_desktop.store.backups import foreign_key_problems, integrity_problems

NAME = "check-db"
HELP = QT_TRANSLATE_NOOP("CliHelp", "check the database (integrity and foreign keys)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser


def run(args: argparse.Namespace) -> int:
    path = database_path(resolve_data_dir(args.data_dir))
    problems = integrity_problems(path)
    if not problems:
        problems = foreign_key_problems(path)
    if not problems:
        message = QT_TRANSLATE_NOOP("Cli", "The database {path} is intact.")
        print(translate("Cli", message).format(path=path))
        return 0
    message = QT_TRANSLATE_NOOP(
        "Cli", "The database {path} has problems; restore a backup (backups, restore):"
    )
    print(translate("Cli", message).format(path=path))
    for problem in problems[:50]:
        print(f"  {problem}")
    return 1
