"""The `narvard-desktop` entry point: the GUI without a subcommand, headless tools with one."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from narvard_desktop import APP_NAME, __version__
from narvard_desktop.commands import command_module_named, command_modules
from narvard_desktop.errors import NarvardError
from narvard_desktop.i18n import LANGUAGES, QT_TRANSLATE_NOOP, set_language, translate
from narvard_desktop.paths import database_path, resolve_data_dir
from narvard_desktop.store.database import user_error_for

Runner = Callable[[argparse.Namespace], int]


# Options of the main parser that take a value (the value is never the subcommand).
_VALUE_OPTIONS = ("--data-dir", "--lang")


def _named_command(argv: Sequence[str]) -> ModuleType | None:
    """The module of the subcommand `argv` names, found without importing the others."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _VALUE_OPTIONS:
            skip = True
        elif not token.startswith("-"):
            return command_module_named(token)
    return None


def _parser(argv: Sequence[str] = ()) -> tuple[argparse.ArgumentParser, dict[str, Runner]]:
    parser = argparse.ArgumentParser(
        prog="narvard-desktop",
        description=f"{APP_NAME} {__version__}. Without a subcommand the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        help="data folder (default: NARVARD_DATA_DIR or the platform's user data folder)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language: sv (default) or en")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    runners: dict[str, Runner] = {}
    # Only the named command is imported (with what it needs); --help lists them all.
    named = _named_command(argv)
    for module in [named] if named is not None else command_modules():
        module.add_arguments(subparsers.add_parser(module.NAME, help=module.HELP))
        runners[module.NAME] = module.run
    return parser, runners


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser, runners = _parser(argv)
    args = parser.parse_args(argv)
    set_language(args.lang or "sv")
    if args.command is None:
        from narvard_desktop.ui.shell.app import run_gui

        return run_gui(resolve_data_dir(args.data_dir), args.lang)
    try:
        return runners[args.command](args)
    except BrokenPipeError:
        return 0
    except NarvardError as error:
        print(error.user_message(), file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as error:
        # A write that failed half-way was rolled back by its transaction: say why plainly.
        plain = user_error_for(error, database_path(resolve_data_dir(args.data_dir)))
        if plain is None:
            raise
        print(plain.user_message(), file=sys.stderr)
        return 2
    except OSError as error:
        message = translate(
            "Cli", QT_TRANSLATE_NOOP("Cli", "Could not read or write a file: {error}")
        )
        print(message.format(error=error.strerror or error), file=sys.stderr)
        return 2
    except Exception as error:  # noqa: BLE001 - the last line of defence for a clear message
        if os.environ.get("NARVARD_DEBUG"):
            raise
        message = translate("Cli", QT_TRANSLATE_NOOP("Cli", "Unexpected error ({kind}): {error}"))
        print(message.format(kind=type(error).__name__, error=error), file=sys.stderr)
        return 3
