"""The database file itself: migrations, pragmas, and failures the rep can act on."""

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from salescoach.store import Store
from salescoach.store.errors import DatabaseProblem, NewerDatabase
from salescoach.store.migrate import head_revision
from salescoach.store.models import Base


def test_opening_an_empty_file_creates_the_schema(tmp_path):
    store = Store.open(tmp_path / "sub" / "new.sqlite3", create=True)
    tables = set(inspect(store.engine).get_table_names())
    assert {
        "accounts",
        "contacts",
        "opportunities",
        "stage_events",
        "activities",
        "tombstones",
        "alembic_version",
    } <= tables
    assert store.revision == head_revision()
    assert store.is_empty()
    assert store.integrity_problems() == []


def test_the_migrations_build_exactly_the_models(tmp_path):
    """A model changed without a migration would only fail on the rep's old database."""
    store = Store.open(tmp_path / "fresh.sqlite3", create=True)
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_indexes_for_the_funnel_and_lists_exist(store):
    names = {
        ix["name"]
        for table in ("activities", "stage_events")
        for ix in inspect(store.engine).get_indexes(table)
    }
    assert {
        "ix_activities_kind_status_at_covering",
        "ix_activities_status_at_covering",
        "ix_stage_events_stage_at",
    } <= names


def test_sqlite_pragmas_are_set(store):
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_reopening_is_idempotent(db_path):
    Store.open(db_path).close()
    assert Store.open(db_path).revision == head_revision()


def test_a_database_from_a_newer_version_is_refused(db_path):
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(NewerDatabase, match="newer version"):
        Store.open(db_path)


def test_a_file_that_is_not_a_database_gives_one_sentence(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(DatabaseProblem, match="not a SalesCoach database"):
        Store.open(path)


def test_an_unwritable_folder_gives_one_sentence(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseProblem):
        Store.open(blocker / "db.sqlite3", create=True)
