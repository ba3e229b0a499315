"""The rep's day from the database: overdue and today's follow-ups, today's appointments,
and the week's work against the goal the planner derives from the rep's own ratios."""

from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from salescoach.core.agenda import Agenda, AgendaItem, Due, Week
from salescoach.core.domain import APPOINTMENT_KINDS, ActivityKind, ActivityStatus
from salescoach.core.funnel import Period
from salescoach.core.targets import WeekGoal, week_goal_of
from salescoach.store.models import Account, Activity, Contact, Opportunity
from salescoach.store.preferences import coach_settings, targets
from salescoach.store.queries.funnel import count_if, funnel_counts, inside, midnight, week_start
from salescoach.store.statements import AnySelect

#: At most this many rows per list: an agenda is read at a glance, the lists hold the rest.
LIMIT = 200


def _items(
    session: Session, where: ColumnElement[bool], limit: int | None = LIMIT
) -> list[AgendaItem]:
    statement: AnySelect = (
        select(
            Activity.id,
            Activity.uid,
            Contact.id,
            Contact.name,
            func.coalesce(Account.name, ""),
            Activity.kind,
            Activity.status,
            Activity.at,
            func.coalesce(Opportunity.title, ""),
            Activity.needs,
        )
        .join(Contact, Contact.id == Activity.contact_id)
        .outerjoin(Account, Account.id == Contact.account_id)
        .outerjoin(Opportunity, Opportunity.id == Activity.opportunity_id)
        .where(where)
        .order_by(Activity.at, Activity.id)
        .limit(limit)
    )
    return [AgendaItem(*row) for row in session.execute(statement)]


def follow_ups_due(
    session: Session, until: datetime, since: datetime | None = None
) -> list[AgendaItem]:
    """Planned activities due up to `until` (and after `since`), the oldest first."""
    where = (Activity.status == ActivityStatus.PLANNED) & (Activity.at <= until)
    if since is not None:
        where &= Activity.at > since
    return _items(session, where)


def due_since(session: Session, since: datetime, until: datetime, today: date) -> Due:
    """Follow-ups that fell due in (since, until], and how many are overdue and due today."""
    overdue, due_today = session.execute(
        select(
            func.count().filter(Activity.at < midnight(today)),
            func.count().filter(inside(Activity.at, Period(today, today))),
        ).where(Activity.status == ActivityStatus.PLANNED)
    ).one()
    return Due(follow_ups_due(session, until, since), overdue or 0, due_today or 0)


def agenda(session: Session, day: date, limit: int | None = LIMIT) -> Agenda:
    """The day's lists (each up to `limit` rows; None: all) and the week."""
    planned = Activity.status == ActivityStatus.PLANNED
    today = inside(Activity.at, Period(day, day))
    return Agenda(
        day=day,
        overdue=_items(session, planned & (Activity.at < midnight(day)), limit),
        today=_items(session, planned & today, limit),
        appointments=_items(
            session,
            today
            & Activity.kind.in_(APPOINTMENT_KINDS)
            & (Activity.status != ActivityStatus.CANCELLED),
            limit,
        ),
        week=this_week(session, day),
    )


def this_week(session: Session, day: date) -> Week:
    """Monday to Sunday around `day`: calls done, appointments made and proposals done, the
    last two as the funnel counts them, against the week's goal."""
    week = Period(week_start(day), week_start(day) + timedelta(days=6))
    counts = funnel_counts(session, week)
    calls_done = Activity.kind == ActivityKind.CALL
    calls = session.scalar(
        select(func.count()).where(
            calls_done, Activity.status == ActivityStatus.DONE, inside(Activity.at, week)
        )
    )
    done = {
        "calls": calls or 0,
        "appointments": counts.appointments_made,
        "proposals": counts.proposals,
    }
    planned_calls, planned_proposals = session.execute(
        select(
            count_if(Activity.kind == ActivityKind.CALL),
            count_if(Activity.kind == ActivityKind.PROPOSAL),
        ).where(Activity.status == ActivityStatus.PLANNED, inside(Activity.at, week))
    ).one()
    planned = {"calls": planned_calls or 0, "proposals": planned_proposals or 0}
    return Week(week.first, week.last, done, week_goal_on(session, day), planned)


def week_goal_on(session: Session, day: date) -> WeekGoal:
    """The week's goal from the rep's ratios over the coach's period ending today."""
    period = coach_settings(session).period(day)
    # the kind in the WHERE, not counted in the SELECT: the (kind, status, at) index then
    # answers alone (0.5 ms on the demo) instead of each done activity being looked up (25 ms)
    calls = session.scalar(
        select(func.count()).where(
            Activity.kind == ActivityKind.CALL,
            Activity.status == ActivityStatus.DONE,
            inside(Activity.at, period),
        )
    )
    return week_goal_of(targets(session), funnel_counts(session, period), calls or 0)
