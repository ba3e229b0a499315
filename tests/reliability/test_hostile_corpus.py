"""The hostile corpus (`tests/hostile.py`) through the command line, as a new user would feed
it: each file is taken, with what it cannot hold said, or refused in one sentence with the
database as it was; never a traceback, never an "internal error". What is taken goes out
again in every format."""

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from salescoach.store import Store
from tests.hostile import CORPUS, Hostile
from tests.running import run

EXPORTS = ("json", "csv", "xlsx", "vcf", "ics", "pdf")


def content(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()


@pytest.mark.parametrize("hostile", CORPUS, ids=[h.name for h in CORPUS])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_hostile_file_is_taken_or_refused_in_one_sentence(tmp_path, hostile: Hostile, lang):
    db = tmp_path / "db.sqlite3"
    Store.open(db, create=True).close()
    before = content(db)
    path = hostile.make(tmp_path)
    result = run("--lang", lang, "import", str(path), db=db)
    said = result.stdout + result.stderr
    assert "Traceback" not in said and "internal error" not in said
    if not hostile.taken:
        assert result.returncode in (2, 3), result
        assert len(result.stderr.strip().splitlines()) == 1
        assert content(db) == before  # nothing half-written
        return
    assert result.returncode == 0, result.stderr
    for suffix in EXPORTS:
        out = run("--lang", lang, "export", str(tmp_path / f"out.{suffix}"), db=db)
        assert out.returncode == 0, (suffix, out.stderr)
    again = run("--lang", lang, "import", str(tmp_path / "out.json"), db=db)
    assert again.returncode == 0, again.stderr
