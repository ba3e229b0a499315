"""The team's figures per rep, from the server's views, with the laptops' own query layer.

A manager reads no rep's tables, only two views: each rep's stage steps (which file reached
which stage when, for which contact) and the work they logged (kind, status, when, the
lesson it was planned for and whether an outcome was written), without a word of notes.
Each rep's figures come from putting those rows in a scratch SQLite database with the same
schema and asking it the same questions a rep's laptop is asked (`funnel`, Today's week,
What worked), so the two can never disagree; the team's counts are the sum of the reps'.
"""

import math
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, insert, text
from sqlalchemy.orm import Session

from salescoach.core.agenda import Week
from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.errors import UserError
from salescoach.core.funnel import FunnelCounts, Period
from salescoach.core.outcomes import LessonOutcome
from salescoach.core.targets import Targets
from salescoach.store.models import Activity, Contact, Opportunity, StageEvent
from salescoach.store.preferences import save_targets
from salescoach.store.queries.agenda import this_week
from salescoach.store.queries.funnel import funnel_counts
from salescoach.store.queries.outcomes import lesson_outcomes

T = TypeVar("T")

#: What a reached follow-up's outcome reads in the scratch database: that one was written.
REACHED = "reached"


@dataclass
class _RepRows:
    steps: list[Any]
    work: list[Any]


@dataclass(frozen=True, slots=True)
class RepWeek:
    """One rep's week against their share of the team's target, and what acting on the
    lessons did over the period: counts only."""

    week: Week
    outcomes: list[LessonOutcome]


def team_counts(server: Engine, period: Period) -> dict[str, FunnelCounts]:
    """Each rep's funnel counts over the period (every rep of the team, even with none)."""
    return for_each_rep(server, lambda session, _reps: funnel_counts(session, period))


def team_weeks(
    server: Engine, today: date, period: Period, target: int, window: int
) -> dict[str, RepWeek]:
    """Each rep's week around `today` (done and planned against the targets their own ratios
    give for their share of `target` new customers a month) and the lessons' outcomes over
    `period` within `window` days."""

    return for_each_rep(server, _rep_week(today, period, target, window))


def team_figures(
    server: Engine, today: date, period: Period, target: int, window: int
) -> tuple[dict[str, FunnelCounts], dict[str, RepWeek]]:
    """`team_counts` and `team_weeks` from one read of the views (the Team page shows both)."""
    week_of = _rep_week(today, period, target, window)
    both = for_each_rep(
        server, lambda session, reps: (funnel_counts(session, period), week_of(session, reps))
    )
    return {rep: found[0] for rep, found in both.items()}, {
        rep: found[1] for rep, found in both.items()
    }


def _rep_week(
    today: date, period: Period, target: int, window: int
) -> Callable[[Session, int], RepWeek]:
    def ask(session: Session, reps: int) -> RepWeek:
        save_targets(session, Targets(monthly_wins=max(1, math.ceil(target / max(reps, 1)))))
        return RepWeek(this_week(session, today), lesson_outcomes(session, period, window))

    return ask


def for_each_rep(server: Engine, ask: Callable[[Session, int], T]) -> dict[str, T]:
    """`ask(session, reps)` on each rep's rows in a scratch database (with the team's number
    of reps), rolled back after each: nothing is kept."""
    reps, rows = _read_views(server)
    from salescoach.store import Store

    with tempfile.TemporaryDirectory(prefix="salescoach-team-") as folder:
        scratch = Store.open(Path(folder) / "rep.sqlite3", create=True)
        try:
            found = {}
            for rep in reps:
                with scratch.reader() as session:
                    _fill(session, rows[rep])
                    found[rep] = ask(session, len(reps))
            return found
        finally:
            scratch.close()


def _read_views(server: Engine) -> tuple[list[str], dict[str, _RepRows]]:
    rows: dict[str, _RepRows] = defaultdict(lambda: _RepRows([], []))
    with server.connect() as connection:
        reps = list(
            connection.execute(
                text("SELECT name FROM team_reps WHERE NOT manager ORDER BY name")
            ).scalars()
        )
        columns = set(connection.execute(text("SELECT * FROM team_work LIMIT 0")).keys())
        if "lesson" not in columns:  # a server set up by an older SalesCoach
            raise UserError("team_views_old")
        for rep, opportunity, uid, stage, at, contact in connection.execute(
            text("SELECT rep, opportunity, uid, stage, at, contact FROM team_steps ORDER BY at")
        ):
            rows[rep].steps.append((opportunity, uid, stage, at, contact))
        for row in connection.execute(
            text(
                "SELECT rep, uid, kind, status, at, lesson, reached, contact, customer "
                "FROM team_work"
            )
        ):
            rows[row[0]].work.append(tuple(row[1:]))
    return reps, rows


def _fill(session: Session, rows: _RepRows) -> None:
    """One rep's rows in the scratch database: a contact per contact they worked with."""
    contacts: dict[str | None, int] = {}

    def contact(uid: str | None, customer: bool = False) -> int:
        if uid not in contacts:
            contacts[uid] = session.execute(
                insert(Contact)
                .values(
                    name="",
                    uid=uid or f"rep-{len(contacts)}",
                    search_key="",
                    is_customer=bool(customer),
                )
                .returning(Contact.id)
            ).scalar_one()
        return contacts[uid]

    for row in rows.work:  # customers first, so a contact knows what it is
        contact(row[6], row[7])

    histories: dict[str, list[tuple[str, Stage, datetime, str | None]]] = defaultdict(list)
    for opportunity, uid, stage, at, who in rows.steps:
        histories[opportunity].append((uid, Stage(stage), at, who))
    ids: dict[str, int] = {}
    for opportunity, history in histories.items():
        ids[opportunity] = session.execute(
            insert(Opportunity)
            .values(
                contact_id=contact(history[-1][3]),
                title="",
                uid=opportunity,
                stage=history[-1][1],
            )
            .returning(Opportunity.id)
        ).scalar_one()
    events = [
        {"opportunity_id": ids[o], "uid": uid, "stage": stage, "at": at}
        for o, history in histories.items()
        for uid, stage, at, _who in history
    ]
    if events:
        session.execute(insert(StageEvent), events)
    work = [
        {
            "contact_id": contact(who),
            "uid": uid,
            "kind": ActivityKind(kind),
            "status": ActivityStatus(status),
            "at": at,
            "lesson": lesson or "",
            "outcome": REACHED if reached else "",
        }
        for uid, kind, status, at, lesson, reached, who, _customer in rows.work
    ]
    if work:
        session.execute(insert(Activity), work)
