"""Erasing a contact for good: nothing of what they said stays readable in the database
file, its WAL, or its backups; only a tombstone with their uid remains."""

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.rotation import KeepPolicy
from salescoach.store.safety.backup import backup_folder, take_backup
from salescoach.store.safety.privacy import erase_contact, erase_from_backups, scrub
from tests.helpers import add_activity, add_contact, add_opportunity

SECRET = "Wants the ZEBRA-7731 oven"


def readable_anywhere(folder: Path, text: str) -> list[Path]:
    needles = (text.encode(), text.lower().encode())
    return [
        path
        for path in folder.rglob("*")
        if path.is_file() and any(needle in path.read_bytes() for needle in needles)
    ]


def test_an_erased_contact_cannot_be_read_back_from_any_file(store, tmp_path):
    with store.session() as session:
        marie = add_contact(session, "Marie Secretive", notes=SECRET)
        deal = add_opportunity(session, marie, (Stage.SUSPECT, datetime(2026, 5, 1)))
        add_activity(
            session,
            marie,
            ActivityKind.VISIT,
            ActivityStatus.DONE,
            datetime(2026, 5, 2),
            deal,
            needs=SECRET,
        )
        add_contact(session, "Someone Else")
    take_backup(store.file, datetime(2026, 5, 3), KeepPolicy())
    assert readable_anywhere(store.file.parent, "ZEBRA-7731")
    assert readable_anywhere(backup_folder(store.file), "ZEBRA-7731")

    uid = store.apply(lambda session: erase_contact(session, marie)).result
    store.close()  # what the window does: the write queue holds the only connection
    scrub(store.file)
    assert erase_from_backups(store.file, uid) == 1

    assert readable_anywhere(store.file.parent, "ZEBRA-7731") == []
    assert readable_anywhere(backup_folder(store.file), "ZEBRA-7731") == []
    assert readable_anywhere(store.file.parent, "Marie Secretive") == []
    with closing(sqlite3.connect(store.file)) as connection:
        assert connection.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1
        tombstones = {row[0] for row in connection.execute("SELECT entity FROM tombstones")}
        assert tombstones == {"contacts", "opportunities", "stage_events", "activities"}
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_database_error_never_carries_what_was_being_written(store):
    import pytest
    from sqlalchemy import exc, text

    with pytest.raises(exc.IntegrityError) as raised, store.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO contacts (name, email, phone, role, source, is_customer, notes,"
                " uid, created_at, updated_at) VALUES (:name, '', '', '', 'nowhere', 0, :notes,"
                " 'u', '2026-01-01', '2026-01-01')"
            ),
            {"name": "Marie Private", "notes": SECRET},
        )
    logged = str(raised.value)
    assert "Marie Private" not in logged and "ZEBRA" not in logged
    assert "parameters hidden" in logged
