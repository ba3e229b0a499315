"""Encryption at rest: a protected database and its backups cannot be read without the
passphrase, a wrong one is one sentence, and protection can be removed again."""

from datetime import datetime
from pathlib import Path

import pytest

from salescoach.core.rotation import KeepPolicy
from salescoach.store import Store, cipher
from salescoach.store.backup import list_backups, take_backup
from salescoach.store.errors import DatabaseProblem
from salescoach.store.protection import protect, unprotect
from tests.cli.test_cli import run
from tests.helpers import add_contact

pytestmark = pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")
SECRET = "Needs a quiet ZEBRA oven"


def readable(path: Path) -> bool:
    return b"ZEBRA" in path.read_bytes() or b"zebra" in path.read_bytes()


@pytest.fixture
def mine(tmp_path) -> Path:
    path = tmp_path / "mine.sqlite3"
    with Store.open(path, create=True) as store, store.session() as session:
        add_contact(session, "Marie Dupont", notes=SECRET)
    take_backup(path, datetime(2026, 11, 20, 9), KeepPolicy())
    return path


def test_a_protected_database_and_its_backups_are_unreadable_without_the_key(mine):
    protect(mine, "correct horse")
    assert not mine.read_bytes().startswith(b"SQLite format 3")
    assert not readable(mine)
    (backup,) = list_backups(mine, "correct horse")
    assert not readable(backup.path) and backup.contacts == 1
    with pytest.raises(cipher.PassphraseNeeded, match="protected by a passphrase"):
        Store.open(mine)
    with pytest.raises(DatabaseProblem, match="does not open this database"):
        Store.open(mine, passphrase="wrong")
    with Store.open(mine, passphrase="correct horse") as store:
        assert not store.is_empty()
        made = take_backup(
            mine, datetime(2026, 11, 25, 9), KeepPolicy(), passphrase="correct horse"
        )
    assert not readable(made)  # new backups are encrypted too


def test_protection_can_be_removed(mine):
    protect(mine, "pass")
    unprotect(mine, "pass")
    assert mine.read_bytes().startswith(b"SQLite format 3")
    with Store.open(mine) as store:
        assert not store.is_empty()
    assert all(b.contacts == 1 for b in list_backups(mine))


def test_the_command_line_takes_the_passphrase_from_the_environment(mine):
    protect(mine, "s3cret")
    refused = run("funnel", db=mine)
    assert refused.returncode == 3 and "protected by a passphrase" in refused.stderr
    wrong = run("funnel", db=mine, SALESCOACH_PASSPHRASE="nope")
    assert wrong.returncode == 3 and "does not open this database" in wrong.stderr
    right = run("tips", "--json", db=mine, SALESCOACH_PASSPHRASE="s3cret")
    assert right.returncode == 0, right.stderr
    backed = run("backup", db=mine, SALESCOACH_PASSPHRASE="s3cret")
    assert backed.returncode == 0 and not readable(Path(backed.stdout.strip()))


def test_a_text_file_is_still_not_a_database(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("just text " * 500)
    with pytest.raises(DatabaseProblem, match="not a SalesCoach database"):
        Store.open(junk)


def test_protect_and_unprotect_from_the_command_line(mine):
    done = run("protect", db=mine, SALESCOACH_NEW_PASSPHRASE="pass phrase")
    assert done.returncode == 0, done.stderr
    assert not readable(mine)
    again = run("protect", db=mine, SALESCOACH_PASSPHRASE="pass phrase")
    assert again.returncode == 1 and "already protected" in again.stderr
    undone = run("unprotect", db=mine, SALESCOACH_PASSPHRASE="pass phrase")
    assert undone.returncode == 0, undone.stderr
    assert mine.read_bytes().startswith(b"SQLite format 3")
