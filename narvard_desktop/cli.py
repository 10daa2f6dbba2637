"""The `narvard-desktop` entry point: the GUI without a subcommand, headless tools with one."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from narvard_desktop import APP_NAME, __version__
from narvard_desktop.cli_help import TranslatedArgumentParser, language_in
from narvard_desktop.commands import command_module_named, command_modules
from narvard_desktop.errors import NarvardError
from narvard_desktop.i18n import LANGUAGES, QT_TRANSLATE_NOOP, set_language, translate
from narvard_desktop.paths import database_path, resolve_data_dir

Runner = Callable[[argparse.Namespace], int]


# Options of the main parser that take a value (the value is never the subcommand).
_VALUE_OPTIONS = ("--data-dir", "--lang", "--quit-after-ms")


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
    description = translate(
        "CliHelp",
        QT_TRANSLATE_NOOP("CliHelp", "{app} {version}. Without a command the window opens."),
    )
    parser = TranslatedArgumentParser(
        prog="narvard-desktop",
        description=description.format(app=APP_NAME, version=__version__),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=QT_TRANSLATE_NOOP("CliHelp", "show the program's version and exit"),
    )
    parser.add_argument(
        "--data-dir",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "data folder (default: NARVARD_DATA_DIR or the platform's user data folder)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=QT_TRANSLATE_NOOP("CliHelp", "language: sv (default) or en"),
    )
    parser.add_argument(
        "--quit-after-ms",
        type=int,
        metavar="MS",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "window only: quit MS milliseconds after the first window is shown and loaded "
            "(a start check for installers and smoke tests; exit code 4 if no window showed)",
        ),
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar=translate("CliHelp", QT_TRANSLATE_NOOP("CliHelp", "COMMAND"))
    )
    runners: dict[str, Runner] = {}
    # Only the named command is imported (with what it needs); --help lists them all.
    named = _named_command(argv)
    for module in [named] if named is not None else command_modules():
        module_parser = subparsers.add_parser(
            module.NAME, help=module.HELP, description=translate("CliHelp", module.HELP)
        )
        module.add_arguments(module_parser)
        runners[module.NAME] = module.run
    return parser, runners


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    # The help is written while parsing, so the language must be known before it.
    set_language(language_in(arguments) or "sv")
    parser, runners = _parser(arguments)
    args = parser.parse_args(arguments)
    set_language(args.lang or "sv")
    if args.command is None:
        from narvard_desktop.ui.shell.app import run_gui

        return run_gui(resolve_data_dir(args.data_dir), args.lang, args.quit_after_ms)
    try:
        return runners[args.command](args)
    except BrokenPipeError:
        return 0
    except NarvardError as error:
        print(error.user_message(), file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as error:
        from narvard_desktop.store.database import user_error_for

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
