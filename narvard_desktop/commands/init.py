"""`init`: set up the group that owns the data folder."""

from __future__ import annotations

import argparse

from narvard_desktop.commands import open_store
from narvard_desktop.domain import LEVEL_CODES
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.services.group_setup import GroupSetup, create_group

NAME = "init"
HELP = QT_TRANSLATE_NOOP("CliHelp", "set up the group that owns the data folder")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--level", required=True, choices=LEVEL_CODES)
    parser.add_argument(
        "--kommun", help=QT_TRANSLATE_NOOP("CliHelp", "SCB kommunkod, e.g. 1490 (level lokal)")
    )
    parser.add_argument(
        "--delregion",
        help=QT_TRANSLATE_NOOP("CliHelp", "e.g. 'Södra Älvsborg' (level delregional)"),
    )
    parser.add_argument(
        "--name", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "the group's name")
    )


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        create_group(
            store,
            GroupSetup(
                level=args.level, name=args.name, kommun_code=args.kommun, delregion=args.delregion
            ),
        )
        group = store.own_group() or {}
        message = translate("Cli", QT_TRANSLATE_NOOP("Cli", "Set up {name} in {path}."))
        print(message.format(name=group.get("name"), path=store.data_dir))
    return 0
