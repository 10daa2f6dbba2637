"""Subcommands of `narvard-desktop`, one module each.

A module here defines `NAME`, `HELP`, `add_arguments(parser)` and
`run(args) -> int`, and is named in COMMAND_MODULES (in the order `--help`
lists them). The list is explicit so that a freezer such as PyInstaller sees
every command; the packaging spec reads the same list. Commands raise
`NarvardError` for anything the user should read; the entry point prints it
as one line on stderr and exits non-zero.
"""

from __future__ import annotations

import argparse
import importlib
from types import ModuleType

from narvard_desktop.paths import resolve_data_dir
from narvard_desktop.store import Store


def open_store(args: argparse.Namespace) -> Store:
    return Store(resolve_data_dir(args.data_dir))


# One line a subcommand, in the order the help lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "init",
    "demo",
    "summary",
    "export",
    "privacy_scan",
    "protocol",
    "xlsx_export",
    "import_files",
    "kallelse",
    "calendar",
    "xlsx_import",
    "ledger",
    "backups",
    "backup",
    "restore",
    "check_db",
)


def command_modules() -> list[ModuleType]:
    return [importlib.import_module(f"{__name__}.{name}") for name in COMMAND_MODULES]


def command_module_named(command: str) -> ModuleType | None:
    """The module of one subcommand, imported alone (a command's start stays short).

    Module names follow the command (`check-db` is `check_db`) or start with it
    (`import` is `import_files`, `xlsx` is `xlsx_export`); None when no module is it.
    """
    wanted = command.replace("-", "_")
    for name in sorted(COMMAND_MODULES, key=lambda name: name != wanted):
        if name == wanted or name.startswith(wanted + "_"):
            module = importlib.import_module(f"{__name__}.{name}")
            if getattr(module, "NAME", None) == command:
                return module
    return None
