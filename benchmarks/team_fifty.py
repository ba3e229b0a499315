"""A team of fifty on one server: 50 reps x 100,000 activities on the stock PostgreSQL the
tests start, loaded with COPY. Measured: the manager's team funnel and plan (target 1 s), a
rep's sync of a day's work, a few hundred changes (target 1 s), and a new laptop's first
sync of its rep's share, against PostgreSQL's own COPY of the same rows (target 5x).

`SALESCOACH_BENCH_REPS=500` measures a team of 500 the same way, where the machine has the
disk and the time (fifty million activities: about 32 GiB, and hours to load). What the
server needs as the team grows is in docs/team-server.md.
"""

import io
import itertools
import os
import random
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import psycopg
from sqlalchemy import create_engine

from benchmarks.data import as_the_app_runs, best_of, verdict
from benchmarks.team_sync import copy_floor, laptop_rows, sync_after_changes
from salescoach.core.domain import FUNNEL, ActivityKind, Source
from salescoach.core.funnel import Period
from salescoach.store import Store
from salescoach.store.team.funnel import team_counts
from salescoach.store.team.link import join_team, server_url
from salescoach.store.team.outbox import SYNCED
from salescoach.store.team.server import init_team
from salescoach.store.team.sync import sync
from tests.postgres import Server, postgres_server

REPS = int(os.environ.get("SALESCOACH_BENCH_REPS", "50"))
ACTIVITIES = 100_000  # per rep
DEALS = 10_000  # per rep
CONTACTS = 1_000  # per rep, shared with the team
ACCOUNTS = 200  # per rep, shared
TODAY = date(2026, 11, 23)
START = datetime(2024, 11, 23)
SPAN_HOURS = 24 * 730
FIGURES_S, DAY_SYNC_S, FIRST_RATIO = 1.0, 1.0, 5.0
DAY_OF_WORK = 300


def rep_name(n: int) -> str:
    return f"Rep {n:03d}"


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


class _Lines:
    """Rows of one table as COPY's text format, a block at a time."""

    def __init__(self, columns: list[str]) -> None:
        self.columns = columns
        self.buffer = io.StringIO()

    def add(self, *values: object) -> None:
        self.buffer.write("\t".join("\\N" if v is None else str(v) for v in values) + "\n")


#: The columns each table's COPY fills (the others take their defaults).
COLUMNS = {
    "accounts": "id name city industry uid created_at updated_at search_key sort_key rep "
    "writer server_seq",
    "contacts": "id name account_id email phone role address source is_customer notes uid "
    "created_at updated_at search_key sort_key rep writer server_seq",
    "opportunities": "id contact_id title value currency stage uid created_at updated_at "
    "search_key sort_key rep writer server_seq",
    "stage_events": "id opportunity_id stage at uid created_at updated_at rep writer server_seq",
    "activities": "id contact_id kind status at outcome notes needs lesson uid created_at "
    "updated_at search_key rep writer server_seq",
}


def _team_rows(rng: random.Random) -> Iterator[tuple[str, _Lines]]:
    """Every table's rows, parents first: the shared accounts and contacts, then rep by rep
    their deals, the deals' steps and their activities (ids are the server's own; each
    row's place in the order of changes is given as the stamping trigger would)."""
    now = _stamp(datetime(2026, 11, 23))
    kinds = [k.value for k in ActivityKind]
    statuses = ["done", "done", "done", "planned", "no_show", "cancelled"]
    sources = [s.value for s in Source]
    seq = itertools.count(1)
    lines = {table: _Lines(columns.split()) for table, columns in COLUMNS.items()}
    for n in range(1, REPS * ACCOUNTS + 1):
        name, owner = f"Company {n}", rep_name(1 + n % REPS)
        lines["accounts"].add(
            n, name, "", "", uuid.UUID(int=n), now, now, name.lower(), name.lower(), owner,
            owner, next(seq),
        )  # fmt: skip
    for n in range(1, REPS * CONTACTS + 1):
        name, owner = f"Contact {n}", rep_name(1 + n % REPS)
        lines["contacts"].add(
            n, name, 1 + n % (REPS * ACCOUNTS), "", "", "", "", sources[n % len(sources)],
            "t" if n % 7 == 0 else "f", "", uuid.UUID(int=10**9 + n), now, now, name.lower(),
            name.lower(), owner, owner, next(seq),
        )  # fmt: skip
    yield "accounts", lines.pop("accounts")
    yield "contacts", lines.pop("contacts")
    step_id = itertools.count(1)
    for rep in range(1, REPS + 1):
        owner, own = rep_name(rep), range(rep, REPS * CONTACTS + 1, REPS)  # their contacts
        deals, steps, work = (_Lines(COLUMNS[t].split()) for t in list(COLUMNS)[2:])
        for d in range(DEALS):
            deal = (rep - 1) * DEALS + d + 1
            at = START + timedelta(hours=rng.randrange(SPAN_HOURS))
            depth = min(int(rng.expovariate(0.7)), len(FUNNEL) - 1)
            for step in range(depth + 1):
                steps.add(
                    next(step_id), deal, FUNNEL[step].value, _stamp(at), uuid.uuid4(), now, now,
                    owner, owner, next(seq),
                )  # fmt: skip
                at += timedelta(days=rng.randint(1, 20))
            deals.add(
                deal, rng.choice(own), "Deal", 1000, "EUR", FUNNEL[depth].value,
                uuid.UUID(int=2 * 10**9 + deal), now, now, "deal", "deal", owner, owner, next(seq),
            )  # fmt: skip
        for a in range(ACTIVITIES):
            at = START + timedelta(hours=rng.randrange(SPAN_HOURS), minutes=rng.randrange(60))
            work.add(
                (rep - 1) * ACTIVITIES + a + 1, rng.choice(own), rng.choice(kinds),
                rng.choice(statuses), _stamp(at), "", "", "", "", uuid.uuid4(), now, now, "",
                owner, owner, next(seq),
            )  # fmt: skip
        yield "opportunities", deals
        yield "stage_events", steps
        yield "activities", work


def build(server: Server) -> float:
    """The team's schema, roles and rows; the seconds the load took. Indexes are dropped
    for the COPY and made again after it, and the stamping triggers are off (the rows carry
    their owner and their place in the order of changes, as the triggers would give them)."""
    init_team(create_engine(server.url()), [rep_name(n) for n in range(1, REPS + 1)], ["Boss"])
    started = time.perf_counter()
    with psycopg.connect(server.url().replace("+psycopg", "")) as db:
        db.execute("SET session_replication_role = replica")
        indexes = db.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s) "
            "AND indexname NOT LIKE '%%pkey' AND indexdef NOT LIKE 'CREATE UNIQUE%%'",
            (list(SYNCED),),
        ).fetchall()
        for name, _definition in indexes:
            db.execute(f'DROP INDEX "{name}"')
        for table, lines in _team_rows(random.Random(7)):
            with db.cursor().copy(f"COPY {table} ({', '.join(lines.columns)}) FROM STDIN") as copy:
                copy.write(lines.buffer.getvalue())
        for _name, definition in indexes:
            db.execute(definition)
        last = db.execute(
            "SELECT max(m) FROM (SELECT max(server_seq) m FROM activities UNION ALL "
            "SELECT max(server_seq) FROM opportunities) s"
        ).fetchone()
        db.execute("SELECT setval('team_changes', %s)", (last[0] if last else 1,))
        for table in SYNCED:
            db.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
        db.commit()
        db.execute("ANALYZE")
    return time.perf_counter() - started


def run() -> int:
    folder = Path(tempfile.mkdtemp(prefix="salescoach-fifty-"))
    with postgres_server() as server:
        print(f"a team of {REPS} on one server ({REPS * ACTIVITIES:,} activities):")
        loaded = build(server)
        print(f"  loaded with COPY in {loaded:.0f} s")
        members = {
            m.name: m
            for m in init_team(create_engine(server.url()), [rep_name(min(7, REPS))], ["Boss"])
        }
        boss = create_engine(server.url(members["Boss"].role, members["Boss"].password or ""))
        with psycopg.connect(server.url().replace("+psycopg", "")) as db:
            size = db.execute("SELECT pg_database_size(current_database())").fetchone()
        print(f"  the server's database: {(size[0] if size else 0) / 2**30:.1f} GiB")
        missed = 0
        for days in (30, 90):  # `team funnel`'s month, and the Team page's 90 days
            period = Period(TODAY - timedelta(days=days - 1), TODAY)
            figures, _counts = best_of(3, lambda p=period: team_counts(boss, p))
            missed += verdict(f"team funnel, {days} days", figures, FIGURES_S, " s")

        # a new laptop: the rep's share, against COPY of the same rows
        rep = members[rep_name(min(7, REPS))]
        rep_url = server.url(rep.role, rep.password or "")
        engine = create_engine(rep_url)
        laptop = folder / "laptop.sqlite3"
        store = Store.open(laptop, create=True)
        store.apply(lambda s: join_team(s, engine, server_url(rep_url), rep_name(min(7, REPS))))
        first, _result = as_the_app_runs(lambda: sync(store, engine))
        rows = laptop_rows(laptop)
        total = sum(len(found) for _columns, found in rows.values())
        floor = copy_floor(server.url().replace("+psycopg", ""), rows)
        print(f"  a new laptop's first sync: {total:,} rows in {first:.2f} s, COPY {floor:.2f} s")
        missed += verdict("first sync vs COPY", first / floor, FIRST_RATIO, "x")

        day, result = sync_after_changes(store, engine, DAY_OF_WORK)
        print(f"  a day's work: {result.pushed} changes sent")
        missed += verdict("sync of a day's work", day, DAY_SYNC_S, " s")
        store.close()
        engine.dispose()
        boss.dispose()
    shutil.rmtree(folder, ignore_errors=True)
    return missed


if __name__ == "__main__":
    raise SystemExit(run())
