"""Where the program finds its shipped files and where it keeps the user's data."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from platformdirs import user_data_path

from narvard_desktop import APP_ID

DATA_DIR_ENV = "NARVARD_DATA_DIR"
DATABASE_FILE = "narvard.sqlite3"
BACKUP_DIR = "backups"
# Held by the running window (Qt's QLockFile: pid, app name, host on separate lines).
INSTANCE_LOCK_FILE = "narvard.lock"


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


PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private_dir(path: Path) -> Path:
    """Create `path` (and parents) readable by the user only on POSIX; Windows: the profile does."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(PRIVATE_DIR_MODE)
    return path


def make_private_file(path: Path | str) -> None:
    """Make a file the program wrote readable by the user only (POSIX); missing files are fine."""
    if os.name == "posix":
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, PRIVATE_FILE_MODE)


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files created inside (SQLite's database, -wal, -shm) are user-only from the start."""
    if os.name != "posix":
        yield
        return
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)
