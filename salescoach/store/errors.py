"""Database failures the rep can act on, told apart from our own bugs.

SQLite reports why it failed with a result code; we map the codes that come from the
environment (busy, full, read-only, corrupt, not a database) to one sentence each. Any other
database error is left alone so that it reaches the crash path as the bug it is.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc

from salescoach.core.errors import UserError


class DatabaseProblem(UserError):
    """The database cannot be used as it is; the message says what to do."""

    exit_code = 3


class NewerDatabase(DatabaseProblem):
    """The file was written by a newer SalesCoach; opening it could damage it."""


_BY_CODE: dict[int, str] = {
    sqlite3.SQLITE_BUSY: "The database is busy in another program; close it and try again.",
    sqlite3.SQLITE_LOCKED: "The database is locked by another program; close it and try again.",
    sqlite3.SQLITE_FULL: "The disk is full; free some space and try again.",
    sqlite3.SQLITE_READONLY: "The database file is read-only; check its permissions.",
    sqlite3.SQLITE_PERM: "SalesCoach is not allowed to write the database file.",
    sqlite3.SQLITE_CANTOPEN: "The database file cannot be opened; check the path and folder.",
    sqlite3.SQLITE_CORRUPT: "The database file is damaged; restore it from a backup.",
    sqlite3.SQLITE_NOTADB: "That file is not a SalesCoach database.",
    sqlite3.SQLITE_IOERR: "The disk could not be read or written; check the drive.",
}


def problem_for(error: BaseException) -> DatabaseProblem | None:
    """The rep-facing problem behind a driver error, or None if it is a bug of ours."""
    orig = getattr(error, "orig", error)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is None:
        return None
    message = _BY_CODE.get(code & 0xFF)
    return DatabaseProblem(message) if message else None


@contextmanager
def translated() -> Iterator[None]:
    """Re-raise environment failures as `DatabaseProblem`; let bugs through untouched."""
    try:
        yield
    except exc.DBAPIError as error:
        problem = problem_for(error)
        if problem is None:
            raise
        raise problem from error
