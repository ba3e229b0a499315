"""Crash safety, proven: a process saving through the app's own store is killed (SIGKILL)
at random moments; after every kill the database opens, passes SQLite's integrity check,
and holds every save the process had reported committed. The same for imports (all or
nothing) and for backups in progress.

KILLS kills per scenario in `make test` (at least 50); `make soak` runs 500.
"""

import json
import random
import sqlite3
from contextlib import closing
from datetime import datetime
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.core.records import ActivityFields, ContactFields
from salescoach.core.rotation import KeepPolicy
from salescoach.interchange.files import import_file
from salescoach.store import Store
from salescoach.store.records.activities import save_activity
from salescoach.store.records.contacts import save_contact
from salescoach.store.safety.backup import backup_folder, take_backup
from tests.running import KILLS, kill_at_random, sound


def save_forever(path: Path, report: Connection) -> None:
    with Store.open(path) as store:
        contact = store.apply(lambda s: save_contact(s, ContactFields("Writer"))).result
        report.send(("contact", contact))
        while True:
            fields = ActivityFields(
                ActivityKind.CALL, ActivityStatus.DONE, datetime(2026, 11, 23, 9), contact
            )
            saved = store.apply(lambda s, f=fields: save_activity(s, f)).result
            report.send(("activity", saved))


def test_saves_survive_being_killed(tmp_path):
    path = tmp_path / "saves.sqlite3"
    Store.open(path, create=True).close()
    rng, verified = random.Random(1), 0
    for _ in range(KILLS):
        reported = kill_at_random(save_forever, path, rng)
        assert sound(path)
        with Store.open(path) as store, store.reader() as session:
            ids = {row[0] for row in session.execute(sqlite_text("SELECT id FROM activities"))}
        saved = {number for kind, number in reported if kind == "activity"}
        assert saved <= ids
        verified += len(saved)
    assert verified > KILLS  # the kills landed while saves were committing
    print(f"{KILLS} kills while saving: {verified} reported saves all found")


def import_forever(path: Path, report: Connection) -> None:
    document = path.with_suffix(".json")
    with Store.open(path) as store:
        report.send("ready")
        while True:
            summary = import_file(store, document).result
            report.send(summary.activities)


def test_imports_are_all_or_nothing_when_killed(tmp_path):
    path = tmp_path / "imports.sqlite3"
    Store.open(path, create=True).close()
    activities = [
        {"id": f"a{n}", "contact": "c1", "kind": "call", "status": "done", "at": "2026-11-02T10:00"}
        for n in range(3000)
    ]
    document = {
        "format": "salescoach",
        "version": 1,
        "contacts": [{"id": "c1", "name": "Imported"}],
        "activities": activities,
    }
    path.with_suffix(".json").write_text(json.dumps(document))
    rng = random.Random(2)
    for _ in range(KILLS):
        kill_at_random(import_forever, path, rng)
        assert sound(path)
        with closing(sqlite3.connect(path)) as connection:
            count = connection.execute("SELECT count(*) FROM activities").fetchone()[0]
        assert count % 3000 == 0  # no half import: new ids each time, so 0, 3000, 6000...


def back_up_forever(path: Path, report: Connection) -> None:
    day = datetime(2026, 1, 1)
    report.send("ready")
    while True:
        made = take_backup(path, day, KeepPolicy(daily=3, weekly=0, monthly=0))
        report.send(str(made))
        day = day.replace(minute=(day.minute + 1) % 60)


@pytest.mark.parametrize("kills", [max(10, KILLS // 5)])
def test_backups_killed_midway_leave_only_sound_backups(tmp_path, kills):
    path = tmp_path / "backed.sqlite3"
    with Store.open(path, create=True) as store, store.session() as session:
        for n in range(300):
            save_contact(session, ContactFields(f"Contact {n}", notes="x" * 2000))
    rng = random.Random(3)
    for _ in range(kills):
        kill_at_random(back_up_forever, path, rng)
        assert sound(path)
        for backup in backup_folder(path).glob("*.sqlite3"):
            assert sound(backup), backup


def sqlite_text(sql: str):
    from sqlalchemy import text

    return text(sql)
