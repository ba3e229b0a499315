"""The benchmark database: 200,000 opportunities and 1,000,000 activities, generated once,
reproducibly, with the application's real schema and indexes."""

import gc
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from salescoach.core.domain import FUNNEL
from salescoach.store import Store

T = TypeVar("T")

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
    # no ANALYZE: the app never runs it, so the query plans measured are the rep's


def database() -> Path:
    """The benchmark database, generated on first use in the temporary folder."""
    folder = Path(tempfile.gettempdir()) / "salescoach-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"funnel-v5-{OPPORTUNITIES}-{ACTIVITIES}.sqlite3"
    if not path.exists():
        print(f"Generating {OPPORTUNITIES:,} opportunities and {ACTIVITIES:,} activities…")
        started = time.perf_counter()
        generate(path)
        print(f"  done in {time.perf_counter() - started:.1f} s ({path})")
    return _without_statistics(path)


def _without_statistics(path: Path) -> Path:
    """The file without the planner's statistics someone's ANALYZE left in it (by hand, on
    the kept copy): the app never runs it, and with them SQLite picks plans no rep's
    database gets (a skip-scan of every contact in place of a range read, 28 ms)."""
    with sqlite3.connect(path) as db:
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            print(f"Dropping the planner's statistics left in {path.name}")
            db.execute("DROP TABLE sqlite_stat1")
    return path


def demo_database() -> Path:
    """A rep's decade: the demo with 5,000 contacts and 100,000 activities, made once by the
    command a rep would run."""
    folder = Path(tempfile.gettempdir()) / "salescoach-bench"
    folder.mkdir(exist_ok=True)
    path = folder / "demo-v1-5000-100000.sqlite3"
    if not path.exists():
        print("Generating the 100,000-activity demo…")
        partial = path.with_suffix(".partial")
        for leftover in folder.glob(f"{partial.name}*"):
            leftover.unlink()
        demo = ["--today", str(TODAY), "demo", "--contacts", "5000", "--activities", "100000"]
        subprocess.run([*salescoach_command(), "--db", str(partial), *demo], check=True)
        partial.rename(path)
    return _without_statistics(path)


def salescoach_command() -> list[str]:
    """How the benchmarks start the command-line app: as a rep's shell would."""
    return [str(Path(sys.executable).parent / "salescoach")]


def best_of(runs: int, work: Callable[[], Any]) -> tuple[float, Any]:
    """The shortest wall time of `runs` runs of `work` (each as the app runs it), and the
    last result."""
    best, result = float("inf"), None
    for _ in range(runs):
        took, result = as_the_app_runs(work)
        best = min(best, took)
    return best, result


def as_the_app_runs(work: Callable[[], T]) -> tuple[float, T]:
    """The wall time of `work` and its result, run as the app runs it: without automatic
    garbage collection, which the command line and the window turn off (`cli.run`,
    `salescoach/ui/garbage.py`)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        started = time.perf_counter()
        result = work()
        return time.perf_counter() - started, result
    finally:
        if collecting:
            gc.enable()


def verdict(label: str, value: float, limit: float, unit: str) -> int:
    """Print one figure against its target; 1 when the target is missed."""
    met = value <= limit
    print(f"  {label:<24} {value:7.2f}{unit} (target <= {limit}{unit})", "ok" if met else "MISSED")
    return int(not met)
