"""Funnel on a large database: the app's own query layer against hand-written SQL.

Times the 90-day and all-time funnel through `salescoach.store.funnel` and the same counts
with a hand-written sqlite3 query measured in the same run, and prints their ratio. Memory
is tracked with tracemalloc to show that no rows are materialised.
"""

import sqlite3
import tracemalloc
from pathlib import Path

from benchmarks.data import START, TODAY, best_of, sql_time
from salescoach.core.funnel import Period
from salescoach.store import Store
from salescoach.store.funnel import funnel_counts

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


def run(path: Path) -> int:
    """Prints the timings; returns the number of targets missed."""
    store = Store.open(path)
    raw = sqlite3.connect(path)
    failures = 0
    for label, period in (
        ("90 days", Period.ending(TODAY)),
        ("all time", Period(START.date(), TODAY)),
    ):
        params = {"start": sql_time(period.start), "end": sql_time(period.end)}

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
        print(
            f"funnel {label:>8}: app {app_time * 1000:7.1f} ms | hand-written "
            f"{hand_time * 1000:7.1f} ms | ratio {ratio:4.2f} (target <= 2.00) | "
            f"peak Python memory {peak / 1024:.0f} KiB"
        )
        if app_counts != hand_counts:
            print(f"  counts differ: {app_counts} != {hand_counts}")
            failures += 1
        if ratio > 2:
            failures += 1
        if label == "all time" and app_time > 1:
            print("  all-time funnel is over 1 s")
            failures += 1
    store.close()
    return failures
