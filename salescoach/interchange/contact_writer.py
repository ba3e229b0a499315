"""Writing an import's contacts and activities in bulk, as one batch of the import history.

The walk (`contact_import`) decides; this writes, a chunk at a time: new contacts and their
accounts with one statement per chunk, each with an item of the batch so Undo can find it
(the accounts it made too, so Undo leaves no company behind without its contacts);
fields filled in on a contact already there through the store (its search key and account
kept), with the values before and after so Undo can put them back.
"""

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from salescoach.core.records import ActivityFields, ContactFields
from salescoach.core.text import sort_key
from salescoach.interchange.salescoach_json import accounts_named, stored_columns
from salescoach.store.models import (
    Account,
    Activity,
    Contact,
    ImportBatch,
    ImportItem,
    new_uid,
    table_of,
)
from salescoach.store.records.bulk_insert import insert_many
from salescoach.store.records.contacts import load_contact, save_contact
from salescoach.store.records.imports import note_filled, start_batch
from salescoach.store.session.stamps import stamp_of


class ContactWriter:
    """Writes what an import adds; a contact new in it is known by a negative number (-1
    the first) until written."""

    def __init__(self, session: Session, file: str, now: datetime) -> None:
        self.session = session
        self.batch = start_batch(session, file, now)
        session.flush()  # its id, for the items written in bulk
        self.stamp = stamp_of(session)
        # New contacts take the ids after the last one, in order: the transaction holds the
        # write lock, so no one else takes them, and the n-th new contact is `first + n`.
        self.first: int = session.scalar(select(func.coalesce(func.max(Contact.id), 0))) or 0
        # likewise, the accounts it makes (for new contacts, or filled in) come after this one
        self.last_account = session.scalar(select(func.coalesce(func.max(Account.id), 0)))
        self.written = 0  # new contacts written so far
        self.contacts: list[ContactFields] = []  # new contacts not written yet
        self.activities: list[tuple[int, ActivityFields]] = []
        self.accounts: dict[str, int] | None = None  # ids by sort key, once read

    def add(self, contact: ContactFields) -> None:
        self.contacts.append(contact)

    def fill(self, ref: int, gaps: dict[str, str]) -> None:
        """Fill in the empty fields `gaps` names, on a contact there or new."""
        if ref < 0 and -ref > self.written:  # not written yet
            index = -ref - 1 - self.written
            self.contacts[index] = replace(self.contacts[index], **_texts(gaps))
            return
        contact_id = self.contact_id(ref)
        current = load_contact(self.session, contact_id)
        save_contact(self.session, replace(current, **_texts(gaps)), contact_id)
        if ref > 0:  # a contact the import found: Undo puts its fields back
            before = {name: (getattr(current, name), value) for name, value in gaps.items()}
            uid = self.session.scalar(select(Contact.uid).where(Contact.id == contact_id))
            note_filled(self.session, self.batch, str(uid), before)

    def add_activity(self, ref: int, activity: ActivityFields) -> None:
        self.activities.append((ref, activity))

    def contact_id(self, ref: int) -> int:
        return ref if ref > 0 else self.first - ref

    def flush_contacts(self) -> None:
        if not self.contacts:
            return
        companies = {contact.company for contact in self.contacts if contact.company}
        accounts = self.accounts = accounts_named(self.session, companies, known=self.accounts)
        rows = [
            {
                **stored_columns(ContactFields, _values(contact), skip=("company",)),
                "id": self.first + self.written + n,
                "uid": new_uid(),
                "account_id": accounts.get(sort_key(contact.company)) if contact.company else None,
                "created_at": self.stamp,
                "updated_at": self.stamp,
            }
            for n, contact in enumerate(self.contacts, start=1)
        ]
        insert_many(self.session, table_of(Contact), rows)
        self.written += len(rows)
        self._note_added("contact", rows)
        self.contacts.clear()

    def flush_activities(self) -> None:
        if not self.activities:
            return
        rows = [
            {
                **stored_columns(ActivityFields, _values(activity)),
                "contact_id": self.contact_id(ref),
                "uid": new_uid(),
                "created_at": self.stamp,
                "updated_at": self.stamp,
            }
            for ref, activity in self.activities
        ]
        insert_many(self.session, table_of(Activity), rows)
        self._note_added("activity", rows)
        self.activities.clear()

    def _note_added(self, entity: str, rows: list[dict[str, Any]]) -> None:
        """The batch's items for the rows just written."""
        items = [
            {"batch_id": self.batch.id, "entity": entity, "uid": row["uid"], "added": True}
            for row in rows
        ]
        insert_many(self.session, table_of(ImportItem), [{**i, "filled": "{}"} for i in items])

    def close(self, added: int, activities: int, unchanged: int, invalid: int) -> None:
        """The batch's counts, as the import history lists them, and the accounts it made."""
        made = self.session.execute(select(Account.uid).where(Account.id > self.last_account))
        self._note_added("account", [{"uid": uid} for uid in made.scalars()])
        self.session.execute(
            update(ImportBatch)
            .where(ImportBatch.id == self.batch.id)
            .values(added=added, activities=activities, unchanged=unchanged, invalid=invalid)
        )


def _values(fields: ContactFields | ActivityFields) -> dict[str, Any]:
    return {name: getattr(fields, name) for name in fields.__dataclass_fields__}


def _texts(gaps: dict[str, str]) -> dict[str, Any]:
    """The text fields a table fills in, as `dataclasses.replace` takes any field."""
    return dict(gaps)
