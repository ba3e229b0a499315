"""Fixtures shared by every test: isolated user folders and a fresh database per test.

Set SALESCOACH_TEST_DB_URL to run the store tests against another database (PostgreSQL);
otherwise each test gets a copy of one migrated SQLite template, cheaper than migrating.
"""

import atexit
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from salescoach.store import Store


def _small_screen() -> str:
    """The offscreen platform with the smallest screen a rep's laptop has (1024x600), so
    every GUI test sees what that rep sees: dialogs must fit it."""
    folder = tempfile.mkdtemp(prefix="salescoach-screen-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    config = Path(folder) / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1024, "height": 600}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = _small_screen()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user's data, settings, logs or passwords."""
    home = tmp_path_factory.mktemp("home")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("SALESCOACH_DB", raising=False)
    # nor the system keyring, nor a password libpq would find in the environment
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("PGPASSWORD", raising=False)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    Store.open(path, create=True).close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, template_db: Path) -> Path:
    path = tmp_path / "salescoach.sqlite3"
    shutil.copy(template_db, path)
    return path


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    url = os.environ.get("SALESCOACH_TEST_DB_URL")
    opened = Store.open(url or db_path)
    yield opened
    opened.close()


from tests.team_fixtures import pg, team  # noqa: E402,F401  (the team server's fixtures)
