"""Encryption at rest with SQLCipher, for reps who want their notes unreadable if the laptop
is stolen. Optional: `pip install salescoach[encryption]` brings sqlcipher3; without it the
option is simply not offered.

Every raw connection to a database file goes through `connect`, so the engine, the
inspection before opening, backups and scrubbing all speak to an encrypted file with its
key, and to a plain one as SQLite does.
"""

import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

from salescoach.store.errors import DatabaseProblem


@cache
def _sqlcipher() -> Any:
    """The sqlcipher3 module, or None without it; imported when a file needs it, so that
    opening a plain database (every command, the window) does not load it."""
    try:  # pragma: no cover - which branch runs depends on the installation
        import sqlcipher3
    except ImportError:  # pragma: no cover
        return None
    return sqlcipher3


class PassphraseNeeded(DatabaseProblem):
    """The file looks like an encrypted database: a passphrase is needed to open it."""


def available() -> bool:
    return _sqlcipher() is not None


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def connect(
    path: Path, passphrase: str | None = None, uri: str | None = None, **options: Any
) -> sqlite3.Connection:
    """A DB-API connection to `path` (or to `uri`, for read-only access), with the key set
    before anything else is read when a passphrase is given. SQLCipher's connections are
    typed as SQLite's: sqlcipher3 is the sqlite3 module built against SQLCipher, with the
    same classes and methods."""
    target, is_uri = (uri, True) if uri is not None else (str(path), False)
    if passphrase is None:
        plain: sqlite3.Connection = sqlite3.connect(target, uri=is_uri, **options)
        return plain
    sqlcipher3 = _sqlcipher()
    if sqlcipher3 is None:
        raise DatabaseProblem("encryption_unavailable")
    connection: sqlite3.Connection = sqlcipher3.connect(target, uri=is_uri, **options)
    try:
        connection.execute(f"PRAGMA key = {_quoted(passphrase)}")
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        connection.close()
        raise DatabaseProblem("wrong_passphrase") from None
    return connection


def maybe_encrypted(path: Path, header: bytes) -> bool:
    """An encrypted database starts with a random salt and is whole pages long; a text or an
    image file is not. Only worth asking a passphrase for when SQLCipher is here."""
    size = path.stat().st_size
    printable = all(32 <= byte < 127 or byte in (9, 10, 13) for byte in header)
    return available() and size >= 1024 and size % 512 == 0 and not printable


def export(source: Path, target: Path, source_key: str | None, target_key: str | None) -> None:
    """Copy the database into a new file, encrypted with `target_key` or plain (None)."""
    sqlcipher3 = _sqlcipher()
    if sqlcipher3 is None:
        raise DatabaseProblem("encryption_unavailable")
    connection = sqlcipher3.connect(str(source))
    try:
        if source_key is not None:
            connection.execute(f"PRAGMA key = {_quoted(source_key)}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        key = _quoted(target_key or "")
        connection.execute(f"ATTACH DATABASE ? AS converted KEY {key}", (str(target),))
        connection.execute("SELECT sqlcipher_export('converted')")
        connection.execute("DETACH DATABASE converted")
    except sqlcipher3.DatabaseError:
        target.unlink(missing_ok=True)
        raise DatabaseProblem("wrong_passphrase") from None
    finally:
        connection.close()
