"""The coach's loop: the week's plan and what acting on the lessons did, as `salescoach week`
and `salescoach outcomes` and the window compute them, through a reading session, best of 5
after a warm-up.

Targets: the plan within 300 ms, the outcomes within 200 ms. Beside each, the floor in the
same run: raw sqlite3 reading the rows the job cannot do without (for the plan, each
contact's last done activity, their towns and the week's diary; for the outcomes, the
period's contacts, appointments and deal moves), so the ratio says what the rest costs.
"""

import json
import sqlite3
from contextlib import closing
from datetime import date, datetime, time, timedelta
from pathlib import Path

from benchmarks.data import best_of, verdict
from salescoach.core.funnel import Period
from salescoach.core.outcomes import WINDOW_DAYS
from salescoach.store import Store
from salescoach.store.queries.outcomes import SAMPLE, lesson_outcomes
from salescoach.store.queries.week_plan import plan_week

PLAN_MS, OUTCOMES_MS = 300.0, 200.0


def run(databases: dict[str, tuple[Path, date]]) -> int:
    return sum(_measure(label, path, today) for label, (path, today) in databases.items())


def _measure(label: str, path: Path, today: date) -> int:
    now = datetime.combine(today, time(8))
    period = Period(today - timedelta(days=89), today)
    store = Store.open(path)
    _act_on_lessons(path, period)

    def plan() -> object:
        with store.reader() as session:
            return plan_week(session, now)

    def outcomes() -> object:
        with store.reader() as session:
            return lesson_outcomes(session, period)

    plan(), outcomes()
    plan_took, _ = best_of(5, plan)
    outcomes_took, _ = best_of(5, outcomes)
    store.close()
    plan_floor, outcomes_floor = _floors(path, now, period)
    print(
        f"  week plan, {label}: floor (raw sqlite3 reads) {plan_floor * 1000:.1f} ms, "
        f"{plan_took / plan_floor:.1f}x; outcomes floor {outcomes_floor * 1000:.1f} ms, "
        f"{outcomes_took / outcomes_floor:.1f}x"
    )
    return verdict(f"week plan, {label}", plan_took * 1000, PLAN_MS, " ms") + verdict(
        f"outcomes, {label}", outcomes_took * 1000, OUTCOMES_MS, " ms"
    )


def _floors(path: Path, now: datetime, period: Period) -> tuple[float, float]:
    first = now.date() - timedelta(days=now.weekday())
    week = (
        str(datetime.combine(first, time())),
        str(datetime.combine(first, time()) + timedelta(days=7)),
    )
    span = (str(period.start), str(period.end))
    with closing(sqlite3.connect(path)) as raw:

        def plan_reads() -> object:
            return (
                raw.execute(
                    "SELECT contact_id, max(at) FROM activities WHERE status = 'done' "
                    "GROUP BY contact_id"
                ).fetchall(),
                raw.execute(
                    "SELECT c.id, c.address, a.city FROM contacts c "
                    "LEFT JOIN accounts a ON a.id = c.account_id"
                ).fetchall(),
                raw.execute(
                    "SELECT at, kind FROM activities WHERE status = 'planned' AND at >= ? "
                    "AND at < ?",
                    week,
                ).fetchall(),
            )

        def outcome_reads() -> object:
            tagged = [  # through the (lesson, time) index, the period checked on the way
                row
                for row in raw.execute(
                    "SELECT contact_id, at, kind, status, outcome, lesson FROM activities "
                    "WHERE lesson > ''"
                )
                if span[0] <= row[1] < span[1]
            ]
            (total,) = raw.execute(
                "SELECT count(*) FROM activities WHERE lesson = '' AND at >= ? AND at < ?", span
            ).fetchone()
            own = raw.execute(
                "SELECT contact_id, at, kind, status, outcome, lesson FROM activities "
                "WHERE lesson = '' AND at >= ? AND at < ? AND id % ? = 0",
                (*span, max(1, -(-total // SAMPLE))),
            ).fetchall()
            ids = json.dumps(sorted({row[0] for row in (*tagged, *own)}))
            until = str(period.end + timedelta(days=WINDOW_DAYS))
            return (
                raw.execute(
                    "SELECT contact_id, at FROM activities WHERE kind IN ('meeting', 'visit') "
                    "AND status IN ('planned', 'done', 'no_show', 'cancelled') AND at >= ? "
                    "AND at < ? AND +contact_id IN (SELECT value FROM json_each(?))",
                    (span[0], until, ids),
                ).fetchall(),
                raw.execute(
                    "SELECT o.contact_id, e.stage, e.at, o.value FROM opportunities o "
                    "JOIN stage_events e ON e.opportunity_id = o.id WHERE o.contact_id IN "
                    "(SELECT value FROM json_each(?)) AND e.at >= ? AND e.at < ?",
                    (ids, span[0], until),
                ).fetchall(),
            )

        plan_reads(), outcome_reads()
        return best_of(5, plan_reads)[0], best_of(5, outcome_reads)[0]


def _act_on_lessons(path: Path, period: Period) -> None:
    """One contact in twenty-five of the period acted on for a lesson (what a rep who plans
    the week from the coach has), so the outcomes have something to measure."""
    with closing(sqlite3.connect(path)) as raw, raw:
        if raw.execute("SELECT 1 FROM activities WHERE lesson > '' LIMIT 1").fetchone():
            return
        raw.execute(
            "UPDATE activities SET lesson = CASE id % 3 WHEN 0 THEN 'rally-the-base' "
            "WHEN 1 THEN 'customers-for-granted' ELSE 'retention' END "
            "WHERE id % 25 = 0 AND kind IN ('call', 'visit', 'meeting', 'email') "
            "AND at >= ? AND at < ?",
            (str(period.start), str(period.end)),
        )
