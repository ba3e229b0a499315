"""The `Store`: one opened database, its migrations applied, handing out sessions."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, exc, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from salescoach.core.clock import Clock
from salescoach.store.engine import database_url, make_engine, writer
from salescoach.store.errors import DatabaseProblem, translated
from salescoach.store.migrate import head_revision, known_revisions, upgrade
from salescoach.store.models import Contact
from salescoach.store.safety.backup import backup_file, backup_folder
from salescoach.store.safety.known_sound import Voucher
from salescoach.store.safety.opening import State, inspect
from salescoach.store.safety.protection import tidy
from salescoach.store.session.changes import Applied, changes_of, touched_by
from salescoach.store.session.hooks import StoreSession
from salescoach.store.session.hooks import install as install_hooks
from salescoach.store.session.reached import mismatches, rebuild
from salescoach.store.session.stamps import CLOCK
from salescoach.store.undo.journal import keep_journal

T = TypeVar("T")


class Store:
    """An open database. Writes go through `session()` or `apply()`, one transaction each."""

    def __init__(
        self,
        engine: Engine,
        revision: str,
        read_only: bool = False,
        passphrase: str | None = None,
    ) -> None:
        install_hooks()  # what every session of a store does: see `session.hooks`
        self.engine = engine
        self.revision = revision
        #: Opened so that nothing can change it (read-only media or folder, `check`).
        self.read_only = read_only
        #: The SQLCipher key of an encrypted database (its backups use it too).
        self.passphrase = passphrase
        #: What stamps the rows written (`created_at`, `updated_at`): the app's one clock.
        self.clock = Clock()
        #: Set when the file was opened sound: our own writes keep it noted as such.
        self.voucher: Voucher | None = None

    @classmethod
    def open(
        cls,
        location: str | Path,
        create: bool = False,
        damaged_ok: bool = False,
        read_only: bool = False,
        passphrase: str | None = None,
    ) -> "Store":
        """Open the database at a path or URL, bringing its schema up to date.

        A SQLite file is looked at first without being changed: a missing file is created
        only when `create` says so; a folder, an empty, foreign or newer file is refused in
        one sentence; a damaged one too, unless `damaged_ok` (opened read-only, to describe
        it); a file that cannot be written is opened read-only, as is any file when
        `read_only` says so (`check` changes nothing); before an upgrade the database is
        backed up, so a failed upgrade leaves it as it was."""
        url = database_url(location)
        parsed = make_url(url)
        if parsed.get_backend_name() != "sqlite" or not parsed.database:
            return cls._migrated(make_engine(url), read_only=False)
        path = Path(parsed.database)
        seen = inspect(path, known_revisions(), passphrase)
        key = passphrase if seen.encrypted else None
        if seen.state is State.MISSING:
            if not create:
                raise DatabaseProblem("db_missing", path=path)
            _make_folder(path.parent)
        if seen.state is State.DAMAGED and not damaged_ok:
            raise DatabaseProblem("db_damaged")
        if read_only or seen.state is State.DAMAGED:
            if seen.state is State.MISSING:
                raise DatabaseProblem("db_missing", path=path)
            return cls(make_engine(url, True, key), seen.revision or "", True, key)
        if seen.read_only:
            if seen.state is State.MISSING:
                raise DatabaseProblem("db_cannot_create", path=path)
            if seen.revision != head_revision():
                raise DatabaseProblem("db_read_only_old", path=path)
            return cls(make_engine(url, True, key), seen.revision or "", True, key)
        if key is not None:  # a protect or unprotect killed half-way is finished here
            tidy(path, key)
        if seen.state is State.OURS and seen.revision != head_revision():
            backup_file(path, backup_folder(path) / f"before-upgrade-{path.name}", passphrase=key)
        store = cls._migrated(make_engine(url, passphrase=key), read_only=False, passphrase=key)
        store.voucher = Voucher(path)  # checked, or created, then migrated: all our doing
        return store

    @classmethod
    def _migrated(cls, engine: Engine, read_only: bool, passphrase: str | None = None) -> "Store":
        try:
            revision = upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, revision, read_only, passphrase)

    @property
    def file(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        url = self.engine.url
        if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
            return None
        return Path(url.database.removeprefix("file:"))  # a read-only file is opened by URI

    @property
    def location(self) -> str:
        file = self.file
        return str(file) if file is not None else self.engine.url.render_as_string()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed if the block succeeds, rolled back otherwise."""
        if self.read_only:
            raise DatabaseProblem("db_opened_read_only")
        folder = self.file.parent if self.file is not None else None
        if self.voucher is not None:
            self.voucher.before_write()
        with (
            translated(folder),
            StoreSession(
                writer(self.engine), expire_on_commit=False, info={CLOCK: self.clock}
            ) as session,
            session.begin(),
        ):
            yield session
        if self.voucher is not None:  # committed: our own write
            self.voucher.after_write()

    def apply(self, work: Callable[[Session], T], journal: bool = False) -> Applied[T]:
        """Run `work` in one transaction; return its result and what it changed, with the
        rows' images before and after when `journal` asks for them (Undo)."""
        with self.session() as session:
            kept = keep_journal(session) if journal else None
            result = work(session)
        return Applied(result, changes_of(session), kept, touched_by(session))

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for queries; nothing it does is committed."""
        with translated(), StoreSession(self.engine) as session:
            yield session

    def is_empty(self) -> bool:
        with self.reader() as session:
            return not has_contacts(session)

    def reached_mismatches(self) -> int:
        """Kept first-reached times that differ from the stage history (0: in step)."""
        with self.reader() as session:
            return mismatches(session)

    def rebuild_reached(self) -> None:
        """Compute every kept first-reached time again from the stage history."""
        self.apply(rebuild)

    def integrity_problems(self) -> list[str]:
        """SQLite's own integrity check; an empty list means the file is sound. A file too
        damaged to be checked reports the error it gives."""
        if self.engine.dialect.name != "sqlite":
            return []
        try:
            with self.engine.connect() as connection:
                rows = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
                rows += [
                    f"broken reference in {row[0]} row {row[1]}"
                    for row in connection.execute(text("PRAGMA foreign_key_check"))
                ]
        except exc.DatabaseError as error:
            return [str(getattr(error, "orig", error))]
        return [] if rows == ["ok"] else [row for row in rows if row != "ok"]

    def close(self) -> None:
        if self.voucher is not None:
            self.voucher.before_write()
        self.engine.dispose()  # the last connection folds the WAL into the file
        if self.voucher is not None:
            self.voucher.after_write()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseProblem(
            "cannot_create_folder", folder=folder, reason=error.strerror
        ) from None


def has_contacts(session: Session) -> bool:
    """Whether the rep has anyone in the file yet (demo data go only into an empty one)."""
    return session.scalar(select(Contact.id).limit(1)) is not None


def upgrade_file(path: Path, passphrase: str | None = None) -> None:
    """Bring the SalesCoach database at `path` to the current schema (a restore's copy)."""
    engine = make_engine(database_url(path), passphrase=passphrase)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
