"""Writing and reading single contacts (and the accounts they work for)."""

from collections.abc import Iterable

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from salescoach.core.errors import InvalidInput
from salescoach.core.records import ContactFields
from salescoach.store.models import Account, Contact


def account_named(session: Session, name: str) -> Account | None:
    """The account with this name (case-insensitive), created if new; None for a blank name."""
    name = name.strip()
    if not name:
        return None
    found = session.scalars(
        select(Account).where(func.lower(Account.name) == name.lower()).limit(1)
    ).first()
    if found is None:
        found = Account(name=name)
        session.add(found)
    return found


def _get(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise InvalidInput("That contact no longer exists.")
    return contact


def save_contact(session: Session, fields: ContactFields, contact_id: int | None = None) -> int:
    """Create the contact, or update it when an id is given; returns its id."""
    fields.check()
    contact = Contact() if contact_id is None else _get(session, contact_id)
    if fields.referred_by is not None and fields.referred_by == contact_id:
        raise InvalidInput("A contact cannot be referred by themselves.")
    contact.name = fields.name.strip()
    contact.account = account_named(session, fields.company)
    contact.email = fields.email.strip()
    contact.phone = fields.phone.strip()
    contact.role = fields.role.strip()
    contact.source = fields.source
    contact.is_customer = fields.is_customer
    contact.referred_by_id = fields.referred_by
    contact.notes = fields.notes
    session.add(contact)
    session.flush()
    return contact.id


def load_contact(session: Session, contact_id: int) -> ContactFields:
    contact = _get(session, contact_id)
    return ContactFields(
        name=contact.name,
        company=contact.account.name if contact.account else "",
        email=contact.email,
        phone=contact.phone,
        role=contact.role,
        source=contact.source,
        is_customer=contact.is_customer,
        referred_by=contact.referred_by_id,
        notes=contact.notes,
    )


def delete_contact(session: Session, contact_id: int) -> None:
    """Delete a contact with its opportunities and activities (each leaves a tombstone)."""
    session.delete(_get(session, contact_id))


def contact_label(session: Session, contact_id: int) -> str:
    contact = _get(session, contact_id)
    return f"{contact.name} ({contact.account.name})" if contact.account else contact.name


def find_contacts(session: Session, text: str, limit: int = 50) -> list[tuple[int, str]]:
    """Contacts whose name or company matches, as (id, label), for pickers."""
    pattern = f"%{text.strip()}%"
    rows = session.execute(
        select(Contact.id, Contact.name, Account.name)
        .outerjoin(Account)
        .where(or_(Contact.name.ilike(pattern), Account.name.ilike(pattern)))
        .order_by(Contact.name, Contact.id)
        .limit(limit)
    )
    return [(cid, f"{name} ({company})" if company else name) for cid, name, company in rows]


def names_and_uids(session: Session, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """id -> (name, uid) for the contacts a tip points at (files name contacts by uid)."""
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.execute(
        select(Contact.id, Contact.name, Contact.uid).where(Contact.id.in_(wanted))
    )
    return {id: (name, uid) for id, name, uid in rows}
