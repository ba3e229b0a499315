"""Writing and reading single contacts (and the accounts they work for)."""

from collections.abc import Iterable

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from salescoach.core.errors import InvalidInput
from salescoach.core.records import ContactFields
from salescoach.core.text import fold, sort_key, tidy
from salescoach.store.models import Account, Activity, Contact, Opportunity, Preference
from salescoach.store.records.record_rows import load_record, store_record
from salescoach.store.session.search import matching
from salescoach.store.team.link import TEAM


def account_named(session: Session, name: str) -> Account | None:
    """The account with this name (accents, case and spacing aside: one company, one
    account), created if new; None for a blank name."""
    name = tidy(name)
    if not name:
        return None
    found = session.scalars(
        select(Account).where(Account.sort_key == sort_key(name)).order_by(Account.id).limit(1)
    ).first()
    if found is None:
        found = Account(name=name)
        session.add(found)
    return found


def _get(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise InvalidInput("contact_gone")
    return contact


def save_contact(session: Session, fields: ContactFields, contact_id: int | None = None) -> int:
    """Create the contact, or update it when an id is given; returns its id."""
    fields.check()
    contact = Contact() if contact_id is None else _get(session, contact_id)
    if fields.referred_by_id is not None and fields.referred_by_id == contact_id:
        raise InvalidInput("self_referral")
    if fields.referred_by_id is not None:
        _get(session, fields.referred_by_id)
    store_record(contact, fields, skip=("company",))
    contact.account = account_named(session, fields.company)
    session.add(contact)
    session.flush()
    return contact.id


def load_contact(session: Session, contact_id: int) -> ContactFields:
    contact = _get(session, contact_id)
    company = contact.account.name if contact.account else ""
    return load_record(ContactFields, contact, company=company)


def delete_contact(session: Session, contact_id: int) -> None:
    """Delete a contact with their opportunities and activities (each leaves a tombstone)."""
    session.delete(_get(session, contact_id))


def contact_label(session: Session, contact_id: int) -> str:
    contact = _get(session, contact_id)
    return f"{contact.name} ({contact.account.name})" if contact.account else contact.name


def find_contacts(session: Session, text: str, limit: int = 50) -> list[tuple[int, str]]:
    """Contacts whose name, e-mail, role or company holds every typed word (accents and case
    ignored), as (id, label), for pickers."""
    rows = session.execute(
        select(Contact.id, Contact.name, Account.name)
        .outerjoin(Account)
        .where(matching(text, (Contact.search_key, Account.search_key)))
        .order_by(Contact.sort_key, Contact.id)
        .limit(limit)
    )
    return [(cid, f"{name} ({company})" if company else name) for cid, name, company in rows]


def contact_named(session: Session, name: str) -> int:
    """The one contact called exactly `name` (accents and case folded), for a referrer typed
    in full rather than picked; a clear sentence when there is none or more than one."""
    wanted = fold(name.strip())
    found = [
        cid
        for cid, candidate in session.execute(
            select(Contact.id, Contact.name).where(matching(name, (Contact.search_key,)))
        )
        if fold(candidate.strip()) == wanted
    ]
    if not found:
        raise InvalidInput("referrer_unknown", name=name.strip())
    if len(found) > 1:
        raise InvalidInput("referrer_ambiguous", name=name.strip())
    return found[0]


def names_and_uids(session: Session, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """id -> (name, uid) for the contacts a tip points at (files name contacts by uid)."""
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.execute(
        select(Contact.id, Contact.name, Contact.uid).where(Contact.id.in_(wanted))
    )
    return {id: (name, uid) for id, name, uid in rows}


def what_goes_with(session: Session, contact_id: int) -> dict[str, int]:
    """What deleting the contact also removes or changes, for the question asked first."""
    _get(session, contact_id)

    def count(model: type, column: ColumnElement[bool]) -> int:
        return session.scalar(select(func.count()).select_from(model).where(column)) or 0

    return {
        "opportunities": count(Opportunity, Opportunity.contact_id == contact_id),
        "activities": count(Activity, Activity.contact_id == contact_id),
        "referred": count(Contact, Contact.referred_by_id == contact_id),
        # on a team, a shared contact leaves this rep's lists; teammates' work stays
        "team": int(session.get(Preference, TEAM) is not None),
    }
