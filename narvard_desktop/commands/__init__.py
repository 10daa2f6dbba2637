"""Subcommands of `narvard-desktop`, one module each.

A module here defines `NAME`, `HELP`, `add_arguments(parser)` and
`run(args) -> int`; the command line finds it by itself. Commands raise
`NarvardError` for anything the user should read; the entry point prints it
as one line on stderr and exits non-zero.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from types import ModuleType

from narvard_desktop.paths import resolve_data_dir
from narvard_desktop.store import Store


def open_store(args: argparse.Namespace) -> Store:
    return Store(resolve_data_dir(args.data_dir))


def command_modules() -> list[ModuleType]:
    modules = [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_")
    ]
    return sorted(modules, key=lambda module: getattr(module, "ORDER", 100))
