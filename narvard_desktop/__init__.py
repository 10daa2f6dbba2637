"""Närvård Samverkan: an offline desktop tool for vårdsamverkan groups in Västra Götaland."""

__version__ = "0.1.0"
APP_NAME = "Närvård Samverkan"
APP_ID = "narvard-desktop"

from narvard_desktop.startup import import_sqlite_utils_lean_when_needed  # noqa: E402

import_sqlite_utils_lean_when_needed()
