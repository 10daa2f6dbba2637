"""Errors a user may see. Each carries an English source text marked for translation."""

from __future__ import annotations

from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate

_CTX = "Errors"


class NarvardError(Exception):
    """Base for every error that should reach the user as one clear sentence."""

    message_source = QT_TRANSLATE_NOOP("Errors", "Something went wrong.")

    def __init__(self, message_source: str | None = None, **details: object) -> None:
        if message_source is not None:
            self.message_source = message_source
        self.details = details
        super().__init__(self.message_source.format(**details))

    def user_message(self) -> str:
        return translate(_CTX, self.message_source).format(**self.details)


class NewerDatabaseError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The database in {path} was written by a newer version of Närvård Samverkan. "
        "Install the newer version to open it; nothing has been changed.",
    )


class DatabaseUnreadableError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} is not a Närvård Samverkan database or is damaged. "
        "Nothing has been changed. Restore a backup from {backups}.",
    )


class DiskFullError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full, so the change could not be saved. Nothing was lost: "
        "free some space and try again.",
    )


class DatabaseBusyError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The database is busy in another program. Wait a moment and try again.",
    )


class ReadOnlyRecordError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "This record belongs to another group ({owner}) and can only be changed there.",
    )


class RecordNotFoundError(NarvardError):
    message_source = QT_TRANSLATE_NOOP("Errors", "The record {record_id} does not exist.")


class NotInitialisedError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "No group has been set up in {path} yet. Run 'init' first or start the program "
        "to set one up.",
    )


class AlreadyInitialisedError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors", "A group ({name}) is already set up in this data folder."
    )


class ValidationError(NarvardError):
    message_source = QT_TRANSLATE_NOOP("Errors", "The input is not valid.")
