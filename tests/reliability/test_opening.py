"""Damaged, foreign and unreachable databases: one sentence, a documented exit code, and the
file exactly as it was (never switched to WAL, never given our schema, never written)."""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from salescoach.store import Store
from salescoach.store.errors import DatabaseProblem
from salescoach.store.migrate import known_revisions
from salescoach.store.safety.opening import State, inspect
from tests.running import run

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + b"\x00" * 200


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def other_application(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT)")
        connection.execute("INSERT INTO photos (caption) VALUES ('holiday')")
    return path


def scribbled(path: Path, demo_db: Path) -> Path:
    """A SalesCoach database with a few kilobytes of garbage over its tables' pages."""
    data = bytearray(demo_db.read_bytes())
    for page in range(2, min(12, len(data) // 4096)):
        data[page * 4096 : page * 4096 + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    return path


def truncated(path: Path, demo_db: Path) -> Path:
    data = demo_db.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def holding(data: bytes):
    def make(path: Path, _demo_db: Path) -> Path:
        path.write_bytes(data)
        return path

    return make


CASES = {
    "an empty file": (holding(b""), "is an empty file", 3),
    "a text file": (holding(b"Dear diary"), "is not a SalesCoach", 3),
    "an image": (holding(PNG), "is not a SalesCoach", 3),
    "another application's database": (
        lambda p, _d: other_application(p),
        "belongs to another application",
        3,
    ),
    "a scribbled database": (scribbled, "is damaged; restore it from a backup", 3),
    "a truncated database": (truncated, "is damaged; restore it from a backup", 3),
}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("opening") / "demo.sqlite3"
    assert run("demo", "--contacts", "40", "--activities", "300", db=path).returncode == 0
    with sqlite3.connect(path) as connection:  # one self-contained file to copy
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("command", [["funnel"], ["tips"], ["import", "{json}"], ["backup"]])
def test_a_bad_file_is_one_sentence_and_left_as_it_was(tmp_path, demo_db, case, command):
    make, sentence, code = CASES[case]
    path = make(tmp_path / "given.sqlite3", demo_db)
    before = fingerprint(path)
    good_json = tmp_path / "good.json"
    good_json.write_text('{"format": "salescoach", "version": 1}')
    args = [part.replace("{json}", str(good_json)) for part in command]
    result = run(*args, db=path)
    assert result.returncode == code, result
    assert len(result.stderr.strip().splitlines()) == 1
    assert sentence in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert fingerprint(path) == before
    assert not Path(f"{path}-wal").exists()


def test_check_describes_a_damaged_database_without_changing_it(tmp_path, demo_db):
    path = scribbled(tmp_path / "damaged.sqlite3", demo_db)
    before = fingerprint(path)
    result = run("check", db=path)
    assert result.returncode == 3
    assert "Integrity: damaged" in result.stdout
    assert fingerprint(path) == before


def test_a_folder_a_missing_file_and_a_newer_schema(tmp_path, demo_db):
    folder = run("funnel", db=tmp_path)
    assert folder.returncode == 3 and "is a folder, not a database file" in folder.stderr
    missing = tmp_path / "typo" / "dbb.sqlite3"
    for command in (["check"], ["funnel"], ["export", str(tmp_path / "out.json")]):
        result = run(*command, db=missing)
        assert result.returncode == 3
        assert result.stderr.strip() == (
            f"salescoach: There is no database at {missing}: check the path, or add --create "
            "to start a new one there."
        )
    assert not missing.parent.exists()  # no folder, no empty database created
    assert not (tmp_path / "out.json").exists()
    assert run("--create", "funnel", db=missing).returncode == 0
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(demo_db.read_bytes())
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = fingerprint(newer)
    result = run("import", str(tmp_path / "x.json"), db=newer)
    assert result.returncode == 3 and "written by a newer version" in result.stderr
    assert fingerprint(newer) == before


def test_a_database_locked_by_another_program_is_said_not_waited_on_for_ever(tmp_path, demo_db):
    path = tmp_path / "locked.sqlite3"
    path.write_bytes(demo_db.read_bytes())
    other = sqlite3.connect(path)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        result = run("funnel", db=path)
    finally:
        other.rollback()
        other.close()
    assert result.returncode == 3
    assert "busy in another program" in result.stderr or "locked" in result.stderr


def test_read_only_media_open_read_only_and_still_give_figures(tmp_path, demo_db, monkeypatch):
    path = tmp_path / "cd.sqlite3"
    path.write_bytes(demo_db.read_bytes())
    before = fingerprint(path)
    real_access = __import__("os").access
    monkeypatch.setattr(
        "salescoach.store.safety.opening.os.access",
        lambda p, mode: False if mode & 2 and Path(p) in (path, tmp_path) else real_access(p, mode),
    )
    seen = inspect(path, known_revisions())
    assert (seen.state, seen.read_only) == (State.OURS, True)
    with Store.open(path) as store:
        assert store.read_only
        with pytest.raises(DatabaseProblem, match="read-only"), store.session() as session:
            from tests.helpers import add_contact

            add_contact(session)
    assert run("funnel", "--json", db=path).returncode == 0
    exported = tmp_path / "out" / "export.json"
    exported.parent.mkdir()
    assert run("export", str(exported), db=path).returncode == 0
    assert exported.stat().st_size > 1000
    assert fingerprint(path) == before


def test_a_file_found_sound_is_checked_again_once_anything_changed_it(tmp_path, demo_db):
    """The note that spares an unchanged file its page-by-page check never hides damage
    done after it: any change to the file makes the next opening check every page."""
    path = tmp_path / "noted.sqlite3"
    path.write_bytes(demo_db.read_bytes())
    assert run("funnel", db=path).returncode == 0  # checked, found sound, noted
    assert run("funnel", db=path).returncode == 0  # unchanged: the note is enough
    scribbled(path, path)  # damaged in place, same size
    result = run("funnel", db=path)
    assert result.returncode == 3
    assert "is damaged; restore it from a backup" in result.stderr


def test_our_own_writes_keep_the_file_noted_sound_and_anyone_elses_do_not(tmp_path, demo_db):
    """A command after one that wrote needs no page-by-page check (SQLite writes its pages
    whole); a write by another program in between makes the next opening check again, and
    damage after our last write is still caught."""
    from salescoach.store.safety.known_sound import unchanged_since_checked
    from tests.helpers import add_contact

    path = tmp_path / "ours.sqlite3"
    path.write_bytes(demo_db.read_bytes())
    assert run("--lang", "en", "tips", db=path).returncode == 0  # checked and noted
    with Store.open(path) as store:
        store.apply(lambda session: add_contact(session, "Written by us"))
        assert unchanged_since_checked(path)  # noted again after our commit
    assert unchanged_since_checked(path)  # and after the WAL was folded in on closing
    with Store.open(path) as store:
        with sqlite3.connect(path) as other:  # another program writes meanwhile
            other.execute("UPDATE contacts SET name = 'Changed elsewhere' WHERE id = 1")
        store.apply(lambda session: add_contact(session, "Written after it"))
    assert not unchanged_since_checked(path)  # the next opening checks every page
    assert run("funnel", db=path).returncode == 0  # ... finds it sound, and notes it
    assert unchanged_since_checked(path)
    scribbled(path, path)  # damaged in place after our last write
    result = run("funnel", db=path)
    assert result.returncode == 3 and "is damaged" in result.stderr
