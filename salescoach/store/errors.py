"""Database failures the rep can act on, told apart from our own bugs.

SQLite reports why it failed with a result code; we map the codes that come from the
environment (busy, full, read-only, corrupt, not a database) to one sentence each. Any other
database error is left alone so that it reaches the crash path as the bug it is.
"""

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import exc

from salescoach.core.errors import UserError


class DatabaseProblem(UserError):
    """The database cannot be used as it is; the message says what to do."""

    exit_code = 3


class NewerDatabase(DatabaseProblem):
    """The file was written by a newer SalesCoach; opening it could damage it."""


_BY_CODE: dict[int, str] = {
    sqlite3.SQLITE_BUSY: "db_busy",
    sqlite3.SQLITE_LOCKED: "db_locked",
    sqlite3.SQLITE_FULL: "disk_full",
    sqlite3.SQLITE_READONLY: "db_read_only",
    sqlite3.SQLITE_PERM: "db_no_permission",
    sqlite3.SQLITE_CANTOPEN: "db_cannot_open",
    sqlite3.SQLITE_CORRUPT: "db_damaged",
    sqlite3.SQLITE_NOTADB: "not_our_database",
    sqlite3.SQLITE_IOERR: "disk_error",
}


#: Below this much free space, a failed write is a full disk whatever SQLite reports.
NEARLY_FULL = 1_000_000


def problem_for(error: BaseException, folder: Path | None = None) -> DatabaseProblem | None:
    """The rep-facing problem behind a driver error, or None if it is a bug of ours. An I/O
    error where the disk has no room left says the disk is full."""
    orig = getattr(error, "orig", error)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is None:
        return None
    key = _BY_CODE.get(code & 0xFF)
    if key == "disk_error" and folder is not None and _free(folder) < NEARLY_FULL:
        key = "disk_full"
    return DatabaseProblem(key) if key else None


def _free(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return NEARLY_FULL


@contextmanager
def translated(folder: Path | None = None) -> Iterator[None]:
    """Re-raise environment failures as `DatabaseProblem`; let bugs through untouched."""
    try:
        yield
    except exc.DBAPIError as error:
        problem = problem_for(error, folder)
        if problem is None:
            raise
        raise problem from error
