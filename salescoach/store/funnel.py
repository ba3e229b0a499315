"""The funnel counts, computed in SQL with aggregates (never by loading rows).

"Reached stage S" is the first time an opportunity entered S or any later funnel stage;
lost never counts. Those times are kept per opportunity and stage (`store.reached`), in
the same transaction as every change to the history. Appointments made count every status,
held only `done`; proposals only `done`. Periods are inclusive dates in local time:
[first 00:00, last + 1 day 00:00).
Written with portable SQLAlchemy expressions, so the same queries run on PostgreSQL.
"""

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import Session

from salescoach.core.domain import (
    APPOINTMENT_KINDS,
    ActivityKind,
    ActivityStatus,
    Source,
    Stage,
)
from salescoach.core.funnel import FunnelCounts, FunnelOverview, Period
from salescoach.store.models import Activity, Contact, FirstReached, Opportunity


def inside(column: Any, period: Period) -> ColumnElement[bool]:
    """The moment falls on one of the period's days (local time, both ends included)."""
    return and_(column >= period.start, column < period.end)


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows of the group meet `condition` (0 for none, never NULL)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


#: The stages whose first reaching the funnel counts: suspects, prospects, won.
_COUNTED = (Stage.SUSPECT, Stage.PROSPECT, Stage.CONCLUSION)


def _reached_counts(period: Period, by_source: bool) -> Select[Any]:
    """Suspects, prospects and won in the period, from the kept first-reached times: three
    range scans of the (stage, at) index, whatever the length of the history."""
    statement = select(*(count_if(FirstReached.stage == stage) for stage in _COUNTED)).where(
        FirstReached.stage.in_(_COUNTED), inside(FirstReached.at, period)
    )
    if not by_source:
        return statement
    return (
        statement.add_columns(Contact.source)
        .join(Opportunity, Opportunity.id == FirstReached.opportunity_id)
        .join(Contact, Contact.id == Opportunity.contact_id)
        .group_by(Contact.source)
    )


def _activity_counts(period: Period, by_source: bool) -> Select[Any]:
    """Appointments and proposals in the period, counted per kind and status.

    Grouping lets SQLite answer from the (kind, status, at) index alone; the few groups are
    then folded into counts by `_appointments_and_proposals`."""
    statement = (
        select(Activity.kind, Activity.status, func.count())
        .where(
            inside(Activity.at, period),
            Activity.kind.in_((*APPOINTMENT_KINDS, ActivityKind.PROPOSAL)),
        )
        .group_by(Activity.kind, Activity.status)
    )
    if not by_source:
        return statement
    return (
        statement.add_columns(Contact.source)
        .join(Contact, Contact.id == Activity.contact_id)
        .group_by(Contact.source)
    )


def _appointments_and_proposals(kind: str, status: str, count: int) -> FunnelCounts:
    """Made counts every status; held and proposals only `done`."""
    done = status == ActivityStatus.DONE
    if kind in APPOINTMENT_KINDS:
        return FunnelCounts(appointments_made=count, appointments_held=count if done else 0)
    return FunnelCounts(proposals=count if done else 0)


def funnel_counts(session: Session, period: Period) -> FunnelCounts:
    suspects, prospects, won = session.execute(_reached_counts(period, False)).one()
    counts = FunnelCounts(suspects=suspects, prospects=prospects, won=won)
    for kind, status, count in session.execute(_activity_counts(period, False)):
        counts += _appointments_and_proposals(kind, status, count)
    return counts


def funnel_by_source(session: Session, period: Period) -> dict[Source, FunnelCounts]:
    """The same funnel split by where the contacts came from (every source present)."""
    result = {source: FunnelCounts() for source in Source}
    for suspects, prospects, won, source in session.execute(_reached_counts(period, True)):
        result[Source(source)] += FunnelCounts(suspects=suspects, prospects=prospects, won=won)
    for kind, status, count, source in session.execute(_activity_counts(period, True)):
        result[Source(source)] += _appointments_and_proposals(kind, status, count)
    return result


# -- the cohort view -------------------------------------------------------------------------
def _cohort(period: Period) -> Any:
    """The files that first reached suspect in the period."""
    return (
        select(FirstReached.opportunity_id)
        .where(FirstReached.stage == Stage.SUSPECT, inside(FirstReached.at, period))
        .scalar_subquery()
    )


def _cohort_reached(period: Period, until: datetime, by_source: bool) -> Select[Any]:
    statement = select(*(count_if(FirstReached.stage == stage) for stage in _COUNTED)).where(
        FirstReached.opportunity_id.in_(_cohort(period)),
        FirstReached.stage.in_(_COUNTED),
        FirstReached.at < until,
    )
    if not by_source:
        return statement
    return (
        statement.add_columns(Contact.source)
        .join(Opportunity, Opportunity.id == FirstReached.opportunity_id)
        .join(Contact, Contact.id == Opportunity.contact_id)
        .group_by(Contact.source)
    )


def _cohort_activities(period: Period, until: datetime, by_source: bool) -> Select[Any]:
    statement = (
        select(Activity.kind, Activity.status, func.count())
        .where(
            Activity.opportunity_id.in_(_cohort(period)),
            Activity.at < until,
            Activity.kind.in_((*APPOINTMENT_KINDS, ActivityKind.PROPOSAL)),
        )
        .group_by(Activity.kind, Activity.status)
    )
    if not by_source:
        return statement
    return (
        statement.add_columns(Contact.source)
        .join(Contact, Contact.id == Activity.contact_id)
        .group_by(Contact.source)
    )


def _end_of(day: date) -> datetime:
    return Period(day, day).end


def cohort_counts(session: Session, period: Period, today: date) -> FunnelCounts:
    """DESIGN.md's cohort view: the files that first reached suspect in the period, followed
    up to the end of `today`: how many reached prospect and conclusion by then, and the
    meetings, visits and proposals logged on them up to then (the same status rules)."""
    until = _end_of(today)
    suspects, prospects, won = session.execute(_cohort_reached(period, until, False)).one()
    counts = FunnelCounts(suspects=suspects, prospects=prospects, won=won)
    for kind, status, count in session.execute(_cohort_activities(period, until, False)):
        counts += _appointments_and_proposals(kind, status, count)
    return counts


def cohort_by_source(session: Session, period: Period, today: date) -> dict[Source, FunnelCounts]:
    until = _end_of(today)
    result = {source: FunnelCounts() for source in Source}
    for suspects, prospects, won, source in session.execute(_cohort_reached(period, until, True)):
        result[Source(source)] += FunnelCounts(suspects=suspects, prospects=prospects, won=won)
    for kind, status, count, source in session.execute(_cohort_activities(period, until, True)):
        result[Source(source)] += _appointments_and_proposals(kind, status, count)
    return result


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
    columns = [
        count_if(
            and_(
                Activity.kind == kind,
                inside(Activity.at, Period(monday, monday + timedelta(days=6))),
            )
        )
        for monday in mondays
        for kind in kinds
    ]
    row = session.execute(
        select(*columns).where(
            Activity.status == ActivityStatus.DONE,
            Activity.kind.in_(kinds),
            Activity.at >= Period(mondays[0], last_day).start,
        )
    ).one()
    values = iter(row)
    return [(monday, {kind: next(values) for kind in kinds}) for monday in mondays]


def funnel_overview(
    session: Session,
    period: Period,
    weeks: int = 12,
    cohort_until: date | None = None,
) -> FunnelOverview:
    """The period's funnel, the previous period's, the split by source and the weekly work.
    With `cohort_until`, the cohort view: the period's new files followed up to that day,
    against the previous period's followed just as long."""
    if cohort_until is not None:
        lag = cohort_until - period.last
        before = period.previous()
        return FunnelOverview(
            period=period,
            counts=cohort_counts(session, period, cohort_until),
            previous=cohort_counts(session, before, before.last + lag),
            by_source=cohort_by_source(session, period, cohort_until),
            weekly=weekly_activity(session, period.last, weeks),
        )
    return FunnelOverview(
        period=period,
        counts=funnel_counts(session, period),
        previous=funnel_counts(session, period.previous()),
        by_source=funnel_by_source(session, period),
        weekly=weekly_activity(session, period.last, weeks),
    )
