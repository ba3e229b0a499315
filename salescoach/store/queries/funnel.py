"""The funnel counts, computed in SQL with aggregates (never by loading rows).

"Reached stage S" is the first time an opportunity entered S or any later funnel stage;
lost never counts. Those times are kept per opportunity and stage (`store.session.reached`), in
the same transaction as every change to the history. Appointments made count every status,
held only `done`; proposals only `done`. Periods are inclusive dates in local time:
[first 00:00, last + 1 day 00:00).
Written with portable SQLAlchemy expressions, so the same queries run on PostgreSQL.
"""

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, FromClause, and_, case, func, select
from sqlalchemy.orm import Session

from salescoach.core.domain import (
    APPOINTMENT_KINDS,
    ActivityKind,
    ActivityStatus,
    Source,
    Stage,
)
from salescoach.core.funnel import (
    FunnelCounts,
    FunnelDetail,
    FunnelHeadline,
    FunnelOverview,
    Period,
)
from salescoach.store.models import Activity, Contact, FirstReached, Opportunity
from salescoach.store.statements import AnySelect


def inside(column: Any, period: Period) -> ColumnElement[bool]:
    """The moment falls on one of the period's days (local time, both ends included)."""
    return and_(column >= period.start, column < period.end)


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows of the group meet `condition` (0 for none, never NULL)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def midnight(day: date) -> datetime:
    """The start of `day` (local time): "before today" is `< midnight(today)`."""
    return Period(day, day).start


#: The stages whose first reaching the funnel counts: suspects, prospects, won.
_COUNTED = (Stage.SUSPECT, Stage.PROSPECT, Stage.CONCLUSION)
#: The activities the funnel counts: appointments and proposals.
_COUNTED_KINDS = (*APPOINTMENT_KINDS, ActivityKind.PROPOSAL)


def _reached(
    *where: ColumnElement[bool], rows: FromClause | None = None, by: Sequence[Any] = ()
) -> AnySelect:
    """Suspects, prospects and won among the kept first-reached times `where` says, each a
    range scan of the (stage, at) index, whatever the length of the history. `rows` stands
    for the kept times (a team server's, computed from its history), `by` groups them."""
    stage_of = (FirstReached.__table__ if rows is None else rows).c.stage
    return (
        select(*by, *(count_if(stage_of == stage) for stage in _COUNTED))
        .where(stage_of.in_(_COUNTED), *where)
        .group_by(*by)
    )


def _activities(
    *where: ColumnElement[bool], rows: FromClause | None = None, by: Sequence[Any] = ()
) -> AnySelect:
    """Appointments and proposals counted per kind and status: grouping lets SQLite answer
    from the (kind, status, at) index alone, every status named so that each (kind, status)
    pair is one range of times; `_appointments_and_proposals` folds the few groups into
    counts. `rows` stands for the activities (a team server's view), `by` groups them."""
    work = (Activity.__table__ if rows is None else rows).c
    return (
        select(*by, work.kind, work.status, func.count())
        .where(work.kind.in_(_COUNTED_KINDS), work.status.in_(tuple(ActivityStatus)), *where)
        .group_by(*by, work.kind, work.status)
    )


def _appointments_and_proposals(kind: str, status: str, count: int) -> FunnelCounts:
    """Made counts every status; held and proposals only `done`."""
    done = status == ActivityStatus.DONE
    if kind in APPOINTMENT_KINDS:
        return FunnelCounts(appointments_made=count, appointments_held=count if done else 0)
    return FunnelCounts(proposals=count if done else 0)


def _counts(session: Session, reached: AnySelect, activities: AnySelect) -> FunnelCounts:
    suspects, prospects, won = session.execute(reached).one()
    counts = FunnelCounts(suspects=suspects, prospects=prospects, won=won)
    for kind, status, count in session.execute(activities):
        counts += _appointments_and_proposals(kind, status, count)
    return counts


def _split(
    session: Session, reached: AnySelect, activities: AnySelect
) -> dict[Source, FunnelCounts]:
    """The same counts per source of the contacts (every source present)."""
    result = {source: FunnelCounts() for source in Source}
    files = (
        reached.add_columns(Contact.source)
        .join(Opportunity, Opportunity.id == FirstReached.opportunity_id)
        .join(Contact, Contact.id == Opportunity.contact_id)
        .group_by(Contact.source)
    )
    for suspects, prospects, won, source in session.execute(files):
        result[Source(source)] += FunnelCounts(suspects=suspects, prospects=prospects, won=won)
    work = (
        activities.add_columns(Contact.source)
        .join(Contact, Contact.id == Activity.contact_id)
        .group_by(Contact.source)
    )
    for kind, status, count, source in session.execute(work):
        result[Source(source)] += _appointments_and_proposals(kind, status, count)
    return result


def _flow(period: Period) -> tuple[AnySelect, AnySelect]:
    """DESIGN.md's counts: what reached a stage, and the work logged, in the period."""
    return _reached(inside(FirstReached.at, period)), _activities(inside(Activity.at, period))


def funnel_counts(session: Session, period: Period) -> FunnelCounts:
    return _counts(session, *_flow(period))


def funnel_counts_by(
    connection: Connection, period: Period, reached: FromClause, work: FromClause, by: str
) -> dict[Any, FunnelCounts]:
    """`funnel_counts` for each value of a column both row sources carry: a team server's
    first-reached times and work, per rep, in two grouped queries."""
    found: dict[Any, FunnelCounts] = defaultdict(FunnelCounts)
    times, logged = reached.c, work.c
    files = _reached(inside(times.at, period), rows=reached, by=(times[by],))
    for key, suspects, prospects, won in connection.execute(files):
        found[key] += FunnelCounts(suspects=suspects, prospects=prospects, won=won)
    for key, kind, status, count in connection.execute(
        _activities(inside(logged.at, period), rows=work, by=(logged[by],))
    ):
        found[key] += _appointments_and_proposals(kind, status, count)
    return dict(found)


def funnel_by_source(session: Session, period: Period) -> dict[Source, FunnelCounts]:
    return _split(session, *_flow(period))


# -- the cohort view -------------------------------------------------------------------------
def _cohort(period: Period, today: date) -> tuple[AnySelect, AnySelect]:
    """DESIGN.md's cohort view: the files that first reached suspect in the period, followed
    up to the end of `today`: what they reached by then, and the work logged on them."""
    files = (
        select(FirstReached.opportunity_id)
        .where(FirstReached.stage == Stage.SUSPECT, inside(FirstReached.at, period))
        .scalar_subquery()
    )
    until = midnight(today + timedelta(days=1))
    return (
        _reached(FirstReached.opportunity_id.in_(files), FirstReached.at < until),
        _activities(Activity.opportunity_id.in_(files), Activity.at < until),
    )


def cohort_counts(session: Session, period: Period, today: date) -> FunnelCounts:
    return _counts(session, *_cohort(period, today))


def cohort_by_source(session: Session, period: Period, today: date) -> dict[Source, FunnelCounts]:
    return _split(session, *_cohort(period, today))


#: The personal, in-the-field work that the back-to-basics lesson counts.
BASICS: tuple[ActivityKind, ...] = (ActivityKind.CALL, ActivityKind.VISIT, ActivityKind.MEETING)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly_activity(
    session: Session, last_day: date, weeks: int = 12, kinds: Sequence[ActivityKind] = BASICS
) -> list[tuple[date, dict[ActivityKind, int]]]:
    """Done activities of each kind per Monday-to-Sunday week, oldest first, ending with the
    week that holds `last_day`; one query with a bucket per week and kind."""
    mondays = [week_start(last_day) - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    # each row's week in one CASE (a dozen comparisons, stopping at the first), grouped:
    # a count per week and kind in the SELECT tested all of them on every row (10x slower)
    week = case(
        *(
            (Activity.at < Period(monday, monday + timedelta(days=6)).end, number)
            for number, monday in enumerate(mondays)
        ),
        else_=weeks,
    ).label("week")
    done = (
        select(Activity.kind, week)
        .where(
            Activity.status == ActivityStatus.DONE,
            Activity.kind.in_(kinds),
            Activity.at >= Period(mondays[0], last_day).start,
        )
        .subquery()
    )  # grouped outside: a GROUP BY repeating the CASE would not be the same expression
    counts = {
        (kind, number): count
        for kind, number, count in session.execute(
            select(done.c.kind, done.c.week, func.count()).group_by(done.c.kind, done.c.week)
        )
    }
    return [
        (monday, {kind: counts.get((kind, number), 0) for kind in kinds})
        for number, monday in enumerate(mondays)
    ]


def funnel_overview(
    session: Session,
    period: Period,
    weeks: int = 12,
    cohort_until: date | None = None,
) -> FunnelOverview:
    """The period's funnel, the previous period's, the split by source and the weekly work.
    With `cohort_until`, the cohort view: the period's new files followed up to that day,
    against the previous period's followed just as long."""
    return FunnelOverview(
        funnel_headline(session, period, cohort_until),
        funnel_detail(session, period, weeks, cohort_until),
    )


def funnel_headline(
    session: Session, period: Period, cohort_until: date | None = None
) -> FunnelHeadline:
    """The period's funnel against the previous period's (flow, or cohort up to a day)."""
    if cohort_until is None:
        return FunnelHeadline(
            period, funnel_counts(session, period), funnel_counts(session, period.previous())
        )
    before = period.previous()
    lag = cohort_until - period.last
    return FunnelHeadline(
        period,
        cohort_counts(session, period, cohort_until),
        cohort_counts(session, before, before.last + lag),
    )


def funnel_detail(
    session: Session, period: Period, weeks: int = 12, cohort_until: date | None = None
) -> FunnelDetail:
    """The split by source (flow, or cohort up to a day) and the weekly work."""
    by_source = (
        funnel_by_source(session, period)
        if cohort_until is None
        else cohort_by_source(session, period, cohort_until)
    )
    return FunnelDetail(by_source, weekly_activity(session, period.last, weeks))
