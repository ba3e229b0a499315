"""The rows `core.outcomes` measures: the period's contacts with the rep's customers (those
a lesson asked for and the rep's own), and the appointments and deal moves that followed."""

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from salescoach.core.domain import APPOINTMENT_KINDS, ActivityKind, ActivityStatus
from salescoach.core.funnel import Period
from salescoach.core.outcomes import WINDOW_DAYS, FollowUp, LessonOutcome, Move, outcomes
from salescoach.store.models import Activity, Opportunity, StageEvent
from salescoach.store.queries.funnel import inside

#: What reaching a customer is: the kinds a follow-up is planned as.
CONTACTS = (ActivityKind.CALL, ActivityKind.VISIT, ActivityKind.MEETING, ActivityKind.EMAIL)


def lesson_outcomes(
    session: Session, period: Period, window: int = WINDOW_DAYS
) -> list[LessonOutcome]:
    """Each lesson acted on in `period` and what came of it within `window` days."""
    rows = session.execute(
        select(Activity.contact_id, Activity.at, Activity.status, Activity.outcome, Activity.lesson)
        .where(Activity.kind.in_(CONTACTS), inside(Activity.at, period))
        .where(Activity.status != ActivityStatus.CANCELLED)
    ).all()
    follow_ups = [
        FollowUp(
            contact,
            at,
            status is ActivityStatus.DONE,
            status is ActivityStatus.DONE and bool(outcome.strip()),
            lesson,
        )
        for contact, at, status, outcome, lesson in rows
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
