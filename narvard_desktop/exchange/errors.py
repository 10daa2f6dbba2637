"""Why an exchange file was refused, in words a facilitator understands."""

from __future__ import annotations

from narvard_desktop.errors import NarvardError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate

_REASON_CTX = "Exchange"


class ExchangeFileError(NarvardError):
    """A file that cannot be imported. Nothing in the database was changed."""

    message_source = QT_TRANSLATE_NOOP(
        "Errors", "The file {file} cannot be imported. Nothing has been changed."
    )

    def __init__(self, message_source: str | None = None, **details: object) -> None:
        details.setdefault("file", "")
        details.setdefault("reason", "")
        details.setdefault("where", "")
        super().__init__(message_source, **details)

    def user_message(self) -> str:
        # The reason is itself an English source text; translate it too.
        details = dict(self.details)
        if details.get("reason"):
            details["reason"] = translate(_REASON_CTX, str(details["reason"]))
        # The place in the file helps whoever investigates; it is not translated.
        details["where"] = f"[{details['where']}]" if details.get("where") else ""
        text = translate("Errors", self.message_source).format(**details)
        return " ".join(text.split())


class NotAnExportFileError(ExchangeFileError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} is not an export file from Närvård Samverkan. Nothing has been imported.",
    )


class DamagedExportFileError(ExchangeFileError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} is damaged or incomplete: {reason} {where} "
        "Nothing has been imported. Ask the sender to export the file again.",
    )


class NewerExportFormatError(ExchangeFileError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} comes from a newer version of Närvård Samverkan "
        "(file format {version}). Install the newer version to import it. "
        "Nothing has been imported.",
    )


class UnsafeExportFileError(ExchangeFileError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} was refused to protect the computer: {reason} Nothing has been imported.",
    )


class UnreadableExportFileError(ExchangeFileError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} could not be opened ({reason}). Check that it exists and that "
        "you may read it. Nothing has been imported.",
    )


class WrongPackageKindError(ExchangeFileError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} cannot be used here: {reason} Nothing has been imported.",
    )


class TemplateNotFoundError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors", "There is no action plan {plan_id} of this group to publish as a template."
    )


# Reasons (shown inside the messages above).
R_ZIP_UNREADABLE = QT_TRANSLATE_NOOP("Exchange", "the package cannot be read.")
R_CHECKSUM = QT_TRANSLATE_NOOP("Exchange", "a part does not match its checksum.")
R_MISSING_PART = QT_TRANSLATE_NOOP("Exchange", "a part listed in the contents is missing.")
R_EXTRA_PART = QT_TRANSLATE_NOOP("Exchange", "the package holds a part that is not listed.")
R_MANIFEST = QT_TRANSLATE_NOOP("Exchange", "the table of contents is damaged.")
R_NOT_UTF8 = QT_TRANSLATE_NOOP("Exchange", "the text is not valid UTF-8.")
R_RECORD_SHAPE = QT_TRANSLATE_NOOP("Exchange", "a record has the wrong shape.")
R_DUPLICATE_ID = QT_TRANSLATE_NOOP("Exchange", "the same record appears twice.")
R_UNKNOWN_OWNER = QT_TRANSLATE_NOOP("Exchange", "a record's owner group is missing.")
R_BROKEN_REFERENCE = QT_TRANSLATE_NOOP(
    "Exchange", "a record refers to another record that is neither in the file nor here."
)
R_COUNTS = QT_TRANSLATE_NOOP("Exchange", "the number of records does not match the contents.")
R_UNSAFE_NAME = QT_TRANSLATE_NOOP("Exchange", "it holds file names that point outside the package.")
R_TOO_LARGE = QT_TRANSLATE_NOOP("Exchange", "it unpacks to far more data than an export can hold.")
R_TOO_MANY = QT_TRANSLATE_NOOP("Exchange", "it holds too many parts.")
R_ENCRYPTED = QT_TRANSLATE_NOOP("Exchange", "it is encrypted.")
