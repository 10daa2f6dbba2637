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
import contextlib
import importlib
from types import ModuleType
from typing import TYPE_CHECKING

from narvard_desktop.paths import resolve_data_dir

if TYPE_CHECKING:
    from narvard_desktop.store import Store
    from narvard_desktop.store.reading import ReadOnlyStore


def open_store(args: argparse.Namespace) -> Store:
    from narvard_desktop.store import Store

    store = Store(resolve_data_dir(args.data_dir))
    if store.own_group_id is not None:
        _ensure_group_key(store)
    return store


def open_for_reading(args: argparse.Namespace) -> ReadOnlyStore | Store:
    """For a command that only reads: the database through the standard library when it
    needs nothing written on opening (a short start), otherwise `Store` as always."""
    from narvard_desktop.store.reading import open_for_reading as open_read_only

    reader = open_read_only(resolve_data_dir(args.data_dir))
    return reader if reader is not None else open_store(args)


def _ensure_group_key(store: Store) -> None:
    """An older data folder gets its signing key (and signs its justerade protocols) on
    first use; a missing key file is reported by the commands that need the key."""
    from narvard_desktop.errors import NarvardError
    from narvard_desktop.services.group_keys import group_signer

    with contextlib.suppress(NarvardError):
        group_signer(store)


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
    "statistics_import",
    "report",
    "members",
    "keys",
    "search",
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
