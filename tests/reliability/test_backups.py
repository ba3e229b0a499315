"""Backups through SQLite's online backup API, rotated only once verified; restores that
back up first, check the file, bring an old schema up to date and swap in one rename."""

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from salescoach.core.rotation import KeepPolicy
from salescoach.store import Store
from salescoach.store.migrate import _config, head_revision
from salescoach.store.preferences import save_backup_policy
from salescoach.store.safety.backup import backup_folder, list_backups
from tests.helpers import add_contact
from tests.running import run


def counts(path: Path) -> tuple[int, int]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return (
            connection.execute("SELECT count(*) FROM contacts").fetchone()[0],
            connection.execute("SELECT count(*) FROM activities").fetchone()[0],
        )


@pytest.fixture
def demo(tmp_path) -> Path:
    path = tmp_path / "mine.sqlite3"
    assert run("demo", "--contacts", "30", "--activities", "200", db=path).returncode == 0
    return path


def test_a_backup_is_a_sound_self_contained_copy(demo):
    result = run("backup", db=demo)
    assert result.returncode == 0, result.stderr
    made = Path(result.stdout.strip())
    assert made.parent == backup_folder(demo)
    assert made.name.startswith("mine-2026-11-23-")
    assert counts(made) == counts(demo)
    with sqlite3.connect(made) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    (info,) = list_backups(demo)
    assert (info.path, info.contacts, info.activities) == (made, *counts(demo))
    assert info.opportunities > 0


def test_backups_a_rep_makes_one_after_the_other_are_all_kept(demo, tmp_path):
    """`import x.json; backup; backup; backup`: each path printed still exists when the
    commands return, even within one second, and its name says the second it was taken."""
    document = tmp_path / "more.json"
    document.write_text('{"format": "salescoach", "version": 1, "contacts": []}')
    assert run("import", str(document), db=demo).returncode == 0
    made = []
    for _ in range(3):
        result = run("backup", db=demo)
        assert result.returncode == 0, result.stderr
        made.append(Path(result.stdout.strip()))
    assert len(set(made)) == 3
    assert all(path.exists() for path in made)
    assert len(list_backups(demo)) == 4  # the import's own, and the three


def test_a_backup_into_a_chosen_file(demo, tmp_path):
    target = tmp_path / "usb" / "copy.sqlite3"
    result = run("backup", str(target), db=demo)
    assert result.stdout.strip() == str(target)
    assert counts(target) == counts(demo)


def test_backups_rotate_by_day_week_and_month(demo):
    with Store.open(demo) as store, store.session() as session:
        save_backup_policy(session, KeepPolicy(daily=3, weekly=2, monthly=2))
    first = date(2026, 9, 1)
    for day in range(80):
        today = (first + timedelta(days=day)).isoformat()
        assert run("--today", today, "backup", db=demo).returncode == 0
    taken = sorted(info.taken.date() for info in list_backups(demo))
    last = first + timedelta(days=79)
    assert taken[-3:] == [last - timedelta(days=2), last - timedelta(days=1), last]
    assert len(taken) <= 3 + 2 + 2
    assert {d.month for d in taken} >= {10, 11}


def test_a_backup_taken_while_another_program_writes_is_consistent(demo):
    writer = sqlite3.connect(demo)
    writer.execute("PRAGMA journal_mode = WAL")
    for n in range(50):
        writer.execute(
            "INSERT INTO contacts (name, email, phone, role, source, is_customer, notes, uid,"
            " created_at, updated_at, search_key) VALUES (?, '', '', '', 'other', 0, '', ?,"
            " '2026-01-01', '2026-01-01', '')",
            (f"Writer {n}", f"writer-{n}"),
        )
        if n == 25:
            made = Path(run("backup", db=demo).stdout.strip())
    writer.commit()
    writer.close()
    with sqlite3.connect(made) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert counts(made)[0] == 30  # the uncommitted rows are not in it: a consistent copy


def test_restore_backs_up_first_and_swaps_in_the_backup(demo):
    made = Path(run("backup", db=demo).stdout.strip())
    with Store.open(demo) as store, store.session() as session:
        add_contact(session, "Added after the backup")
    assert counts(demo)[0] == 31
    result = run("restore", str(made), db=demo)
    assert result.returncode == 0, result.stderr
    assert counts(demo)[0] == 30
    safety = Path(
        result.stdout.splitlines()[-1].removeprefix("The database as it was is kept in ")[:-1]
    )
    assert counts(safety)[0] == 31
    assert "Integrity: ok\n" in run("check", db=demo).stdout


@pytest.mark.parametrize("bad", ["text", "damaged", "missing"])
def test_a_file_that_is_not_a_sound_backup_is_refused_and_nothing_changes(demo, tmp_path, bad):
    chosen = tmp_path / "chosen.sqlite3"
    if bad == "text":
        chosen.write_text("not a backup")
    elif bad == "damaged":
        data = bytearray(demo.read_bytes())
        data[2 * 4096 : 2 * 4096 + 64] = b"\xff" * 64
        chosen.write_bytes(bytes(data))
    before = counts(demo)
    result = run("restore", str(chosen), db=demo)
    assert result.returncode == 3
    assert len(result.stderr.strip().splitlines()) == 1
    assert counts(demo) == before
    assert list_backups(demo) == []  # refused before anything was done
    assert not list(demo.parent.glob(".mine.sqlite3.*"))


def test_restoring_a_backup_from_an_older_schema_brings_it_up_to_date(demo, tmp_path):
    old = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{old}")
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        connection.exec_driver_sql(
            "INSERT INTO contacts (name, email, phone, role, source, is_customer, notes, uid,"
            " created_at, updated_at) VALUES ('Old Friend', '', '', '', 'other', 0, '', 'u1',"
            " '2025-01-01', '2025-01-01')"
        )
    engine.dispose()
    assert run("restore", str(old), db=demo).returncode == 0
    found = run("funnel", "--json", db=demo)
    assert found.returncode == 0
    assert counts(demo)[0] == 1
    assert head_revision() in run("check", db=demo).stdout


def test_an_import_from_the_command_line_is_backed_up_at_once(demo, tmp_path):
    document = tmp_path / "more.json"
    document.write_text(
        '{"format": "salescoach", "version": 1, "contacts": [{"id": "x", "name": "New"}]}'
    )
    assert run("import", str(document), db=demo).returncode == 0
    (latest, *_older) = list_backups(demo)
    assert latest.contacts == 31
