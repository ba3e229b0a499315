"""The coach's snapshot at a decade and at a team's million activities.

Times `coach_snapshot` (every signal the tips read, both funnel periods included) through a
reading session, as the Coach panel and `salescoach tips` run it, best of 5 after one warm-up
run. Targets: 50 ms on the 100,000-activity demo, 150 ms on the 1,000,000-activity database.
These targets are absolute: there is no faster known way to answer the same eleven
questions to compare with, short of writing the snapshot again in raw SQL, so no ratio is
printed (the funnel's own floor is in `benchmarks/funnel.py`).
"""

from datetime import date
from pathlib import Path

from benchmarks.data import best_of, verdict
from salescoach.core.coach.settings import CoachSettings
from salescoach.store import Store
from salescoach.store.queries.coach_snapshot import coach_snapshot

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
    store.close()
    return verdict(f"coach snapshot, {label}", took * 1000, TARGETS_MS[label], " ms")
