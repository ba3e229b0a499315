"""The coach's snapshot at a decade and at a team's million activities.

Times `coach_snapshot` (every signal the tips read, both funnel periods included) through a
reading session, as the Coach panel and `salescoach tips` run it, best of 5 after one warm-up
run. Targets: 50 ms on the 100,000-activity demo, 150 ms on the 1,000,000-activity database.
The floor, measured in the same run, is SQLite counting the same database's activities
in the same period from the (kind, status, time) index alone: a single index range read.
"""

import sqlite3
from datetime import date
from pathlib import Path

from benchmarks.data import best_of, sql_time
from salescoach.core.coach.settings import CoachSettings
from salescoach.core.funnel import Period
from salescoach.store import Store
from salescoach.store.coach import coach_snapshot

TARGETS_MS = {"100k demo": 50.0, "1M bench": 150.0}


def run(databases: dict[str, tuple[Path, date]]) -> int:
    return sum(_measure(label, path, today) for label, (path, today) in databases.items())


def _measure(label: str, path: Path, today: date) -> int:
    store = Store.open(path)
    settings = CoachSettings()

    def snapshot() -> object:
        with store.reader() as session:
            return coach_snapshot(session, today, settings)

    snapshot()
    took, _ = best_of(5, snapshot)
    period = Period.ending(today, settings.period_days)
    raw = sqlite3.connect(path)
    floor, _ = best_of(
        5,
        lambda: raw.execute(
            "SELECT count(*) FROM activities WHERE kind = 'call' AND status = 'done'"
            " AND at >= ? AND at < ?",
            (sql_time(period.start), sql_time(period.end)),
        ).fetchone(),
    )
    raw.close()
    store.close()
    target = TARGETS_MS[label]
    met = took * 1000 <= target
    print(
        f"coach snapshot {label:>9}: {took * 1000:6.1f} ms (target <= {target:.0f} ms) "
        f"| one index range read {floor * 1000:5.1f} ms | ratio {took / floor:5.1f} "
        f"{'ok' if met else 'MISSED'}"
    )
    return int(not met)
