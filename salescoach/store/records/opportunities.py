"""Opportunities and their stage history: creation, moves, loss."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from salescoach.core.domain import Stage
from salescoach.core.errors import InvalidInput
from salescoach.core.records import OpportunityFields
from salescoach.core.stages import StageStep, check_move
from salescoach.store.models import Contact, Opportunity, StageEvent
from salescoach.store.records.record_rows import load_record, store_record

#: Reaching these stages makes the contact a customer.
WON_STAGES = (Stage.CONCLUSION, Stage.ORDER)


def _get(session: Session, opportunity_id: int) -> Opportunity:
    opportunity = session.get(Opportunity, opportunity_id)
    if opportunity is None:
        raise InvalidInput("opportunity_gone")
    return opportunity


def create_opportunity(
    session: Session,
    fields: OpportunityFields,
    stage: Stage = Stage.SUSPECT,
    at: datetime | None = None,
) -> int:
    """A new opportunity whose history starts at `stage` (suspect unless told otherwise)."""
    fields.check()
    if session.get(Contact, fields.contact_id) is None:
        raise InvalidInput("contact_gone")
    opportunity = Opportunity()
    store_record(opportunity, fields)
    session.add(opportunity)
    session.flush()
    move_opportunity(session, opportunity.id, stage, at)
    return opportunity.id


def update_opportunity(session: Session, opportunity_id: int, fields: OpportunityFields) -> None:
    fields.check()
    opportunity = _get(session, opportunity_id)
    if session.get(Contact, fields.contact_id) is None:
        raise InvalidInput("contact_gone")
    store_record(opportunity, fields)


def load_opportunity(session: Session, opportunity_id: int) -> OpportunityFields:
    return load_record(OpportunityFields, _get(session, opportunity_id))


def opportunity_title(session: Session, opportunity_id: int) -> str:
    return _get(session, opportunity_id).title


def stage_history(session: Session, opportunity_id: int) -> list[StageStep]:
    return [StageStep(event.stage, event.at) for event in _get(session, opportunity_id).history]


def move_opportunity(
    session: Session, opportunity_id: int, stage: Stage, at: datetime | None = None
) -> None:
    """Record that the opportunity entered `stage` (now, unless `at` is given)."""
    opportunity = _get(session, opportunity_id)
    when = (at or datetime.now()).replace(microsecond=0)
    check_move(stage_history(session, opportunity_id), stage, when)
    opportunity.history.append(StageEvent(stage=stage, at=when))
    opportunity.stage = stage
    if stage in WON_STAGES:
        opportunity.contact.is_customer = True


def delete_opportunity(session: Session, opportunity_id: int) -> None:
    session.delete(_get(session, opportunity_id))


def opportunities_of(session: Session, contact_id: int) -> list[tuple[int, str, Stage]]:
    """The contact's opportunities as (id, title, current stage), newest first."""
    rows = session.execute(
        select(Opportunity.id, Opportunity.title, Opportunity.stage)
        .where(Opportunity.contact_id == contact_id)
        .order_by(Opportunity.id.desc())
    )
    return [(oid, title, stage) for oid, title, stage in rows]
