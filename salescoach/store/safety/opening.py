"""Looking at a database file before using it, without changing a byte of it.

A path given by the rep may be mistyped, a folder, an empty or a text file, another
application's SQLite file, a damaged or truncated database, one written by a newer
SalesCoach, or sit on read-only media. Each is recognised here through a read-only
connection, so SalesCoach writes only into files it can vouch for.
"""

import os
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from salescoach.store.errors import DatabaseProblem, NewerDatabase
from salescoach.store.safety import cipher
from salescoach.store.safety import known_sound as checked

SQLITE_HEADER = b"SQLite format 3\x00"
#: Tables only a SalesCoach database has: another application's file lacks them.
OUR_TABLES = {"contacts", "opportunities", "stage_events", "activities", "alembic_version"}


class State(Enum):
    MISSING = "missing"  # no file: a new database may be created there
    BLANK = "blank"  # a SQLite database with no tables yet: ours to set up
    OURS = "ours"
    DAMAGED = "damaged"  # ours, but its integrity check fails


@dataclass(frozen=True, slots=True)
class Inspection:
    path: Path
    state: State
    revision: str | None = None
    #: The file, or its folder (which SQLite needs for its journal), cannot be written.
    read_only: bool = False
    problems: tuple[str, ...] = ()
    #: Opened with the passphrase given (a SQLCipher database).
    encrypted: bool = False


def read_only_uri(path: Path, immutable: bool = False) -> str:
    """A URI that opens the file without any chance of writing to it."""
    flag = "immutable=1" if immutable else "mode=ro"
    return f"file:{path.as_posix()}?{flag}"


def inspect(path: Path, known: Collection[str], passphrase: str | None = None) -> Inspection:
    """What the file at `path` is; `known` holds this SalesCoach's schema revisions.

    Raises `DatabaseProblem` for what can never be opened (a folder, an empty or foreign
    file, a newer schema); reports a damaged database as such, so `check` can describe it."""
    if path.is_dir():
        raise DatabaseProblem("db_is_folder", path=path)
    if not path.exists():
        return Inspection(path, State.MISSING, read_only=not _writable(path.parent))
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseProblem("db_unreadable", path=path, reason=error.strerror) from None
    if not header:
        raise DatabaseProblem("db_empty_file", path=path)
    key = None
    if header != SQLITE_HEADER:
        if passphrase is None:
            if cipher.maybe_encrypted(path, header):
                raise cipher.PassphraseNeeded("passphrase_needed", path=path)
            raise DatabaseProblem("not_our_database")
        key = passphrase
    read_only = not (os.access(path, os.W_OK) and _writable(path.parent))
    try:
        return _look_inside(path, known, read_only, key)
    except sqlite3.DatabaseError as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code == sqlite3.SQLITE_BUSY or code == sqlite3.SQLITE_LOCKED:
            raise DatabaseProblem("db_busy") from None
        if code == sqlite3.SQLITE_NOTADB:
            raise DatabaseProblem("not_our_database") from None
        return Inspection(path, State.DAMAGED, read_only=read_only, problems=(str(error),))


def _look_inside(
    path: Path, known: Collection[str], read_only: bool, key: str | None
) -> Inspection:
    connection = connect_read_only(path, key)
    try:
        connection.execute("PRAGMA busy_timeout = 5000")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if not tables:
            return Inspection(path, State.BLANK, read_only=read_only, encrypted=key is not None)
        if not tables >= OUR_TABLES:
            raise DatabaseProblem("foreign_database", path=path)
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = revision[0] if revision else None
        if revision not in known:
            raise NewerDatabase("newer_database")
        problems: tuple[str, ...] = ()
        if not checked.unchanged_since_checked(path):
            problems = tuple(
                row[0] for row in connection.execute("PRAGMA quick_check") if row[0] != "ok"
            )
            if not problems:
                checked.note_sound(path)
        state = State.DAMAGED if problems else State.OURS
        return Inspection(path, state, revision, read_only, problems, key is not None)
    finally:
        connection.close()


def connect_read_only(path: Path, key: str | None = None) -> sqlite3.Connection:
    """Read-only, and without leaving a file behind: with no WAL beside it, the database is
    all in its one file and is read as immutable (SQLite then creates no -wal or -shm, even
    for a WAL database, and reads read-only media); with a WAL, it is read with it."""
    shared = {"timeout": 5, "check_same_thread": False}  # an engine's pool may share it
    if not Path(f"{path}-wal").exists():
        return cipher.connect(path, key, uri=read_only_uri(path, immutable=True), **shared)
    try:
        connection = cipher.connect(path, key, uri=read_only_uri(path), **shared)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.OperationalError as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code != sqlite3.SQLITE_CANTOPEN:
            raise
        return cipher.connect(path, key, uri=read_only_uri(path, immutable=True), **shared)


def _writable(folder: Path) -> bool:
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    return os.access(existing, os.W_OK | os.X_OK)
