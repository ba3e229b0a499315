"""One customer's story read from the database: their card, every exchange and every deal
with its stage history, in three queries bounded by the contact's own rows."""

from collections import defaultdict
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from salescoach.core.domain import Stage
from salescoach.core.errors import InvalidInput
from salescoach.core.story import Deal, Exchange, Person, Profile, Story
from salescoach.store.models import Account, Activity, Contact, Opportunity, StageEvent


def customer_story(session: Session, contact_id: int) -> Story:
    return Story(
        _profile(session, contact_id), _exchanges(session, contact_id), _deals(session, contact_id)
    )


def story_of_activity(session: Session, activity_id: int) -> tuple[Exchange, Story]:
    """A planned meeting or visit and the story of whom it is with (the briefing's input)."""
    contact_id = session.scalar(select(Activity.contact_id).where(Activity.id == activity_id))
    if contact_id is None:
        raise InvalidInput("activity_gone")
    story = customer_story(session, contact_id)
    return next(e for e in story.exchanges if e.id == activity_id), story


def activity_id_of(session: Session, uid: str) -> int:
    """The row id of the activity a file or the command line names by uid."""
    found = session.scalar(select(Activity.id).where(Activity.uid == uid.strip().lower()))
    if found is None:
        raise InvalidInput("no_such_activity", uid=uid)
    return found


def _profile(session: Session, contact_id: int) -> Profile:
    referrer = aliased(Contact)
    row = session.execute(
        select(
            Contact,
            func.coalesce(Account.name, ""),
            func.coalesce(Account.city, ""),
            referrer.id,
            referrer.name,
        )
        .outerjoin(Account, Account.id == Contact.account_id)
        .outerjoin(referrer, referrer.id == Contact.referred_by_id)
        .where(Contact.id == contact_id)
    ).one_or_none()
    if row is None:
        raise InvalidInput("contact_gone")
    contact, company, city = row[0], row[1], row[2]
    referrer_id: int | None = row[3]  # an outer join: no referrer, no id
    referrer_name: str | None = row[4]
    referrals = session.execute(
        select(Contact.id, Contact.name)
        .where(Contact.referred_by_id == contact_id)
        .order_by(Contact.sort_key, Contact.id)
    )
    return Profile(
        id=contact.id,
        uid=contact.uid,
        name=contact.name,
        company=company,
        city=city,
        email=contact.email,
        phone=contact.phone,
        role=contact.role,
        address=contact.address,
        is_customer=contact.is_customer,
        notes=contact.notes,
        referred_by=Person(referrer_id, referrer_name or "") if referrer_id is not None else None,
        referrals=tuple(Person(*row) for row in referrals),
    )


def _exchanges(session: Session, contact_id: int) -> tuple[Exchange, ...]:
    rows = session.execute(
        select(
            Activity.id,
            Activity.uid,
            Activity.kind,
            Activity.status,
            Activity.at,
            Activity.opportunity_id.label("deal_id"),
            func.coalesce(Opportunity.title, "").label("deal"),
            Activity.outcome,
            Activity.needs,
            Activity.notes,
        )
        .outerjoin(Opportunity, Opportunity.id == Activity.opportunity_id)
        .where(Activity.contact_id == contact_id)
        .order_by(Activity.at.desc(), Activity.id.desc())
    )
    return tuple(Exchange(**row._asdict()) for row in rows)


def _deals(session: Session, contact_id: int) -> tuple[Deal, ...]:
    history: dict[int, list[tuple[Stage, datetime]]] = defaultdict(list)
    for opportunity_id, stage, at in session.execute(
        select(StageEvent.opportunity_id, StageEvent.stage, StageEvent.at)
        .join(Opportunity, Opportunity.id == StageEvent.opportunity_id)
        .where(Opportunity.contact_id == contact_id)
        .order_by(StageEvent.at, StageEvent.id)
    ):
        history[opportunity_id].append((stage, at))
    deals = session.execute(
        select(
            Opportunity.id,
            Opportunity.title,
            Opportunity.value,
            Opportunity.currency,
            Opportunity.stage,
        )
        .where(Opportunity.contact_id == contact_id)
        .order_by(Opportunity.updated_at.desc(), Opportunity.id.desc())
    )
    return tuple(Deal(*row, history=tuple(history[row[0]])) for row in deals)
