"""The rows `core.outcomes` measures: the period's contacts (those a lesson asked for and
the rep's own, each knowing whether it reached a customer), and the appointments and deal
moves that followed within the window (Settings ▸ Coach)."""

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from salescoach.core.domain import APPOINTMENT_KINDS, ActivityKind, ActivityStatus
from salescoach.core.funnel import Period
from salescoach.core.outcomes import WINDOW_DAYS, FollowUp, LessonOutcome, Move, outcomes
from salescoach.store.models import Activity, Contact, Opportunity, StageEvent
from salescoach.store.preferences import coach_settings
from salescoach.store.queries.funnel import inside

#: What reaching a customer is: the kinds a follow-up is planned as.
CONTACTS = (ActivityKind.CALL, ActivityKind.VISIT, ActivityKind.MEETING, ActivityKind.EMAIL)


def outcomes_and_window(
    session: Session, period: Period, window: int | None = None
) -> tuple[list[LessonOutcome], int]:
    """`lesson_outcomes` within `window` days, by default those the rep set (Settings ▸
    Coach), and the window it used, to say it beside the figures."""
    days = window or coach_settings(session).outcome_days
    return lesson_outcomes(session, period, days), days


def lesson_outcomes(
    session: Session, period: Period, window: int = WINDOW_DAYS
) -> list[LessonOutcome]:
    """Each lesson acted on in `period` and what came of it within `window` days."""
    columns = (
        Activity.contact_id,
        Activity.at,
        Activity.kind,
        Activity.status,
        Activity.outcome,
        Activity.lesson,
    )
    # the few follow-ups a lesson asked for, read through their own index (`lesson > ''`
    # alone: given the period too, SQLite would read the period's every activity)
    tagged = [
        row
        for row in session.execute(select(*columns).where(Activity.lesson > ""))
        if period.start <= row.at < period.end
    ]
    if not tagged:  # nothing acted on: no baseline to read
        return []
    own = session.execute(
        select(*columns).where(inside(Activity.at, period), Activity.lesson == "")
    ).all()
    customers = set(session.scalars(select(Contact.id).where(Contact.is_customer)))
    follow_ups = [
        FollowUp(
            contact,
            at,
            status is ActivityStatus.DONE,
            status is ActivityStatus.DONE and bool(outcome.strip()),
            lesson,
            contact in customers,
        )
        for contact, at, kind, status, outcome, lesson in (*tagged, *own)
        if kind in CONTACTS and status is not ActivityStatus.CANCELLED
    ]
    contacts = {f.contact_id for f in follow_ups if f.lesson}
    if not contacts:
        return []
    until = period.end + timedelta(days=window)
    appointments = session.execute(
        select(Activity.contact_id, Activity.at).where(
            Activity.kind.in_(APPOINTMENT_KINDS),
            Activity.at >= period.start,
            Activity.at < until,
        )
    ).all()
    moves = [
        Move(contact, stage, at, value)
        for contact, stage, at, value in session.execute(
            select(Opportunity.contact_id, StageEvent.stage, StageEvent.at, Opportunity.value)
            .join(Opportunity, Opportunity.id == StageEvent.opportunity_id)
            .where(StageEvent.at >= period.start, StageEvent.at < until)
        )
    ]
    return outcomes(follow_ups, [(c, at) for c, at in appointments], moves, window)
