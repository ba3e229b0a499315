"""Protecting a database with a passphrase, and removing it: the file is converted in place,
and so is every copy of it we keep (the rotating backups, the copy kept before an upgrade
or a restore), which always follow the database: an encrypted database never keeps
readable copies beside it.

Every connection to the database must be closed: each converted file replaces its original
in one rename, after it was opened with its new key and checked. A kill can stop the work
at any moment, so the order is chosen for the next opening to finish it (`tidy`): protecting
converts the database first, then its copies; removing the passphrase converts the copies
first and the database last. Whenever an encrypted database is opened, any readable copy
or half-converted file left beside it is encrypted or removed.
"""

from pathlib import Path

from salescoach.store.errors import DatabaseProblem
from salescoach.store.safety.backup import backup_folder, convert_copy, swap_in
from salescoach.store.safety.opening import SQLITE_HEADER

#: What a conversion, a restore or a backup writes beside a file before it takes its place.
_UNFINISHED = (".converting", ".restoring", ".partial")


def protect(database: Path, passphrase: str) -> None:
    """Encrypt the database, then every copy of it, with `passphrase`."""
    if readable(database):
        _convert(database, None, passphrase)
    tidy(database, passphrase)


def unprotect(database: Path, passphrase: str) -> None:
    """Remove the passphrase from the copies of the database, then from the database."""
    _remove_unfinished(database)
    for copy in copies(database):
        if not readable(copy):
            _convert(copy, passphrase, None)
    if not readable(database):
        _convert(database, passphrase, None)


def tidy(database: Path, passphrase: str) -> None:
    """Beside a database encrypted with `passphrase`: encrypt any readable copy (a protect
    killed half-way, a plain backup restored), and remove what a killed conversion left."""
    _remove_unfinished(database)
    for copy in copies(database):
        if readable(copy):
            try:
                _convert(copy, None, passphrase)
            except DatabaseProblem:
                continue  # a damaged copy SQLite cannot read whole stays as it was


def copies(database: Path) -> list[Path]:
    """Every copy of the database we keep: in its backup folder, whatever their names."""
    return sorted(backup_folder(database).glob("*.sqlite3"))


def readable(path: Path) -> bool:
    """Whether the file is a plain SQLite database anyone can read."""
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _remove_unfinished(database: Path) -> None:
    """What a killed conversion, restore or backup of this database left behind."""
    beside = [database.with_name(f".{database.name}{end}") for end in _UNFINISHED]
    folder = backup_folder(database)
    inside = [p for p in folder.glob(".*") if p.name.endswith(_UNFINISHED)]
    for path in (*beside, *inside):
        path.unlink(missing_ok=True)


def _convert(path: Path, old: str | None, new: str | None) -> None:
    converted = path.with_name(f".{path.name}.converting")
    converted.unlink(missing_ok=True)
    convert_copy(path, converted, old, new)
    try:
        swap_in(converted, path, old)
    except BaseException:
        converted.unlink(missing_ok=True)
        raise
