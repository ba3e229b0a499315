"""A small demo database shared by the command-line tests of a module."""

from pathlib import Path

import pytest

from tests.running import run


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    result = run("demo", "--seed", "7", "--contacts", "60", "--activities", "600", db=db)
    assert result.returncode == 0, result.stderr
    assert "60 contacts" in result.stdout
    return db
