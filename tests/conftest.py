import os

# Qt aborts the whole process without a display; tests always run offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from narvard_desktop import clock  # noqa: E402
from narvard_desktop.i18n import set_language  # noqa: E402
from narvard_desktop.services.demo import fill_demo_data  # noqa: E402
from narvard_desktop.services.group_setup import GroupSetup, create_group  # noqa: E402
from narvard_desktop.store import Store  # noqa: E402

ANCHOR = date(2026, 10, 15)

# Every test runs on a pinned day, never the real one. The suite is run on several days
# (first of a month, new year, a leap day, a minute before midnight) by setting
# NARVARD_TEST_TODAY; see scripts/test.sh.
TEST_TODAY = os.environ.get("NARVARD_TEST_TODAY", "2026-12-01")
# Module-level code of the test files (collected before any fixture runs) sees it too.
os.environ[clock.ENVIRONMENT_VARIABLE] = TEST_TODAY


@pytest.fixture(autouse=True)
def _pinned_clock(monkeypatch):
    """Pin the core's clock, here and in every command-line process a test starts."""
    monkeypatch.setenv(clock.ENVIRONMENT_VARIABLE, TEST_TODAY)
    with clock.pinned(TEST_TODAY):
        yield


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch, tmp_path_factory):
    monkeypatch.delenv("NARVARD_DATA_DIR", raising=False)
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    set_language("sv")
    yield
    set_language("sv")


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir):
    with Store(data_dir) as opened:
        yield opened


@pytest.fixture
def group_store(store):
    create_group(store, GroupSetup("lokal", "Närvårdssamverkan Borås", "1490"))
    return store


@pytest.fixture
def demo_store(group_store):
    fill_demo_data(group_store, seed=7, anchor=ANCHOR)
    return group_store
