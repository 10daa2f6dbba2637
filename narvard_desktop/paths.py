"""Where the program finds its shipped files and where it keeps the user's data."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from platformdirs import user_data_path

from narvard_desktop import APP_ID

DATA_DIR_ENV = "NARVARD_DATA_DIR"
DATABASE_FILE = "narvard.sqlite3"
BACKUP_DIR = "backups"


def project_root() -> Path:
    """The source checkout's root (scripts and tests use it; the program itself does not)."""
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The shipped files (reference data, fonts, translations), inside the package.

    Read through importlib.resources, so they are found the same way from a source
    checkout, an installed wheel and a PyInstaller bundle (which collects them as
    package data). The package is a plain folder in all three, hence a real Path.
    """
    return Path(str(resources.files("narvard_desktop") / "resources"))


def translations_dir() -> Path:
    return resources_dir() / "translations"


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
