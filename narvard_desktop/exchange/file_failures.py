"""Every way reading an exchange file can fail, as one sentence naming the file.

The checks in `validate.py` raise `ExchangeFileError`s for what they expect. This module
adds what comes before and around them: a file that is not an ordinary file (a folder,
a device, a named pipe that would block forever) or is far too large is refused before
it is opened, and any other exception met while reading one file (deep nesting, huge
numbers, zip features Python lacks, an "Invalid argument" from the operating system,
bad text encodings) becomes a specific refusal of that file, so a batch goes on with
the next one.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import stat
import zipfile
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from narvard_desktop.errors import NarvardError
from narvard_desktop.exchange.errors import (
    DamagedExportFileError,
    ExchangeFileError,
    UnreadableExportFileError,
    UnsafeExportFileError,
)
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.record_rules import RuleProblem, first_problem

log = logging.getLogger(__name__)

# An export of all 49 kommuner is some tens of megabytes; nothing real comes near this.
MAX_FILE_BYTES = 256 * 1024 * 1024


class NotARegularFileError(UnreadableExportFileError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "{file} is not an ordinary file (it is {what}), so it was not opened. "
        "Nothing has been imported.",
    )


class ExportFileTooLargeError(UnsafeExportFileError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} is {size} MB, more than an export file can be ({limit} MB), "
        "so it was not opened. Nothing has been imported.",
    )


class InvalidRecordValueError(DamagedExportFileError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} holds a value the program cannot use: {problem}. "
        "Nothing has been imported. Ask the sender to correct it and export the file again.",
    )


class UnexpectedFileContentError(ExchangeFileError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} cannot be imported: {reason} Nothing has been imported.",
    )


WHAT_DIRECTORY = QT_TRANSLATE_NOOP("Errors", "a folder")
WHAT_PIPE = QT_TRANSLATE_NOOP("Errors", "a named pipe")
WHAT_DEVICE = QT_TRANSLATE_NOOP("Errors", "a device")
WHAT_SOCKET = QT_TRANSLATE_NOOP("Errors", "a socket")
WHAT_OTHER = QT_TRANSLATE_NOOP("Errors", "something other than a file")

# Reasons for UnexpectedFileContentError (translated in the "Exchange" context).
R_TOO_DEEP = QT_TRANSLATE_NOOP("Exchange", "its contents are nested far too deeply.")
R_HUGE_NUMBER = QT_TRANSLATE_NOOP("Exchange", "it holds a number far too large to use.")
R_ZIP_FEATURE = QT_TRANSLATE_NOOP(
    "Exchange", "it is packed with a zip method this program does not support."
)
R_ZIP_DAMAGED = QT_TRANSLATE_NOOP("Exchange", "the package is damaged and cannot be unpacked.")
R_BAD_JSON = QT_TRANSLATE_NOOP("Exchange", "a part is not valid JSON.")
R_BAD_TEXT = QT_TRANSLATE_NOOP("Exchange", "the text is not valid UTF-8.")
R_INVALID_ARGUMENT = QT_TRANSLATE_NOOP(
    "Exchange", "the operating system could not read it (invalid argument)."
)
R_READ_FAILED = QT_TRANSLATE_NOOP("Exchange", "it could not be read ({detail}).")
R_OUT_OF_MEMORY = QT_TRANSLATE_NOOP("Exchange", "it is too large to read.")
R_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Exchange", "its contents could not be understood ({detail}). Keep the file for support."
)


def check_before_opening(path: Path) -> int:
    """Refuse what is not an ordinary file or is far too large; return the size."""
    name = path.name or str(path)
    try:
        info = os.stat(path)  # stat never opens, so a named pipe cannot block here
    except OSError as error:
        if error.errno == errno.EINVAL:
            raise explain(path, error) from error
        raise UnreadableExportFileError(
            file=name, reason=error.strerror or type(error).__name__
        ) from error
    mode = info.st_mode
    if not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            what = WHAT_DIRECTORY
        elif stat.S_ISFIFO(mode):
            what = WHAT_PIPE
        elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
            what = WHAT_DEVICE
        elif stat.S_ISSOCK(mode):
            what = WHAT_SOCKET
        else:
            what = WHAT_OTHER
        raise NotARegularFileError(file=name, what=translate("Errors", what))
    if info.st_size > MAX_FILE_BYTES:
        raise ExportFileTooLargeError(
            file=name, size=info.st_size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)
        )
    return info.st_size


class ValueCannotBeExportedError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "{problem}. Correct it before exporting: the receiving group's program would refuse "
        "the whole file. Nothing has been exported.",
    )


def require_meaningful(table: str, record: Mapping[str, Any]) -> None:
    """Refuse to export a record whose stored value breaks a rule (an old database)."""
    problem = first_problem(table, record)
    if problem is not None:
        raise ValueCannotBeExportedError(problem=problem.sentence())


def invalid_record(path: Path, problem: RuleProblem) -> InvalidRecordValueError:
    return InvalidRecordValueError(
        file=path.name, problem=problem.sentence(), where=f"{problem.table}: {problem.record_id}"
    )


def explain(path: Path, error: BaseException) -> ExchangeFileError:
    """One specific refusal of this file for an exception its checks did not foresee."""
    if isinstance(error, ExchangeFileError):
        return error
    name = path.name or str(path)
    detail = type(error).__name__
    reason = R_UNEXPECTED
    if isinstance(error, RecursionError):
        reason = R_TOO_DEEP
    elif isinstance(error, OverflowError):
        reason = R_HUGE_NUMBER
    elif isinstance(error, NotImplementedError):
        reason = R_ZIP_FEATURE
    elif isinstance(error, zipfile.BadZipFile | zlib.error | EOFError):
        reason = R_ZIP_DAMAGED
    elif isinstance(error, json.JSONDecodeError):
        reason = R_BAD_JSON
    elif isinstance(error, UnicodeError):
        reason = R_BAD_TEXT
    elif isinstance(error, MemoryError):
        reason = R_OUT_OF_MEMORY
    elif isinstance(error, OSError):
        if error.errno == errno.EINVAL:
            reason = R_INVALID_ARGUMENT
        else:
            reason = R_READ_FAILED
            detail = error.strerror or detail
    if reason == R_UNEXPECTED:
        # Kept for whoever investigates; the user sees one sentence.
        log.warning("unexpected failure reading %s", name, exc_info=error)
    return UnexpectedFileContentError(
        file=name, reason=translate("Exchange", reason).format(detail=detail)
    )
