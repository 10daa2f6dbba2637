"""What every start of the program (window or command) does before anything else.

sqlite_utils looks for numpy and pandas when it is imported, only to map their value types
when a table is made from their values; the store never hands it either. numpy alone costs
more than half of importing sqlite_utils, a third of a command's start. So sqlite_utils is
imported first with the two hidden; whoever needs numpy later (the charts) imports it as
usual.
"""

from __future__ import annotations

import sys

_OPTIONAL_FOR_SQLITE_UTILS = ("numpy", "pandas")


def import_sqlite_utils_lean() -> None:
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in _OPTIONAL_FOR_SQLITE_UTILS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "not installed", for now
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]
