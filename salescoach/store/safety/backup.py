"""Backups and restores of a SQLite database, through SQLite's online backup API.

A backup is never a file copy of a live database: SQLite copies the pages itself, under a
read transaction, into a new file beside the destination; the copy's integrity is checked
before it takes its name, and only then are older backups rotated out. A restore first backs
up the current database, checks the chosen file (ours, a known schema, sound), brings an
older schema up to date on a copy, and swaps the files in one rename.
"""

import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from salescoach.core.rotation import KeepPolicy, to_keep
from salescoach.store.errors import DatabaseProblem
from salescoach.store.location import data_dir
from salescoach.store.safety import cipher
from salescoach.store.safety.opening import State, inspect, read_only_uri

Progress = Callable[[float], None]
STAMP = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})\.sqlite3$")
#: Pages copied per step: small enough to report progress and let writers through.
STEP_PAGES = 2048


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken: datetime
    contacts: int
    opportunities: int
    activities: int


def backup_folder(database: Path) -> Path:
    """Where the backups of `database` go: the user data folder, one folder per database."""
    return data_dir() / "backups" / database.stem


def backup_name(database: Path, moment: datetime) -> str:
    return f"{database.stem}-{moment.strftime(STAMP)}.sqlite3"


def backup_file(
    source: Path,
    target: Path,
    progress: Progress | None = None,
    passphrase: str | None = None,
) -> Path:
    """Copy the database at `source` into `target` (a new file) and check the copy; an
    encrypted database's copy is encrypted with the same passphrase."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob(".*.partial"):  # left by a backup that was killed
        stale.unlink(missing_ok=True)
    temporary = target.with_name(f".{target.name}.partial")
    try:
        _copy(source, temporary, progress, passphrase)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)
    return target


def _copy(
    source: Path, target: Path, progress: Progress | None, passphrase: str | None = None
) -> None:
    reader = cipher.connect(source, passphrase, uri=read_only_uri(source), timeout=10)
    writer = cipher.connect(target, passphrase)
    try:

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None and total:
                progress(1 - remaining / total)

        reader.backup(writer, pages=STEP_PAGES, progress=step)
        writer.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        problems = [row[0] for row in writer.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise DatabaseProblem("backup_unsound")
        writer.commit()
    except sqlite3.DatabaseError as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code == sqlite3.SQLITE_FULL:
            raise DatabaseProblem("disk_full") from None
        raise DatabaseProblem("backup_failed", reason=str(error)) from None
    finally:
        writer.close()
        reader.close()
    with target.open("rb") as file:
        os.fsync(file.fileno())


def convert_copy(source: Path, target: Path, old: str | None, new: str | None) -> None:
    """Copy the database at `source` (read with `old`) into `target`, encrypted with `new`
    (None: plain), and check the copy; SQLite's backup API cannot change a file's key."""
    try:
        cipher.export(source, target, old, new)
        check = cipher.connect(target, new)
        try:
            if [row[0] for row in check.execute("PRAGMA integrity_check")] != ["ok"]:
                raise DatabaseProblem("backup_unsound")
        finally:
            check.close()
        with target.open("rb") as file:
            os.fsync(file.fileno())
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    """The new name itself must survive a power cut."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def take_backup(
    database: Path,
    now: datetime,
    policy: KeepPolicy,
    progress: Progress | None = None,
    passphrase: str | None = None,
) -> Path:
    """A rotating backup of `database` taken at `now` (to the second: it names the file): a
    new verified copy, then older ones rotated out, never this one."""
    folder = backup_folder(database)
    moment = now
    target = folder / backup_name(database, moment)
    while target.exists():  # two backups in the same second: both kept
        moment += timedelta(seconds=1)
        target = folder / backup_name(database, moment)
    made = backup_file(database, target, progress, passphrase)
    rotate(folder, database.stem, policy, now, made)
    return made


def rotate(
    folder: Path, stem: str, policy: KeepPolicy, now: datetime, made: Path | None = None
) -> list[Path]:
    """Delete the backups the policy no longer keeps at `now`, never `made` (the backup
    just taken); returns those deleted."""
    found = _stamped(folder, stem)
    keep = to_keep(found, policy, now)
    gone = [path for moment, path in found.items() if moment not in keep and path != made]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


def _stamped(folder: Path, stem: str) -> dict[datetime, Path]:
    found: dict[datetime, Path] = {}
    for path in folder.glob(f"{stem}-*.sqlite3"):
        match = _NAME.match(path.name)
        if match and match["stem"] == stem:
            found[datetime.strptime(match["stamp"], STAMP)] = path
    return found


def latest_backup(database: Path) -> datetime | None:
    found = _stamped(backup_folder(database), database.stem)
    return max(found) if found else None


def list_backups(database: Path, passphrase: str | None = None) -> list[BackupInfo]:
    """The backups of `database`, newest first, with what each holds."""
    found = _stamped(backup_folder(database), database.stem)
    return [
        _describe(path, moment, passphrase) for moment, path in sorted(found.items(), reverse=True)
    ]


def _describe(path: Path, taken: datetime, passphrase: str | None) -> BackupInfo:
    try:
        connection = cipher.connect(path, passphrase, uri=read_only_uri(path))
    except DatabaseProblem:
        return BackupInfo(path, taken, 0, 0, 0)
    try:
        counts = [
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("contacts", "opportunities", "activities")
        ]
    except sqlite3.DatabaseError:
        counts = [0, 0, 0]
    finally:
        connection.close()
    return BackupInfo(path, taken, *counts)


def prepare_restore(
    chosen: Path,
    database: Path,
    known: Collection[str],
    upgrade: Callable[[Path, str | None], None],
    progress: Progress | None = None,
    passphrase: str | None = None,
    chosen_passphrase: str | None = None,
) -> Path:
    """A checked, up-to-date copy of `chosen` beside `database`, ready to take its place,
    protected as the database is (by `passphrase`, or plain): a restore never leaves a
    protected database readable, whatever the backup was. `chosen_passphrase` opens a
    backup protected by another passphrase than the database's.

    Raises a one-sentence problem for a file that is not a sound SalesCoach database; the
    current database is not touched."""
    opening = chosen_passphrase or passphrase
    seen = inspect(chosen, known, opening)
    if seen.state is State.MISSING:
        raise DatabaseProblem("restore_missing", path=chosen)
    if seen.state is State.BLANK:
        raise DatabaseProblem("not_our_database")
    if seen.state is State.DAMAGED:
        raise DatabaseProblem("restore_damaged", path=chosen)
    ready = database.with_name(f".{database.name}.restoring")
    ready.parent.mkdir(parents=True, exist_ok=True)  # a new laptop's first restore
    ready.unlink(missing_ok=True)
    try:
        key = opening if seen.encrypted else None
        if key == passphrase:
            _copy(chosen, ready, progress, key)
        else:
            convert_copy(chosen, ready, key, passphrase)
        upgrade(ready, passphrase)
    except BaseException:
        ready.unlink(missing_ok=True)
        raise
    return ready


def swap_in(ready: Path, database: Path, passphrase: str | None = None) -> None:
    """Put the prepared file in the database's place. Every connection to the database must
    be closed: its journal files belong to the old contents and are removed first."""
    _fold_journal(database, passphrase)
    for end in ("-wal", "-shm", "-journal"):
        Path(f"{database}{end}").unlink(missing_ok=True)
    os.replace(ready, database)
    _sync_folder(database.parent)


def _fold_journal(database: Path, passphrase: str | None = None) -> None:
    """Write what the WAL still holds into the old file (it was just backed up), so removing
    the WAL loses nothing even if the swap is interrupted."""
    if not Path(f"{database}-wal").exists():
        return
    try:
        connection = cipher.connect(database, passphrase)
    except DatabaseProblem:
        return  # a file that cannot be read has nothing more to fold in
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def restore_database(
    database: Path,
    chosen: Path,
    now: datetime,
    policy: KeepPolicy,
    known: Collection[str],
    upgrade: Callable[[Path, str | None], None],
    progress: Progress | None = None,
    passphrase: str | None = None,
    chosen_passphrase: str | None = None,
) -> Path:
    """Put `chosen` in the place of `database`, which nothing may have open, protected as
    the database was; returns the backup of the database as it was, taken first and
    verified."""
    ready = prepare_restore(
        chosen, database, known, upgrade, progress, passphrase, chosen_passphrase
    )
    try:
        safety = _keep_current(database, now, policy, passphrase) if database.exists() else None
        swap_in(ready, database, passphrase)
    except BaseException:
        ready.unlink(missing_ok=True)
        raise
    return safety or database


def _keep_current(
    database: Path, now: datetime, policy: KeepPolicy, passphrase: str | None
) -> Path:
    """A verified backup of the database about to be replaced; if it is too damaged for one,
    its bytes as they are, set aside under a name the rotation never touches."""
    try:
        return take_backup(database, now, policy, passphrase=passphrase)
    except DatabaseProblem:
        aside = backup_folder(database) / f"{database.stem}-damaged-{now.strftime(STAMP)}.sqlite3"
        aside.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(database, aside)
        wal = Path(f"{database}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{aside}-wal"))
        return aside
