"""The benchmark database: 200,000 opportunities and 1,000,000 activities, generated once,
reproducibly, with the application's real schema and indexes."""

import random
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from salescoach.core.domain import FUNNEL
from salescoach.store import Store

OPPORTUNITIES, ACTIVITIES, CONTACTS = 200_000, 1_000_000, 20_000
TODAY = date(2026, 11, 23)
START = datetime(2024, 11, 23)
SPAN_HOURS = 24 * 730


def sql_time(moment: datetime) -> str:
    """How SQLAlchemy stores a DateTime in SQLite; comparisons are textual, so it must match."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _stamp(rng: random.Random) -> str:
    return sql_time(START + timedelta(hours=rng.randrange(SPAN_HOURS), minutes=rng.randrange(60)))


def generate(path: Path) -> None:
    Store.open(path, create=True).close()  # the real schema, with its indexes
    rng = random.Random(42)
    now = sql_time(datetime(2026, 11, 23))
    kinds = ["call", "email", "social", "meeting", "visit", "proposal", "note"]
    statuses = ["done", "done", "done", "planned", "no_show", "cancelled"]
    with sqlite3.connect(path) as db:
        db.executemany(
            "INSERT INTO contacts (id, name, email, phone, role, source, is_customer, notes, uid,"
            " created_at, updated_at, search_key) VALUES (?, ?, '', '', '', 'other', 0, '', ?, ?,"
            " ?, ?)",
            (
                (i, f"Contact {i}", str(uuid.UUID(int=i)), now, now, f"contact {i}")
                for i in range(1, CONTACTS + 1)
            ),
        )
        events: list[tuple[Any, ...]] = []
        opps: list[tuple[Any, ...]] = []
        for opp in range(1, OPPORTUNITIES + 1):
            at = START + timedelta(hours=rng.randrange(SPAN_HOURS))
            depth = min(int(rng.expovariate(0.7)), len(FUNNEL) - 1)
            for step in range(depth + 1):
                events.append((opp, FUNNEL[step].value, sql_time(at), str(uuid.uuid4()), now, now))
                at += timedelta(days=rng.randint(1, 20))
            opps.append(
                (
                    opp,
                    rng.randint(1, CONTACTS),
                    FUNNEL[depth].value,
                    str(uuid.UUID(int=10**9 + opp)),
                    now,
                    now,
                )
            )
        db.executemany(
            "INSERT INTO opportunities (id, contact_id, title, value, currency, stage, uid,"
            " created_at, updated_at) VALUES (?, ?, 'Deal', 1000, 'EUR', ?, ?, ?, ?)",
            opps,
        )
        db.executemany(
            "INSERT INTO stage_events (opportunity_id, stage, at, uid, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            events,
        )
        db.executemany(
            "INSERT INTO activities (contact_id, kind, status, at, outcome, notes, needs, uid,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, '', '', '', ?, ?, ?)",
            (
                (
                    rng.randint(1, CONTACTS),
                    rng.choice(kinds),
                    rng.choice(statuses),
                    _stamp(rng),
                    str(uuid.uuid4()),
                    now,
                    now,
                )
                for _ in range(ACTIVITIES)
            ),
        )
    with Store.open(path) as store:  # the kept first-reached times, as the app keeps them
        store.rebuild_reached()
    with sqlite3.connect(path) as db:
        db.execute("ANALYZE")


def database() -> Path:
    """The benchmark database, generated on first use in the temporary folder."""
    folder = Path(tempfile.gettempdir()) / "salescoach-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"funnel-v4-{OPPORTUNITIES}-{ACTIVITIES}.sqlite3"
    if not path.exists():
        print(f"Generating {OPPORTUNITIES:,} opportunities and {ACTIVITIES:,} activities…")
        started = time.perf_counter()
        generate(path)
        print(f"  done in {time.perf_counter() - started:.1f} s ({path})")
    return path


def best_of(runs: int, work: Callable[[], Any]) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return best, result
