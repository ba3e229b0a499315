"""Funnel on a large database: the app's own query layer against hand-written SQL.

Generates (once, reproducibly) 200,000 opportunities and 1,000,000 activities, then times the
90-day and all-time funnel through `salescoach.store.funnel` and the same counts with a
hand-written sqlite3 query measured in the same run, and prints their ratio. Memory is
tracked with tracemalloc to show that no rows are materialised.
"""

import random
import sqlite3
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from salescoach.core.domain import FUNNEL
from salescoach.core.funnel import Period
from salescoach.store import Store
from salescoach.store.funnel import funnel_counts

OPPORTUNITIES, ACTIVITIES, CONTACTS = 200_000, 1_000_000, 20_000
TODAY = date(2026, 11, 23)
START = datetime(2024, 11, 23)
SPAN_HOURS = 24 * 730


def _sql(moment: datetime) -> str:
    """How SQLAlchemy stores a DateTime in SQLite; comparisons are textual, so it must match."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _stamp(rng: random.Random) -> str:
    return _sql(START + timedelta(hours=rng.randrange(SPAN_HOURS), minutes=rng.randrange(60)))


def generate(path: Path) -> None:
    Store.open(path).close()  # the real schema, with its indexes
    rng = random.Random(42)
    now = _sql(datetime(2026, 11, 23))
    kinds = ["call", "email", "social", "meeting", "visit", "proposal", "note"]
    statuses = ["done", "done", "done", "planned", "no_show", "cancelled"]
    with sqlite3.connect(path) as db:
        db.executemany(
            "INSERT INTO contacts (id, name, email, phone, role, source, is_customer, notes, uid,"
            " created_at, updated_at) VALUES (?, ?, '', '', '', 'other', 0, '', ?, ?, ?)",
            ((i, f"Contact {i}", str(uuid.UUID(int=i)), now, now) for i in range(1, CONTACTS + 1)),
        )
        events: list[tuple[Any, ...]] = []
        opps: list[tuple[Any, ...]] = []
        for opp in range(1, OPPORTUNITIES + 1):
            at = START + timedelta(hours=rng.randrange(SPAN_HOURS))
            depth = min(int(rng.expovariate(0.7)), len(FUNNEL) - 1)
            for step in range(depth + 1):
                events.append((opp, FUNNEL[step].value, _sql(at), str(uuid.uuid4()), now, now))
                at += timedelta(days=rng.randint(1, 20))
            opps.append((opp, rng.randint(1, CONTACTS), FUNNEL[depth].value,
                         str(uuid.UUID(int=10**9 + opp)), now, now))
        db.executemany(
            "INSERT INTO opportunities (id, contact_id, title, value, currency, stage, uid,"
            " created_at, updated_at) VALUES (?, ?, 'Deal', 1000, 'EUR', ?, ?, ?, ?)", opps)
        db.executemany(
            "INSERT INTO stage_events (opportunity_id, stage, at, uid, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)", events)
        db.executemany(
            "INSERT INTO activities (contact_id, kind, status, at, outcome, notes, needs, uid,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, '', '', '', ?, ?, ?)",
            ((rng.randint(1, CONTACTS), rng.choice(kinds), rng.choice(statuses), _stamp(rng),
              str(uuid.uuid4()), now, now) for _ in range(ACTIVITIES)),
        )
        db.execute("ANALYZE")


HAND_WRITTEN = """
WITH firsts AS (
  SELECT opportunity_id,
         MIN(CASE WHEN stage != 'lost' THEN at END) AS suspect,
         MIN(CASE WHEN stage IN ('prospect','approach','negotiation','conclusion','order')
             THEN at END) AS prospect,
         MIN(CASE WHEN stage IN ('conclusion','order') THEN at END) AS won
  FROM stage_events WHERE at < :end GROUP BY opportunity_id)
SELECT (SELECT COUNT(*) FROM firsts WHERE suspect >= :start AND suspect < :end),
       (SELECT COUNT(*) FROM firsts WHERE prospect >= :start AND prospect < :end),
       (SELECT COUNT(*) FROM activities WHERE kind IN ('meeting','visit')
          AND at >= :start AND at < :end),
       (SELECT COUNT(*) FROM activities WHERE kind IN ('meeting','visit') AND status = 'done'
          AND at >= :start AND at < :end),
       (SELECT COUNT(*) FROM activities WHERE kind = 'proposal' AND status = 'done'
          AND at >= :start AND at < :end),
       (SELECT COUNT(*) FROM firsts WHERE won >= :start AND won < :end)
"""


def best_of(runs: int, work: Callable[[], Any]) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> int:
    folder = Path(tempfile.gettempdir()) / "salescoach-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"funnel-v2-{OPPORTUNITIES}-{ACTIVITIES}.sqlite3"
    if not path.exists():
        print(f"Generating {OPPORTUNITIES:,} opportunities and {ACTIVITIES:,} activities…")
        started = time.perf_counter()
        generate(path)
        print(f"  done in {time.perf_counter() - started:.1f} s ({path})")
    store = Store.open(path)
    raw = sqlite3.connect(path)
    failures = 0
    for label, period in (("90 days", Period.ending(TODAY)),
                          ("all time", Period(START.date(), TODAY))):
        params = {"start": _sql(period.start), "end": _sql(period.end)}

        def app(period: Period = period) -> tuple[int, ...]:
            with store.reader() as session:
                return tuple(funnel_counts(session, period).as_dict().values())

        def hand(params: dict[str, str] = params) -> tuple[int, ...]:
            return tuple(raw.execute(HAND_WRITTEN, params).fetchone())

        app_time, app_counts = best_of(5, app)
        hand_time, hand_counts = best_of(5, hand)
        tracemalloc.start()
        app()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        ratio = app_time / hand_time
        print(f"funnel {label:>8}: app {app_time * 1000:7.1f} ms | hand-written "
              f"{hand_time * 1000:7.1f} ms | ratio {ratio:4.2f} (target <= 2.00) | "
              f"peak Python memory {peak / 1024:.0f} KiB")
        if app_counts != hand_counts:
            print(f"  counts differ: {app_counts} != {hand_counts}")
            failures += 1
        if ratio > 2:
            failures += 1
        if label == "all time" and app_time > 1:
            print("  all-time funnel is over 1 s")
            failures += 1
    return 1 if failures else 0


sys.exit(main())
