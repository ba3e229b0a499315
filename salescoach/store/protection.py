"""Protecting a database with a passphrase, and removing it: the file is converted in place,
and so are its backups, which always follow the database (an encrypted database never keeps
readable copies beside it).

Every connection to the database must be closed: the converted file replaces it in one
rename, after it was opened with its new key and checked.
"""

import os
from pathlib import Path

from salescoach.store import cipher
from salescoach.store.backup import backup_folder, swap_in
from salescoach.store.errors import DatabaseProblem


def protect(database: Path, passphrase: str) -> None:
    """Encrypt the database and its backups with `passphrase`."""
    _convert(database, None, passphrase)
    for backup in _backups(database):
        _convert(backup, None, passphrase)


def unprotect(database: Path, passphrase: str) -> None:
    """Remove the passphrase from the database and its backups."""
    _convert(database, passphrase, None)
    for backup in _backups(database):
        _convert(backup, passphrase, None)


def _backups(database: Path) -> list[Path]:
    return sorted(backup_folder(database).glob(f"{database.stem}-*.sqlite3"))


def _convert(path: Path, old: str | None, new: str | None) -> None:
    converted = path.with_name(f".{path.name}.converting")
    converted.unlink(missing_ok=True)
    try:
        cipher.export(path, converted, old, new)
        check = cipher.connect(converted, new)
        try:
            if [row[0] for row in check.execute("PRAGMA integrity_check")] != ["ok"]:
                raise DatabaseProblem("backup_unsound")
        finally:
            check.close()
        with converted.open("rb") as file:
            os.fsync(file.fileno())
        swap_in(converted, path, old)
    except BaseException:
        converted.unlink(missing_ok=True)
        raise
