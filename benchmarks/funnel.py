"""Funnel on a large database: the app's own query layer against the fastest known way.

Times the 90-day and all-time funnel through `salescoach.store.queries.funnel`, and the floor: raw
sqlite3 counting the same figures over the best schema, each count one range read of an
index (the kept first-reached times by stage and time; the activities by kind, status and
time), measured in the same run; prints their ratio. Memory is tracked with tracemalloc to
show that no rows are materialised.
"""

import sqlite3
import tracemalloc
from pathlib import Path

from benchmarks.data import START, TODAY, best_of, sql_time
from salescoach.core.funnel import Period
from salescoach.store import Store
from salescoach.store.queries.funnel import funnel_counts

STATUSES = "('done', 'planned', 'no_show', 'cancelled')"
WINDOW = "AND at >= :start AND at < :end"
FLOOR = f"""
SELECT (SELECT count(*) FROM first_reached WHERE stage = 'suspect' {WINDOW}),
       (SELECT count(*) FROM first_reached WHERE stage = 'prospect' {WINDOW}),
       (SELECT count(*) FROM activities WHERE kind IN ('meeting', 'visit')
          AND status IN {STATUSES} AND at >= :start AND at < :end),
       (SELECT count(*) FROM activities WHERE kind IN ('meeting', 'visit') AND status = 'done'
          AND at >= :start AND at < :end),
       (SELECT count(*) FROM activities WHERE kind = 'proposal' AND status = 'done'
          AND at >= :start AND at < :end),
       (SELECT count(*) FROM first_reached WHERE stage = 'conclusion' {WINDOW})
"""
RATIO = 3.0  # an ORM session and statement cost a few ms over raw sqlite3


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

        def floor(params: dict[str, str] = params) -> tuple[int, ...]:
            return tuple(raw.execute(FLOOR, params).fetchone())

        app_time, app_counts = best_of(5, app)
        floor_time, floor_counts = best_of(5, floor)
        tracemalloc.start()
        app()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        ratio = app_time / floor_time
        print(
            f"funnel {label:>8}: app {app_time * 1000:7.1f} ms | raw sqlite3 floor "
            f"{floor_time * 1000:7.1f} ms | ratio {ratio:4.2f} (target <= {RATIO:.2f}) | "
            f"peak Python memory {peak / 1024:.0f} KiB"
        )
        if app_counts != floor_counts:
            print(f"  counts differ: {app_counts} != {floor_counts}")
            failures += 1
        if ratio > RATIO:
            failures += 1
        if label == "all time" and app_time > 1:
            print("  all-time funnel is over 1 s")
            failures += 1
    store.close()
    return failures
