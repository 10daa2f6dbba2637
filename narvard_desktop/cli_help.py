"""The command line's argument parser, speaking the chosen language.

argparse writes its own words ("usage:", "options", "error:") in English through gettext,
and the commands' help texts are English source strings. This parser translates both
through `i18n.translate`: the help texts are marked `QT_TRANSLATE_NOOP("CliHelp", …)` where
they are written (so lupdate collects them) and translated when the help is formatted, and
argparse's own words and its most common error messages are listed here.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from narvard_desktop.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate

HELP_CONTEXT = "CliHelp"

# argparse's messages as it writes them, and the English source text each one becomes.
_ARGPARSE_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^the following arguments are required: (?P<names>.*)$"),
        QT_TRANSLATE_NOOP("CliHelp", "these arguments are required: {names}"),
    ),
    (
        re.compile(r"^unrecognized arguments: (?P<names>.*)$"),
        QT_TRANSLATE_NOOP("CliHelp", "unknown arguments: {names}"),
    ),
    (
        re.compile(
            r"^argument (?P<name>\S+): invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)$"
        ),
        QT_TRANSLATE_NOOP(
            "CliHelp", "argument {name}: {value} is not a choice (choose from {choices})"
        ),
    ),
    (
        re.compile(r"^argument (?P<name>\S+): expected one argument$"),
        QT_TRANSLATE_NOOP("CliHelp", "argument {name} needs a value"),
    ),
    (
        re.compile(r"^argument (?P<name>\S+): not allowed with argument (?P<other>\S+)$"),
        QT_TRANSLATE_NOOP("CliHelp", "argument {name} cannot be given together with {other}"),
    ),
)


def translated_argparse_message(message: str) -> str:
    for pattern, source in _ARGPARSE_MESSAGES:
        match = pattern.match(message)
        if match:
            return translate(HELP_CONTEXT, source).format(**match.groupdict())
    return message


def language_in(argv: Sequence[str]) -> str | None:
    """The `--lang` of a command line, read before the parser exists (its help needs it)."""
    for index, value in enumerate(argv):
        if value == "--lang" and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif value.startswith("--lang="):
            chosen = value.partition("=")[2]
        else:
            continue
        return chosen if chosen in LANGUAGES else None
    return None


class TranslatedHelpFormatter(argparse.HelpFormatter):
    def _get_help_string(self, action: argparse.Action) -> str | None:
        return translate(HELP_CONTEXT, action.help) if action.help else action.help

    def add_usage(
        self,
        usage: str | None,
        actions: object,
        groups: object,
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = translate(HELP_CONTEXT, QT_TRANSLATE_NOOP("CliHelp", "usage:")) + " "
        super().add_usage(usage, actions, groups, prefix)  # type: ignore[arg-type]


class TranslatedArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words and help texts follow `i18n.set_language`."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", TranslatedHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = translate(
            HELP_CONTEXT, QT_TRANSLATE_NOOP("CliHelp", "positional arguments")
        )
        self._optionals.title = translate(HELP_CONTEXT, QT_TRANSLATE_NOOP("CliHelp", "options"))
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=QT_TRANSLATE_NOOP("CliHelp", "show this help and exit"),
        )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        line = translate(HELP_CONTEXT, QT_TRANSLATE_NOOP("CliHelp", "{prog}: error: {message}"))
        self.exit(
            2, line.format(prog=self.prog, message=translated_argparse_message(message)) + "\n"
        )
