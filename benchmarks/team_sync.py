"""A rep's decade (the 100,000-activity demo) synced with a team server for the first time,
then again after 100 changes: wall time and rows per second, against the floor of
PostgreSQL's COPY of the same rows into tables of the same shape, measured in the same run
on the same throwaway server.

Targets: the first sync within 5 times the COPY floor (every row is matched by uid, its
references translated from uids, its owner checked by row-level security, and the laptop's
outbox emptied), an incremental sync of 100 changes under 2 s.
"""

import shutil
import tempfile
import time
from pathlib import Path

import psycopg
from sqlalchemy import Engine, create_engine, select, text, update
from sqlalchemy.orm import Session

from benchmarks.data import as_the_app_runs, verdict
from salescoach.store import Store
from salescoach.store.models import Activity
from salescoach.store.team.link import join_team, server_url
from salescoach.store.team.outbox import SYNCED
from salescoach.store.team.server import init_team
from salescoach.store.team.sync import SyncResult, sync
from tests.postgres import postgres_server

FIRST_RATIO = 5.0
INCREMENTAL_S = 2.0


def laptop_rows(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """The synced tables' columns and rows, as the laptop stores them."""
    import sqlite3

    with sqlite3.connect(path) as connection:
        found = {}
        for table in SYNCED:
            cursor = connection.execute(f"SELECT * FROM {table}")
            found[table] = ([c[0] for c in cursor.description], cursor.fetchall())
        return found


def copy_floor(url: str, rows: dict[str, tuple[list[str], list[tuple]]]) -> float:
    """COPY every row, its references already the server's ids, into tables of the same
    shape and indexes as the server's: the fastest way to put the same rows there."""
    with psycopg.connect(url) as connection:
        for table in SYNCED:
            connection.execute(
                f"CREATE TABLE floor_{table} (LIKE {table} INCLUDING DEFAULTS INCLUDING INDEXES)"
            )
        started = time.perf_counter()
        for table, (columns, found) in rows.items():
            with connection.cursor().copy(
                f"COPY floor_{table} ({', '.join(columns)}) FROM STDIN"
            ) as copy:
                for row in found:
                    copy.write_row(row)
        connection.commit()
        return time.perf_counter() - started


def sync_after_changes(store: Store, engine: Engine, count: int) -> tuple[float, SyncResult]:
    """A rep's changes (an outcome written on `count` activities), then the sync that sends
    them: its wall time and what it did."""

    def change(session: Session) -> None:
        ids = session.scalars(select(Activity.id).limit(count)).all()
        session.execute(update(Activity).where(Activity.id.in_(ids)).values(outcome="Called back"))

    store.apply(change)
    return as_the_app_runs(lambda: sync(store, engine))


def run(demo: Path) -> int:
    folder = Path(tempfile.mkdtemp(prefix="salescoach-sync-"))
    laptop = folder / "laptop.sqlite3"
    shutil.copy(demo, laptop)
    with postgres_server() as server:
        members = {m.name: m for m in init_team(create_engine(server.url()), ["Rep"], [])}
        rep_url = server.url(members["Rep"].role, members["Rep"].password or "")
        engine = create_engine(rep_url)
        store = Store.open(laptop)
        store.apply(lambda s: join_team(s, engine, server_url(rep_url), "Rep"))
        rows = laptop_rows(laptop)
        total = sum(len(found) for _columns, found in rows.values())
        floor = copy_floor(server.url().replace("+psycopg", ""), rows)
        first, _result = as_the_app_runs(lambda: sync(store, engine))

        again, result = sync_after_changes(store, engine, 100)
        with engine.connect() as connection:
            there = connection.execute(text("SELECT count(*) FROM activities")).scalar()
        store.close()
        engine.dispose()
    shutil.rmtree(folder, ignore_errors=True)
    print(f"first sync of a rep's decade ({total:,} rows, {there:,} activities on the server):")
    print(
        f"  PostgreSQL's COPY of the same rows (floor)  {floor:6.2f} s "
        f"({total / floor:,.0f} rows/s)"
    )
    print(
        f"  first full sync                            {first:6.2f} s "
        f"({total / first:,.0f} rows/s, {first / floor:.1f}x the floor)"
    )
    print(f"  incremental sync of 100 changes            {again:6.2f} s ({result.pushed} sent)")
    missed = verdict("first sync vs COPY", first / floor, FIRST_RATIO, "x")
    return missed | verdict("100 changes", again, INCREMENTAL_S, " s")


if __name__ == "__main__":
    from benchmarks.data import demo_database

    raise SystemExit(run(demo_database()))
