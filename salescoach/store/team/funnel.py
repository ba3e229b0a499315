"""The team's figures per rep, from the server's views, with the laptops' own query layer.

A manager reads no rep's tables, only two views: each rep's stage steps (which file reached
which stage when, for which contact) and the work they logged (kind, status, when, the
lesson it was planned for and whether an outcome was written), without a word of notes.
The funnel is asked of the server itself: the laptops' own funnel queries, grouped by rep,
over those views (two queries, whatever the team's size). The week and What worked come
from putting the rows of the days they read in a scratch SQLite database with the same
schema and asking it the same questions a rep's laptop is asked. Either way the laptops'
query layer answers, so the two can never disagree; the team's counts are the sum of the
reps'.
"""

import math
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    DateTime,
    Engine,
    String,
    column,
    insert,
    select,
    table,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from salescoach.core.agenda import Week
from salescoach.core.coach.settings import CoachSettings
from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.errors import UserError
from salescoach.core.funnel import FunnelCounts, Period
from salescoach.core.outcomes import LessonOutcome
from salescoach.core.targets import Targets
from salescoach.store.models import Activity, Contact, Opportunity, StageEvent
from salescoach.store.preferences import save_targets
from salescoach.store.queries.agenda import this_week
from salescoach.store.queries.funnel import funnel_counts_by, week_start
from salescoach.store.queries.outcomes import lesson_outcomes
from salescoach.store.session.reached import History, first_reached_rows, rebuild

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


#: The manager's views (`team.rules`), as the queries read them.
_STEPS = table(
    "team_steps",
    column("rep", String),
    column("opportunity", String),
    column("uid", String),
    column("stage", String),
    column("at", DateTime),
    column("contact", String),
)
_WORK = table(
    "team_work",
    column("rep", String),
    column("uid", String),
    column("kind", String),
    column("status", String),
    column("at", DateTime),
    column("lesson", String),
    column("reached", Boolean),
    column("contact", String),
    column("customer", Boolean),
)


@dataclass(frozen=True, slots=True)
class Span:
    """The moments a question reads: the work logged in [since, until), and the whole
    history (up to `until`) of every deal that took a step in it, from which the funnel
    knows when each deal first reached each stage (no other deal can first reach a stage in
    the span). Reading only that, a team of fifty's month is thousands of rows, not its
    years of millions."""

    since: datetime | None = None
    until: datetime | None = None

    def within(self, moment: Any) -> list[ColumnElement[bool]]:
        """`moment` falls in the span."""
        bounds = [moment >= self.since] if self.since is not None else []
        return bounds + ([moment < self.until] if self.until is not None else [])

    def histories(self) -> list[ColumnElement[bool]]:
        """The steps of the deals that took a step in the span, up to its end."""
        stepped = select(_STEPS.c.opportunity).where(*self.within(_STEPS.c.at))
        deals = [_STEPS.c.opportunity.in_(stepped)] if self.since is not None else []
        return deals + ([_STEPS.c.at < self.until] if self.until is not None else [])


def team_counts(server: Engine, period: Period) -> dict[str, FunnelCounts]:
    """Each rep's funnel counts over the period (every rep of the team, even with none).

    The server answers with the laptops' own queries, grouped by rep: the first-reached
    times come from its steps view by the one definition the laptops keep them with."""
    span = Span(period.start, period.end)
    # the period's histories read once (a CTE the stages' queries share), not once a stage
    steps = (
        select(_STEPS.c.rep, _STEPS.c.opportunity, _STEPS.c.stage, _STEPS.c.at)
        .where(*span.histories())
        .cte("steps")
    )
    history = History(steps.c.opportunity, steps.c.stage, steps.c.at, (steps.c.rep,))
    reached = union_all(*first_reached_rows(history)).subquery("reached")
    with server.connect() as connection:
        reps = _reps(connection)
        # room to sort a team's deals in memory rather than on disk (for this query only)
        connection.execute(text("SET LOCAL work_mem = '64MB'"))
        found = funnel_counts_by(connection, period, reached, _WORK, "rep")
    return {rep: found.get(rep, FunnelCounts()) for rep in reps}


def team_weeks(
    server: Engine, today: date, period: Period, target: int, window: int
) -> dict[str, RepWeek]:
    """Each rep's week around `today` (done and planned against the targets their own ratios
    give for their share of `target` new customers a month) and the lessons' outcomes over
    `period` within `window` days."""

    return for_each_rep(
        server, _rep_week(today, period, target, window), _week_span(today, period, window)
    )


def _rep_week(
    today: date, period: Period, target: int, window: int
) -> Callable[[Session, int], RepWeek]:
    def ask(session: Session, reps: int) -> RepWeek:
        save_targets(session, Targets(monthly_wins=max(1, math.ceil(target / max(reps, 1)))))
        return RepWeek(this_week(session, today), lesson_outcomes(session, period, window))

    return ask


def _week_span(today: date, period: Period, window: int) -> Span:
    """What the week's figures read: the period and the days its follow-ups had to show
    something, the week around today, and the coach's period that sets the week's goal."""
    week = Period(week_start(today), week_start(today) + timedelta(days=6))
    goal = CoachSettings().period(today)
    since = min(period.start, week.start, goal.start)
    until = max(period.end + timedelta(days=window), week.end, goal.end)
    return Span(since, until)


def for_each_rep(
    server: Engine, ask: Callable[[Session, int], T], span: Span | None = None
) -> dict[str, T]:
    """`ask(session, reps)` on each rep's rows of `span` in a scratch database (with the
    team's number of reps), rolled back after each: nothing is kept."""
    reps, rows = _read_views(server, span or Span())
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


def _read_views(server: Engine, span: Span) -> tuple[list[str], dict[str, _RepRows]]:
    rows: dict[str, _RepRows] = defaultdict(lambda: _RepRows([], []))
    with server.connect() as connection:
        reps = _reps(connection)
        steps = select(
            _STEPS.c.rep,
            _STEPS.c.opportunity,
            _STEPS.c.uid,
            _STEPS.c.stage,
            _STEPS.c.at,
            _STEPS.c.contact,
        ).where(*span.histories())
        for rep, *step in connection.execute(steps.order_by(_STEPS.c.at)):
            rows[rep].steps.append(tuple(step))
        work = select(*_WORK.c).where(*span.within(_WORK.c.at))
        for rep, *logged in connection.execute(work):
            rows[rep].work.append(tuple(logged))
    return reps, rows


def _reps(connection: Connection) -> list[str]:
    """The team's reps, once the views are known to be this version's."""
    columns = set(connection.execute(text("SELECT * FROM team_work LIMIT 0")).keys())
    if "lesson" not in columns:  # a server set up by an older SalesCoach
        raise UserError("team_views_old")
    names = connection.execute(text("SELECT name FROM team_reps WHERE NOT manager ORDER BY name"))
    return list(names.scalars())


def _fill(session: Session, rows: _RepRows) -> None:
    """One rep's rows in the scratch database: a contact per contact they worked with. The
    scratch database is empty, so the rows take ids in order and go in with one statement a
    table (through Core: the ORM's per-row work was most of a team's wait); the first-reached
    times are then computed from the history, as the laptops' own are."""
    contacts: dict[str | None, int] = {}
    customers: set[str | None] = set()

    def contact(uid: str | None) -> int:
        return contacts.setdefault(uid, len(contacts) + 1)

    for row in rows.work:
        contact(row[6])
        if row[7]:
            customers.add(row[6])

    histories: dict[str, list[tuple[str, Stage, datetime, str | None]]] = defaultdict(list)
    for opportunity, uid, stage, at, who in rows.steps:
        histories[opportunity].append((uid, Stage(stage), at, who))
    ids = {opportunity: number for number, opportunity in enumerate(histories, start=1)}
    deals = [
        {
            "id": ids[opportunity],
            "contact_id": contact(history[-1][3]),
            "title": "",
            "uid": opportunity,
            "stage": history[-1][1],
        }
        for opportunity, history in histories.items()
    ]
    people = [
        {
            "id": number,
            "name": "",
            "uid": uid or f"rep-{number}",
            "search_key": "",
            "is_customer": uid in customers,
        }
        for uid, number in contacts.items()
    ]
    events = [
        {"opportunity_id": ids[o], "uid": uid, "stage": stage, "at": at}
        for o, history in histories.items()
        for uid, stage, at, _who in history
    ]
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
    connection = session.connection()
    for model, values in (
        (Contact, people),
        (Opportunity, deals),
        (StageEvent, events),
        (Activity, work),
    ):
        if values:
            connection.execute(insert(model), values)
    rebuild(session)
