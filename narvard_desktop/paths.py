"""Where the program finds its shipped files and where it keeps the user's data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

from narvard_desktop import APP_ID

DATA_DIR_ENV = "NARVARD_DATA_DIR"
DATABASE_FILE = "narvard.sqlite3"
BACKUP_DIR = "backups"


def project_root() -> Path:
    """The folder holding `resources/` and `translations/`.

    In a PyInstaller bundle that is the unpack folder; from a source checkout
    (also an editable install) it is the repository root.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def translations_dir() -> Path:
    return project_root() / "translations"


def default_data_dir() -> Path:
    return user_data_path(APP_ID, appauthor=False)


def resolve_data_dir(cli_value: str | os.PathLike[str] | None) -> Path:
    """The command line wins over the environment, which wins over the platform default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env_value = os.environ.get(DATA_DIR_ENV)
    if env_value:
        return Path(env_value).expanduser().resolve()
    return default_data_dir()


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE
