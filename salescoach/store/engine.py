"""Engine creation: the one place that knows about SQLite pragmas.

Durability: WAL with `synchronous = FULL`, so a commit the app has reported is on the disk
before the call returns and survives a power cut (NORMAL could lose the last commits; FULL
costs one more fsync per save, unnoticeable at a rep's pace). `secure_delete` overwrites
what is deleted, so an erased customer's notes cannot be read back from the file. Errors
never carry the statement's parameters, so no customer data reaches a log.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def database_url(location: str | Path) -> str:
    """Accept either a SQLAlchemy URL or a path to a SQLite file."""
    text = str(location)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def make_engine(url: str, read_only: bool = False, passphrase: str | None = None) -> Engine:
    """An engine for `url`; a SQLite file given `read_only` is opened so it cannot change,
    and one given a `passphrase` through SQLCipher with that key."""
    options: dict[str, Any] = {}
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if passphrase is not None:
            options["creator"] = _encrypted(path, passphrase, read_only)
        elif read_only:
            # all in one file (no WAL beside it): immutable, so not even a -shm is created
            flag = "mode=ro" if Path(f"{path}-wal").exists() else "immutable=1"
            url = f"sqlite:///file:{path.as_posix()}?{flag}&uri=true"
    engine = create_engine(url, hide_parameters=True, **options)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _read_only_pragmas if read_only else _sqlite_pragmas)
        event.listen(engine, "begin", _begin)
    return engine


#: The execution option that marks a connection for writing (see `writer`).
WRITES = "salescoach_writes"


def writer(engine: Engine) -> Engine:
    """The engine for units of work that write: their transaction takes the write lock at
    once (BEGIN IMMEDIATE), so a writer elsewhere makes them wait, not fail."""
    return engine.execution_options(**{WRITES: True})


def _encrypted(path: Path, passphrase: str, read_only: bool) -> Callable[[], Any]:
    from salescoach.store.safety import cipher
    from salescoach.store.safety.opening import connect_read_only

    def connect() -> Any:
        if read_only:
            return connect_read_only(path, passphrase)
        return cipher.connect(path, passphrase, check_same_thread=False)

    return connect


def _begin(connection: Any) -> None:
    """Every transaction starts with SQLite's own BEGIN (the driver would otherwise run
    schema changes outside it), so a migration that fails half-way rolls back whole."""
    immediate = connection.get_execution_options().get(WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    """WAL for readers beside a writer, enforced foreign keys, patience when busy, and the
    durability and privacy settings above."""
    dbapi_connection.isolation_level = None  # transactions begin in `_begin`, not the driver
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def _read_only_pragmas(dbapi_connection: Any, _record: object) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA query_only = ON")
    finally:
        cursor.close()


@contextmanager
def roomy_cache(session: "Session", kib: int = 65_536) -> Iterator[None]:
    """Room in SQLite's page cache for a large write (a first sync: each of 10^5 rows goes
    into several indexes; 2 MB, the default, had it reread pages), then the default again:
    the window's memory stays what it was."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{kib}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")
