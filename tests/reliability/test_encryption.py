"""Encryption at rest: a protected database and its backups cannot be read without the
passphrase, a wrong one is one sentence, and protection can be removed again."""

import random
from datetime import datetime
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from salescoach.core.rotation import KeepPolicy
from salescoach.store import Store
from salescoach.store.errors import DatabaseProblem
from salescoach.store.safety import cipher
from salescoach.store.safety.backup import backup_file, backup_folder, list_backups, take_backup
from salescoach.store.safety.protection import copies, protect, readable, unprotect
from tests.helpers import add_contact
from tests.running import KILLS, kill_at_random, run

pytestmark = pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")
SECRET = "Needs a quiet ZEBRA oven"


def says_it(path: Path) -> bool:
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
    assert not says_it(mine)
    (backup,) = list_backups(mine, "correct horse")
    assert not says_it(backup.path) and backup.contacts == 1
    with pytest.raises(cipher.PassphraseNeeded, match="protected by a passphrase"):
        Store.open(mine)
    with pytest.raises(DatabaseProblem, match="does not open this database"):
        Store.open(mine, passphrase="wrong")
    with Store.open(mine, passphrase="correct horse") as store:
        assert not store.is_empty()
        made = take_backup(
            mine, datetime(2026, 11, 25, 9), KeepPolicy(), passphrase="correct horse"
        )
    assert not says_it(made)  # new backups are encrypted too


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
    assert backed.returncode == 0 and not says_it(Path(backed.stdout.strip()))


def test_a_text_file_is_still_not_a_database(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("just text " * 500)
    with pytest.raises(DatabaseProblem, match="not a SalesCoach database"):
        Store.open(junk)


def test_protect_and_unprotect_from_the_command_line(mine):
    done = run("protect", db=mine, SALESCOACH_NEW_PASSPHRASE="pass phrase")
    assert done.returncode == 0, done.stderr
    assert not says_it(mine)
    again = run("protect", db=mine, SALESCOACH_PASSPHRASE="pass phrase")
    assert again.returncode == 1 and "already protected" in again.stderr
    undone = run("unprotect", db=mine, SALESCOACH_PASSPHRASE="pass phrase")
    assert undone.returncode == 0, undone.stderr
    assert mine.read_bytes().startswith(b"SQLite format 3")


def everything_we_wrote(database: Path) -> list[Path]:
    """Every file beside the database and in its backup folder."""
    folders = (database.parent, backup_folder(database))
    return [path for folder in folders if folder.exists() for path in folder.iterdir()]


def plain_anywhere(database: Path) -> list[str]:
    return [p.name for p in everything_we_wrote(database) if p.is_file() and readable(p)]


def test_protect_takes_every_copy_we_kept_the_one_before_an_upgrade_included(mine):
    before = backup_folder(mine) / f"before-upgrade-{mine.name}"
    backup_file(mine, before)
    protect(mine, "correct horse")
    assert plain_anywhere(mine) == []
    unprotect(mine, "correct horse")
    assert readable(before)
    with Store.open(before) as store:  # readable again, with the rest
        assert not store.is_empty()


def test_a_plain_backup_restored_into_a_protected_database_keeps_it_protected(mine, tmp_path):
    plain_copy = tmp_path / "elsewhere" / "plain.sqlite3"
    backup_file(mine, plain_copy)
    protect(mine, "pass")
    result = run("restore", str(plain_copy), db=mine, SALESCOACH_PASSPHRASE="pass")
    assert result.returncode == 0, result.stderr
    assert not readable(mine)
    assert plain_anywhere(mine) == []
    with Store.open(mine, passphrase="pass") as store:
        assert not store.is_empty()


def test_restore_reads_a_protected_backup_with_the_passphrase_from_the_environment(mine, tmp_path):
    protect(mine, "pass")
    (backup,) = list_backups(mine, "pass")
    fresh = tmp_path / "new laptop" / "mine.sqlite3"
    refused = run("restore", str(backup.path), db=fresh)
    assert refused.returncode == 3 and "protected by a passphrase" in refused.stderr
    restored = run("restore", str(backup.path), db=fresh, SALESCOACH_PASSPHRASE="pass")
    assert restored.returncode == 0, restored.stderr
    assert not readable(fresh)  # a new database takes the backup's protection
    with Store.open(fresh, passphrase="pass") as store:
        assert not store.is_empty()


def test_protect_from_a_script_without_the_variables_says_which_to_set(mine):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "salescoach", "--db", str(mine), "protect"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "SALESCOACH_NEW_PASSPHRASE" in result.stderr
    assert "Traceback" not in result.stderr and "EOFError" not in result.stderr
    assert readable(mine)


KEY = "kill me softly"


def protect_and_unprotect_forever(path: Path, report: Connection) -> None:
    report.send("ready")
    while True:
        protect(path, KEY)
        report.send("protected")
        unprotect(path, KEY)
        report.send("plain")


def test_protect_and_unprotect_killed_at_any_moment_leave_nothing_readable(tmp_path):
    """After a kill, the next opening finishes the work: a protected database has no
    readable copy left anywhere we wrote; a plain one has no copy stuck encrypted."""
    folder = tmp_path / "data"
    database = folder / "mine.sqlite3"
    with Store.open(database, create=True) as store, store.session() as session:
        add_contact(session, "Marie Dupont", notes=SECRET)
    for day in (20, 21):
        take_backup(database, datetime(2026, 11, day, 9), KeepPolicy())
    backup_file(database, backup_folder(database) / f"before-upgrade-{database.name}")
    rng, protected_seen = random.Random(6), 0
    for _ in range(max(10, KILLS // 5)):
        kill_at_random(protect_and_unprotect_forever, database, rng, longest=1.5)
        if readable(database):
            assert all(readable(copy) for copy in copies(database))
            Store.open(database).close()
        else:
            protected_seen += 1
            Store.open(database, passphrase=KEY).close()  # the next opening tidies
            assert plain_anywhere(database) == []
            assert not any(
                b"ZEBRA" in p.read_bytes() for p in everything_we_wrote(database) if p.is_file()
            )
    assert protected_seen  # some kills left it protected
