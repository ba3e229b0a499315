"""Activities and follow-ups: logging, editing, rescheduling."""

from datetime import datetime

from sqlalchemy.orm import Session

from salescoach.core.domain import ActivityStatus
from salescoach.core.errors import InvalidInput
from salescoach.core.records import ActivityFields
from salescoach.store.models import Activity, Contact, Opportunity
from salescoach.store.records.record_rows import load_record, store_record


def _get(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise InvalidInput("activity_gone")
    return activity


def save_activity(session: Session, fields: ActivityFields, activity_id: int | None = None) -> int:
    """Log a new activity, or update one when an id is given; returns its id."""
    fields.check()
    if session.get(Contact, fields.contact_id) is None:
        raise InvalidInput("choose_contact")
    if fields.opportunity_id is not None:
        opportunity = session.get(Opportunity, fields.opportunity_id)
        if opportunity is None or opportunity.contact_id != fields.contact_id:
            raise InvalidInput("opportunity_of_other_contact")
    activity = Activity() if activity_id is None else _get(session, activity_id)
    store_record(activity, fields)
    session.add(activity)
    session.flush()
    return activity.id


def load_activity(session: Session, activity_id: int) -> ActivityFields:
    return load_record(ActivityFields, _get(session, activity_id))


def reschedule(session: Session, activity_id: int, at: datetime) -> None:
    """Move a planned follow-up to a new due time."""
    activity = _get(session, activity_id)
    if activity.status is not ActivityStatus.PLANNED:
        raise InvalidInput("only_planned_reschedule")
    activity.at = at.replace(microsecond=0)


def delete_activity(session: Session, activity_id: int) -> None:
    session.delete(_get(session, activity_id))
