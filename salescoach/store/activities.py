"""Activities and follow-ups: logging, editing, rescheduling."""

from datetime import datetime

from sqlalchemy.orm import Session

from salescoach.core.domain import ActivityStatus
from salescoach.core.errors import InvalidInput
from salescoach.core.records import ActivityFields
from salescoach.store.models import Activity, Contact, Opportunity


def _get(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise InvalidInput("That activity no longer exists.")
    return activity


def save_activity(session: Session, fields: ActivityFields, activity_id: int | None = None) -> int:
    """Log a new activity, or update one when an id is given; returns its id."""
    if session.get(Contact, fields.contact_id) is None:
        raise InvalidInput("Choose the contact this activity is with.")
    if fields.opportunity_id is not None:
        opportunity = session.get(Opportunity, fields.opportunity_id)
        if opportunity is None or opportunity.contact_id != fields.contact_id:
            raise InvalidInput("That opportunity does not belong to the chosen contact.")
    activity = Activity() if activity_id is None else _get(session, activity_id)
    activity.kind = fields.kind
    activity.status = fields.status
    activity.at = fields.at.replace(microsecond=0)
    activity.contact_id = fields.contact_id
    activity.opportunity_id = fields.opportunity_id
    activity.outcome = fields.outcome.strip()
    activity.notes = fields.notes.strip()
    activity.needs = fields.needs.strip()
    session.add(activity)
    session.flush()
    return activity.id


def load_activity(session: Session, activity_id: int) -> ActivityFields:
    activity = _get(session, activity_id)
    return ActivityFields(
        kind=activity.kind,
        status=activity.status,
        at=activity.at,
        contact_id=activity.contact_id,
        opportunity_id=activity.opportunity_id,
        outcome=activity.outcome,
        notes=activity.notes,
        needs=activity.needs,
    )


def reschedule(session: Session, activity_id: int, at: datetime) -> None:
    """Move a planned follow-up to a new due time."""
    activity = _get(session, activity_id)
    if activity.status is not ActivityStatus.PLANNED:
        raise InvalidInput("Only planned follow-ups can be rescheduled.")
    activity.at = at.replace(microsecond=0)


def delete_activity(session: Session, activity_id: int) -> None:
    session.delete(_get(session, activity_id))
